# Sourced by the sentiment benchmarks: finds ../shared, the Python peers, builds the driver
# and prepares the sentence files (in $WORK).
set -euo pipefail
ROOT="$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel)"
SHARED="$ROOT/../shared"
HERE="$ROOT/Benchmarks/sentiment"
if [ ! -d "$SHARED" ]; then echo "skipped: ../shared not found"; exit 0; fi
PY="${PEERS_PYTHON:-python3}"
WORK="${SENTIMENT_BENCH_WORK:-$ROOT/.build-sentiment-bench}"
mkdir -p "$WORK"

build_driver() {
    # SwiftPM keeps a path dependency's file list in the scratch folder: after a pull that adds a
    # source file to the root package, the incremental build cannot find it. Build once afresh then.
    swift build -c release --package-path "$HERE/driver" --scratch-path "$WORK/driver-build" >"$WORK/driver-build.log" 2>&1 \
        || { rm -rf "$WORK/driver-build"
             swift build -c release --package-path "$HERE/driver" --scratch-path "$WORK/driver-build" >"$WORK/driver-build.log" 2>&1; } \
        || { cat "$WORK/driver-build.log"; exit 1; }
    DRIVER="$WORK/driver-build/release/sentiment-driver"
}

# $WORK/<set>.txt, one text a line: the four VADER ground-truth sets and the BBC sentences.
prepare_texts() {
    "$PY" "$HERE/prepare.py" "$SHARED" "$WORK"
}

# $WORK/<set>.ref.jsonl: vaderSentiment 3.3.2 on each line (cached).
reference_scores() {
    local set="$1"
    if [ ! -s "$WORK/$set.ref.jsonl" ] || [ "$WORK/$set.txt" -nt "$WORK/$set.ref.jsonl" ]; then
        "$PY" "$SHARED/peers/vader_ref.py" --plain "$WORK/$set.txt" "$WORK/$set.ref.jsonl" 2>/dev/null
    fi
}

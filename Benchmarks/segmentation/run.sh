#!/usr/bin/env bash
# Segmentation evaluation and speed benchmark of the `normalize` and `tokenize` stages.
#
# Quality: word-level token F1 and sentence-boundary F1 on the UD English EWT and GUM
# test sets, scored by ../shared/peers/seg_eval.py side by side with the peers it runs.
# Speed: normalize + tokenize on the BBC articles against spaCy's tokenizer + sentencizer.
#
# usage: Benchmarks/segmentation/run.sh [quality|speed|all] [--dev]
#   --dev   score the EWT dev set instead of the test sets (for tuning)
# env:    PEERS_PYTHON  Python with the peers installed (default: python3)
#         RUNS          timing runs, medians reported (default: 5)
#         SEGMENTATION_WORK  build and scratch folder (default: .build-segmentation)
set -euo pipefail
what="${1:-all}"
dev="${2:-}"
root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
shared="$root/../shared"
if [ ! -d "$shared" ]; then
    echo "skipped: ../shared not found"
    exit 0
fi
python="${PEERS_PYTHON:-python3}"
work="${SEGMENTATION_WORK:-$root/.build-segmentation}"
mkdir -p "$work"

# SwiftPM keeps a path dependency's file list in the scratch folder: after a pull that adds a
# source file to the root package, the incremental build cannot find it. Build once afresh then.
swift build -c release --package-path "$root/Benchmarks/segmentation" --scratch-path "$work/build" >&2 \
    || { rm -rf "$work/build"; swift build -c release --package-path "$root/Benchmarks/segmentation" --scratch-path "$work/build" >&2; }
segbench="$work/build/release/segbench"
swift build -c release --package-path "$root" --product pipeline --scratch-path "$work/cli" >&2
pipeline="$work/cli/release/pipeline"
ud="$shared/corpora/ud"
here="$root/Benchmarks/segmentation"

# The scored system is the real tool: `pipeline run` with one tokenize stage on the text
# (format `text`, so offsets count from the file's first character). The second line
# scores normalize + tokenize in-process, spans mapped back through the alignment.
evaluate() {  # name conllu
    local name="$1" gold="$2"
    "$python" "$shared/peers/seg_eval.py" "$gold" --emit-text "$work/$name.txt" >/dev/null
    "$pipeline" run "$here/tokenize-text.yaml" "$work/$name.txt" -o "$work/$name.pipeline.jsonl" >&2
    "$python" "$here/to_seg_eval.py" "$work/$name.pipeline.jsonl" >"$work/$name.tokenize.jsonl"
    "$segbench" spans --normalize "$work/$name.txt" >"$work/$name.normalize+tokenize.jsonl"
    echo "== $name"
    "$python" "$shared/peers/seg_eval.py" "$gold" "$work/$name.tokenize.jsonl" --peer spacy --peer nltk
    "$python" "$shared/peers/seg_eval.py" "$gold" "$work/$name.normalize+tokenize.jsonl" | tail -n 1
    echo
}

if [ "$what" = quality ] || [ "$what" = all ]; then
    if [ "$dev" = --dev ]; then
        evaluate ewt-dev "$ud/UD_English-EWT/en_ewt-ud-dev.conllu"
    else
        evaluate ewt-test "$ud/UD_English-EWT/en_ewt-ud-test.conllu"
        evaluate gum-test "$ud/UD_English-GUM/en_gum-ud-test.conllu"
    fi
fi
if [ "$what" = speed ] || [ "$what" = all ]; then
    echo "== speed"
    "$python" "$root/Benchmarks/segmentation/speed.py" "$segbench" "$shared/corpora/bbc/articles" --runs "${RUNS:-5}"
fi

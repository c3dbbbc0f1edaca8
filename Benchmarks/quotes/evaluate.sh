#!/usr/bin/env bash
# Quote extraction against the gold set, beside textacy's direct_quotations, in one run.
#
#   Benchmarks/quotes/evaluate.sh [--details]
#
# Env: PEERS_PYTHON (default python3; needs spaCy, textacy and en_core_web_sm, as in
# ../shared/peers), PIPELINE (a built `pipeline` binary; default: built here in release mode),
# SCRATCH (scratch path for builds; default .build), GOLD (the annotation file; default gold/quotes.jsonl),
# NO_PEER=1 (score ours only, without running textacy, which is slow). Prints P/R/F1 of quote
# spans and speaker accuracy for both systems (see evaluate.py for the matching rule).
set -euo pipefail
root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
shared="$root/../shared"
if [ ! -d "$shared/corpora/bbc/articles" ]; then
    echo "skipped: ../shared not found"
    exit 0
fi
articles="$shared/corpora/bbc/articles"
python="${PEERS_PYTHON:-python3}"
scratch="${SCRATCH:-.build}"
here="$root/Benchmarks/quotes"
# GOLD=Benchmarks/quotes/heldout/quotes.jsonl scores the held-out articles instead.
gold_file="${GOLD:-$here/gold/quotes.jsonl}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The gold articles, copied under their ids so both systems read exactly these files.
"$python" - "$gold_file" "$articles" "$work/articles" <<'PY'
import json, shutil, sys
from pathlib import Path
gold, src, dst = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
for line in open(gold, encoding="utf-8"):
    if line.strip():
        doc_id = json.loads(line)["id"]
        (dst / doc_id).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src / f"{doc_id}.txt", dst / f"{doc_id}.txt")
PY

pipeline="${PIPELINE:-}"
if [ -z "$pipeline" ]; then
    (cd "$root" && swift build -c release --scratch-path "$scratch" --product pipeline >&2)
    pipeline="$root/$scratch/release/pipeline"
fi
if ! "$pipeline" stages 2>/dev/null | grep -q quote-extract; then
    echo "error: $pipeline does not list quote-extract (register QuoteExtract.self in BuiltInStages)" >&2
    exit 1
fi

start=$(date +%s%N)
"$pipeline" run "$here/quotes.yaml" "$work/articles" -o "$work/ours.jsonl" --quiet
end=$(date +%s%N)
echo "ours: $(wc -l < "$work/ours.jsonl") documents in $(( (end - start) / 1000000 )) ms (tokenize + quote-extract, incl. start-up)"
if [ -n "${NO_PEER:-}" ]; then
    "$python" "$here/evaluate.py" "$gold_file" "$articles" "$work/ours.jsonl" "$@"
    exit 0
fi
"$python" "$shared/peers/peer_pipeline.py" "$work/articles" "$work/textacy.jsonl" \
    --quotes textacy --summarizer none 2> "$work/textacy.err" || { cat "$work/textacy.err" >&2; exit 1; }
grep -E "wall|docs/s|fallback|skipped" "$work/textacy.err" | sed 's/^/textacy: /' || true
"$python" "$here/evaluate.py" "$gold_file" "$articles" "$work/ours.jsonl" "$work/textacy.jsonl" "$@"

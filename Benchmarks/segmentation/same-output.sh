#!/usr/bin/env bash
# Checks that two builds of `pipeline` and `segbench` segment identically: runs both over
# the BBC articles and the UD test and dev texts — `pipeline run` with the evaluation's
# tokenize pipeline and with normalize + tokenize (article format, and NFKC with folding),
# as JSONL and as CSV tables, and `segbench spans` with and without normalize — and
# compares the outputs byte for byte. For speed work, where nothing may change.
#
# usage: Benchmarks/segmentation/same-output.sh OLD_DIR NEW_DIR
#   each DIR holds a `pipeline` and a `segbench` executable (copy them from
#   .build-segmentation/cli/release and .build-segmentation/build/release).
# env:   PEERS_PYTHON  Python for seg_eval.py --emit-text (default: python3)
set -euo pipefail
old="$1"
new="$2"
root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
shared="$root/../shared"
if [ ! -d "$shared" ]; then
    echo "skipped: ../shared not found"
    exit 0
fi
python="${PEERS_PYTHON:-python3}"
here="$root/Benchmarks/segmentation"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/ud"
for conllu in "$shared"/corpora/ud/*/*-ud-test.conllu "$shared"/corpora/ud/*/*-ud-dev.conllu; do
    [ -f "$conllu" ] && "$python" "$shared/peers/seg_eval.py" "$conllu" --emit-text "$work/ud/$(basename "$conllu" .conllu).txt" >/dev/null
done
cat >"$work/article.yaml" <<'YAML'
name: same-output-article
input: { format: article }
stages:
  - { id: clean, uses: normalize }
  - { id: tokens, uses: tokenize }
output: { stages: [clean, tokens] }
YAML
cat >"$work/folded.yaml" <<'YAML'
name: same-output-folded
input: { format: text }
stages:
  - { id: clean, uses: normalize, with: { form: nfkc, fold_quotes: true, fold_dashes: true, headline: false } }
  - { id: tokens, uses: tokenize, with: { headline: false } }
output: { stages: [clean, tokens] }
YAML

outputs() {  # build_dir out_dir
    local bin="$1" out="$2"
    mkdir -p "$out"
    for set in bbc ud; do
        local input="$shared/corpora/bbc/articles"
        [ "$set" = ud ] && input="$work/ud"
        for yaml in "$here/tokenize-text.yaml" "$work/article.yaml" "$work/folded.yaml"; do
            "$bin/pipeline" run "$yaml" "$input" -o "$out/$set.$(basename "$yaml" .yaml).jsonl" --jobs 1 2>/dev/null
        done
        "$bin/pipeline" run "$work/article.yaml" "$input" -o "$out/$set.article.csv" --jobs 1 2>/dev/null
        find "$input" -name '*.txt' | sort >"$work/files"
        xargs "$bin/segbench" spans <"$work/files" >"$out/$set.spans.jsonl"
        xargs "$bin/segbench" spans --normalize <"$work/files" >"$out/$set.spans-normalize.jsonl"
    done
}
outputs "$old" "$work/old"
outputs "$new" "$work/new"
if diff -r -q "$work/old" "$work/new"; then
    echo "same output: $(find "$work/new" -type f | wc -l) files compared"
else
    echo "outputs differ"
    exit 1
fi

#!/usr/bin/env bash
# ROUGE evaluation of the `summarize` stage on the BBC News Summary corpus, beside the peers.
#
# Every method (news, textrank, lexrank, lead) summarizes all 2,225 BBC articles with the
# real tool (`pipeline run`: article format, tokenize, summarize with `sentences: N`), and
# every system gets the same per-article budget: the sentence count of the article's
# reference summary (`reference_budget` in ../shared/peers/_common.py). The articles are
# grouped by budget (symlinks in a temporary folder) and the pipeline runs once per budget
# value. Summaries and the peers (sumy TextRank and LexRank via peer_pipeline.py, Lead-N
# via rouge_eval.py) are scored in the same run with ../shared/peers/rouge_eval.py
# (rouge-score, stemming): mean ROUGE-1, ROUGE-2, ROUGE-L F1 x 100.
#
# usage: Benchmarks/summarize/run.sh [--no-peers]
# env:   PEERS_PYTHON     Python with the peers installed (default: python3)
#        SUMMARIZE_WORK   build and output folder (default: .build-summarize-bench)
#        PIPELINE_BIN     an already built `pipeline` to use instead of building one
set -euo pipefail
root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
shared="$root/../shared"
if [ ! -d "$shared" ]; then
    echo "skipped: ../shared not found"
    exit 0
fi
python="${PEERS_PYTHON:-python3}"
work="${SUMMARIZE_WORK:-$root/.build-summarize-bench}"
peers="$shared/peers"
articles="$shared/corpora/bbc/articles"
refs="$shared/corpora/bbc/summaries"
methods=(news textrank lexrank lead)

if [ -n "${PIPELINE_BIN:-}" ]; then
    pipeline="$PIPELINE_BIN"
else
    swift build -c release --package-path "$root" --product pipeline --scratch-path "$work/cli" >&2
    pipeline="$work/cli/release/pipeline"
fi

groups="$(mktemp -d "${TMPDIR:-/tmp}/summarize-budgets.XXXXXX")"
trap 'rm -rf "$groups"' EXIT
"$python" "$root/Benchmarks/summarize/budgets.py" "$peers" "$articles" "$refs" "$groups"

out="$work/out"
rm -rf "$out"
mkdir -p "$out"
# One pipeline per budget value: tokenize once, then one summarize stage per method.
start=$(date +%s.%N)
for folder in "$groups"/*/; do
    n="$(basename "$folder")"
    yaml="$groups/summarize-$n.yaml"
    {
        echo "name: summarize-eval-$n"
        echo "input: { format: article }"
        echo "stages:"
        echo "  - { id: tokens, uses: tokenize }"
        for method in "${methods[@]}"; do
            echo "  - { id: $method, uses: summarize, with: { method: $method, sentences: $n } }"
        done
    } >"$yaml"
    "$pipeline" run "$yaml" "$folder" -o "$out/budget-$n.jsonl" 2>"$out/budget-$n.log"
done
end=$(date +%s.%N)
cat "$out"/budget-*.jsonl >"$out/all.jsonl"
echo "pipeline runs (tokenize + 4 summarize stages, all budgets): $(awk "BEGIN { printf \"%.1f\", $end - $start }") s" >&2

results="$out/rouge.txt"
: >"$results"
for method in "${methods[@]}"; do
    "$python" "$peers/jsonl_summaries.py" "$out/all.jsonl" "$out/sums-$method" "$method" 2>/dev/null
    "$python" "$peers/rouge_eval.py" "$out/sums-$method" "$refs" | tail -n 1 | sed "s/^[^ ]*/$method/" >>"$results"
done
if [ "${1:-}" != --no-peers ]; then
    for summarizer in textrank lexrank; do
        "$python" "$peers/peer_pipeline.py" "$articles" "$out/peer-$summarizer.jsonl" --summarizer "$summarizer" \
            --sentences "ref:$refs" --summary-dir "$out/peer-sums-$summarizer" 2>/dev/null
        "$python" "$peers/rouge_eval.py" "$out/peer-sums-$summarizer" "$refs" | tail -n 1 \
            | sed "s/^[^ ]*/sumy-$summarizer/" >>"$results"
    done
    "$python" "$peers/rouge_eval.py" "$refs" --lead "$articles" --lead-n ref | tail -n 1 \
        | sed "s/^[^ ]*/lead-n-peer/" >>"$results"
fi

echo
echo "BBC News Summary, 2,225 articles, reference budget (mean 7.85 sentences); F1 x 100"
printf '| %-16s | %5s | %7s | %6s | %6s |\n' system n R-1 R-2 R-L
printf '|%s|%s|%s|%s|%s|\n' ------------------ ------: --------: -------: -------:
while read -r name rest; do
    n="$(sed -n 's/.*n=\([0-9]*\).*/\1/p' <<<"$rest")"
    r1="$(sed -n 's/.*R-1=\([0-9.]*\).*/\1/p' <<<"$rest")"
    r2="$(sed -n 's/.*R-2=\([0-9.]*\).*/\1/p' <<<"$rest")"
    rl="$(sed -n 's/.*R-L=\([0-9.]*\).*/\1/p' <<<"$rest")"
    case "$name" in
        news | textrank | lexrank | lead) label="$name (ours)" ;;
        sumy-textrank) label="TextRank (sumy)" ;;
        sumy-lexrank) label="LexRank (sumy)" ;;
        lead-n-peer) label="Lead-N (peer)" ;;
        *) label="$name" ;;
    esac
    printf '| %-16s | %5s | %7s | %6s | %6s |\n' "$label" "$n" "$r1" "$r2" "$rl"
done <"$results"

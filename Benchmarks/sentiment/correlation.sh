#!/usr/bin/env bash
# Pearson r of the compound score against the human mean rating on VADER's ground-truth sets,
# for vaderSentiment 3.3.2, our `vader` mode (must equal it) and our `news` mode.
source "$(dirname "$0")/common.sh"
build_driver
prepare_texts
printf '%-8s %10s %10s %10s\n' set reference vader news
for set in nyt tweets movies amazon; do
    reference_scores "$set"
    "$DRIVER" score vader "$WORK/$set.txt" >"$WORK/$set.vader.jsonl"
    "$DRIVER" score news "$WORK/$set.txt" >"$WORK/$set.news.jsonl"
    printf '%-8s %10s %10s %10s\n' "$set" \
        "$("$PY" "$HERE/compare.py" pearson "$WORK/$set.gold" "$WORK/$set.ref.jsonl")" \
        "$("$PY" "$HERE/compare.py" pearson "$WORK/$set.gold" "$WORK/$set.vader.jsonl")" \
        "$("$PY" "$HERE/compare.py" pearson "$WORK/$set.gold" "$WORK/$set.news.jsonl")"
done

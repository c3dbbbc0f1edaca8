#!/usr/bin/env bash
# VADER parity: our `vader` mode against vaderSentiment 3.3.2's polarity_scores on the same
# strings (every text of VADER's four ground-truth sets, every BBC sentence, every BBC
# article as one text). Prints per set the share within 1e-4 (goal 100.000%) and the worst
# difference. PEERS_PYTHON: a Python with vaderSentiment 3.3.2 (default python3).
source "$(dirname "$0")/common.sh"
build_driver
prepare_texts
for set in tweets nyt movies amazon bbc bbc_articles; do
    reference_scores "$set"
    "$DRIVER" score vader "$WORK/$set.txt" >"$WORK/$set.vader.jsonl"
    printf '%-13s %s\n' "$set" "$("$PY" "$HERE/compare.py" parity "$WORK/$set.ref.jsonl" "$WORK/$set.vader.jsonl" "$WORK/$set.txt")"
done

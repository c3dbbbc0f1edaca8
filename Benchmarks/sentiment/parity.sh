#!/usr/bin/env bash
# VADER parity: our `vader` mode against vaderSentiment 3.3.2's polarity_scores on the same
# strings (every text of VADER's four ground-truth sets, every BBC sentence, every BBC
# article as one text). Prints per set the share within 1e-4 (goal 100.000%) and the worst
# difference; then the same for the BBC articles run through `pipeline run` (our tokenizer's
# sentences, and each whole article). PEERS_PYTHON: a Python with vaderSentiment 3.3.2
# (default python3); PIPELINE: a built `pipeline` binary (default: built under the work folder).
source "$(dirname "$0")/common.sh"
build_driver
prepare_texts
for set in tweets nyt movies amazon bbc bbc_articles; do
    reference_scores "$set"
    "$DRIVER" score vader "$WORK/$set.txt" >"$WORK/$set.vader.jsonl"
    printf '%-13s %s\n' "$set" "$("$PY" "$HERE/compare.py" parity "$WORK/$set.ref.jsonl" "$WORK/$set.vader.jsonl" "$WORK/$set.txt")"
done

# The stage in process on documents of 20 BBC sentences, every 7th joined to the next without
# a space (so some sentences end inside a word and are scored on their own): each sentence
# against the reference on its line, each document against the reference on its text.
"$DRIVER" stage vader "$WORK/bbc.txt" "$WORK/stage"
printf '%-13s %s\n' "stage sent." "$("$PY" "$HERE/compare.py" parity "$WORK/bbc.ref.jsonl" "$WORK/stage.sentences.jsonl" "$WORK/bbc.txt")"
"$PY" "$SHARED/peers/vader_ref.py" "$WORK/stage.documents.jsonl" "$WORK/stage.documents.ref.jsonl" 2>/dev/null
printf '%-13s %s\n' "stage docs" "$("$PY" "$HERE/compare.py" parity "$WORK/stage.documents.ref.jsonl" "$WORK/stage.documents.jsonl")"

# The BBC articles as the pipeline sees them: the article reader, our tokenizer's sentences,
# the stage's per-sentence and whole-text scores (`pipeline run bbc-vader.yaml`). PIPELINE
# names a built binary; without it one is built under $WORK.
if [ -z "${PIPELINE:-}" ]; then
    swift build -c release --package-path "$ROOT" --scratch-path "$WORK/cli-build" --product pipeline >"$WORK/cli-build.log" 2>&1 \
        || { cat "$WORK/cli-build.log"; exit 1; }
    PIPELINE="$WORK/cli-build/release/pipeline"
fi
"$PIPELINE" run "$HERE/bbc-vader.yaml" "$SHARED/corpora/bbc/articles" -o "$WORK/pipe.jsonl" 2>/dev/null
"$PY" "$HERE/pipeline_parity.py" "$WORK/pipe.jsonl" "$WORK"
for part in sentences documents; do
    "$PY" "$SHARED/peers/vader_ref.py" "$WORK/pipe_$part.jsonl" "$WORK/pipe_$part.ref.jsonl" 2>/dev/null
    printf '%-13s %s\n' "pipeline $part" "$("$PY" "$HERE/compare.py" parity "$WORK/pipe_$part.ref.jsonl" "$WORK/pipe_$part.ours.jsonl")"
done

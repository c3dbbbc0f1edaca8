#!/usr/bin/env bash
# Sentences per second: vaderSentiment 3.3.2's polarity_scores in a loop against our stage
# (release build, in process), on the BBC sentences and the NYT snippets, one thread each.
# Medians of REPEATS runs (default 5) of process CPU time (time.process_time in Python,
# CLOCK_PROCESS_CPUTIME_ID in Swift), so that other jobs on a shared machine distort less.
source "$(dirname "$0")/common.sh"
REPEATS="${REPEATS:-5}"
build_driver
prepare_texts
for set in bbc nyt; do
    echo "== $set"
    "$PY" - "$WORK/$set.txt" "$REPEATS" <<'PY'
import statistics, sys, time
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
analyzer = SentimentIntensityAnalyzer()
with open(sys.argv[1], encoding="utf-8") as f:
    lines = [line.rstrip("\r\n") for line in f if line.strip()]
times = []
for _ in range(max(3, int(sys.argv[2]) // 2)):
    start = time.process_time()
    for line in lines:
        analyzer.polarity_scores(line)
    times.append(time.process_time() - start)
median = statistics.median(times)
print(f"vaderSentiment {len(lines)} sentences median {median:.3f} s CPU = {len(lines) / median:.0f} sentences/s")
PY
    for mode in vader news; do
        echo "-- ours, mode $mode"
        "$DRIVER" time "$mode" "$WORK/$set.txt" "$REPEATS"
    done
done

# Through the CLI, when PIPELINE names a built binary: user+system CPU seconds of
# `pipeline run` with tokenize + sentiment minus tokenize alone, one job, output discarded.
if [ -n "${PIPELINE:-}" ]; then
    echo "== pipeline run over the BBC articles (--jobs 1), median of $REPEATS"
    cpu() {  # median CPU seconds of `pipeline run $1`
        for _ in $(seq "$REPEATS"); do
            /usr/bin/time -f "%U %S" "$PIPELINE" run "$1" "$SHARED/corpora/bbc/articles" -o "$WORK/speed.jsonl" --jobs 1 2>&1 >/dev/null \
                | awk 'NF == 2 && $1 ~ /^[0-9.]+$/ { print $1 + $2 }'
        done | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
    }
    with=$(cpu "$HERE/bbc-vader.yaml")
    without=$(cpu "$HERE/bbc-tokenize.yaml")
    sentences=$(wc -l <"$WORK/pipe_sentences.jsonl" 2>/dev/null || echo 0)
    awk -v w="$with" -v wo="$without" -v n="$sentences" 'BEGIN {
        printf "tokenize+sentiment %.3f s, tokenize %.3f s, sentiment %.3f s CPU", w, wo, w - wo
        if (n > 0 && w > wo) printf " = %d sentences/s (%d sentences, from parity.sh)", n / (w - wo), n
        printf "\n" }'
fi

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

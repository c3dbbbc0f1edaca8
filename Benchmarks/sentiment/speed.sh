#!/usr/bin/env bash
# Sentences per second: vaderSentiment 3.3.2's polarity_scores in a loop against our stage
# (release build, in process), on the BBC sentences and the NYT snippets, one thread each.
# Medians of REPEATS runs (default 5).
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
for _ in range(max(1, int(sys.argv[2]) // 2)):
    start = time.perf_counter()
    for line in lines:
        analyzer.polarity_scores(line)
    times.append(time.perf_counter() - start)
median = statistics.median(times)
print(f"vaderSentiment {len(lines)} sentences median {median:.3f} s = {len(lines) / median:.0f} sentences/s")
PY
    for mode in vader news; do
        echo "-- ours, mode $mode"
        "$DRIVER" time "$mode" "$WORK/$set.txt" "$REPEATS"
    done
done

#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for SECONDS on our seed corpus, then prints a table.
#
#   Fuzz/run.sh [SECONDS] [TARGET…]
#
# SECONDS defaults to 60; TARGET is any of: yaml article normalize tokenize quote-extract
# sentiment summarize (default: all). Findings (crash-*, timeout-*, leak-*, oom-* inputs) are
# kept in Fuzz/findings/<target>/, logs in Fuzz/logs/, the growing corpus in
# Fuzz/corpus/<target>/ (none of them committed). Environment: FUZZ_JOBS (targets fuzzed at
# once, default 1), FUZZ_SCRATCH (build folder, default Fuzz/.build), FUZZ_MAX_LEN (default
# 16384 bytes), FUZZ_NO_BUILD=1 (reuse the binaries already built).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
seconds=${1:-60}
shift || true
all=(yaml article normalize tokenize quote-extract sentiment summarize)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
scratch=${FUZZ_SCRATCH:-$here/.build}
max_len=${FUZZ_MAX_LEN:-16384}
jobs=${FUZZ_JOBS:-1}
flags=(-Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -enable-testing)

product_of() {
    case "$1" in
        yaml) echo FuzzYAML ;;
        article) echo FuzzArticle ;;
        normalize) echo FuzzNormalize ;;
        tokenize) echo FuzzTokenize ;;
        quote-extract) echo FuzzQuoteExtract ;;
        sentiment) echo FuzzSentiment ;;
        summarize) echo FuzzSummarize ;;
        *) echo "unknown target '$1' (targets: ${all[*]})" >&2; exit 2 ;;
    esac
}

mkdir -p "$here/logs"
for target in "${targets[@]}"; do
    product=$(product_of "$target")
    rm -f "$here/logs/$target.row"
    if [ "${FUZZ_NO_BUILD:-0}" != 1 ]; then
        echo "== building $product" >&2
        swift build -c release --package-path "$here" --scratch-path "$scratch" --product "$product" "${flags[@]}" >&2
    fi
done

# Runs one target and writes its table row to logs/<target>.row.
fuzz_one() {
    local target=$1 product binary corpus findings log before started code elapsed
    product=$(product_of "$target")
    binary="$scratch/release/$product"
    corpus="$here/corpus/$target"
    findings="$here/findings/$target"
    log="$here/logs/$target.log"
    mkdir -p "$corpus" "$findings"
    before=$(ls "$findings" | wc -l)
    echo "== fuzzing $target for ${seconds}s: $binary -max_total_time=$seconds -timeout=1 -rss_limit_mb=2048 -max_len=$max_len $corpus $here/seeds/$target" >&2
    started=$(date +%s)
    set +e
    # Swift's own crash backtracer reads the stack and trips AddressSanitizer; libFuzzer reports.
    SWIFT_BACKTRACE=enable=no "$binary" -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 -max_len="$max_len" \
        -print_final_stats=1 -artifact_prefix="$findings/" "$corpus" "$here/seeds/$target" >"$log" 2>&1
    code=$?
    set -e
    elapsed=$(( $(date +%s) - started ))
    local executions crashes timeouts leaks ooms new
    executions=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | awk '{print $2}' | tail -1)
    crashes=$(grep -c -E '^==[0-9]+==ERROR: (AddressSanitizer|libFuzzer: deadly signal)|invariant broken' "$log" || true)
    timeouts=$(grep -c 'ERROR: libFuzzer: timeout' "$log" || true)
    leaks=$(grep -c 'ERROR: LeakSanitizer' "$log" || true)
    ooms=$(grep -c 'ERROR: libFuzzer: out-of-memory' "$log" || true)
    new=$(( $(ls "$findings" | wc -l) - before ))
    echo "$target|$elapsed|${executions:-?}|$(ls "$corpus" | wc -l)|$crashes|$timeouts|$leaks|$ooms|$new|$code" >"$here/logs/$target.row"
}

for target in "${targets[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
    fuzz_one "$target" &
done
wait

status=0
printf '%-14s %8s %12s %8s %8s %9s %6s %5s %9s\n' target seconds executions corpus crashes timeouts leaks ooms findings
for target in "${targets[@]}"; do
    IFS='|' read -r t s e c cr to l o n code <"$here/logs/$target.row"
    printf '%-14s %8s %12s %8s %8s %9s %6s %5s %9s\n' "$t" "$s" "$e" "$c" "$cr" "$to" "$l" "$o" "$n"
    if [ "$code" -ne 0 ] || [ "$n" -gt 0 ]; then status=1; fi
done
exit $status

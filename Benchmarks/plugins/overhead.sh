#!/usr/bin/env bash
# What a custom stage costs by the way it is plugged in, on the BBC articles in ../shared:
# tokenize alone, then tokenize plus reading-level in-process through the plugin ABI
# (JSON both ways), then tokenize plus an exec stage in Python (JSON lines over pipes).
# Prints documents per second for each. Release builds; JOBS (default 2) workers.
set -euo pipefail
root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
corpus="$root/../shared/corpora/bbc/articles"
if [[ ! -d "$corpus" ]]; then
    echo "skipped: ../shared not found"
    exit 0
fi
cd "$root"
jobs="${JOBS:-2}"
python="${PEERS_PYTHON:-python3}"
scratch="${SCRATCH:-.build}"
swift build -c release --scratch-path "$scratch" --product pipeline >&2
pipeline="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/pipeline"
plugin="$(CONFIGURATION=release SCRATCH_PATH="${PLUGIN_SCRATCH:-$root/Examples/Plugin/.build}" Examples/Plugin/build.sh | tail -1)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
documents=$(find "$corpus" -name '*.txt' | wc -l)

cat > "$work/tokens.yaml" <<YAML
input: { format: text }
stages: [{ id: tokens, uses: tokenize }]
YAML
cat > "$work/plugin.yaml" <<YAML
input: { format: text }
stages:
  - { id: tokens, uses: tokenize }
  - { id: level, uses: reading-level }
YAML
cat > "$work/exec.yaml" <<YAML
input: { format: text }
stages:
  - { id: tokens, uses: tokenize }
  - id: names
    uses: exec
    with: { command: [$python, $root/Examples/Exec/names.py], inputs: { tokens: TokenizedText }, output: Names }
YAML

measure() { # NAME PIPELINE [ARGS…]
    local name="$1" file="$2"
    shift 2
    local start end
    start=$(date +%s.%N)
    "$pipeline" run "$file" "$corpus" -o "$work/out.jsonl" --jobs "$jobs" --quiet "$@"
    end=$(date +%s.%N)
    printf '%-28s %8.1f docs/s  (%d documents, %s s)\n' "$name" \
        "$(echo "$documents / ($end - $start)" | bc -l)" "$documents" "$(printf '%.2f' "$(echo "$end - $start" | bc -l)")"
}
measure "tokenize" "$work/tokens.yaml"
measure "tokenize + plugin stage" "$work/plugin.yaml" --plugin "$plugin"
measure "tokenize + exec (python)" "$work/exec.yaml"

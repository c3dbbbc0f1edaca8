#!/usr/bin/env bash
# Builds and runs both custom-stage examples on the sample articles, and checks that each
# custom stage wrote an output for every article:
#   Examples/CustomStage: a package whose own executable adds two stages to `pipeline`;
#   Examples/Plugin: a plugin library the stock `pipeline` loads with --plugin;
#   Examples/Exec: a stage in Python the stock `pipeline` runs as a child (needs python3).
# Set SCRATCH to build the examples in other folders (e.g. SCRATCH=.build-ci).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
scratch="${SCRATCH:+$root/$SCRATCH}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
articles=$(find Examples/articles -name '*.txt' | wc -l)

expect_outputs() { # FILE STAGE: every line of FILE has an output for STAGE
    local found
    found=$(grep -c "\"$2\":{" "$1" || true)
    if [[ "$found" -ne "$articles" ]]; then
        echo "examples: $2 wrote $found outputs for $articles articles" >&2
        exit 1
    fi
}

# The package: its tests, then its executable on the sample articles.
custom_scratch=(${scratch:+--scratch-path "$scratch-custom"})
swift build --package-path Examples/CustomStage "${custom_scratch[@]}" --disable-build-manifest-caching --build-tests
swift test --package-path Examples/CustomStage "${custom_scratch[@]}" --skip-build
newsroom="$(swift build --package-path Examples/CustomStage "${custom_scratch[@]}" --show-bin-path)/newsroom"
"$newsroom" stages | grep -q '^keyword-count  (newsroom'
"$newsroom" run Examples/CustomStage/pipeline.yaml Examples/articles -o "$out/custom.jsonl" --quiet
expect_outputs "$out/custom.jsonl" keywords
if "$newsroom" stages | grep -q '^quote-extract '; then
    "$newsroom" run Examples/CustomStage/quotes.yaml Examples/articles -o "$out/quotes.jsonl" --quiet
    expect_outputs "$out/quotes.jsonl" speakers
else
    echo "examples: quote-extract is not registered yet; skipped Examples/CustomStage/quotes.yaml" >&2
fi

# The plugin: built on its own, loaded by the stock binary.
swift build --product pipeline ${scratch:+--scratch-path "$scratch"}
pipeline="$(swift build ${scratch:+--scratch-path "$scratch"} --show-bin-path)/pipeline"
plugin="$(SCRATCH_PATH="${scratch:+$scratch-plugin}" Examples/Plugin/build.sh | tail -1)"
"$pipeline" stages --plugin "$plugin" | grep -q '^reading-level  (plugin '
"$pipeline" run Examples/Plugin/pipeline.yaml Examples/articles --plugin "$plugin" -o "$out/plugin.jsonl" --quiet
expect_outputs "$out/plugin.jsonl" level

# The process: a Python child, run by the stock binary.
if command -v python3 > /dev/null; then
    "$pipeline" run Examples/Exec/pipeline.yaml Examples/articles -o "$out/exec.jsonl" --quiet
    expect_outputs "$out/exec.jsonl" names
else
    echo "examples: python3 not found; skipped Examples/Exec" >&2
fi
echo "examples: ok ($articles articles through each)"

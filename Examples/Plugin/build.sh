#!/usr/bin/env bash
# Builds the plugin and prints the library's path as its last line (CONFIGURATION=release
# for an optimized build, SCRATCH_PATH for another build folder):
#   pipeline run Examples/Plugin/pipeline.yaml Examples/articles --plugin "$(Examples/Plugin/build.sh | tail -1)"
set -euo pipefail
cd "$(dirname "$0")"
configuration="${CONFIGURATION:-debug}"
scratch=(${SCRATCH_PATH:+--scratch-path "$SCRATCH_PATH"})
# The pipeline package is a path dependency that changes under us: plan the build afresh,
# or a cached plan misses its new source files.
swift build -c "$configuration" "${scratch[@]}" --disable-build-manifest-caching --product ReadingLevelPlugin >&2
directory="$(swift build -c "$configuration" "${scratch[@]}" --show-bin-path)"
for name in libReadingLevelPlugin.so libReadingLevelPlugin.dylib; do
    if [[ -f "$directory/$name" ]]; then
        echo "$directory/$name"
        exit 0
    fi
done
echo "build.sh: no libReadingLevelPlugin in $directory" >&2
exit 1

#!/usr/bin/env bash
# Builds pipeline, runs the custom-stage examples, then every test.
# Evaluations against ../shared skip when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."

Scripts/install-dependencies.sh
swift build --build-tests
Scripts/examples.sh
swift test --skip-build

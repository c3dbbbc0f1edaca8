#!/usr/bin/env bash
# Builds pipeline and runs every test. Evaluations against ../shared skip when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."

Scripts/install-dependencies.sh
swift build --build-tests
swift test --skip-build

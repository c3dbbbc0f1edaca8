#!/usr/bin/env bash
# Builds pipeline and runs pipelines/news.yaml over the bundled sample articles.
# Results: out/sample.jsonl (one JSON object per article).
set -euo pipefail
cd "$(dirname "$0")/.."

Scripts/install-dependencies.sh
swift build -c release --product pipeline
mkdir -p out
.build/release/pipeline run pipelines/news.yaml Examples/articles -o out/sample.jsonl
echo "results: out/sample.jsonl ($(wc -l < out/sample.jsonl) articles)"

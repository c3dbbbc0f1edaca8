#!/usr/bin/env python3
"""Convert `pipeline run` JSONL output to seg_eval.py's system format.

Reads the result lines of a pipeline whose `tokenize` stage has id STAGE (default
`tokens`) and writes one {"sentences": [[s, e]...], "tokens": [[s, e]...]} line per
document. The offsets are those of the text tokenize read; run it on a pipeline without
`normalize` (input format `text`) so they are offsets into the file.

usage: to_seg_eval.py PIPELINE_OUTPUT.jsonl [--stage ID] > SYSTEM.jsonl
"""
import argparse
import json
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("results")
    ap.add_argument("--stage", default="tokens")
    args = ap.parse_args()
    with open(args.results, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            out = json.loads(line)["outputs"].get(args.stage)
            if out is None:
                continue
            print(json.dumps({"sentences": [[s["start"], s["end"]] for s in out["sentences"]],
                              "tokens": [[t["start"], t["end"]] for t in out["tokens"]]}))


if __name__ == "__main__":
    sys.exit(main())

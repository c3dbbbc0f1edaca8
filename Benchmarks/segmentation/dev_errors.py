#!/usr/bin/env python3
"""List the sentence-boundary errors of a system on a UD file, with context, for tuning.

Rebuilds the gold text and sentence ends as ../shared/peers/seg_eval.py does, reads the
system's sentences (seg_eval's system JSONL, e.g. `.build-segmentation/ewt-dev.tokenize.jsonl`
after `run.sh quality --dev`) and prints every missed gold end (FN) and every wrong
system end (FP) as `left ‖ right`, the boundary marked by ‖. Paragraph ends are left
out: the blank lines give them away. Use it on the dev set only.

usage: dev_errors.py GOLD.conllu SYSTEM.jsonl [--width N] [--only fn|fp] [--grep REGEX]
"""
import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2].parent / "shared" / "peers"))

from seg_eval import build_gold, ends, read_conllu  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold")
    ap.add_argument("system")
    ap.add_argument("--width", type=int, default=60, help="characters of context on each side")
    ap.add_argument("--only", choices=["fn", "fp"])
    ap.add_argument("--grep", help="show only errors whose context matches this regex")
    args = ap.parse_args()

    paras, _ = read_conllu(args.gold)
    text, _, g_sents, par_spans, _ = build_gold(paras)
    sents = []
    with open(args.system, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                sents += [tuple(x) for x in json.loads(line).get("sentences", [])]
    par_ends = {e for _, e in par_spans}
    gold, system = ends(text, g_sents) - par_ends, ends(text, sents) - par_ends
    pattern = re.compile(args.grep) if args.grep else None
    errors = [(e, "FN") for e in gold - system] + [(e, "FP") for e in system - gold]
    shown = 0
    for e, kind in sorted(errors):
        if args.only and kind.lower() != args.only:
            continue
        left = text[max(0, e - args.width):e].replace("\n", "¶")
        right = text[e:e + args.width].replace("\n", "¶")
        line = f"{kind} {e:7d}  {left:>{args.width}} ‖{right}"
        if pattern and not pattern.search(left + "‖" + right):
            continue
        print(line)
        shown += 1
    fn = len(gold - system)
    fp = len(system - gold)
    print(f"\n{fn} missed (FN), {fp} wrong (FP) of {len(gold)} gold ends inside paragraphs; {shown} shown",
          file=sys.stderr)


if __name__ == "__main__":
    main()

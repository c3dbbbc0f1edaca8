#!/usr/bin/env python3
"""compare.py parity REF.jsonl OURS.jsonl [TEXTS]   share of lines within 1e-4, worst difference
compare.py pearson GOLD SCORES.jsonl                 Pearson r of compound against the human means"""
import json
import math
import sys


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def parity(ref_path, ours_path, texts_path=None):
    ref, ours = load(ref_path), load(ours_path)
    texts = {}
    if texts_path:
        with open(texts_path, encoding="utf-8") as f:
            texts = {n: line.rstrip("\n") for n, line in enumerate(f, 1)}
    if len(ref) != len(ours):
        sys.exit(f"{ref_path}: {len(ref)} reference lines but {len(ours)} of ours")
    agree, worst, shown = 0, 0.0, 0
    for r, o in zip(ref, ours):
        if r["id"] != o["id"] or "error" in r:
            sys.exit(f"line {r['id']}: ids differ or the reference failed: {r} {o}")
        diff = max(abs(r[k] - o[k]) for k in ("neg", "neu", "pos", "compound"))
        worst = max(worst, diff)
        if diff <= 1e-4:
            agree += 1
        elif shown < 5:
            shown += 1
            print(f"  differs: {texts.get(r['id'], '')[:100]!r} ref {r} ours {o}")
    return agree, len(ref), worst


def pearson(xs, ys):
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy)


if __name__ == "__main__":
    if sys.argv[1] == "parity":
        agree, total, worst = parity(*sys.argv[2:])
        print(f"{agree}/{total} agree ({100 * agree / total:.3f}%), worst difference {worst:.2g}")
    elif sys.argv[1] == "pearson":
        with open(sys.argv[2], encoding="utf-8") as f:
            gold = [float(line) for line in f if line.strip()]
        print(f"{pearson([s['compound'] for s in load(sys.argv[3])], gold):.4f}")

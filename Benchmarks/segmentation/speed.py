#!/usr/bin/env python3
"""Speed of `normalize` + `tokenize` (Swift, in-process) against spaCy on the same texts.

Runs `segbench speed` on the article files (it times normalize and tokenize over all of
them, median of --runs, and writes the normalized texts as JSONL), then times spaCy's
blank English tokenizer + sentencizer (`nlp.pipe`) over those same normalized texts in
this process, median of --runs, and prints MB/s and the ratios. One core: the Swift side
is single-threaded and spaCy's pipe runs with n_process=1. Both sides measure the CPU
time of their thread, so other jobs on a shared machine do not skew the ratio.

usage: speed.py SEGBENCH ARTICLES_DIR [--runs N]
"""
import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2].parent / "shared" / "peers"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("segbench")
    ap.add_argument("articles")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()

    files = sorted(str(p) for p in Path(args.articles).rglob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp, "normalized.jsonl")
        out = subprocess.run([args.segbench, "speed", "--runs", str(args.runs), "--dump", str(dump), *files],
                             check=True, capture_output=True, text=True).stdout
        swift = json.loads(out)
        texts = [json.loads(line)["text"] for line in dump.read_text(encoding="utf-8").splitlines()]

    from _common import blank_nlp
    nlp = blank_nlp()
    spacy_times, spacy_tokens = [], 0
    for _ in range(args.runs):
        t0 = time.thread_time()
        spacy_tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
        spacy_times.append(time.thread_time() - t0)
    spacy_s = statistics.median(spacy_times)

    mb = swift["bytes"] / 1e6
    norm_s, tok_s = swift["normalize_seconds"], swift["tokenize_seconds"]
    both_s = norm_s + tok_s
    print(f"corpus: {swift['files']} files, {mb:.2f} MB; medians of {args.runs} runs, one core, thread CPU time")
    print(f"{'system':<40} {'seconds':>9} {'MB/s':>9} {'tokens':>9} {'× spaCy':>9}")
    rows = [("swift tokenize", tok_s, swift["tokens"]), ("swift normalize", norm_s, None),
            ("swift normalize + tokenize", both_s, swift["tokens"]),
            ("spaCy blank('en') + sentencizer (pipe)", spacy_s, spacy_tokens)]
    for label, secs, toks in rows:
        ratio = spacy_s / secs if secs > 0 else float("inf")
        print(f"{label:<40} {secs:9.3f} {mb / secs:9.1f} {toks if toks is not None else '-':>9} {ratio:9.1f}")


if __name__ == "__main__":
    main()

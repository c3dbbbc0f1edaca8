#!/usr/bin/env python3
"""Writes WORK/<set>.txt, one text a line, for the sentiment benchmarks.

- tweets, nyt, movies, amazon: the TEXT column of VADER's *_GroundTruth.txt, in file order,
  and WORK/<set>.gold with the human mean rating of each line.
- bbc: every sentence of ../shared/corpora/bbc/articles, one a line, cut by a plain rule (end
  mark, space, capital or opening quote). VADER parity is per string, so any split tests the
  algorithm; parity.sh also runs the articles through `pipeline run` for our tokenizer's split.
- bbc_articles: each BBC article as one line (whole-text VADER, where but/negation reach
  across sentences).
"""
import glob
import os
import re
import sys

shared, work = sys.argv[1], sys.argv[2]
SETS = {"tweets": "tweets", "nyt": "nytEditorialSnippets", "movies": "movieReviewSnippets",
        "amazon": "amazonReviewSnippets"}
for name, stem in SETS.items():
    path = os.path.join(shared, "corpora", "vader", f"{stem}_GroundTruth.txt")
    with open(path, encoding="utf-8-sig") as src, \
            open(os.path.join(work, f"{name}.txt"), "w", encoding="utf-8") as texts, \
            open(os.path.join(work, f"{name}.gold"), "w", encoding="utf-8") as gold:
        for line in src:
            fields = line.rstrip("\r\n").split("\t", 2)
            if len(fields) < 3 or not fields[2].strip():
                continue
            # vader_ref.py --plain reads one text a line; these texts hold no line breaks.
            texts.write(fields[2].replace("\r", " ") + "\n")
            gold.write(fields[1] + "\n")

END = re.compile(r'(?<=[.!?])\s+(?=["“‘A-Z])')
with open(os.path.join(work, "bbc.txt"), "w", encoding="utf-8") as sentences, \
        open(os.path.join(work, "bbc_articles.txt"), "w", encoding="utf-8") as articles:
    for path in sorted(glob.glob(os.path.join(shared, "corpora", "bbc", "articles", "*", "*.txt"))):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        articles.write(" ".join(text.split("\n")) + "\n")
        for paragraph in text.split("\n"):
            for sentence in END.split(paragraph):
                if sentence.strip():
                    sentences.write(sentence + "\n")

#!/usr/bin/env python3
"""Deterministic article selection for the held-out quote set.

Rule: for each category in alphabetical order (business, entertainment, politics, sport,
tech), a fresh random.Random(7331) shuffles the sorted list of article ids (file stems);
walk the shuffled list and keep the first N articles that
  * are not in ../gold/quotes.jsonl,
  * do not duplicate a gold article: body (text after the headline line, whitespace
    collapsed) equal to the body of any gold article (the corpus has re-headlined copies,
    e.g. politics/110 = politics/367), nor the body of an article already kept,
  * contain at least one straight double quote (").
Usage: select_heldout.py [ARTICLES_DIR]
"""
import json, os, random, sys
import os as _os

# ../shared beside the repository (this file is three folders below the repository root).
ARTICLES_DEFAULT = _os.path.normpath(_os.path.join(
    _os.path.dirname(_os.path.abspath(__file__)), '..', '..', '..', '..', 'shared', 'corpora', 'bbc', 'articles'))

N = 4
HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, '..', 'gold', 'quotes.jsonl')

def read(articles_dir, aid):
    return open(os.path.join(articles_dir, aid + '.txt'), encoding='utf-8', errors='replace').read()

def body(text):
    return ' '.join(text.split('\n', 1)[1].split()) if '\n' in text else ''

def select(articles_dir, n=N):
    gold_ids = {json.loads(l)['id'] for l in open(GOLD, encoding='utf-8') if l.strip()}
    seen_bodies = {body(read(articles_dir, g)) for g in gold_ids}
    out = []
    for cat in sorted(os.listdir(articles_dir)):
        d = os.path.join(articles_dir, cat)
        if not os.path.isdir(d):
            continue
        rng = random.Random(7331)
        ids = sorted(f[:-4] for f in os.listdir(d) if f.endswith('.txt'))
        rng.shuffle(ids)
        kept = []
        for i in ids:
            aid = f'{cat}/{i}'
            if aid in gold_ids:
                continue
            t = read(articles_dir, aid)
            b = body(t)
            if b in seen_bodies or '"' not in t:
                continue
            seen_bodies.add(b)
            kept.append(aid)
            if len(kept) >= n:
                break
        out += kept
    return sorted(out)

if __name__ == '__main__':
    for a in select(sys.argv[1] if len(sys.argv) > 1 else ARTICLES_DEFAULT):
        print(a)

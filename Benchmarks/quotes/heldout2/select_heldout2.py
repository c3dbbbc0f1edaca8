#!/usr/bin/env python3
"""Deterministic article selection for the second held-out (heldout2) quote set.

Rule: for each category in alphabetical order (business, entertainment, politics, sport,
tech), a fresh random.Random(9191) shuffles the sorted list of article ids (file stems);
walk the shuffled list and keep the first N articles that
  * are not in ../gold/quotes.jsonl nor ../heldout/quotes.jsonl nor ../dev2/quotes.jsonl
    nor ../dev3/quotes.jsonl,
  * do not duplicate a gold, held-out, dev2 or dev3 article: body (text after the headline
    line, whitespace collapsed) equal to the body of any article of those sets (the corpus
    has re-headlined copies, e.g. politics/110 = politics/367, tech/165 = tech/166), nor the
    body of an article already kept,
  * contain at least one straight double quote (").
Usage: select_heldout2.py [ARTICLES_DIR] [-v]   (-v also prints skipped candidates and why)
"""
import json, os, random, sys
import os as _os

# ../shared beside the repository (this file is three folders below the repository root).
ARTICLES_DEFAULT = _os.path.normpath(_os.path.join(
    _os.path.dirname(_os.path.abspath(__file__)), '..', '..', '..', '..', 'shared', 'corpora', 'bbc', 'articles'))

N = 5
SEED = 9191
HERE = os.path.dirname(os.path.abspath(__file__))
EXCLUDE = [os.path.join(HERE, '..', 'gold', 'quotes.jsonl'),
           os.path.join(HERE, '..', 'heldout', 'quotes.jsonl'),
           os.path.join(HERE, '..', 'dev2', 'quotes.jsonl'),
           os.path.join(HERE, '..', 'dev3', 'quotes.jsonl')]

def read(articles_dir, aid):
    return open(os.path.join(articles_dir, aid + '.txt'), encoding='utf-8', errors='replace').read()

def body(text):
    return ' '.join(text.split('\n', 1)[1].split()) if '\n' in text else ''

def select(articles_dir, n=N, log=None):
    excluded = set()
    for p in EXCLUDE:
        excluded |= {json.loads(l)['id'] for l in open(p, encoding='utf-8') if l.strip()}
    seen_bodies = {body(read(articles_dir, g)): g for g in excluded}
    out = []
    for cat in sorted(os.listdir(articles_dir)):
        d = os.path.join(articles_dir, cat)
        if not os.path.isdir(d):
            continue
        rng = random.Random(SEED)
        ids = sorted(f[:-4] for f in os.listdir(d) if f.endswith('.txt'))
        rng.shuffle(ids)
        kept = []
        for i in ids:
            aid = f'{cat}/{i}'
            if aid in excluded:
                log and log(f'skip {aid}: in gold/heldout/dev2/dev3')
                continue
            t = read(articles_dir, aid)
            b = body(t)
            if b in seen_bodies:
                log and log(f'skip {aid}: duplicate body of {seen_bodies[b]}')
                continue
            if '"' not in t:
                log and log(f'skip {aid}: no "')
                continue
            seen_bodies[b] = aid
            kept.append(aid)
            if len(kept) >= n:
                break
        out += kept
    return sorted(out)

if __name__ == '__main__':
    args = [a for a in sys.argv[1:] if a != '-v']
    log = (lambda m: print(m, file=sys.stderr)) if '-v' in sys.argv else None
    for a in select(args[0] if args else ARTICLES_DEFAULT, log=log):
        print(a)

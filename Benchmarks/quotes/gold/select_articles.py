#!/usr/bin/env python3
"""Deterministic article selection for the quote gold set.

Rule: one random.Random(2026); for each category in alphabetical order, shuffle the
sorted list of article ids (file stems) with that generator, then walk the shuffled list
and keep the first N_QUOTED articles that contain at least one straight double quote (")
and the first N_UNQUOTED articles that contain none.
"""
import os, random, sys
import os as _os

# ../shared beside the repository (this file is three folders below the repository root).
ARTICLES_DEFAULT = _os.path.normpath(_os.path.join(
    _os.path.dirname(_os.path.abspath(__file__)), '..', '..', '..', '..', 'shared', 'corpora', 'bbc', 'articles'))

N_QUOTED, N_UNQUOTED = 9, 1

def select(articles_dir, n_quoted=N_QUOTED, n_unquoted=N_UNQUOTED):
    rng = random.Random(2026)
    out = []
    for cat in sorted(os.listdir(articles_dir)):
        d = os.path.join(articles_dir, cat)
        if not os.path.isdir(d):
            continue
        ids = sorted(f[:-4] for f in os.listdir(d) if f.endswith('.txt'))
        rng.shuffle(ids)
        q, n = [], []
        for i in ids:
            t = open(os.path.join(d, i + '.txt'), encoding='utf-8', errors='replace').read()
            (q if '"' in t else n).append(f'{cat}/{i}')
            if len(q) >= n_quoted and len(n) >= n_unquoted:
                break
        out += q[:n_quoted] + n[:n_unquoted]
    return sorted(out)

if __name__ == '__main__':
    for a in select(sys.argv[1] if len(sys.argv) > 1 else ARTICLES_DEFAULT):
        print(a)

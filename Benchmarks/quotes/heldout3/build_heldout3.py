#!/usr/bin/env python3
"""Builds quotes.jsonl for the heldout3 (third held-out) set from annotations.py: ../build_set.py, which
exits 1 on any failed check. Usage: build_heldout3.py [ARTICLES_DIR]

The one addition: the direct quotes in annotations.NESTED_DIRECT carry a quote-in-a-quote in
straight double marks, so build_set's "internal double quote exactly when block" check is run
on them as if they were blocks (the internal mark must be there); every other check is
build_set's own.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, '..')]
import build_set  # noqa: E402
from annotations import NESTED_DIRECT  # noqa: E402

_problems = build_set.problems


def problems(aid, article, quotes):
    def nested(q):
        return q['kind'] == 'direct' and any(a == aid and q['text'].startswith(p)
                                             for a, p in NESTED_DIRECT)
    return _problems(aid, article, [dict(q, kind='block') if nested(q) else q for q in quotes])


build_set.problems = problems

if __name__ == '__main__':
    sys.exit(build_set.build(HERE, sys.argv[1] if len(sys.argv) > 1 else None))

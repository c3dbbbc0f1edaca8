#!/usr/bin/env python3
"""Builds quotes.jsonl for the heldout5 (fifth held-out) set from annotations.py: ../build_set.py, which
exits 1 on any failed check. Usage: build_heldout5.py [ARTICLES_DIR]

annotations.NESTED_DIRECT names the direct quotes that carry a quote-in-a-quote in straight
double marks; build_set checks that they do.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
from build_set import build  # noqa: E402

if __name__ == '__main__':
    sys.exit(build(HERE, sys.argv[1] if len(sys.argv) > 1 else None))

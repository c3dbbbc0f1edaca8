#!/usr/bin/env python3
"""Deterministic article selection for the held-out quote set: the rule of ../selection.py with
seed 7331, 4 articles per category, excluding the gold set.

Usage: select_heldout.py [ARTICLES_DIR] [-v]   (-v also prints skipped candidates and why)
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from selection import main

if __name__ == '__main__':
    main(seed=7331, n=4, exclude=['gold'])

#!/usr/bin/env python3
"""Deterministic article selection for the fifth held-out (heldout5) quote set: the rule
of ../selection.py with seed 1717, 5 articles per category, excluding the gold, held-out,
dev2, dev3, heldout2, heldout3 and heldout4 sets.

Usage: select_heldout5.py [ARTICLES_DIR] [-v]   (-v also prints skipped candidates and why)
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from selection import main

if __name__ == '__main__':
    main(seed=1717, n=5, exclude=['gold', 'heldout', 'dev2', 'dev3', 'heldout2', 'heldout3', 'heldout4'])

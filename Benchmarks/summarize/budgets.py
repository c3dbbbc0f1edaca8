#!/usr/bin/env python3
"""Groups the BBC articles by reference budget, for `run.sh`.

For every article under ARTICLES, reads REF/<same relative path>, takes its
`reference_budget` (../shared/peers/_common.py: the reference summary's sentence
count) and makes OUT/<budget>/<relative path> a symlink to the article, so one
`pipeline run` per folder can use `sentences: <budget>`. Prints the budgets found
and their mean on standard error.
"""
import argparse
import os
import sys
from pathlib import Path


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("peers", help="the ../shared/peers folder (for _common.reference_budget)")
    ap.add_argument("articles")
    ap.add_argument("refs")
    ap.add_argument("out", help="an empty folder that receives one subfolder per budget")
    args = ap.parse_args()
    sys.path.insert(0, args.peers)
    from _common import read_text, reference_budget, txt_files

    articles, refs, out = Path(args.articles), Path(args.refs), Path(args.out)
    budgets = []
    for path in txt_files(articles):
        rel = path.relative_to(articles)
        budget = reference_budget(read_text(refs / rel)[1])
        budgets.append(budget)
        link = out / str(budget) / rel
        link.parent.mkdir(parents=True, exist_ok=True)
        os.symlink(path.resolve(), link)
    print(f"{len(budgets)} articles, {len(set(budgets))} budget values, "
          f"mean budget {sum(budgets) / max(1, len(budgets)):.3f}", file=sys.stderr)


if __name__ == "__main__":
    main()

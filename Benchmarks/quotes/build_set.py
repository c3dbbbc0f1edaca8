"""Builds a quote set's quotes.jsonl from its annotations.py with the gold span locator.

Uses gold/build_gold.py's `locate` (every span starts right after an opening quote mark
and is followed by a closing mark or the end of the article, or is flagged 'unterminated';
text == article[start:end]) and adds the checks the held-out and dev2 sets were built with:
  * a span contains an internal double quote exactly when its kind is `block` (or it is a
    direct quote the set lists in NESTED_DIRECT: a quote inside it in straight marks)
    (dev3's sport/131 marks quotes with doubled apostrophes, so '' counts as a double quote);
  * every straight " (and every '') in the articles is covered by an annotation.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))

DOUBLE_MARKS = ('"', "''")


def problems(aid, article, quotes, nested=()):
    """`nested` lists (id, first words) of direct quotes that quote someone inside them with
    straight double marks: they must carry the internal mark, as blocks do."""
    out = []
    for q in quotes:
        internal = any(m in q['text'] for m in DOUBLE_MARKS)
        carries = q['kind'] == 'block' or (
            q['kind'] == 'direct' and any(a == aid and q['text'].startswith(p) for a, p in nested))
        if internal != carries:
            out.append(f'{aid}: {q["kind"]} span with{"" if internal else "out"} an internal '
                       f'double quote: {q["text"][:60]!r}')
    for m in DOUBLE_MARKS:
        # a mark belongs to a span if it opens it, closes it or lies inside it
        covered = set()
        for q in quotes:
            covered.update(range(q['start'] - len(m), q['end'] + 1))
        i = article.find(m)
        while i >= 0:
            if i not in covered:
                out.append(f'{aid}: uncovered {m} at {i}: {article[max(0, i - 30):i + 30]!r}')
            i = article.find(m, i + len(m))
    return out


def build(set_dir, articles_dir=None):
    """Writes `set_dir`/quotes.jsonl from `set_dir`/annotations.py; 1 on a failed check."""
    # the set's folder first, so that build_gold's own `from annotations import A` reads
    # this set's file
    sys.path[:0] = [set_dir, os.path.join(HERE, 'gold')]
    import annotations
    import build_gold
    A, nested = annotations.A, getattr(annotations, 'NESTED_DIRECT', ())
    articles_dir = articles_dir or build_gold.ARTICLES_DEFAULT
    lines, errors = [], []
    for aid in sorted(A):
        article = open(os.path.join(articles_dir, aid + '.txt'), encoding='utf-8',
                       errors='replace').read()
        quotes = build_gold.locate(article, A[aid], aid)
        errors += problems(aid, article, quotes, nested)
        lines.append(json.dumps({'id': aid, 'quotes': quotes}, ensure_ascii=False))
    if errors:
        print('\n'.join(errors), file=sys.stderr)
        return 1
    with open(os.path.join(set_dir, 'quotes.jsonl'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    print(f'wrote {len(lines)} articles')
    return 0

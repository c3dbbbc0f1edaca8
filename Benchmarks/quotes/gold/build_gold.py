#!/usr/bin/env python3
"""Build quotes.jsonl from the hand annotations in annotations.py.

Each annotation is (prefix, kind, speaker[, suffix]):
  prefix  - the first words of the quoted text (must start right after an opening mark),
            searched from the end of the previous annotation, so repeated strings resolve
            by order;
  suffix  - optional; the span ends after the first occurrence of suffix at/after the
            start (needed for block quotes and single-quoted quotes). Without it the span
            ends before the next straight double quote.
A fifth element 'unterminated' marks a quote whose closing mark is missing in the source
(the span then ends at the end of the suffix).
Every span must be preceded by a quote mark and followed by a quote mark; text is
asserted to equal article[start:end].
Usage: build_gold.py ARTICLES_DIR
"""
import json, os, sys
from annotations import A
import os as _os

# ../shared beside the repository (this file is three folders below the repository root).
ARTICLES_DEFAULT = _os.path.normpath(_os.path.join(
    _os.path.dirname(_os.path.abspath(__file__)), '..', '..', '..', '..', 'shared', 'corpora', 'bbc', 'articles'))

QM = '"\'\u201c\u201d\u2018\u2019'

def locate(article, anns, aid):
    out, cur = [], 0
    for a in anns:
        prefix, kind, speaker = a[0], a[1], a[2]
        suffix = a[3] if len(a) > 3 else None
        unterminated = len(a) > 4 and a[4] == 'unterminated'
        pos = cur
        while True:
            s = article.find(prefix, pos)
            assert s >= 0, f'{aid}: prefix not found after {cur}: {prefix!r}'
            if s > 0 and article[s - 1] in QM:
                break
            pos = s + 1
        if suffix is None:
            e = article.find('"', s)
        else:
            e = article.find(suffix, s)
            assert e >= 0, f'{aid}: suffix not found: {suffix!r}'
            e += len(suffix)
        assert e > s, (aid, prefix)
        # a quote left unterminated at the very end of the article (truncated source) may
        # end at the end of the text; elsewhere it must be flagged 'unterminated'
        assert (e < len(article) and article[e] in QM) or article[e:].strip() == '' or unterminated, \
            f'{aid}: no closing mark after {article[s:e]!r}'
        assert kind in ('direct', 'partial', 'block', 'other'), (aid, kind)
        if kind == 'other':
            assert speaker is None, (aid, prefix)
        text = article[s:e]
        assert text == article[s:e]
        out.append({'start': s, 'end': e, 'text': text, 'kind': kind, 'speaker': speaker})
        cur = e + 1
    return out

def uncovered_marks(article, quotes):
    cov = set()
    for q in quotes:
        cov.update(range(q['start'] - 1, q['end'] + 1))
    return [i for i, ch in enumerate(article) if ch == '"' and i not in cov]

def main(d):
    lines = []
    for aid in sorted(A):
        article = open(os.path.join(d, aid + '.txt'), encoding='utf-8', errors='replace').read()
        quotes = locate(article, A[aid], aid)
        un = uncovered_marks(article, quotes)
        if un:
            print(f'WARNING {aid}: uncovered double quotes at {un}', file=sys.stderr)
        lines.append(json.dumps({'id': aid, 'quotes': quotes}, ensure_ascii=False))
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'quotes.jsonl'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    print(f'wrote {len(lines)} articles')

if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else ARTICLES_DEFAULT)

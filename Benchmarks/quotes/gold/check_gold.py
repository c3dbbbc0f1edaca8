#!/usr/bin/env python3
"""Validate quotes.jsonl against the BBC articles and print counts.

Usage: check_gold.py ARTICLES_DIR [GOLD_FILE]
Exits 0 with "skipped" if ARTICLES_DIR does not exist; exits 1 on any problem.
"""
import collections, json, os, sys

KINDS = {'direct', 'partial', 'block', 'other'}
QUOTE_KEYS = {'start', 'end', 'text', 'kind', 'speaker'}

def main():
    if len(sys.argv) < 2:
        print('usage: check_gold.py ARTICLES_DIR [GOLD_FILE]')
        return 2
    adir = sys.argv[1]
    gold = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'quotes.jsonl')
    if not os.path.isdir(adir):
        print(f'skipped: {adir} does not exist')
        return 0
    errors = []
    ids = []
    per_cat = collections.Counter()
    per_kind = collections.Counter()
    with_speaker = 0
    n_quotes = 0
    no_quotes = 0
    for ln, line in enumerate(open(gold, encoding='utf-8'), 1):
        if not line.strip():
            errors.append(f'line {ln}: blank line')
            continue
        try:
            rec = json.loads(line)
        except ValueError as e:
            errors.append(f'line {ln}: bad json: {e}')
            continue
        if not isinstance(rec, dict) or set(rec) != {'id', 'quotes'} or not isinstance(rec['id'], str) \
                or not isinstance(rec['quotes'], list):
            errors.append(f'line {ln}: record must be {{"id": str, "quotes": list}}')
            continue
        aid = rec['id']
        ids.append(aid)
        path = os.path.join(adir, aid + '.txt')
        if not os.path.isfile(path):
            errors.append(f'{aid}: article not found')
            continue
        article = open(path, encoding='utf-8', errors='replace').read()
        per_cat[aid.split('/')[0]] += 1
        if not rec['quotes']:
            no_quotes += 1
        prev_end = -1
        for i, q in enumerate(rec['quotes']):
            where = f'{aid} quote {i}'
            if not isinstance(q, dict) or set(q) != QUOTE_KEYS:
                errors.append(f'{where}: keys must be {sorted(QUOTE_KEYS)}')
                continue
            s, e = q['start'], q['end']
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(article)):
                errors.append(f'{where}: bad offsets {s}, {e}')
                continue
            if article[s:e] != q['text']:
                errors.append(f'{where}: text mismatch: {article[s:e]!r} != {q["text"]!r}')
            if q['kind'] not in KINDS:
                errors.append(f'{where}: bad kind {q["kind"]!r}')
            sp = q['speaker']
            if sp is not None and (not isinstance(sp, str) or not sp.strip()):
                errors.append(f'{where}: speaker must be a non-empty string or null')
            if q['kind'] == 'other' and sp is not None:
                errors.append(f'{where}: kind other must have speaker null')
            if s < prev_end:
                errors.append(f'{where}: overlaps or out of order (start {s} < previous end {prev_end})')
            prev_end = max(prev_end, e)
            n_quotes += 1
            per_kind[q['kind']] += 1
            if sp is not None:
                with_speaker += 1
    if ids != sorted(ids):
        errors.append('records are not sorted by id')
    if len(ids) != len(set(ids)):
        errors.append('duplicate ids')
    print(f'articles: {len(ids)} ({no_quotes} with no quotes)')
    for c in sorted(per_cat):
        print(f'  {c}: {per_cat[c]}')
    print(f'quotes: {n_quotes}')
    for k in sorted(KINDS):
        print(f'  {k}: {per_kind[k]}')
    print(f'quotes with speaker: {with_speaker}')
    if errors:
        for err in errors:
            print('ERROR', err)
        return 1
    print('OK')
    return 0

if __name__ == '__main__':
    sys.exit(main())

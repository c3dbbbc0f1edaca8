"""The deterministic article selection shared by the quote evaluation sets.

Rule: for each category in alphabetical order (business, entertainment, politics, sport,
tech), a fresh random.Random(seed) shuffles the sorted list of article ids (file stems);
walk the shuffled list and keep the first n articles that
  * are not in an earlier set (the `quotes.jsonl` of each folder in `exclude`),
  * do not duplicate an earlier set's article or one already kept: the body (text after the
    headline line, whitespace collapsed) is compared, since the corpus has re-headlined
    copies (politics/110 = politics/367),
  * contain at least one straight double quote (").
"""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
# ../shared beside the repository (this file is two folders below the repository root).
ARTICLES_DEFAULT = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'shared', 'corpora', 'bbc', 'articles'))


def read(articles_dir, aid):
    return open(os.path.join(articles_dir, aid + '.txt'), encoding='utf-8', errors='replace').read()


def body(text):
    return ' '.join(text.split('\n', 1)[1].split()) if '\n' in text else ''


def select(articles_dir, seed, n, exclude, log=None):
    """The selected ids, sorted; `exclude` names set folders beside this file (`gold`, `dev2`)."""
    excluded = set()
    for name in exclude:
        path = os.path.join(HERE, name, 'quotes.jsonl')
        excluded |= {json.loads(l)['id'] for l in open(path, encoding='utf-8') if l.strip()}
    seen_bodies = {body(read(articles_dir, g)): g for g in excluded}
    out = []
    for cat in sorted(os.listdir(articles_dir)):
        d = os.path.join(articles_dir, cat)
        if not os.path.isdir(d):
            continue
        rng = random.Random(seed)
        ids = sorted(f[:-4] for f in os.listdir(d) if f.endswith('.txt'))
        rng.shuffle(ids)
        kept = []
        for i in ids:
            aid = f'{cat}/{i}'
            if aid in excluded:
                log and log(f'skip {aid}: in {"/".join(exclude)}')
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


def main(seed, n, exclude):
    """Prints the selection; usage: SCRIPT [ARTICLES_DIR] [-v] (-v: skipped candidates and why)."""
    args = [a for a in sys.argv[1:] if a != '-v']
    log = (lambda m: print(m, file=sys.stderr)) if '-v' in sys.argv else None
    for a in select(args[0] if args else ARTICLES_DEFAULT, seed, n, exclude, log=log):
        print(a)

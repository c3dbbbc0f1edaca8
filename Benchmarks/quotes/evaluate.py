#!/usr/bin/env python3
"""Score quote extraction against the gold set: span P/R/F1 and speaker accuracy.

usage: evaluate.py GOLD.jsonl ARTICLES_DIR OURS.jsonl [TEXTACY.jsonl] [--details]

GOLD.jsonl   Benchmarks/quotes/gold/quotes.jsonl ({"id", "quotes": [{start, end, kind, speaker}]}).
OURS.jsonl   `pipeline run` output (DESIGN.md schema); quotes are read from the first stage
             output that has a "quotes" list. Offsets are into the raw article text.
TEXTACY.jsonl  peer_pipeline.py --quotes textacy output; its offsets are into the peer's
             normalized text and are mapped back to the raw text (see map_offsets).

Matching: a system quote matches a gold quote when their overlap covers at least 80% of the
gold span; matching is one-to-one (each gold quote, in order, takes the unmatched system quote
with the largest overlap), so one long span cannot match several gold quotes.
Precision = matched / system quotes, recall = matched / gold quotes.
Speaker accuracy = share of matched quotes whose speaker equals the gold speaker after case
and whitespace folding (null = null). "lenient" also accepts the same last word (Maduro ~
Nicolas Maduro). textacy gives the speaker as written (no resolution), which is what a user
of it gets.
"""
import json
import sys
from pathlib import Path


def read_text(path):
    return open(path, encoding="utf-8", errors="replace").read()


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def ours_quotes(record):
    for out in (record.get("outputs") or {}).values():
        if isinstance(out, dict) and isinstance(out.get("quotes"), list):
            return out["quotes"]
    return []


def map_offsets(raw, normalized):
    """Index of each normalized-text character in the raw text. The peers' normalization only
    changes whitespace (runs collapsed, lines stripped, blank lines dropped) and applies NFC,
    a no-op on this ASCII-and-£ corpus, so non-space characters pair up in order; a space maps
    to the raw position after the previous character."""
    mapping, r = [], 0
    for ch in normalized:
        if ch.isspace():
            mapping.append(r)
            continue
        while r < len(raw) and raw[r] != ch:
            r += 1
        mapping.append(r)
        r += 1
    return mapping


def textacy_quotes(record, raw):
    mapping = map_offsets(raw, record["text"])
    out = []
    for q in record.get("quotes", []):
        if q["end"] <= q["start"]:
            continue
        out.append({"start": mapping[q["start"]], "end": mapping[q["end"] - 1] + 1,
                    "speaker": q.get("speaker"), "kind": None})
    return out


def fold(name):
    return " ".join(name.casefold().split()) if name else None


def match(gold, system):
    used, pairs = set(), []
    for g in gold:
        glen = max(g["end"] - g["start"], 1)
        best, best_overlap = None, 0
        for k, s in enumerate(system):
            if k in used:
                continue
            overlap = min(g["end"], s["end"]) - max(g["start"], s["start"])
            if overlap >= 0.8 * glen and overlap > best_overlap:
                best, best_overlap = k, overlap
        if best is not None:
            used.add(best)
            pairs.append((g, system[best]))
    return pairs


def score(name, gold_by_id, system_by_id, details=False, texts=None):
    n_gold = n_sys = n_match = strict = lenient = kind_ok = 0
    for doc_id, gold in gold_by_id.items():
        system = system_by_id.get(doc_id, [])
        pairs = match(gold, system)
        n_gold += len(gold)
        n_sys += len(system)
        n_match += len(pairs)
        matched_sys = {id(s) for _, s in pairs}
        for g, s in pairs:
            a, b = fold(g["speaker"]), fold(s.get("speaker"))
            ok = a == b
            strict += ok
            lenient += ok or (a is not None and b is not None and a.split()[-1] == b.split()[-1])
            kind_ok += g["kind"] == s.get("kind")
            if details and not ok:
                print(f"  {name} speaker {doc_id} [{g['start']},{g['end']}] gold={g['speaker']!r} got={s.get('speaker')!r}"
                      f"  {texts[doc_id][g['start']:g['end']][:50]!r}")
        if details:
            matched_gold = {id(g) for g, _ in pairs}
            for g in gold:
                if id(g) not in matched_gold:
                    print(f"  {name} missed {doc_id} [{g['start']},{g['end']}] {g['kind']} {texts[doc_id][g['start']:g['end']][:70]!r}")
            for s in system:
                if id(s) not in matched_sys:
                    print(f"  {name} extra  {doc_id} [{s['start']},{s['end']}] {s.get('kind')} {texts[doc_id][s['start']:s['end']][:70]!r}")
    p = n_match / n_sys if n_sys else 0.0
    r = n_match / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    acc = strict / n_match if n_match else 0.0
    len_acc = lenient / n_match if n_match else 0.0
    line = (f"{name:8s} gold={n_gold} system={n_sys} matched={n_match} "
            f"P={p:.3f} R={r:.3f} F1={f:.3f} speaker_acc={acc:.3f} (lenient {len_acc:.3f})")
    if name == "ours":
        line += f" kind_acc={kind_ok / n_match if n_match else 0.0:.3f}"
    print(line)


def main(argv):
    details = "--details" in argv
    args = [a for a in argv if a != "--details"]
    if len(args) < 3:
        print(__doc__)
        return 2
    gold_path, articles, ours_path = Path(args[0]), Path(args[1]), Path(args[2])
    gold_by_id = {rec["id"]: rec["quotes"] for rec in load_jsonl(gold_path)}
    texts = {doc_id: read_text(articles / f"{doc_id}.txt") for doc_id in gold_by_id}
    ours = {rec["id"]: ours_quotes(rec) for rec in load_jsonl(ours_path)}
    missing = [i for i in gold_by_id if i not in ours]
    if missing:
        print(f"warning: {len(missing)} gold articles missing from {ours_path}: {missing[:5]}")
    score("ours", gold_by_id, ours, details, texts)
    if len(args) > 3:
        peer = {}
        for rec in load_jsonl(args[3]):
            doc_id = rec["id"][:-4] if rec["id"].endswith(".txt") else rec["id"]
            if doc_id in texts:
                peer[doc_id] = textacy_quotes(rec, texts[doc_id])
        score("textacy", gold_by_id, peer, details, texts)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""pipeline_parity.py OUT.jsonl WORK: from `pipeline run bbc-vader.yaml` output, writes
WORK/pipe_sentences.jsonl and WORK/pipe_documents.jsonl ({"id", "text"} for vader_ref.py:
each sentence string text[start:end] and each document's whole text) and beside them our
scores (WORK/pipe_*.ours.jsonl) in the same order."""
import json
import os
import sys

out_path, work = sys.argv[1], sys.argv[2]
n_sent = n_doc = 0
with open(out_path, encoding="utf-8") as src, \
        open(os.path.join(work, "pipe_sentences.jsonl"), "w", encoding="utf-8") as sentences, \
        open(os.path.join(work, "pipe_sentences.ours.jsonl"), "w", encoding="utf-8") as sentence_scores, \
        open(os.path.join(work, "pipe_documents.jsonl"), "w", encoding="utf-8") as documents, \
        open(os.path.join(work, "pipe_documents.ours.jsonl"), "w", encoding="utf-8") as document_scores:
    for line in src:
        result = json.loads(line)
        outputs = result.get("outputs", {})
        if "tokens" not in outputs or "tone" not in outputs:
            sys.exit(f"{result.get('id')}: no tokens/tone output (errors: {result.get('errors')})")
        text = outputs["tokens"]["text"]
        tone = outputs["tone"]
        for s in tone["sentences"]:
            n_sent += 1
            sentences.write(json.dumps({"id": n_sent, "text": text[s["start"]:s["end"]]}, ensure_ascii=False) + "\n")
            sentence_scores.write(json.dumps({"id": n_sent, **{k: s[k] for k in ("neg", "neu", "pos", "compound")}}) + "\n")
        n_doc += 1
        documents.write(json.dumps({"id": n_doc, "text": text}, ensure_ascii=False) + "\n")
        document_scores.write(json.dumps({"id": n_doc, **tone["document"]}) + "\n")
print(f"{n_doc} documents, {n_sent} sentences", file=sys.stderr)

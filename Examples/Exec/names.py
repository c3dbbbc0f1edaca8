#!/usr/bin/env python3
"""An `exec` stage in Python: capitalized word runs (a crude name finder) per document.

The pipeline starts one of these per worker and talks to it in JSON lines: a first line
with the options (answer {"ok": true}), then one request per document (answer
{"output": ...} or {"error": {"message": ...}}). Offsets are code point offsets, so
text[start:end] is the span.
"""
import json
import sys

# Sentence-initial function words that are capitalized but are not names.
STOP = {"The", "A", "An", "But", "And", "In", "On", "At", "It", "He", "She", "They", "We", "I",
        "This", "That", "Mr", "Ms", "Mrs", "Dr", "If", "As", "For", "By", "Its", "Their", "His", "Her"}


def main():
    setup = json.loads(sys.stdin.readline())
    minimum = setup.get("options", {}).get("min_mentions", 1)
    if not isinstance(minimum, int) or minimum < 1:
        print(json.dumps({"error": {"message": "min_mentions must be a whole number of at least 1"}}), flush=True)
        return
    print(json.dumps({"ok": True}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        tokens = request["inputs"]["tokens"]
        text = tokens["text"]
        counts, run = {}, []
        for token in tokens["tokens"] + [None]:
            word = text[token["start"]:token["end"]] if token and token["kind"] == "word" else None
            if word and word[0].isupper() and (run or word not in STOP):
                run.append(word)
                continue
            if run:
                name = " ".join(run)
                counts[name] = counts.get(name, 0) + 1
                run = []
        names = [{"name": n, "mentions": c} for n, c in sorted(counts.items(), key=lambda x: (-x[1], x[0])) if c >= minimum]
        print(json.dumps({"output": {"names": names}}), flush=True)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Checks that no saved output of the stancekit notebooks carries corpus text.

Every run of five consecutive words (at least three of them words, not numbers) in a notebook's outputs is looked up in the corpora of ../shared/data
(VNTC train and test, stance-vi texts and evidence quotes); runs that also occur in the repository's own seeds/
are allowed (the seeds are the user's documents). Prints each hit as notebook, cell and the shared words, and
exits 1 when there is any. Standard library only.

Usage: notebooks/check-outputs.py [--data DIR] [NOTEBOOK ...]   (default: every notebooks/*.ipynb)
"""
import argparse
import gzip
import json
import pathlib
import re
import sys
import unicodedata

N = 5
ANSI = re.compile(r"\x1b\[[0-9;]*m")
WORD = re.compile(r"\w+")


def words(text):
    return WORD.findall(unicodedata.normalize("NFC", text).lower())


def grams(ws):
    """Runs of N words with at least three words that hold a letter (runs of numbers are not text)."""
    out = set()
    for i in range(len(ws) - N + 1):
        g = tuple(ws[i:i + N])
        if sum(any(ch.isalpha() for ch in w) for w in g) >= 3:
            out.add(g)
    return out


def output_text(output):
    if "text" in output:
        yield "".join(output["text"]) if isinstance(output["text"], list) else output["text"]
    for mime, value in output.get("data", {}).items():
        if mime.startswith("text/") or mime.endswith("json"):
            yield "".join(value) if isinstance(value, list) else json.dumps(value)
    if "traceback" in output:
        yield "\n".join(output["traceback"])


def corpus_texts(data):
    for name in ("vntc/train.jsonl.gz", "vntc/test.jsonl.gz", "stance-vi/annotated.jsonl"):
        path = data / name
        opener = gzip.open if name.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                yield record.get("text") or ""
                for key in ("title", "evidence"):
                    value = record.get(key)
                    if isinstance(value, str):
                        yield value
                    elif isinstance(value, list):
                        yield " ".join(str(v) for v in value)


def main():
    here = pathlib.Path(__file__).resolve().parent
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=pathlib.Path, default=here.parent.parent / "shared" / "data")
    ap.add_argument("notebooks", nargs="*", type=pathlib.Path)
    args = ap.parse_args()
    notebooks = args.notebooks or sorted(here.glob("*.ipynb"))
    if not (args.data / "vntc" / "train.jsonl.gz").exists():
        print(f"check-outputs: {args.data} has no corpora: nothing to check against", file=sys.stderr)
        return 0
    allowed = set()
    for seed in sorted((here.parent / "seeds").glob("*")):
        allowed |= grams(words(seed.read_text(encoding="utf-8", errors="replace")))
    where = {}
    for nb in notebooks:
        cells = json.loads(nb.read_text(encoding="utf-8"))["cells"]
        for i, cell in enumerate(cells):
            for output in cell.get("outputs", []):
                for text in output_text(output):
                    for g in grams(words(ANSI.sub("", text))) - allowed:
                        where.setdefault(g, set()).add(f"{nb.name} cell {i}")
    firsts = {g[0] for g in where}
    hits = {}
    docs = 0
    for text in corpus_texts(args.data):
        docs += 1
        ws = words(text)
        for i in range(len(ws) - N + 1):
            if ws[i] in firsts:
                g = tuple(ws[i:i + N])
                if g in where:
                    hits[g] = where[g]
    for g, places in sorted(hits.items()):
        print(f"corpus text in {', '.join(sorted(places))}: {' '.join(g)}")
    print(f"check-outputs: {len(where):,} five-word runs in the outputs of {len(notebooks)} notebooks, "
          f"checked against {docs:,} corpus texts: {len(hits)} found in the corpora", file=sys.stderr)
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())

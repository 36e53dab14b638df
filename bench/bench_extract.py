"""Extraction benchmark: read + clean every AEB page and write ``{"id", "body"}`` lines.

Usage (from the project root; needs ../shared):
    PYTHONPATH=src python bench/bench_extract.py OUT.jsonl [--raw]
    python3 ../shared/eval/score.py extract ../shared/gold/extraction/aeb/ground-truth.json OUT.jsonl

``--raw`` writes trafilatura's own text (no paragraph cleaning) to compare against.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from newsevents.clean import clean
from newsevents.clean.html import extract_html
from newsevents.read import read

AEB = Path(__file__).resolve().parents[1].parent / "shared" / "gold" / "extraction" / "aeb" / "html"


def bodies(*, raw: bool) -> iter:
    """(id, body) for every page: cleaned by us, or trafilatura's text as it comes."""
    for doc in read(str(AEB)):
        if raw:
            found = extract_html(doc.raw) if doc.raw else None
            yield doc.id, found.text if found else ""
        else:
            article = clean(doc).article
            yield doc.id, article.body if article else ""


def main(out: str, *, raw: bool = False) -> None:
    with open(out, "w", encoding="utf-8") as handle:
        for doc_id, body in bodies(raw=raw):
            handle.write(json.dumps({"id": doc_id, "body": body}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], raw="--raw" in sys.argv[2:])

"""Label a scraped page line by line for the clean stage's dev data (issue #10).

Why: tests/fixtures/clean/scraped_labelled.jsonl holds pages whose every non-empty
line was read and labelled by hand; this script only numbers the lines for reading and
turns the reader's labels into rows of that file. The labels themselves are the reader's.

Usage:
    python scripts/label_lines.py show fakenewscorpus_sample/fnc-700
    python scripts/label_lines.py add labels.txt   # appends the pages in labels.txt

labels.txt holds one page a block:
    page fakenewscorpus_sample/fnc-700 site=breitbart.com batch=s4
    1 h                 # headline
    2-3 byline          # a boilerplate kind (one from the README)
    4-20 c              # content
Every line of the page must be covered exactly once.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
LABELLED = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "clean" / "scraped_labelled.jsonl"
CORPORA = ("fakenewscorpus_sample", "horne2017_political")


def page_lines(page_id: str) -> list[str]:
    """The record's non-empty text lines, unstripped (the file's definition of a page)."""
    corpus, record_id = page_id.split("/", 1)
    with open(SHARED / "corpora" / corpus / "articles.jsonl", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] == record_id:
                return [text for text in record["text"].splitlines() if text.strip()]
    raise SystemExit(f"{page_id}: no such record")


def parse_blocks(path: Path) -> list[dict]:
    """Read the label blocks; stop with file:line and reason on anything malformed."""
    pages: list[dict] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        fields = line.split()
        if fields[0] == "page":
            options = dict(field.split("=", 1) for field in fields[2:])
            pages.append({"id": fields[1], "options": options, "spans": []})
            continue
        if not pages or len(fields) != 2:
            raise SystemExit(f"{path}:{number}: expected 'page ID site=...' or 'N[-M] LABEL'")
        first, _, last = fields[0].partition("-")
        pages[-1]["spans"].append((int(first), int(last or first), fields[1], number))
    return pages


def labelled_rows(block: dict, path: Path) -> dict:
    """One JSONL row for a block, every line labelled exactly once."""
    texts = page_lines(block["id"])
    labels: list[list[str] | None] = [None] * len(texts)
    for first, last, label, number in block["spans"]:
        for index in range(first - 1, last):
            if not 0 <= index < len(texts) or labels[index] is not None:
                raise SystemExit(f"{path}:{number}: line {index + 1} out of range or labelled twice")
            if label == "h":
                labels[index] = ["headline", "", texts[index]]
            elif label == "c":
                labels[index] = ["content", "", texts[index]]
            else:
                labels[index] = ["boilerplate", label, texts[index]]
    missing = [str(index + 1) for index, row in enumerate(labels) if row is None]
    if missing:
        raise SystemExit(f"{path}: {block['id']}: lines {', '.join(missing)} not labelled")
    corpus = block["id"].split("/", 1)[0]
    options = block["options"]
    return {"id": block["id"], "corpus": corpus, "site": options["site"], "split": "tune",
            "batch": options.get("batch", "s4"), "lines": labels}


def main(argv: list[str]) -> None:
    if len(argv) == 2 and argv[0] == "show":
        for number, text in enumerate(page_lines(argv[1]), 1):
            print(f"{number:3d} {text[:300]}")
        return
    if len(argv) == 2 and argv[0] == "add":
        path = Path(argv[1])
        existing = {json.loads(line)["id"] for line in LABELLED.open(encoding="utf-8") if line.strip()}
        rows = [labelled_rows(block, path) for block in parse_blocks(path)]
        new = [row for row in rows if row["id"] not in existing]
        with LABELLED.open("a", encoding="utf-8") as handle:
            for row in new:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"added {len(new)} pages ({len(rows) - len(new)} already there)")
        return
    raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])

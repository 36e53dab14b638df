"""How many English documents the language check would skip, and what it costs (issue #16).

Reads each corpus as ``newsevents run`` does (read, then clean), asks the same check
the pipeline asks (``newsevents.language.foreign_language`` on the article text) and
prints, per corpus: documents, documents called non-English (with the first few), and
the time of the check per document. Every corpus here is English, so every skip is a
wrong one.

    PYTHONPATH=src .venv/bin/python bench/bench_language.py --limit 2000
"""

from __future__ import annotations

import argparse
import itertools
import time
from pathlib import Path

from newsevents.clean import clean
from newsevents.language import foreign_language
from newsevents.read import read

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
CORPORA = ("corpora/bbc_news/articles.jsonl", "corpora/reuters21578/articles.jsonl", "corpora/polnear/articles.jsonl",
           "corpora/fakenewscorpus_sample/articles.jsonl", "corpora/horne2017_political/articles.jsonl",
           "seed/000_44652aec5ffde77d.txt")


def measure(path: Path, limit: int) -> tuple[int, list[str], float]:
    docs = [clean(doc) for doc in itertools.islice(read([str(path)]), limit)]
    texts = [(doc.id, doc.article.text) for doc in docs if doc.article and doc.article.text.strip()]
    foreign_language("warm the model up with a sentence that is long enough to be checked " * 3)
    started = time.perf_counter()
    found = [(doc_id, foreign_language(text)) for doc_id, text in texts]
    elapsed = time.perf_counter() - started
    return len(texts), [f"{doc_id} {result}" for doc_id, result in found if result], elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=2000, help="documents per corpus (default 2000)")
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args()
    total_docs = total_skipped = 0
    total_time = 0.0
    for name in CORPORA:
        count, skipped, elapsed = measure(args.shared / name, args.limit)
        total_docs, total_skipped, total_time = total_docs + count, total_skipped + len(skipped), total_time + elapsed
        print(f"{name}: {count} documents, {len(skipped)} called non-English, "
              f"{1000 * elapsed / max(count, 1):.3f} ms/doc")
        for line in skipped[:5]:
            print("   ", line)
    print(f"all: {total_docs} documents, {total_skipped} called non-English, "
          f"{1000 * total_time / max(total_docs, 1):.3f} ms/doc")


if __name__ == "__main__":
    main()

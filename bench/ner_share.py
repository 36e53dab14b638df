"""Measure: how much of the text a cheap NER gate could skip. Counts the tokens in sentences
(the parser's) with no capitalised word after the first and no digit, the test the brief for
#13 proposed for running NER only where needed, and how many of those still get entities
from the full pipeline (DATE "last week", CARDINAL "one", ORDINAL "first"...).

    PYTHONPATH=src python bench/ner_share.py [--limit 200]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import cleaned_paragraphs, corpus_mix  # noqa: E402


def plain(sentence) -> bool:
    """No capitalised word after the first, no digit."""
    return not any((t.text[:1].isupper() and t.i != sentence.start) or any(c.isdigit() for c in t.text)
                   for t in sentence)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=200)
    args = parser.parse_args()
    from newsevents.parse import load_model

    texts = [p for doc in cleaned_paragraphs(corpus_mix(args.limit)) for p in doc]
    total = gated = gated_with_entities = 0
    for doc in load_model().pipe(texts, batch_size=256):
        for sentence in doc.sents:
            total += len(sentence)
            if plain(sentence):
                gated += len(sentence)
                gated_with_entities += len(sentence) if sentence.ents else 0
    print(f"{total} tokens; in sentences the gate would skip: {gated / total:.1%}; "
          f"of which in sentences that have entities: {gated_with_entities / total:.1%} of all tokens")


if __name__ == "__main__":
    main()

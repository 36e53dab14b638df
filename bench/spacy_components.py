"""Measure: CPU seconds of each component of the spaCy model, run one after another over the
cleaned paragraphs of the bench mix (the tokenizer first), to see where spaCy's time goes.

    PYTHONPATH=src python bench/spacy_components.py [--limit 200]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import cleaned_paragraphs, corpus_mix  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=200)
    args = parser.parse_args()
    from newsevents.parse import load_model

    nlp = load_model()
    texts = [p for doc in cleaned_paragraphs(corpus_mix(args.limit)) for p in doc]
    started = time.process_time()
    docs = [nlp.make_doc(text) for text in texts]
    print(f"{len(docs)} paragraphs, {sum(map(len, docs))} tokens; CPU s: tokenizer {time.process_time() - started:.2f}")
    for name, component in nlp.pipeline:
        started = time.process_time()
        docs = list(component.pipe(docs, batch_size=256))
        print(f"  {name} {time.process_time() - started:.2f}")


if __name__ == "__main__":
    main()

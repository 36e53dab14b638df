"""Check: newsevents.tagrules gives every token the same annotations as the model's own
attribute ruler and lemmatizer, on the corpus mix of bench/throughput.py, and times both.

    PYTHONPATH=src python bench/check_tagrules.py [--limit 200]

Prints tokens compared, tokens that differ (POS, tag, morphology, lemma, dependency,
entity), and the CPU seconds of the two components against TagRules.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import cleaned_paragraphs, corpus_mix  # noqa: E402


def annotations(doc) -> list[tuple]:
    return [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=200)
    args = parser.parse_args()
    from newsevents.parse import load_model
    from newsevents.tagrules import COMPONENTS, TagRules

    nlp = load_model()
    rules = TagRules.build(nlp)
    if rules is None:
        raise SystemExit("TagRules cannot read this model's attribute ruler")
    texts = [p for doc in cleaned_paragraphs(corpus_mix(args.limit)) for p in doc]
    parsed = list(nlp.pipe(texts, batch_size=256, disable=list(COMPONENTS)))
    copies = [doc.copy() for doc in parsed]
    started = time.process_time()
    for doc in parsed:
        for name in COMPONENTS:
            nlp.get_pipe(name)(doc)
    theirs = time.process_time() - started
    started = time.process_time()
    for doc in copies:
        rules(doc)
    ours = time.process_time() - started
    tokens = differ = 0
    for left, right in zip(parsed, copies, strict=True):
        tokens += len(left)
        for a, b in zip(annotations(left), annotations(right), strict=True):
            if a != b:
                differ += 1
                if differ <= 10:
                    print("differs:", a, b)
    print(f"{len(texts)} paragraphs, {tokens} tokens, {differ} differ; CPU s: model's ruler + lemmatizer "
          f"{theirs:.2f}, TagRules {ours:.2f}")


if __name__ == "__main__":
    main()

"""Measure the NER gate (``newsevents.nergate``, issue #13): the share of the bench mix's tokens
it still gives to the model's NER, the paragraphs whose entities change, and the CPU of the
model's NER over every paragraph against the gate's (plan + NER on the runs), alternated.

    PYTHONPATH=src python bench/ner_gate.py [--limit 200] [--mode all|names|document] [--pairs 3]
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
    parser.add_argument("--mode", default="all", help="the gate's mode (newsevents.nergate.MODES)")
    parser.add_argument("--pairs", type=int, default=3)
    args = parser.parse_args()
    from newsevents.actors import load_lexicon
    from newsevents.nergate import NerGate, gated_ner
    from newsevents.parse import parsing_model

    nlp = parsing_model()
    gate = NerGate(load_lexicon(), mode=args.mode)
    documents = cleaned_paragraphs(corpus_mix(args.limit))
    texts = [p for doc in documents for p in doc]
    groups = [number for number, doc in enumerate(documents) for _ in doc]
    parsed = list(nlp.pipe(texts, batch_size=256, disable=["ner"]))
    ner = nlp.get_pipe("ner")
    runs = {"model": lambda docs: list(ner.pipe(docs, batch_size=256)),
            "gated": lambda docs: list(gated_ner(ner, docs, gate, groups=groups))}
    times: dict[str, list[float]] = {name: [] for name in runs}
    output: dict[str, list] = {}
    for _ in range(args.pairs):
        for name, run in runs.items():
            docs = [doc.copy() for doc in parsed]
            started = time.process_time()
            output[name] = run(docs)
            times[name].append(time.process_time() - started)
    with_model, with_gate = output["model"], output["gated"]
    model, gated = times["model"], times["gated"]
    tokens = sum(len(doc) for doc in parsed)
    seen: dict = {}
    given = sum(end - start for doc, group in zip(parsed, groups, strict=True)
                for start, end in gate.plan(doc, seen.setdefault(group, set()) if gate.remembers else None)[0])
    same = sum(1 for a, b in zip(with_model, with_gate, strict=True)
               if [(e.start, e.end, e.label_) for e in a.ents] == [(e.start, e.end, e.label_) for e in b.ents])
    print(f"{len(parsed)} paragraphs, {tokens:,} tokens; the gate gives the model's NER {given / tokens:.1%} "
          f"of the tokens; entities identical in {same} paragraphs ({same / len(parsed):.1%})")
    print(f"CPU s, model's NER everywhere: {' '.join(f'{t:.2f}' for t in model)} (min {min(model):.2f}); "
          f"gated: {' '.join(f'{t:.2f}' for t in gated)} (min {min(gated):.2f})")


if __name__ == "__main__":
    main()

"""Dev aid (issue #11): the tune half's missed and extra events of one kind, each with its
gold sentence and what we coded from that sentence, so misses can be grouped by cause.

Kinds are those of ``newsevents eval --kinds`` (``events/error_kinds.py``). Only the tune
half: the report half is measured once, by the lead, and its errors are not read.

    PYTHONPATH=src python bench/event_misses_pairs.py --kind pair        # no event for the pair
    PYTHONPATH=src python bench/event_misses_pairs.py --kind target      # wrong target / unknown target
    PYTHONPATH=src python bench/event_misses_pairs.py --kind source      # wrong/unknown source
    PYTHONPATH=src python bench/event_misses_pairs.py --kind extra       # extras (self, other, unknown)
    PYTHONPATH=src python bench/event_misses_pairs.py --kind pair --article ev005
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from newsevents.events.error_kinds import EXTRA_KINDS, MISS_KINDS, labelled
from newsevents.events.evaluate import align_untargeted, country, dyads, gold_inputs, label, read_gold, score_scheme
from newsevents.pipeline import Options, code_documents
from newsevents.record import to_record

GOLD = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "event_articles" / "gold.jsonl"
KINDS = {"pair": {MISS_KINDS[4]}, "target": {MISS_KINDS[0], MISS_KINDS[1]}, "source": {MISS_KINDS[2]},
         "another": {MISS_KINDS[3]}, "extra": set(EXTRA_KINDS)}


def key(event: dict, scheme: str) -> tuple:
    return country(event.get("source")), country(event.get("target")), label(event, scheme)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", choices=sorted(KINDS), default="pair")
    parser.add_argument("--article", default="", help="only articles whose id starts with this")
    args = parser.parse_args()
    items = [i for i in read_gold(GOLD, split="tune") if i["id"].startswith(args.article)]
    records = {r["id"]: r for r in map(to_record, code_documents(gold_inputs(items), options=Options()))}
    scheme = score_scheme(items)
    totals = Counter()
    for item in items:
        record = records.get(item["id"], {})
        coded = record.get("events", [])
        want = dyads(item.get("expected", []), scheme)
        got = align_untargeted(want, dyads(coded, scheme))
        for kind, dyad, extra in labelled(want, got):
            if kind not in KINDS[args.kind]:
                continue
            totals[kind] += 1
            if kind in EXTRA_KINDS:
                events = [e for e in coded if key(e, scheme) == dyad]
                sentence = events[0]["sentence"] if events else ""
            else:
                gold = next(e for e in item["expected"] if key(e, scheme) == dyad)
                sentence = gold["sentence"]
                events = [e for e in coded if e["sentence"][:60] in sentence or sentence[:60] in e["sentence"]]
            print(f"== {item['id']} [{kind}] {'->'.join(dyad[:2])} {dyad[2]}" + (f" (coded {extra})" if extra else ""))
            if kind not in EXTRA_KINDS:
                print(f"   gold: {gold['source']}({gold['source_text']}) -> {gold['target']}({gold['target_text']}) "
                      f"{gold['code']}")
            print(f"   {sentence}")
            for event in events:
                print(f"   ours: {event['source']}({event['source_text']}) -> "
                      f"{event['target']}({event['target_text']}) {event['code']} {event['modality']} "
                      f"[{event['trigger']}]")
    for kind, count in totals.most_common():
        print(f"{kind}\t{count}")


if __name__ == "__main__":
    main()

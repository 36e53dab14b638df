"""List the missed gold events of one kind on an event gold file, with what we coded nearby.

A development aid for issue #11: for each missed gold dyad of the chosen kind (by default
"another act between the same pair") it prints the article, the gold event (source, target,
code), its sentence, the events we coded from that sentence and the events we coded for the
same pair elsewhere in the story, and the words of the sentence that head a pattern. Read
only the tune half (the default); the report half is scored, never read.

    PYTHONPATH=src python bench/event_misses.py tests/fixtures/event_articles/gold.jsonl
    PYTHONPATH=src python bench/event_misses.py GOLD --kind "no event for the pair" --split tune
"""

from __future__ import annotations

import argparse
from collections import Counter

from newsevents.events.error_kinds import MISS_KINDS, labelled
from newsevents.events.evaluate import align_untargeted, country, dyads, gold_inputs, read_gold, score_scheme
from newsevents.pipeline import Options, code_documents
from newsevents.record import to_record


def missed_of_kind(want: Counter, got: Counter, kind: str) -> list[tuple]:
    """The missed gold dyads that error_kinds.classify sorts into ``kind``."""
    return [dyad for name, dyad, _extra in labelled(want, got) if name == kind and name in MISS_KINDS]


def from_sentence(events: list[dict], gold_event: dict) -> list[dict]:
    """Our events whose sentence is the gold event's sentence (or inside it)."""
    return [e for e in events if e.get("sentence") and e["sentence"].strip() in gold_event.get("sentence", "")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("--split", default="tune", choices=["tune"])
    parser.add_argument("--kind", default=MISS_KINDS[3], choices=MISS_KINDS)
    args = parser.parse_args()
    items = read_gold(args.gold, split=args.split)
    scheme = score_scheme(items)
    records = {r["id"]: r for r in map(to_record, code_documents(gold_inputs(items), options=Options()))}
    total = 0
    for item in items:
        events = records.get(item["id"], {}).get("events", [])
        want = dyads(item.get("expected", []), scheme)
        got = align_untargeted(want, dyads(events, scheme))
        for source, target, root in missed_of_kind(want, got, args.kind):
            total += 1
            gold = [e for e in item["expected"] if (country(e["source"]), country(e["target"]),
                                                    (e.get("code") or "")[:2]) == (source, target, root)]
            print(f"== {item['id']}  {source} -> {target} root {root}")
            unmatched = [e for e in gold if not any(
                (country(c["source"]), country(c["target"]), c["code"][:2]) == (source, target, root)
                for c in from_sentence(events, e))]
            for event in (unmatched or gold)[:1]:
                print(f"   gold {event['code']} {event['source']}->{event['target']} "
                      f"({event.get('source_text')} -> {event.get('target_text')})")
                print(f"   S: {event.get('sentence')}")
                for e in from_sentence(events, event):
                    print(f"   here: {e['code']} {e['source']}->{e['target']} [{e.get('trigger')}]")
            pair = [e for e in events if (country(e["source"]), country(e["target"])) == (source, target)]
            for e in pair:
                print(f"   pair: {e['code']} [{e.get('trigger')}] {e['sentence'][:110]}")
    print(f"{total} misses of kind {args.kind!r}")


if __name__ == "__main__":
    main()

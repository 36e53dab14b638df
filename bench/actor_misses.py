"""Dev aid (issue #11, actors): for the tune half's missed gold events, is each side's text resolved at all?

For every miss of the real-article gold's tune half (kinds of ``events/error_kinds.py``) it looks up the gold
``source_text`` and ``target_text`` in the coded record and says what the actors stage made of the words there:
``right`` (a mention over the text has the gold country), ``other`` (a mention with another country),
``none`` (no mention with a country covers it), ``absent`` (the gold gives no text, or it is not in the story).
It prints the share of "no event for the pair" misses where a side is not resolved, and with ``--list KIND``
the misses of that kind with what was coded, to be grouped by cause by hand. Only the tune half.

    PYTHONPATH=src python bench/actor_misses.py tests/fixtures/real_articles/gold.jsonl --corpora ../shared/corpora
    PYTHONPATH=src python bench/actor_misses.py GOLD --corpora ../shared/corpora --list source
"""

from __future__ import annotations

import argparse
from collections import Counter

from newsevents.events.error_kinds import MISS_KINDS, labelled
from newsevents.events.evaluate import align_untargeted, country, dyads, gold_inputs, read_gold, score_scheme
from newsevents.pipeline import Options, code_documents
from newsevents.record import to_record

LISTS = {"pair": MISS_KINDS[4], "target": MISS_KINDS[0], "unknown-target": MISS_KINDS[1], "source": MISS_KINDS[2]}


def side(record: dict, text: str | None, want: str) -> tuple[str, str]:
    """(verdict, what was coded) for the gold text ``text`` of country ``want`` in ``record``."""
    body = record.get("text") or ""
    start = body.find(text) if text else -1
    if start < 0:
        return "absent", ""
    end = start + len(text)
    over = [m for m in record.get("actors", []) if m["start"] < end and m["end"] > start and m.get("code")]
    codes = [m["code"] for m in over if not m["code"].startswith("---")]
    if not codes:
        return "none", ",".join(m["code"] for m in over)
    return ("right" if want in {country(c) for c in codes} else "other"), ",".join(codes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("--corpora", default=None)
    parser.add_argument("--list", choices=sorted(LISTS), default=None)
    args = parser.parse_args()
    items = read_gold(args.gold, split="tune", corpora=args.corpora)
    scheme = score_scheme(items)
    records = {r["id"]: r for r in map(to_record, code_documents(gold_inputs(items), options=Options()))}
    table: Counter = Counter()
    kinds: Counter = Counter()
    for item in items:
        record = records.get(item["id"], {})
        want = dyads(item.get("expected", []), scheme)
        for kind, dyad, extra in labelled(want, align_untargeted(want, dyads(record.get("events", []), scheme))):
            if kind not in MISS_KINDS:
                continue
            kinds[kind] += 1
            gold = next((e for e in item["expected"] if (country(e["source"]), country(e["target"]),
                                                         (e.get("code") or "")[:2]) == dyad), {})
            src = side(record, gold.get("source_text"), dyad[0])
            tgt = side(record, gold.get("target_text"), dyad[1])
            if kind == MISS_KINDS[4]:
                table[(src[0], tgt[0])] += 1
            if args.list and kind == LISTS[args.list]:
                print(f"{item['id']}\t{gold.get('source')}->{gold.get('target')} {gold.get('code')} | coded "
                      f"{extra}\n   src {gold.get('source_text')!r}: {src}   tgt {gold.get('target_text')!r}: {tgt}"
                      f"\n   {(gold.get('sentence') or '')[:250]}")
    print("| miss kind | n |\n| --- | --- |")
    for kind, n in kinds.most_common():
        print(f"| {kind} | {n} |")
    pairs = sum(table.values())
    print(f"\n'no event for the pair' ({pairs}) by what the actors stage made of each side's gold text:")
    print("| source | target | n |\n| --- | --- | --- |")
    for (s, t), n in table.most_common():
        print(f"| {s} | {t} | {n} |")
    unresolved = sum(n for (s, t), n in table.items() if "none" in (s, t))
    print(f"\none side's text not resolved to any country: {unresolved} of {pairs}")


if __name__ == "__main__":
    main()

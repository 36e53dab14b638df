"""Dev aid (issue #11, recall): the tune half's missed gold events of chosen CAMEO roots, grouped by how the
act is told in the gold sentence (a coarse reading by the sentence's words: a dyad joined by "and" or a list,
a verb of motion, a scheduled act, a quote in the first person, an act noun with its owner, a light verb and an
act noun, a headline; else "other"). Only the tune half; the groups are a first sort, to be read, not a score.

    PYTHONPATH=src python bench/miss_groups.py tests/fixtures/real_articles/gold.jsonl --corpora ../shared/corpora
    PYTHONPATH=src python bench/miss_groups.py GOLD --roots 02,03 --examples 5
"""

from __future__ import annotations

import argparse
import re
from collections import Counter

from newsevents.events.error_kinds import MISS_KINDS, labelled
from newsevents.events.evaluate import align_untargeted, country, dyads, gold_inputs, read_gold, score_scheme
from newsevents.pipeline import Options, code_documents
from newsevents.record import to_record

MOTION = r"\b(leav\w*|left|go|goes|going|went|gone|fl(y|ew|ies|ying)|travel\w*|arriv\w*|depart\w*|head\w*|tour\w*|" \
         r"trip|visit\w*|come|came)\b"
LIGHT = r"\b(held|hold\w*|made|make\w*|issued?|gave|give\w*|offer\w*|signed?|reached|struck|pa(id|y)|express\w*|" \
        r"extended|voiced|lent|lend)\b\s+(\w+\s+){0,3}(talks?|meetings?|visit|apology|support|offer|agreement|deal|" \
        r"pact|accord|call|appeal|pledge|promise|praise|backing|welcome|assurances?|help|aid|treaty|memorandum|" \
        r"condolences|congratulations|thanks)"
DUE = r"\b(is|are|was|were) (due|expected|scheduled|set) (in|to)\b|\bnext (week|month)\b"
NOUN = r"(\w+'s?|\bbetween\b.*\band\b)\s*(\w+\s+){0,2}(talks|meeting|summit|visit|offer|agreement|deal|pact|" \
       r"cooperation|co-operation|collaboration|support|backing|ties|relations|call|appeal|request|promise|pledge|treaty)"


def joined(sentence: str, source: str, target: str) -> bool:
    """The two parties' last words stand close, with only a comma, "and" or "with" between them."""
    if not source or not target:
        return False
    first, second = sentence.find(source.split()[-1]), sentence.find(target.split()[-1])
    if first < 0 or second < 0 or first == second:
        return False
    low, high = sorted([first, second])
    between = sentence[low:high]
    return len(between) < 80 and bool(re.search(r",| and | with ", between)) \
        and not re.search(r"\b(said|told|by|to|from)\b", between)


def group(event: dict) -> str:
    """How the missed act is told, by the first test its sentence passes."""
    sentence = event.get("sentence") or ""
    source, target = event.get("source_text") or "", event.get("target_text") or ""
    if sentence == sentence.title() or len(sentence.split()) < 12 and not sentence.endswith("."):
        return "headline telegraphese"
    if re.search(r"[\"“”]", sentence) and (re.search(r"\b(we|I|our)\b", source) or re.search(r"\b(we|us|I)\b", target)):
        return "act told in a quote (speaker's 'we'/'I')"
    if joined(sentence, source, target):
        return "a dyad joined by 'and' or a list (joint act)"
    if re.search(MOTION, sentence, re.I) and (event.get("code") or "").startswith("04"):
        return "motion verb / visit / trip"
    if re.search(DUE, sentence, re.I):
        return "scheduled act ('is due in', 'next week')"
    if re.search(LIGHT, sentence, re.I):
        return "light verb + act noun"
    if re.search(NOUN, sentence, re.I):
        return "act noun with possessor or 'between'"
    return "other: the act in words no pattern holds (verb or paraphrase missing)"


def tune_misses(gold_path: str, corpora: str | None, roots: set[str], kinds: tuple = MISS_KINDS):
    """(gold record, its coded events, missed dyad, the gold event behind it) for each tune-half miss of ``roots``."""
    for item, record, dyad, gold in tune_miss_records(gold_path, corpora, roots, kinds):
        yield item, record.get("events", []), dyad, gold


def tune_miss_records(gold_path: str, corpora: str | None, roots: set[str], kinds: tuple = MISS_KINDS):
    """As ``tune_misses``, with our whole record (actors, quotes, headline) in place of its events."""
    items = read_gold(gold_path, split="tune", corpora=corpora)
    scheme = score_scheme(items)
    records = {r["id"]: r for r in map(to_record, code_documents(gold_inputs(items), options=Options()))}
    for item in items:
        record = records.get(item["id"], {})
        coded = record.get("events", [])
        want = dyads(item.get("expected", []), scheme)
        left = list(item.get("expected", []))
        for kind, dyad, _extra in labelled(want, align_untargeted(want, dyads(coded, scheme))):
            if kind in kinds and dyad[2] in roots:
                yield item, record, dyad, unmatched(left, coded, dyad)


def unmatched(left: list[dict], coded: list[dict], dyad: tuple) -> dict:
    """The gold event of ``dyad`` a miss stands for, taken from ``left``: when the gold has the act more than
    once, one whose sentence has no coded event of that dyad (the missed copy, not the first)."""
    def of(event: dict) -> tuple:
        return country(event["source"]), country(event["target"]), (event.get("code") or "")[:2]
    mine = [e for e in left if of(e) == dyad]
    done = {e["sentence"][:60] for e in coded if of(e) == dyad}
    gold = next((e for e in mine if (e.get("sentence") or "")[:60] not in done), mine[0] if mine else {})
    if gold:
        left.remove(gold)
    return gold


def miss_arguments(doc: str, roots: str, shown: str = "group") -> argparse.Namespace:
    """The command line the miss scripts share: a gold file, --corpora, --roots (comma-separated), --examples."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("--corpora", default=None)
    parser.add_argument("--roots", default=roots, help="CAMEO roots, comma-separated")
    parser.add_argument("--examples", type=int, default=0, help=f"sentences shown per {shown}")
    parser.add_argument("--kind", choices=("all", "another"), default="all",
                        help="all misses, or only 'another act between the same pair' (error_kinds)")
    args = parser.parse_args()
    args.kinds = MISS_KINDS if args.kind == "all" else (MISS_KINDS[3],)
    return args


def print_examples(examples: dict, names, shown: int) -> None:
    """Each name's first ``shown`` example lines under a "## name" heading (a tuple name joined by " / ")."""
    for name in names if shown else ():
        print(f"## {' / '.join(name) if isinstance(name, tuple) else name}")
        for line in examples[name][:shown]:
            print(f"    {line}")


def main() -> None:
    args = miss_arguments(__doc__, "02,03,04,05")
    roots = set(args.roots.split(","))
    counts: Counter = Counter()
    examples: dict[str, list[str]] = {}
    for _item, _coded, _dyad, gold in tune_misses(args.gold, args.corpora, roots, args.kinds):
        name = group(gold)
        counts[name] += 1
        examples.setdefault(name, []).append((gold.get("sentence") or "")[:110])
    print(f"| how the act is told | misses (roots {args.roots}: {sum(counts.values())}) |\n| --- | --- |")
    for name, count in counts.most_common():
        print(f"| {name} | {count} |")
    print_examples(examples, examples, args.examples)


if __name__ == "__main__":
    main()

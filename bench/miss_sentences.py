"""Dev aid (issue #11, recall): where the tune half's missed acts of chosen CAMEO roots stand — in a
sentence where we already code an event for the same pair (of the same root: the gold counts the act again; of
another root: a further act beside one we code), in a sentence where we code only other pairs, or in a sentence
we code nothing from — and, within each, how the act is told,
read from the sentence's parse (a verb conjoined with the coded trigger, an xcomp or purpose clause on it)
and its words (intent "ready to / would / plans to", "called on / urged", a light verb and an act noun, an
act noun). A sentence we code nothing from is sorted by where it stands and how it names the pair: the
headline, inside a quote, a party not named there by a name our actor stage knows (a pronoun, a title, a role),
or both parties known there (the act's words are not coded). ``--kind another`` keeps only the misses of a
pair we code another act for. Only the tune half; the groups are a first sort to read, not a score.

    PYTHONPATH=src python bench/miss_sentences.py tests/fixtures/real_articles/gold.jsonl --corpora ../shared/corpora
    PYTHONPATH=src python bench/miss_sentences.py GOLD --roots 03 --examples 8
    PYTHONPATH=src python bench/miss_sentences.py GOLD --kind another --roots 01,02,...,20
"""

from __future__ import annotations

import re
from collections import Counter

from miss_groups import LIGHT, NOUN, miss_arguments, print_examples, tune_miss_records

from newsevents.events.evaluate import country
from newsevents.parse import load_model

INTENT = r"\b(ready|willing|prepared|would|will|plans?|planned|intends?|offer\w*|promis\w*|pledg\w*|vow\w*|" \
         r"agree\w*|expects?|hopes?|wants?|seeks?)\b"
APPEAL = r"\b(call\w* (on|for)|urg\w*|appeal\w*|ask\w*|press\w*|demand\w*|request\w*)\b"
VERB = {"VERB", "AUX"}


def same(a: str, b: str) -> bool:
    return a[:60] in b or b[:60] in a


def ours_there(coded: list[dict], sentence: str, dyad: tuple) -> tuple[list[dict], list[dict]]:
    """Our events in the gold event's sentence, and those of them between its pair (either way round)."""
    here = [e for e in coded if same(e["sentence"], sentence)]
    return here, [e for e in here if (country(e["source"]), country(e["target"])) in {dyad[:2], dyad[1::-1]}]


def coded_label(events: list[dict]) -> str:
    """Our events as "SRC>TGT:code:trigger", sorted and comma-joined, for the example lines."""
    return ",".join(sorted({f"{e['source']}>{e['target']}:{e['code']}:{e['trigger']}" for e in events}))


def unplaced(record: dict, sentence: str, gold: dict) -> str:
    """Where a sentence we code nothing from stands (headline, a direct quote, reported speech, narration) and
    whether both parties are named there by a name our actor stage knows (else a pronoun, title or role)."""
    text = record.get("text") or ""
    start = text.find(sentence[:60])
    end = start + len(sentence)
    kinds = {q["kind"] for q in record.get("quotes", []) if start >= 0 and q["start"] < end and start < q["end"]}
    place = "headline" if start >= 0 and start < len(record.get("headline") or "") else \
        "direct quote" if re.search(r"[\"“”]", sentence) or kinds - {"indirect"} else \
        "reported speech" if kinds else "narration"
    known = {country(a["code"]) for a in record.get("actors", []) if start <= a["start"] < end}
    named = country(gold.get("source")) in known and country(gold.get("target")) in known
    return f"{place}, " + ("both parties named" if named else "a party unnamed (pronoun, title, role)")


def beside(item: dict, sentence: str, pair: list[dict]) -> str:
    """Whether the gold also has our act for the pair in that sentence (so the missed one is a second act
    lost beside it) or not (ours has the wrong code: one act, not two)."""
    gold = {(country(e["source"]), country(e["target"]), (e.get("code") or "")[:2])
            for e in item.get("expected", []) if same(e.get("sentence") or "", sentence)}
    ours = {(country(e["source"]), country(e["target"]), e["root"]) for e in pair}
    return "gold has ours too (a second act lost)" if gold & ours else "gold has not ours (our code wrong)"


def construction(nlp, gold: dict, triggers: list[str]) -> str:
    """The first construction the gold sentence shows, read from its parse, then from its words."""
    sentence, root = gold.get("sentence") or "", (gold.get("code") or "")[:2]
    doc = nlp(sentence)
    heads = [t for t in doc if t.text in triggers]
    for trigger in heads:
        verb = trigger if trigger.pos_ in VERB else trigger.head
        linked = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        linked += [verb.head] if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else []
        if linked:
            return "conjoined verb beside the coded trigger"
        clauses = [c for c in verb.children if c.dep_ in ("xcomp", "advcl", "ccomp") and c.pos_ == "VERB"]
        clauses += [verb.head] if verb.dep_ in ("xcomp", "advcl") else []
        if clauses:
            return "xcomp / purpose / complement clause on the coded trigger"
    if root == "03" and re.search(INTENT, sentence, re.I):
        return "intent ('ready to', 'would', 'plans to', 'offered to')"
    if root == "02" and re.search(APPEAL, sentence, re.I):
        return "appeal verb ('called on', 'urged', 'asked')"
    if re.search(LIGHT, sentence, re.I):
        return "light verb + act noun"
    if re.search(NOUN, sentence, re.I):
        return "act noun (possessor / 'between')"
    return "other"


def main() -> None:
    args = miss_arguments(__doc__, "01,02,03,04,05,06,07,08,09,10,11,12,13,14,15,16,17,18,19,20")
    roots = set(args.roots.split(","))
    nlp = load_model()
    counts: Counter = Counter()
    examples: dict[tuple, list[str]] = {}
    for item, record, dyad, gold in tune_miss_records(args.gold, args.corpora, roots, args.kinds):
        coded, sentence = record.get("events", []), gold.get("sentence") or ""
        here, pair = ours_there(coded, sentence, dyad)
        again = [e for e in pair if e["root"] == dyad[2]]
        where = "same sentence, pair coded, same root (gold counts it again)" if again else \
            f"same sentence, pair coded, another root: {beside(item, sentence, pair)}" if pair else \
            "same sentence, other pair" if here else f"no event in the sentence: {unplaced(record, sentence, gold)}"
        name = (where, construction(nlp, gold, [e.get("trigger") or "" for e in pair or here]))
        counts[name] += 1
        codes = coded_label(pair or here)
        examples.setdefault(name, []).append(f"{item['id'][:18]} gold {gold.get('code')} "
                                             f"{gold.get('source')}->{gold.get('target')} [coded {codes}] "
                                             f"{sentence[:200]}")
    total = sum(counts.values())
    print(f"| where | how the act is told | misses (roots {args.roots}: {total}) |\n| --- | --- | --- |")
    for (where, how), count in sorted(counts.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"| {where} | {how} | {count} |")
    print_examples(examples, sorted(examples), args.examples)


if __name__ == "__main__":
    main()

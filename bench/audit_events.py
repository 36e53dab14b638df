"""Audit of the event coder on real news: precision from judged events (issue #11).

The corpora (``../shared/corpora``: reuters21578, bbc_news, polnear) are split into two
halves by a hash of each record's id (sha1, even last byte: AUDIT-TUNE; odd: AUDIT-REPORT).
Fixes are read off the tune half only. A fixed sample of each half is drawn with a seeded
shuffle (seed 11), the first N records of each corpus in that order.

    # write the sample (records as JSONL, outside the repo: the corpora are not ours)
    PYTHONPATH=src python bench/audit_events.py sample --half tune --take reuters21578=250 \
        --take bbc_news=150 > /tmp/audit_tune.jsonl
    newsevents code /tmp/audit_tune.jsonl --format jsonl > /tmp/coded_tune.jsonl
    # print the events of the coder's output, with their sentences, for judging
    PYTHONPATH=src python bench/audit_events.py show /tmp/coded_tune.jsonl
    # precision against the judgements (bench/audit/events_audit_tune.tsv)
    PYTHONPATH=src python bench/audit_events.py score bench/audit/events_audit_tune.tsv /tmp/coded_tune.jsonl

A judgement row: record id, sentence start, trigger, source, code, target, verdict (right
or wrong), cause (why wrong, from CAUSES), note. An event of the output is matched to a
judgement by (record id, sentence start, trigger, source, code, target); one the audit has
not judged is listed so that it can be judged, not counted. Negated events are left out,
as the referee leaves them out.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections import Counter
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora"
CORPORA = ("reuters21578", "bbc_news", "polnear")
SEED = 11
CAUSES = {
    "actor-country": "the source or target is given the wrong country",
    "not-source": "the verb's subject (or doer) is not the actor coded as source",
    "wrong-target": "the target is not the party the act is aimed at",
    "own-country": "a state acting on itself where the act is aimed elsewhere or nowhere",
    "sense": "another sense of the verb or noun (business, sports, everyday)",
    "not-act": "a statement, report or description, no act between the parties",
    "speculation": "a hypothetical, quoted speculation or question coded as an act",
    "negation": "the act is negated or did not happen",
    "content": "what was asked for, proposed or advocated, coded as an act that happened",
    "wrong-code": "the parties are right but the act is another root",
    "not-political": "the actors are not political actors of a state (companies, teams, people)",
}
FIELDS = ("id", "sentence_start", "trigger", "source", "code", "target", "verdict", "cause", "note")


def half_of(record_id: str) -> str:
    """AUDIT-TUNE or AUDIT-REPORT, fixed by the id alone."""
    return "tune" if hashlib.sha1(record_id.encode("utf-8")).digest()[-1] % 2 == 0 else "report"


def sample(half: str, per_corpus: dict[str, int], skip: int = 0):
    """The first ``per_corpus[name]`` records (after ``skip``) of each corpus's half, in seeded order."""
    for name in CORPORA:
        path = SHARED / name / "articles.jsonl"
        with path.open(encoding="utf-8") as lines:
            records = [json.loads(line) for line in lines if line.strip()]
        records = [r for r in records if half_of(r["id"]) == half]
        records.sort(key=lambda r: r["id"])
        random.Random(SEED).shuffle(records)
        yield from records[skip:skip + per_corpus.get(name, 0)]


def coded_events(path: str):
    """(record, event) for every event in the coder's JSONL output, negated ones left out."""
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            for event in record.get("events") or []:
                if event.get("modality") != "negated":
                    yield record, event


def key_of(record_id: str, event: dict) -> tuple[str, ...]:
    return (record_id, str(event["start"]), event.get("trigger") or "", event["source"], event["code"],
            event["target"])


def record_id(record: dict) -> str:
    return record.get("id") or (record.get("document") or {}).get("id") or ""


def show(path: str) -> None:
    for record, event in coded_events(path):
        rid = record_id(record)
        print("\t".join(key_of(rid, event)) + f"\t{event['modality']}\t{event.get('source_text')}"
              f" -> {event.get('target_text')}\t{event['sentence']!r}")


def load_judgements(path: str) -> dict[tuple[str, ...], dict]:
    """The judgement file, checked: a bad row names its line and the reason."""
    judged = {}
    with open(path, encoding="utf-8") as rows:
        for number, line in enumerate(rows, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            row = dict(zip(FIELDS, line.rstrip("\n").split("\t"), strict=False))
            if row.get("id") == "id":
                continue
            if row.get("verdict") not in ("right", "wrong"):
                raise SystemExit(f"{path}:{number}: verdict must be right or wrong, not {row.get('verdict')!r}")
            if row["verdict"] == "wrong" and row.get("cause") not in CAUSES:
                raise SystemExit(f"{path}:{number}: cause {row.get('cause')!r} is not one of {sorted(CAUSES)}")
            judged[tuple(row[f] for f in FIELDS[:6])] = row
    return judged


def score(judgements: str, coded: str) -> None:
    judged = load_judgements(judgements)
    verdicts, causes, unjudged = Counter(), Counter(), []
    for record, event in coded_events(coded):
        row = judged.get(key_of(record_id(record), event))
        if row is None:
            unjudged.append(key_of(record_id(record), event))
            continue
        verdicts[row["verdict"]] += 1
        if row["verdict"] == "wrong":
            causes[row["cause"]] += 1
    total = verdicts["right"] + verdicts["wrong"]
    precision = verdicts["right"] / total if total else 0.0
    print(f"judged events in the output: {total}  right {verdicts['right']}  wrong {verdicts['wrong']}  "
          f"precision {precision:.3f}")
    gone = Counter(r["verdict"] for k, r in judged.items()
                   if k not in {key_of(record_id(rec), ev) for rec, ev in coded_events(coded)})
    print(f"judged events no longer coded: right {gone['right']}  wrong {gone['wrong']}")
    for cause, count in causes.most_common():
        print(f"  {count:4d}  {cause}: {CAUSES[cause]}")
    if unjudged:
        print(f"unjudged events ({len(unjudged)}), not counted:")
        for key in unjudged:
            print("  " + "\t".join(key))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    sampled = commands.add_parser("sample", help="write the seeded sample of one half as JSONL")
    sampled.add_argument("--half", choices=("tune", "report"), required=True)
    sampled.add_argument("--take", action="append", default=[], metavar="CORPUS=N",
                         help="records of one corpus (default: 20 of each)")
    sampled.add_argument("--skip", type=int, default=0, help="start after this many records of each corpus")
    shown = commands.add_parser("show", help="print coded events with their sentences, for judging")
    shown.add_argument("coded")
    scored = commands.add_parser("score", help="precision of the coded events against the judgements")
    scored.add_argument("judgements")
    scored.add_argument("coded")
    args = parser.parse_args()
    if args.command == "sample":
        if not SHARED.exists():
            raise SystemExit(f"no corpora at {SHARED} (needs ../shared)")
        counts = {name: 20 for name in CORPORA}
        counts.update((name, int(n)) for name, n in (t.split("=", 1) for t in args.take))
        for record in sample(args.half, counts, args.skip):
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif args.command == "show":
        show(args.coded)
    else:
        score(args.judgements, args.coded)


if __name__ == "__main__":
    main()

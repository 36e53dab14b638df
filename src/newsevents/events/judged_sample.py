"""Precision on a hand-judged sample: each event the coder wrote on articles nobody tuned on, judged right
or wrong (and how) by a reader who followed docs/events.md. Gold files measure what is found and missed;
a judged sample measures what is written, which on unseen text is where the coder errs (issue #11).

A judgement names its event by article, source, target, code and modality (the tab-separated file in
``tests/fixtures/judged_events``); an event the coder writes later that no judgement names is counted
apart, to be judged."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

Key = tuple[str, str, str, str, str]  # article id, source, target, code, modality


@dataclass
class JudgedScore:
    right: int = 0
    wrong: Counter = field(default_factory=Counter)  # by verdict: not-event, wrong-target, wrong-source, ...
    unjudged: list[tuple[Key, str]] = field(default_factory=list)  # with the event's sentence

    @property
    def precision(self) -> float:
        judged = self.right + sum(self.wrong.values())
        return self.right / judged if judged else 0.0


def read_judgements(path: str | Path) -> dict[Key, list[str]]:
    """The verdicts by event key ("right", "wrong-target", ...), in the file's order (an article may
    hold the same dyad twice)."""
    found: dict[Key, list[str]] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), 2):
            if not row.get("event") or not row.get("verdict"):
                raise ValueError(f"{path}:{number}: a judgement needs an event id and a verdict")
            key = (row["event"].split("#")[0], row["source"], row["target"] or "---", row["code"], row["modality"])
            found.setdefault(key, []).append(row["verdict"].split("(")[0])
    return found


def score_judged(records: Iterable[dict], judgements: dict[Key, list[str]]) -> JudgedScore:
    """Right and wrong events of ``records`` (coded output, by the record format) by the judgements; negated
    events are not counted (they say nothing happened), events no judgement names are listed apart."""
    score = JudgedScore()
    for record in records:
        seen: Counter = Counter()
        for event in record.get("events", []):
            if event.get("modality") == "negated":
                continue
            key = (record["id"], event["source"], event.get("target") or "---", event["code"], event["modality"])
            verdicts = judgements.get(key, [])
            if not verdicts:
                score.unjudged.append((key, event.get("sentence") or ""))
                continue
            verdict = verdicts[min(seen[key], len(verdicts) - 1)]
            seen[key] += 1
            if verdict == "right":
                score.right += 1
            else:
                score.wrong[verdict] += 1
    return score

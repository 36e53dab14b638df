"""Scoring coded events against a gold file, for users with their own gold.

Gold is JSONL with ``id``, ``text`` (and optionally ``title``, ``date``) and
``expected``: a list of ``{"source", "target", "code"}`` or ``{..., "plover"}``.
Dyads are compared on (source country, target country, CAMEO root) — or PLOVER
category when the gold has no codes; a gold dyad without a target matches any
target; negated events are not counted as having happened.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from newsevents.dates import normalise_date
from newsevents.model import Document

# Earlier PLOVER names still found in gold files -> current categories.
PLOVER_RENAMED = {"DEMAND": "REQUEST", "FIGHT": "ASSAULT", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE"}


@dataclass
class EventScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    scheme: str = "cameo-root"
    confusion: Counter = field(default_factory=Counter)  # (gold label, predicted label) on one dyad

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def country(code: str | None) -> str:
    return (code or "---")[:3].upper() or "---"


def label(event: dict, scheme: str) -> str:
    if scheme == "plover":
        value = event.get("plover") or ""
        return PLOVER_RENAMED.get(value, value)
    return event.get("root") or (event.get("code") or "")[:2]


def dyads(events: Iterable[dict], scheme: str) -> Counter:
    return Counter(
        (country(e.get("source")), country(e.get("target")), label(e, scheme))
        for e in events if e.get("modality") != "negated"
    )


def read_gold(path: str | Path, split: str | None = None, corpora: str | Path | None = None) -> list[dict]:
    """Gold records; a record without ``text`` takes it from ``<id>.txt`` beside the gold file,
    or, if it names a ``corpus``, from that corpus's ``articles.jsonl`` under ``corpora``.

    Article gold (tests/fixtures/event_articles) keeps each page in its own file, so the
    text is read as users bring it; gold on real corpora (tests/fixtures/real_articles) keeps
    only ids, the text staying with the corpus. ``split`` keeps only records of that split.
    """
    path = Path(path)
    items = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not JSON ({error.msg})") from None
            if split is not None and item.get("split") != split:
                continue
            if "text" not in item and item.get("corpus"):
                article = corpus_article(Path(corpora) if corpora else corpora_beside(path), item["corpus"], item["id"])
                if article is None:
                    raise ValueError(f"{path}:{number}: {item['id']} not found in corpus {item['corpus']!r}"
                                     f" under {corpora or corpora_beside(path)}")
                item["text"], item["title"] = article.get("text") or "", article.get("title")
                item["record"] = {k: article[k] for k in ("dateline", "source", "url") if article.get(k)}
            elif "text" not in item:
                page = path.parent / f"{item.get('id')}.txt"
                if not page.is_file():
                    raise ValueError(f"{path}:{number}: no text and no page {page.name} beside the gold file")
                item["text"] = page.read_text(encoding="utf-8")
                item["page"] = page.name
            items.append(item)
    return items


def corpora_beside(path: Path) -> Path:
    """The ``shared/corpora`` folder of the nearest parent that has one (the project's shared data)."""
    for parent in path.resolve().parents:
        if (parent / "shared" / "corpora").is_dir():
            return parent / "shared" / "corpora"
    return path.resolve().parent / "corpora"


@lru_cache(maxsize=8)
def corpus_index(folder: Path, corpus: str) -> dict[str, dict]:
    articles = folder / corpus / "articles.jsonl"
    if not articles.is_file():
        return {}
    with open(articles, encoding="utf-8") as handle:
        return {record["id"]: record for record in map(json.loads, handle) if record.get("id")}


def corpus_article(folder: Path, corpus: str, article_id: str) -> dict | None:
    return corpus_index(folder, corpus).get(article_id)


def gold_inputs(items: Iterable[dict]) -> Iterator[Document | dict]:
    """What to code for each gold record.

    A page read from its file is coded as ``newsevents code page.txt`` codes it (headline
    on line 1, chrome and dateline found); a record's own text is coded as a record.
    """
    for item in items:
        if item.get("page"):
            yield Document(id=item["id"], raw=item["text"], format="text", date=normalise_date(item.get("date")))
        else:
            yield {**item.get("record", {}),  # a corpus record's dateline and source, as `newsevents code` reads them
                   "id": item["id"], "text": item["text"], "title": item.get("title"), "date": item.get("date")}


def score_scheme(gold: list[dict]) -> str:
    """PLOVER categories when no gold event has a CAMEO code, else CAMEO roots."""
    return "plover" if all(e.get("code") is None for g in gold for e in g.get("expected", [])) else "cameo-root"


def score_events(gold: list[dict], records: dict[str, dict]) -> EventScore:
    """Micro P/R/F1 of coded ``records`` (by id) against ``gold``."""
    scheme = score_scheme(gold)
    score = EventScore(scheme=scheme)
    for item in gold:
        if item.get("active") is False or item.get("expected_error"):
            continue
        want = dyads(item.get("expected", []), scheme)
        got = align_untargeted(want, dyads(records.get(item["id"], {}).get("events", []), scheme))
        hits = want & got
        score.tp += sum(hits.values())
        score.fp += sum(got.values()) - sum(hits.values())
        score.fn += sum(want.values()) - sum(hits.values())
        confuse(score, want - hits, got - hits)
    return score


def align_untargeted(want: Counter, got: Counter) -> Counter:
    """``got`` with coded dyads that a gold dyad without a target matches moved onto it."""
    for (source, target, kind), count in list(want.items()):
        if target != "---":
            continue
        for key in [k for k in got if k[0] == source and k[2] == kind and k not in want]:
            moved = min(count, got[key])
            got[key] -= moved
            got[(source, target, kind)] += moved
            count -= moved
    return got


def confuse(score: EventScore, missed: Counter, extra: Counter) -> None:
    """Record what a missed gold dyad was coded as, when the same dyad was predicted."""
    for (source, target, kind), count in missed.items():
        others = [k for k in extra if k[0] == source and k[1] == target]
        if others:
            score.confusion[(kind, others[0][2])] += count
        else:
            score.confusion[(kind, "(none)")] += count
    for (source, target, kind), count in extra.items():
        if not any(k[0] == source and k[1] == target for k in missed):
            score.confusion[("(none)", kind)] += count

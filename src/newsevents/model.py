"""The one data model every stage reads and extends.

A `Document` travels read -> clean -> parse -> actors -> quotes -> events; each stage
returns a new `Document` (``dataclasses.replace``) with its own fields filled in.
All character offsets index ``Article.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Removed:
    """A boilerplate line taken out of the article, with the reason it went."""

    text: str
    reason: str


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of ``Article.text`` and where it starts; ``part`` says which."""

    start: int
    text: str
    part: str  # "headline" | "standfirst" | "body"


@dataclass(frozen=True)
class Article:
    """The cleaned article: its parts, and ``text`` (headline, standfirst, body)."""

    headline: str | None
    standfirst: str | None
    body: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    wire: str | None = None
    publisher: str | None = None
    dateline: str | None = None
    removed: tuple[Removed, ...] = ()


@dataclass(frozen=True)
class Mention:
    """A stretch of text that names an actor, and the actor it names."""

    text: str
    start: int
    end: int
    code: str | None  # CAMEO-style: country (3) + sector (3) + more, or "---XXX"
    kind: str  # country | capital | city | demonym | seat | organisation | person | role | pronoun | device | authority
    name: str | None = None  # the person or organisation's canonical name
    country: str | None = None
    sector: str | None = None
    role: str | None = None  # the role words in the mention ("spokesman")
    refers_to: int | None = None  # index of the mention this one corefers with
    plover_sector: str | None = None  # PLOVER's sector (one of 25: GOV, MIL, PTY, JRN, UAF, ...)


@dataclass(frozen=True)
class Quote:
    """A quotation (direct, partial or indirect) and who said it."""

    id: str
    text: str
    kind: str  # direct | partial | indirect
    start: int
    end: int
    speaker: str | None = None
    speaker_code: str | None = None
    speaker_mention: Mention | None = None
    cue: str | None = None


@dataclass(frozen=True)
class Location:
    """Where an event happened, and the words in ``text`` that say so (``start``/``end``; ``None``
    when the place comes from the dateline, which is not part of ``text``)."""

    name: str
    country: str  # ISO 3166-1 alpha-3
    precision: str  # city | admin1 | country
    source: str  # sentence | dateline | story
    admin1: str | None = None  # ISO alpha-2 + "-" + first-level subdivision code ("US-TX", "FR-11")
    lat: float | None = None
    lon: float | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Event:
    """Who did what to whom, with the CAMEO code and the evidence."""

    id: str
    code: str
    source: str
    target: str
    source_text: str | None
    target_text: str | None
    sentence: str
    start: int
    end: int
    modality: str = "asserted"
    quote_id: str | None = None
    date: str | None = None
    date_precision: str | None = None
    trigger: str | None = None
    plover: str | None = None  # PLOVER category when PLOVER's mode differs from the code's ("resign": RETREAT)
    location: Location | None = None  # added by the places stage
    source_sector: str | None = None  # PLOVER sector of the source, when the coder knows it (else from the code)
    target_sector: str | None = None


@dataclass(frozen=True)
class Document:
    """A document as it moves through the pipeline."""

    id: str
    raw: str
    format: str = "text"  # text | html | record
    title: str | None = None  # given by a JSONL/CSV record
    date: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str | None = None  # file (and line) the document came from
    article: Article | None = None
    parsed: tuple[Any, ...] = ()  # spaCy Docs, one per paragraph of article.text
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    warnings: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False)
    skipped: str | None = None  # why it was not coded ('too-large', 'not-english (fr, p=0.99)'); docs/run.md

    def warn(self, message: str) -> Document:
        """Return this document with one more warning."""
        from dataclasses import replace

        return replace(self, warnings=(*self.warnings, message))

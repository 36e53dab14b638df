"""The output record of DESIGN.md: a `Document` as plain JSON-ready data."""

from __future__ import annotations

from typing import Any

from newsevents.actors.sectors import plover_sector
from newsevents.events.ontology import describe
from newsevents.model import Document, Event, Location, Mention, Quote


def mention_record(mention: Mention) -> dict[str, Any]:
    return {"text": mention.text, "code": mention.code, "kind": mention.kind, "name": mention.name,
            "start": mention.start, "end": mention.end, "plover_sector": mention.plover_sector}


def quote_record(quote: Quote) -> dict[str, Any]:
    mention = quote.speaker_mention
    return {
        "id": quote.id, "text": quote.text, "kind": quote.kind, "speaker": quote.speaker,
        "speaker_code": quote.speaker_code,
        "speaker_mention": ({"text": mention.text, "start": mention.start, "end": mention.end}
                            if mention else None),
        "cue": quote.cue, "start": quote.start, "end": quote.end,
    }


def location_record(location: Location | None) -> dict[str, Any] | None:
    if location is None:
        return None
    return {"name": location.name, "country": location.country, "admin1": location.admin1,
            "lat": location.lat, "lon": location.lon, "precision": location.precision,
            "source": location.source, "start": location.start, "end": location.end}


def actor_sector(code: str, text: str | None, event: Event, mentions: tuple[Mention, ...]) -> str | None:
    """The PLOVER sector of an event's source or target: the sector the coder gave, else that
    of the mention it was coded from (same text and code, inside the event's sentence), else
    the code's (a bare country code is the state: GOV)."""
    for mention in mentions:
        if (mention.code == code and mention.text == text and event.start <= mention.start < event.end
                and mention.plover_sector):
            return mention.plover_sector
    return plover_sector(code, "country")


def event_record(event: Event, mentions: tuple[Mention, ...] = ()) -> dict[str, Any]:
    info = describe(event.code)
    source_sector = event.source_sector or actor_sector(event.source, event.source_text, event, mentions)
    target_sector = event.target_sector or actor_sector(event.target, event.target_text, event, mentions)
    return {
        "id": event.id, "source": event.source, "target": event.target, "code": event.code,
        "root": event.code[:2], "name": info.name, "goldstein": info.goldstein,
        "quad_class": info.quad_class, "plover": event.plover or info.plover, "modality": event.modality,
        "source_text": event.source_text, "target_text": event.target_text,
        "sentence": event.sentence, "start": event.start, "end": event.end,
        "quote_id": event.quote_id, "date": event.date, "date_precision": event.date_precision,
        "trigger": event.trigger, "source_sector": source_sector, "target_sector": target_sector,
        "location": location_record(event.location),
    }


def to_record(doc: Document) -> dict[str, Any]:
    """The record for one document (every offset indexes ``text``)."""
    article = doc.article
    return {
        "id": doc.id,
        "headline": article.headline if article else None,
        "standfirst": article.standfirst if article else None,
        "body": article.body if article else "",
        "text": article.text if article else "",
        "wire": article.wire if article else None,
        "publisher": article.publisher if article else None,
        "dateline": article.dateline if article else None,
        "date": doc.date,
        "url": doc.url,
        "source": doc.source,
        "removed": [{"text": r.text, "reason": r.reason} for r in article.removed] if article else [],
        "actors": [mention_record(m) for m in doc.mentions],
        "quotes": [quote_record(q) for q in doc.quotes],
        "events": [event_record(e, doc.mentions) for e in doc.events],
        "warnings": list(doc.warnings),
        "issues": doc.extra.get("issues"),  # PETRARCH issue codes with counts; null without an issues dictionary
        "skipped": doc.skipped,  # why it was not coded (docs/run.md); null when it was
    }

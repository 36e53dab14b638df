"""events: who did what to whom — CAMEO codes with Goldstein, QuadClass and PLOVER,
modality, the sentence behind each event, and the quote it sits in.

Reads ``Document.parsed``, ``mentions`` and ``quotes``; adds ``Document.events``.
The same event restated (headline, standfirst, body) is kept once.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from newsevents.events.coder import dyads, find_in_sentence
from newsevents.events.ontology import describe
from newsevents.events.patterns import load_rules
from newsevents.events.timing import event_date
from newsevents.model import Document, Event, Mention

__all__ = ["code_events"]
LEFT_DEPS = ("compound", "amod", "poss", "nmod", "appos")
VERBAL_QUADS = (1, 3)


class MentionIndex:
    """Find the actor mention covering a character offset."""

    def __init__(self, mentions: tuple[Mention, ...]):
        self.mentions = [m for m in mentions if m.code]
        self.starts = [m.start for m in self.mentions]

    def at(self, offset: int) -> Mention | None:
        index = bisect.bisect_right(self.starts, offset) - 1
        while index >= 0:
            mention = self.mentions[index]
            if mention.start <= offset < mention.end:
                return mention
            if self.starts[index] < offset - 200:
                break
            index -= 1
        return None


def actor_finder(index: MentionIndex, paragraph_start: int):
    """``actor_of(token)``: the mention for a token, its modifiers, or its "of" phrase."""
    def actor_of(token) -> Mention | None:
        mention = index.at(paragraph_start + token.idx)
        if mention is not None:
            return mention
        for child in token.children:
            if child.dep_ in LEFT_DEPS and child.i < token.i or child.dep_ == "appos":
                mention = index.at(paragraph_start + child.idx)
                if mention is not None:
                    return mention
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        mention = index.at(paragraph_start + obj.idx)
                        if mention is not None:
                            return mention
        return None
    return actor_of


def event_actor(mention: Mention | None, code: str, *, source: bool) -> str:
    """The code an actor gets in an event: capitals speak for their government, and so do
    countries that make statements, appeals, offers or threats (verbal events)."""
    if mention is None or not mention.code:
        return "---"
    actor = mention.code
    if len(actor) == 3 and actor.isalpha():
        if mention.kind == "capital" or (source and mention.kind == "country"
                                         and describe(code).quad_class in VERBAL_QUADS):
            actor += "GOV"
    return actor


def quote_at(doc: Document, offset: int) -> str | None:
    for quote in doc.quotes:
        if quote.start <= offset < quote.end:
            return quote.id
    return None


def code_events(doc: Document) -> Document:
    """The events stage."""
    if doc.article is None or not doc.parsed:
        return doc
    rules = load_rules()
    index = MentionIndex(doc.mentions)
    events: list[Event] = []
    seen: set[tuple[str, str, str, str]] = set()
    for paragraph, spacy_doc in zip(doc.article.paragraphs, doc.parsed, strict=True):
        actor_of = actor_finder(index, paragraph.start)
        for sent in spacy_doc.sents:
            for found in find_in_sentence(sent, rules, actor_of):
                for (s_token, s_mention), target in dyads(found):
                    source = event_actor(s_mention, found.code, source=True)
                    t_token, t_mention = target if target else (None, None)
                    target_code = event_actor(t_mention, found.code, source=False)
                    key = (source, target_code, found.code, found.modality)
                    if key in seen:
                        continue
                    seen.add(key)
                    start = paragraph.start + sent.start_char
                    trigger_at = paragraph.start + found.trigger.idx
                    day, precision = event_date(sent, doc.date)
                    events.append(Event(
                        id=f"e{len(events) + 1}", code=found.code, source=source, target=target_code,
                        source_text=s_mention.text if s_mention else s_token.text,
                        target_text=(t_mention.text if t_mention else t_token.text) if t_token is not None else None,
                        sentence=doc.article.text[start:paragraph.start + sent.end_char], start=start, end=paragraph.start + sent.end_char,
                        modality=found.modality, quote_id=quote_at(doc, trigger_at),
                        date=day, date_precision=precision, trigger=found.trigger.text,
                    ))
    return replace(doc, events=tuple(drop_restated(events)))


def drop_restated(events: list[Event]) -> list[Event]:
    """An event with no known target is dropped when the same source and code appear with one."""
    known = {(e.source, e.code) for e in events if e.target != "---"}
    kept = [e for e in events if e.target != "---" or (e.source, e.code) not in known]
    return [replace(e, id=f"e{i}") for i, e in enumerate(kept, start=1)]

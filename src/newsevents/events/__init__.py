"""events: who did what to whom — CAMEO codes with Goldstein, QuadClass and PLOVER,
modality, the sentence behind each event, and the quote it sits in.

Reads ``Document.parsed``, ``mentions`` and ``quotes``; adds ``Document.events``.
The same event restated (headline, standfirst, body) is kept once.
"""

from __future__ import annotations

import bisect
from collections import Counter
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
    """``actor_of(token)``: the mention for a token, its modifiers, or its "of" phrase
    ("thousands of Iraqi Kurds")."""
    def actor_of(token, depth: int = 2) -> Mention | None:
        own = index.at(paragraph_start + token.idx)
        if own is not None and not own.code.startswith("---"):
            return own
        for child in modifiers(token):
            mention = index.at(paragraph_start + child.idx)
            if mention is not None and not (mention.code or "").startswith("---"):
                return mention  # "the Russian proposal", "the U.N. war crimes court"; not "a military alternative"
        if own is not None:
            return own
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj" and depth:
                        mention = actor_of(obj, depth - 1)
                        if mention is not None:
                            return mention
        if token.lower_ in GROUP_PRONOUNS:
            return pronoun_antecedent(token, actor_of, index, paragraph_start)
        return None
    return actor_of


GROUP_PRONOUNS = {"it", "they", "we", "its", "their"}


def modifiers(token) -> list:
    """Words that modify a noun from the left (and its appositions), with the modifiers of
    those ("U.N. mediator Diego Cordovez": U.N. modifies mediator, which modifies Cordovez)."""
    found = []
    for child in token.children:
        if child.dep_ in LEFT_DEPS and child.i < token.i or child.dep_ == "appos":
            found.append(child)
            found.extend(c for c in child.children if c.dep_ in LEFT_DEPS and c.i < child.i)
    return found


def pronoun_antecedent(token, actor_of, index: MentionIndex, paragraph_start: int) -> Mention | None:
    """"Syria says it will withdraw": the subject of the verb that reports the clause;
    "the rebels continued their strike": the subject of the clause a possessive is in;
    else the nearest country or organisation named before in the sentence."""
    if token.dep_ == "poss":
        clause = token.head.head if token.head.dep_ in ("dobj", "pobj", "attr") else None
        while clause is not None and clause.dep_ == "prep":
            clause = clause.head
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
        if subject is not None and subject.lower_ not in GROUP_PRONOUNS:
            return actor_of(subject)
    verb = token.head
    for _ in range(3):
        if verb.dep_ not in ("ccomp", "conj", "xcomp", "advcl") or verb.head.i == verb.i:
            break
        verb = verb.head
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subject.i != token.i and subject.lower_ not in GROUP_PRONOUNS:
                mention = actor_of(subject)
                if mention is not None:
                    return mention
    for mention in reversed(index.mentions):
        start = paragraph_start + token.sent.start_char
        if start <= mention.start < paragraph_start + token.idx and mention.kind in GROUP_KINDS:
            return mention
    return None


GROUP_KINDS = {"country", "capital", "seat", "organisation", "demonym"}


def event_actor(mention: Mention | None, code: str, *, source: bool, token=None) -> str:
    """The code an actor gets in an event: capitals speak for their government (unless
    they are only the place: "bombs in Kabul"), and so do countries that make statements,
    appeals, offers or threats (verbal events)."""
    if mention is None or not mention.code:
        return "---"
    actor = mention.code
    if len(actor) == 3 and actor.isalpha():
        place = token is not None and token.dep_ == "pobj" and token.head.lower_ in LOCATIVES | {"at", "near"}
        if mention.kind == "capital" and not place or (source and mention.kind == "country"
                                                      and describe(code).quad_class in VERBAL_QUADS):
            actor += "GOV"
    return actor


LOCATIVES = {"in", "into", "inside", "across", "throughout"}
NON_STATES = ("IGO", "NGO", "IMG", "---")


def place_of(trigger, actor_of) -> str | None:
    """The country an act takes place in ("lifted a curfew in Montenegro")."""
    for token in trigger.subtree:
        if token.dep_ == "prep" and token.lower_ in LOCATIVES:
            for obj in token.children:
                mention = actor_of(obj) if obj.dep_ == "pobj" else None
                if mention is not None and mention.kind in ("country", "capital", "demonym") and mention.code:
                    return mention.code[:3]
    return None


def state_of(mention: Mention) -> str | None:
    code = mention.code or ""
    return code[:3] if code[:3].isalpha() and not code.startswith(NON_STATES) else None


def home_country(mentions: tuple[Mention, ...]) -> str | None:
    """The country a story is about: the state named in at least half of its state
    mentions (and at least twice), else none."""
    counts = Counter(state for m in mentions if (state := state_of(m)))
    if not counts:
        return None
    country, count = counts.most_common(1)[0]
    return country if count >= 2 and count * 2 >= sum(counts.values()) else None


def settle_source(source: str, sent, paragraph_start: int, index: MentionIndex, home: str | None) -> str:
    """An actor named only by title ("President X", "the rebels", "police") is taken to be
    of the country the sentence names first, else of the country the story is about."""
    if not source.startswith("---") or source == "---":
        return source
    for mention in index.mentions:
        if paragraph_start + sent.start_char <= mention.start < paragraph_start + sent.end_char:
            if state_of(mention):
                return state_of(mention) + source[3:]
    return home + source[3:] if home else source


def settle_target(target: str, source: str, trigger, actor_of) -> str:
    """A target of unknown country is placed where the act happens, else, for a group
    named only by its sector ("police detained protesters"), in the source's country."""
    if not target.startswith("---"):
        return target
    place = place_of(trigger, actor_of)
    if place:
        return place + target[3:]
    if target != "---" and not source.startswith(NON_STATES):
        return source[:3] + target[3:]
    return target


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
    home = home_country(doc.mentions)
    events: list[Event] = []
    seen: set[tuple[str, str, str, str]] = set()
    for paragraph, spacy_doc in zip(doc.article.paragraphs, doc.parsed, strict=True):
        actor_of = actor_finder(index, paragraph.start)
        for sent in spacy_doc.sents:
            for found in find_in_sentence(sent, rules, actor_of):
                for (s_token, s_mention), target in dyads(found):
                    t_token, t_mention = target if target else (None, None)
                    source = event_actor(s_mention, found.code, source=True, token=s_token)
                    source = settle_source(source, sent, paragraph.start, index, home)
                    if source.startswith("---"):
                        continue
                    target_code = event_actor(t_mention, found.code, source=False, token=t_token)
                    target_code = settle_target(target_code, source, found.trigger, actor_of)
                    key = (source, target_code, found.code, found.modality)
                    if key in seen:
                        continue
                    seen.add(key)
                    start, end = paragraph.start + sent.start_char, paragraph.start + sent.end_char
                    trigger_at = paragraph.start + found.trigger.idx
                    day, precision = event_date(sent, doc.date)
                    events.append(Event(
                        id=f"e{len(events) + 1}", code=found.code, source=source, target=target_code,
                        source_text=s_mention.text if s_mention else s_token.text,
                        target_text=(t_mention.text if t_mention else t_token.text) if t_token is not None else None,
                        sentence=doc.article.text[start:end], start=start, end=end,
                        modality=found.modality, quote_id=quote_at(doc, trigger_at),
                        date=day, date_precision=precision, trigger=found.trigger.text,
                    ))
    return replace(doc, events=tuple(drop_restated(events)))


def drop_restated(events: list[Event]) -> list[Event]:
    """An event with no known target is dropped when the same source and code appear with one."""
    known = {(e.source, e.code) for e in events if e.target != "---"}
    kept = [e for e in events if e.target != "---" or (e.source, e.code) not in known]
    return [replace(e, id=f"e{i}") for i, e in enumerate(kept, start=1)]

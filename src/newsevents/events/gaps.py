"""Gaps: sentences that name two actors and yield no event, grouped by the frame that
links them — the keyword-in-context lists TABARI's dictionaries were grown from.

A frame is the word that governs both actors in the parse (their lowest common head):
a verb with its particle ("step up"), or an event noun, and the preposition that leads
to the second actor ("talks *with* X"). Ranking frames by how often they leave a
two-actor sentence without an event shows which patterns are worth writing next.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from newsevents.model import Document, Mention

FRAME_POS = {"VERB", "AUX", "NOUN", "PROPN"}


@dataclass(frozen=True)
class Frame:
    """The word linking two actors: lemma, its part of speech (V or N), particle and preposition."""

    pos: str
    lemma: str
    particle: str = ""
    prep: str = ""

    def __str__(self) -> str:
        words = [self.lemma, self.particle, f"[{self.prep}]" if self.prep else ""]
        return f"{self.pos} " + " ".join(w for w in words if w)


@dataclass
class GapReport:
    """Coverage of two-actor sentences and the frames of those left without an event."""

    documents: int = 0
    sentences: int = 0  # sentences naming at least two distinct resolved actors
    covered: int = 0  # of those, sentences yielding at least one event
    frames: Counter = field(default_factory=Counter)
    examples: dict[Frame, list[str]] = field(default_factory=dict)
    second: Counter = field(default_factory=Counter)  # heads of a pattern left uncoded in a sentence with an event
    second_examples: dict[Frame, list[str]] = field(default_factory=dict)

    @property
    def coverage(self) -> float:
        return self.covered / self.sentences if self.sentences else 0.0

    def top(self, n: int) -> list[tuple[Frame, int, list[str]]]:
        return [(frame, count, self.examples[frame]) for frame, count in self.frames.most_common(n)]

    def top_second(self, n: int) -> list[tuple[Frame, int, list[str]]]:
        return [(frame, count, self.second_examples[frame]) for frame, count in self.second.most_common(n)]


def resolved(mention: Mention) -> bool:
    return bool(mention.code) and not mention.code.startswith("---")


def mention_head(spacy_doc, mention: Mention, offset: int):
    """The syntactic head of the tokens a mention covers, or None when it does not align."""
    span = spacy_doc.char_span(mention.start - offset, mention.end - offset, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def frame_between(one, other) -> Frame | None:
    """The word that links two actor tokens: below their lowest common head, the word
    nearest the more embedded actor that is a verb, or a noun the actor hangs on by a
    preposition ("said Russia would expel X": expel; "talks with X": talks); else the
    common head itself, above the actors' own noun phrases ("Russian President Putin")."""
    common = common_head(one, other)
    if common is None:
        return None
    path_one, path_other = path_up(one, common), path_up(other, common)
    inner = path_other if len(path_other) >= len(path_one) else path_one
    for token in inner[1:]:
        if token.pos_ in ("VERB", "AUX") or token.pos_ in ("NOUN", "PROPN") and token.i != common.i \
                and any(c.dep_ == "prep" and c.i in {t.i for t in inner} for c in token.children):
            return frame_of(token, inner[0])
    while common.i in (one.i, other.i) or common.pos_ not in FRAME_POS:
        if common.head.i == common.i:
            return None
        common = common.head
    return frame_of(common, inner[0])


def common_head(one, other):
    """The lowest token that heads both (either may be it), or None across sentences."""
    above_other = {t.i for t in [other, *other.ancestors]}
    return next((t for t in [one, *one.ancestors] if t.i in above_other), None)


def path_up(token, top) -> list:
    """``token`` and its heads up to ``top`` (excluded)."""
    path = []
    while token.i != top.i:
        path.append(token)
        if token.head.i == token.i:
            break
        token = token.head
    return path


def frame_of(head, actor) -> Frame:
    pos = "V" if head.pos_ in ("VERB", "AUX") else "N"
    particle = next((c.lower_ for c in head.children if c.dep_ == "prt"), "")
    return Frame(pos, head.lemma_.lower(), particle, preposition_towards(head, actor))


def preposition_towards(head, token) -> str:
    """The preposition on the path from ``head`` down to ``token`` ("talks with X": with)."""
    if not any(a.i == head.i for a in token.ancestors):
        return ""
    while token.head.i != head.i:
        token = token.head
    if token.dep_ in ("prep", "agent", "dative"):
        return token.lower_
    return ""


def sentence_actors(spacy_doc, sent, mentions: list[Mention], offset: int) -> list[tuple[object, Mention]]:
    """Heads of the resolved mentions in a sentence, one per distinct actor code."""
    found, codes = [], set()
    for mention in mentions:
        if offset + sent.start_char <= mention.start < offset + sent.end_char and mention.code not in codes:
            head = mention_head(spacy_doc, mention, offset)
            if head is not None:
                found.append((head, mention))
                codes.add(mention.code)
    return found


SPEECH_ROOTS = {"01"}  # make a statement: nearly every sentence with an act has one


def second_heads(sent, triggers: set[str], rules) -> list:
    """Words of a sentence that already yields an event which head a pattern of another act and
    are no event's trigger ("X met Y and *signed* an accord": signed, when only the meeting was
    coded): where a second act between the same parties may be lost. Statements are left out."""
    from newsevents.events.discards import discarded
    from newsevents.events.frames import match_pattern
    from newsevents.events.words import pattern_tokens

    heads = []
    candidates = pattern_tokens(sent, rules)
    verbs = {t.i for t in candidates if t.text in triggers or t.pos_ in ("VERB", "AUX")}
    for token in candidates:
        if token.text in triggers or token.dep_ == "dobj" and token.head.i in verbs \
                or any(c.text in triggers and c.dep_ == "dobj" for c in token.children):
            continue  # the object of a verb's pattern ("held a meeting with", "impose tariffs on") is that act
        pattern = match_pattern(token, rules)
        if pattern is not None and pattern.code[:2] not in SPEECH_ROOTS and not discarded(token, rules):
            heads.append(token)
    return heads


def add_gaps(report: GapReport, doc: Document, *, examples: int = 3, rules=None) -> None:
    """Count one coded document's two-actor sentences and the frames of those without an event."""
    report.documents += 1
    if doc.article is None or not doc.parsed:
        return
    mentions = sorted((m for m in doc.mentions if resolved(m)), key=lambda m: m.start)
    with_events = {event.start for event in doc.events}
    for paragraph, spacy_doc in zip(doc.article.paragraphs, doc.parsed, strict=True):
        for sent in spacy_doc.sents:
            actors = sentence_actors(spacy_doc, sent, mentions, paragraph.start)
            if len(actors) < 2:
                continue
            report.sentences += 1
            if paragraph.start + sent.start_char in with_events:
                report.covered += 1
                if rules is not None:
                    add_second(report, sent, doc, paragraph.start, rules, examples)
                continue
            frame = frame_between(actors[0][0], actors[1][0])
            if frame is None:
                continue
            report.frames[frame] += 1
            shown = report.examples.setdefault(frame, [])
            if len(shown) < examples:
                shown.append(sent.text.strip())


def add_second(report: GapReport, sent, doc: Document, offset: int, rules, examples: int) -> None:
    """Count the uncoded heads of other acts in a two-actor sentence that yields an event."""
    start = offset + sent.start_char
    triggers = {event.trigger for event in doc.events if event.start == start and event.trigger}
    for token in second_heads(sent, triggers, rules):
        frame = Frame("V" if token.pos_ in ("VERB", "AUX") else "N", token.lemma_.lower())
        report.second[frame] += 1
        shown = report.second_examples.setdefault(frame, [])
        if len(shown) < examples:
            shown.append(sent.text.strip())


def find_gaps(docs: Iterable[Document], *, examples: int = 3, second: bool = False) -> GapReport:
    """Coverage and gap frames over coded documents (from ``pipeline.code_documents``); with ``second``,
    also the heads of further acts left uncoded in two-actor sentences that yield an event."""
    rules = None
    if second:
        from newsevents.events.patterns import load_rules

        rules = load_rules()
    report = GapReport()
    for doc in docs:
        add_gaps(report, doc, examples=examples, rules=rules)
    return report

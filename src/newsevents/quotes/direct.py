"""Quoted stretches of one parsed paragraph: their kind and the cue that attributes them.

The cue is looked for, in order: up the dependency tree from the quote (partial quotes
and "…," he said in one sentence); in the words after the quote up to the end of that
sentence or the next quote ("…." Peskov said.); in the words before it back to the
start of the sentence (Peskov said: "…"). The paragraph-level fallbacks (a colon
introduction in the previous paragraph, a run of quote paragraphs) are in the stage.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from newsevents.parse import dependency_columns, word_columns
from newsevents.quotes.cues import (
    NAMED,
    CueLexicon,
    compound_subject,
    is_cue_verb,
    load_cues,
    owner,
    prep_object,
    subject_of,
)
from newsevents.quotes.marks import ALL_MARKS, Span, quote_spans

SENTENCE_END = ".!?:;"
PERSONAL = {"he", "she", "i", "we"}
WEAK_SUBJECTS = {"it", "there", "this", "that", "what", "which"}
NAMING = {"PROPN", "PRON", "NOUN"}
LOOSE_REGION = 8
MAX_CHAIN = 8
MAX_INTRO = 6  # words of a verbless introduction before a colon ("More from Jones:")


@dataclass(frozen=True)
class Attribution:
    """A cue token (verb, or first word of "according to") and the speaker token it names."""

    cue: object
    speaker: object | None


@dataclass(frozen=True)
class Found:
    """One quote of a paragraph, before its speaker is resolved to an actor."""

    span: Span
    kind: str
    attribution: Attribution | None


def token_starts(spacy_doc) -> list[int]:
    """``[token.idx for token in spacy_doc]`` off the Doc's array, without making a Token of each word."""
    from spacy.attrs import IDX

    return spacy_doc.to_array(IDX).tolist()


def token_range(starts: list[int], span: Span) -> tuple[int, int]:
    return bisect.bisect_left(starts, span.start), bisect.bisect_left(starts, span.end)


def attribution(token, cues: CueLexicon) -> Attribution | None:
    """The attribution if ``token`` is a cue, else None."""
    if is_cue_verb(token, cues):
        return Attribution(token, owner(subject_of(token), cues))
    if token.lower_ in cues.first_words():
        speaker = prep_object(token, cues)
        if speaker is not None:
            return Attribution(token, owner(speaker, cues))
    return mistagged_cue(token, cues)


def mistagged_cue(token, cues: CueLexicon) -> Attribution | None:
    """'Viguerie notes.' parsed as a noun compound: a cue word tagged as a noun right after a name."""
    if token.pos_ != "NOUN" or not token.i or token.lower_.removesuffix("s") not in cues.verbs:
        return None
    previous = token.doc[token.i - 1]
    return Attribution(token, previous) if previous.pos_ in {"PROPN", "PRON"} else None


def chain_cue(spacy_doc, first: int, last: int, cues: CueLexicon, *, topmost: bool = False) -> Attribution | None:
    """A cue the quote hangs from: an ancestor of its words, or "according to" on one.
    ``topmost``: the highest such cue (a partial quote inside reported speech belongs to
    the one who is reported: 'Kasich says he'd tell him "no more nonsense"')."""
    heads = dependency_columns(spacy_doc)[3]  # read off the parse's columns, without a Token each
    roots = [spacy_doc[i] for i in range(first, last) if not first <= heads[i] < last]
    for root in roots[:3]:
        found = [a for a in chain_attributions(root, first, last, cues)
                 if a.speaker is not None and not first <= a.speaker.i < last]
        if found:
            aside = [a for a in found if a.cue.dep_ == "parataxis"]  # "…, he said, …" names its own speaker
            return aside[0] if aside else found[-1] if topmost else found[0]
    return None


def chain_attributions(root, first: int, last: int, cues: CueLexicon) -> list[Attribution]:
    found: list[Attribution] = []
    token = root
    doc, first_words = root.doc, cues.first_words()
    deps, order, starts, _ = dependency_columns(doc)
    forms = word_columns(doc)[2]
    for _step in range(MAX_CHAIN):
        for child in order[starts[token.i]:starts[token.i + 1]]:  # its children, read without a Token each
            if first <= child < last:
                continue
            if forms[child] in first_words or deps[child] == "parataxis" and is_cue_verb(doc[child], cues):
                found.extend(a for a in [attribution(doc[child], cues)] if a)  # "according to X", "…, she said, …"
        if token.head.i == token.i:
            break
        token = token.head
        if not first <= token.i < last:
            found.extend(a for a in [attribution(token, cues)] if a)
    return found


def region_cue(tokens, cues: CueLexicon, *, nearest_last: bool, loose: bool = False) -> Attribution | None:
    """The cue among ``tokens``; ``loose``: a short reporting clause's verb counts whatever
    it is ("…," Trump shot back. / Oliver barked:)."""
    ordered = list(reversed(tokens)) if nearest_last else list(tokens)
    found = [a for a in (attribution(t, cues) for t in ordered) if a is not None]
    with_speaker = [a for a in found if a.speaker is not None]
    if not with_speaker and loose:
        near = ordered[:LOOSE_REGION]
        with_speaker = [a for a in (reporting_verb(t) for t in near) if a is not None][:1]
    return (with_speaker or found or [None])[0]


def reporting_verb(token) -> Attribution | None:
    """A verb with a subject that names someone (not "it", "there", "this")."""
    if token.pos_ != "VERB":
        return None
    verb = token
    kinds = {"nsubj"} if token.lemma_ in NAMED else {"nsubj", "nsubjpass"}
    subjects = [child for child in verb.children if child.dep_ in kinds]
    while not subjects and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "Trump gestured, then leaned in and boomed:"
        subjects = [child for child in verb.children if child.dep_ in kinds]
    if not subjects and compound_subject(token) is not None:
        subjects = [compound_subject(token)]
    if not subjects or subjects[0].lower_ in WEAK_SUBJECTS or subjects[0].pos_ not in NAMING:
        return None
    return Attribution(token, owner(subjects[0], load_cues()))


def governing_verb(spacy_doc, first: int, last: int) -> Attribution | None:
    """For a partial quote with no cue: the nearest verb above it whose subject names a
    person ('Manafort dismissed the kerfuffle as "absurd"', 'Cruz is praising Bush, who
    quit, as "a man who…"'); a verb with a weaker subject (who, they, a noun) only if none."""
    roots = [t for t in spacy_doc[first:last] if not first <= t.head.i < last]
    weaker: Attribution | None = None
    for root in roots[:1]:
        token = root
        for _step in range(MAX_CHAIN):
            if token.head.i == token.i:
                break
            token = token.head
            found = reporting_verb(token) if not first <= token.i < last else None
            if found is None:
                continue
            if names_person(found.speaker):
                return found
            weaker = weaker or found
    return weaker


def names_person(token) -> bool:
    return token.lower_ in PERSONAL or token.pos_ == "PROPN" or token.ent_type_ in {"PERSON", "ORG", "NORP"}


def quote_kind(text: str, span: Span, spacy_doc, first: int, after_comma_quote: bool, cues: CueLexicon) -> str:
    """direct: the quote starts a sentence or follows a colon or a cue; else partial."""
    head = text[:span.start].rstrip(" " + ALL_MARKS)
    if not head or head[-1] in SENTENCE_END:
        return "direct"
    previous = spacy_doc[first - 1] if first else None
    while previous is not None and previous.i > 0 and (previous.is_punct or previous.text in ALL_MARKS):
        previous = spacy_doc[previous.i - 1]
    starts_upper = text[span.start:span.start + 1].isupper()
    if previous is not None and is_cue_verb(previous, cues) and (starts_upper or after_comma_quote):
        return "direct"
    return "partial"


def paragraph_quotes(text: str, spacy_doc, cues: CueLexicon) -> list[Found]:
    """The quotes of one paragraph (``text`` is the paragraph, ``spacy_doc`` its parse)."""
    spans = quote_spans(text)
    if not spans:
        return []
    starts = token_starts(spacy_doc)
    ranges = [token_range(starts, span) for span in spans]
    found: list[Found] = []
    for number, (span, (first, last)) in enumerate(zip(spans, ranges, strict=True)):
        after_comma = number > 0 and spans[number - 1].comma_end
        kind = quote_kind(text, span, spacy_doc, first, after_comma, cues)
        previous_end = ranges[number - 1][1] if number else 0
        next_start = ranges[number + 1][0] if number + 1 < len(ranges) else len(spacy_doc)
        found.append(Found(span, kind, find_cue(spacy_doc, span, first, last, previous_end, next_start, cues,
                                                text=text)))
    return found


def find_cue(spacy_doc, span: Span, first: int, last: int, previous_end: int, next_start: int,
             cues: CueLexicon, *, text: str) -> Attribution | None:
    """The cue of one quote; a source the sentence cites with "according to" comes first
    ('"…," Obama said, according to a pool report': the report is what the article relies on)."""
    found = nearest_cue(spacy_doc, span, first, last, previous_end, next_start, cues, text=text)
    if found is None or found.speaker is None or found.cue.lower_ in cues.first_words():
        return found
    region = after_tokens(spacy_doc, last, next_start) + before_tokens(spacy_doc, first, previous_end)
    cited = [a for a in (attribution(t, cues) for t in region if t.lower_ in cues.first_words()) if a is not None]
    return cited[0] if cited and cited[0].speaker is not None else found


def nearest_cue(spacy_doc, span: Span, first: int, last: int, previous_end: int, next_start: int,
                cues: CueLexicon, *, text: str) -> Attribution | None:
    """The cue of one quote: up the tree, then after it, then before it."""
    partial = span_kind_partial(text, span)
    chained = chain_cue(spacy_doc, first, last, cues, topmost=partial)
    if chained is not None and chained.speaker is not None:
        return chained
    governing = governing_verb(spacy_doc, first, last) if partial else None
    if governing is not None and names_person(governing.speaker):
        return governing
    after = after_tokens(spacy_doc, last, next_start)
    before = before_tokens(spacy_doc, first, previous_end)
    head = text[:span.start].rstrip(" " + ALL_MARKS)
    after_text = "".join(t.text_with_ws for t in after).strip()
    introduces_next = after_text.endswith(":") and next_start < len(spacy_doc) and not span.comma_end
    if head.endswith(":"):
        named = colon_name(before) or verbless_intro(before)
        if named is not None:
            return named
        order = [(before, True), (after, False)]
    elif introduces_next:
        order = [(before, True)]
    else:
        order = [(after, False), (before, True)]
    for tokens, nearest_last in order:
        loose = head.endswith((":", ",")) if nearest_last else True
        found = region_cue(tokens, cues, nearest_last=nearest_last, loose=loose)
        if found is not None and found.speaker is not None and first <= found.speaker.i < last:
            found = Attribution(found.cue, named_between(spacy_doc, last, found.cue.i))
        if found is not None and found.speaker is not None:
            return found
    if chained is None and governing is not None:
        return governing
    if chained is None and not partial:
        return sentence_before(spacy_doc, first, previous_end)
    return chained


def sentence_before(spacy_doc, first: int, previous_end: int) -> Attribution | None:
    """'Clinton touted her record. "We need …"': a quote sentence with no cue of its own
    follows a sentence of the same paragraph whose subject names someone; that one speaks."""
    index = first - 1
    while index >= 0 and spacy_doc[index].text in ALL_MARKS:
        index -= 1
    if index < 0 or spacy_doc[index].text not in SENTENCE_END:
        return None
    sentence = spacy_doc[index].sent
    if sentence.start < previous_end:
        return None
    subjects = [child for child in sentence.root.children if child.dep_ == "nsubj"]
    if subjects and names_person(subjects[0]) and subjects[0].lower_ not in {"i", "we"}:
        return Attribution(sentence.root, subjects[0])
    return None


def named_between(spacy_doc, last: int, cue: int):
    """'"… nothing you can do," Trump told a rally': the parser made a word of the quote
    the cue's subject; the speaker is the name between the quote and the cue."""
    for token in reversed(spacy_doc[last:cue]):
        if token.pos_ in NAMING and token.dep_ not in {"compound", "poss"} and token.text not in ALL_MARKS:
            return token
    return None


def span_kind_partial(text: str, span: Span) -> bool:
    head = text[:span.start].rstrip(" " + ALL_MARKS)
    return bool(head) and head[-1] not in SENTENCE_END


def colon_name(before: list) -> Attribution | None:
    """'Ted Cruz: "…"' (headline style): the name right before the colon speaks."""
    if not before or before[-1].pos_ != "PROPN" or before[-1].dep_ == "pobj":
        return None
    colon = before[-1].doc[before[-1].i + 1] if before[-1].i + 1 < len(before[-1].doc) else before[-1]
    return Attribution(colon, before[-1])


def verbless_intro(tokens) -> Attribution | None:
    """'More from Jones:', 'Here's Clinton:', 'From the report:' - a short introduction
    before a colon with no verb: the last name (or noun) in it speaks."""
    words = [t for t in tokens if not t.is_punct and t.text not in ALL_MARKS]
    if not words or len(words) > MAX_INTRO or any(t.pos_ == "VERB" for t in words):
        return None
    if any(t.pos_ == "AUX" and t.lemma_ != "be" for t in words):
        return None
    heads = [t for t in words if t.pos_ in {"PROPN", "NOUN"} and t.dep_ not in {"compound", "poss", "amod"}]
    if not heads or heads[-1].i != words[-1].i:
        return None
    colon = words[-1].doc[words[-1].i + 1] if words[-1].i + 1 < len(words[-1].doc) else words[-1]
    return Attribution(colon, owner(heads[-1], load_cues()))


def after_tokens(spacy_doc, last: int, next_start: int) -> list:
    """Words after the quote up to the end of their sentence or the next quote."""
    index = last
    while index < next_start and (spacy_doc[index].is_punct or spacy_doc[index].text in ALL_MARKS):
        index += 1
    if index >= next_start:
        return []
    end = min(spacy_doc[index].sent.end, next_start)
    return [t for t in spacy_doc[index:end] if t.text not in ALL_MARKS]


def before_tokens(spacy_doc, first: int, previous_end: int) -> list:
    """Words before the quote back to the start of their sentence or the previous quote."""
    index = first - 1
    while index >= previous_end and (spacy_doc[index].is_punct or spacy_doc[index].text in ALL_MARKS):
        index -= 1
    if index < previous_end:
        return []
    start = max(spacy_doc[index].sent.start, previous_end)
    return [t for t in spacy_doc[start:index + 1] if t.text not in ALL_MARKS]

"""quotes: direct, partial and indirect quotations, their cue and who said them.

Reads ``Document.article``, ``Document.parsed`` and ``Document.mentions``; adds
``Document.quotes`` (in text order, ids q1, q2, …). A quote's ``start``/``end`` slice
exactly its ``text`` out of ``Article.text`` (quote marks left out). The speaker is the
subject of the cue verb or the object of "according to"; when a quote has no cue of its
own it takes the speaker introduced by a colon at the end of the previous paragraph, or
the last speaker of a run of quote paragraphs, or of the same words quoted elsewhere.
No cue, no speaker: ``speaker`` is null. Headlines are read apart (their grammar defeats
the parser); short cueless quoted phrases (titles, scare quotes) are not quotations.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from newsevents.model import Document, Quote
from newsevents.quotes.cues import CueLexicon, cue_text, load_cues
from newsevents.quotes.direct import (
    Attribution,
    Found,
    paragraph_quotes,
    region_cue,
    token_range,
    token_starts,
    verbless_intro,
)
from newsevents.quotes.indirect import reported_clauses
from newsevents.quotes.speakers import Speaker, SpeakerIndex

WORD = re.compile(r"\w+")
MAX_TITLE_WORDS = 3
HEADLINE_REPEAT = 0.5  # share of a headline quote's words a body quote must hold to repeat it
MAX_HEADLINE_NAME = 4  # tokens before a headline's colon that can name its speaker
DASHES = ("-", "—", "–", "―")
QUOTE_MARKS = "\"'“”‘’«»„"
MAX_SIGNATURE = 12  # tokens of a "- Name, place." line signing the quote before it

__all__ = ["find_quotes", "quote_rows", "load_cues", "CueLexicon"]


def colon_intro(text: str, spacy_doc, cues: CueLexicon) -> Attribution | None:
    """'Peskov said:' ending a paragraph introduces the quote paragraph after it."""
    if not text.rstrip().endswith(":") or not len(spacy_doc):
        return None
    last_sentence = list(spacy_doc[-1].sent)
    found = region_cue(last_sentence, cues, nearest_last=True, loose=True)
    if found is not None and found.speaker is not None:
        return found
    return verbless_intro(last_sentence) or found


def is_headline(paragraph, headline: str | None) -> bool:
    """The headline, or a first body line repeating it."""
    if paragraph.part == "headline":
        return True
    return bool(headline) and quote_words(paragraph.text) == quote_words(headline)


def headline_quotes(found: list[Found], spacy_doc) -> list[Found]:
    """Headline grammar defeats the parser: a headline quote's only cue is a name opening
    it before a colon ('Issa: Clinton's ‘Honesty Is In Question’'); else it has none and
    takes its speaker from the same words quoted in the body, if any."""
    colon = next((t for t in spacy_doc if t.text == ":"), None)
    name = None
    if colon is not None and 0 < colon.i <= MAX_HEADLINE_NAME:
        words = spacy_doc[:colon.i]
        if all(t.pos_ == "PROPN" or t.is_title or t.is_punct for t in words) and words[-1].is_alpha:
            name = Attribution(colon, words[-1])
    return [replace(item, attribution=name if name is not None and item.span.start > colon.idx else None)
            for item in found]


def last_subject(spacy_doc) -> Attribution | None:
    """The person the previous paragraph ends on ('Trump spoke only in bromides.' then a
    quote paragraph with no cue): the named (a name, an organisation) or he/she subject of
    its last sentence."""
    if not len(spacy_doc) or not spacy_doc.has_annotation("DEP"):
        return None  # fast path: an unparsed paragraph names no subject (and spaCy crashes walking it)
    root = spacy_doc[-1].sent.root
    subjects = [child for child in root.children if child.dep_ == "nsubj"]
    if subjects and (subjects[0].ent_type_ in {"PERSON", "ORG"} or subjects[0].pos_ == "PROPN"
                     or subjects[0].lower_ in {"he", "she"}):
        return Attribution(root, subjects[0])
    return None


def signature(text: str, tokens) -> Attribution | None:
    """'- Bernie Sanders.' or '—Michelle Marks, Philadelphia.' on a line of its own after a
    quote paragraph, or after the closing mark in the quote's own paragraph, signs it: the
    name after the dash speaks."""
    if not text.lstrip().startswith(DASHES) or len(tokens) > MAX_SIGNATURE:
        return None
    names = [t for t in tokens if t.pos_ == "PROPN"]
    if not names:
        return None
    name, end = names[0], tokens[-1].i
    while name.i < end and name.doc[name.i + 1].pos_ == "PROPN":
        name = name.doc[name.i + 1]
    return Attribution(tokens[0], name)


def trailing_signature(text: str, spacy_doc, end: int) -> Attribution | None:
    """'“…” ― Maria Lopez': a dash and a name after the paragraph's last quote sign it."""
    rest = text[end:]
    dash = len(rest) - len(rest.lstrip(QUOTE_MARKS + " \u00a0"))
    first = bisect.bisect_left(token_starts(spacy_doc), end + dash)  # offsets never decrease
    tokens = [spacy_doc[i] for i in range(first, len(spacy_doc))]
    words = [t for t in tokens if not t.is_punct]
    if not words or words[0].pos_ != "PROPN":  # "” — an issue Democrats …" goes on with the sentence
        return None
    return signature(rest[dash:], tokens)


def make_quote(number: int, text: str, kind: str, start: int, end: int, speaker: Speaker | None,
               cue: str | None) -> Quote:
    return Quote(id=f"q{number}", text=text, kind=kind, start=start, end=end,
                 speaker=speaker.name if speaker else None, speaker_code=speaker.code if speaker else None,
                 speaker_mention=speaker.mention if speaker else None, cue=cue)


def find_quotes(doc: Document, *, cues: CueLexicon | None = None) -> Document:
    """The quotes stage."""
    if doc.article is None or not doc.parsed:
        return doc
    cues = cues or load_cues()
    index: SpeakerIndex | None = None
    pending: list[list] = []  # [start, end, kind, speaker, cue]
    unresolved: list[int] = []  # pieces of a quote running on to the next paragraph, speaker unknown
    carry: tuple[Speaker, str | None] | None = None  # last speaker of the previous paragraph's quotes
    intro: Attribution | None = None
    intro_offset = 0
    headline_starts: set[int] = set()
    unattributed: list[int] = []  # the previous paragraph's quotes with no speaker
    for paragraph, spacy_doc in zip(doc.article.paragraphs, doc.parsed, strict=True):
        signer = signature(paragraph.text, spacy_doc) if unattributed else None
        if signer is not None:
            index = index or SpeakerIndex(doc)
            for number in unattributed:
                pending[number][3:] = [index.speaker(signer.speaker, paragraph.start), cue_text(signer.cue)]
        unattributed = []
        found = paragraph_quotes(paragraph.text, spacy_doc, cues)
        if found and is_headline(paragraph, doc.article.headline):
            found = headline_quotes(found, spacy_doc)
            headline_starts.update(paragraph.start + item.span.start for item in found)
        reported = reported_clauses(spacy_doc, cues, quoted_ranges(spacy_doc, found)) if len(spacy_doc) else []
        if (found or reported) and index is None:
            index = SpeakerIndex(doc)
        last_speaker: tuple[Speaker, str | None] | None = None
        for item in found:
            speaker, cue = attribute(item, paragraph.start, index, intro, intro_offset, carry, last_speaker)
            if speaker is not None:
                last_speaker = (speaker, cue)
                if item.span.open_start:
                    for number in unresolved:
                        pending[number][3:] = [speaker, cue]
                unresolved = []
            start, end = paragraph.start + item.span.start, paragraph.start + item.span.end
            if speaker is None and item.span.open_end:
                unresolved.append(len(pending))
            if speaker is None:
                unattributed.append(len(pending))
            pending.append([start, end, item.kind, speaker, cue])
        for clause in reported:
            span = spacy_doc[clause.first:clause.last]
            start, end = paragraph.start + span.start_char, paragraph.start + span.end_char
            pending.append([start, end, "indirect", index.speaker(clause.speaker, paragraph.start),
                            cue_text(clause.cue)])
        signed = found and found[-1].kind == "direct"  # a partial quote's sentence is the reporter's
        signer = trailing_signature(paragraph.text, spacy_doc, found[-1].span.end) if signed else None
        if signer is not None:  # beats a speaker carried from the paragraph before
            number = len(pending) - 1 - len(reported)
            pending[number][3:] = [index.speaker(signer.speaker, paragraph.start), cue_text(signer.cue)]
            last_speaker = (pending[number][3], pending[number][4])
            unattributed = [n for n in unattributed if n != number]
        carry = last_speaker if found else None
        if not (found and found[-1].span.open_end):
            unresolved = []
        intro = colon_intro(paragraph.text, spacy_doc, cues) or (None if found else last_subject(spacy_doc))
        intro_offset = paragraph.start
    pending.sort(key=lambda item: (item[0], item[1]))
    text = doc.article.text
    pending = share_speakers(pending, text, headline_starts)
    quotes = tuple(make_quote(number, text[start:end], kind, start, end, speaker, cue)
                   for number, (start, end, kind, speaker, cue) in enumerate(pending, start=1))
    return replace(doc, quotes=quotes)


def quote_words(text: str) -> tuple[str, ...]:
    return tuple(WORD.findall(text.lower()))


def contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    size = len(shorter)
    return any(longer[i:i + size] == shorter for i in range(len(longer) - size + 1))


def repeats(headline: tuple[str, ...], body: tuple[str, ...]) -> bool:
    """A headline quote repeats a body quote when most words of the shorter are in the other
    (headlines recase and trim: 'More Rubio-Style Debate' / "more Rubio-style")."""
    shorter, longer = sorted((headline, body), key=len)
    return bool(shorter) and sum(word in set(longer) for word in shorter) >= HEADLINE_REPEAT * len(shorter)


def share_speakers(pending: list[list], text: str, headline_starts: set[int]) -> list[list]:
    """The same words quoted twice were said by the same person: a quote with no speaker
    (a headline's, a phrase repeated) takes the speaker of a quote holding its words.
    A short quoted phrase inside a sentence with neither cue nor speaker (a title, a scare
    quote) is no quotation, nor is a headline's quote that names no speaker and repeats none."""
    spoken = [(quote_words(text[start:end]), item) for item in pending
              for start, end, _kind, speaker, _cue in [item] if speaker is not None]
    body = [quote_words(text[start:end]) for start, end, kind, _speaker, _cue in pending
            if kind != "indirect" and start not in headline_starts]
    kept = []
    for item in pending:
        start, end, kind, speaker, cue = item
        if start in headline_starts and any(repeats(quote_words(text[start:end]), words) for words in body):
            continue  # the headline repeats a quote the body attributes
        if speaker is None and kind != "indirect":
            words = quote_words(text[start:end])
            donor = next((other for other_words, other in spoken if words and contains(other_words, words)), None)
            if donor is not None:
                item = [start, end, kind, donor[3], donor[4]]
            elif cue is None and (kind == "partial" and len(words) <= MAX_TITLE_WORDS or start in headline_starts):
                continue
        elif kind == "partial":
            words = quote_words(text[start:end])
            donor = next((other for other_words, other in spoken if other[2] == "direct"
                          and len(other_words) > len(words) and contains(other_words, words)), None)
            if donor is not None:
                item = [start, end, kind, donor[3], donor[4]]
        kept.append(item)
    return kept


def quoted_ranges(spacy_doc, found: list[Found]) -> list[tuple[int, int]]:
    starts = token_starts(spacy_doc)
    return [token_range(starts, item.span) for item in found]


def attribute(item: Found, offset: int, index: SpeakerIndex, intro: Attribution | None, intro_offset: int,
              carry: tuple[Speaker, str | None] | None,
              last_speaker: tuple[Speaker, str | None] | None) -> tuple[Speaker | None, str | None]:
    """Speaker and cue of one quote: its own cue, else a colon intro, else the run's speaker."""
    own = item.attribution
    if own is not None and own.speaker is not None:
        return index.speaker(own.speaker, offset), cue_text(own.cue)
    if item.span.open_start and intro is not None and intro.speaker is not None:
        return index.speaker(intro.speaker, intro_offset), cue_text(intro.cue)
    if item.kind == "direct" and (last_speaker or (carry if item.span.open_start else None)):
        return last_speaker or carry
    return None, cue_text(own.cue) if own is not None else None


def quote_rows(doc: Document) -> list[dict]:
    """Who said what in one coded document: one plain row per quote (for tables and JSONL)."""
    return [
        {"doc": doc.id, "id": quote.id, "kind": quote.kind, "speaker": quote.speaker,
         "speaker_code": quote.speaker_code,
         "speaker_text": quote.speaker_mention.text if quote.speaker_mention else None,
         "cue": quote.cue, "text": quote.text, "start": quote.start, "end": quote.end}
        for quote in doc.quotes
    ]

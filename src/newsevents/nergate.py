"""The model's NER only on the sentences that need it (issue #13; ``Options(ner_gate=True)``, off by default).

A sentence needs the model's named-entity recogniser when one of its tokens is

* capitalised and not inside an actor-dictionary match (a name the dictionaries do not
  know), unless it is the sentence's first word and a stop word ("The", "But", "He");
* a token with a digit (dates, amounts, percentages);
* a word the recogniser reads as a date, time or number ("today", "week", "dozens", "first").

The other sentences get the dictionary matches as entities, labelled by entry kind as
``newsevents.entities`` labels them (country GPE, demonym NORP, person PERSON, ...).
Runs of consecutive sentences that need the recogniser are run through it as one Doc
each (a whole paragraph when every sentence needs it, which gives the model's own output).
``bench/ner_gate.py`` measures the share of text it skips and what changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsevents.entities import DATE_WORDS, DAYS, LABELS, MONTHS, NUMBER_WORDS, ORG_HEADS, TIME_WORDS

HONORIFICS = frozenset({"i", "mr", "mrs", "ms", "dr", "prof", "sir", "mr.", "mrs.", "ms.", "dr.", "prof."})
AMBIGUOUS_MONTHS = frozenset({"may", "march", "jan", "mar", "dec", "sept", "sep", "jun", "aug"})  # names too

NUMERIC_WORDS = frozenset(DATE_WORDS | MONTHS | TIME_WORDS | NUMBER_WORDS | {
    "one", "first", "second", "third", "fourth", "fifth", "sixth", "half", "dozen", "dozens", "hundreds",
    "thousands", "millions", "billions", "weeks", "months", "years", "days", "decades", "centuries", "hours",
    "minutes", "ago", "annual", "daily", "weekly", "monthly", "yearly", "season", "summer", "winter", "spring",
    "autumn", "fall", "quarter", "recent", "recently", "hour", "day", "time", "times", "once", "twice"})


class NerGate:
    """Per parsed paragraph: the token ranges to run the model's NER over, and dictionary
    entities for the rest."""

    def __init__(self, lexicon, *, names_only: bool = False):
        from spacy.lang.en.stop_words import STOP_WORDS

        self.lexicon = lexicon
        self.stop_words = frozenset(STOP_WORDS)
        self.names_only = names_only  # dates and numbers from newsevents.entities' token shapes, not the model
        # capitalised words that are no name: "I", honorifics (the name after them is what counts),
        # and with names_only the day and month names newsevents.entities dates
        self.never_names = HONORIFICS | (DAYS | MONTHS) - AMBIGUOUS_MONTHS if names_only else HONORIFICS

    def needs(self, sentence, covered: set[int]) -> bool:
        return self.trigger(sentence, covered) is not None

    def trigger(self, sentence, covered: set[int]):
        """The first token of ``sentence`` that needs the model's NER, or None."""
        first = next((token.i for token in sentence if token.is_alpha), sentence.start)  # after an opening quote
        for token in sentence:
            text = token.text
            if text[:1].isupper() and token.i not in covered and not (
                    token.i == first and token.lower_ in self.stop_words or token.lower_ in self.never_names):
                return token
            if not self.names_only and (token.lower_ in NUMERIC_WORDS or any(c.isdigit() for c in text)):
                return token
        return None

    def plan(self, doc) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
        """(runs of tokens that need the NER, dictionary entities (start, end, label) outside them)."""
        from newsevents.actors.match import find_matches

        matches = find_matches(doc, self.lexicon) if len(doc) else []
        covered = {i for m in matches for i in range(m.start, m.end)}
        runs: list[tuple[int, int]] = []
        for sentence in doc.sents:
            if self.needs(sentence, covered):
                if runs and runs[-1][1] == sentence.start:
                    runs[-1] = (runs[-1][0], sentence.end)
                else:
                    runs.append((sentence.start, sentence.end))
        spans = []
        for match in matches:
            if any(start < match.end and match.start < end for start, end in runs):
                continue
            label = next((LABELS[e.kind] for e in match.entries if e.kind in LABELS), None)
            if label and match.end - match.start > 1 and doc[match.end - 1].lower_ in ORG_HEADS:
                label = "ORG"
            if label:
                spans.append((match.start, match.end, label))
        if self.names_only:
            spans += shapes(doc, runs, spans)
        return runs, spans


def gated_ner(ner, docs: Iterable, gate: NerGate, batch_size: int = 256) -> Iterator:
    """The Docs (sentence starts set, no entities yet) with entities: the model's on the
    runs ``gate`` asks for, dictionary matches elsewhere. Yields the Docs in order."""
    from spacy.tokens import Span

    docs = list(docs)
    pieces: list[tuple[int, int, object]] = []  # (doc number, token offset, Doc given to the NER)
    dictionary: dict[int, list] = {}
    for number, doc in enumerate(docs):
        runs, spans = gate.plan(doc)
        if runs == [(0, len(doc))]:
            pieces.append((number, 0, doc))
            continue
        dictionary[number] = spans
        pieces.extend((number, start, doc[start:end].as_doc()) for start, end in runs)
    found: dict[int, list] = {}
    for (number, offset, _piece), tagged in zip(pieces, ner.pipe((p for _, _, p in pieces), batch_size=batch_size),
                                               strict=True):
        if tagged is not docs[number]:
            found.setdefault(number, []).extend((offset + e.start, offset + e.end, e.label_) for e in tagged.ents)
    for number, doc in enumerate(docs):
        if number in dictionary:
            spans = sorted(dictionary[number] + found.get(number, []))
            doc.ents = [Span(doc, start, end, label=label) for start, end, label in spans]
        yield doc


def shapes(doc, runs: list[tuple[int, int]], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Dates, times and amounts by ``newsevents.entities``' token shapes outside the NER's runs
    and the dictionary's entities."""
    from newsevents.entities import _dates, _numbers

    taken = {i for start, end in runs for i in range(start, end)} | {i for s, e, _ in spans for i in range(s, e)}
    found: list = []
    _dates(doc, taken, found)
    _numbers(doc, taken, found)
    return [(span.start, span.end, span.label_) for span in found]

"""The model's NER only on the sentences that need it (issue #13; ``Options(ner_gate=...)``, on by default).

A sentence needs the model's named-entity recogniser when one of its tokens is

* capitalised and not inside an actor-dictionary match (a name the dictionaries do not
  know), unless it is the sentence's first word and a stop word ("The", "But", "He") or
  is "I" or an honorific ("Mr": the name after it is what counts);
* with ``ner_gate="all"`` only: a token with a digit, or a word the recogniser reads as a
  date, time or number ("today", "week", "dozens", "first").

The other sentences get the dictionary matches as entities, labelled by entry kind as
``newsevents.entities`` labels them (country GPE, demonym NORP, person PERSON, ...), and
with ``ner_gate="names"`` dates, times and amounts by ``newsevents.entities``' token shapes
(day and month names then need no recogniser either). Runs of consecutive sentences that
need the recogniser go through it as one Doc each (a whole paragraph when every sentence
needs it, which gives the model's own output). With ``ner_gate="window"`` (otherwise as
"names") the NER reads, instead of the whole sentence, ``WINDOW`` tokens each side of each such
word (widened so as not to cut a run of capitalised words or numbers): the model's token vectors
see four neighbours each side and its moves the word before, so the name itself is read as in
the whole paragraph. ``"document-window"`` also leaves out a name the NER has read earlier in
the same document and labels it as the NER labelled it there (``recall``, at that word only).
``bench/ner_gate.py`` measures the share of text it skips and its CPU; docs/parse.md has the figures.
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
    entities for the rest. ``mode``: one of ``MODES`` (see the module's text)."""

    def __init__(self, lexicon, *, mode: str = "all", names_only: bool | None = None):
        from spacy.lang.en.stop_words import STOP_WORDS

        if names_only is not None:
            mode = "names" if names_only else "all"
        if mode not in MODES:
            raise ValueError(f"NER gate mode must be one of {MODES}, not {mode!r}")
        self.lexicon = lexicon
        self.stop_words = frozenset(STOP_WORDS)
        self.names_only = mode != "all"  # dates and numbers from newsevents.entities' token shapes, not the model
        self.remembers = mode in ("document", "document-window")  # a name the model has read earlier in the
        # document is not read again
        self.margin = WINDOW if mode.endswith("window") else None  # the NER reads this many tokens each side of a name
        # capitalised words that are no name: "I", honorifics (the name after them is what counts),
        # and with names_only the day and month names newsevents.entities dates
        self.never_names = HONORIFICS | (DAYS | MONTHS) - AMBIGUOUS_MONTHS if self.names_only else HONORIFICS

    def run(self, ner, docs: list, groups: list | None = None) -> Iterator:
        """The docs with entities: the model's ``ner`` where the gate asks, dictionaries elsewhere."""
        return gated_ner(ner, docs, self, groups=groups)

    def needs(self, sentence, covered: set[int]) -> bool:
        return self.trigger(sentence, covered) is not None

    def trigger(self, sentence, covered: set[int]):
        """The first token of ``sentence`` that needs the model's NER, or None."""
        return next(self.triggers(sentence, covered), None)

    def triggers(self, sentence, covered: set[int], words: tuple | None = None) -> Iterator:
        """The tokens of ``sentence`` that need the model's NER (``words``: ``token_words`` of its Doc,
        when the caller has read them)."""
        texts, lowers, alpha = words or token_words(sentence.doc)
        start, end = sentence.start, sentence.end
        first = next((i for i in range(start, end) if alpha[i]), start)  # after an opening quote
        for i in range(start, end):
            text, lower = texts[i], lowers[i]
            name = text[:1].isupper() and i not in covered and not (
                i == first and lower in self.stop_words or lower in self.never_names)
            if name or not self.names_only and (lower in NUMERIC_WORDS or any(c.isdigit() for c in text)):
                yield sentence.doc[i]

    def plan(self, doc, seen: set[str] | None = None, skipped: list[int] | None = None
             ) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
        """(runs of tokens that need the NER, dictionary entities (start, end, label) outside them).
        With ``seen`` (the names the NER reads earlier in the document; updated here), a sentence
        whose names are all in it is left out of the runs (with a window: a name in it), and
        ``recall`` labels it afterwards; ``skipped`` gets the names left out by window."""
        from newsevents.actors.match import find_matches

        if not len(doc):
            return [], []
        matches = find_matches(doc, self.lexicon)
        covered = {i for m in matches for i in range(m.start, m.end)}
        runs: list[tuple[int, int]] = []
        left_out: list[int] = []
        words = token_words(doc)
        for sentence in doc.sents:
            triggers = list(self.triggers(sentence, covered, words))
            names = {token.text for token in triggers}
            if not names or seen is not None and self.margin is None and names <= seen:
                continue
            if self.margin is None:
                pieces = [(sentence.start, sentence.end)]
            else:
                pieces = [window(doc, t.i, self.margin) for t in triggers if seen is None or t.text not in seen]
                left_out += [t.i for t in triggers if seen is not None and t.text in seen]
            if seen is not None:
                seen |= names
            for start, end in pieces:
                if runs and runs[-1][1] >= start:
                    runs[-1] = (runs[-1][0], max(end, runs[-1][1]))
                else:
                    runs.append((start, end))
        if skipped is not None:
            skipped += [i for i in left_out if not any(start <= i < end for start, end in runs)]
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


def token_words(doc) -> tuple[list[str], list[str], list[int]]:
    """Per token of ``doc``: its text, lower-case form and whether it is alphabetic, off the Doc's
    arrays (the gate reads every word of every paragraph; a Token object of each cost more)."""
    from spacy.attrs import IS_ALPHA, LOWER, ORTH

    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, LOWER, IS_ALPHA]).tolist()
    return [strings[orth] for orth, _, _ in rows], [strings[lower] for _, lower, _ in rows], [a for _, _, a in rows]


MODES = ("all", "names", "document", "window", "document-window")
WINDOW = 5  # tokens each side: the NER's token vectors see four neighbours each side, its moves the word before


def window(doc, i: int, margin: int) -> tuple[int, int]:
    """Tokens ``i - margin`` .. ``i + margin`` of ``doc``, widened so as not to begin or end
    inside a run of capitalised words or numbers (a name cut in two)."""
    start, end = max(0, i - margin), min(len(doc), i + 1 + margin)
    while start > 0 and (named(doc[start]) or named(doc[start - 1])):
        start -= 1
    while end < len(doc) and (named(doc[end - 1]) or named(doc[end])):
        end += 1
    return start, end


def named(token) -> bool:
    return token.text[:1].isupper() or token.text[:1].isdigit()


def gated_ner(ner, docs: Iterable, gate: NerGate, batch_size: int = 256, groups: list | None = None) -> Iterator:
    """The Docs (sentence starts set, no entities yet) with entities: the model's on the
    runs ``gate`` asks for, dictionary matches elsewhere. ``groups`` (one a Doc, in paragraph
    order) says which Docs are one document, for a gate that remembers names. Yields the Docs in order."""
    from spacy.tokens import Span

    docs = list(docs)
    groups = groups if groups is not None else list(range(len(docs)))
    pieces: list[tuple[int, int, object]] = []  # (doc number, token offset, Doc given to the NER)
    dictionary: dict[int, list] = {}
    seen: dict = {}
    skipped: dict[int, list[int]] = {}  # with a window: the names left out because the NER read them before
    for number, doc in enumerate(docs):
        runs, spans = gate.plan(doc, seen.setdefault(groups[number], set()) if gate.remembers else None,
                                skipped.setdefault(number, []) if gate.margin is not None else None)
        if runs == [(0, len(doc))]:
            pieces.append((number, 0, doc))
            continue
        dictionary[number] = spans
        pieces.extend((number, start, piece) for (start, _end), piece in zip(runs, piece_docs(doc, runs), strict=True))
    found: dict[int, list] = {}
    for (number, offset, _piece), tagged in zip(pieces, ner.pipe((p for _, _, p in pieces), batch_size=batch_size),
                                                strict=True):
        if tagged is not docs[number]:
            found.setdefault(number, []).extend((offset + e.start, offset + e.end, e.label_) for e in tagged.ents)
    names = remembered(docs, groups, found) if gate.remembers else {}
    for number, doc in enumerate(docs):
        if number in dictionary:
            spans = found.get(number, [])
            spans += [s for s in dictionary[number] if not any(s[0] < e and b < s[1] for b, e, _ in spans)]
            if gate.remembers:
                spans += recall(doc, names.get(groups[number], {}), spans,
                                set(skipped[number]) if gate.margin is not None else None)
            doc.ents = [Span(doc, start, end, label=label) for start, end, label in sorted(spans)]
        yield doc


def piece_docs(doc, runs: list[tuple[int, int]]) -> list:
    """Each run of ``doc`` as a Doc of its own with what the model's NER reads: the words, their
    norms and sentence starts (``Span.as_doc`` copies every annotation and the whole Doc's
    arrays once a run, four times the cost; the NER's entities are the same, tests/test_nergate.py)."""
    from spacy.attrs import NORM, ORTH, SENT_START, SPACY
    from spacy.tokens import Doc

    if not runs:
        return []
    columns = doc.to_array([ORTH, SPACY, NORM, SENT_START])
    strings = doc.vocab.strings
    pieces = []
    for start, end in runs:
        rows = columns[start:end]
        piece = Doc(doc.vocab, words=[strings[orth] for orth in rows[:, 0].tolist()],
                    spaces=rows[:, 1].astype(bool).tolist())
        pieces.append(piece.from_array([NORM, SENT_START], rows[:, 2:]))
    return pieces


def remembered(docs: list, groups: list, found: dict[int, list]) -> dict:
    """Per document, each word of an entity the model found -> (label, the entity's words)."""
    names: dict = {}
    for number, doc in enumerate(docs):
        spans = found.get(number) or [(e.start, e.end, e.label_) for e in doc.ents]
        for start, end, label in spans:
            words = frozenset(doc[i].text for i in range(start, end))
            for word in words:
                names.setdefault(groups[number], {}).setdefault(word, (label, words))
    return names


def recall(doc, names: dict, spans: list[tuple[int, int, str]], only: set[int] | None = None
           ) -> list[tuple[int, int, str]]:
    """Entities for the capitalised words of ``doc`` outside ``spans`` (and among ``only``) that the
    model labelled earlier in the document, each stretched over the neighbours that were in that
    entity too."""
    taken = {i for start, end, _ in spans for i in range(start, end)}
    out = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if i in taken or only is not None and i not in only or not token.text[:1].isupper() \
                or token.text not in names:
            i += 1
            continue
        label, words = names[token.text]
        end = i + 1
        while end < len(doc) and end not in taken and (only is None or end in only) and doc[end].text in words \
                and names.get(doc[end].text, ("",))[0] == label:
            end += 1
        out.append((i, end, label))
        i = end
    return out


def shapes(doc, runs: list[tuple[int, int]], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Dates, times and amounts by ``newsevents.entities``' token shapes outside the NER's runs
    and the dictionary's entities."""
    from newsevents.entities import _dates, _numbers

    taken = {i for start, end in runs for i in range(start, end)} | {i for s, e, _ in spans for i in range(s, e)}
    found: list = []
    _dates(doc, taken, found)
    _numbers(doc, taken, found)
    return [(span.start, span.end, span.label_) for span in found]

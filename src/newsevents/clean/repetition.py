"""Lines a site repeats across its pages: that site's boilerplate (CCNet-style line hashes).

A corpus run first counts, per site, in how many different pages each line occurs
(``count_repeated_lines``); the clean stage then removes a line found in at least
``min_pages`` of them with the reason ``repeated-across-pages``. Pages are told apart by
their longest prose line, so copies of one article (syndication, a page crawled twice) do not
make its own sentences look like chrome. Hashes are stable across processes (blake2b),
so the table can be handed to worker processes.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from newsevents.clean.paragraphs import split_paragraphs
from newsevents.clean.signals import shape
from newsevents.model import Document

MIN_PAGES = 3
TOKEN = re.compile(r"\w+")


def normalised(line: str) -> str:
    """A line's words and numbers in lower case: what is left when punctuation and spacing go."""
    return " ".join(TOKEN.findall(line.lower()))


def line_hash(line: str) -> int:
    """A stable 64-bit hash of a line, ignoring case, punctuation and spacing."""
    return int.from_bytes(hashlib.blake2b(normalised(line).encode("utf-8"), digest_size=8).digest(), "big")


def site_of(doc: Document) -> str | None:
    """The site a document comes from: its ``source``, its URL's host, else its file's folder."""
    if doc.source:
        return doc.source.strip().lower()
    if doc.url:
        host = urlsplit(doc.url).hostname
        if host:
            return host.removeprefix("www.")
    if doc.origin and doc.origin != "-":
        path = doc.origin.rsplit(":", 1)[0] if doc.format == "record" else doc.origin
        return os.path.dirname(os.path.abspath(path)) if doc.format != "record" else os.path.abspath(path)
    return None


@dataclass(frozen=True)
class RepeatedLines:
    """Per site, the hashes of lines seen in at least ``min_pages`` different pages."""

    by_site: dict[str, frozenset[int]] = field(default_factory=dict)

    def for_site(self, site: str | None) -> Callable[[str], bool] | None:
        """A test for one site's repeated lines, or None when the site has none."""
        hashes = self.by_site.get(site) if site else None
        if not hashes:
            return None
        return lambda line: bool(normalised(line)) and line_hash(line) in hashes

    def __len__(self) -> int:
        return sum(len(hashes) for hashes in self.by_site.values())


def page_lines(doc: Document) -> list[str]:
    """The lines the clean stage will judge (text pages and records; HTML goes through trafilatura)."""
    return [] if doc.format == "html" or not doc.raw.strip() else split_paragraphs(doc.raw)


def page_identity(lines: list[str]) -> int:
    """What tells pages apart: the hash of their longest prose line (of their longest line if none)."""
    prose = [line for line in lines if shape(line).prose]
    return line_hash(max(prose or lines, key=len))


def count_repeated_lines(pages: Iterable[tuple[str | None, list[str]]], *,
                         min_pages: int = MIN_PAGES) -> RepeatedLines:
    """Repeated lines from (site, lines) pairs, one per page."""
    seen: dict[str, dict[int, set[int]]] = {}
    for site, lines in pages:
        if not site or not lines:
            continue
        identity = page_identity(lines)
        counts = seen.setdefault(site, {})
        for key in {line_hash(line) for line in lines if normalised(line)}:
            pages_seen = counts.setdefault(key, set())
            if len(pages_seen) < min_pages:
                pages_seen.add(identity)
    return RepeatedLines({site: frozenset(k for k, ids in counts.items() if len(ids) >= min_pages)
                          for site, counts in seen.items()})


def repeated_in(docs: Iterable[Document], *, min_pages: int = MIN_PAGES) -> RepeatedLines:
    """Repeated lines of a stream of documents (the first pass of a corpus run)."""
    return count_repeated_lines(((site_of(doc), page_lines(doc)) for doc in docs), min_pages=min_pages)

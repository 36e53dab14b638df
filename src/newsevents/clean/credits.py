"""Wire credits, datelines and publishers found in the text of a page."""

from __future__ import annotations

import re
from functools import lru_cache

from newsevents.resources import data_path, read_tsv, split_values

CREDIT = re.compile(
    r"^(?:(?P<dateline>[A-Z][A-Z.'-]+(?:[ /][A-Z][A-Z.'-]+)*(?:,\s*(?:[A-Z][A-Za-z.]+ ?)+)?"
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?)\s*)?"
    r"\((?P<wire>[^()]{2,40})\)\s*[-–—:]+\s*"
)
DATELINE_ONLY = re.compile(
    r"^(?P<dateline>[A-Z]{3,}[A-Z.'-]*(?: [A-Z]{2,}[A-Z.'-]*)*(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?(?=,))?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?)\s+[-–—]+\s+"
)
TRAILING_WIRE = re.compile(r"^\s*(?P<wire>reuters?|ap|afp)\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def wire_names() -> dict[str, str]:
    """Credit as written (lowercase) -> agency name."""
    names: dict[str, str] = {}
    for _, (credits, name) in read_tsv(data_path("clean", "wires.tsv"), columns=2):
        for credit in split_values(credits):
            names[credit.lower()] = name
    return names


@lru_cache(maxsize=1)
def publisher_patterns() -> tuple[re.Pattern[str], ...]:
    path = data_path("clean", "publishers.tsv")
    return tuple(re.compile(pattern, re.IGNORECASE) for _, (pattern,) in read_tsv(path, columns=1))


def agency(credit: str) -> str | None:
    """The agency a credit names, if it is one we know."""
    return wire_names().get(credit.strip().lower())


def split_credit(paragraph: str, *, dateline_only: bool = True) -> tuple[str | None, str | None, str]:
    """(wire, dateline, rest) for a paragraph that opens with a credit.

    ``dateline_only`` also accepts a bare ``CAIRO -`` dateline; off when the record
    already gave its dateline (then ``WHEAT - 2,602,000 bushels`` is a table row).
    """
    match = CREDIT.match(paragraph)
    if match:
        wire = agency(match["wire"])
        if wire:
            dateline = (match["dateline"] or "").strip(" ,") or None
            return wire, dateline, paragraph[match.end():]
    match = DATELINE_ONLY.match(paragraph) if dateline_only else None
    if match and len(match["dateline"]) <= 40:
        return None, match["dateline"].strip(" ,"), paragraph[match.end():]
    return None, None, paragraph


def trailing_wire(paragraph: str) -> str | None:
    """The agency of a closing credit line such as ``REUTER``."""
    match = TRAILING_WIRE.match(paragraph)
    return agency(match["wire"]) if match else None


def find_publisher(lines: list[str]) -> str | None:
    """The publisher named by the page's own boilerplate ("Support The Duran on Patreon")."""
    for line in lines:
        for pattern in publisher_patterns():
            match = pattern.search(line.strip())
            if match:
                name = match["name"].strip(" .,'")
                if name and name.lower() not in {"the author", "author", "us"}:
                    return name
    return None

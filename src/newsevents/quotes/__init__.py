"""quotes: quotations and who said them (first version pending)."""

from __future__ import annotations

from newsevents.model import Document


def find_quotes(doc: Document) -> Document:
    """The quotes stage."""
    return doc

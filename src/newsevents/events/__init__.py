"""events: who did what to whom (first version pending)."""

from __future__ import annotations

from newsevents.model import Document


def code_events(doc: Document) -> Document:
    """The events stage."""
    return doc

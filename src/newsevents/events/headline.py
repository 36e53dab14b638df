"""Headlines: telegraphic English restated by the body.

"Russia to expel diplomats" and "Rebels seize border town" are parsed as sentences:
the present tense tells a past event, "to" + verb an intended one
(``modality.telegraphic_future``). The body restates the headline's act, often with
another leaf code, modality or sector ("Russia" / "Russian Foreign Ministry"): an event
of the headline whose dyad (source and target countries) and CAMEO root the body also
has is the same event, counted once, and the body's is kept — its sentence carries the
date, the quote and the full names.
"""

from __future__ import annotations

from newsevents.model import Event


def dyad_root(event: Event) -> tuple[str, str, str]:
    return event.source[:3], event.target[:3], event.code[:2]


def merge_headline(events: list[Event], headline_end: int) -> list[Event]:
    """Drop the headline's events that the body restates (same dyad and root)."""
    in_body = {dyad_root(e) for e in events if e.start >= headline_end and e.modality != "negated"}
    return [e for e in events if e.start >= headline_end or dyad_root(e) not in in_body]

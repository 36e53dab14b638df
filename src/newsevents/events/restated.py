"""Events told again without their target, dropped at the end of assembly (moved from events/__init__.py)."""

from __future__ import annotations

from dataclasses import replace

from newsevents.events.ontology import describe
from newsevents.model import Event


def plover_of(event: Event) -> str | None:
    return event.plover or describe(event.code).plover


def drop_restated(events: list[Event]) -> list[Event]:
    """An event with no known target is dropped when the same source and code appear with
    one, or an act of the same PLOVER category in the same sentence ("launched fire against X,
    killing or wounding 50")."""
    known = {(e.source, e.code) for e in events if e.target != "---"}
    known |= {(e.source, plover_of(e), e.start) for e in events if e.target != "---"}
    kept = [e for e in events if e.target != "---"
            or (e.source, e.code) not in known and (e.source, plover_of(e), e.start) not in known]
    return [replace(e, id=f"e{i}") for i, e in enumerate(kept, start=1)]

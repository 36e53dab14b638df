"""Headlines and headings: telegraphic English restated by the text below them.

"Russia to expel diplomats" and "Rebels seize border town" are parsed as sentences:
the present tense tells a past event, "to" + verb an intended one
(``modality.telegraphic_future``). The text below restates the heading's act, often with
another leaf code, modality or sector ("Russia" / "Russian Foreign Ministry"): an event
of a heading — the headline, or a live blog's or web page's subheading (a short paragraph
without closing punctuation) — whose dyad (source and target countries) and CAMEO root
the text after it also has is the same event, counted once, and the later one is kept:
its sentence carries the date, the quote and the full names.
"""

from __future__ import annotations

from newsevents.model import Event, Paragraph

HEADING_WORDS = 14  # a subheading is short ...
CLOSING = (".", "!", "?", '"', "\u201d", "'", "\u2019", ":", ";", ")")  # ... and does not end like a sentence


def is_heading(paragraph: Paragraph) -> bool:
    text = paragraph.text.strip()
    return paragraph.part == "headline" or paragraph.part == "body" and bool(text) \
        and len(text.split()) <= HEADING_WORDS and not text.endswith(CLOSING)


def dyad_root(event: Event) -> tuple[str, str, str]:
    return event.source[:3], event.target[:3], event.code[:2]


def same_actor(one: str, other: str) -> bool:
    """Codes that can name one actor: equal, or one the other's country ("RUS", "RUSGOV")."""
    return one == other or one.startswith(other) or other.startswith(one) or "---" in (one[:3], other[:3])


INTENT_ROOTS = ("03", "13")  # what a heading's "X to VERB" becomes: an intent or a threat


def restates(later: Event, heading: Event) -> bool:
    """The text's event restates the heading's: same dyad and root, or the heading's intent
    or threat ("UK to expel 23 Russian diplomats": 131) told as the act ("Britain will
    expel ...": 161). Two actors of one country in other sectors ("Bush", USAGOV, and "John
    Kerry's campaign", USAOPP) are not the same actor."""
    if not (same_actor(later.source, heading.source) and same_actor(later.target, heading.target)):
        return False
    if dyad_root(later) == dyad_root(heading):
        return True
    return heading.modality == "intended" and heading.code.startswith(INTENT_ROOTS) \
        and dyad_root(later)[:2] == dyad_root(heading)[:2] and later.modality in ("asserted", "intended")


def merge_headings(events: list[Event], headings: list[tuple[int, int]]) -> list[Event]:
    """Drop the events of headings (``(start, end)`` spans) that the text after them restates."""
    def heading_end(event: Event) -> int | None:
        return next((end for start, end in headings if start <= event.start < end), None)

    kept = []
    for event in events:
        end = heading_end(event)
        if end is not None and any(later.start >= end and heading_end(later) is None and later.modality != "negated"
                                   and restates(later, event) for later in events):
            continue
        kept.append(event)
    return kept

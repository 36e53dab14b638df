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


def same_party(code: str, text: str | None, other: str, other_text: str | None) -> bool:
    """One actor: codes that can name one, or one person named in both, whom the words around code in two
    sectors of one country ("Donald Trump", USAELI, in the headline; "Republican presidential nominee Donald
    Trump", USAPTY, below it: audit on unseen articles, nineteenth session)."""
    return same_actor(code, other) or code[:3] == other[:3] and surname(text) is not None \
        and surname(text) == surname(other_text)


def surname(text: str | None) -> str | None:
    """The last word of a name ("Trump" of "Republican presidential nominee Donald Trump"); None for a word
    that is no name (a pronoun, a lower-case noun: "the president", "officials")."""
    words = (text or "").replace("\u2019s", "").replace("'s", "").split()
    return words[-1].lower() if words and words[-1][:1].isupper() and words[-1].isalpha() \
        and words[-1].lower() not in PRONOUNS else None


PRONOUNS = {"he", "she", "it", "they", "him", "her", "his", "its", "their", "them", "i", "we", "you"}
INTENT_ROOTS = ("03", "13")  # what a heading's "X to VERB" becomes: an intent or a threat


def restates(later: Event, heading: Event) -> bool:
    """The text's event restates the heading's: same dyad and root, or the heading's intent
    or threat ("UK to expel 23 Russian diplomats": 131) told as the act ("Britain will
    expel ...": 161). Two actors of one country in other sectors ("Bush", USAGOV, and "John
    Kerry's campaign", USAOPP) are not the same actor."""
    if not (same_party(later.source, later.source_text, heading.source, heading.source_text)
            and same_party(later.target, later.target_text, heading.target, heading.target_text)):
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

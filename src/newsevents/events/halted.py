"""Leaving talks halts negotiations (CAMEO 164); it is no meeting, no strike and no retreat.

The audits on unseen articles found talks named in what a party leaves coded as talks ("Israel and Egypt
announced their withdrawal from the talks": 040 between them), and the leaving coded by its verb's
other senses: "Iran walked out of the talks with the United States" a strike (143), "pulled out of the
nuclear talks" a military retreat (0874). An event whose trigger is talks left, or a leaving whose
from- or of-phrase is talks, is 164 with the parties it has ("quit the talks" already is).
"""

from __future__ import annotations

from dataclasses import replace

from newsevents.events import syntax
from newsevents.events.found import Found

HALT_NEGOTIATIONS = "164"
TALKS = {"talk", "negotiation", "dialogue", "dialog"}
LEAVING = {"withdraw", "withdrawal", "pull", "walk", "exit", "quit", "leave", "retreat", "storm"}
LEAVING_PREPS = {"from", "of"}
LEFT_OBJECT = {"quit", "leave", "exit", "abandon"}  # "quit the talks", "abandoned negotiations"


def leaving(token) -> bool:
    """A word of leaving, or the particle of one ("pulled *out* of", "walked *out* of")."""
    if token.lower_ == "out":
        token = token.head
    return token.lemma_.lower() in LEAVING


def talks_left(noun) -> bool:
    """"withdrawal from the talks", "walked out of the negotiations", "abandoned the dialogue"."""
    if noun.lemma_.lower() not in TALKS:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in LEAVING_PREPS:
        return leaving(noun.head.head)
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in LEFT_OBJECT


def leaves_talks(trigger) -> bool:
    """The trigger is a leaving whose from- or of-phrase is talks ("pulled out of the nuclear talks")."""
    if not leaving(trigger):
        return False
    heads = [trigger, *(c for c in trigger.children if c.lower_ == "out" and c.dep_ in ("prt", "prep"))]
    return any(talks_left(o) for head in heads for p in syntax.children(head, "prep") if p.lower_ in LEAVING_PREPS
               for o in syntax.children(p, "pobj"))


def halted_talks(found: list[Found]) -> list[Found]:
    """Each event of talks left, or of leaving them, as a halt of negotiations (164)."""
    return [replace(f, code=HALT_NEGOTIATIONS) if talks_left(f.trigger) or leaves_talks(f.trigger) else f
            for f in found]

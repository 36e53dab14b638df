"""Stand-ins for doers the sentence does not name, settled at assembly: the authorities of a passive arrest
("a US national was arrested in Italy": of the country where it happens), a weapon that did the killing (of
where it was fired from or went off), a crowd counted as the subject of a protest, and acts of force told in
the passive with no doer, whose doer the story has already named: after "Iraq said
its warplanes attacked Iranian oil sites", "the Kharg terminal, attacked about 135 times since 1985, was
last raided in January" is Iraq's raid. The passive gets a stand-in doer (``unsaid_doer``, coder.py); at
assembly the stand-in becomes the state that did an act of the same root to the same country earlier in
the story, when only one state did (``story_doer``); else the act stays unattributed and is dropped, as
any act of no known doer is."""

from __future__ import annotations

from newsevents.events import syntax
from newsevents.events.patterns import Pattern, Rules
from newsevents.model import Event, Mention

AGENTLESS_ROOTS = ("15", "16", "18", "19", "20")  # force and sanctions; arrests have their own stand-in
UNSAID = "unsaid"
FORCE_ROOTS = {"18", "19", "20"}
CROWDS = {"tens", "thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "scores", "crowd", "crowds"}


def told_passive(verb) -> bool:
    """"the terminal was raided", and the participle on its noun: "the terminal, attacked 135 times", "sanctions
    imposed on Japan" (no agent: the coder asks this only where it found no doer)."""
    return syntax.is_passive(verb) or verb.dep_ == "acl" and verb.tag_ == "VBN"


def unsaid_doer(token) -> Mention:
    """The doer a passive act of force leaves unsaid ("the terminal was raided"), settled by ``story_doer``."""
    return Mention(text=token.text, start=token.idx, end=token.idx + len(token.text), code="---", kind=UNSAID)


def story_doer(source: str, mention: Mention | None, target: Mention | None, code: str, events: list[Event]) -> str:
    """``source`` unchanged, unless it is an unsaid doer: then the one state whose earlier event in the story has
    the same root and a target of the same country, not its own ("---" when none or several did)."""
    if mention is None or mention.kind != UNSAID or target is None or not target.code \
            or target.code.startswith("---"):
        return source
    doers = {e.source for e in events if e.code[:2] == code[:2] and e.target[:3] == target.code[:3]
             and e.source[:3].isalpha() and e.source[:3] != e.target[:3] and e.modality == "asserted"}
    states = {d[:3] for d in doers}
    return doers.pop() if len(doers) == 1 else (next(iter(states)) if len(states) == 1 else "---")


def authorities(token) -> Mention:
    """The unnamed authorities of a passive arrest, charge or investigation: of the country
    where it happens, placed later (no place, no event)."""
    return Mention(text=token.text, start=token.idx, end=token.idx + len(token.text), code="---", kind="authority")


def device(token, pattern: Pattern, rules: Rules) -> Mention | None:
    """A weapon or blast as the subject of an attack ("a roadside bomb killed ..."): an
    actor of unknown country, placed later where the attack happened; a crowd counted as
    the subject of a protest ("thousands marched in Baghdad"): civilians of where it was."""
    if pattern.code[:2] == "14" and token.lemma_.lower() in CROWDS:
        return Mention(text=token.text, start=token.idx, end=token.idx + len(token.text), code="---CVL", kind="crowd")
    if pattern.code[:2] not in FORCE_ROOTS or token.lemma_.lower() not in rules.devices:
        return None
    return Mention(text=token.text, start=token.idx, end=token.idx + len(token.text), code="---", kind="device")

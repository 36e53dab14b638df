"""Targets at home: when an event's target is the source's own country.

The story and the placing rules (``events/context.py``, ``events/placing.py``) fill a
target the sentence leaves unnamed, and an unknown person or group is placed in the
source's country. On real news that made many events aimed at one's own country that
nobody would code: "Trump seized on the video", "she concedes", "campaigning in Iowa",
"Christie accused Cruz", "one of his rallies". The rules here keep the acts that are at
home by nature (protests, curfews and emergencies, arrests) and drop the rest
(docs/events.md, "Ninth session").
"""

from __future__ import annotations

from newsevents.events.context import needs_recipient
from newsevents.events.found import Found, known
from newsevents.events.placing import place_of
from newsevents.events.rallies import campaign_rally

AT_HOME = ("14", "081", "082", "0832", "0833", "0834", "132", "133", "137", "172", "173")  # protests, curfews
# and emergencies imposed, lifted or threatened, yielding to demands at home (not a resignation, 0831: aimed at
# nobody), threats of repression ("vowed to crush the rebellion in Darfur"), arrests


def at_home(code: str) -> bool:
    """An act done at home by nature: aimed at the source's own country when it names no target."""
    return code.startswith(AT_HOME) or code == "083"
VERBAL = {"01", "02", "03", "04", "05", "10", "11", "12", "13"}  # words, not deeds
ABROAD = VERBAL | {"16"}  # and cuts in relations: none is aimed at a person of one's own country
OFFICE = {"GOV", "ELI", "LEG"}  # office holders, past ones and lawmakers
SPEAKS_FOR_STATE = OFFICE | {"MIL", "PTY"}  # whose act on their own country as a whole is no event
WORDS = {"01", "05"}  # a statement or a campaign at home is aimed at nobody in particular


def home_target(found: Found, source: str, target: str, token, mention, actor_of) -> str | None:
    """The event's target, ``---`` for an act that needs no recipient and has none, or None
    when the event is aimed at nobody (``token``/``mention``: the target's word and actor)."""
    if target[:3] != source[:3]:
        return target
    if target == source[:3] and found.pattern.code[:2] in ABROAD and token is not None and not known(mention):
        return None  # "Christie accused Cruz", "suspended two staffers": a person no dictionary knows
    if target == source[:3] and token is not None and source[3:6] in SPEAKS_FOR_STATE \
            and not at_home(found.code) and found.code[:2] not in ("03", "08", "17"):
        return None  # "Trump targeted the United States' neighbour", "an information war against Russia"
    if campaign_rally(found, source):
        return None  # "one of his rallies", "Obama planned to rally in Ann Arbor": a campaign, not a protest
    if found.code.startswith("083") and source[3:6] == "JUD":
        return None  # "the Court of Appeals reversed a previous decision": a ruling, no yielding to demands
    if token is None and not at_home(found.code) \
            and (found.code[:2] in WORDS or place_of(found.trigger, actor_of) != source[:3]):
        return None if needs_recipient(found.code) else "---"  # "the army chief resigned": ---
    return target


def private_gift(found: Found, source: str, target: str, s_mention) -> bool:
    """A sum of money (patterns.tsv object class @money) given at home ("donors gave money to Mr Weiner", "gave
    $15 million to a super PAC") or by people named by their nationality ("the Spaniard donated his prize money",
    "Turkish Americans provided thousands of dollars") is a donation, not aid (071, 0331), which a state or a
    body gives across a border."""
    if found.pattern.object_class != "money":
        return False
    return target[:3] == source[:3] or s_mention is not None and s_mention.kind == "demonym"


AT_HOME_ROOTS = ("14", "17", "18")  # protests, arrests, communal violence: a country's people on its people


def on_itself(source: str, target: str, s_mention, t_mention, code: str) -> bool:
    """An actor acting on the same actor ("the FBI agents pressed the FBI", IRNGOV summoning
    IRNGOV): the gold sets hardly ever hold one, the coder made many, nearly all wrong. Two
    people of one code ("Trump" and "Bill Clinton", both USAELI in 2016), and a country's
    protests, arrests and violence at home stay."""
    if source != target or code[:2] in AT_HOME_ROOTS or at_home(code):  # "Ecuador revokes state of emergency"
        return False
    return not (s_mention is not None and t_mention is not None and s_mention.name and t_mention.name
                and s_mention.name != t_mention.name)


VERBAL_CONFLICT_ROOTS = ("10", "11", "12", "13")


def placed_onto_its_target(source: str, target: str, s_mention, t_mention, code: str) -> bool:
    """A speaker the text names only by sector ("intelligence officials said Russia was involved ..."), placed by
    the story in the very state it accuses, criticises or threatens as a whole: placing went wrong, no state's
    unnamed officials accuse their own country (twenty-fourth session)."""
    return code[:2] in VERBAL_CONFLICT_ROOTS and s_mention is not None and (s_mention.code or "").startswith("---") \
        and t_mention is not None and t_mention.kind in ("country", "capital") and source[:3] == target[:3]

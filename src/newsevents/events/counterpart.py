"""The counterpart of an act that names none: a force posture, a truce, a retreat.

"Georgia called up reservists", "South Korea's air force staged a bombing drill",
"Copenhagen pulled the troops out": such acts are aimed at the other side of a
conflict, which the sentence often leaves unsaid, and their object, when it is the
source's own forces, is the means, not the recipient. For the codes of
``data/events/counterpart_acts.tsv`` an unknown target, or the source's own forces,
becomes, in order:

1. the one other state the sentence names ("said it was at war with Russia and called
   up reservists");
2. the other state of the story's principal pair, when the source is one of them;
3. the doer of the story's first material conflict (roots 15-20) of another country: a
   third state's drill after a missile launch answers the launcher.

A rebel group or an opposition is not the state's forces: "the army and the RSF agreed a
ceasefire" stays between them.
"""

from __future__ import annotations

FORCES = {"MIL", "COP", "SPY"}  # sectors of the means of a posture or a retreat


def counterpart_codes() -> tuple[str, ...]:
    """CAMEO codes or prefixes whose act is aimed at the source's counterpart (``counterpart_acts.tsv``)."""
    from newsevents.events.ontology import code_list

    return code_list("counterpart_acts.tsv")


def aimed_at_counterpart(code: str) -> bool:
    return code.startswith(counterpart_codes())


def own_forces(source: str, target: str) -> bool:
    """The target is the source state's own forces ("its troops", "reservists")."""
    return target[:3] == source[:3] and target[3:6] in FORCES and source[3:6] in STATE_SECTORS


STATE_SECTORS = {"", "GOV", "MIL"}
PLACES = {"country", "capital", "city"}


def own_ground(source: str, target: str, mention) -> bool:
    """The target is only a place in the source's own country ("M23 rebels pulled out of Goma"):
    where the act happens, not whom it is aimed at; like the source's own forces, it gives way to
    the counterpart, else to no target (PLOVER's records: "completed their withdrawal from Gorazde")."""
    return mention is not None and mention.kind in PLACES and target == source[:3]


def counterpart(source: str, sentence_states: set[str], pair: tuple[str, ...],
                aggressor: str | None) -> str | None:
    """The state an act of the source with no named target is aimed at, or None
    (``aggressor``: the doer of the story's first material conflict not of the source's country)."""
    others = sentence_states - {source[:3]}
    if len(others) == 1:
        return others.pop()
    if source[:3] in pair:
        return next(state for state in pair if state != source[:3])
    return aggressor if not others else None

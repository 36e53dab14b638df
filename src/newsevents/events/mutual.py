"""Acts states do to each other: "Pakistani and Indian troops exchanged fire", "Armenia and
Azerbaijan swapped prisoners" — with no other party named, each acts on the others
(constructions.tsv, mutual). Consultation and cooperation are mutual already (coder.mutual)."""

from __future__ import annotations

from dataclasses import replace

from newsevents.events.found import RECIPROCAL_ROOTS, Found, known
from newsevents.events.patterns import Rules


def mutual_acts(found: list[Found], rules: Rules) -> list[Found]:
    """Each found act of a mutual verb with two or more source states and no target named at
    all gets the sources as its targets (coder.dyads pairs each with the others, not itself)."""
    if "mutual" not in rules.constructions:
        return found
    _, verbs = rules.constructions["mutual"]
    settled = []
    for event in found:
        countries = {m.code[:3] for _, m in event.sources if known(m)}
        if not event.targets and len(countries) > 1 and event.code[:2] not in RECIPROCAL_ROOTS \
                and event.trigger.lemma_.lower() in verbs:
            event = replace(event, targets=tuple(s for s in event.sources if known(s[1])))
        settled.append(event)
    return settled

"""A journey told by a verb of motion ("left for Tokyo", "went to Lima", "flew to Ankara") is a visit (042)
only when an official makes it to a place or a person: people, refugees or troops who go somewhere
("Syrian refugees went to Germany", "Kenyan troops travelled to Somalia") make no visit, nor does a vehicle or a
thing ("the ferry left Belgium for Britain", "as it left": journey_vehicles), and going *to* an
organisation ("will not go to the IMF for help") is asking it, not visiting it; nor is a trip at home ("Trump
will go to the CIA", "the minister flew to Mombasa": the traveller's own country) (constructions.tsv: journey, the
verbs; journey_travellers, the sectors whose travel is no visit; twenty-ninth session, E)."""

from __future__ import annotations

from newsevents.events.found import Found, known

VISIT = "042"
DESTINATION_KINDS = {"country", "capital", "city", "person", "role", "seat", "demonym", "pronoun"}


def is_journey(found: Found, rules) -> bool:
    """A visit found on a verb of motion (the pattern's code 042, its word a cue of ``journey``)."""
    if found.pattern.code != VISIT or found.pattern.pos != "V" or "journey" not in rules.constructions:
        return False
    if found.code[:2] == "07":
        return False  # "Kenyan peacekeepers arrived in Somalia": peacekeeping (constructions.tsv, deployment)
    return found.trigger.lemma_.lower() in rules.constructions["journey"][1]


def no_visit(found: Found, rules) -> bool:
    """A journey by travellers who make no visit, or to an organisation named as such."""
    if not is_journey(found, rules):
        return False
    travellers = rules.constructions.get("journey_travellers", ("", frozenset()))[1]
    vehicles = rules.constructions.get("journey_vehicles", ("", frozenset()))[1]
    if any(token is not None and token.lemma_.lower() in vehicles for token, _ in found.sources):
        return True  # "the ferry left Belgium for Britain", "as it left": a thing travels, no one visits
    sources = [m for _, m in found.sources if known(m)]
    if sources and all(m.code[3:6].lower() in travellers for m in sources):
        return True
    targets = [m for _, m in found.targets if known(m)]
    if sources and targets and {m.code[:3] for m in sources} == {m.code[:3] for m in targets}:
        return True  # a trip at home
    return bool(targets) and all(m.kind not in DESTINATION_KINDS for m in targets)


def without_journeys(found: list[Found], rules) -> list[Found]:
    """``found`` without the journeys that are no visit."""
    return [f for f in found if not no_visit(f, rules)]

"""Where a meeting is held is no party to it (thirtieth session, P, from the counting sample's read half, where
"their Paris meeting" made France a party to a donors' meeting and "visits Washington for the IMF meeting" a visit
to the U.S. government):

* a capital or city written as the modifier of a meeting noun ("their Paris meeting", "the Venice summit", "the
  Geneva talks") names the venue, not a party (``venue_modifier``; the events' ``actor_of`` skips it);
* a trip to a city for a meeting of an organisation ("visits Washington for the IMF meeting", "going to Washington
  for meetings of the IMF Interim Committee") is a trip to that organisation's meeting: its target is the
  organisation, not the host state (``trips_to_meetings``); a trip "for talks with President Reagan" keeps its
  host."""

from __future__ import annotations

from dataclasses import replace

from newsevents.events import syntax
from newsevents.events.found import Found, known
from newsevents.model import Mention

MEETING_NOUNS = frozenset({"meeting", "summit", "talk", "talks", "conference", "session", "negotiation",
                           "consultation", "gathering", "assembly"})
PLACE_KINDS = ("capital", "city")
TRIP_CODES = ("042", "036", "043")  # a visit, its intent, hosting


def venue_modifier(token, mention: Mention | None) -> bool:
    """``token`` (a word of a capital's or city's name) modifies a meeting noun after it: "their Paris meeting"."""
    if mention is None or mention.kind not in PLACE_KINDS:
        return False
    word = token
    while word.dep_ == "compound" and word.head.pos_ == "PROPN" and word.head.i > word.i:
        word = word.head  # "New York": the name's last word
    return word.dep_ in ("compound", "nmod", "amod") and word.head.i > word.i \
        and word.head.lemma_.lower() in MEETING_NOUNS


def organisation_meeting(trigger, actor_of) -> Mention | None:
    """The organisation whose meeting the trip is for ("for the IMF meeting", "for meetings of the IMF"), when the
    meeting names no one met ("for talks with X")."""
    places = [trigger, *syntax.children(trigger, "dobj"), *syntax.prep_objects(trigger, "to"),
              *syntax.prep_objects(trigger, "for")]
    for holder in places:
        for noun in syntax.prep_objects(holder, "for"):
            if noun.lemma_.lower() not in MEETING_NOUNS or syntax.prep_objects(noun, "with"):
                continue
            for word in noun.subtree:  # "the IMF meeting", "meetings of the (IMF) Interim Committee"
                mention = actor_of(word) if word.i != noun.i else None
                if known(mention) and mention.code.startswith("IGO"):
                    return mention
    return None


def trips_to_meetings(found: list[Found], actor_of) -> list[Found]:
    """Each trip (``TRIP_CODES``) to a host state for an organisation's meeting is aimed at the organisation."""
    settled = []
    for event in found:
        if event.code in TRIP_CODES and event.targets:
            organisation = organisation_meeting(event.trigger, actor_of)
            if organisation is not None:
                event = replace(event, targets=((event.targets[0][0], organisation),))
        settled.append(event)
    return settled

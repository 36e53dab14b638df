"""An appeal for the release of captives is aimed at whoever holds them, not at the captives.

"We hold the kidnappers responsible ... and call for the release of all those held" appeals to the kidnappers;
"called for the release of the remaining inmates at Guantanamo Bay" to the state that holds the camp (CAMEO
0253, "Appeal for release of persons or property", is addressed to the holder). The captives are named by a
role ("inmates", "hostages", "those held"), which names no state: the holder is a captor the sentence names
(kidnappers, captors, abductors), else the seat of power or base the captives are held at or in
(``data/actors/seats.tsv``: Guantanamo Bay is USAMIL). With neither, nothing changes."""

from __future__ import annotations

from dataclasses import replace

from newsevents.events import syntax
from newsevents.events.found import Found, known
from newsevents.events.words import with_lemma

RELEASE = {"release", "freeing", "freedom", "return"}  # the nouns of letting captives go
CAPTORS = {"kidnapper", "captor", "abductor", "hostage-taker", "jailer", "jailor"}
HELD_AT = {"at", "in"}
HOLDING = {"hold", "detain", "jail", "imprison", "intern", "keep"}  # "suspects detained in the UK"
STATE_PLACES = {"country", "capital", "city", "seat"}
APPEAL_CODES = {"020": "0253", "025": "0253"}  # a bare appeal or an appeal to yield: for a release


def held_by(found: list[Found], sent, actor_of) -> list[Found]:
    """``found`` with appeals (02) and demands (10) for the release of captives named only by their role
    aimed at the captor the sentence names, or at the holder of the place they are held."""
    releases = [t for t in with_lemma(sent, RELEASE) if t.pos_ == "NOUN"]  # read off the sentence's words, once
    if not releases:
        return found
    captor = next(((t, m) for t in with_lemma(sent, CAPTORS) if known(m := actor_of(t))), None)
    settled = []
    for event in found:
        captives = released(event, releases)
        if event.code[:2] not in ("02", "10") or not captives or any(known(m) for _, m in event.targets):
            settled.append(event)
            continue
        holders = [captor] if captor else [h for t in captives if (h := place_held(t, actor_of)) is not None]
        if not holders:
            settled.append(event)
            continue
        settled.append(replace(event, code=APPEAL_CODES.get(event.code, event.code), targets=tuple(holders)))
    return settled


def released(event: Found, releases) -> list:
    """The captives of a release noun under the event's trigger, with their conjuncts ("called for the release of
    the inmates at X and the suspects detained in Y"), else []."""
    found = []
    for noun in releases:
        if not any(a.i == event.trigger.i for a in noun.ancestors) and noun.i != event.trigger.i:
            continue
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                found += [c for o in prep.children if o.dep_ == "pobj" for c in syntax.with_conjuncts(o)]
    return found


def place_held(captive, actor_of):
    """(token, mention) of the place a captive is held: a seat of power or base after "at" or "in" ("inmates
    at Guantanamo Bay"), or any state's place after a participle of holding ("suspects detained without trial
    in the UK"), else None."""
    preps = [(p, "seat") for p in captive.children if p.dep_ == "prep" and p.lower_ in HELD_AT]
    preps += [(p, "state") for verb in captive.children if verb.dep_ == "acl" and verb.lemma_.lower() in HOLDING
              for p in verb.children if p.dep_ == "prep" and p.lower_ in HELD_AT]
    for prep, kind in preps:
        for place in prep.children:
            mention = actor_of(place) if place.dep_ == "pobj" else None
            if known(mention) and (mention.kind == "seat" or kind == "state" and mention.kind in STATE_PLACES):
                return place, mention
    return None

"""What a pattern's object word matches: the object itself, a modifier naming it ("aid deliveries"), a
measure of it ("25,000 tons of food aid"), the kinds of soldier a wire names instead of "troops"."""

from __future__ import annotations

AMOUNTS = {"MONEY", "QUANTITY", "CARDINAL"}


# the units and kinds of soldier a wire names instead of "troops" (the rows with "troop" match them too)
TROOP_WORDS = {"soldier", "marine", "paratrooper", "commando", "gurkha", "battalion", "brigade", "regiment",
               "contingent", "infantry", "infantryman", "reservist", "serviceman", "servicemen", "legionnaire"}


# nouns that name an act of their own, which their modifier does not name: "halt trade sanctions" halts no trade
OWN_ACTS = {"sanction", "embargo", "tariff", "talk", "negotiation", "dispute", "war", "row", "deficit", "surplus",
            "barrier", "deal", "agreement", "pact", "accord", "treaty"}


TROOP = "troop"  # what object_names adds for the words in TROOP_WORDS


def object_is(obj, lemma: str, *, depth: int = 1) -> bool:
    """The object is ``lemma``, or names it as a modifier or measure ("aid deliveries",
    "25,000 tons of food aid", "part of a military aid program")."""
    return lemma in object_names(obj, depth)


def object_names(obj, depth: int = 1) -> set[str]:
    """Every lemma the object answers to (``object_is``), read in one walk: a verb heads dozens of
    patterns, each asking after another object."""
    own = obj.lemma_.lower()
    names = {own}
    if own in TROOP_WORDS or obj.lower_.removesuffix("s") in TROOP_WORDS:
        names.add(TROOP)  # "sent 120 Gurkhas", "deployed a battalion": troops
    if depth:
        for conjunct in obj.conjuncts:  # "launched artillery, mortar and rocket fire"
            names |= object_names(conjunct, 0)
    for child in obj.children:
        if child.dep_ in ("compound", "amod") and own not in OWN_ACTS and not name_part(obj, child):
            names.add(child.lemma_.lower())
        if child.dep_ == "prep" and (child.lower_ == "of" or child.lower_ == "in" and obj.ent_type_ in AMOUNTS) \
                and depth:  # "25,000 tons of food aid", "$10 million in emergency relief"
            for o in child.children:
                if o.dep_ == "pobj":
                    names |= object_names(o, depth - 1)
    return names


def name_part(obj, child) -> bool:
    """A word of a name ("Bill" in "Bill Clinton", "Rich" in "Rich Lowry"): part of whom the object names,
    not a modifier naming what it is ("attacked Bill Clinton" attacks no bill; thirtieth session)."""
    return obj.pos_ == "PROPN" and child.pos_ == "PROPN" and child.dep_ == "compound"

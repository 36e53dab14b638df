"""Peoples no dictionary knows, written where they live ("Kurds in Iraq"): used by ``resolve.token_classes``,
which codes them as the place's people (PLOVER CVL) as it codes known peoples ("Uzbeks in Kyrgyzstan")."""

from __future__ import annotations

PEOPLE_LINKS = {"in", "of"}


def placed_peoples(ents, classes, country_kinds) -> list[int]:
    """A people's name no dictionary knows (one word the parser calls a nationality or group, in the plural),
    right before "in" or "of" and a country's word: "Kurds in Syria", "the Hutus of Rwanda" are a people coded
    where it lives (PLOVER CVL), as known peoples are ("Uzbeks in Kyrgyzstan"); the place stays no state's act."""
    found = []
    for ent in ents:
        i = ent.start
        if ent.label_ != "NORP" or len(ent) != 1 or classes[i][0] != "" or not ent.text.endswith("s") \
                or i + 2 >= len(classes) or ent.doc[i + 1].lower_ not in PEOPLE_LINKS:
            continue
        place = classes[i + 2]
        if place[0] == "GEO" and place[1][2].kind in country_kinds:
            found.append(i)
    return found

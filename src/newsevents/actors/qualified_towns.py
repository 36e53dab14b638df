"""A town named with its state or country after a comma is that state's ("Piedmont, California").

The gazetteer gives a bare town name one country ("Piedmont" is Italy's region); news qualifies a town
whose name is shared or little known with its state or country ("Piedmont, California", "Perth, Scotland").
When the qualifier is a place of another country and ends the phrase (not the second item of a list,
"Karachi, Mumbai and Dhaka"), the two are one mention of the qualifier's country. A capital before the comma
is left alone ("Moscow, Beijing"). A role word right before that took the town's country takes the
qualifier's ("Residents of Piedmont, California").
"""

from __future__ import annotations

from dataclasses import replace

from newsevents.model import Mention

QUALIFIERS = ("city", "country")
LIST_WORDS = ("and", "or", "nor", "&")
BEFORE_TOWN = (" of ", " in ", " from ")  # a role word that took the town's country


def qualified_towns(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each "town, state" pair of two countries made one mention of the state's country."""
    out: list[Mention] = []
    skip = -1
    for i, mention in enumerate(mentions):
        if i == skip:
            continue
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        if after is not None and mention.kind == "city" and after.kind in QUALIFIERS and after.code \
                and mention.code and after.country != mention.country \
                and text[mention.end:after.start] == ", " and ends_phrase(text, after.end) \
                and not (out and text[out[-1].end:mention.start] in (", ", ",")):  # "Lima, Quito, Bogota"
            if out and out[-1].country == mention.country and len(out[-1].code or "") > 3 \
                    and text[out[-1].end:mention.start] in BEFORE_TOWN:  # "Residents of Piedmont, California"
                out[-1] = replace(out[-1], country=after.country, code=after.country + out[-1].code[3:])
            out.append(replace(mention, end=after.end, text=text[mention.start:after.end], code=after.code,
                               country=after.country, name=f"{mention.name}, {after.name}"))
            skip = i + 1
            continue
        out.append(mention)
    return out


def ends_phrase(text: str, end: int) -> bool:
    """No list goes on after the qualifier (another comma, "and", "or") and it is no possessive."""
    rest = text[end:end + 6]
    if rest[:1] == "," or rest[:2] in ("'s", "’s"):
        return False
    words = rest.split()
    return not (words and words[0].lower() in LIST_WORDS)

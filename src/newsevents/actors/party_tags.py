"""A US party-and-state tag after a name makes the person a member of Congress (issue #11, session 32).

US news names a member of Congress once with the party's letter and the state ("Sen. Ann Carrow (R-Kan.)", "Tom
Dalby, D-Nev., said"), with the state and the party ("Tom Harlan, a Georgia Republican, said", "a House Democrat
from Ohio"), or as "Democrat Jim Sorrel of Ohio". No dictionary lists members of Congress; the tag says who they
are: the person is USALEG, and the later bare surname takes that code (``surnames``). The words of the tag name
no actor of their own: "a Georgia Republican" is not the state of Georgia in the Caucasus, nor the party.

The US states' names are those of ``data/places/regions.tsv`` (GeoNames, derived by
``scripts/build_gazetteer.py``). A person the story already codes as another country's, or as an official of
another sector ("Gov. Ann Lee, a Texas Republican": GOV, placed in the US; "former Sen. ...": ELI), keeps that
sector; the letter tag ("R-Kan.") is written of legislators only and also makes a candidate (OPP) LEG.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from newsevents.model import Mention
from newsevents.resources import data_path, read_tsv

CODE = "USALEG"
# "D-Vt.", "R-Texas", "D-N.Y.", "R-S.C.", "I-Vt.", "D-NY"
LETTER = r"[DRI]-(?:[A-Z]\.[A-Z]\.|[A-Z][a-z]{1,12}\.?|[A-Z]{2})"
LETTER_TAG = re.compile(rf"\s*(?:\(\s*{LETTER}\s*\)|,\s*{LETTER}(?=[\s,;:)]|$))")
PARTY = r"(?:Democrat|Republican)"
# what a person coded so keeps against "a Texas Republican"; a letter tag also makes PTY and OPP LEG
WORD_KEEPS = {"USA", "USAPTY", "USALEG"}
LETTER_KEEPS = WORD_KEEPS | {"USAOPP"}


@lru_cache(maxsize=1)
def patterns() -> tuple[re.Pattern, re.Pattern]:
    """(", a <state> Democrat", " of <state>") built from the US states' names."""
    states = sorted({cells[1] for _, cells in read_tsv(data_path("places", "regions.tsv"), columns=8, optional=0)
                     if cells[2] == "USA"}, key=len, reverse=True)
    state = "(?:" + "|".join(re.escape(s) for s in states) + ")"
    word_tag = re.compile(rf",\s+an?\s+(?:{state}|House|Senate)\s+{PARTY}(?:\s+from\s+{state})?\b")
    of_state = re.compile(rf"\s+of\s+{state}\b")
    return word_tag, of_state


def tag_after(text: str, mention: Mention) -> tuple[int, bool] | None:
    """(end of the tag, whether it is a letter tag) when one follows ``mention``, else None."""
    rest = text[mention.end:mention.end + 80]
    word_tag, of_state = patterns()
    if found := LETTER_TAG.match(rest):
        return mention.end + found.end(), True
    if found := word_tag.match(rest):
        return mention.end + found.end(), False
    before = text[max(0, mention.start - 12):mention.start]
    if (re.match(rf"{PARTY}\s", mention.text) or re.search(rf"\b{PARTY}\s+$", before)) \
            and (found := of_state.match(rest)):
        return mention.end + found.end(), False  # "Democrat Jim Sorrel of Ohio"
    return None


def tagged_legislators(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each person tagged by party and US state made USALEG, and the tags' own words gone."""
    out: list[Mention] = []
    skip_until = -1
    for mention in mentions:
        if mention.start < skip_until:
            continue  # a word of the tag before ("a Georgia Republican"): no actor
        tag = tag_after(text, mention) if mention.kind == "person" else None
        if tag is None:
            out.append(mention)
            continue
        end, letter = tag
        keeps = LETTER_KEEPS if letter else WORD_KEEPS
        code = mention.code or "---"
        if code in keeps or code[:3] == "---" and code[3:6] in ("", "LEG", "PTY"):
            mention = replace(mention, code=CODE, country="USA", sector="LEG", plover_sector="LEG")
        elif code[:3] == "---":  # "Gov. Ann Lee, a Texas Republican": a governor of the US
            mention = replace(mention, code="USA" + code[3:], country="USA")
        out.append(mention)
        skip_until = end
    return out

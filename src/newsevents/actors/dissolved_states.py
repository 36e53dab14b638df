"""A federation that broke up is coded as itself in stories before its end (issue #11, session 32).

Our dictionaries give Yugoslavia's names, its adjective and Belgrade the code of Serbia (SRB), and
Czechoslovakia's the Czech Republic's, so that a story of 1987 made "Yugoslav Finance Minister" a Serbian one.
In a story dated before the member state's own first day (``data/actors/dissolved_states.tsv``) a code of that
member is the federation's ("YUGGOV"), as CAMEO and PETRARCH's Phoenix dictionary code it; undated stories and
later ones keep the member's code.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from newsevents import messages
from newsevents.actors.lexicon import check_code, is_header
from newsevents.model import Mention
from newsevents.resources import DataError, data_path, read_tsv

DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@lru_cache(maxsize=1)
def federations() -> dict[str, tuple[str, str]]:
    """Member code -> (federation code, the member's first day), from ``dissolved_states.tsv``, validated."""
    path = data_path("actors", "dissolved_states.tsv")
    table = {}
    for number, (member, federation, end, _note) in read_tsv(path, columns=4):
        if is_header([member, federation, end], ("member", "federation", "end")):
            continue
        for code in (member, federation):
            check_code(code, f"{path}:{number}")
        if not DAY.fullmatch(end):
            raise DataError(messages.DATA_ERROR.format(path=path, line=number, reason=f"bad date {end!r}"))
        table[member] = (federation, end)
    return table


def dated_state(code: str | None, day: str | None) -> str | None:
    """``code`` with a member's country letters made the federation's when ``day`` is before the member's first."""
    if not code or not day:
        return code
    found = federations().get(code[:3])
    return found[0] + code[3:] if found and day[:10] < found[1] else code


def dated_mentions(mentions: list[Mention], day: str | None) -> list[Mention]:
    """The mentions with each member's code made the federation's on ``day`` (see the module's docstring)."""
    out = []
    for mention in mentions:
        code = dated_state(mention.code, day)
        out.append(mention if code == mention.code else replace(mention, code=code, country=code[:3]))
    return out

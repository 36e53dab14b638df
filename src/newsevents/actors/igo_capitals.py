"""A capital that stands for the intergovernmental body seated there.

News writes "Brussels" for the European Union as it writes "Washington" for the United
States. A capital listed in ``data/actors/igo_capitals.tsv`` is first read as its state
(Belgium); it becomes the body when the story names the body's family (any code with
the listed prefix: the EU, its Commission, Parliament, Council) at least once and at
least as often as it names the host state by anything but the capital. A story about
Belgian politics keeps "Brussels" as Belgium.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from newsevents import messages
from newsevents.actors.lexicon import check_code, is_header
from newsevents.model import Mention
from newsevents.resources import DataError, data_path, read_tsv


@dataclass(frozen=True)
class IgoCapital:
    capital: str
    family: str
    code: str


@lru_cache(maxsize=1)
def igo_capitals() -> tuple[IgoCapital, ...]:
    """The rows of ``igo_capitals.tsv``, validated."""
    path = data_path("actors", "igo_capitals.tsv")
    rows = []
    for number, cells in read_tsv(path, columns=3):
        if is_header(cells, ("capital", "family")):
            continue
        capital, family, code = cells
        where = f"{path}:{number}"
        check_code(code, where)
        if not capital or not code.startswith(family) or not family.startswith("IGO"):
            reason = "the code must start with the family, and the family with IGO"
            raise DataError(messages.DATA_ERROR.format(path=path, line=number, reason=reason))
        rows.append(IgoCapital(capital.lower(), family, code))
    return tuple(rows)


def read_capitals_as_bodies(mentions: list[Mention]) -> list[Mention]:
    """Capitals that stand for a body the story is about take the body's code."""
    out = list(mentions)
    for row in igo_capitals():
        at = [i for i, m in enumerate(mentions) if m.kind == "capital" and m.text.strip().lower() == row.capital]
        if not at:
            continue
        host = mentions[at[0]].country
        body = [m for m in mentions if m.code and m.code.startswith(row.family)]
        host_named = sum(1 for m in mentions if m.kind != "capital" and m.country == host and host)
        if not body or len(body) < host_named:
            continue
        model = next((m for m in body if m.code == row.code), body[0])
        for i in at:
            out[i] = replace(mentions[i], code=row.code, country=row.code[:3], sector=row.code[3:6] or None,
                             plover_sector=model.plover_sector)
    return out

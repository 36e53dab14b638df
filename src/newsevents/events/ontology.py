"""The CAMEO ontology table (``data/events/cameo.tsv``): name, Goldstein, QuadClass, PLOVER."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from newsevents.resources import DataError, data_path, read_tsv


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float | None
    quad_class: int | None
    plover: str | None


@lru_cache(maxsize=1)
def load_ontology() -> dict[str, CameoCode]:
    """Every CAMEO code we know, keyed by code."""
    path = data_path("events", "cameo.tsv")
    table: dict[str, CameoCode] = {}
    for number, (code, name, goldstein, quad, plover) in read_tsv(path, columns=5):
        if code == "code":
            continue
        if code in table:
            raise DataError(f"{path}:{number}: duplicate code {code}")
        table[code] = CameoCode(code, name, float(goldstein) if goldstein else None,
                                int(quad) if quad else None, plover or None)
    return table


def describe(code: str) -> CameoCode:
    """The entry for ``code``, falling back to its root when the leaf is unknown."""
    table = load_ontology()
    return table.get(code) or table.get(code[:3]) or table.get(code[:2]) or CameoCode(code, "", None, None, None)


def is_code(code: str) -> bool:
    return code in load_ontology()


@cache
def code_list(name: str) -> tuple[str, ...]:
    """The CAMEO codes or prefixes listed in ``data/events/<name>`` (code, note), each checked."""
    path = data_path("events", name)
    codes = load_ontology()
    found = []
    for number, (code, _note) in read_tsv(path, columns=2, optional=1):
        if code == "code":
            continue
        if code not in codes:
            raise DataError(f"{path}:{number}: unknown CAMEO code {code!r}")
        found.append(code)
    return tuple(found)

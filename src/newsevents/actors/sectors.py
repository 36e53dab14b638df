"""PLOVER's actor sector beside our CAMEO-style code.

PLOVER codes an actor as country + one of 25 sectors (GOV, MIL, PTY, JRN, UAF, ...).
Our codes carry CAMEO sectors; ``data/actors/plover_sectors.tsv`` says which PLOVER
sector each stands for, and which one a mention with no sector gets by its kind (a
country named alone acts through its government). A dictionary row may also name the
PLOVER sector itself when CAMEO cannot say it (a party is PTY; CAMEO calls it OPP or GOV).
"""

from __future__ import annotations

from functools import lru_cache

from newsevents import messages
from newsevents.resources import DataError, data_path, read_tsv

PLOVER_SECTORS = frozenset({
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS",
    "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC",
})
NO_COUNTRY = ("IGO", "NGO", "IMG", "---")
ARMED_GROUPS = ("REB", "INS", "SEP", "UAF", "PRM")  # non-state armed groups' CAMEO sectors


@lru_cache(maxsize=1)
def sector_table() -> dict[str, str]:
    """CAMEO sector (or ``kind:<kind>``) -> PLOVER sector, validated."""
    path = data_path("actors", "plover_sectors.tsv")
    table: dict[str, str] = {}
    for number, (cameo, plover, _note) in read_tsv(path, columns=3, optional=1):
        if (cameo, plover) == ("cameo", "plover"):
            continue
        if plover not in PLOVER_SECTORS:
            reason = f"{plover!r} is not one of PLOVER's 25 sectors"
            raise DataError(messages.DATA_ERROR.format(path=path, line=number, reason=reason))
        if cameo in table:
            raise DataError(messages.DATA_ERROR.format(path=path, line=number, reason=f"{cameo!r} given twice"))
        table[cameo] = plover
    return table


def plover_sector(code: str | None, kind: str | None = None) -> str | None:
    """The PLOVER sector of an actor code: the first of its sector triples PLOVER knows
    ("USAGOVMIL": GOV; "IMGINSISI": REB), else its international prefix ("IGOUNO": GOV),
    else what a mention of this kind with no sector stands for ("Russia": GOV)."""
    if not code:
        return None
    table = sector_table()
    for at in range(3, len(code) - 2, 3):
        if (found := table.get(code[at:at + 3])) is not None:
            return found
    if code[:3] in NO_COUNTRY[:2]:
        return table.get(code[:3])
    if len(code) == 3 and kind and code != "---":
        return table.get(f"kind:{kind}")
    return None


def run_plover(run, code: str | None, kind: str) -> str | None:
    """A mention's PLOVER sector: a former official stays ELI; a role word that names its
    PLOVER sector decides ("party members": PTY), then an organisation named alone that
    does ("the Communist Party of China": PTY, though its CAMEO code is CHNGOV); else the code's."""
    derived = plover_sector(code, kind)
    if derived == "ELI" or not code:
        return derived
    from_roles = [r.plover for r in run.roles if r.plover]
    if from_roles:
        return from_roles[0]
    if code[:3] in NO_COUNTRY[:2]:  # an international body's own sector comes from its role words: "Amisom troops"
        roles = [plover_sector("---" + r.code) for r in run.roles if r.code not in ("GOV", "OPP")]
        if roles and roles[0]:
            return roles[0]
    from_names = [g.plover for g in run.geos if g.plover]
    armed_group = code[3:6] in ARMED_GROUPS and len(code) > 6  # a named group's code: "SDNREBRSF"
    own_men = ("MIL",) + ARMED_GROUPS if armed_group else ()
    if from_names and not run.people and all(r.code in ("GOV", "OPP") + own_men for r in run.roles):
        # a body's own sector beside a general office word: "the WHO director-general" is the WHO's MED; and
        # beside a military or fighters' word for an armed group's own men: "RSF fighters" are the RSF's PRM
        return from_names[0]
    return derived

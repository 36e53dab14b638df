"""A group of states named beside its own members is no party of its own (thirtieth session, P, from the counting
sample's read half): in "the leaders of the G-7, the United States, Britain, Canada, ... and West Germany, are
expected to discuss ...", the members are the parties; the G-7 with each of them was fourteen extra dyads. The
groups and their members: ``data/events/group_members.tsv``."""

from __future__ import annotations

from functools import lru_cache

from newsevents.resources import DataError, data_path, read_tsv

MIN_MEMBERS = 2  # members named beside the group that make it their list's name


@lru_cache(maxsize=1)
def fixed_memberships() -> dict[str, frozenset[str]]:
    """organisation code -> member country codes, checked (a bad row names its line)."""
    path = data_path("events", "group_members.tsv")
    found: dict[str, frozenset[str]] = {}
    for number, (code, members, _note) in read_tsv(path, columns=3, optional=1):
        if (code, members) == ("code", "members"):
            continue
        states = members.split()
        if not code.startswith("IGO") or not states or any(len(s) != 3 or not s.isupper() for s in states):
            raise DataError(f"{path}:{number}: expected an IGO code and member country codes, not {code!r} {members!r}")
        found[code] = frozenset(states)
    return found


def without_named_groups(parties: list, actor_of) -> list:
    """``parties`` (tokens) without a group of states of which two or more other parties are members."""
    if len(parties) <= MIN_MEMBERS:
        return parties
    groups = fixed_memberships()
    mentions = [actor_of(t) for t in parties]
    countries = {m.code[:3] for m in mentions if m is not None and m.code and not m.code.startswith("IGO")}
    kept = [t for t, m in zip(parties, mentions, strict=True)
            if m is None or m.code[:6] not in groups or len(groups[m.code[:6]] & countries) < MIN_MEMBERS]
    return kept

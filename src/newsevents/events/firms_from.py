"""Members of a list named by a role's of- or from-phrase share the role's sector.

"Companies from the United States, Canada and France", "farmers from France, Belgium and Germany":
the list stands for each country (``found.named_parties``), and the actors stage names the role with
the first country only ("Companies from the United States": USABUS), leaving "Canada" a bare state.
Each member is that country's firms or farmers — as "Canadian companies" is CANBUS — so their deals
and investments stay commerce (``nonpolitical.tsv``) rather than acts of Canada on Venezuela.
"""

from __future__ import annotations

from dataclasses import replace

from newsevents.model import Mention

NOT_STATES = ("---", "IGO", "NGO", "IMG")


def role_member(token, mention: Mention | None, actor_of) -> Mention | None:
    """``mention`` with the sector of the role whose of- or from-phrase lists ``token`` ("firms from
    Japan and Korea": Korea's firms); else ``mention`` unchanged."""
    if mention is None or not mention.code or mention.code.startswith(NOT_STATES) or len(mention.code) != 3:
        return mention
    head = token
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "the United States, Canada, France": each hangs on the first
    preposition = head.head
    if head.i == token.i or head.dep_ != "pobj" or preposition.lower_ not in ("of", "from"):
        return mention
    role, first = actor_of(preposition.head, 0), actor_of(head, 0)
    if role is None or not role.code or role.code.startswith(NOT_STATES[1:]) or not role_of(role, first):
        return mention
    sector = role.code[3:6]
    if not sector:
        return mention
    return replace(mention, code=mention.code + sector, kind="role", sector=sector,
                   plover_sector=role.plover_sector)


def role_of(role: Mention, first: Mention | None) -> bool:
    """The role is of no country, or the actors stage named it with the list's first member
    ("Companies from the United States" is one mention, USABUS, for both words)."""
    return role.code.startswith("---") or first is role or first is not None and first.code == role.code

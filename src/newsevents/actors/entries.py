"""What the actor lexicon holds: names (``Entry``), dated offices (``Role``) and the
``Lexicon`` itself. Apart from the loaders in ``actors.lexicon`` so that the PETRARCH
reader, which the loaders call, can build entries without importing them back."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field


def fold_name(name: str) -> str:
    """A surname without accents or case: "Gnassingbé" and "Gnassingbe" are one key."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()


@dataclass(frozen=True)
class Role:
    """One period in office: ``code`` between ``start`` and ``end`` (None: open)."""

    code: str
    start: str | None
    end: str | None
    title: str = ""

    def covers(self, day: str) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Entry:
    """A name in the lexicon and what it stands for.

    ``kind``: country | adjective | capital | city | seat | organisation | role | person.
    ``code`` is the full code (role entries carry only a sector); people carry ``roles``.
    """

    kind: str
    name: str
    code: str = ""
    roles: tuple[Role, ...] = ()
    origin: str = ""
    any_case: bool = False  # PETRARCH forms are upper case: match them in any case
    plover: str = ""  # PLOVER sector when the row names it (a party: PTY), else derived from the code

    def dated_on(self, day: str) -> bool:
        """Whether a dated role covers ``day`` (not only an undated one)."""
        return any((r.start or r.end) and r.covers(day) for r in self.roles)

    def code_on(self, day: str | None) -> str:
        """A person's code on ``day``: the dated role covering it (the latest begun),
        else an undated role, else the country's former-elite code (ELI)."""
        if not self.roles:
            return self.code
        if day:
            covering = [r for r in self.roles if (r.start or r.end) and r.covers(day)]
            if covering:
                return max(covering, key=lambda r: r.start or "").code
        undated = [r for r in self.roles if not r.start and not r.end]
        if undated:
            return undated[0].code
        if day is None:
            return max(self.roles, key=lambda r: r.start or "").code
        return self.roles[-1].code[:3] + "ELI"


@dataclass(eq=False)
class Lexicon:
    """Surface forms (as written) -> entries, plus the settings they came with."""

    forms: dict[str, list[Entry]] = field(default_factory=dict)
    countries: dict[str, str] = field(default_factory=dict)  # code -> canonical name
    discards: set[str] = field(default_factory=set)  # PETRARCH discard phrases (lower case; "+": whole story)
    _people: dict[str, list[Entry]] | None = field(default=None, repr=False)
    _plovers: dict[str, str] | None = field(default=None, repr=False)

    def add(self, form: str, entry: Entry) -> None:
        form = " ".join(form.split())
        if not form:
            return
        entries = self.forms.setdefault(form, [])
        if any(e.kind == entry.kind and e.code == entry.code and e.name == entry.name for e in entries):
            return
        entries.append(entry)

    def lookup(self, form: str) -> list[Entry]:
        return self.forms.get(" ".join(form.split()), [])

    def people_named(self, surname: str) -> list[Entry]:
        """Known office-holders with this surname ("Clinton": Bill and Hillary)."""
        if self._people is None:
            table: dict[str, list[Entry]] = {}
            for entries in self.forms.values():
                for entry in entries:
                    if entry.kind == "person" and entry.roles:
                        found = table.setdefault(fold_name(entry.name.split()[-1]), [])
                        if entry not in found:
                            found.append(entry)
            self._people = table
        return self._people.get(fold_name(surname), [])

    def organisation_plover(self, code: str) -> str:
        """The PLOVER sector the organisation rows with this very code name, when they agree
        ("SDNREBRSF": the RSF's PRM), else ""."""
        if self._plovers is None:
            found: dict[str, set[str]] = {}
            for entries in self.forms.values():
                for entry in entries:
                    if entry.kind == "organisation":
                        found.setdefault(entry.code, set()).add(entry.plover)
            self._plovers = {c: next(iter(p)) for c, p in found.items() if len(p) == 1}
        return self._plovers.get(code, "")

    def surname_country(self, surname: str) -> str | None:
        """The country of every known office-holder with this surname, if they share one
        ("Bush": USA), else None."""
        countries = {r.code[:3] for person in self.people_named(surname) for r in person.roles}
        return next(iter(countries)) if len(countries) == 1 and next(iter(countries)).isalpha() else None

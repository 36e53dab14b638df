"""The actor lexicon: every name we can resolve, loaded from reviewable TSV files.

``data/actors/`` holds ours (countries, cities, seats of power, organisations, role
words, people with dated roles); PETRARCH/TABARI files can be merged in or used instead.
Loading validates: duplicate names with different codes, overlapping dated roles and
malformed codes are `DataError`s that name the file and line.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from newsevents import messages
from newsevents.actors.entries import Entry, Lexicon, Role
from newsevents.dates import parse_day
from newsevents.resources import DataError, data_path, read_tsv, split_values

CODE = re.compile(r"^(---|[A-Z]{3})([A-Z]{3})*$")
SECTOR = re.compile(r"^[A-Z]{3}$")
ISO3 = SECTOR
ROLE_SECTOR = re.compile(r"^[A-Z]{3}([A-Z]{3})?$")


def check_code(code: str, where: str) -> str:
    """``where`` is ``path:line``."""
    if not CODE.match(code):
        path, _, line = where.rpartition(":")
        raise DataError(messages.DATA_ERROR.format(path=path, line=line, reason=f"bad actor code {code!r}"))
    return code


def is_header(cells: list[str], names: tuple[str, ...]) -> bool:
    return tuple(c.lower() for c in cells[: len(names)]) == names


def load_countries(lexicon: Lexicon, path: Path) -> None:
    for number, cells in read_tsv(path, columns=4, optional=2):
        if is_header(cells, ("code", "names")):
            continue
        code, names, adjectives, capitals = cells
        where = f"{path}:{number}"
        check_code(code, where)
        names_list = split_values(names)
        lexicon.countries.setdefault(code, names_list[0] if names_list else code)
        for name in names_list:
            lexicon.add(name, Entry("country", names_list[0], code, origin=where))
        for adjective in split_values(adjectives):
            lexicon.add(adjective, Entry("adjective", names_list[0], code, origin=where))
        for capital in split_values(capitals):
            lexicon.add(capital, Entry("capital", capital, code, origin=where))


def load_cities(lexicon: Lexicon, path: Path) -> None:
    """Cities (names, ISO3 country code): a name may stand for one country only."""
    seen: dict[str, tuple[str, int]] = {}
    for number, (names, code) in read_tsv(path, columns=2):
        if is_header([names, code], ("names", "code")):
            continue
        if not ISO3.match(code):
            raise DataError(messages.DATA_ERROR.format(path=path, line=number, reason=f"bad country code {code!r}"))
        forms = split_values(names)
        for form in forms:
            other, line = seen.setdefault(form, (code, number))
            if other != code:
                reason = f"{form!r} is {other} on line {line} and {code} here"
                raise DataError(messages.DATA_ERROR.format(path=path, line=number, reason=reason))
            lexicon.add(form, Entry("city", forms[0], code, origin=f"{path}:{number}"))


def load_named(lexicon: Lexicon, path: Path, *, kind: str, code_first: bool) -> None:
    """Seats (names, code) and organisations (code, names, kind[, plover[, dates]]). An organisation row
    with dates (``START..END``, either open) holds only then: the Taliban are REB until 2021-08-14 and
    the government from 2021-08-15, two rows with the same names."""
    columns = 5 if code_first else 2
    for number, cells in read_tsv(path, columns=columns, optional=3 if code_first else 0):
        if is_header(cells, ("code", "names") if code_first else ("names", "code")):
            continue
        code, names = (cells[0], cells[1]) if code_first else (cells[1], cells[0])
        where = f"{path}:{number}"
        check_code(code, where)
        plover = check_plover(cells[3], where) if code_first else ""
        roles = dated_role(code, cells[4], where) if code_first and cells[4] else ()
        forms = split_values(names)
        row_kind = "shared" if code_first and cells[2] == "shared" else kind  # needs its country written
        for form in forms:
            lexicon.add(form, Entry(row_kind, forms[0], code, roles, origin=where, plover=plover))


def dated_role(code: str, dates: str, where: str) -> tuple[Role, ...]:
    """``2021-08-15..`` -> the period the row's code holds."""
    start, sep, end = dates.partition("..")
    path, _, line = where.rpartition(":")
    if not sep or any(day and parse_day(day) is None for day in (start, end)) or (start and end and end < start):
        raise DataError(messages.DATA_ERROR.format(path=path, line=line, reason=f"bad dates {dates!r}"))
    return (Role(code, start or None, end or None),)


def check_plover(sector: str, where: str) -> str:
    """An optional PLOVER sector cell: empty or one of the 25 codes."""
    from newsevents.actors.sectors import PLOVER_SECTORS

    if sector and sector not in PLOVER_SECTORS:
        path, _, line = where.rpartition(":")
        raise DataError(messages.DATA_ERROR.format(path=path, line=line, reason=f"bad PLOVER sector {sector!r}"))
    return sector


def load_roles(lexicon: Lexicon, path: Path) -> None:
    """Role words: phrases, CAMEO sector (3 letters, or 6 for a second sector: GOVMIL), PLOVER sector."""
    for number, (phrases, sector, plover) in read_tsv(path, columns=3, optional=1):
        if phrases.lower() in {"phrases", "phrase"}:
            continue
        where = f"{path}:{number}"
        if not ROLE_SECTOR.match(sector):
            raise DataError(messages.DATA_ERROR.format(path=path, line=number, reason=f"bad sector {sector!r}"))
        plover = check_plover(plover, where)
        for phrase in split_values(phrases):
            lexicon.add(phrase.lower(), Entry("role", phrase.lower(), sector, origin=where, plover=plover))


def load_people(lexicon: Lexicon, path: Path) -> None:
    """People: one row per role; rows of one person are merged, overlaps refused."""
    people: dict[str, tuple[list[str], list[Role]]] = {}
    for number, cells in read_tsv(path, columns=6, optional=1):
        if is_header(cells, ("name", "aliases")):
            continue
        name, aliases, code, start, end, title = cells
        where = f"{path}:{number}"
        check_code(code, where)
        for day in (start, end):
            if day and parse_day(day) is None:
                raise DataError(messages.DATA_ERROR.format(path=path, line=number, reason=f"bad date {day!r}"))
        if start and end and end < start:
            raise DataError(messages.DATA_ERROR.format(path=path, line=number, reason="role ends before it starts"))
        forms, roles = people.setdefault(name, ([], []))
        forms.extend(a for a in split_values(aliases) if a not in forms)
        role = Role(code, start or None, end or None, title)
        for other in roles:
            if other.code == code and overlaps(other, role):
                reason = f"{name}: role {code} {start}..{end} overlaps {other.start}..{other.end}"
                raise DataError(messages.DATA_ERROR.format(path=path, line=number, reason=reason))
        roles.append(role)
    for name, (aliases, roles) in people.items():
        entry = Entry("person", name, roles[0].code, tuple(sorted(roles, key=lambda r: r.start or "")), str(path))
        for form in [name, *aliases]:
            lexicon.add(form, entry)
            for variant in name_variants(form):
                lexicon.add(variant, entry)  # a namesake ("Ferdinand Marcos", the father) is told apart by date


GENERATION = re.compile(r",? (?:Jr\.?|Sr\.?|II|III|IV)$")
HONORIFIC = re.compile(r"^(?:Sheikh|Sheik|Shaikh|Sayyed|Sayyid|Emir|Prince|Princess|Sultan|Dr\.?|Sir|Dame) ")
DYNASTY = re.compile(r" Al (?:Nahyan|Thani|Saud|Khalifa|Sabah|Maktoum|Qasimi|Nuaimi|Said)$")
SPELLINGS = [  # one given name as English news transliterates it
    ("Mohammed", "Mohamed", "Mohammad", "Muhammad", "Muhammed", "Mohamad"), ("Ahmed", "Ahmad"),
    ("Abdel", "Abdul"), ("Abdullah", "Abdallah"), ("Hussein", "Hussain", "Husain"), ("Hassan", "Hasan"),
    ("Mahmoud", "Mahmud"), ("Mustafa", "Mostafa", "Moustafa"), ("Khaled", "Khalid"), ("Omar", "Umar"),
    ("Youssef", "Yusuf", "Yousef", "Yousuf"), ("Osama", "Usama"), ("Sergei", "Sergey"), ("Dmitry", "Dmitri"),
    ("Alexei", "Alexey", "Aleksei"), ("Andrei", "Andrey"), ("Yevgeny", "Evgeny"), ("Yuri", "Yury"),
    ("Nikolai", "Nikolay"), ("Volodymyr", "Vladimir"),
]
SPELLING = {word: group for group in SPELLINGS for word in group}


def name_variants(form: str) -> set[str]:
    """Other ways news writes a known person's name: without a generational suffix ("Benigno Aquino"
    for "Benigno Aquino III"), an honorific ("Mishal al-Ahmad al-Sabah") or a Gulf dynasty's name
    ("Mohamed bin Zayed"), and with the given name transliterated otherwise ("Mohammed", "Mohamed")."""
    shorter = {form}
    for pattern, least in ((GENERATION, 2), (HONORIFIC, 2), (DYNASTY, 3)):
        for found in list(shorter):
            short = pattern.sub("", found)
            if short != found and len(short.split()) >= least:
                shorter.add(short)
    variants = set(shorter)
    for found in shorter:
        words = found.split()
        if len(words) >= 2 and words[0] in SPELLING:
            variants |= {" ".join([other, *words[1:]]) for other in SPELLING[words[0]]}
    variants.discard(form)
    return variants




def overlaps(a: Role, b: Role) -> bool:
    a_start, a_end = a.start or "0000", a.end or "9999"
    b_start, b_end = b.start or "0000", b.end or "9999"
    return a_start < b_end and b_start < a_end


LOADERS = {
    "countries.tsv": lambda lex, p: load_countries(lex, p),
    "cities.tsv": lambda lex, p: load_cities(lex, p),
    "seats.tsv": lambda lex, p: load_named(lex, p, kind="seat", code_first=False),
    "organisations.tsv": lambda lex, p: load_named(lex, p, kind="organisation", code_first=True),
    "roles.tsv": lambda lex, p: load_roles(lex, p),
    "people.tsv": lambda lex, p: load_people(lex, p),
}


def load_directory(lexicon: Lexicon, folder: Path) -> None:
    for name, loader in LOADERS.items():
        if (folder / name).exists():
            loader(lexicon, folder / name)


@lru_cache(maxsize=8)
def load_lexicon(extra: tuple[str, ...] = (), *, defaults: bool = True) -> Lexicon:
    """Our dictionaries, plus PETRARCH/TABARI or TSV files given in ``extra``."""
    lexicon = Lexicon()
    if defaults:
        load_ours(lexicon)
    for path in extra:
        load_actor_path(lexicon, Path(path))
    return lexicon


def load_ours(lexicon: Lexicon) -> None:
    load_directory(lexicon, data_path("actors"))  # hand-written rows first: they win
    load_directory(lexicon, data_path("actors", "kb"))  # derived by scripts/build_actors.py


def load_actor_path(lexicon: Lexicon, path: Path) -> None:
    """A folder of our TSVs, one of our TSV files by name, or a PETRARCH/TABARI file."""
    from newsevents.actors.petrarch import load_petrarch

    if path.is_dir():
        load_directory(lexicon, path)
    elif path.name in LOADERS:
        LOADERS[path.name](lexicon, path)
    else:
        load_petrarch(lexicon, path)

"""PETRARCH/TABARI dictionaries read into the `Lexicon`: ``.actors``, ``.agents``, discards.

Which kind a file is comes from its name (``agents``, ``discards``, else actors) or,
failing that, from its lines (``[~GOV]`` codes make an agents file). What is read:

* actors — a primary phrase (``UNITED_STATES_ [USA]``), ``+`` synonyms, then indented
  ``[CODE]``, ``[CODE >YYMMDD]``, ``[CODE <YYMMDD]``, ``[CODE YYMMDD-YYMMDD]`` lines
  (several on one line too). A six-digit year ``YY`` < 30 is 20YY, else 19YY. Undated
  codes are the default; a bare ``[ELI]`` default is the last country's former elite.
  Consecutive primaries with no code share the next one's codes (a TABARI block).
* agents — ``PHRASE {plural} [~CODE]``: a role word whose code is appended to the
  country ("Syrian" + ``~REB``); ``[CODE~]`` is put before it (``IGO~``). Multi-part
  codes (``~GOVMIL``) are kept whole: country USA, sector GOV, code ``USAGOVMIL``.
  Regular plurals are made (S, IES, ES); ``{}`` means none; ``!PERSON!`` markers expand.
* discards — phrases kept in ``Lexicon.discards`` (``+`` marks a whole-story discard).

Every phrase becomes an `Entry` with ``any_case=True``: ``_`` and spaces both mean
adjacent words (TABARI's gapped phrases and stems are not supported). Parsed files are
cached (pickle, keyed by path, size and mtime) under ``$NEWSEVENTS_CACHE`` or
``~/.cache/newsevents``, so the 50,000-line Phoenix files load once.
"""

from __future__ import annotations

import logging
import os
import pickle
import re
from dataclasses import dataclass, field
from pathlib import Path

from newsevents import messages
from newsevents.actors.entries import Entry, Lexicon, Role
from newsevents.dates import checked
from newsevents.resources import DataError

log = logging.getLogger(__name__)

CACHE_VERSION = 2
BRACKET = re.compile(r"\[([^\[\]{}]*)[\]}]")
PETRARCH_CODE = re.compile(r"^[A-Z0-9+/-]*[A-Z0-9+-]$")
SUBSTITUTION = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
PLURAL = re.compile(r"\{([^{}]*)\}")
ELITE = "ELI"
ROMAN = re.compile(r"^[IVX]{2,5}$")
SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "de", "du", "des", "la", "le", "al", "el", "bin", "van", "von"}


class BadDate(DataError):
    """A date restriction that cannot be read: the restriction is skipped with a warning."""


@dataclass
class Record:
    """One actors-file record while it is read: its phrases and its codes."""

    forms: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    line: int = 0


def load_petrarch(lexicon: Lexicon, path: Path) -> None:
    """Merge one PETRARCH/TABARI file into ``lexicon`` (from the cache when unchanged)."""
    path = Path(path)
    kind = file_kind(path)
    entries, discards = cached_parse(path, kind)
    for form, entry in entries:
        lexicon.add(form, entry)
    lexicon.discards.update(discards)


def file_kind(path: Path) -> str:
    name = path.name.lower()
    for kind in ("agents", "discards", "actors"):
        if kind in name:
            return kind
    if name.endswith((".verbs", ".issues")) or "verbs" in name or "issue" in name:
        raise DataError(messages.DATA_ERROR.format(path=path, line=1, reason="not an actors, agents or discards file"))
    with open(path, encoding="utf-8", errors="replace") as handle:
        head = handle.read(20000)
    return "agents" if "[~" in head or "~]" in head else "actors"


def cached_parse(path: Path, kind: str) -> tuple[list[tuple[str, Entry]], set[str]]:
    stat = path.stat()
    reader = Path(__file__).stat().st_mtime_ns  # a changed reader invalidates the cache
    key = f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{CACHE_VERSION}|{reader}"
    cache_file = cache_folder() / f"petrarch-{abs(hash_text(key)):x}.pickle"
    if cache_file.exists():
        try:
            with open(cache_file, "rb") as handle:
                stored_key, result = pickle.load(handle)
            if stored_key == key:
                return result
        except (OSError, pickle.UnpicklingError, EOFError, ValueError):
            log.debug("ignoring unreadable cache %s", cache_file)
    result = parse_file(path, kind)
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        temporary = cache_file.with_suffix(f".{os.getpid()}.tmp")
        with open(temporary, "wb") as handle:
            pickle.dump((key, result), handle, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(cache_file)
    except OSError as error:
        log.debug("cannot write cache %s: %s", cache_file, error)
    return result


def cache_folder() -> Path:
    return Path(os.environ.get("NEWSEVENTS_CACHE") or Path.home() / ".cache" / "newsevents")


def hash_text(text: str) -> int:
    """A hash stable across processes (``hash()`` of a str is salted)."""
    import zlib

    return zlib.crc32(text.encode("utf-8"))


def parse_file(path: Path, kind: str) -> tuple[list[tuple[str, Entry]], set[str]]:
    with open(path, encoding="utf-8", errors="replace") as handle:
        lines = handle.read().splitlines()
    if kind == "agents":
        return parse_agents(lines, path), set()
    if kind == "discards":
        return [], parse_discards(lines)
    return parse_actors(lines, path), set()


def strip_comment(line: str) -> str:
    if line.lstrip().startswith("<!--"):
        return ""
    line = line.split("#", 1)[0]
    for marker in (" ;", "\t;"):
        line = line.split(marker, 1)[0]
    return line.rstrip()


def phrase_text(raw: str) -> str:
    """``MR._OBAMA_`` -> ``Mr. Obama``: words as news writes them, for the tokenizer."""
    words = raw.replace("_", " ").replace("[", " ").replace("]", " ").split()
    return " ".join(natural_case(word, first=index == 0) for index, word in enumerate(words))


def natural_case(word: str, *, first: bool = False) -> str:
    if "." in word.rstrip(".") or ROMAN.match(word):  # U.S., U.N., XVI
        return word.upper()
    if not first and word.lower() in SMALL_WORDS:
        return word.lower()
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


# ---------------------------------------------------------------- actors

def parse_actors(lines: list[str], path: Path) -> list[tuple[str, Entry]]:
    records: list[Record] = []
    current: Record | None = None
    for number, raw in enumerate(lines, start=1):
        line = strip_comment(raw)
        if not line.strip():
            continue
        phrase, roles = split_codes(line, path, number)
        if raw[:1] in (" ", "\t"):
            if current is not None:
                current.roles.extend(roles)
            continue
        if phrase.startswith("+") and current is not None:
            current.forms.append(phrase[1:])
            current.roles.extend(roles)
            continue
        if current is None or current.roles:
            current = Record(line=number)
            records.append(current)
        current.forms.append(phrase.lstrip("+"))
        current.roles.extend(roles)
    entries: list[tuple[str, Entry]] = []
    for record in records:
        entry = record_entry(record, f"{path}:{record.line}")
        if entry is not None:
            entries.extend((phrase_text(form), entry) for form in record.forms if phrase_text(form))
    return entries


def split_codes(line: str, path: Path, number: int) -> tuple[str, list[Role]]:
    """A line's phrase (before the first bracket) and the codes in its brackets."""
    cut = min((i for i in (line.find("["), line.find("{")) if i >= 0), default=len(line))
    roles = []
    for inside in BRACKET.findall(line[cut:]):
        try:
            roles.append(parse_restriction(inside, path, number))
        except BadDate as error:  # third-party files have a few typos; the rest of the entry stands
            log.warning("%s; restriction skipped", error)
    return line[:cut].strip(), roles


def parse_restriction(inside: str, path: Path, number: int) -> Role:
    parts = inside.split(None, 1)
    if not parts:
        raise DataError(messages.DATA_ERROR.format(path=path, line=number, reason="empty code []"))
    code = parts[0].upper()
    if not PETRARCH_CODE.match(code):
        raise DataError(messages.DATA_ERROR.format(path=path, line=number, reason=f"bad actor code {parts[0]!r}"))
    when = "".join(parts[1].split()) if len(parts) > 1 else ""
    if not when:
        return Role(code, None, None)
    if when[0] in "<>":
        day = petrarch_day(when[1:], path, number)
        return Role(code, None, day) if when[0] == "<" else Role(code, day, None)
    start, dash, end = when.partition("-")
    if not dash:
        raise BadDate(messages.DATA_ERROR.format(path=path, line=number, reason=f"bad date restriction {when!r}"))
    return Role(code, petrarch_day(start, path, number), petrarch_day(end, path, number))


def petrarch_day(text: str, path: Path, number: int) -> str:
    """YYMMDD or YYYYMMDD to ISO; a mistyped 9-10 digit date keeps its plausible 8 digits."""
    candidates = [text]
    if text.isdigit() and len(text) in (9, 10):
        candidates = [text[-8:], text[:8]]
    for candidate in candidates:
        if candidate.isdigit() and len(candidate) == 6:
            year = int(candidate[:2])
            day = checked(year + (2000 if year < 30 else 1900), int(candidate[2:4]), int(candidate[4:]))
        elif candidate.isdigit() and len(candidate) == 8:
            day = checked(int(candidate[:4]), int(candidate[4:6]), int(candidate[6:]))
        else:
            day = None
        if day:
            return day
    raise BadDate(messages.DATA_ERROR.format(path=path, line=number, reason=f"bad date {text!r}"))


def record_entry(record: Record, where: str) -> Entry | None:
    """The lexicon entry of one record; its kind follows from its codes."""
    dated = tuple(r for r in record.roles if r.start or r.end)
    undated = [r for r in record.roles if not (r.start or r.end) and not (dated and r.code == ELITE)]
    if not dated and not undated:
        return None
    name = phrase_text(record.forms[0])
    first = (dated or undated)[0].code
    if len(first) == 3 and first.isalpha() and (undated or not dated):  # a country: dated variants not kept
        return Entry("country", name, undated[0].code if undated else first, origin=where, any_case=True)
    current = max((r for r in dated if r.end is None), key=lambda r: r.start or "", default=None)
    if not undated and current is not None and len(current.code) == 3 and current.code.isalpha():
        # a country known only by dated codes (KYRGYZSTAN: USRKGZ until 1991, KGZ since): today's code
        return Entry("country", name, current.code, origin=where, any_case=True)
    if dated:
        roles = dated + tuple(undated[:1])
        return Entry("person", name, roles[0].code, roles, origin=where, any_case=True)
    return Entry("organisation", name, undated[0].code, origin=where, any_case=True)


# ---------------------------------------------------------------- agents

def parse_agents(lines: list[str], path: Path) -> list[tuple[str, Entry]]:
    substitutions: dict[str, list[str]] = {}
    entries: list[tuple[str, Entry]] = []
    for number, raw in enumerate(lines, start=1):
        line = strip_comment(raw).strip()
        if not line:
            continue
        marker = SUBSTITUTION.match(line)
        if marker:
            substitutions[marker[1]] = [item.strip() for item in marker[2].split(",") if item.strip()]
            continue
        codes = BRACKET.findall(line)
        if not codes:
            continue  # a phrase without a code codes nothing
        code = "".join(codes[0].split()).upper()
        if not re.fullmatch(r"~[A-Z]+|[A-Z]+~", code):
            raise DataError(messages.DATA_ERROR.format(path=path, line=number, reason=f"bad agent code {codes[0]!r}"))
        phrase = line[: line.index("[")]
        plural_match = PLURAL.search(phrase)
        plural = plural_match[1].strip() if plural_match else None
        phrase = PLURAL.sub("", phrase).strip()
        where = f"{path}:{number}"
        role_code = code.strip("~") + ("~" if code.endswith("~") else "")
        for form in agent_forms(phrase, plural, substitutions):
            text = " ".join(form.replace("_", " ").lower().split())
            if text:
                entries.append((text, Entry("role", text, role_code, origin=where, any_case=True)))
    return entries


def agent_forms(phrase: str, plural: str | None, substitutions: dict[str, list[str]]) -> list[str]:
    """The singular, its plural(s) and the expansions of ``!MARKER!``."""
    marker = next((m for m in substitutions if m in phrase), None)
    if marker is not None:
        return [phrase.replace(marker, value) for value in substitutions[marker]]
    phrase = phrase.rstrip("_ ")
    if plural is not None:
        return [phrase] + ([plural.rstrip("_ ")] if plural else [])
    return [phrase, regular_plural(phrase)]


def regular_plural(phrase: str) -> str:
    upper = phrase.upper()
    if upper.endswith(("SS", "SH", "CH", "X")):
        return phrase + "ES"
    if upper.endswith("Y") and len(upper) > 1 and upper[-2] not in "AEIOU":
        return phrase[:-1] + "IES"
    return phrase + "S"


# ---------------------------------------------------------------- discards

def parse_discards(lines: list[str]) -> set[str]:
    found: set[str] = set()
    for raw in lines:
        line = strip_comment(raw).strip()
        if line:
            found.add(" ".join(line.replace("_", " ").lower().split()))
    return found

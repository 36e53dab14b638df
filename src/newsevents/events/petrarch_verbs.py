"""PETRARCH/TABARI verb dictionaries (``CAMEO.2.0.txt``, ``*.verbs.txt``) read into patterns.

The format (``dictionaries.rst`` of PETRARCH2): ``&LABEL`` synsets with ``+phrase`` members;
verb blocks opened by ``--- NAME [code] ---``, then verb lines (``SPEED {SPED SPEEDS}``,
``+CORDON_OFF``, ``WIRE_+TAP``, each with an optional own ``[code]``), then pattern lines
``- words * words [code]``. In a pattern ``*`` is the verb, ``_`` joins words that must be
adjacent, a space allows words between, ``{A B}`` is a noun phrase (head last) and ``(P N)``
a prepositional phrase, both read as words in order; ``$`` is the source, ``+`` the target,
``%`` a compound actor (its members act on each other), ``^`` skips a phrase. A code
``[042:043]`` is the act of the source and, after the colon, the answering act of the target.
Transformations (``~`` lines) are not read. Errors name the file and line.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from newsevents import messages
from newsevents.resources import DataError

log = logging.getLogger(__name__)

CODE = re.compile(r"^[^\s:\[\]{}]*(?::[^\s:\[\]{}]*)?$")  # the dictionary's own codes, kept as written
BLOCK = re.compile(r"^---\s*([^\[]*?)\s*(?:\[([^\]]*)\].*?)?\s*(?:---)?\s*$")
MARKERS = {"$": "source", "+": "target", "%": "compound", "^": "skip"}
NULL = "---"


@dataclass(frozen=True)
class Element:
    """One step of a pattern: words (any of ``choices``, each a run of adjacent words), or
    an actor slot (``source``, ``target``, ``compound``) or a ``skip``; ``adjacent``: no
    word may stand between it and the step before."""

    kind: str  # word | source | target | compound | skip
    choices: tuple[tuple[str, ...], ...] = ()
    adjacent: bool = False
    preposition: bool = False  # the first word of a ``(P N)`` phrase: a preposition, not "to" of an infinitive


@dataclass(frozen=True)
class VerbPattern:
    """A verb block's pattern: what stands before and after the verb, and the codes."""

    verb: str  # the block's name, lower case
    before: tuple[Element, ...]
    after: tuple[Element, ...]
    code: str
    answer: str = ""  # the target's answering act ("042:043" -> 043)
    origin: str = ""

    @property
    def weight(self) -> int:
        """How much of the sentence the pattern pins down (the most specific wins)."""
        return sum(max(len(c) for c in e.choices) if e.choices else 1 for e in self.before + self.after
                   if e.kind != "skip")


@dataclass(frozen=True)
class Verb:
    """A verb of a block: its lemma, the words that make it a phrase ("cordon off"), its code."""

    lemma: str
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    code: str = NULL
    answer: str = ""
    block: str = ""
    origin: str = ""


@dataclass
class VerbDictionary:
    verbs: dict[str, list[Verb]] = field(default_factory=dict)  # lemma or form -> verbs
    patterns: dict[str, list[VerbPattern]] = field(default_factory=dict)  # block -> patterns
    synsets: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    forms: dict[str, str] = field(default_factory=dict)  # irregular form -> lemma

    def pattern_count(self) -> int:
        return sum(len(p) for p in self.patterns.values())


def fail(path: Path, number: int, reason: str) -> DataError:
    return DataError(messages.DATA_ERROR.format(path=path, line=number, reason=reason))


def strip_comment(line: str) -> str:
    if line.lstrip().startswith("<!--"):
        return ""
    return re.sub(r"#(?![^\[]*\]).*", "", line).rstrip()  # a '#' inside a [code] is not a comment


def split_code(text: str, path: Path, number: int) -> tuple[str, str]:
    """``042:043`` -> (042, 043); ``:173`` -> ("", 173); ``---`` -> (---, "")."""
    text = "".join(text.split())
    if not text or not CODE.match(text):
        raise fail(path, number, f"bad event code [{text}]")
    code, _, answer = text.partition(":")
    return code, answer if answer != NULL else ""


def plural(word: str) -> str:
    if word.endswith("ss"):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def read_verb_dictionary(path: Path | str, into: VerbDictionary | None = None) -> VerbDictionary:
    """Read one verb dictionary (merging into ``into`` when given)."""
    path = Path(path)
    book = into or VerbDictionary()
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as error:
        raise fail(path, 0, str(error)) from error
    synset: str | None = None
    block: str | None = None
    block_code = (NULL, "")
    for number, raw in enumerate(lines, start=1):
        line = strip_comment(raw).strip()
        if not line or line.startswith("~"):  # transformations: not read (see docs/petrarch.md)
            continue
        if line.startswith("---"):
            match = BLOCK.match(line)
            if not match:
                raise fail(path, number, f"bad verb block header {line!r}")
            block, synset = match[1].lower().replace("_", " ").strip(), None
            block_code = split_code(match[2], path, number) if match[2] else (NULL, "")
            book.patterns.setdefault(block, [])
            continue
        if line.startswith("&"):
            synset = line.split()[0]
            book.synsets.setdefault(synset.rstrip("_"), ())
            continue
        if line.startswith("+") and synset is not None:
            member = line[1:].strip()
            book.synsets[synset.rstrip("_")] += synset_members(member, synset.endswith("_"), book, path, number)
            continue
        synset = None
        if block is None:
            raise fail(path, number, "a verb or pattern before the first '--- VERB [code] ---' block")
        if line.startswith("-"):
            pattern = read_pattern(line[1:], block, book, path, number)
            if pattern is not None:
                book.patterns[block].append(pattern)
            continue
        for verb in read_verb_line(line, block, block_code, book, path, number):
            book.verbs.setdefault(verb.lemma, []).append(verb)
    add_regular_forms(book)
    return book


def regular_forms(lemma: str) -> tuple[str, ...]:
    """The -s, -ed and -ing forms PETRARCH makes of a verb (``stage``: stages, staged, staging)."""
    consonant_y = lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in "aeiou"
    sibilant = lemma.endswith(("s", "x", "z", "ch", "sh"))
    third = lemma[:-1] + "ies" if consonant_y else lemma + ("es" if sibilant else "s")
    past = lemma[:-1] + "ied" if consonant_y else lemma + ("d" if lemma.endswith("e") else "ed")
    gerund = lemma[:-1] + "ing" if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")) else lemma + "ing"
    return third, past, gerund


def add_regular_forms(book: VerbDictionary) -> None:
    """Each verb's regular forms, so a verb is found where the lemmatizer misreads it
    ("staged" as ``stag``); a listed irregular form or another verb of that spelling comes first."""
    for lemma in list(book.verbs):
        if not lemma.isalpha():
            continue
        for form in regular_forms(lemma):
            if form not in book.verbs:
                book.forms.setdefault(form, lemma)


def synset_members(text: str, no_plural: bool, book: VerbDictionary, path: Path, number: int):
    """A member phrase's word runs; ``&LABEL`` inside it stands for each of that synset's."""
    keep = no_plural or text.endswith("_")
    runs: list[tuple[str, ...]] = [()]
    for part in text.replace("_", " ").split():
        if part.startswith("&"):
            label = part.rstrip("_")
            if label not in book.synsets:
                raise fail(path, number, f"synset {label} used before it is defined")
            runs = [run + member for run in runs for member in book.synsets[label]]
        else:
            runs = [run + (part.lower(),) for run in runs]
    runs = [run for run in runs if run]
    if keep or not text.split()[-1].isalpha():
        return tuple(runs)
    return tuple(r for run in runs for r in (run, run[:-1] + (plural(run[-1]),)))


def read_verb_line(line: str, block: str, block_code: tuple[str, str], book: VerbDictionary,
                   path: Path, number: int) -> list[Verb]:
    """``HURRY {HURRIES HURRYING HURRIED} [020]``, ``+CORDON_OFF {...}``, ``WIRE_+TAP``."""
    code = block_code
    bracket = re.search(r"\[([^\]]*)\]", line)
    if bracket:
        code = split_code(bracket[1], path, number)
        line = line[: bracket.start()] + line[bracket.end():]
    forms: list[str] = []
    brace = re.search(r"\{([^}]*)\}", line)
    if brace:
        forms = brace[1].split()
        line = line[: brace.start()] + line[brace.end():]
    phrase = line.strip()
    if not phrase or " " in phrase and "_" not in phrase and not phrase.startswith("+"):
        phrase = phrase.replace(" ", "_")
    words = [w for w in phrase.replace(" ", "_").split("_") if w]
    if not words:
        raise fail(path, number, "a verb line without a verb")
    head = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    words = [w.lstrip("+").lower() for w in words]
    lemma = words[head]
    for form in forms:
        parts = [w.lstrip("+").lower() for w in form.split("_") if w]
        if parts:
            book.forms[parts[min(head, len(parts) - 1)]] = lemma
    return [Verb(lemma, tuple(words[:head]), tuple(words[head + 1:]), code[0], code[1], block, f"{path}:{number}")]


TOKEN = re.compile(r"\{|\}|\(|\)|[^\s{}()]+")


def read_pattern(text: str, block: str, book: VerbDictionary, path: Path, number: int) -> VerbPattern | None:
    bracket = re.search(r"\[([^\]]*)\]\s*$", text)
    try:
        if not bracket:
            raise fail(path, number, "a pattern without a [code]")
        code, answer = split_code(bracket[1], path, number)
    except DataError as error:  # a typo in one pattern of a third-party file: skip that pattern
        log.warning("%s; pattern ignored", error)
        return None
    body = text[: bracket.start()]
    if "*" not in body:
        log.warning("%s:%s: a pattern without '*' (the verb); pattern ignored", path, number)
        return None
    before_text, _, after_text = body.partition("*")
    before_text, after_text = before_text.replace("_", " _ "), after_text.replace("_", " _ ")
    try:
        before = elements(before_text, book)
        after = elements(after_text, book)
    except KeyError as error:  # the format's rule: a pattern naming an undefined synset is ignored
        log.warning("%s:%s: undefined synset %s; pattern ignored", path, number, error.args[0])
        return None
    if after and body.partition("*")[2][:1] == "_":
        after = (Element(after[0].kind, after[0].choices, True, after[0].preposition),) + after[1:]
    return VerbPattern(block, before, after, code, answer, f"{path}:{number}")


def elements(text: str, book: VerbDictionary) -> tuple[Element, ...]:
    found: list[Element] = []
    adjacent = opened = False
    for token in TOKEN.findall(text):
        if token in "{}()":
            opened = token == "("
            continue
        if token == "_":
            adjacent = True
            continue
        for piece in filter(None, re.split(r"([$+%^])", token)):
            if piece in MARKERS:
                found.append(Element(MARKERS[piece], (), adjacent))
            elif piece.startswith("&"):
                label = piece.rstrip("_")
                if label not in book.synsets:
                    raise KeyError(label)
                found.append(Element("word", book.synsets[label], adjacent))
            else:
                found.append(Element("word", ((piece.lower(),),), adjacent, preposition=opened))
            adjacent = opened = False
    return tuple(found)

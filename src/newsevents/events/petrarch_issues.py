"""PETRARCH issue coding (``Phoenix.IssueCoding.txt``): phrases -> issue codes on a document.

Lines are ``phrase [CODE]`` inside ``<ISSUE CATEGORY="...">`` sections (a phrase with no
code takes the section's category). In a phrase ``n:word`` also matches the plural,
``v:word`` the verb's ``s``/``ed``/``ing`` forms, ``a+b`` both ``a b`` and ``a-b``; ``~phrase``
(or ``~~phrase``) is an ignore phrase: a sentence holding one codes no issues. Matching is
on whole words, in any case. The result counts the sentences' matched phrases per code.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from newsevents import messages
from newsevents.resources import DataError

SECTION = re.compile(r'<ISSUE\s+CATEGORY="([^"]*)"', re.IGNORECASE)
CODE = re.compile(r"\[([^\]\s]+)\]\s*$")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@dataclass
class IssueDictionary:
    phrases: dict[str, str] = field(default_factory=dict)  # " phrase " -> code
    ignore: list[str] = field(default_factory=list)


def forms_of(word: str) -> list[str]:
    """The forms one pattern word stands for."""
    if word.startswith("n:"):
        stem = word[2:]
        return [stem, stem[:-1] + "ies" if stem.endswith("y") else stem + ("es" if stem.endswith(("s", "sh", "ch", "x"))
                                                                           else "s")]
    if word.startswith("v:"):
        stem = word[2:]
        base = stem[:-1] if stem.endswith("e") else stem
        return [stem, stem + "s", base + "ed", base + "ing"]
    if word.startswith("m:"):
        return [word[2:]]
    return [word]


def expand(phrase: str) -> list[str]:
    words: list[list[str]] = []
    for word in phrase.lower().split():
        prefix, plus, rest = word.rpartition("+")
        if plus:
            words.append([f"{prefix}{joint}{form}" for joint in (" ", "-") for form in forms_of(rest)])
        else:
            words.append(forms_of(word))
    return [" ".join(parts) for parts in itertools.product(*words)]


def read_issues(path: Path | str, into: IssueDictionary | None = None) -> IssueDictionary:
    path = Path(path)
    book = into or IssueDictionary()
    category = ""
    for number, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("</"):
            continue
        section = SECTION.match(line)
        if section:
            category = section[1]
            continue
        if line.startswith("<"):
            raise DataError(messages.DATA_ERROR.format(path=path, line=number, reason=f"unknown tag {line!r}"))
        if line.startswith("~"):
            book.ignore.extend(f" {p} " for p in expand(line.lstrip("~").strip()))
            continue
        code = CODE.search(line)
        phrase = line[: code.start()].strip() if code else line
        if not (code or category) or not phrase:
            raise DataError(messages.DATA_ERROR.format(path=path, line=number, reason="an issue phrase without a code"))
        for form in expand(phrase):
            book.phrases.setdefault(f" {form} ", code[1] if code else category)
    return book


def code_issues(text: str, book: IssueDictionary) -> list[dict]:
    """``[{"code": ..., "count": n}]``, most frequent first."""
    counts: Counter[str] = Counter()
    for sentence in SENTENCE_END.split(text):
        words = " " + " ".join(re.findall(r"[\w'-]+", sentence.lower())) + " "
        if any(phrase in words for phrase in book.ignore):
            continue
        for phrase, code in book.phrases.items():
            if phrase in words:
                counts[code] += words.count(phrase)
    return [{"code": code, "count": count} for code, count in counts.most_common()]

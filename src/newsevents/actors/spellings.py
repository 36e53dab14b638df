"""Known people's names spelt as another transliteration writes them ("Moammar Kadhafi", "Muammar
al-Qadhafi" for Muammar Gaddafi; "Volodimir Zelenski"; "Mahmoud Ahmadinezhad"; "Hassan Rowhani").

A last resort, as typo matches are, for capitalised words no exact match covers. A name's spelling key
folds what transliterations of one name differ by. In the given name (the first word) only vowels: e, i
and y are one vowel, o and u another, w after a vowel is one, and doubled letters count once ("Moammar"
and "Muammar", "Volodimir" and "Volodymyr"; "Marc" is not "Mark", nor "Andrea" "Andrew"). In the other
words also letters and digraphs written for one sound (q, c, g and k; dh and d; kh and k; zh and j; x
and ks; ph and f), a word's final h after a vowel, hyphens and the Arabic article ("al-Qadhafi",
"Gaddafi"; "Ahmadinezhad", "Ahmadinejad"). A PERSON entity, less a title other matches cover at its
ends, of two capitalised words or more (with "al", "el", "bin", "ibn", "bint", "abu" and hyphens
inside it) is read as a known person when its key is that of a name of two words or more of known
people of one country only (namesakes, as "George Bush", are told apart by date as usual; most such
keys are one person two sources spell otherwise) and has more than eight letters. One word alone is
never read so: with vowels folded, "Maurice" would be Morawiecki and "Melania" Meloni.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsevents.actors.entries import Entry, Lexicon, fold_name

ARTICLES = {"al", "el"}  # "al-Qadhafi", "el-Sisi": Gaddafi, Sisi
CONNECTORS = ARTICLES | {"bin", "ibn", "bint", "abu", "-"}  # may stand inside a name written in the text
WORD_LETTERS = [(re.compile(pattern), repl) for pattern, repl in (
    (r"[^a-z]", ""), (r"x", "ks"), (r"ph", "f"), (r"zh", "j"), (r"dj", "j"), (r"kh", "k"), (r"gh", "g"),
    (r"dh", "d"), (r"th", "t"), (r"ck", "k"), (r"q", "k"), (r"c(?!h)", "k"), (r"g", "k"), (r"(?<=[aeiouy])h$", ""),
)]
VOWELS = [(re.compile(pattern), repl) for pattern, repl in (
    (r"(?<=[aeiouy])w", "u"), (r"[eiy]", "i"), (r"[ou]", "u"), (r"(.)\1+", r"\1"),
)]  # w after a vowel is one; e, i and y one vowel, o and u another; doubled letters once ("ou", "oo": "u")
MIN_KEY = 8
MAX_WORDS = 6


def parts_of(word: str) -> list[str]:
    return [p for p in re.split(r"[\s\-\u2010\u2011]+", fold_name(word)) if p and p not in ARTICLES]


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """A written surname's letters as its sound is spelt ("al-Qadhafi": "kadafi"); articles give ""."""
    keys = []
    for part in parts_of(word):
        for pattern, repl in WORD_LETTERS:
            part = pattern.sub(repl, part)
        keys.append(part)
    return "".join(keys)


def vowel_key(text: str) -> str:
    for pattern, repl in VOWELS:
        text = pattern.sub(repl, text)
    return text


def spelling_key(words: list[str]) -> str:
    """The given name with its vowels only folded ("Moammar", "Muammar": "mumar"; "Marc" is not "Mark"),
    the other words by sound too: 'Moammar Kadhafi', 'Muammar al-Qadhafi', 'Muammar Gaddafi' give
    'mumar kadafi'."""
    given = vowel_key("".join(re.sub(r"[^a-z]", "", p) for p in parts_of(words[0]))) if words else ""
    return given + " " + vowel_key("".join(word_key(w) for w in words[1:]))


@dataclass(frozen=True)
class SpellingIndex:
    """Spelling key -> the person entries whose names (of two words or more) have it."""

    names: dict[str, tuple[Entry, ...]]


def build_spelling_index(lexicon: Lexicon) -> SpellingIndex:
    names: dict[str, dict[int, Entry]] = {}
    for form, entries in lexicon.forms.items():
        people = [e for e in entries if e.kind == "person"]
        words = form.split()
        if not people or len(words) < 2:
            continue
        key = spelling_key(words)
        if len(key) <= MIN_KEY:  # the space counts one
            continue
        for entry in people:
            names.setdefault(key, {})[id(entry)] = entry
    return SpellingIndex({k: tuple(v.values()) for k, v in names.items()})


def one_person(entries: tuple[Entry, ...]) -> bool:
    """The entries of one name (namesakes, told apart by date) or of one country's people spelt alike (mostly
    one person two sources spell otherwise: "Kassym-Jomart Tokayev", "Kasym-Zhomart Tokayev")."""
    return bool(entries) and len({e.code[:3] for e in entries}) == 1


def spelling_matches(words: list[str], covered: set[int], persons: list[tuple[int, int]], index: SpellingIndex,
                     titles: set[int] = frozenset(), starts: set[int] = frozenset(),
                     ) -> list[tuple[int, int, str, tuple[Entry, ...]]]:
    """(start, end, the key, entries) of PERSON entities (``persons``: start, end) read as a known person
    spelt otherwise: the entity less the words other matches cover at its ends (a title), when no other
    word of it is covered and it is capitalised words (connectors inside). Not "Charles E." of "Charles E.
    Grassley" (its words are all the entity's or none). Nor when a capitalised word other than a title
    (``titles``: words of role matches) or a sentence's first word no match covers (``starts``: "Yesterday")
    stands right before or after it: "Liverpool John Moores University" is no person."""
    found = []
    for start, end in persons:
        while start < end and start in covered:
            start += 1
        while end > start and end - 1 in covered:
            end -= 1
        name = words[start:end]
        if len(name) < 2 or any(i in covered for i in range(start, end)) or not name[0][:1].isupper() \
                or not name[-1][:1].isupper() or len(name[-1]) < 3 or len(name) > MAX_WORDS + 4 \
                or any(not w[:1].isupper() and w.lower() not in CONNECTORS for w in name):
            continue
        if any(0 <= i < len(words) and words[i][:1].isupper() and i not in titles
               and (i not in starts or i in covered) for i in (start - 1, end)):
            continue
        key = spelling_key(spaced(name))
        if len(key) > MIN_KEY and one_person(entries := index.names.get(key, ())):
            found.append((start, end, key, entries))
    return found


def spaced(tokens: list[str]) -> list[str]:
    """The tokens as words: a hyphen and its neighbours are one word ("Abd", "-", "Rabbu": "Abd-Rabbu")."""
    out: list[str] = []
    glue = False
    for token in tokens:
        if token == "-" and out:
            out[-1] += "-"
            glue = True
        elif glue:
            out[-1] += token
            glue = False
        else:
            out.append(token)
    return out

"""Country names misspelt by one letter ("Isreal", "Ethopian", "Afganistan").

A last resort for a token no exact match covers. It is read as a country when:

1. it is a capitalised alphabetic word of six letters or more, tagged PROPN, NOUN or
   ADJ, outside a PERSON entity, and not next to another capitalised proper noun or
   lexicon name other than a role word (so not part of a longer name: "Cape Breton",
   "Andrew Gelman", "British Columbians"; "Ethopian Prime Minister" is fine);
2. it is not a word we know: no lexicon form starts with it, it is not a known form plus
   "s" ("Americas"), not an English word in the spaCy model's lemmatizer word list
   ("Hungry", "Permian", "Columbia"), and not listed in data/actors/typo_exceptions.tsv;
3. it is one edit (insertion, deletion, substitution or adjacent transposition) from a
   single-word name or demonym in countries.tsv with the same first and last letter
   ("Brazile", "Maldive" are names or inflections, not typos), and all such forms
   belong to one country ("Ieland": Iceland or Ireland, so neither).

Candidates come from a symmetric-deletion index built once per lexicon, so a token
costs a few dict look-ups.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from pathlib import Path

from newsevents.actors.lexicon import Entry, Lexicon
from newsevents.resources import data_path, read_tsv

TYPO_KINDS = {"country", "adjective"}
TYPO_POS = {"PROPN", "NOUN", "ADJ"}
MIN_LETTERS = 6
NAME_PUNCT = "-'\"‘“("  # "-Andrew Gelman": a capital after these still starts a name
EXCEPTIONS = "typo_exceptions.tsv"
TYPO_ORIGIN = "typo of "  # Entry.origin of a typo match: "typo of Israel (countries.tsv:90)"


@dataclass(frozen=True, repr=False)
class TypoIndex:
    """Deletion key (lower case) -> candidate forms, and what we know is no typo."""

    by_deletion: dict[str, tuple[str, ...]]
    entries: dict[str, tuple[str, tuple[Entry, ...]]]  # lower-case form -> (form, entries marked as typos)
    known: frozenset[str]  # lower-case first words of every lexicon form
    words: frozenset[str]  # English words (the model's lemmatizer index) and listed exceptions


def deletions(word: str) -> set[str]:
    """The word and every string one deletion from it."""
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


def one_edit(a: str, b: str) -> bool:
    """Damerau-Levenshtein (optimal string alignment) distance exactly 1."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) != len(b):
        short, long_ = (a, b) if len(a) < len(b) else (b, a)
        i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
        return short[i:] == long_[i + 1:]
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def from_countries(entry: Entry) -> bool:
    return entry.kind in TYPO_KINDS and Path(entry.origin.rpartition(":")[0]).name == "countries.tsv"


def load_exceptions(path: Path | None = None) -> frozenset[str]:
    path = path or data_path("actors", EXCEPTIONS)
    return frozenset(cells[0].lower() for _, cells in read_tsv(path, columns=2, optional=1) if cells[0] != "word")


def english_words() -> frozenset[str]:
    """Words of the spaCy model's rule lemmatizer (WordNet's index); empty without one."""
    from newsevents.parse import load_model

    nlp = load_model()
    if "lemmatizer" not in nlp.pipe_names or not hasattr(nlp.get_pipe("lemmatizer"), "lookups"):
        return frozenset()
    lookups = nlp.get_pipe("lemmatizer").lookups
    if "lemma_index" not in lookups.tables:
        return frozenset()
    return frozenset(word for words in lookups.get_table("lemma_index").values() for word in words)


def build_typo_index(lexicon: Lexicon, *, words: frozenset[str] | None = None) -> TypoIndex:
    """Index the single-word country names and demonyms of ``lexicon``."""
    by_deletion: dict[str, set[str]] = {}
    entries: dict[str, tuple[str, tuple[Entry, ...]]] = {}
    for form, found in lexicon.forms.items():
        if not form.isalpha() or len(form) < MIN_LETTERS - 1 or not all(from_countries(e) for e in found):
            continue
        marked = tuple(replace(e, origin=f"{TYPO_ORIGIN}{form} ({Path(e.origin).name})") for e in found)
        entries[form.lower()] = (form, entries.get(form.lower(), ("", ()))[1] + marked)
        for key in deletions(form.lower()):
            by_deletion.setdefault(key, set()).add(form.lower())
    known = frozenset(form.split(" ")[0].lower() for form in lexicon.forms)
    words = (english_words() if words is None else words) | load_exceptions()
    return TypoIndex({k: tuple(sorted(v)) for k, v in by_deletion.items()}, entries, known, words)


def looks_misspelt(token, index: TypoIndex) -> bool:
    """Rules 1 and 2: a capitalised name-like word we do not know."""
    text = token.text
    if not (len(text) >= MIN_LETTERS and text.isalpha() and text.istitle() and token.pos_ in TYPO_POS
            and token.ent_type_ != "PERSON"):
        return False
    lower = text.lower()
    return not (lower in index.known or lower in index.words or token.lemma_.lower() in index.words
                or (lower.endswith("s") and lower[:-1] in index.known))


def inside_name(token, names: Collection[int], roles: Collection[int]) -> bool:
    """Next to a capitalised proper noun or lexicon name that is not a role word:
    part of a longer name ("Cape Breton", "British Columbians"), not a misspelt country."""
    doc = token.doc
    for i in (token.i - 1, token.i + 1):
        if not 0 <= i < len(doc) or i in roles:
            continue
        if doc[i].text.lstrip(NAME_PUNCT)[:1].isupper() and (doc[i].pos_ == "PROPN" or i in names):
            return True
    return False


def typo_candidates(word: str, index: TypoIndex) -> list[str]:
    """Forms one edit from ``word`` (lower case) with the same first and last letter."""
    found: set[str] = set()
    for key in deletions(word):
        found.update(index.by_deletion.get(key, ()))
    return sorted(f for f in found if f[0] == word[0] and f[-1] == word[-1] and one_edit(word, f))


def typo_entries(token, index: TypoIndex, *, names: Collection[int] = (), roles: Collection[int] = ()
                 ) -> tuple[str, tuple[Entry, ...]] | None:
    """(form, entries) when ``token`` is one letter from exactly one country's name;
    ``names`` and ``roles``: indices of tokens in exact matches of names and of role words."""
    if not looks_misspelt(token, index) or inside_name(token, names, roles):
        return None
    forms = typo_candidates(token.text.lower(), index)
    if not forms:
        return None
    codes = {e.code for f in forms for e in index.entries[f][1]}
    if len(codes) != 1:
        return None  # two countries within one letter: take neither
    return index.entries[forms[0]]

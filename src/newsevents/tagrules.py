"""The spaCy model's attribute ruler and rule lemmatizer, run as table look-ups over token
arrays: the same POS, morphology and lemma on every token, for a fraction of their CPU.

Why: in ``en_core_web_sm`` the attribute ruler (179 token patterns, run by the general
``Matcher`` on every token) and the lemmatizer (Python per token) cost about a fifth of
the whole pipeline (bench/profile_run.py). Here the ruler's patterns are indexed by their
first token's tag or lower-case form, the values each pattern writes are taken from the
ruler itself, and lemmas are cached by (word, POS, morphology), the key spaCy's own cache
uses; a miss calls a copy of the model's lemmatizer whose word index is a set
(``fast_twin``). ``TagRules.build`` returns None when the model's ruler has a pattern this
does not read (an operator, another attribute or predicate, an extension attribute): the
parse stage then keeps the model's own components.
bench/check_tagrules.py compares the two token by token on the corpus mix.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.lookups import Lookups
from spacy.tokens import Doc, Span
from spacy.tokens._retokenize import set_token_attrs

COMPONENTS = ("attribute_ruler", "lemmatizer")
READ = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "ORTH": ORTH, "TEXT": ORTH, "IS_SPACE": IS_SPACE}
COLUMNS = (TAG, LOWER, DEP, ORTH, IS_SPACE, POS, MORPH, LEMMA)
WRITTEN = (POS, MORPH, LEMMA)  # what patterns write through arrays; anything else, token by token
Condition = Callable[[tuple], bool]


class Unsupported(ValueError):
    """A ruler pattern this module does not read."""


class TagRules:
    """Applies a model's attribute ruler and lemmatizer to a parsed ``Doc`` in place."""

    def __init__(self, nlp):
        ruler, self.lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
        names = nlp.pipe_names
        if getattr(self.lemmatizer, "mode", None) != "rule" or names[names.index(COMPONENTS[0]):][:2] != list(
                COMPONENTS) or not set(names[names.index(COMPONENTS[1]) + 1:]) <= {"ner"}:
            raise Unsupported("not a rule lemmatizer right after the ruler, with at most ner after them")
        self.strings = nlp.vocab.strings
        self.by_tag: dict[int, list] = {}
        self.by_lower: dict[int, list] = {}
        self.anywhere: list = []
        for number, entry in enumerate(ruler.patterns):
            writes = ruler.attrs[number]
            if not all(isinstance(attr, int) for attr in writes):
                raise Unsupported(f"pattern {number} sets extension attributes")
            for pattern in entry["patterns"]:
                tests = [(offset, column, test) for offset, token in enumerate(pattern)
                         for column, test in self.condition(token)]
                compiled = (number, entry["index"], tests, writes, len(pattern))
                self.index(pattern[0], compiled)
        self.untagged = tuple(self.anywhere)  # the patterns to try at a token, by its tag (plus those by its word)
        self.with_tag = {tag: (*found, *self.anywhere) for tag, found in self.by_tag.items()}
        self.by_lower = {lower: tuple(found) for lower, found in self.by_lower.items()}
        self.overwrite = self.lemmatizer.overwrite
        self.lemmas: dict[tuple[int, int, int], int] = {}
        self.twin = fast_twin(self.lemmatizer)

    def index(self, first: dict, compiled: tuple) -> None:
        """File a pattern under a word (else a tag) its first token must have, for a dictionary look-up."""
        for name, table in (("LOWER", self.by_lower), ("TAG", self.by_tag)):  # the rarer first
            value = first.get(name)
            if isinstance(value, str):
                table.setdefault(self.strings.add(value), []).append(compiled)
                return
            if isinstance(value, dict) and set(value) == {"IN"}:
                for item in value["IN"]:
                    table.setdefault(self.strings.add(item), []).append(compiled)
                return
        self.anywhere.append(compiled)

    def condition(self, token: dict) -> list[tuple[int, Condition]]:
        """One token pattern as (column, test) pairs over a row of ``COLUMNS``."""
        tests = []
        for name, value in token.items():
            if name not in READ:
                raise Unsupported(f"pattern reads {name}")
            column = COLUMNS.index(READ[name])
            if name == "IS_SPACE":
                if not isinstance(value, bool):
                    raise Unsupported("IS_SPACE with a predicate")
                tests.append((column, (lambda wanted: lambda cell: bool(cell) == wanted)(value)))
            elif isinstance(value, str):
                tests.append((column, (lambda wanted: lambda cell: cell == wanted)(self.strings.add(value))))
            elif isinstance(value, dict) and len(value) == 1 and next(iter(value)) in ("IN", "NOT_IN", "REGEX"):
                tests.append((column, self.predicate(*next(iter(value.items())))))
            else:
                raise Unsupported(f"pattern value {value!r}")
        return tests

    def predicate(self, kind: str, value) -> Condition:
        if kind == "REGEX":
            regex, known = re.compile(value), {}

            def search(cell: int) -> bool:
                if cell not in known:
                    known[cell] = bool(regex.search(self.strings[cell]))
                return known[cell]
            return search
        wanted = frozenset(self.strings.add(item) for item in value)
        return (lambda cell: cell in wanted) if kind == "IN" else (lambda cell: cell not in wanted)

    @classmethod
    def build(cls, nlp) -> TagRules | None:
        try:
            return cls(nlp)
        except (Unsupported, KeyError, ValueError, AttributeError, TypeError):
            return None

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        table = doc.to_array(list(COLUMNS))
        rows = [tuple(row) for row in table.tolist()]
        matches = sorted(self.matches(rows), key=lambda match: match[:2])  # the ruler's order
        values = table[:, 5:8].copy()
        slow: set[int] = set()
        for _number, start, index, writes, length in matches:
            position = start + index if index >= 0 else start + length + index
            for attr, value in writes.items():
                if attr in WRITTEN:
                    values[position, WRITTEN.index(attr)] = value
                else:
                    slow.add(position)
        doc.from_array(list(WRITTEN), values)
        for _number, start, index, writes, length in matches:  # e.g. TAG or DEP on a space: as the ruler does
            if start + (index if index >= 0 else length + index) in slow:
                set_token_attrs(Span(doc, start, start + length)[index], writes)
        self.lemmatize(doc)
        return doc

    def matches(self, rows: list[tuple]):
        """(pattern number, start, index, writes, length) of every match, as the ruler's Matcher finds them."""
        count = len(rows)
        for start, row in enumerate(rows):
            candidates = self.with_tag.get(row[0], self.untagged)
            if row[1] in self.by_lower:
                candidates = candidates + self.by_lower[row[1]]
            for compiled in candidates:
                number, index, tests, writes, length = compiled
                if start + length > count:
                    continue
                for offset, column, test in tests:
                    if not test(rows[start + offset][column]):
                        break
                else:
                    yield number, start, index, writes, length

    def lemmatize(self, doc: Doc) -> None:
        table = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = table[:, 3].copy()
        for position, (orth, pos, morph, lemma) in enumerate(table.tolist()):
            if lemma and not self.overwrite:
                continue
            key = (orth, pos, morph)
            found = self.lemmas.get(key)
            if found is None:
                found = self.lemmas[key] = self.strings.add(self.lemma(doc[position]))
            lemmas[position] = found
        doc.from_array([LEMMA], lemmas.astype(numpy.uint64))

    def lemma(self, token) -> str:
        """The lemma the model's lemmatizer gives (its first form), from its twin."""
        return self.twin.lemmatize(token)[0]


def fast_twin(lemmatizer):
    """A copy of the model's lemmatizer whose word index holds sets: spaCy keeps each part of
    speech's index as a list and looks every candidate form up in it (``form in index``), end
    to end when the form is missing, which was most of the lemmatizer's time. Only that
    container changes; the rules, the code and the model's own component are spaCy's, untouched."""
    twin = copy.copy(lemmatizer)
    lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table(name)
        lookups.add_table(name, {key: frozenset(value) if name == "lemma_index" else value
                                 for key, value in table.items()})
    twin.lookups, twin.cache = lookups, {}
    twin.lemmatize = getattr(twin, f"{lemmatizer.mode}_lemmatize")  # spaCy binds it to the instance it made
    return twin

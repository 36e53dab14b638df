"""Finding lexicon names in parsed text: longest match first, case where it matters.

Proper names must be written as in the lexicon ("Turkey", not "turkey"; "US", not
"us"); an all-capitals headline word matches a name of four letters or more; role
words ("spokesman") and PETRARCH forms match in any case. A capitalised word that
matches nothing but is one letter from a country's name ("Isreal") is a typo match. A document
written all in lower case ("the iraqi parliament", as some wire copy and feeds print it; the parse
stage marks its paragraphs, ``LOWER_CASE_TEXT``) has no case to go by: there a name matches in any
case, except a short one of up to three letters written without full stops ("us", "un" are words;
"u.s." is the country), and only a country's name or adjective (not a town, "nice", nor an organisation of
common words, "law and justice"). A lower-case paragraph of a document with capitals elsewhere is not so
marked (a list item, a fragment left between links).
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from dataclasses import dataclass, field
from functools import lru_cache

from newsevents.actors.lexicon import Entry, Lexicon
from newsevents.actors.spellings import SpellingIndex, build_spelling_index, spelling_matches
from newsevents.actors.typos import MIN_LETTERS, TypoIndex, build_typo_index, typo_entries
from newsevents.parse import LOWER_CASE_TEXT

SIMPLE_FORM = re.compile(r"^[A-Za-z]+( [A-Za-z]+)*$")
ABBREVIATION = re.compile(r"^[A-Za-z]{2,4}\.$")
DOTTED = re.compile(r"^(?:[A-Z]\.){2,}$")  # "F.B.I.", "C.I.A.": an acronym written with full stops
UNDECOMPOSED = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                              "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "ð": "d", "þ": "th"})


def fold(text: str) -> str:
    """Accents and case folded away: 'Jüri RATAS' and 'Juri Ratas' give 'juri ratas'."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text.translate(UNDECOMPOSED))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


@dataclass(frozen=True)
class Match:
    """Tokens ``start``..``end`` (exclusive) of a spaCy Doc name lexicon entries."""

    start: int
    end: int
    form: str
    entries: tuple[Entry, ...]
    typo: bool = False  # one letter from ``form`` ("Isreal"); entries' origin says "typo of ..."


@dataclass
class FormIndex:
    """First token (folded: lower case, no accents) -> [(length, {folded tokens: [(tokens as
    written, entries)]})], longest first, so that a position costs one look-up per length; and
    the country names a misspelt word is looked up in."""

    by_first: dict[str, list[tuple[int, dict[tuple[str, ...], list[tuple[tuple[str, ...], tuple[Entry, ...]]]]]]]
    typos: TypoIndex | None = field(default=None)
    role_words: frozenset[str] = frozenset()  # words of role phrases: inside a name they may be in lower case
    spellings: SpellingIndex | None = field(default=None)  # known people's names by spelling key
    seen: weakref.WeakKeyDictionary = field(default_factory=weakref.WeakKeyDictionary, compare=False, repr=False)


@lru_cache(maxsize=8)
def form_index(lexicon: Lexicon) -> FormIndex:
    from newsevents.parse import load_model, parser_text

    tokenizer = load_model().tokenizer
    tables: dict[str, dict[int, dict[tuple[str, ...], list]]] = {}
    for form, entries in lexicon.forms.items():
        if SIMPLE_FORM.match(form):  # plain words: the tokenizer would only split on spaces
            tokens = tuple(form.split(" "))
        elif ABBREVIATION.match(form):  # "sen.": one token, as "Sen." is in text
            tokens = (form,)
        else:
            tokens = tuple(t.text for t in tokenizer(parser_text(form)))
        if tokens:
            key = tuple(fold(t) for t in tokens)
            by_length = tables.setdefault(key[0], {}).setdefault(len(tokens), {})
            by_length.setdefault(key, []).append((tokens, tuple(entries)))
    by_first = {first: sorted(lengths.items(), reverse=True) for first, lengths in tables.items()}
    role_words = frozenset(w for form, entries in lexicon.forms.items() if any(e.kind == "role" for e in entries)
                           for w in form.split(" ") if w.isalpha())
    return FormIndex(by_first, build_typo_index(lexicon), role_words, build_spelling_index(lexicon))


def same_token(written: str, form: str, *, any_case: bool) -> bool:
    """Same word as the lexicon's: accents may be left out ("Juri" for "Jüri"); a capitalised
    name may be capitalised otherwise ("McDonald", "Mcdonald"); an all-capitals word matches
    a name of four letters or more ("RATAS"); an acronym must be written as it is ("US"; the
    dictionaries list "Nato" and "Opec" where news writes them so)."""
    if written == form:
        return True
    if fold(written) != fold(form):
        return False
    if any_case or form == form.lower():
        return True
    if written.isupper():
        return len(form) >= 4
    return written[:1].isupper() and form[:1].isupper() and any(c.islower() for c in form)


def named_case(written: list[str]) -> bool:
    """An any-case name (PETRARCH's upper-case forms) still needs a capital in the text,
    and a short one-word name all capitals: "US", not "us" or "Us"."""
    if len(written) == 1 and len(written[0]) <= 3:
        return written[0].isupper()
    return any(not w.islower() for w in written if any(c.isalpha() for c in w))


def find_matches(spacy_doc, lexicon: Lexicon) -> list[Match]:
    """Non-overlapping lexicon matches, leftmost-longest."""
    index = form_index(lexicon)
    words, matches = exact_matches(spacy_doc, index)
    return add_spelling_matches(spacy_doc, add_typo_matches(spacy_doc, list(matches), index.typos, words),
                                index.spellings, words)


def exact_matches(spacy_doc, index: FormIndex) -> tuple[list[str], tuple[Match, ...]]:
    """The Doc's words and its exact matches, found once a Doc: they read the words alone, and the
    pre-scan, the NER gate and the actors stage each ask for one paragraph's (typo matches read the
    tags and entities too, which the parser and the NER add in between, so they are found each time)."""
    lower = bool(spacy_doc.user_data.get(LOWER_CASE_TEXT))  # found anew each time (rare): not kept
    known = index.seen.get(spacy_doc)
    if known is not None and len(known[0]) == len(spacy_doc) and not lower:
        return known
    words = [t.text for t in spacy_doc]
    folded = [fold(w) for w in words]
    matches: list[Match] = []
    i = 0
    while i < len(words):
        best = (longest_match(index, words, folded, i, lower=lower) or dotted_match(index, words, folded, i)
                or (lower and lower_dotted_match(index, words, folded, i)))
        if best:
            matches.append(best)
            i = best.end
        else:
            i += 1
    found = (words, tuple(matches))
    if not lower:
        index.seen[spacy_doc] = found
    return found


LOWER_CASE_KINDS = {"country", "adjective"}  # in a lower-case text: "iraqi", "nigeria"


def lower_case_name(written: list[str]) -> bool:
    """In a lower-case text, a name long enough not to be a common short word: "iraqi", "u.s."; not "us"."""
    return len(written) > 1 or len(written[0]) > 3 or "." in written[0]


def longest_match(index: FormIndex, words: list[str], folded: list[str], i: int, *, lower: bool = False
                  ) -> Match | None:
    """The longest lexicon name starting at word ``i`` written as the lexicon allows; after its
    first word a name's role words may be in lower case ("the Petra news agency"); in a text all
    in lower case (``lower``) a country's name or adjective in any case (``lower_case_name``)."""
    for n, table in index.by_first.get(folded[i], ()):
        if i + n > len(words):
            continue
        for tokens, entries in table.get(tuple(folded[i:i + n]), ()):
            written = words[i:i + n]
            free = lower and lower_case_name(written)
            kept = tuple(
                e for e in entries
                if free and e.kind in LOWER_CASE_KINDS
                or all(same_token(w, f, any_case=e.any_case or e.kind == "role")
                       or (j and w.islower() and w in index.role_words)
                       for j, (w, f) in enumerate(zip(written, tokens, strict=True)))
                and (not e.any_case or e.kind == "role" or named_case(written))
            )
            if kept:
                return Match(i, i + n, " ".join(tokens), kept)
    return None


def dotted_match(index: FormIndex, words: list[str], folded: list[str], i: int) -> Match | None:
    """An acronym written with full stops that no name has so ("the F.B.I.", "the C.I.A." in the
    style of some papers) is the acronym without them ("FBI"), as written: in capitals."""
    if not DOTTED.match(words[i]):
        return None
    bare = words[i].replace(".", "")
    found = longest_match(index, words[:i] + [bare] + words[i + 1:], folded[:i] + [bare.lower()] + folded[i + 1:], i)
    if found is not None and all(entry.plover == "PTY" for entry in found.entries):
        return None  # "T.P.P." is a trade pact, not a party's three letters: parties are not written so
    return found


LOWER_DOTTED = re.compile(r"^(?:[a-z]\.)+[a-z]$")


def lower_dotted_match(index: FormIndex, words: list[str], folded: list[str], i: int) -> Match | None:
    """In a lower-case text the tokenizer splits an acronym's last full stop off ("u.s" "."): the two
    tokens are the acronym ("U.S.")."""
    if i + 1 >= len(words) or words[i + 1] != "." or not LOWER_DOTTED.match(words[i]):
        return None
    joined = words[i] + "."
    found = longest_match(index, words[:i] + [joined], folded[:i] + [joined], i, lower=True)
    return Match(i, i + 2, found.form, found.entries) if found is not None else None


def add_typo_matches(spacy_doc, matches: list[Match], typos: TypoIndex | None,
                     words: list[str] | None = None) -> list[Match]:
    """Exact matches plus typo matches on the tokens no exact match covers."""
    if typos is None:
        return matches
    words = words if words is not None else [t.text for t in spacy_doc]
    roles = {i for m in matches if all(e.kind == "role" for e in m.entries) for i in range(m.start, m.end)}
    names = {i for m in matches for i in range(m.start, m.end)} - roles
    found = []
    for i, word in enumerate(words):
        if len(word) < MIN_LETTERS or not word[0].isupper() or i in names or i in roles:
            continue  # the cheap part of the gate, before any look-up (and before making a Token)
        if hit := typo_entries(spacy_doc[i], typos, names=names, roles=roles):
            found.append(Match(i, i + 1, hit[0], hit[1], typo=True))
    return sorted(matches + found, key=lambda m: m.start) if found else matches


def add_spelling_matches(spacy_doc, matches: list[Match], spellings: SpellingIndex | None,
                         words: list[str]) -> list[Match]:
    """Matches plus known people's names spelt otherwise ("Moammar Kadhafi") on the words no match covers
    (``actors.spellings``)."""
    if spellings is None:
        return matches
    covered = {i for m in matches for i in range(m.start, m.end)}
    persons = [(ent.start, ent.end) for ent in spacy_doc.ents if ent.label_ == "PERSON"]
    if not persons:
        return matches
    titles = {i for m in matches if all(e.kind == "role" for e in m.entries) for i in range(m.start, m.end)}
    starts = {sentence.start for sentence in spacy_doc.sents} if spacy_doc.has_annotation("SENT_START") else set()
    found = [Match(start, end, key, entries)
             for start, end, key, entries in spelling_matches(words, covered, persons, spellings, titles, starts)]
    return sorted(matches + found, key=lambda m: m.start) if found else matches

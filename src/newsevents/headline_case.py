"""Headlines for the parser: title case read in sentence case, and "X to VERB" with X as
the subject of VERB.

Title case: "Chile Expels Peruvian Diplomats Over Spy Row" is read by the small model as
one long name (no verb, no event); "Chile expels Peruvian diplomats over spy row" parses as
a sentence. The parse stage gives the parser this copy of a title-case headline. Only the
case of letters changes, so every character keeps its offset and the record still quotes
the headline's own words. A word keeps its capital when it is the first word, is written
in capitals ("UN", "US"), or is a word of a name in the actor dictionaries
(``data/actors/*.tsv``: states, adjectives, capitals, cities, people, one-word
organisations), so the actors stage still finds "Peruvian"; other capitalised words are
lowercased.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

ACTOR_DATA = Path(__file__).parent / "data" / "actors"
WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019.-]*")
PLACE_AND_PEOPLE_FILES = ("countries", "cities", "seats", "people")
# Words that are lowercased in a title-case headline even where a name has them ("Isle of Man", "Trinidad and Tobago").
FUNCTION_WORDS = frozenset({
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "into", "onto", "over",
    "under", "for", "from", "by", "with", "without", "against", "after", "before", "amid", "among", "as",
    "about", "across", "near", "off", "out", "up", "down", "upon", "via",
})
INFINITIVE_CLAUSES = ("acl", "relcl", "advcl")  # how the small model hangs "to impose ..." on a name
MIN_TITLE_WORDS = 3
# The columns of the actor files that hold names (not codes, sectors, dates or notes).
NAME_COLUMNS = frozenset({"names", "name", "aliases", "adjectives", "capitals", "capital"})
# Acronyms in the actor files that are also common words: in a headline in capitals, the word ("REAGAN SAYS HE IS
# WILLING", "GM MARCH CAR SALES", "BANK OF FRANCE SELLS TAP STOCK"), not Islamic State, the Central African
# Republic or Tunisia's news agency.
WORD_ACRONYMS = frozenset({"IS", "CAR", "TAP", "MEND", "SHAPE", "ICE", "PAN"})
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december"})


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """Capitalised words of place and person names (every word of a cell), and of one-word
    organisation names ("Hamas", "NATO"); longer organisation names are left out, their
    words are common nouns ("Central Election Commission")."""
    words: set[str] = set()
    for path in sorted(ACTOR_DATA.glob("*.tsv")):
        whole_cells_only = path.stem not in PLACE_AND_PEOPLE_FILES
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                continue
            for cell in re.split(r"[\t|]", line):
                found = WORD.findall(cell)
                if whole_cells_only and len(found) != 1:
                    continue
                words.update(word for word in found if word[0].isupper())
    return frozenset(words)


def is_title_case(text: str) -> bool:
    """Most words capitalised: every word of four letters or more after the first (short
    function words may stay lower, "in", "on", "to"), and at least one of them not a name."""
    words = WORD.findall(text)
    long_words = [word for word in words[1:] if len(word) >= 4]
    return (len(words) >= MIN_TITLE_WORDS and bool(long_words) and all(word[0].isupper() for word in long_words)
            and not text.isupper() and any(word not in name_words() for word in long_words))


def is_capitals(text: str) -> bool:
    """A headline in capitals, as wire services wrote them ("NETHERLANDS GRANTS 47 MLN DLRS TO BANGLADESH"):
    at least ``MIN_TITLE_WORDS`` words, all in capitals."""
    return len(WORD.findall(text)) >= MIN_TITLE_WORDS and text.isupper()


@lru_cache(maxsize=1)
def capitals_names() -> tuple[dict[str, str], dict[str, dict[tuple[str, ...], tuple[str, ...]]]]:
    """For headlines in capitals: the whole one-word names of every actor file (upper case -> as written:
    "KENYA" -> "Kenya", "OPEC" -> "OPEC"), and the longer names by their first word (upper-case words ->
    words as written: "BAN", ("BAN", "KI-MOON") -> ("Ban", "Ki-moon")). A word of a longer name is a name
    only inside that name: "Ban" of Ban Ki-moon, "Trade" of a trade ministry and "Envoy" of a person's role
    are common words in "JAPAN TO BAN IMPORTS", "U.S. TRADE ENVOY TO VISIT" (session 16); the last word of
    a person's name is a name alone too (a surname). Only the files' name columns are read (``NAME_COLUMNS``:
    "CAN" and "ARE" are codes, not names), and acronyms that are common words are left out (``WORD_ACRONYMS``)."""
    single: dict[str, str] = {}
    longer: dict[str, dict[tuple[str, ...], tuple[str, ...]]] = {}
    for path in sorted(ACTOR_DATA.glob("*.tsv")):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
        columns = [i for i, name in enumerate(lines[0].split("\t")) if name in NAME_COLUMNS] if lines else []
        for line in lines[1:]:
            cells = [cell for i, cell in enumerate(line.split("\t")) if i in columns]  # names, not codes or notes
            for cell in (c for cells_ in cells for c in cells_.split("|")):
                found = WORD.findall(cell)
                if not found or not found[0][0].isupper():
                    continue
                if len(found) == 1:
                    if found[0] not in WORD_ACRONYMS:
                        single.setdefault(found[0].upper(), found[0])
                elif len(found) <= 6:
                    key = tuple(word.upper() for word in found)
                    longer.setdefault(key[0], {}).setdefault(key, tuple(found))
                    if path.stem == "people":  # a surname alone ("REAGAN SAYS"), as the stage reads one
                        single.setdefault(key[-1], found[-1])
    return single, longer


def capitals_case(text: str) -> str:
    """A headline in capitals in sentence case: the first word and the words of names keep a capital
    ("Netherlands grants 47 mln dlrs to Bangladesh"), a name written in capitals keeps them ("OPEC", "U.S.",
    "UN"); the small model reads the capitals as one long name. A word of a longer name keeps its capital
    only inside the whole name ("Ban Ki-moon", "New Zealand"; "to ban imports"). Same length, same offsets."""
    single, longer = capitals_names()
    spans = list(WORD.finditer(text))
    words = []
    for match in spans:
        word = match.group(0)
        if word[-2:] in ("'S", "\u2019S") and len(word) > 2:
            word = word[:-2]  # "CANADA'S" -> "Canada's"
        words.append(word)
    as_named: dict[int, str] = {}
    i = 0
    while i < len(words):
        found = None
        for key, written in sorted(longer.get(words[i], {}).items(), key=lambda kv: -len(kv[0])):
            if tuple(words[i:i + len(key)]) == key:
                found = written
                break
        if found:
            for j, word in enumerate(found):
                as_named[i + j] = word
            i += len(found)
        else:
            i += 1
    out = []
    last = 0
    for i, (match, word) in enumerate(zip(spans, words, strict=True)):
        out.append(text[last:match.start()])
        named = as_named.get(i) or (single.get(word) if word.lower() not in FUNCTION_WORDS else None)
        if match.start() and text[match.start() - 1] == "<":
            cased = word  # a ticker symbol: "<BEL>"
        elif named is not None and len(named) == len(word):
            cased = named if named.isupper() else word.capitalize() if not any(c.isupper() for c in named[1:]) \
                else named
        else:
            cased = word.capitalize() if i == 0 else word.lower()
        suffix = match.group(0)[len(word):]
        out.append(cased + (suffix[0] + suffix[1:].lower() if suffix else ""))
        last = match.end()
    out.append(text[last:])
    return "".join(out)


def sentence_case(text: str) -> str:
    """``text`` with the capitals of its common words lowered when it is in title case or in
    capitals; otherwise ``text`` itself. Same length, same offsets."""
    if is_capitals(text):
        return capitals_case(text)
    if not is_title_case(text):
        return text
    names = name_words()
    first = True

    def lower(match: re.Match) -> str:
        nonlocal first
        word = match.group(0)
        keep = first or word.isupper() or word in names and word.lower() not in FUNCTION_WORDS
        first = False
        return word if keep else word.lower()

    return WORD.sub(lower, text)


def infinitive_headline(spacy_doc) -> None:
    """"Pakistan to impose sanctions on India": the small model often makes the name the
    root and "to impose" a clause on it, so the act has no subject. In a headline, a noun
    root followed by its own "to" + verb clause is that verb's subject, and the verb is the
    root (modality reads "to" + verb in a heading as intended). Changes the tree in place."""
    for root in [token for token in spacy_doc if token.dep_ == "ROOT" and token.pos_ in ("PROPN", "NOUN")]:
        verb = next((child for child in root.rights if child.dep_ in INFINITIVE_CLAUSES and child.pos_ == "VERB"
                     and any(c.dep_ == "aux" and c.lower_ == "to" and c.i == child.i - 1 for c in child.children)),
                    None)
        if verb is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "nsubj"


def passive_headline(spacy_doc) -> None:
    """"Turkish diplomat expelled by Greece": a headline drops "was", and the small model
    reads the participle as a clause on the noun (root noun, acl VBN). In a headline, that
    participle is the root and the noun its passive subject, as with "was". In place."""
    for root in [token for token in spacy_doc if token.dep_ == "ROOT" and token.pos_ in ("PROPN", "NOUN")]:
        verb = next((child for child in root.rights if child.dep_ == "acl" and child.tag_ == "VBN"), None)
        if verb is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "nsubjpass"


def verbal_headline(nlp, spacy_doc) -> None:
    """"Tokyo, Seoul condemn launch", "Police probe BNP leaflet", "UK pledges 1bn to vaccine effort":
    the small model often reads a headline's present-tense verb as a noun, and the headline has no
    verb at all. Where no root is a verb, each word that can be a verb (spaCy's own verb index; not a
    name's capitalised word) is tried in the past tense, the headline's sense ("condemned", "probed",
    "pledged"): the first reading in which that word becomes the root verb with a subject is taken,
    its tags and tree copied onto the headline's tokens; an active verb only (a passive headline
    already writes its participle). Words and offsets stay the headline's own."""
    for sent in list(spacy_doc.sents):
        if sent.root.pos_ in ("VERB", "AUX"):
            second_verb(nlp, spacy_doc, sent)
            continue
        for token in sent[1:]:
            variant = past_reading(nlp, spacy_doc, token)
            if variant is None:
                continue
            verb = variant[token.i]
            passive = any(c.dep_ == "agent" for c in verb.children) or verb.i + 1 < len(variant) \
                and variant[verb.i + 1].lower_ == "by"  # "port strike by workers" read as "port struck by workers"
            if verb.dep_ == "ROOT" and verb.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in verb.children) \
                    and not passive:
                copy_reading(variant, spacy_doc, token.i)
                break


def second_verb(nlp, spacy_doc, sent) -> None:
    """"Putin chides Turkey and praises Trump": after "and", the model reads the second verb as a noun
    coordinated with the first. A noun conjunct of the root verb after "and" (not of its object: "imposes
    tariffs and sanctions on Russia") that, read in the past tense ("praised"), becomes a verb coordinated
    with the root is that verb. In place."""
    root = sent.root
    for token in sent:
        if token.dep_ != "conj" or token.pos_ != "NOUN" or token.i <= root.i + 1 \
                or spacy_doc[token.i - 1].lower_ != "and" or token.head != root:
            continue
        variant = past_reading(nlp, spacy_doc, token)
        if variant is not None and variant[token.i].pos_ == "VERB" and variant[token.i].dep_ == "conj" \
                and variant[token.i].head.i == root.i and variant[root.i].dep_ == "ROOT":
            copy_reading(variant, spacy_doc, token.i)
            return


def past_reading(nlp, spacy_doc, token):
    """The headline parsed again with ``token`` in the past tense, or None (no verb reading, or the
    tokens do not line up)."""
    past = past_tense(nlp, token)
    if past is None:
        return None
    text = spacy_doc.text
    variant = nlp(text[:token.idx] + past + text[token.idx + len(token.text):])
    return variant if len(variant) == len(spacy_doc) else None


def past_tense(nlp, token) -> str | None:
    """The past tense of the verb ``token`` can be read as, or None (a capitalised or non-alphabetic word,
    a word that is no verb, a noun inside a prepositional phrase)."""
    word = token.text
    if not word.isalpha() or not word.islower() or token.pos_ in ("AUX", "ADP", "DET", "PRON", "CCONJ"):
        return None  # a verb the model hung on a noun ("seal" as a compound of "deal") is tried too
    if token.dep_ == "pobj" or token.head.dep_ == "pobj" or ends_phrase_after_preposition(token):
        return None  # "Iraq and Afghanistan in WTO talks": inside a prepositional phrase, a noun
    verbs, pasts = verb_tables(nlp)
    if word in MONTHS or token.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"):
        return None  # "Toshiba year ended March 31"
    base = word if word in verbs else token.lemma_.lower() if word.endswith("s") else None
    if base is None or base not in verbs or len(base) < 3:
        return None
    if base in pasts:
        return pasts[base]
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2] not in "aeiou":
        return base[:-1] + "ied"
    return base + "ed"


def ends_phrase_after_preposition(token) -> bool:
    """Whether only names, nouns, adjectives, numbers and articles stand between a preposition and ``token``."""
    for left in reversed(token.doc[:token.i]):
        if left.pos_ == "ADP":
            return True
        if left.pos_ not in ("PROPN", "NOUN", "ADJ", "NUM", "DET"):
            return False
    return False


@lru_cache(maxsize=4)
def verb_tables(nlp) -> tuple[frozenset[str], dict[str, str]]:
    """The verbs spaCy's lemmatizer knows, and each irregular verb's past ("took", "met", "banned")."""
    lookups = nlp.get_pipe("lemmatizer").lookups
    verbs = frozenset(lookups.get_table("lemma_index")["verb"])
    forms: dict[str, list[str]] = {}
    for form, lemmas in lookups.get_table("lemma_exc")["verb"].items():
        for lemma in lemmas:
            forms.setdefault(lemma, []).append(form)
    pasts = {}
    for lemma, written in forms.items():
        plain = [f for f in written if f.isalpha() and not f.endswith(("ing", "s")) and f != lemma]
        if plain:  # "abetted" before "abet"'s other forms; "took" before "taken"
            pasts[lemma] = min(plain, key=lambda f: (not f.endswith("ed"), f.endswith("en"), len(f)))
    return verbs, pasts


def copy_reading(variant, spacy_doc, changed: int) -> None:
    """The variant's tags, lemmas and tree on the headline's own tokens (in place)."""
    for token, read in zip(spacy_doc, variant, strict=True):
        token.tag_, token.pos_ = read.tag_, read.pos_
        if token.i == changed:
            token.lemma_ = read.lemma_
        token.set_morph(read.morph)
    for token, read in zip(spacy_doc, variant, strict=True):
        token.head = spacy_doc[read.head.i]
        token.dep_ = read.dep_

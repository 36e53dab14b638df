"""Names that are written like actors and are not one: the backer in "Russian-backed separatists", a
town in a firm's name ("McDonnell Douglas"), a place in an agreement's name ("the Paris agreement"),
a stance ("anti-EU activists"), a part of the Americas ("Latin American"), a party adjective of a thing
("the Republican race"), a thing a country's word names ("the Turkish lira"). Used by
``resolve.token_classes``."""

from __future__ import annotations

from functools import lru_cache

from newsevents.actors.lexicon import is_header
from newsevents.angle_marks import angle_bracket
from newsevents.resources import data_path, read_tsv

TOWN_KINDS = {"city", "capital"}

BACKING = {"backed", "supported", "sponsored", "funded", "armed", "trained", "allied", "aligned", "installed"}


def backer(spacy_doc, end: int) -> bool:
    """Whether the name ending before ``end`` is written as a backer: "Russian-backed", "Iran-aligned"."""
    return end + 1 < len(spacy_doc) and spacy_doc[end].text == "-" and spacy_doc[end + 1].lower_ in BACKING


def firm_name_words(ents, matched: set[int]) -> set[int]:
    """Words of organisations' names written after a capitalised word no dictionary knows
    ("McDonnell Douglas", "McDonnell Douglas Corp", "Banco Santander"), where a town's name is a
    founder's or a brand's."""
    return {i for ent in ents if ent.label_ == "ORG" for i in range(ent.start + 1, ent.end)
            if ent.doc[i - 1].text[:1].isupper() and ent.doc[i - 1].pos_ == "PROPN" and i - 1 not in matched}


TICKER_OPENING = {"<", "("}  # as the page writes it, or as the parser read it (newsevents.angle_marks)
FIRM_MARKS = {"co", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "plc", "llc", "ag", "nv"}


def marked_firm_words(spacy_doc) -> set[int]:
    """Words of a name a firm's mark follows: a legal form ("Bristol Meyers Co", "Houston Industries Inc") or a
    wire's stock ticker in angle brackets ("BRISTOL MEYERS <BMY>"); a town's name there is the firm's."""
    found: set[int] = set()
    for token in spacy_doc:
        ticker = token.text in TICKER_OPENING and angle_bracket(token, "<") and token.i + 2 < len(spacy_doc) \
            and angle_bracket(spacy_doc[token.i + 2], ">") and spacy_doc[token.i + 1].text.replace(".", "").isalnum()
        if not ticker and (token.lower_.rstrip(".") not in FIRM_MARKS or not token.text[:1].isupper()):
            continue
        i = token.i - 1
        while i >= 0 and token.i - i <= 5 and (spacy_doc[i].text[:1].isupper() or spacy_doc[i].text in ("-", "&")
                                               or ticker and spacy_doc[i].pos_ in ("PROPN", "NOUN", "ADJ")):
            # (before a ticker any noun: an all-capitals headline is recased for parsing, "Bristol meyers <BMY>")
            found.add(i)
            i -= 1
    return found


NAMED_AFTER_TOWNS = {"agreement", "accord", "treaty", "protocol", "convention", "pact", "process", "format",
                     "declaration", "communique", "framework", "round"}
NAMED_AFTER_COUNTRIES = {"round"}


def named_after(token, kind: str) -> bool:
    """A place's name written into the name of an agreement or a negotiating round ("the Paris climate
    agreement", "the Oslo accords", "the Uruguay round"): the place is no party to it."""
    words = NAMED_AFTER_TOWNS if kind in TOWN_KINDS else NAMED_AFTER_COUNTRIES
    if token.i + 1 < len(token.doc) and token.nbor(1).lemma_.lower() in words:
        return True  # "the Uruguay round", however it is parsed
    head = token
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
        if head.lemma_.lower() in words:
            return True
    return False


def holiday(spacy_doc, end: int) -> bool:
    """A name that begins a holiday's name ("Labour Day", "Australia Day", "Europe Day"): no actor."""
    return end < len(spacy_doc) and spacy_doc[end].text == "Day"


AMERICAS = {"america", "american", "americans", "americas"}
PARTS_OF_THE_AMERICAS = {"latin", "south", "central", "north", "pan"}


def part_of_the_americas(spacy_doc, start: int) -> bool:
    """"Latin American artists", "South America", "Pan-American": a continent or a part of one, not
    the United States ("Mexican-American voters" and "African Americans" stay American)."""
    if spacy_doc[start].lower_ not in AMERICAS or start < 1:
        return False
    before = spacy_doc[start - 1]
    if before.text == "-" and start >= 2:
        before = spacy_doc[start - 2]
    return before.lower_ in PARTS_OF_THE_AMERICAS


STANCES = {"anti", "pro", "non"}


def stance(spacy_doc, start: int) -> bool:
    """Whether the name starting at ``start`` is written after a stance prefix: "anti-EU",
    "pro-Russian", "non-Western" (gold sets code "pro-Iranian groups in Lebanon" as Lebanon's)."""
    return start >= 2 and spacy_doc[start - 1].text == "-" and spacy_doc[start - 2].lower_ in STANCES \
        and not spacy_doc[start - 2].whitespace_ and not spacy_doc[start - 1].whitespace_


def qualifiers_of_things(tokens, classes, starts: list[int]) -> list[int]:
    """A party's adjective several countries' parties share that qualifies a thing, not an actor: "the
    Republican race", "the Democratic primaries", "the Republican ticket" (an adjective or compound whose
    head after it is no actor's word) names no one; "Republicans", "the Democrat", "Republican
    candidates", "Republican Zeke Hollander" still do."""
    found = []
    for i in starts:
        token = tokens[i]
        head = token.head
        if token.dep_ in ("amod", "compound") and head.i > i and classes[head.i][0] == "":
            found.append(i)
    return found


def group_name(ent, classes) -> bool:
    """"Tuareg rebels", "Zapatista guerrillas": one capitalised word the parser calls a person, right before a
    group's role word in the plural, names a people or a movement, not a person; the group stays a role, so
    a place after it places it ("Tuareg rebels in Mali")."""
    return len(ent) == 1 and ent.end < len(classes) and classes[ent.end][0] == "ROLE" \
        and ent.doc[ent.end].tag_ in ("NNS", "NNPS")


def firm_after(ent, classes) -> bool:
    """"oil giant Yukos", "budget airline Virgin Blue": a name the parser calls a person right after a word that
    names firms by their trade (a roles.tsv row that names PLOVER BUS itself) is the firm's name, not a person
    (whom a later "he" could take for its antecedent)."""
    if ent.start == 0 or classes[ent.start - 1][0] != "ROLE":
        return False
    entry = classes[ent.start - 1][1][2]
    return entry.code == "BUS" and entry.plover == "BUS"


HYPHENATED_AMERICANS = {"american", "americans"}


def origin_of_americans(spacy_doc, end: int) -> bool:
    """"Mexican-American voters", "Cuban American lawmakers", "Korean-Americans": Americans of an origin are
    Americans (``part_of_the_americas`` keeps the "American"); the origin's word names no actor of its own."""
    if end < len(spacy_doc) and spacy_doc[end].text in ("-", "–") and not spacy_doc[end - 1].whitespace_:
        end += 1
    return end < len(spacy_doc) and spacy_doc[end].lower_ in HYPHENATED_AMERICANS and spacy_doc[end].text[0].isupper()


RANKS_AS_ADJECTIVES = {"general"}


def rank_as_adjective(token) -> bool:
    """A military rank that is also a common adjective, tagged as one before its noun ("a general strike", "the
    general public", "a general election"): no officer. "The general said", "General Smith" stay ranks."""
    return token.lower_ in RANKS_AS_ADJECTIVES and token.tag_ == "JJ" and token.dep_ == "amod"


def rank_in_a_name(token, entry) -> bool:
    """A capitalised military rank that opens an organisation's name the parser reads as one ("General Electric Co.",
    "the General Accounting Office"): part of the name, no officer. "General Tom Dalby" (a person) stays a rank."""
    return entry.code == "MIL" and token.is_title and token.ent_type_ == "ORG" and token.ent_iob_ == "B" \
        and token.i + 1 < len(token.doc) and token.nbor(1).ent_iob_ == "I"


def party_namesake_abroad(entry, country_before: set[str]) -> bool:
    """A party name the dictionary gives one country, written right after another country's word ("the
    Nigerian Labour Congress", "Israeli Labour"): that country's namesake, not the listed party ("British
    Labour" stays)."""
    return entry.kind == "organisation" and entry.code[3:] == "PTY" and bool(country_before) \
        and entry.code[:3] not in country_before


@lru_cache(maxsize=1)
def named_things() -> frozenset[str]:
    """Nouns after which a country's word names a thing (``data/actors/named_things.tsv``)."""
    path = data_path("actors", "named_things.tsv")
    return frozenset(word for _, (word, _class) in read_tsv(path, columns=2) if not is_header([word, _class],
                                                                                               ("word", "class")))


NOUN_TAGS = {"NN", "NNS", "NNP", "NNPS"}


def thing_named(spacy_doc, end: int) -> bool:
    """A country's name or adjective right before a noun that names a thing of it: a currency ("the Turkish
    lira", "the BRITISH POUND"), a language, a sea ("the Indian Ocean", "the Persian Gulf"), a disease ("Spanish
    flu"), a good ("Turkish coffee"): no actor. Not when the thing's noun only qualifies another ("Chilean wine
    subsidies" are Chile's; "Turkish troops" are no thing)."""
    if end >= len(spacy_doc) or spacy_doc[end].tag_ not in NOUN_TAGS or spacy_doc[end].lower_ not in named_things():
        return False
    return end + 1 == len(spacy_doc) or spacy_doc[end + 1].tag_ not in NOUN_TAGS

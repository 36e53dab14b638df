"""Cues ("said", "according to") and the speaker each one names, read off the parse."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsevents.parse import dependency_columns
from newsevents.resources import data_path, read_tsv

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
CLIMB = {"advcl", "xcomp", "conj", "pcomp", "acl", "ccomp", "prep"}  # "…, adding", "and warned"
NAME_PARTS = {"compound", "amod", "det", "poss", "case", "nmod", "nummod", "punct", "flat"}
MAX_CLIMB = 3
NAMED = {"call", "describe", "dub", "label", "brand", "ask", "tell", "cite"}  # passive subject: named, not naming
INVERTED_PARTS = {"compound", "det", "amod", "nummod", "nmod", "punct"}
MAX_INVERTED = 6
SAY_ONLY = {"say", "add", "write", "state", "explain", "note", "continue", "recall"}  # take no person as object
OBJECTS = {"dobj", "dative", "iobj"}  # "tells Breitbart News": who is told does not speak
MARKED_VOICE = {"aux", "auxpass", "nsubj", "nsubjpass"}  # a participle with these is no bare "when asked"
QUOTE_TOKENS = {'"', "'", "“", "”", "‘", "’", "«", "»", "„"}


@dataclass(frozen=True)
class CueLexicon:
    """Cue verb lemmas and multi-word prepositions ("according to")."""

    verbs: frozenset[str]
    preps: tuple[tuple[str, ...], ...]
    nouns: frozenset[str] = frozenset()

    def first_words(self) -> frozenset[str]:
        """The first words of the prepositions, asked for at every word a quote's chain climbs through."""
        return first_words_of(self.preps)


@lru_cache(maxsize=8)
def first_words_of(preps: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    return frozenset(words[0] for words in preps)


@lru_cache(maxsize=4)
def load_cues(path: str | None = None) -> CueLexicon:
    """The cue lexicon (``data/quotes/cues.tsv`` unless a path is given)."""
    verbs: set[str] = set()
    nouns: set[str] = set()
    preps: list[tuple[str, ...]] = []
    for _number, (cue, kind, _note) in read_tsv(path or data_path("quotes", "cues.tsv"), columns=3, optional=2):
        if kind == "prep":
            preps.append(tuple(cue.lower().split()))
        elif kind == "noun":
            nouns.add(cue.lower())
        else:
            verbs.add(cue.lower())
    return CueLexicon(frozenset(verbs), tuple(preps), frozenset(nouns))


def owner(token, cues: CueLexicon):
    """Who speaks when a speech noun is named as the speaker: "Ryan's statement" - Ryan,
    "a tweet from Trump" - Trump; any other token is itself the speaker."""
    if token is None or token.lemma_.lower() not in cues.nouns:
        return token
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ in {"PROPN", "NOUN", "PRON"}:
            return child
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in {"from", "by", "of"}:
            objects = [grand for grand in child.children if grand.dep_ == "pobj" and grand.pos_ == "PROPN"
                       or grand.dep_ == "pobj" and grand.ent_type_ in {"PERSON", "ORG", "NORP"}]
            if objects:
                return objects[0]
    return token


def is_cue_verb(token, cues: CueLexicon) -> bool:
    return token.lemma_.lower() in cues.verbs and token.pos_ in {"VERB", "AUX"}


def prep_object(token, cues: CueLexicon):
    """For the first word of "according to X": the token X, else None."""
    for words in cues.preps:
        doc = token.doc
        if token.i + len(words) > len(doc):
            continue
        if all(doc[token.i + k].lower_ == word for k, word in enumerate(words)):
            last = doc[token.i + len(words) - 1]
            for candidate in (last, token):
                objects = [child for child in candidate.children if child.dep_ == "pobj"]
                if objects:
                    return objects[0]
            following = doc[last.i + 1] if last.i + 1 < len(doc) else None
            return following if following is not None and following.pos_ in {"PROPN", "NOUN", "PRON"} else None
    return None


def subject_of(cue):
    """The token naming who speaks for a cue verb: its subject, climbing "…, adding" links.
    A bare passive participle ("when asked if …") names no speaker."""
    doc = cue.doc
    deps = dependency_columns(doc)[0]
    if cue.tag_ == "VBN" and not any(deps[child] in MARKED_VOICE for child in child_indices(cue)):
        return None
    agents = [grand for child in child_indices(cue) if deps[child] == "agent" for grand in child_indices(doc[child])
              if deps[grand] == "pobj"]
    if agents:
        return doc[agents[0]]  # passive: "was asked by host Bill Maher" - the one asking speaks
    misparsed = compound_subject(cue)
    if misparsed is not None:
        return misparsed
    token = cue
    for _step in range(MAX_CLIMB + 1):
        at = token.i
        nearest_first = sorted(child_indices(token), key=lambda child: abs(child - at))  # two subjects: a misparse
        for child in nearest_first:
            dep = deps[child]
            if dep in SUBJECTS and not (dep == "nsubjpass" and token is cue and cue.lemma_ in NAMED):
                return doc[child]  # "who" of "X, who said": the speakers stage resolves it to X
            if dep == "agent":
                objects = [grand for grand in child_indices(doc[child]) if deps[grand] == "pobj"]
                if objects:
                    return doc[objects[0]]
        if token.dep_ == "relcl":
            return token.head
        if token.dep_ not in CLIMB or token.head.i == token.i:
            break
        token = token.head
    return inverted_subject(cue)


def child_indices(token) -> list[int]:
    """The positions of ``token``'s children, in order (``parse.dependency_columns``): a cue's children are
    asked after at every quote, and making a Token of each to read its relation was most of the cost."""
    _, order, starts, _ = dependency_columns(token.doc)
    return order[starts[token.i]:starts[token.i + 1]]


def compound_subject(verb):
    """'…," Viguerie notes': a name the parser hung on the verb as a compound is its subject."""
    doc = verb.doc
    deps = dependency_columns(doc)[0]
    if verb.pos_ not in {"VERB", "AUX"} or any(deps[child] in SUBJECTS for child in child_indices(verb)):
        return None
    names = [child for child in child_indices(verb)
             if deps[child] == "compound" and child < verb.i and doc[child].pos_ in {"PROPN", "PRON", "NOUN"}]
    return doc[names[-1]] if names else None


def inverted_subject(cue):
    """'…," said Peskov': a name right after the cue that the parser did not call a subject
    (nor its object: "said a person close to X" is no object of "said"; "told Reuters" is)."""
    doc = cue.doc
    if cue.i + 1 >= len(doc):
        return None
    head = doc[cue.i + 1]
    while head.dep_ in INVERTED_PARTS and head.head.i > head.i and head.head.i - cue.i <= MAX_INVERTED:
        head = head.head  # "said Air Force 1st Lt. Tyler Livingston": up to the name's head word
    objected = head.dep_ in OBJECTS and (cue.lemma_ in NAMED or cue.lemma_ not in SAY_ONLY)
    if head.pos_ in {"PROPN", "NOUN"} and cue.i < head.i <= cue.i + MAX_INVERTED and not objected:
        return head
    return None


def mention_span(token) -> tuple[int, int]:
    """Token range [start, end) of a speaker's name: the head word and the words before it."""
    start = token.i
    for child in token.children:
        if child.i < token.i and child.dep_ in NAME_PARTS and child.pos_ not in {"VERB", "ADP", "AUX"}:
            start = min(start, child.left_edge.i)
    while start < token.i and token.doc[start].is_punct:
        start += 1
    return start, token.i + 1


def phrase_span(token) -> tuple[int, int]:
    """Token range of the whole noun phrase naming a speaker, with its apposition
    ("Jenna Golden, Twitter's director of political advertising"); an owner keeps its "'s"
    ("Ryan's" of "Ryan's statement")."""
    first, last = mention_span(token)[0], token.right_edge.i + 1
    doc = token.doc
    opening = None  # a quoted title inside the phrase stays ("author of “Going Viral,”"); a quote left open ends it
    for i in range(token.i + 1, last):
        if doc[i].text in QUOTE_TOKENS and doc[i].tag_ != "POS":
            opening = i if opening is None else None
    if opening is not None:
        last = opening
    verbs = load_cues().verbs
    for i in range(token.i + 2, last):  # "…, speaking on condition of anonymity" is not part of the name
        if doc[i].tag_ == "VBG" and doc[i - 1].text == "," and doc[i].dep_ in {"acl", "advcl", "xcomp", "conj"}:
            last = i - 1
            break
        if doc[i].dep_ == "relcl" and doc[i].lemma_ in verbs and doc[doc[i].left_edge.i - 1].text == ",":
            last = doc[i].left_edge.i - 1  # "…, who added that …" is a second attribution, not the name
            break
    while first < token.i and doc[first].is_punct:
        first += 1
    while last - 1 > token.i and doc[last - 1].is_punct:
        last -= 1
    if token.dep_ == "poss" and last < len(doc) and doc[last].tag_ == "POS":
        last += 1
    return first, last


def cue_text(cue) -> str:
    """The cue as written: the verb with its particle ("pointed out"), "according to"."""
    doc = cue.doc
    for words in load_cues().preps:
        if [t.lower_ for t in doc[cue.i:cue.i + len(words)]] == list(words):
            return doc[cue.i:cue.i + len(words)].text
    particles = [child for child in cue.children if child.dep_ == "prt" and child.i == cue.i + 1]
    return cue.text + (" " + particles[0].text if particles else "")

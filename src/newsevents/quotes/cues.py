"""Cues ("said", "according to") and the speaker each one names, read off the parse."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsevents.resources import data_path, read_tsv

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
CLIMB = {"advcl", "xcomp", "conj", "pcomp", "acl", "ccomp", "prep"}  # "…, adding", "and warned"
NAME_PARTS = {"compound", "amod", "det", "poss", "case", "nmod", "nummod", "punct", "flat"}
MAX_CLIMB = 3
NAMED = {"call", "describe", "dub", "label", "brand", "ask", "tell", "cite"}  # passive subject: named, not naming
OBJECTS = {"dobj", "dative", "iobj"}  # "tells Breitbart News": who is told does not speak
QUOTE_TOKENS = {'"', "'", "“", "”", "‘", "’", "«", "»", "„"}


@dataclass(frozen=True)
class CueLexicon:
    """Cue verb lemmas and multi-word prepositions ("according to")."""

    verbs: frozenset[str]
    preps: tuple[tuple[str, ...], ...]

    def first_words(self) -> frozenset[str]:
        return frozenset(words[0] for words in self.preps)


@lru_cache(maxsize=4)
def load_cues(path: str | None = None) -> CueLexicon:
    """The cue lexicon (``data/quotes/cues.tsv`` unless a path is given)."""
    verbs: set[str] = set()
    preps: list[tuple[str, ...]] = []
    for _number, (cue, kind, _note) in read_tsv(path or data_path("quotes", "cues.tsv"), columns=3, optional=2):
        if kind == "prep":
            preps.append(tuple(cue.lower().split()))
        else:
            verbs.add(cue.lower())
    return CueLexicon(frozenset(verbs), tuple(preps))


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
    if cue.tag_ == "VBN" and not any(child.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for child in cue.children):
        return None
    agents = [grand for child in cue.children if child.dep_ == "agent" for grand in child.children
              if grand.dep_ == "pobj"]
    if agents:
        return agents[0]  # passive: "was asked by host Bill Maher" - the one asking speaks
    misparsed = compound_subject(cue)
    if misparsed is not None:
        return misparsed
    token = cue
    for _step in range(MAX_CLIMB + 1):
        for child in token.children:
            if child.dep_ in SUBJECTS and not (child.dep_ == "nsubjpass" and token is cue and cue.lemma_ in NAMED):
                return token.head if child.lower_ in {"who", "that"} and token.dep_ == "relcl" else child
            if child.dep_ == "agent":
                objects = [grand for grand in child.children if grand.dep_ == "pobj"]
                if objects:
                    return objects[0]
        if token.dep_ == "relcl":
            return token.head
        if token.dep_ not in CLIMB or token.head is token:
            break
        token = token.head
    return inverted_subject(cue)


def compound_subject(verb):
    """'…," Viguerie notes': a name the parser hung on the verb as a compound is its subject."""
    if verb.pos_ not in {"VERB", "AUX"} or any(child.dep_ in SUBJECTS for child in verb.children):
        return None
    names = [child for child in verb.children
             if child.dep_ == "compound" and child.i < verb.i and child.pos_ in {"PROPN", "PRON", "NOUN"}]
    return names[-1] if names else None


def inverted_subject(cue):
    """'…," said Peskov': a name right after the cue that the parser did not call a subject."""
    doc = cue.doc
    if cue.i + 1 < len(doc):
        nxt = doc[cue.i + 1]
        head = nxt if nxt.dep_ not in {"compound", "det", "amod"} else nxt.head
        if head.pos_ in {"PROPN", "NOUN"} and head.i > cue.i and head.i - cue.i <= 4 and head.dep_ not in OBJECTS:
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
    ("Jenna Golden, Twitter's director of political advertising"); quote marks cut it short."""
    first, last = mention_span(token)[0], token.right_edge.i + 1
    doc = token.doc
    if any(doc[i].text in QUOTE_TOKENS and doc[i].tag_ != "POS" for i in range(first, last)):
        first, last = mention_span(token)
    while first < token.i and doc[first].is_punct:
        first += 1
    while last - 1 > token.i and doc[last - 1].is_punct:
        last -= 1
    return first, last


def cue_text(cue) -> str:
    """The cue as written: the verb with its particle ("pointed out"), "according to"."""
    doc = cue.doc
    for words in load_cues().preps:
        if [t.lower_ for t in doc[cue.i:cue.i + len(words)]] == list(words):
            return doc[cue.i:cue.i + len(words)].text
    particles = [child for child in cue.children if child.dep_ == "prt" and child.i == cue.i + 1]
    return cue.text + (" " + particles[0].text if particles else "")

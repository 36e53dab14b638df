"""Groups named by number: "the four countries announced", "the two leaders agreed".

News names the members of a group once ("Saudi Arabia, the UAE, Egypt and Bahrain cut
ties with Qatar") and then refers to them as a group ("the four countries announced the
closure of their airspace"). Such a group stands for the last list of exactly that many
states the story named before it; "the two ..." or "both ..." with no such list is the
story's principal pair. One event per member.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsevents.events.placing import state_of
from newsevents.events.pronoun_lists import pronoun_members
from newsevents.model import Mention
from newsevents.parse import tokens_where

NUMBER_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10}
# Nouns a group of states is called by (lemmas); people stand for their state ("the two leaders").
MEMBER_NOUNS = {"country", "nation", "state", "government", "leader", "neighbour", "neighbor", "capital",
                "rival", "minister", "president", "side", "power", "ally", "member", "army", "military", "force"}


@dataclass(frozen=True)
class NamedList:
    """States named together as one phrase (a coordination), at a character offset."""

    start: int
    members: tuple[Mention, ...]


def named_lists(spacy_doc, paragraph_start: int, mention_at) -> list[NamedList]:
    """Coordinated phrases of two or more distinct states in a paragraph ("A, B, C and D";
    the parser often hangs "B" on "A" as an apposition and "C and D" on "B")."""
    found = []
    heads = sorted({token.head.i for token in tokens_where(spacy_doc, "DEP", LIST_DEPS)})
    for token in (spacy_doc[i] for i in heads):  # the heads of coordinations, not a Token per word
        if token.dep_ in LIST_DEPS or token.pos_ not in ("PROPN", "NOUN"):
            continue
        members: list[Mention] = []
        states: set[str] = set()
        words = list_words(token)
        for word in words:
            mention = mention_at(paragraph_start + word.idx)
            state = state_of(mention) if mention is not None else None
            if state is None:
                break  # a list that mixes states with other things is no group of states
            if state not in states:
                states.add(state)
                members.append(mention)
        else:
            if len(members) >= 2 and any(w.dep_ == "conj" for w in words):  # a coordination, not a name
                found.append(NamedList(paragraph_start + token.idx, tuple(members)))
    return found


LIST_DEPS = frozenset({"conj", "appos"})


def list_words(token) -> list:
    """The heads of a coordination: the token and, recursively, its conjuncts and appositions."""
    words = [token]
    for child in token.children:
        if child.dep_ in LIST_DEPS:
            words.extend(list_words(child))
    return words


def group_size(token) -> int | None:
    """How many states a group noun counts ("the four countries": 4), or None when it is no
    such group."""
    if token is None or token.pos_ != "NOUN" or token.lemma_.lower() not in MEMBER_NOUNS or token.tag_ != "NNS":
        return None
    sizes = [NUMBER_WORDS[c.lower_] for c in token.children
             if c.lower_ in NUMBER_WORDS and c.dep_ in ("nummod", "det", "predet", "amod", "quantmod")]
    return sizes[0] if sizes else None


def group_members(token, lists: list[NamedList], pair: tuple[str, ...], offset: int,
                  ranking: tuple[tuple[str, int], ...] = (), sentence: tuple[Mention, ...] = (),
                  earlier: tuple[Mention, ...] | None = None, near: int = 0) -> list[Mention]:
    """The members a group noun stands for: for two, the two states its own sentence names before
    it (``sentence``: its mentions); for two people ("the two ministers"), the states of the last two
    people named before (``earlier``: the story's mentions before the sentence); else the last list of
    that many states named before ``offset`` (the sentence's start); else, for two, the story's
    principal pair when both are named since ``near`` (the paragraph's start, or the one before's for
    its first sentence), else the story's most named
    states (``ranking``: states with how often the story names them, most first)."""
    size = group_size(token)
    if size is None:
        return []
    before: dict[str, Mention] = {}
    for mention in sentence:
        if mention.start - offset < token.idx - token.sent.start_char and (state := state_of(mention)):
            before.setdefault(state, mention)
    if len(before) == size == 2:
        return list(before.values())  # "Abe spoke with Trump, and the two leaders agreed": before any earlier list
    people = last_people(token, earlier or ())
    if len(people) == size == 2:
        return people  # "Colombia's minister Perry ... Ecuador's minister Espinosa said. The two ministers"
    for named in reversed(lists):
        if named.start < offset and len(named.members) == size:
            return list(named.members)
    states = pair if size == 2 else most_named(ranking, size)
    if len(states) != size or size == 2 and earlier is not None \
            and not set(states) <= named_states(tuple(m for m in earlier if m.start >= near)):
        return []  # "The two countries" after a paragraph about Israel and a Turkish firm: not the story's pair
    return [Mention(text=token.text, start=token.idx, end=token.idx + len(token.text), code=state, kind="country")
            for state in states]


PERSON_NOUNS = {"leader", "minister", "president"}  # a group of people: the states of the people named


def last_people(token, earlier: tuple[Mention, ...]) -> list[Mention]:
    """For a group of people ("the two ministers"), the last two people of distinct states named
    before: the ministers the story just quoted, not a list of countries they spoke about."""
    if token.lemma_.lower() not in PERSON_NOUNS:
        return []
    found: dict[str, Mention] = {}
    for mention in reversed(earlier):
        if mention.kind in ("person", "role") and (state := state_of(mention)) and state not in found:
            found[state] = mention
    return list(found.values())[:2] if len(found) >= 2 else []


def named_states(mentions: tuple[Mention, ...]) -> set[str]:
    return {state for mention in mentions if (state := state_of(mention))}


def most_named(ranking: tuple[tuple[str, int], ...], size: int) -> tuple[str, ...]:
    """The ``size`` most named states, when each is named at least twice and the next one less."""
    top = ranking[:size]
    if len(top) < size or top[-1][1] < 2 or len(ranking) > size and ranking[size][1] >= top[-1][1]:
        return ()
    return tuple(state for state, _ in top)


def group_finder(lists: list[NamedList], pair: tuple[str, ...], sentence_start: int,
                 ranking: tuple[tuple[str, int], ...] = (), sentence: tuple[Mention, ...] = (), actor_of=None,
                 earlier: tuple[Mention, ...] | None = None, near: int = 0):
    """``groups(token)``: the members of a group noun in a sentence starting at ``sentence_start``
    (lists named in earlier sentences only), or of a plural pronoun ("them": ``pronoun_lists.py``)."""
    def groups(token) -> list[Mention]:
        return group_members(token, lists, pair, sentence_start, ranking, sentence, earlier, near) \
            or pronoun_members(token, lists, sentence_start, actor_of)
    return groups


INCLUDING = {"including", "notably", "such"}  # "four countries, including the United States": some of them named


def included(token, actor_of) -> list[Mention]:
    """The states a group noun names as some of its members ("asked at least four countries, including
    the United States and the Soviet Union", "several nations such as Japan"): each is a target of its own."""
    if token is None or token.pos_ != "NOUN" or token.lemma_.lower() not in MEMBER_NOUNS or token.tag_ != "NNS":
        return []
    found = []
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in INCLUDING:
            heads = [c for c in prep.children if c.dep_ == "pobj"] \
                or [c for g in prep.children if g.lower_ == "as" for c in g.children if c.dep_ == "pobj"]
            for head in heads:
                for member in [head, *head.conjuncts]:
                    mention = actor_of(member)
                    if mention is not None and state_of(mention) and mention not in found:
                        found.append(mention)
    return found

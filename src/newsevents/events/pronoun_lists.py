"""Plural pronouns that stand for a list of states: "Britain and France condemned the coup.
Egypt criticised them", "meet the leaders of Japan and Italy and seek their help".

"they", "them" or "their" whose antecedent is a coordinated list of states (``groups.NamedList``)
stands for each member, as the list itself would: one event per state. The antecedent is the
last list named before the pronoun in its own sentence, else the one subject or object list of
the sentence before in the same paragraph. Not when a nearer plural noun may be what the
pronoun stands for ("the talks ... they", "the rebels ... they"), nor when the clause is
reported by one party not in the list ("Egypt said they would help": Egypt may speak of itself).
"""

from __future__ import annotations

from newsevents.events.audience import token_at
from newsevents.model import Mention

LIST_PRONOUNS = {"they", "them", "their"}
PLURAL_TAGS = {"NNS", "NNPS"}
CORE_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "attr"}
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj"}  # a list in the sentence before: its subject or object
REPORTED_DEPS = {"ccomp", "xcomp", "advcl", "conj"}


def list_pronoun(token) -> bool:
    return token is not None and token.lower_ in LIST_PRONOUNS


def pronoun_members(token, lists, sentence_start: int, actor_of=None) -> list[Mention]:
    """The members a plural pronoun stands for (``lists``: the story's ``NamedList``s; ``sentence_start``:
    the character offset of the pronoun's sentence; ``actor_of``: the paragraph's actor finder), or []
    when it stands for no list."""
    if not list_pronoun(token):
        return []
    doc, sent = token.doc, token.sent
    paragraph_start = sentence_start - sent.start_char
    candidates = [(named, word) for named in lists if (word := list_head(doc, named.start - paragraph_start))
                  is not None and word.sent.start == sent.start and list_end(word) < token.i]
    if not candidates and sent.start > 0:
        before = doc[sent.start - 1].sent
        candidates = [(named, word) for named in lists if (word := list_head(doc, named.start - paragraph_start))
                      is not None and word.sent.start == before.start and argument(word)]
        if len(candidates) > 1:
            return []  # "A and B urged C and D. They ...": which list is not for a rule to guess
    if not candidates:
        return []
    named, head = max(candidates, key=lambda pair: pair[1].i)
    if nearer_plural(head, token, actor_of) or reported_by_other(token, head):
        return []
    return list(named.members)


def list_head(doc, char: int):
    """The token a list starts at (its head), by character offset in the paragraph."""
    return token_at(doc[:], char, 0)


def list_words(head) -> list:
    words = [head]
    for child in head.children:
        if child.dep_ in ("conj", "appos"):
            words.extend(list_words(child))
    return words


def list_end(head) -> int:
    return max(word.right_edge.i for word in list_words(head))


def argument(head) -> bool:
    """A list that is a clause's subject or object (not "in Britain and France")."""
    return head.dep_ in ARGUMENT_DEPS


def nearer_plural(head, pronoun, actor_of=None) -> bool:
    """A plural noun between the list and the pronoun, outside the list, that the pronoun may stand for
    instead: a plural actor ("the rebels"), or for a subject "they" also a plural subject or object ("the
    talks ... they"); not "restraining production or exports after he visited them"."""
    inside = {w.i for word in list_words(head) for w in word.subtree}
    for word in pronoun.doc[list_end(head) + 1:pronoun.i]:
        if word.i in inside or word.pos_ not in ("NOUN", "PROPN") or not plural(word):
            continue
        if actor_of is not None and actor_of(word) is not None or word.ent_type_ == "NORP":
            return True
        if pronoun.dep_ in ("nsubj", "nsubjpass") and argument_of_clause(word):
            return True
    return False


def plural(word) -> bool:
    return word.tag_ in PLURAL_TAGS or word.ent_type_ == "NORP" and word.text.endswith("s")


def argument_of_clause(word) -> bool:
    """A subject or object, or a conjunct of one ("the talks", "production or exports")."""
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    return word.dep_ in CORE_DEPS


def reported_by_other(pronoun, head) -> bool:
    """"Egypt said they would help": a subject pronoun in a clause whose reporter is not the list."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    members = {w.i for w in list_words(head)}
    verb = pronoun.head
    for _ in range(3):
        if verb.dep_ not in REPORTED_DEPS or verb.head.i == verb.i:
            return False
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject.i not in members and subject.lower_ not in LIST_PRONOUNS
    return False


def with_members(parties: tuple, groups) -> tuple:
    """(token, mention) parties with each plural pronoun that stands for a list replaced by its
    members ("visited them": each state), before a consultation is dropped for want of a counterpart."""
    if groups is None or not any(list_pronoun(token) for token, _ in parties):
        return parties
    return tuple((token, member) for token, mention in parties
                 for member in ((groups(token) if list_pronoun(token) else []) or [mention]))

"""Targets that are things, not parties, or the source's own (twenty-sixth session, E4). A role word that
also names an act ("campaign", which the role list makes the opposition) is a party only when a name owns it
("the Clinton campaign", "Trump's campaign"); "Milburn defends poster campaign", "promised a poll campaign" and
"an anti-Musharraf campaign threatened by the MMA" have no party there. A pledge about the source's own organ
("Germany pledges to expand its military") is aimed at no one. Word list: ``data/events/thing_targets.tsv``.
A role word written as an adjective of a thing ("called for a firm adherence", "defended the military action") is
no party to words (twenty-seventh session, E2: ``role_adjective``).
"""

from __future__ import annotations

from functools import lru_cache

from newsevents.events.creditors import creditors
from newsevents.resources import data_path, read_kinded_words

KINDS = ("act",)
OWNER_DEPS = ("compound", "poss", "nmod")


@lru_cache(maxsize=1)
def load_thing_targets() -> dict[str, frozenset[str]]:
    return read_kinded_words(data_path("events", "thing_targets.tsv"), KINDS)


def thing_target(token) -> bool:
    """The target word is an act's noun (``act``) that no name owns: the act, not a party to it."""
    if token is None or token.pos_ != "NOUN" or token.lemma_.lower() not in load_thing_targets()["act"]:
        return False
    return not any(owned_by_name(c) for c in token.children if c.dep_ in OWNER_DEPS)


def owned_by_name(word) -> bool:
    """"Clinton" in "the Clinton campaign", "Trump's" or "the candidate's" in "...'s campaign" (not "his",
    not "poster" or "poll")."""
    return word.pos_ == "PROPN" or word.dep_ == "poss" and word.pos_ == "NOUN"


OWN = {"its", "their"}
CONCESSIONS = "035"  # "pledged to withdraw its troops from Gaza": whom the retreat is from (counterpart.py)


def own_organ(token, mention, code: str) -> bool:
    """"Germany pledges to expand its military", "vowed to strengthen its coast guard": an intent whose target is
    the source's own organ ("its", "their", no country of its own) promises the source's own deed, no one else's."""
    if token is None or not code.startswith("03") or code.startswith(CONCESSIONS) or creditors(token):
        return False  # "will meet its creditors": others (creditors.py)
    if mention is not None and mention.code and not mention.code.startswith("---"):
        return False
    return any(c.dep_ == "poss" and c.lower_ in OWN for c in token.children)


WORDS = "14"  # roots below: statements, appeals, support, cooperation, demands, disapproval, rejection, threats


def role_adjective(token, mention, code: str) -> bool:
    """"called for a faithful and firm adherence", "defended the military action": a role word ("firm",
    "military") used as the adjective of another noun names a quality or a kind of act, not the firm or the
    army, as the target of words (force stays: "struck military positions" are the army's)."""
    if token is None or mention is None or mention.kind != "role" or code[:2] >= WORDS:
        return False
    word = token
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head  # "faithful and firm": the first conjunct modifies the noun
    return token.pos_ == "ADJ" and word.dep_ == "amod" and word.head.pos_ == "NOUN" \
        and word.head.text not in mention.text


MEANS_VERBS = {"use", "employ"}  # "threatened to use troops": the means (deploying troops is a posture: counterpart.py)


def own_means(token, mention, sources) -> bool:
    """"The prime minister threatened to use troops if the unrest went on" (thirtieth session, P): the object of a
    verb of using that names the source's own country's forces (or no country) is the means, not the target."""
    if token is None or token.dep_ != "dobj" or token.head.lemma_.lower() not in MEANS_VERBS:
        return False
    if mention is None or not mention.code or mention.code.startswith("---"):
        return True
    own = {m.code[:3] for _, m in sources if m is not None and m.code and not m.code.startswith("---")}
    return mention.code[:3] in own

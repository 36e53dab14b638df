"""Things that do no act: a measure under a modal verb, a law as a passive's agent, an act undergone.

On a sample of events judged by hand on 625 unseen articles (twenty-sixth session, E2) the coder took
the modifier of a thing for the doer of its verb: "the West German interest rate move would force the
U.S. to re-examine the accord" (a threat by West Germany), "the party's plans would appeal to women" (an
appeal), "the journalists are protected by the American constitution" (peacekeeping by the U.S.), and
the one an act was done to for the doer of what it caused ("the release of Asif Zardari has eased political
tensions": de-escalation by Zardari). Word lists: ``data/events/thing_doers.tsv``.
"""

from __future__ import annotations

from functools import lru_cache

from newsevents.events import syntax
from newsevents.resources import data_path, read_kinded_words

KINDS = ("cause", "charter", "patient")
MODALS = {"would", "could", "might", "may", "will", "'d", "'ll"}


@lru_cache(maxsize=1)
def load_things() -> dict[str, frozenset[str]]:
    return read_kinded_words(data_path("events", "thing_doers.tsv"), KINDS)


def thing_does(token, actor_of) -> bool:
    """The trigger's doer is a thing (the kinds above): the trigger reports no act."""
    return foreseen(token, actor_of) or by_charter(token) or undergone_by(token, actor_of)


def foreseen(token, actor_of) -> bool:
    """A verb under a modal whose subject is a measure or a document (``cause``) that is not itself
    an actor's name: "the move would force the U.S. to ...", "the plans would appeal to women"."""
    if not any(c.dep_ == "aux" and c.lower_ in MODALS for c in token.children):
        return False
    subject = next(iter(syntax.children(token, "nsubj")), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in load_things()["cause"]:
        return False
    mention = actor_of(subject)
    return mention is None or subject.text not in mention.text


def by_charter(token) -> bool:
    """A passive whose agent is a law: "are protected by the American constitution"."""
    if not syntax.is_passive(token):
        return False
    agents = [o for by in syntax.children(token, "agent") for o in syntax.children(by, "pobj")]
    return bool(agents) and all(o.lemma_.lower() in load_things()["charter"] for o in agents)


def undergone_by(token, actor_of) -> bool:
    """A verb whose subject is an act done to someone (``patient``) and whose actor is only that noun's
    of-phrase: "the release of Asif Zardari has eased tensions" (Zardari eased nothing)."""
    subject = next(iter(syntax.children(token, "nsubj")), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in load_things()["patient"] \
            or syntax.children(subject, "poss"):
        return False
    mention = actor_of(subject)
    undergoers = [w for of in syntax.children(subject, "prep") if of.lower_ == "of" for w in of.subtree]
    return mention is not None and any(mention.text.startswith(w.text) for w in undergoers)


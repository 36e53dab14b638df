"""Verbs in another sense and acts not done (twenty-sixth session, E5).

E2's judgement of every event on 625 counting articles found two large kinds of error left: a verb read in
another sense ("warned the BBC that attacking Campbell had brought it trouble" is advice, no threat;
"encourage expanded trade" furthers trade, it appeals to no one) and an act that is not done ("he tended to
defy the party line", "calls for a prosecutor to investigate", "would have been able to kill"; "the failure of
talks" is no refusal to talk).
Each is read off the clause and a word class in ``data/events/senses.tsv``.
"""

from __future__ import annotations

from functools import lru_cache

from newsevents.events import syntax
from newsevents.events.patterns import Pattern
from newsevents.resources import data_path, read_kinded_words

KINDS = ("act subject", "habit", "fostered", "tasked")
WARNINGS = ("warn", "caution")
NAMED = ("PERSON", "ORG", "GPE", "NORP")  # a party judged, not one threatened: "it would be sorry" stays
THREATS = ("13",)
APPEAL = "02"


@lru_cache(maxsize=1)
def load_words() -> dict[str, frozenset[str]]:
    return read_words(data_path("events", "senses.tsv"))


def read_words(path) -> dict[str, frozenset[str]]:
    """kind -> lemmas, checked (a bad row names its line)."""
    return read_kinded_words(path, KINDS)


def advice_warned(token, pattern: Pattern) -> bool:
    """"warned the BBC that attacking Mr Campbell had brought it trouble", "warned Blair that the use of force
    could be illegal": a warning to someone whose that-clause has an act for subject (a gerund, or an act noun of
    ``act subject`` with a copula that judges it) is advice, no threat; so is one whose clause judges a named party
    ("warned the Social Democrats were the real threat"); "warned Iran that its troops would pay", "warned Iran it
    would be sorry", "warned Japan that sanctions would follow" stay threats."""
    return pattern.code.startswith(THREATS) and advice_clause(token)


def advice_clause(token):
    """The that-clause of a warning that gives advice (as in ``advice_warned``), or None."""
    if token.lemma_.lower() not in WARNINGS:
        return None
    clause = next(iter(syntax.children(token, "ccomp")), None)
    if clause is None:
        return None
    if syntax.children(clause, "csubj"):
        return clause
    subject = next(iter(syntax.children(clause, "nsubj")), None)
    judged = clause.lemma_.lower() == "be" and bool(syntax.children(clause, "acomp", "attr"))
    if subject is None:  # "warned the Abstentions Party was the real challenge": the parser took the subject as
        return clause if syntax.children(clause, "attr") else None  # the warning's object; a judgement of it
    if subject.tag_ == "VBG":
        return clause
    named = (subject.pos_ == "PROPN" or subject.ent_type_ in NAMED) and syntax.children(clause, "attr")
    # "warned the Social Democrats were the real threat" (a noun that judges them; "warned that Hezbollah was ready
    # for open war" stays a threat)
    return clause if named or judged and subject.lemma_.lower() in load_words()["act subject"] else None


def advised(token) -> bool:
    """"warned Blair that the use of force against Iraq could be illegal and that it would be safer to seek a UN
    resolution": what advice speaks of is not done, by the adviser or anyone ("illegal" is no criticism of Iraq)."""
    for ancestor in list(token.ancestors)[:6]:
        clause = advice_clause(ancestor)
        if clause is not None:
            return token.i == clause.i or any(a.i == clause.i for a in token.ancestors)
    return False


def habitual_verb(token) -> bool:
    """"he tended to defy the party line": the infinitive of a verb of ``habit`` is a habit, no act on a day."""
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in load_words()["habit"]


def fostered(token, pattern: Pattern) -> bool:
    """"encourage expanded trade with the Soviet Union", "encourage more people to achieve their aspirations":
    "encourage" (020) whose object is a kind of activity or people at large (``fostered``) furthers it, no appeal
    to anyone; "encouraged Iran to return to talks" stays."""
    if not pattern.code.startswith(APPEAL) or token.lemma_.lower() != "encourage" or pattern.pos != "V":
        return False
    obj = syntax.object_of(token)
    return obj is not None and obj.lemma_.lower() in load_words()["fostered"]


ASKING = frozenset({"call", "appeal", "plea", "request", "demand", "ask", "press", "push", "clamour", "clamor"})


def asked_for(token) -> bool:
    """"renewed calls for a special prosecutor to investigate the foundation", "called for a commission to examine
    the deal": the infinitive on the one a call is for is what the call asks, not done (the parser hangs it on
    that one as a relative clause; the call is the appeal)."""
    if token.dep_ not in ("relcl", "acl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    asked = token.head
    return asked.dep_ == "pobj" and asked.head.lower_ == "for" and asked.head.head.lemma_.lower() in ASKING


def tasked(token) -> bool:
    """"the State Department, charged with facilitating Libya's transition": "charged with" a task (``tasked``:
    overseeing, facilitating, running) gives a duty, it accuses no one ("charged with smuggling" stays)."""
    if token.lemma_.lower() != "charge":
        return False
    tasks = load_words()["tasked"]
    return any(o.lemma_.lower() in tasks for p in syntax.children(token, "prep") if p.lower_ == "with"
               for o in syntax.children(p, "pcomp", "pobj"))


def other_sense_or_not_done(token, pattern: Pattern) -> bool:
    """The trigger is a verb in another sense or an act not done (the kinds above; events/not_acts.py asks)."""
    return advice_warned(token, pattern) or advised(token) or habitual_verb(token) \
        or fostered(token, pattern) or asked_for(token) or tasked(token)


UNREAL = ("would", "should")  # "would have killed": it did not happen
POSSIBLE = ("could", "might", "may")  # "could have stopped", "might have hacked": it may have


def perfect_modal(chain) -> str | None:
    """The modal of a modal perfect over the act, else None: "terrorists would have been able to kill a high
    number of people" tells what did not happen (a counterfactual: negated, no intention), "Russia might have
    hacked the emails" what may have (hypothetical); modality.py asks."""
    for token in chain:
        auxes = [c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")]
        if token.tag_ == "VBN" and "have" in auxes:
            modal = next((a for a in auxes if a in UNREAL + POSSIBLE), None)
            if modal is not None:
                return modal
    return None


def failed_of(noun, below) -> bool:
    """"the failure of talks between India and Pakistan": a noun of negation (cues.tsv, "failure") over an
    of-phrase tells that the act took place and failed; it negates only its infinitive ("its failure to reach a
    deal")."""
    return below is not None and below.dep_ == "prep" and below.lower_ == "of" and below.head.i == noun.i

"""Words that name an act without its being done (audit on unseen articles, nineteenth session).

Three classes the audit found coded as acts on real news, each read off a word class in
``data/events/standing.tsv``:

* a standing relation named, not formed: "the ruling alliance of Radical Democrats and Social Democrats"
  (nine events of military cooperation among four parties), "Moscow and Beijing may speak the language of
  partnership" (060 both ways);
* a requirement met, nobody met: "to help it meet its export commitments" (040);
* a fight between people and parties with no arms, a race or a quarrel: "Rubio fights off Christie", "she
  battled to overtake Obama" (190);
* the electorate's support or rejection, a vote or a poll's finding: "voters rejected his appeals" (120); so is
  the support of a share of a people or party ("73 percent of Democrats now support Clinton", "about 6 in 10
  white men supported Sanders", "the Republicans surveyed": twentieth session).
"""

from __future__ import annotations

from functools import lru_cache

from newsevents.events import syntax
from newsevents.events.found import Found
from newsevents.events.patterns import Pattern
from newsevents.events.verbal import armed, speaker
from newsevents.resources import data_path, read_kinded_words

KINDS = ("relation", "formed", "fulfilled", "fight", "electorate", "share", "polled")
VOTED = ("02", "05", "032", "10", "11", "12")  # support (and the intent to), rejection, appeals, demands, criticism
PARTY_PREPS = ("with", "between")  # "a partnership with X", "cooperation between X and Y": who with, an act
MEETING = "04"
POLLS = ("poll", "survey")
FORCE = "19"


@lru_cache(maxsize=1)
def load_words() -> dict[str, frozenset[str]]:
    return read_words(data_path("events", "standing.tsv"))


def read_words(path) -> dict[str, frozenset[str]]:
    """kind -> lemmas, checked (a bad row names its line)."""
    return read_kinded_words(path, KINDS)


def relation_named(noun, pattern: Pattern) -> bool:
    """"the ruling alliance of four parties", "speak the language of partnership": a noun of a standing
    relation (``relation``) with no "with" or "between" phrase names one; it is an act only as what a verb
    of ``formed`` makes or furthers ("forged a partnership", "stepped up cooperation"). A headline's root
    noun stays ("Russia, China partnership")."""
    if pattern.pos != "N" or noun.lemma_.lower() not in load_words()["relation"] or noun.dep_ == "ROOT":
        return False
    if any(syntax.prep_objects(noun, prep) for prep in PARTY_PREPS):
        return False
    verb = syntax.governing_verb(noun)
    return verb is None or verb.lemma_.lower() not in load_words()["formed"]


def requirement_met(verb, pattern: Pattern) -> bool:
    """"to help it meet its export commitments", "fail to meet standards": a meeting verb (root 04, the row
    naming no object) whose object is a requirement (``fulfilled``) meets nobody."""
    if pattern.pos != "V" or not pattern.code.startswith(MEETING) or pattern.object:
        return False
    obj = syntax.object_of(verb)
    return obj is not None and obj.lemma_.lower() in load_words()["fulfilled"]


def not_named(token, pattern: Pattern) -> bool:
    """The trigger names an act nobody does (the classes above; events/not_acts.py asks)."""
    return relation_named(token, pattern) or requirement_met(token, pattern)


def unarmed_fight(found: Found) -> bool:
    """"Rubio fights off Christie", "she battled to overtake Obama": a verb of fighting (``fight``) whose
    doers are people or parties (not soldiers or fighters) and whose targets are no state and no armed
    group is a race or a quarrel, no force (events/coder.py drops it)."""
    if not found.code.startswith(FORCE) or found.trigger.lemma_.lower() not in load_words()["fight"]:
        return False
    sources = [m for _, m in found.sources if m is not None and m.code]
    targets = [m for _, m in found.targets if m is not None and m.code]
    return bool(sources) and all(speaker(m) for m in sources) \
        and all(not armed(m) and m.kind not in ("country", "capital", "city") for m in targets)


def not_done(found: Found) -> bool:
    """The event names no act done (events/coder.py drops it): an unarmed fight, the electorate's voice."""
    return unarmed_fight(found) or by_electorate(found)


def by_electorate(found: Found) -> bool:
    """"voters rejected his appeals", "African-American voters overwhelmingly support the president": support,
    rejection, appeals, demands or criticism (``VOTED``) whose doers are all voters (``electorate``) is a vote
    or a poll's finding, no act."""
    if not found.code.startswith(VOTED) or not found.sources:
        return False
    return all(voter(t) or polled_antecedent(t, found.trigger) or said_by_voters(t) for t, _ in found.sources)


def voter(token) -> bool:
    """A voter (``electorate``), one a poll counts (``polled``), or a name on either ("78 percent of Sanders
    voters backing Clinton": the doer read is "Sanders"; "a Wall Street Journal poll found support for Clinton":
    the poll's finding)."""
    while token.dep_ in ("compound", "nmod") and token.head.pos_ in ("NOUN", "PROPN") and token.head.i != token.i:
        token = token.head  # "Sanders voters", "NBC/Wall Street Journal poll"
    words = load_words()
    if token.lemma_.lower() in words["share"] and syntax.prep_objects(token, "of"):
        return True  # "Sixty percent of Labour voters said they would back Blair"
    return token.lemma_.lower() in words["electorate"] or token.lemma_.lower() in POLLS or polled(token)


def said_by_voters(token) -> bool:
    """"eight in 10 Democratic voters said they have made up their mind on whom they will support", "55 percent of
    Sanders supporters said they were planning to back Clinton": a pronoun doer in what voters told a poll."""
    if token.tag_ != "PRP":
        return False
    return any(a.lemma_.lower() == "say" and any(voter(s) for s in syntax.children(a, "nsubj"))
               for a in list(token.ancestors)[:6])


def polled_antecedent(token, trigger) -> bool:
    """"73 percent of Democrats who said they had supported Sanders": a pronoun doer in a relative clause
    on the doers a poll counts is one of them."""
    if token.tag_ not in ("PRP", "WP"):
        return False
    return any(a.dep_ == "relcl" and polled(a.head) for a in [trigger, *trigger.ancestors])


def polled(token) -> bool:
    """"73 percent of Democrats", "a majority of Republicans" (a ``share`` of them), "about 6 in 10 white men"
    (a count out of ten), "the Republicans surveyed" (``polled``): the doers a poll counts, no party acting."""
    words = load_words()
    if token.dep_ == "pobj" and token.head.lemma_.lower() == "of" and token.head.head.lemma_.lower() in words["share"]:
        return True
    if any(c.dep_ == "nummod" and any(q.dep_ == "quantmod" and q.lower_ in ("in", "of") for q in c.children)
           for c in token.children):
        return True
    return any(c.dep_ == "acl" and c.lemma_.lower() in words["polled"] for c in token.children)

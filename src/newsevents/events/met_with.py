"""Threats told as what another's act would meet: "Iran warned that any Israeli attack would be met with a
crushing response", "North Korea said any provocation by the South would face merciless retaliation", "the
United States would meet any escalation by Iran with stronger countermeasures". Whoever says so threatens the
act's doer with force (constructions.tsv, met_with: the response words); the act itself is not done."""

from __future__ import annotations

from newsevents.events import syntax
from newsevents.events.constructions import reporter
from newsevents.events.found import Found, known, named_parties
from newsevents.events.modality import modality_of
from newsevents.events.noun_sources import own_doer
from newsevents.events.patterns import Pattern, Rules

MEETING = frozenset({"meet", "face", "draw", "invite", "provoke", "trigger", "prompt", "incur", "bring"})


def find_met_with(sent, rules: Rules, actor_of) -> list[Found]:
    """Each "act would meet a response" clause said by an actor about another's act (see the module)."""
    if "met_with" not in rules.constructions:
        return []
    code, responses = rules.constructions["met_with"]
    words = syntax.sentence_words(sent)
    if not words & MEETING or not words & responses:
        return []  # most sentences hold no meeting verb and response word: skip the pass
    found = []
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in MEETING \
                or (response := response_of(verb, responses)) is None or not future(verb, code, rules):
            continue
        act, speaker = act_and_speaker(verb, response, actor_of)
        if act is None or speaker is None:
            continue
        doer = own_doer(act)
        said_by, doer_mention = actor_of(speaker), actor_of(doer) if doer is not None else None
        targets = tuple((t, m) for t in (named_parties(doer, actor_of) if doer is not None else ())
                        if known(m := actor_of(t)) and m.code[:3] != said_by.code[:3])
        if targets and known(doer_mention):
            found.append(Found(code, Pattern(code, "C", "met_with"), verb, ((speaker, said_by),), targets, "asserted"))
    return found


def response_of(verb, responses: frozenset):
    """The response the verb names: its object ("would face retaliation") or its with-phrase ("be met with
    force", "meet any escalation with countermeasures")."""
    objects = syntax.children(verb, "dobj") + syntax.prep_objects(verb, "with")
    return next((o for o in objects if o.lemma_.lower() in responses), None)


def act_and_speaker(verb, response, actor_of):
    """The act met and who says it will be: "any attack [would be met with force]", said by the reporting
    verb's subject; or "[the United States] would meet any escalation by Iran with ...": the subject's own words."""
    subject = next(iter(syntax.children(verb, "nsubj", "nsubjpass")), None)
    if subject is None:
        return None, None
    acts = [o for o in syntax.children(verb, "dobj") if o is not response and o.pos_ == "NOUN"]
    if act_named(subject):
        return subject, (reporter(verb.head, actor_of) if verb.head.i != verb.i else None)
    if acts and known(actor_of(subject)):
        return acts[0], subject  # "the United States would meet any escalation by Iran with ..."
    return None, None


def act_named(noun) -> bool:
    """A noun naming an act, not a party: "any Israeli attack", "any provocation by the South"."""
    return noun.pos_ == "NOUN" and (own_doer(noun) is not None or says_any(noun))


def future(verb, code: str, rules: Rules) -> bool:
    """Said of what would happen, not reported as done ("the attack was met with force")."""
    return modality_of(verb, code, rules) in ("intended", "conditional") \
        or any(says_any(s) for s in syntax.children(verb, "nsubj", "nsubjpass", "dobj"))


def says_any(noun) -> bool:
    """"any attack", "any provocation by the South": an act that has not happened."""
    return any(d.lower_ == "any" for d in noun.children)

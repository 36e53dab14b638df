"""Rallies that are no protest: a politician's own rally, and rallying people to one's side.

CAMEO's 141 ("demonstrate or rally") is a crowd's act against or for someone. The audits on unseen
articles (sixteenth to nineteenth sessions) found it coded from campaign rallies: "the same day Trump
held a rally in Columbus", "Trump spent much of his rally on Monday attacking Clinton", and from
"rally" with an object, which gathers supporters, it demonstrates against no one: "Pelosi is rallying
her lawmakers against attacks on the ACA". A crowd's rally ("thousands rallied in Belgrade"), the
opposition's ("the opposition held a rally in Dhaka", "opposition leader X held a rally"), and one with
a target ("held a rally against the war", "rallied outside the embassy") stay protests.
"""

from __future__ import annotations

from newsevents.events import syntax
from newsevents.events.patterns import Pattern
from newsevents.events.targets import prep_target

PROTEST = "141"
RALLY = "rally"
# office-holders and candidates: their rally is a campaign's or the state's, not a protest (the
# opposition's, a party's and a crowd's stay)
OFFICE_SECTORS = ("ELI", "GOV", "LEG")
ONE_PERSON = {"he", "she", "his", "her", "him"}
# what one rallies to one's side ("rallied supporters"; "rallied outside parliament" is the parser's object)
SUPPORTERS = {"supporter", "voter", "base", "member", "lawmaker", "delegate", "donor", "activist", "troop"}


def no_protest_rally(token, pattern: Pattern, actor_of) -> bool:
    """The trigger is a rally that protests nothing (module docstring)."""
    if not pattern.code.startswith(PROTEST):
        return False
    if token.pos_ == "VERB" and token.lemma_.lower() == RALLY:  # rallying one's people, against anything too
        return any(syntax.children(o, "poss") or o.lemma_.lower() in SUPPORTERS for o in syntax.children(token, "dobj"))
    if prep_target(token, pattern):
        return False  # "held a rally against the war"
    if token.pos_ == "VERB":
        obj = syntax.object_of(token)
        if obj is None or obj.lemma_.lower() != RALLY or prep_target(obj, pattern):
            return False
        doer = syntax.subject_of(token)  # "Trump held a rally in Columbus"
    elif token.lemma_.lower() == RALLY:
        owners = syntax.children(token, "poss")  # "his rally", "Trump's rally"
        verb = syntax.governing_verb(token)
        doer = owners[0] if owners else syntax.subject_of(verb) if verb is not None else None
    else:
        return False
    return doer is not None and office_holder(doer, actor_of)


def office_holder(token, actor_of) -> bool:
    """One person in office or running for it: a name or a pronoun of the ELI, GOV or LEG sector."""
    mention = actor_of(token)
    if mention is None or not mention.code or len(mention.code) < 6:
        return False
    one = mention.kind == "person" or mention.kind == "pronoun" and token.lower_ in ONE_PERSON
    return one and mention.code[3:6] in OFFICE_SECTORS

"""Rallies that are no protest: a politician's own rally, and rallying people to one's side.

CAMEO's 141 ("demonstrate or rally") is a crowd's act against or for someone. The audits on unseen
articles (sixteenth to nineteenth sessions) found it coded from campaign rallies: "the same day Trump
held a rally in Columbus", "Trump spent much of his rally on Monday attacking Clinton", and from
"rally" with an object, which gathers supporters, it demonstrates against no one: "Pelosi is rallying
her lawmakers against attacks on the ACA". A crowd's rally ("thousands rallied in Belgrade"), the
opposition's ("the opposition held a rally in Dhaka", "opposition leader X held a rally"), and one with
a target ("held a rally against the war", "rallied outside the embassy") stay protests.

Two checks, at two stages: ``no_protest_rally`` reads the trigger (an office holder's own rally, rallying
one's people: no act at all), ``campaign_rally`` the event about to be aimed at the source's own country
(``events/home.py``: a politician's campaign rally at home is aimed at nobody).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.events import syntax
from newsevents.events.patterns import Pattern
from newsevents.events.targets import prep_target

if TYPE_CHECKING:
    from newsevents.events.found import Found

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


CANDIDATES = {"PTY"}  # a party's politician campaigns; an opposition leader's rally stays a rally (141),
# as CAMEO names it ("Opposition leader Raila Odinga held a rally in Nairobi")
PERSON_KINDS = ("person", "pronoun")
PLURAL = {"they", "them", "their", "theirs"}
GRIEVANCE = {"against", "over"}


def campaign_rally(found: Found, source: str) -> bool:
    """A protest or a threat of repression (14, 133) told as a rally ("one of his rallies", "Obama planned to
    rally in Ann Arbor") by a campaigner: a campaign's rally, aimed at nobody at home."""
    return found.code.startswith(("14", "133")) and campaigner(found, source) \
        and (found.pattern.pos == "N" or RALLY in (found.trigger.lemma_.lower(), found.pattern.object))


def campaigner(found: Found, source: str) -> bool:
    """An office holder, or one politician of a party ("Trump held a rally in Columbus" in the campaign): whose
    rally is a campaign's (audit on unseen articles, nineteenth session); a party's crowd still protests, and
    so does the opposition (its leader's rally is CAMEO's 141)."""
    if source[3:6] in OFFICE_SECTORS:
        return True
    words = [found.trigger] + [c for c in found.trigger.children if c.dep_ == "dobj"]
    if any(c.dep_ == "prep" and c.lower_ in GRIEVANCE for w in words for c in w.children) \
            or any(t.lemma_.lower() == "protest" for t in found.trigger.subtree):
        return False  # "held a rally in Nairobi against the election result"
    return source[3:6] in CANDIDATES and any(m is not None and m.kind in PERSON_KINDS and t.lower_ not in PLURAL
                                             for t, m in found.sources)

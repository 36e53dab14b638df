"""Third parties named in a modifier: "Israel and Hamas agree Egyptian-brokered ceasefire",
"agreed a ceasefire after US mediation", "talks hosted by Canada" — the broker mediates (or
the host hosts) between the parties of what is brokered (constructions.tsv, brokered)."""

from __future__ import annotations

from newsevents.events import syntax
from newsevents.events.found import Found, known, named_parties
from newsevents.events.modality import modality_of
from newsevents.events.patterns import Pattern, Rules

DONE_BY = {"after", "following", "through", "under", "via", "amid"}  # "agreed to US mediation": not yet done


def broker_and_thing(token, actor_of):
    """(who brokers, what is brokered) for a cue word, or (None, None): "Egyptian-brokered
    ceasefire" (a modifier's own modifier), "US mediation" (the noun's modifier), "talks
    hosted by Canada" (the participle's agent)."""
    if token.pos_ == "VERB" and token.dep_ == "amod":
        doers = syntax.children(token, "npadvmod", "compound", "nmod", "advmod")
        return (doers[0] if doers else None), token.head
    if token.pos_ == "VERB" and token.dep_ == "acl":
        agents = [o for a in syntax.children(token, "agent") for o in syntax.children(a, "pobj")]
        return (agents[0] if agents else None), token.head
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ in DONE_BY:
        doers = [c for c in token.children if c.dep_ in ("compound", "amod", "poss") and actor_of(c) is not None]
        return (doers[0] if doers else None), token.head.head  # "a ceasefire after US mediation"
    return None, None


def parties_of(thing, actor_of) -> list:
    """The parties of what is brokered: "between X and Y", else the subject of its verb."""
    between = syntax.prep_objects(thing, "between")
    if between:
        return [t for tok in between for t in named_parties(tok, actor_of)]
    verb = thing if thing.pos_ in ("VERB", "AUX") else syntax.governing_verb(thing)
    subject = syntax.subject_of(verb) if verb is not None else None
    return named_parties(subject, actor_of) if subject is not None else []


def cue_code(lemma: str, rules: Rules, default: str) -> str:
    """The cue's own bare pattern: broker, mediate, mediation 045; host 043."""
    for pos in ("V", "N"):
        for pattern in rules.patterns.get((pos, lemma), ()):
            if not (pattern.object or pattern.particle or pattern.prep):
                return pattern.code
    return default


def find_brokered(sent, rules: Rules, actor_of) -> list[Found]:
    """A broker or host named in a modifier acts between the parties of what it brokered."""
    if "brokered" not in rules.constructions:
        return []
    default, cues = rules.constructions["brokered"]
    found = []
    for token in sent:
        if token.lemma_.lower() not in cues:
            continue
        doer, thing = broker_and_thing(token, actor_of)
        mention = actor_of(doer) if doer is not None else None
        if not known(mention):
            continue
        parties = [(t, actor_of(t)) for t in parties_of(thing, actor_of)]
        targets = tuple((t, m) for t, m in parties if m is not None and m.code  # "the army": placed later
                        and m.code[:3] != mention.code[:3])
        if not targets:
            continue
        code = cue_code(token.lemma_.lower(), rules, default)
        modality = "negated" if modality_of(token, code, rules) == "negated" else "asserted"  # a done act
        found.append(Found(code, Pattern(code, "C", "brokered"), token, ((doer, mention),), targets, modality))
    return found


def with_brokers(found: list[Found], brokered: list[Found]) -> list[Found]:
    """The broker's act replaces what the coder made of the same cue word (a host with no guest)."""
    cues = {f.trigger.i for f in brokered}
    return [f for f in found if f.trigger.i not in cues] + brokered

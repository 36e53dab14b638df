"""Third parties who broker what others agree: "Israel and Hamas agree Egyptian-brokered
ceasefire", "agreed a ceasefire after US mediation", "talks hosted by Canada", "Qatar brokered
a prisoner swap between X and Y" — the broker mediates (or the host hosts) between the parties
of what is brokered (constructions.tsv, brokered), not with them. Where the sentence names no
party ("the arrangement, brokered by Russia"), the story's principal pair is meant (the
target is left for ``context``)."""

from __future__ import annotations

from newsevents.events import syntax
from newsevents.events.found import Found, known, named_parties, reporter_subject
from newsevents.events.modality import intent_code, modality_of
from newsevents.events.patterns import Pattern, Rules
from newsevents.events.words import with_lemma

DONE_BY = {"after", "following", "through", "under", "via", "amid"}  # "agreed to US mediation": not yet done


def broker_and_thing(token, actor_of):
    """(who brokers, what is brokered) for a cue word, or (None, None): "Egyptian-brokered
    ceasefire" (a modifier's own modifier), "US mediation" (the noun's modifier), "talks
    hosted by Canada" (the participle's agent), "the deal was brokered by Russia" (a
    passive's agent), "Qatar brokered a swap", "which hosted talks" (the verb's subject)."""
    if token.pos_ == "VERB" and token.dep_ == "amod":
        doers = syntax.children(token, "npadvmod", "compound", "nmod", "advmod")
        return (doers[0] if doers else None), token.head
    if token.pos_ == "VERB" and token.dep_ == "acl":
        agents = [o for a in syntax.children(token, "agent") for o in syntax.children(a, "pobj")]
        return (agents[0] if agents else None), owner_of_parties(token.head)
    if token.pos_ == "VERB" and token.lemma_.lower() != "host" and syntax.is_passive(token):
        agents = [o for a in syntax.children(token, "agent") for o in syntax.children(a, "pobj")]
        things = syntax.children(token, "nsubjpass")  # "the deal ... was brokered by Russia"
        return (agents[0] if agents else None), (things[0] if things else None)
    antecedent = syntax.relative_subject(token) if token.pos_ == "VERB" else None
    if antecedent is not None and syntax.prep_objects(token, "between"):
        return antecedent, token  # "Kuwait, which has mediated between Riyadh and Doha"
    if token.pos_ == "VERB" or token.dep_ == "xcomp":  # "offered to host talks" (host read as a noun)
        thing = syntax.object_of(token)  # "Qatar brokered a prisoner swap between ...": active
        if thing is None or thing.pos_ != "NOUN" or token.lemma_.lower() == "host" and not unnamed_parties(thing):
            return None, None  # "Isaias hosted Abiy": the pattern's guest
        return doer_of(token, actor_of), thing
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ in DONE_BY:
        doers = [c for c in token.children if c.dep_ in ("compound", "amod", "poss") and actor_of(c) is not None]
        return (doers[0] if doers else None), token.head.head  # "a ceasefire after US mediation"
    return None, None


def doer_of(verb, actor_of):
    """The broker: the verb's subject, a relative clause's antecedent, or the reporter whose
    second verb the parser hung on the reported clause ("said the attack was a blow and
    offered to host talks")."""
    subject = syntax.relative_subject(verb) or syntax.subject_of(verb)
    if subject is not None and actor_of(subject) is not None:
        return subject
    head = verb
    while head.dep_ == "xcomp" and head.head.i != head.i:
        head = head.head
    return reporter_subject(head, actor_of) or subject


def owner_of_parties(token):
    """"the truce between Armenia and Azerbaijan, brokered by Moscow": the parser hangs the
    participle on the last party; what was brokered is the noun that has the "between"."""
    node = token
    while node.dep_ == "conj":
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ == "between" and node.head.head.pos_ == "NOUN":
        return node.head.head
    if token.lemma_.lower() in PORTION_NOUNS:  # "the latest round of talks, mediated by the AU"
        inner = [o for p in syntax.children(token, "prep") if p.lower_ == "of" for o in syntax.children(p, "pobj")]
        return inner[0] if inner else token
    return token


PORTION_NOUNS = {"round", "series", "part", "phase", "stage"}
BROKER_VERBS = {"host", "broker", "mediate", "sponsor", "facilitate"}


def parties_of(thing, actor_of) -> list:
    """The parties of what is brokered: "between X and Y", else the subject of its verb."""
    between = syntax.prep_objects(thing, "between")
    if between:
        return [t for tok in between for t in named_parties(tok, actor_of)]
    verb = thing if thing.pos_ in ("VERB", "AUX") else syntax.governing_verb(thing)
    if verb is not None and verb.lemma_.lower() in BROKER_VERBS:
        return []  # "offered to host talks": the host is no party to them
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
    for token in with_lemma(sent, cues):
        doer, thing = broker_and_thing(token, actor_of)
        mention = actor_of(doer) if doer is not None else None
        if not known(mention):
            continue
        brokers = tuple((t, m) for t in named_parties(doer, actor_of) if known(m := actor_of(t))) \
            or ((doer, mention),)  # "Egypt and Qatar brokered a ceasefire": each of them
        parties = [(t, m) for t in parties_of(thing, actor_of) if (m := actor_of(t)) is not None]
        targets = tuple((t, m) for t, m in parties if m.code  # "the army": placed later
                        and all(m.code[:3] != b.code[:3] for _, b in brokers))
        if parties and not targets or not parties and not unnamed_parties(thing):
            continue
        code = cue_code(token.lemma_.lower(), rules, default)
        modality = modality_of(token, code, rules)
        if token.dep_ in ("amod", "acl", "pobj") or token.pos_ == "NOUN" and token.dep_ != "xcomp":
            modality = "negated" if modality == "negated" else "asserted"  # "Egyptian-brokered": a done act
        else:
            code = intent_code(code, modality, rules)  # "will host talks", "would broker a deal": 039
        found.append(Found(code, Pattern(code, "C", "brokered"), token, brokers, targets, modality))
    return found


AGREED_THINGS = {"ceasefire", "truce", "deal", "agreement", "accord", "arrangement", "talk", "negotiation", "swap",
                 "exchange", "pact", "settlement", "dialogue"}


def unnamed_parties(thing) -> bool:
    """What is brokered with no party named is something two parties agree ("the
    arrangement", "the talks"): its parties are the story's pair."""
    return thing is not None and thing.pos_ == "NOUN" and thing.lemma_.lower() in AGREED_THINGS


def with_brokers(found: list[Found], brokered: list[Found]) -> list[Found]:
    """The broker's act replaces what the coder made of the same cue word (a host with no guest)
    and the broker's own part in what it brokered ("Qatar brokered a swap": no swap by Qatar)."""
    cues = {f.trigger.i for f in brokered}
    things = {(thing.i, s.code) for f in brokered for _, s in f.sources
              if (thing := broker_and_thing(f.trigger, lambda _token: None)[1]) is not None and s is not None}
    kept = [f for f in found if f.trigger.i not in cues
            and not any((f.trigger.i, s.code) in things for _, s in f.sources if s is not None)]
    return kept + brokered

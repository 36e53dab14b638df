"""Acts done together with a party: an agreement signed, reached or concluded *with* X ("Kenya signed an
agreement with Uganda", "Colombia signed a peace deal with the FARC") is X's agreement too, and drills or exercises
held *with* X ("Belarus began military drills with Russia") are X's exercises too: each party acts on the other
(constructions.tsv, together: the words that name such a joint act, as the object of a verb pattern). Only
an act told as done by its verb: a noun ("possible deals with French companies", "may end the chip pact with
the U.S.") or an intended, refused or negated act is often no act of both. Other acts done "with" someone
stay one way ("held talks with X", "met with X": the tune halves' gold codes some meetings both ways and
not others; it codes agreements both ways 26 times in 28) — but a joint meeting *with* two states is theirs with each
other too (``joint_met``), talks a party continues or is to conclude are going on, both ways (``carried_on``), and
states that discuss something together consult each other (``find_discussed``): twenty-fifth session (s25-E)."""

from __future__ import annotations

from dataclasses import replace

from newsevents.events import syntax
from newsevents.events.found import Found, known, named_parties
from newsevents.events.modality import intent_code, modality_of
from newsevents.events.noun_sources import MEETINGS
from newsevents.events.patterns import Pattern, Rules
from newsevents.events.words import with_lemma


def together_acts(found: list[Found], rules: Rules) -> list[Found]:
    """For each act of a joint-act pattern whose target came from its "with" phrase, the same act of each
    known target on each known source (its code, trigger and modality)."""
    if "together" not in rules.constructions:
        return []
    words = rules.constructions["together"][1]
    added = []
    for event in found:
        pattern = event.pattern
        if pattern.pos != "V" or pattern.prep != "with" or pattern.object not in words \
                or event.code != pattern.code or event.modality != "asserted":
            continue  # done, by its verb: not "seek a deal with", "may end the pact with", "refused to sign"
        sources = tuple((t, m) for t, m in event.sources if known(m))
        targets = tuple((t, m) for t, m in event.targets if known(m) and t is not None and with_party(t))
        if sources and targets and not any(m.code == s.code for _, m in targets for _, s in sources):
            added.append(Found(event.code, pattern, event.trigger, targets, sources, event.modality))
    return added


def with_party(token) -> bool:
    """The token (or the list it ends) is the object of a "with" phrase."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ == "with"


def joint_met(found: list[Found], rules: Rules) -> list[Found]:
    """"Obama held a joint meeting with Abe and Park": a meeting shared by all (its noun's modifier in
    constructions.tsv, joint_meeting) with two or more parties of different countries is also theirs with
    each other, both ways — the code and modality the host's act has; not a negated one."""
    if "joint_meeting" not in rules.constructions:
        return []
    words = rules.constructions["joint_meeting"][1]
    added = []
    for event in found:
        if event.code[:2] not in ("03", "04") or event.modality == "negated" or event.pattern.prep != "with":
            continue
        noun = event.trigger if event.pattern.pos == "N" else syntax.object_of(event.trigger)
        if noun is None or not any(c.dep_ in ("amod", "compound") and c.lower_ in words for c in noun.children):
            continue
        targets = [(t, m) for t, m in event.targets if known(m) and t is not None and with_party(t)]
        added.extend(Found(event.code, event.pattern, event.trigger, (one,), (other,), event.modality)
                     for one in targets for other in targets if one[1].code[:3] != other[1].code[:3])
    return added


def carried_on(found: list[Found], rules: Rules) -> list[Found]:
    """"Japan was ready to continue trade talks with the United States", "both countries expect to conclude the
    talks": talks (a meeting noun, root 03 or 04) that a cue verb of constructions.tsv carried_on has as its object
    are going on — the construction's code told as done, the source with each known "with" party and each party
    with the source (or the sources with each other) — whatever the verb's own modality; not when negated."""
    if "carried_on" not in rules.constructions:
        return found
    code, verbs = rules.constructions["carried_on"]
    settled = []
    for event in found:
        noun = event.trigger
        if event.pattern.pos != "N" or event.code[:2] not in ("03", "04") or event.modality == "negated" \
                or noun.lemma_.lower() not in MEETINGS or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in verbs:
            settled.append(event)
            continue
        targets = tuple((t, m) for t, m in event.targets if known(m) and t is not None and with_party(t))
        sources = tuple((t, m) for t, m in event.sources if known(m))
        if not event.targets and len({m.code[:3] for _, m in sources}) > 1:
            settled.append(replace(event, code=code, modality="asserted"))  # "both countries expect to conclude
            continue  # the talks": each with the other already (coder.dyads)
        if not targets or not sources:
            settled.append(event)
            continue
        settled.append(replace(event, code=code, modality="asserted"))
        settled.append(Found(code, event.pattern, noun, targets, sources, "asserted"))
    return settled


def find_discussed(sent, rules: Rules, actor_of) -> list[Found]:
    """Each verb of constructions.tsv discussed whose subject names two or more countries and which has no "with"
    party ("South Korean and Japanese officials discussed the missile threat"): the subject's states consult each
    other (no target: coder.dyads pairs the sources both ways), the code an intent when the verb's modality says so."""
    if "discussed" not in rules.constructions:
        return []
    code, verbs = rules.constructions["discussed"]
    found = []
    for verb in with_lemma(sent, verbs):  # most sentences discuss nothing: no word of theirs is read
        if verb.pos_ != "VERB" or syntax.prep_objects(verb, "with"):
            continue
        subject = syntax.subject_of(verb)
        sources = tuple((t, m) for t in named_parties(subject, actor_of) if known(m := actor_of(t))) \
            if subject is not None else ()
        if len({m.code[:3] for _, m in sources}) < 2:
            continue
        modality = modality_of(verb, code, rules)
        if modality != "negated":
            found.append(Found(intent_code(code, modality, rules), Pattern(code, "C", "discussed"), verb, sources, (),
                               modality))
    return found

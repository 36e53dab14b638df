"""Acts wished of a party: "France wants Russia to withdraw its troops", "we hope the U.S. will listen",
"Japan would like China to stop the drills" — what someone wants or hopes another party will do is no
act of that party, not even an intended one ("we want the Russian government to release these men" is
no promise by Moscow): it is dropped (constructions.tsv: wished). The wish itself would be an appeal
(020) to the party; it is not coded: on unseen articles too many of those appeals had a misread speaker
or told a preference nobody was asked to act on (docs/events-sessions.md, nineteenth session)."""

from __future__ import annotations

from newsevents.events import syntax
from newsevents.events.found import Found, known
from newsevents.events.patterns import Pattern, Rules
from newsevents.events.words import with_lemma

LIKING = {"like", "love"}  # "would like China to stop": only with "would"
HOPING = {"hope", "hopes", "hoped", "hoping", "wish"}  # "hopes Russia will join": a clause with a future modal
# (the parser's lemma of "hopes" is sometimes "hop": the forms are cues too)
FUTURE = {"will", "would", "shall", "can", "could"}
THINGS = {"it", "this", "that"}  # "hoped it would not lead to ...": an act or the wisher itself, not another party


def wished_content(found: list[Found], sent, rules: Rules, actor_of) -> list[Found]:
    """``found`` without the acts only wished of another party ("Russia wants Turkey to close its borders":
    no Turkish act); a party's hope for its own side's act is its intent and stays ("Britain hopes it
    will reach a deal")."""
    if "wished" not in rules.constructions or not found:
        return found
    cues = rules.constructions["wished"][1]
    wished: list[tuple[set[int], range]] = []  # the wished party's tokens, the span of its wished acts
    for verb in with_lemma(sent, cues, forms=True):
        lemma = verb.lemma_.lower() if verb.lemma_.lower() in cues else verb.lower_
        if verb.pos_ not in ("VERB", "AUX") or lemma not in cues:
            continue
        if lemma in LIKING and not any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children):
            continue  # "would like" is the wish
        party, clause = wished_party(verb, lemma)
        if party is None or party.lower_ in THINGS:
            continue
        wisher = syntax.subject_of(verb)
        own, other = (actor_of(wisher) if wisher is not None else None), actor_of(party)
        if known(own) and known(other) and own.code[:3] == other.code[:3]:
            continue  # "Kenya wants its police to ...": its own side, an intent
        parties = {t.i for t in syntax.with_conjuncts(party)}
        wished.append((parties, range(min(clause.left_edge.i, party.i), clause.right_edge.i + 1)))
    return [f for f in found if not any(f.trigger.i in span and any(t is not None and t.i in parties
                                                                    for t, _ in f.sources)
                                        for parties, span in wished)]  # "to close its border and join the war"


def wished_party(verb, lemma: str):
    """The party a wish is about and the clause of its wished act: the subject of "want Y to act" (the
    parser's clause subject, or the object before an infinitive), or of "hope (that) Y will act";
    (None, None) for "wants to meet Y"."""
    for clause in syntax.children(verb, "ccomp", "xcomp"):
        infinitive = any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
        future = any(a.dep_ == "aux" and a.lower_ in FUTURE for a in clause.children)
        if infinitive and lemma not in HOPING or future and lemma in HOPING:
            subjects = syntax.children(clause, "nsubj", "nsubjpass")
            if subjects:
                return subjects[0], clause
            objects = syntax.children(verb, "dobj")
            if objects and infinitive and clause.dep_ == "xcomp" and objects[0].i < clause.i:
                return objects[0], clause  # "would like China to stop the drills"
    return None, None


STATE_KINDS = {"country", "capital", "seat"}  # "the U.S. wants Japan to ...", "Washington hopes Tokyo will ..."
UNCLEAR = {"be", "have", "become", "get", "take",  # "hopes Japan will be a partner", "wants Democrats to take the heat"
           "fail", "collapse", "lose", "suffer", "fall", "succeed", "win", "prosper"}  # fortunes, not deeds asked


def find_wishes(sent, rules: Rules, actor_of) -> list[Found]:
    """"The U.S. wants Japan to eliminate import controls", "Washington hopes Tokyo will remove barriers": a
    state named by name that wants another state to act appeals to it (constructions.tsv, wished: 020). Only
    states named by their own names on both sides, of two countries, and an act that is a deed (not "be",
    "have", "take the heat"): a pronoun, a person or a group as the wisher misread the speaker on unseen text
    (nineteenth session), a party's own side is its intent (``wished_content``)."""
    if "wished" not in rules.constructions:
        return []
    code, cues = rules.constructions["wished"]
    found = []
    for verb in with_lemma(sent, cues, forms=True):
        lemma = verb.lemma_.lower() if verb.lemma_.lower() in cues else verb.lower_
        if verb.pos_ not in ("VERB", "AUX") or lemma not in cues or lemma in LIKING \
                or any(c.dep_ == "neg" for c in verb.children):
            continue  # "does not want China to ...": no appeal
        party, clause = wished_party(verb, lemma)
        wisher = syntax.subject_of(verb)
        if party is None or wisher is None or clause.lemma_.lower() in UNCLEAR \
                or any(c.dep_ == "neg" for c in clause.children):
            continue
        own, other = actor_of(wisher), actor_of(party)
        if not (state_named(own, wisher) and state_named(other, party)) or own.code[:3] == other.code[:3]:
            continue
        found.append(Found(code, Pattern(code, "C", "wished"), verb,
                           tuple((t, actor_of(t)) for t in syntax.with_conjuncts(wisher)),
                           tuple((t, actor_of(t)) for t in syntax.with_conjuncts(party)), "asserted"))
    return found


def state_named(mention, token) -> bool:
    """A state named by its name, capital or seat of power (not a pronoun, a person or a group)."""
    return known(mention) and mention.kind in STATE_KINDS and token.pos_ == "PROPN" \
        and token.text in mention.text.split()

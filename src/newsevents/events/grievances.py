"""Disapproval told as a noun a party owns: "complaints from his American counterpart that China's
factories were flooding markets", "U.S. concern that Iranian missiles threaten shipping", "its concern
over abuses by Israel", "Iran has been told of U.S. concern over ...": the owner criticises (111) whom
the grievance is about (constructions.tsv: grievances; cues are the nouns).

The owner is the noun's possessor or modifier ("Washington's objections", "U.S. concern") or its
from-phrase; whom it is about is the subject of its that-clause, the party named at the head of its
over/about/at/against/with-phrase (or the by-phrase of the act named there: "abuses *by Israel*"), else
the one it was told to ("Tehran had been told of U.S. concern"), else whoever answers it ("responding to
criticism from X, Y said") or acts despite it ("despite U.S. objections": twenty-third session). A noun another
rule codes already ("expressed concern", "lodged a complaint") is left to it."""

from __future__ import annotations

from newsevents.events import syntax
from newsevents.events.context import event_nouns_of
from newsevents.events.found import Found, about_itself, known
from newsevents.events.modality import modality_of
from newsevents.events.patterns import Pattern, Rules
from newsevents.events.reported_wrong import reported_clause
from newsevents.events.words import with_lemma

ABOUT = frozenset({"over", "about", "at", "against", "with", "regarding"})
TELLING = frozenset({"tell", "inform", "notify", "advise", "brief", "remind"})


def owners(noun, actor_of, reporting: frozenset = frozenset()) -> list:
    """"Washington's objections", "U.S. concern", "complaints from his American counterpart"; else, for a
    grievance no one owns that is the subject of what someone reports, the reporter ("Straw told MPs
    concerns over China remained": twenty-third session)."""
    own = [t for t in noun.children if t.dep_ in ("poss", "amod", "compound", "nmod") and known(actor_of(t))]
    own = own or [o for o in syntax.prep_objects(noun, "from") if known(actor_of(o))]
    if own or noun.dep_ not in ("nsubj", "nsubjpass"):
        return own
    reported = reported_clause(noun.head, reporting)
    reporter = syntax.subject_of(reported.head) if reported is not None else None
    return [reporter] if reporter is not None and known(actor_of(reporter)) else []


def party_at_head(token, actor_of):
    """The party a phrase names at its head: the word itself, its possessor or modifier ("Iranian
    missiles", "China's glut"), its of-phrase, or the by-phrase of an act ("abuses by Israel")."""
    near = [token, *(c for c in token.children if c.dep_ in ("poss", "amod", "compound", "nmod"))]
    near += syntax.prep_objects(token, "of") + syntax.prep_objects(token, "by")
    near += [o for acl in syntax.children(token, "acl") for a in syntax.children(acl, "agent")
             for o in syntax.children(a, "pobj")]
    return next((t for t in near if known(actor_of(t))), None)


def aimed_at(noun, actor_of, acts=frozenset()):
    """Whom the grievance is about: its that-clause's subject, the head of its topic phrase, else the
    one it was told to."""
    for clause in syntax.children(noun, "acl", "ccomp"):
        if any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children) or not any(
                m.dep_ == "mark" for m in clause.children):
            for subject in syntax.children(clause, "nsubj", "nsubjpass"):
                party = party_at_head(subject, actor_of)
                if party is not None:
                    return party
    for prep in syntax.children(noun, "prep"):
        if prep.lower_ in ABOUT:
            for obj in syntax.children(prep, "pobj"):
                party = party_at_head(obj, actor_of)
                if party is not None:
                    return party
    told = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "about") else None
    if told is not None and told.lemma_.lower() in TELLING:
        return next((t for t in syntax.children(told, "nsubjpass", "dobj") if known(actor_of(t))), None)
    return answered_by(noun, actor_of) or defied_by(noun, actor_of, acts)


ANSWERING = frozenset({"respond", "react", "reply", "answer", "retort", "rebut", "counter", "hit", "jab", "fire",
                       "strike", "lash"})


def answered_by(noun, actor_of):
    """"Responding to criticism from the ex-president, Trump said ...", "Beijing hit back at complaints from
    Washington": whoever answers the grievance is whom it was about (the answering verb's subject)."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("to", "at") else \
        noun.head if noun.dep_ == "dobj" else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in ANSWERING:
        return None
    answerer = syntax.subject_of(verb)
    return party_at_head(answerer, actor_of) if answerer is not None else None


DEFYING = frozenset({"despite", "over", "notwithstanding"})


def defied_by(noun, actor_of, acts=frozenset()):
    """"Israel expanded the settlements despite U.S. objections" (or over them): whoever acts in spite of the
    grievance is whom it is about (the verb's subject or by-phrase; a passive with neither names no one)."""
    verb = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in DEFYING or verb.pos_ not in ("VERB", "AUX"):
        return None
    doer = syntax.subject_of(verb)
    if doer is None and syntax.is_passive(verb):
        return undergone_by(verb, actor_of, acts)  # "the EU embargo is to be lifted despite US objections": the EU's
    if not any(c.dep_ in ("dobj", "prt") or c.dep_ == "prep" and c.i != noun.head.i for c in verb.children):
        return None  # "sales are rising despite Peking's complaints": no one's deed
    return party_at_head(doer, actor_of) if doer is not None else None


def undergone_by(verb, actor_of, acts):
    """A passive that names no doer, done despite a grievance to an act a party owns ("the EU embargo is likely to be
    lifted despite US objections": the subject a "likely to be" clause raises counts): that party, whose own act it
    is. Not a person who undergoes it ("the dissident was jailed despite U.S. objections": the jailer's deed, unnamed).
    ``acts`` are the nouns of acts (context.event_nouns). Twenty-fourth session."""
    for _ in range(3):
        patient = next(iter(syntax.children(verb, "nsubjpass", "nsubj")), None)
        if patient is not None:
            return party_at_head(patient, actor_of) if patient.lemma_.lower() in acts else None
        if verb.dep_ not in ("xcomp", "acomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def coded_by_its_verb(noun, rules: Rules) -> bool:
    """"expressed concern", "lodged a complaint", "rejected the complaint": the verb's own pattern codes it."""
    if noun.dep_ != "dobj":
        return False
    return any(p.object == noun.lemma_.lower() for p in rules.patterns.get(("V", noun.head.lemma_.lower()), ()))


def common_noun(token) -> bool:
    """A noun, or one a wire's capitals made a name ("U.S. Concern that ..."), not a word of a name
    ("Concern Worldwide")."""
    return token.pos_ == "NOUN" or token.pos_ == "PROPN" and token.dep_ not in ("compound", "flat")


def find_grievances(sent, rules: Rules, actor_of, taken: set) -> list[Found]:
    """Grievances owned by one party and about another (the module docstring); ``taken`` holds the
    tokens other rules made events of."""
    if "grievances" not in rules.constructions:
        return []
    code, nouns = rules.constructions["grievances"]
    reporting = rules.constructions.get("reported_harm", ("", frozenset()))[1]
    acts = event_nouns_of(rules)  # a dict of the nouns of acts, built once
    found = []
    for noun in with_lemma(sent, nouns, forms=True):
        if not common_noun(noun) or noun.i in taken or coded_by_its_verb(noun, rules):
            continue
        sources = tuple((t, actor_of(t)) for t in owners(noun, actor_of, reporting))
        target = aimed_at(noun, actor_of, acts) if sources else None
        if target is None or any(about_itself(target, actor_of(target), s) for _, s in sources):
            continue
        modality = modality_of(noun, code, rules)
        found.append(Found(code, Pattern(code, "C", "grievances"), noun, sources, ((target, actor_of(target)),),
                           "asserted" if modality == "negated" else modality))
    return found

"""Reading who-did-what-to-whom off a spaCy dependency parse."""

from __future__ import annotations

from newsevents.events import no_party
from newsevents.events.clause_subjects import FINITE, loose_subject, telegraphic_subject
from newsevents.events.clause_subjects import dated_relative as dated_relative
from newsevents.events.clause_subjects import relative_subject as relative_subject
from newsevents.events.decisions import decision_agent, decision_nouns
from newsevents.events.participles import (
    bare_passive,
    from_holder,
    judged_doer,
    participle_doer,
    reduced_agent,
    reduced_patient,
)
from newsevents.events.relatives import relative_object
from newsevents.events.shifted import shifted_object
from newsevents.events.tree import children
from newsevents.events.words import words_of
from newsevents.parse import dependency_columns

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
CLIMB = {"xcomp", "conj", "advcl", "ccomp", "acomp", "relcl", "pcomp", "acl"}
NOUN_GOVERNED = {"attr", "dobj", "pobj", "appos", "oprd", "nsubj", "nsubjpass", "conj", "npadvmod"}
NOUN_LEFT = {"compound", "amod", "poss", "nmod", "det"}
TIMES = {"DATE", "TIME"}
STATEMENTS = {"statement", "declaration", "communique", "communiqué", "letter", "resolution", "message", "appeal",
              "report", "note", "decree", "order", "ultimatum", "cable", "telegram"}
REFLEXIVES = {"itself", "themselves", "himself", "herself", "ourselves"}
ACTOR_DEPS = {"compound", "amod", "nmod", "poss", "appos"}


def is_passive(verb) -> bool:
    deps, order, first, _ = dependency_columns(verb.doc)
    return any(deps[c] in ("nsubjpass", "auxpass") for c in order[first[verb.i]:first[verb.i + 1]]) \
        or shared_passive(verb) or bare_passive(verb)


def shared_passive(verb) -> bool:
    """"were detained and expelled by Turkey": a bare participle coordinated with a passive shares its
    auxiliary and subject (not "had been warned and ignored the warning", with an object of its own)."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.i != verb.i \
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj") for c in verb.children) \
        and is_passive(verb.head)


def patients(verb) -> list:
    """Who undergoes a passive: its subject, or that of the passive it shares its auxiliary with."""
    while shared_passive(verb) and not children(verb, "nsubjpass"):
        verb = verb.head
    return children(verb, "nsubjpass")


_LAST_SENTENCE: list = [None, 0, 0, frozenset()]  # the sentence last asked about, and its words


def sentence_words(sent) -> frozenset[str]:
    """The lemmas and lower-case forms of a sentence's words, read once for all the passes that
    skip a sentence without their cue words (they run one after another on the same sentence)."""
    last = _LAST_SENTENCE
    if last[0] is not sent.doc or last[1] != sent.start or last[2] != sent.end:
        last[:] = [sent.doc, sent.start, sent.end, words_of(sent)]
    return last[3]


GERUND_PREPS = {"by", "after", "before", "while", "without", "despite", "since"}  # "X responded by imposing",
# "X has cut its hacking since signing a pledge with Y"; not "on"/"upon": "focus on increasing", "insisted upon holding"
# "X is committed to keeping", "X resorted to shelling": the doer's own gerund; not "led to damaging"
TO_GERUND_HEADS = {"commit", "dedicate", "devote", "look", "return", "resort", "turn", "move", "agree"}


# "X was expected to ...", "X is committed to ...": X does it
RAISING_PASSIVES = {"expect", "set", "schedule", "slate", "poise", "commit", "dedicate", "determine", "resolve"}


def subject_of(verb, *, depth: int = 4):
    """The verb's agent: its subject, the passive's by-phrase, or that of the verb it hangs on."""
    coordinated, asked = False, verb
    for _ in range(depth):
        if is_passive(verb) and coordinated:
            patients = children(verb, "nsubjpass")  # "X has been indicted by Y and will resign": X resigns
            return patients[0] if patients else None
        if is_passive(verb) and verb is not asked and verb.lemma_.lower() in RAISING_PASSIVES:
            patients = children(verb, "nsubjpass")  # "Erdogan was expected to travel to Qatar": Erdogan travels
            return patients[0] if patients else None
        if is_passive(verb):
            for agent in children(verb, "agent") + (children(verb.head, "agent") if shared_passive(verb) else []):
                objects = children(agent, "pobj")
                if objects:
                    return objects[0]
            return from_holder(verb)  # "the report will be released": no agent, no source ("freed from US custody")
        subjects = children(verb, "nsubj", "csubj")
        if subjects:
            return misparsed_subject(subjects[0])
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return verb.head
        if verb is asked and (doer := reduced_agent(verb) or participle_doer(verb, STATEMENTS)) is not None:
            return doer  # "aid sent by X", "Germans protesting"
        if verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN") \
                and verb.i > 0 and verb.nbor(-1).text == "," and verb.tag_ in ("VBD", "VBN") \
                and not children(verb, "agent"):  # not "Assad, aided by the Russians, held on": Assad is aided
            return verb.head  # "The EU, which gets its gas ..., called on": the parser's noun root is the subject
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            if verb.tag_ == "VBG" and verb.head.dep_ == "dobj" and verb.head.lemma_.lower() in STATEMENTS:
                verb = verb.head.head  # "X issued a statement condemning Y": X condemned Y
                continue
            if verb.tag_ == "VBG" and verb.head.lemma_.lower() in STATEMENTS:
                return verb.head  # "Kenya's statement condemning Uganda": its author's act (authors.speech_author)
            owners = children(verb.head, "poss")
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            if owners and infinitive:
                return owners[0]  # "Kenya's decision to expel": Kenya expels
            if infinitive and (agent := decision_agent(verb.head)) is not None:
                return agent  # "the decision by India and Pakistan to open": theirs
            if infinitive and verb.head.lemma_.lower() in decision_nouns() and verb.head.dep_ in ("dobj", "attr") \
                    and verb.head.head.pos_ in ("VERB", "AUX"):
                verb = verb.head.head  # "Kenya announced a decision to suspend aid": Kenya suspends
                continue
            return None
        if verb is asked and (doer := judged_doer(verb)) is not None:
            return doer  # "lashed out at Turkey for having shot down a bomber": Turkey shot
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" \
                and (verb.head.lower_ in GERUND_PREPS
                     or verb.head.lower_ == "to" and verb.head.head.lemma_.lower() in TO_GERUND_HEADS) \
                and verb.head.head.pos_ in ("VERB", "AUX"):
            verb = verb.head.head  # "Washington responded by imposing sanctions": Washington imposes
            continue
        if verb.dep_ not in CLIMB or verb.head.i == verb.i:
            return telegraphic_subject(verb) or loose_subject(verb)
        if verb.dep_ in ("advcl", "acl") and verb.tag_ == "VBN" and not children(verb, "aux"):
            return None  # "when asked if ...": the participle's subject is its patient
        coordinated = verb.dep_ == "conj"
        if coordinated and misattached_conjunct(verb) is not None:
            verb = misattached_conjunct(verb)  # "demanded that X apologise, and accused Y": the demander accuses
            continue
        if verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            controller = children(verb.head, "dobj")
            if controller and controller[0].i < verb.i:
                return controller[0]  # "prompting Egypt to demand": Egypt demands
        verb = verb.head
    return None


REPORTING = {"say", "tell", "state", "add", "insist", "claim", "declare", "announce", "argue", "assert", "stress"}
SPEECH_ACTS = {"warn", "blame", "accuse", "urge", "call", "demand", "vow", "threaten", "condemn", "criticise",
               "criticize", "praise", "welcome", "deny", "reject", "appeal", "pledge", "promise", "denounce",
               "dismiss", "reiterate", "repeat", "ask", "express", "voice"}


def misattached_conjunct(verb):
    """The verb a finite conjunct really coordinates with when the parser hung it on a bare
    verb (or one tagged as a noun) inside that verb's clause ("China demanded that the US *apologise* ..., and *accused*
    Washington": accused is coordinated with demanded, not with apologise); when the clause hangs
    on no act of its own (a copula, a noun: "X said the report was proof that Y did not
    understand ..., and accused Z"), the verb that reports it; else None."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in FINITE or children(verb, "nsubj", "nsubjpass", "aux") \
            or head.head.i == head.i:
        return None
    reporter = reporter_above(head)
    if reporter is not None and reporter.i > head.i:
        reporter = None  # the attribution comes after: "X condemned Y, and asked Z ..., the statement said"
    if head.dep_ not in ("ccomp", "xcomp") and not (head.dep_ == "acl" and reporter is not None):
        return None
    if head.tag_ in FINITE + ("VBN", "VBG"):
        # "was provoking ... and warned" breaks the tense (not "had attacked ... and killed"); "said Lebanon's
        # government was responsible ... and warned of a response" is the reporter's second act
        tense_break = head.tag_ in ("VBN", "VBG") and any(a.lemma_.lower() != "have" for a in children(head, "aux"))
        if not (tense_break or speech_after_report(verb)):
            return None
    governor = head.head
    if reporter is not None and (governor.pos_ != "VERB" or governor.lemma_.lower() == "be"):
        governor = reporter  # the clause hangs on "was" or "proof": the reporter's second act
    return governor if governor.pos_ in ("VERB", "AUX") else None


def colon_speaker(verb):
    """The speaker of a headline written "Name: what they said" ("Rex Tillerson: Russia bears
    responsibility", "Trump: Mexico must pay"): the name before the colon that opens the
    sentence, hung on the clause's root; else None."""
    head = verb.head
    if verb.dep_ in ("acl", "appos", "dep", "ccomp") and head.dep_ == "ROOT" and head.i < verb.i \
            and opens_with_colon(head, verb.sent.start):
        return head  # the parser's other reading: the name is the root, the clause hangs on it
    if verb.dep_ != "ROOT":
        return None
    return next((child for child in verb.children if child.i < verb.i and child.dep_ in ("dep", "npadvmod", "nsubj")
                 and opens_with_colon(child, verb.sent.start)), None)


def opens_with_colon(name, sent_start: int) -> bool:
    """A name (or noun) that opens the sentence and is followed by a colon."""
    return name.pos_ in ("PROPN", "NOUN") and name.i + 1 < len(name.doc) and name.nbor(1).text == ":" \
        and name.left_edge.i == sent_start


def reporter_above(token, depth: int = 4):
    """The reporting verb whose clause holds ``token`` through clauses, copulas and nouns
    ("said the report was proof that *the president did not understand*"), else None."""
    for _ in range(depth):
        if token.dep_ not in ("ccomp", "acl", "attr", "acomp", "xcomp") or token.head.i == token.i:
            return None
        token = token.head
        if token.lemma_.lower() in REPORTING and token.pos_ == "VERB":
            return token
    return None


def speech_after_report(verb) -> bool:
    """A speech act coordinated with the verb of a reported clause ("Bush said Israel had the
    right to defend itself and blamed Hezbollah"): the reporter's second act, not the clause
    subject's (the parser hangs it on the nearer verb)."""
    head = verb.head
    return verb.lemma_.lower() in SPEECH_ACTS and head.dep_ == "ccomp" and head.head.lemma_.lower() in REPORTING \
        and head.head.i < head.i  # not "X condemned Y and asked Z ..., the statement said": X asks


def misparsed_subject(subject):
    """"The Red Cross operating in Iraq said": the parser can make the participle the
    subject and hang the real one on it."""
    if subject.pos_ == "VERB" and subject.tag_ in ("VBG", "VBN"):
        inner = children(subject, "nsubj")
        if inner:
            return inner[0]
    return subject


def object_of(verb):
    """The direct object; for a passive, the subject that undergoes it."""
    if is_passive(verb):
        subjects = patients(verb)
        return subjects[0] if subjects else None
    objects = children(verb, "dobj") or [p for p in (reduced_patient(verb), shifted_object(verb)) if p is not None]
    if objects and relative_object(verb, objects[0]):
        return verb.head  # "denounced the attack *that* Peru launched on X", "Putin, *whom* he praised": the noun
    if objects:
        return objects[0]  # "a case filed by X": the case; "denied as baseless reports that ...": the reports
    for clause in children(verb, "ccomp", "xcomp"):  # "allowed inspectors to resume": a raised object
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            raised = children(clause, "nsubj")
            if raised:
                return raised[0]
    for particle in children(verb, "prt"):  # "kidnapped up to 16 advisers": a count, not a particle
        if particle.lower_ == "up":
            for to in children(particle, "prep"):
                counted = [o for o in children(to, "pobj") if children(o, "nummod")]
                if to.lower_ == "to" and counted:
                    return counted[0]
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and is_object_gap(verb) \
            and children(verb, "nsubj") and not any(c.dep_ == "prep" and not children(c, "pobj")
                                                    for c in verb.children):
        return verb.head  # "the sanctions the Security Council imposed on Asmara": the sanctions
    return None


def is_object_gap(verb) -> bool:
    return not children(verb, "dobj")


def prep_objects(token, prep: str) -> list:
    """Objects of ``prep`` attached to ``token`` ("on" in "call on X"); not a day or a
    time ("launched war games on Monday")."""
    found = []
    for outer in children(token, "prep", "prt"):  # "out of", "away from": the second word's object
        if outer.lower_ in no_party.NO_PARTY_PREPS:
            continue  # "according to X": who says so, not where to
        for inner in children(outer, "prep"):
            if inner.lower_ == prep and not children(outer, "pobj"):
                found.extend(children(inner, "pobj"))
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative", "prt") and child.lower_ == prep:
            objects = children(child, "pobj")
            if objects and all(o.ent_type_ in TIMES for o in objects):
                continue
            found.extend(objects or orphan_object(child))
    for again in coordinated_preps(token, prep):  # "to Baghdad and to Erbil"
        found.extend(o for o in children(again, "pobj") if o.ent_type_ not in TIMES)
    for clause in children(token, "advcl", "ccomp"):  # "pushing for the US (to) support ...": a subordinated subject
        if any(m.dep_ == "mark" and m.lower_ == prep for m in clause.children):
            found.extend(children(clause, "nsubj"))
            if prep in ("between", "among") and not found:
                found.extend(children(child, "pobj", "conj"))
    return found


def coordinated_preps(token, prep: str) -> list:
    """The preposition repeated in a coordination ("to Baghdad and to Erbil"), which the
    parser hangs on the first preposition or on the head as a conjunct."""
    found = []
    for child in token.children:
        if child.dep_ in ("prep", "dative") and child.lower_ == prep:
            found.extend(c for c in child.children if c.dep_ == "conj" and c.lower_ == prep)
        elif child.dep_ == "conj" and child.lower_ == prep and child.pos_ == "ADP":
            found.append(child)
    return found


def orphan_object(prep) -> list:
    """A preposition the parser left without its object ("granted asylum to five officers
    holed up in ..."): the first noun after it, before any verb."""
    for token in prep.doc[prep.i + 1:prep.i + 6]:
        if token.pos_ in ("VERB", "AUX") or token.is_punct:
            return []
        if token.pos_ in ("NOUN", "PROPN"):
            head = token
            while head.dep_ == "compound" and head.head.i > head.i:
                head = head.head
            return [head]
    return []


def with_conjuncts(token) -> list:
    """``token`` and what is coordinated with it ("the US and North Korea")."""
    if token is None:
        return []
    found = [token]
    for conj in token.conjuncts:
        if conj.lower_ in REFLEXIVES:
            continue  # "killed 23 people as well as themselves"
        named = named_members(conj)
        if named:
            found.extend(named)  # "Kenya and its neighbours Uganda, Tanzania and Rwanda": each neighbour
        elif conj.pos_ in ("NOUN", "PROPN", "PRON") or conj.ent_type_:
            found.append(conj)
    for child in token.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.ent_type_ in ("GPE", "NORP", "ORG"):
            found.append(child)
            found.extend(c for c in child.conjuncts if c.pos_ == "PROPN")  # "A, B, C and D": a list read as appos
    return found


def named_members(noun) -> list:
    """A plural common noun with a list of names in apposition stands for the names ("allies West Germany, France
    and Japan", "its neighbours Uganda, Tanzania and Rwanda"): the list's words, when it has two or more."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS":
        return []
    for child in noun.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.i > noun.i:
            names = [child, *(c for c in child.conjuncts if c.pos_ == "PROPN")]
            return names if len(names) > 1 else []
    return []


def governing_verb(noun, *, depth: int = 4):
    """For a nominal event ("a mediator", "talks"), the verb whose subject acts."""
    token = noun
    if token.dep_ == "compound" and token.head.i > token.i:
        token = token.head  # "a mediation effort": the effort's verb
    for _ in range(depth):
        if token.dep_ not in NOUN_GOVERNED and token.dep_ not in ("prep",) or token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None

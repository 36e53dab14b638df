"""Modality: how sure the text is that the event happened.

negated ("did not", "refused to"), conditional ("only if", "unless"), intended
("plans to", "will", "ready to"), hypothetical ("may", "could"), else asserted.
Cues come from ``data/events/cues.tsv``; they are read off the trigger and the chain
of verbs that govern it ("ready to talk", "refused to meet").
"""

from __future__ import annotations

from dataclasses import replace

from newsevents.events.patterns import Rules
from newsevents.events.senses import UNREAL, failed_of, perfect_modal
from newsevents.events.syntax import telegraphic_subject
from newsevents.events.timing import dated_ahead

# "compound": "blocked an aid package" governs the aid
CONTROL = {"xcomp", "acomp", "conj", "ccomp", "attr", "pobj", "prep", "dobj", "oprd", "compound", "pcomp"}
AUXILIARY = {"aux", "auxpass"}


def governing_chain(trigger, *, depth: int = 5) -> list:
    """The trigger and the words it depends on up to the clause's main verb."""
    chain = [trigger]
    token = trigger
    for _ in range(depth):
        if token.dep_ not in CONTROL or token.head.i == token.i:
            break
        if token.dep_ == "pcomp" and token.head.lower_ != "to":
            break  # "committed to keeping" is governed; "after accusing" has its own time
        if own_tense(token):
            break
        token = token.head
        chain.append(token)
    return chain


def own_tense(token) -> bool:
    """A finite conjunct after a bare verb or an auxiliaried participle has its own tense, not
    the "would" or "had not" before it ("would not declare a ceasefire and dismissed the
    sanctions", "had not known about the raid ... and appealed to the UN")."""
    if token.dep_ != "conj" or token.tag_ not in ("VBD", "VBZ") or any(c.dep_ == "aux" for c in token.children):
        return False
    head = token.head
    return head.tag_ == "VB" or head.tag_ == "VBN" and any(c.dep_ == "aux" for c in head.children)


def governors(trigger) -> list:
    """The words that govern the trigger, leaving out the ones it is merely coordinated
    with ("refused to deploy troops and urged its citizens...": "urged" is not refused)."""
    chain = governing_chain(trigger)
    above = [token for below, token in zip(chain, chain[1:], strict=False) if below.dep_ != "conj"]
    top = chain[-1]
    if top.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in top.children):
        above.append(top.head)  # "Iran's refusal to sign", "its failure to reach a deal": the noun over the act
        if top.head.dep_ == "dobj":
            above.append(top.head.head)  # "cancelled plans to visit Lima": the verb over that noun too
    return above


def single_words(rules: Rules, modality: str) -> set[str]:
    """One-word cues, and the verb of "agree to"-style cues."""
    return one_word_cues(rules, modality) | to_cues(rules, modality)


def one_word_cues(rules: Rules, modality: str) -> set[str]:
    return {cue[0] for cue in rules.cues.get(modality, []) if len(cue) == 1}


def to_cues(rules: Rules, modality: str) -> set[str]:
    """The verbs of "commit to"-style cues: cues only with their "to" ("committed to
    withdrawing"), not in another sense ("atrocities committed during the assault")."""
    return {cue[0] for cue in rules.cues.get(modality, []) if len(cue) == 2 and cue[1] == "to"}


def with_to(token) -> bool:
    """"agreed to meet", and a noun's infinitive: "the offer to mediate"."""
    return any(c.lower_ == "to" or c.dep_ in ("xcomp", "acl") and any(a.lower_ == "to" for a in c.children)
               for c in token.children)


def cued(token, words: set[str], to_words: set[str]) -> bool:
    return any(lemma in words or lemma in to_words and with_to(token) for lemma in lemmas(token))


def lemmas(token) -> list[str]:
    """The parser's lemma, then the inflection taken off the word when the lemmatizer errs ("Nakasone hopes
    to meet Reagan": "hop", the subject read as a common noun; audit on unseen articles)."""
    lemma, word = token.lemma_.lower(), token.lower_
    if token.tag_ == "VBZ" and word.endswith("es"):
        return [lemma, word[:-1], word[:-2]]
    if token.tag_ in ("VBD", "VBN") and word.endswith("ed"):
        return [lemma, word[:-1], word[:-2]]
    return [lemma]


def has_condition(token, words: set[str]) -> bool:
    """An adverbial clause opened by "if"/"unless" hangs on ``token``."""
    for child in token.children:
        if child.dep_ in ("advcl", "conj") and any(m.dep_ == "mark" and m.lower_ in words for m in child.children) \
                and not reader_frame(child):
            return True
        if child.dep_ == "prep" and child.lower_ in words:  # "in case of", "on condition"
            return True
    return False


READER_VERBS = {"look", "see", "consider", "compare", "think", "ask", "listen", "remember", "read"}


def reader_frame(clause) -> bool:
    """"If you look what I do, I attack Michael Howard", "if you look at the record, X vetoed ...": an "if"
    clause that asks the reader or hearer (a generic "you") to look is no condition on the act."""
    return clause.lemma_.lower() in READER_VERBS \
        and any(c.dep_ == "nsubj" and c.lower_ == "you" for c in clause.children)


NO_ONE = {"none", "nobody", "neither"}  # a subject that says nobody did it ("none of the agents pressed Abedin")
NO_DETS = {"no", "neither"}


def modality_of(trigger, code: str, rules: Rules) -> str:
    """The modality of an event triggered by ``trigger`` with CAMEO ``code``."""
    chain = governing_chain(trigger)
    negated = single_words(rules, "negated")
    above = governors(trigger)
    reluctant = {cue[1] for cue in rules.cues.get("intended", []) if len(cue) == 2 and cue[0] == "not"}
    for token in chain:
        if any(c.dep_ == "neg" for c in token.children) and token.lemma_.lower() not in reluctant:
            return "negated"  # but "would not hesitate to use force" is an intention
        if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
            return "negated"
    if any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ in NO_DETS for d in c.children)
           for c in trigger.children):
        return "negated"  # "clinched no agreements", "offered no concessions" (thirtieth session, P): none made
    if any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in NO_ONE or any(d.dep_ in ("det", "preconj")
                                                                           and d.lower_ in NO_DETS
                                                                           for d in c.children))
           for token in chain for c in token.children):
        return "negated"  # "no president could waive sanctions", "none of the agents pressed her"; "neither
        # the Irish Government nor MIT was willing to fund it" (the parser's preconj)
    if any(token.dep_ in ("pcomp", "pobj") and token.head.lower_ in negated for token in chain):
        return "negated"  # "left without signing the deal", "without reporters asking him to": not done
    if any(token.lemma_.lower() in negated and not (token.lemma_.lower() in reluctant and negative(token))
           and not any(failed_of(token, below) for below in chain) for token in above):
        return "negated"  # "would hesitate to oppose": none; "would not hesitate to": an intention (above)
    if denied_intent(chain[-1]):
        return "negated"
    conditional = single_words(rules, "conditional") | {"if", "unless"}
    if any(has_condition(token, conditional) for token in chain) or in_condition(chain[-1], conditional):
        return "conditional"
    hypothetical = (single_words(rules, "hypothetical") | {"may", "might", "could"}) - {"would"}
    intended, intended_to = one_word_cues(rules, "intended"), to_cues(rules, "intended")
    above = above + purpose_of_plan(chain[-1])
    if not code.startswith("03") and any(cued(token, intended, intended_to) for token in above):
        if any(c.dep_ in AUXILIARY and c.lower_ in hypothetical for token in above for c in token.children):
            return "hypothetical"  # "Obama may want to protect ...": a possible wish, not an intention
        return "intended"
    if trigger.dep_ == "acl" and cued(trigger.head, intended, intended_to):
        return "intended"  # "unveiled plans to expel"
    if perfect_modal(chain) is not None:  # "would have been able to kill": not done; "might have hacked": may be
        return "negated" if perfect_modal(chain) in UNREAL else "hypothetical"
    for token in chain + purpose_of_plan(chain[-1]):
        if any(c.dep_ in AUXILIARY and c.lower_ in ("will", "'ll", "shall", "would", "wo") for c in token.children):
            return "intended"
        if telegraphic_future(token) or arranged_future(token) or subject_of_future(token):
            return "intended"
    for token in chain:
        if any(c.dep_ in AUXILIARY and c.lower_ in hypothetical for c in token.children):
            return "hypothetical"
    if any(token.lemma_.lower() in hypothetical and not with_particle(token) for token in above):
        return "hypothetical"
    return "asserted"


def purpose_of_plan(verb) -> list:
    """An infinitive of purpose on a trip or meeting yet to come is intended with it: "would go to
    Peking to sign the agreement", "will visit Washington to discuss trade" (sign, discuss: not done
    yet); the chain above the verb it serves, for its cues of a future (session 32, P)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return []
    if verb.head.lemma_.lower() not in TRIPS or any(c.dep_ in ("nsubj", "mark") for c in verb.children):
        return []  # "it would be unjustified for Iran to react", "will stop at nothing to damage": no trip's purpose
    return governing_chain(verb.head)


TRIPS = frozenset({"go", "travel", "fly", "visit", "come", "head", "leave", "arrive", "return", "meet", "sail", "tour",
                   "journey", "send", "dispatch"})  # trips and meetings, whose purpose is done there, if at all


def negative(token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def with_particle(verb) -> bool:
    """A cue verb with a particle has another sense: "weighed in on the allegations" is speaking
    up, not weighing them."""
    return any(c.tag_ == "RP" or c.dep_ == "prt" for c in verb.children)


def in_condition(top, words: set[str]) -> bool:
    """The act is itself the clause of an "if"/"unless" ("... that if the U.S. pulls back, our
    oceans are going to save us"): a condition, not a fact."""
    return top.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in words for m in top.children)


def the_condition(trigger) -> bool:
    """The act is what the condition says ("... if the United States imposes tariffs"): it keeps
    its own code; it is no threat or promise of the one who sets the condition."""
    return in_condition(governing_chain(trigger)[-1], {"if", "unless"})


def denied_intent(top) -> bool:
    """"has no plans to meet X", "no intention of attacking": the noun over the act says
    there is none."""
    if top.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in top.children):
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for c in top.head.children)


def telegraphic_future(verb) -> bool:
    """"Russia to expel diplomats": an infinitive with its own subject and no finite verb
    above it — the headline's future ("is to expel")."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in HEADLINE_SAYING:
        return subject  # "Baldrige says U.S. to impose sanctions": what is said is the future (session 32, P)
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in HEADLINE_SAYING:
        return any(c.dep_ == "dobj" for c in verb.head.children)  # "says Tanzania to impose ...": the parser's
        # object of "say" is the infinitive's subject ("say" takes no object and infinitive in prose)
    return verb.dep_ == "ROOT" and (subject or telegraphic_subject(verb) is not None)


HEADLINE_SAYING = frozenset({"say", "report"})  # "X says Y to act": not "allowed Clinton to invite" misparsed


def subject_of_future(trigger) -> bool:
    """An act noun the subject of a headline's future: "U.S., Japan chip talks to start next week"."""
    return trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.i != trigger.i and telegraphic_future(trigger.head)


def arranged_future(verb) -> bool:
    """"The WTO is to hold talks with Iraq", "Blair is to visit Washington": "be" with an
    infinitive and nothing else said of its subject — a future arranged (not "it was important
    to maintain ties", "U.S. policy is to oppose loans", "a pledge to be neutral")."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() != "be" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                                                    for c in verb.children):
        return False
    if any(c.dep_ in ("acomp", "attr", "aux") for c in head.children):
        return False
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ in ("PROPN", "NOUN", "PRON") \
        and subject.lemma_.lower() not in PURPOSE_NOUNS and subject.lower_ not in ("it", "this", "that", "what")


# "the aim is to ...", "U.S. policy is to oppose": what a purpose is, not a future act
PURPOSE_NOUNS = {"policy", "aim", "goal", "plan", "idea", "task", "priority", "job", "role", "intention", "purpose",
                 "strategy", "objective", "mission", "answer", "solution", "option", "step", "problem", "challenge",
                 "point", "hope", "wish", "desire", "aspiration", "ambition", "target", "agenda", "approach", "way"}


def refused_by(trigger, rules: Rules):
    """The refusal verb governing the trigger ("refused to deploy"), if any."""
    for token in governors(trigger):
        if token.lemma_.lower() in rules.refusal_verbs:
            return token
    return None


def refusal_code(code: str, rules: Rules) -> str:
    for key in (code, code[:3], code[:2]):
        if key in rules.refusal:
            return rules.refusal[key]
    return "120"


def ultimatum(trigger) -> bool:
    """"X will withdraw unless Y ...": a conditional act under "unless" is a threat."""
    return any(
        child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in child.children)
        for token in governing_chain(trigger) for child in token.children
    )


def announced_measure(trigger, code: str, modality: str) -> bool:
    """"Britain will expel 23 Russian diplomats": a cut in relations the story itself reports
    as decided (the main clause's own "will", or attributed after it: "..., May said") is the
    act, not a threat of it ("Moscow said it would expel" is one; a headline's "UK to expel"
    stays intended, docs/events.md)."""
    if modality != "intended" or not code.startswith("16"):
        return False
    verb = trigger.head if trigger.dep_ == "conj" and trigger.head.dep_ in ("ROOT", "ccomp") else trigger
    attributed = verb.dep_ == "ccomp" and verb.head.i > verb.i  # "Britain will expel ..., May said"
    if verb.dep_ != "ROOT" and not attributed:
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children)


def planned_meetings(found: list, doc_date: str | None, rules: Rules) -> list:
    """A meeting or visit told as done but dated ahead of the story ("when he visits Washington on April 29",
    ``timing.dated_ahead``) is intended: its 03x intent code."""
    planned = []
    for event in found:
        if event.code[:2] == "04" and event.modality == "asserted" and dated_ahead(event.trigger, doc_date):
            event = replace(event, code=intent_code(event.code, "intended", rules), modality="intended")
        planned.append(event)
    return planned


def intent_code(code: str, modality: str, rules: Rules) -> str:
    """Intended or conditional cooperation is an expressed intent (03x); threatened
    force is a threat (13x). Other codes stay as they are."""
    if modality not in ("intended", "conditional"):
        return code
    for key in (code, code[:3], code[:2]):
        if key in rules.intent:
            return rules.intent[key]
    return code

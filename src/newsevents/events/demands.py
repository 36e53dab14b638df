"""Demands a sentence makes without a demand verb: "X said Y must ..." (obligation), "X
insisted that Y hand over ..." (mandative), "X pushed Y to ..." (pushed; constructions.tsv)."""

from __future__ import annotations

from newsevents.events import syntax
from newsevents.events.found import Found, known, named_parties
from newsevents.events.patterns import Pattern, Rules
from newsevents.events.verbal import armed
from newsevents.events.words import paragraph_words, with_lemma


def find_obligations(sent, rules: Rules, actor_of) -> list[Found]:
    """"X said Y must ...": X demands something of Y (constructions.tsv, obligation)."""
    if "obligation" not in rules.constructions:
        return []
    code, cues = rules.constructions["obligation"]
    lemmas, forms = paragraph_words(sent.doc)
    if not forms & cues and not lemmas & MANDATIVE:
        return []  # no modal to hang on a token and no "insist" in the paragraph: no token passes
    found = []
    for token in sent:
        if (token.dep_ not in ("ccomp", "ROOT") or not any(c.dep_ == "aux" and c.lower_ in cues
                                                          for c in token.children)) and not mandative(token):
            continue
        speaker = syntax.colon_speaker(token)  # "Trump: Mexico must pay for the wall"
        if token.dep_ != "ccomp" and speaker is None:
            continue
        reporter_token = speaker or syntax.subject_of(token.head)
        target = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if reporter_token is None or target is None:
            continue
        source_mention, target_mention = actor_of(reporter_token), actor_of(target)
        if source_mention is None or not source_mention.code or not known(target_mention):
            continue
        if target.text not in target_mention.text.split():
            continue  # "said the Tokyo stock market should not be affected": a thing, not Tokyo
        sources = tuple((t, actor_of(t)) for t in syntax.with_conjuncts(reporter_token))
        targets = tuple((t, actor_of(t)) for t in named_parties(target, actor_of))
        said = REPROACH if reproach(token) else code
        found.append(Found(said, Pattern(said, "C", "obligation"), token.head, sources, targets, "asserted"))
    return found


REPROACH = "111"  # criticise: what another should have done is past, a reproach not a demand


def reproach(verb) -> bool:
    """"X said Y should have acted sooner", "ought not to have sent ships": a past duty, a criticism."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(auxes & {"should", "ought"}) and "have" in auxes and verb.tag_ == "VBN"


def find_pushed(sent, rules: Rules, actor_of) -> list[Found]:
    """"Washington pushed Riyadh to pump more oil": a demand on the object (constructions.tsv,
    pushed); "pushed prices higher", "pushed the bill through" name no party to act."""
    if "pushed" not in rules.constructions:
        return []
    code, cues = rules.constructions["pushed"]
    found = []
    for verb in with_lemma(sent, cues):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues:
            continue
        objects = syntax.children(verb, "dobj")
        clauses = [c for c in syntax.children(verb, "xcomp", "ccomp", "advcl")  # the parser's advcl, too
                   if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        subject = syntax.subject_of(verb)
        if not objects or not clauses or subject is None:
            continue
        source, target = actor_of(subject), actor_of(objects[0])
        if source is None or not source.code or not known(target) or armed(target):
            continue  # "pushed its troops to take the town": an order to one's forces, no demand
        found.append(Found(code, Pattern(code, "C", "pushed"), verb,
                           tuple((t, actor_of(t)) for t in syntax.with_conjuncts(subject)),
                           tuple((t, actor_of(t)) for t in named_parties(objects[0], actor_of)), "asserted"))
    return found


def pushed_content(found: list[Found]) -> list[Found]:
    """What a party was pushed to do is the push's content, not an act of the pusher: "the EU
    pushed Serbia to recognise Kosovo" is no recognition of Kosovo by the EU (the parser hangs
    the to-clause on the verb as an adverbial clause, which other rules keep as an act)."""
    pushes = {f.trigger.i for f in found if f.pattern.pos == "C" and f.pattern.lemma == "pushed"}
    return [f for f in found if not (f.trigger.head.i in pushes and f.trigger.head.i != f.trigger.i
                                     and f.trigger.dep_ in ("xcomp", "ccomp", "advcl"))]


MANDATIVE = {"insist"}  # "insisted that Pakistan hand over the suspects": a demand, not a claim


def mandative(token) -> bool:
    """A subjunctive that-clause under "insist" ("India insisted that Pakistan hand over the
    suspects"): its verb in the base form with no auxiliary; "insisted that he has expanded the
    party" claims, it demands nothing."""
    if token.dep_ != "ccomp" or token.head.lemma_.lower() not in MANDATIVE \
            or any(c.dep_ in ("aux", "auxpass") for c in token.children) \
            or not any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]  # a singular name or noun: "Iran halt", not "they are"
    return token.tag_ in ("VB", "VBP", "NN") and len(subjects) == 1 and subjects[0].tag_ in ("NNP", "NN")

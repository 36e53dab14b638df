"""Acts reported as nouns with their object in an of-phrase: "announced the closure of its
border with Gaza" is closing the border with Gaza, "ordered the expulsion of two Russian
diplomats" expelling them. The noun takes its verb's object-specific patterns
(``nominal_verbs.tsv`` maps closure -> close), the of-phrase standing as the object."""

from __future__ import annotations

from newsevents.events import syntax
from newsevents.events.found import Found, known, named_parties, parties_of
from newsevents.events.modality import intent_code, modality_of
from newsevents.events.objects import object_names
from newsevents.events.patterns import Pattern, Rules
from newsevents.events.words import with_lemma

MISSIONS = frozenset({"embassy", "consulate", "legation", "mission", "chancery", "consulate-general"})


def of_object(noun):
    """The noun's of-phrase: what the act is done to ("the closure of *its border*")."""
    objects = [o for p in syntax.children(noun, "prep") if p.lower_ == "of" for o in syntax.children(p, "pobj")]
    return objects[0] if objects else None


def doer(noun, rules: Rules):
    """The possessor ("Egypt's closure of"), else the subject of a verb that enacts the act
    ("Egypt announced the closure of"), not of one that reacts to it ("condemned the closure")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    verb = syntax.governing_verb(noun)
    if verb is None or verb.lemma_.lower() not in rules.enacting_verbs:
        return None
    return syntax.subject_of(verb)


def verb_pattern(noun, obj, rules: Rules) -> tuple[Pattern, list] | None:
    """The most specific object pattern of the noun's verb that the of-phrase satisfies,
    with the targets: its preposition's objects (on the noun or on the object), else the
    object itself for a pattern with no preposition ("the expulsion of two Russian diplomats")."""
    verb = rules.nominal_verbs.get(noun.lemma_.lower()) or rules.nominal_verbs.get(noun.lower_)
    names = object_names(obj) if verb else set()  # every lemma the object answers to, read once
    for pattern in rules.patterns.get(("V", verb), ()) if verb else ():
        if not pattern.object or pattern.particle or pattern.object not in names:
            continue
        if not pattern.prep:
            return pattern, [obj]
        targets = syntax.prep_objects(noun, pattern.prep) or [
            t for part in syntax.with_conjuncts(obj) for t in syntax.prep_objects(part, pattern.prep)]
        if not targets and noun.dep_ == "dobj":
            targets = syntax.prep_objects(noun.head, pattern.prep)  # the parser hangs "to Qatar" on "announced"
        if targets:
            return pattern, targets
    return None


def find_nominal(sent, rules: Rules, actor_of, groups=None) -> list[Found]:
    """Events of act nouns whose verb's object patterns hold over their of-phrase; ``groups``
    gives the members of a group noun as doer ("the four countries announced the closure")."""
    found = []
    for noun in with_lemma(sent, rules.nominal_verbs, forms=True):
        if noun.pos_ not in ("NOUN", "VERB") or noun.lemma_.lower() not in rules.nominal_verbs \
                and noun.lower_ not in rules.nominal_verbs:
            continue  # "the lifting of sanctions": a gerund with an of-phrase is a noun
        obj = of_object(noun)
        matched = verb_pattern(noun, obj, rules) if obj is not None else None
        source = doer(noun, rules) if matched else None
        if source is None:
            continue
        pattern, target_tokens = matched
        target_tokens = [w for t in target_tokens for w in across_border(t)]
        sources = parties_of(source, actor_of, groups)
        targets = tuple((t, actor_of(t)) for tok in target_tokens for t in named_parties(tok, actor_of)
                        if t.lower_ not in syntax.REFLEXIVES)
        owner = mission_owner(target_tokens, obj, actor_of) if pattern.prep == "in" else None
        if owner is not None and actor_of(owner).code[:3] not in {m.code[:3] for _, m in sources if known(m)}:
            targets = ((owner, actor_of(owner)),)  # "the closure of the Taiwanese embassy in Managua": at Taiwan
        if not any(known(m) for _, m in sources) or not any(known(m) for _, m in targets):
            continue
        nominal = Pattern(pattern.code, "N", noun.lemma_.lower(), "", pattern.object, pattern.prep,
                          f"nominal of {pattern.origin}")
        modality = modality_of(noun, pattern.code, rules)
        found.append(Found(intent_code(pattern.code, modality, rules), nominal, noun, sources, targets, modality))
    return found


BORDERS = frozenset({"border", "frontier", "boundary"})


def across_border(token) -> list:
    """"the deployment of 300 soldiers to its border with Burkina Faso": the state across it."""
    if token.lemma_.lower() in BORDERS:
        return syntax.prep_objects(token, "with") or [token]
    return [token]


def mission_owner(places, obj, actor_of):
    """The state a mission belongs to when a modifier of the of-phrase names it ("the *Chinese*
    consulate in Perth"): the act is aimed at it, not at the city it stands in ("its embassy in
    Ankara" names no other owner: the place is the target)."""
    if obj is None or obj.lemma_.lower() not in MISSIONS:
        return None
    for child in obj.children:
        if child.dep_ in ("amod", "compound", "nmod") and known(actor_of(child)) \
                and not any(child.i == p.i for p in places):
            return child
    return None


def with_nominal(found: list[Found], nominal: list[Found]) -> list[Found]:
    """The nominal frame replaces what a bare noun pattern made of the same noun
    ("expulsion of" 174 gives way to "expulsion of diplomats" 161) and what the verb that
    enacts it made of it as its object ("announced the lifting of sanctions" is no 163)."""
    nouns = {f.trigger.i for f in nominal}
    enacting = {f.trigger.head.i for f in nominal if f.trigger.dep_ == "dobj"}
    return [f for f in found if f.trigger.i not in nouns | enacting] + nominal

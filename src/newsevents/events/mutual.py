"""Acts states do to each other: "Pakistani and Indian troops exchanged fire", "Armenia and
Azerbaijan swapped prisoners" — with no other party named, each acts on the others
(constructions.tsv, mutual). Consultation and cooperation are mutual already (coder.mutual)."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from newsevents.events import syntax
from newsevents.events.found import RECIPROCAL_ROOTS, Found, known, named_parties
from newsevents.events.modality import intent_code, modality_of
from newsevents.events.noun_sources import MEETINGS, noun_source
from newsevents.events.patterns import Rules
from newsevents.events.together import carried_on, joint_met, together_acts
from newsevents.events.words import with_lemma
from newsevents.resources import data_path, read_kinded_words, read_tsv


@lru_cache(maxsize=1)
def plural_acts() -> frozenset[str]:
    """Nouns named in the plural for one act ("talks", "relations"; ``data/events/plural_acts.tsv``)."""
    return frozenset(lemma for _, (lemma, _note) in read_tsv(data_path("events", "plural_acts.tsv"), columns=2))


def several_acts(token, sources) -> bool:
    """"the Canadian and Israeli pacts": a plural act noun whose own coordinated adjectives name its
    parties tells one act of each, not one between them (unlike "Israeli and Palestinian talks")."""
    if token.tag_ not in ("NNS", "NNPS") or token.lemma_.lower() in plural_acts() or len(sources) < 2:
        return False
    return all(t is not None and t.i < token.i and t.dep_ in ("amod", "compound", "nmod", "conj")
               and any(a.i == token.i for a in t.ancestors) for t, _ in sources)


def mutual_acts(found: list[Found], rules: Rules) -> list[Found]:
    """Each found act of a mutual verb with two or more source parties and no target named at
    all gets the sources as its targets (coder.dyads pairs each with the others, not itself)."""
    verbs = rules.constructions["mutual"][1] if "mutual" in rules.constructions else ()
    settled = []
    for event in found:
        named = tuple(s for s in event.sources if s[1] is not None and s[1].code)  # "the army": placed later
        if event.targets and all(each_other(t) for t, _ in event.targets) and len({m.code for _, m in named}) > 1:
            settled.append(replace(event, targets=named))  # "Armenia and Azerbaijan accused each other"
            continue
        if not event.targets and len({m.code for _, m in named}) > 1 and any(known(m) for _, m in named) \
                and event.code[:2] not in RECIPROCAL_ROOTS and event.trigger.lemma_.lower() in verbs:
            event = replace(event, targets=named)  # "the army and the RSF agreed a ceasefire"
        settled.append(event)
    settled = carried_on(settled, rules)  # "ready to continue talks with X": the talks are going on, both ways
    return settled + together_acts(settled, rules) + joint_met(settled, rules)  # "signed an agreement with Uganda":
    # Uganda's too; "a joint meeting with Abe and Park": Japan and South Korea meet too


def each_other(token) -> bool:
    """"each other", "one another": the doers act on one another."""
    return (token.lower_ == "other" and any(c.lower_ == "each" for c in token.children)
            or token.lower_ == "another" and any(c.lower_ == "one" for c in token.children)
            or token.lower_ == "one" and any(c.lower_ == "another" for c in token.children))


HAPPENING = {"break", "erupt", "flare", "rage", "continue", "resume", "intensify", "escalate", "begin", "start",
             "take", "occur", "end", "collapse", "stall"}


MEETING_OF = {"meeting", "summit", "talk", "consultation"}
HELD = {"hold", "conduct", "underway", "open", "schedule", "plan"}  # "talks held / planned between X and Y"
MADE = {"sign", "reach", "conclude", "strike", "seal", "ink", "forge", "agree"}  # "an accord reached between X and Y"
FIRMS = "BUS"  # a business sector: a deal made between firms is no state's act (``made_between``)


def between_objects(noun) -> list:
    """"clashes between X and Y", or "fighting broke out between X and Y": the parser hangs the
    "between" on the verb the noun is the subject of when that verb only says it happened. A
    meeting's parties may be its of-list ("a meeting of the ministers of Russia, Turkey and Iran")."""
    found = syntax.prep_objects(noun, "between")
    if not found and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in HAPPENING:
        found = syntax.prep_objects(noun.head, "between")
    if not found and (noun.dep_ == "nsubjpass" or reduced(noun)) and noun.head.lemma_.lower() in MADE:
        found = syntax.prep_objects(noun.head, "between")  # "an accord was signed between X and Y"
    if not found:  # "negotiations currently held between Ottawa and Paris": on the noun's participle
        found = [o for verb in syntax.children(noun, "acl") if verb.lemma_.lower() in HAPPENING | HELD | MADE
                 for o in syntax.prep_objects(verb, "between")]
    if not found and noun.lemma_.lower() in MEETING_OF:
        found = syntax.prep_objects(noun, "of")
    return found


def acted_between(parties: list, others) -> bool:
    """One of the found acts ``others`` is between two of the parties' countries."""
    countries = {m.code[:3] for _, m in parties if known(m)}
    return any(known(s) and known(t) and s.code[:3] != t.code[:3] and {s.code[:3], t.code[:3]} <= countries
               for f in others for _, s in f.sources for _, t in f.targets)


def in_noun_phrase(noun) -> bool:
    """The meeting is the setting of another noun ("a mediator in the dialogue between the two states"): a role
    someone may take in it, not the meeting told in its own right; its group is not read as its parties."""
    return noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN")


def grouped(parties: list, groups) -> list:
    """A party no actor names stands for the states its group names ("talks between the two sides", "a meeting
    of foreign ministers of both countries": the group in the of-phrase)."""
    found = []
    for token, mention in parties:
        if known(mention):
            found.append((token, mention))
            continue
        members = groups(token) or [m for o in syntax.prep_objects(token, "of") for m in groups(o)]
        found += [(token, m) for m in members] if members else [(token, mention)]
    return found


def meeting_owners(noun, actor_of, groups) -> list:
    """"their summit meeting": a meeting's plural owner is its parties, the states "their" stands for
    (``groups``), else the doer and the one met of the verb the meeting is the occasion of ("he agreed
    with Gorbachev at their summit meeting", "met Putin during their talks")."""
    owner = next((c for c in syntax.children(noun, "poss") if c.lower_ == "their"), None)
    if owner is None or noun.lemma_.lower() not in MEETINGS:
        return []
    members = groups(owner)
    if members:
        return [(owner, m) for m in members]
    verb = noun.head.head if noun.dep_ == "pobj" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return []
    subject = syntax.subject_of(verb)
    objects = syntax.children(verb, "dobj")
    met = syntax.prep_objects(verb, "with") or [o for d in objects for o in syntax.prep_objects(d, "with")] \
        or objects  # "agreed (the plan) with X", "met X": X
    sides = [named_parties(t, actor_of) for t in ([subject] if subject is not None else []) + met[:1]]
    return [(t, actor_of(t)) for side in sides for t in side] if len(sides) == 2 else []


def told_by(noun):
    """The word whose modality a meeting noun takes: the verb it is the subject of ("talks between the two
    sides are expected next week": intended), else the noun."""
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    return noun


def made_by(noun):
    """The verb that made a settlement between its parties: "an accord *signed* between X and Y", "an accord was
    *reached* between X and Y" (the between-phrase on that verb); else None."""
    verbs = [noun.head] if noun.dep_ == "nsubjpass" or reduced(noun) else []
    verbs += syntax.children(noun, "acl")
    return next((v for v in verbs if v.lemma_.lower() in MADE and syntax.prep_objects(v, "between")), None)


def reduced(noun) -> bool:
    """"A deal concluded between X and Y covers oil": the parser makes the participle the root (past tense, with no
    object of its own), the noun its subject."""
    return noun.dep_ == "nsubj" and noun.head.tag_ in ("VBN", "VBD") \
        and not syntax.children(noun.head, "aux", "auxpass", "dobj")


def to_come(verb) -> bool:
    """"an accord to be signed between X and Y": an infinitive participle, still to be made."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def firms_only(parties) -> bool:
    """Every party a business: a deal made between firms is trade, no state's act."""
    return all((m.code or "")[3:6] == FIRMS for _, m in parties)


def under_way(noun) -> bool:
    """"negotiations currently held between X and Y": a participle of the present says they happen."""
    return any(verb.tag_ == "VBN" and verb.lemma_.lower() in ("hold", "conduct")
               and any(a.lower_ in ("currently", "now", "already") for a in verb.children)
               for verb in syntax.children(noun, "acl"))


@lru_cache(maxsize=1)
def settlement_words() -> dict[str, frozenset[str]]:
    """What makes a settlement still sought (``data/events/settlements_sought.tsv``)."""
    return read_kinded_words(data_path("events", "settlements_sought.tsv"), ("modifier", "seeker"))


def settled(pattern) -> bool:
    """A signed act (an agreement, 057), unlike talks or clashes."""
    return pattern.code.startswith("057")


def pending(noun) -> bool:
    """"a proposed agreement between X and Y", "talks on a deal between X and Y", "hopes for an accord between":
    a settlement still sought is no one's signing (the act that seeks it is coded by its own pattern)."""
    words = settlement_words()
    if any(c.dep_ in ("amod", "compound") and c.lower_ in words["modifier"] for c in noun.children):
        return True
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return head.i != noun.i and head.lemma_.lower() in words["seeker"]


def find_mutual_between(sent, rules: Rules, actor_of, groups=None, others=()) -> list[Found]:
    """"Clashes between Israeli police and Palestinians": a mutual act named by a noun with no
    doer of its own is each party's act on the other (constructions.tsv, mutual_between). ``groups``
    (``groups.py``) gives the states a group names ("a meeting of the ministers of both countries"), unless
    ``others``, the sentence's other acts, has one between them: then the talks are that act's setting ("prompting
    Egypt to demand an explanation, as talks between the three countries ended", as story_talks)."""
    if "mutual_between" not in rules.constructions:
        return []
    _, nouns = rules.constructions["mutual_between"]
    found = []
    for noun in with_lemma(sent, nouns):
        lemma = noun.lemma_.lower()
        pattern = next((p for p in rules.patterns.get(("N", lemma), ()) if p.prep == "between"), None)
        if noun.pos_ != "NOUN" or lemma not in nouns or pattern is not None and settled(pattern) and pending(noun):
            continue
        doer = noun_source(noun, rules) if noun.dep_ in ("dobj", "nsubj", "nsubjpass") \
            or syntax.children(noun, "poss") else None  # not "a team laying the groundwork for talks between"
        if doer is not None and doer.lower_ == "their" and doer.head.i == noun.i:
            doer = None  # "their summit": the meeting's parties, not one doer
        if pattern is None or doer is not None and actor_of(doer) is not None:
            continue  # "Egypt hosted talks between X and Y": Egypt's act, coded by the pattern
        parties = [(t, actor_of(t)) for tok in between_objects(noun) for t in named_parties(tok, actor_of)]
        if groups is not None and not in_noun_phrase(noun):
            named = grouped(parties, groups) or meeting_owners(noun, actor_of, groups)
            parties = parties if named != parties and acted_between(named, others) else named
        parties = tuple(p for p in parties if p[1] is not None and p[1].code)
        if len({m.code for _, m in parties}) < 2 or not any(known(m) for _, m in parties):
            continue  # "the army and the RSF" of one country are two parties; two unknowns are none
        made = made_by(noun) if not syntax.prep_objects(noun, "between") else None
        if made is not None and firms_only(parties):
            continue  # "a deal struck between Ford and Mazda": trade
        modality = "asserted" if under_way(noun) else "intended" if made is not None and to_come(made) \
            else modality_of(made or told_by(noun), pattern.code, rules)  # "preparing
        # for talks between X and Y": intent, 036; "would hurt the talks currently held between X and Y": they are
        # held; "talks between X and Y are expected next week": the verb's
        code = intent_code(pattern.code, modality, rules)
        one, rest = two_sides(parties)
        if rest:  # "talks between banks and Mexico, Chile and Venezuela": the banks with each, not Mexico with Chile
            found += [Found(code, pattern, noun, one, rest, modality),
                      Found(code, pattern, noun, rest, one, modality)]
        else:
            found.append(Found(code, pattern, noun, parties, parties, modality))
    return found


def two_sides(parties: tuple) -> tuple[tuple, tuple]:
    """A between-phrase of one party, "and", then a comma list ("between banks and Mexico, Chile, and
    Venezuela") names two sides, the first party and the list; else ((), ()): every party with the others."""
    if len(parties) < 3:
        return (), ()
    first, second = parties[0][0], parties[1][0]
    doc = first.doc
    joint = [t.lower_ for t in doc[first.i + 1:second.left_edge.i]]
    listed = [t.lower_ for t in doc[second.i + 1:parties[-1][0].left_edge.i]]
    if joint == ["and"] and "," in listed:
        return parties[:1], parties[1:]
    return (), ()

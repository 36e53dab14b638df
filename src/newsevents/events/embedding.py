"""One event per act: an act inside another's clause is its content, and an act with
no target takes one from inside its own clause."""

from __future__ import annotations

from newsevents.events import no_party, syntax
from newsevents.events.answered import answered
from newsevents.events.asides import told_beside, where_clause
from newsevents.events.bound_pronouns import unbound
from newsevents.events.contact_purpose import committed, contacted, purpose_clause
from newsevents.events.context import pair_phrase
from newsevents.events.decisions import decided_by
from newsevents.events.deed_clauses import aimed_at_doer, deed_clause
from newsevents.events.found import MATERIAL_CONFLICT, RECIPROCAL_ROOTS, Found, known, named_parties
from newsevents.events.groups import group_size
from newsevents.events.noun_sources import OCCASION_PREPS, met_there, own_doer, summed_up
from newsevents.events.participles import judged_for
from newsevents.events.placing import BORDERS, PLACE_PREPS, VENUE_ROOTS
from newsevents.events.referred import asks_named
from newsevents.events.syntax import REFLEXIVES
from newsevents.events.told_to import told_party

YIELDING_ROOTS = {"01", "03"}  # a statement or an intent gives way to the act it states
VERBAL_CONFLICT = {"11", "12", "13"}  # disapprove, reject, threaten


def inside(token, ancestor) -> bool:
    return token.i != ancestor.i and any(a.i == ancestor.i for a in token.ancestors)


def own_clause(token, trigger) -> bool:
    """A verb coordinated with the trigger that has a subject of its own: another actor's act,
    not the trigger's content ("China urged restraint, and the EU called for calm"); so is a clause "with"
    gives its own subject ("hit back at the plans, with its coordinator accusing X of ...": thirtieth session)."""
    if token.dep_ == "pcomp" and token.head.lower_ == "with" and token.tag_ == "VBG":
        return bool(syntax.children(token, "nsubj"))
    return token.dep_ == "conj" and token.head.i == trigger.i and token.pos_ == "VERB" \
        and bool(syntax.children(token, "nsubj", "nsubjpass"))


def purpose_of(token, outer: Found) -> bool:
    """"began a hunger strike to protest against X": the infinitive of purpose on the verb
    that carries a nominal act is that act's content."""
    if outer.pattern.pos != "N" or token.dep_ not in ("advcl", "xcomp"):
        return False
    verb = syntax.governing_verb(outer.trigger)
    return verb is not None and token.head.i == verb.i and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def beside(token, ancestor) -> bool:
    """"opened fire, killing one and arresting 12": a participle clause of force tells
    further acts, not the content of the first ("demonstrated, calling for ..." is content)."""
    while token.i != ancestor.i:
        if token.dep_ == "advcl" and token.tag_ == "VBG" or token.dep_ == "conj" and token.pos_ == "VERB":
            return True  # "..., killing one" / "... and arresting 12"
        if token.dep_ == "pcomp" and token.tag_ == "VBG" and token.head.lower_ == "by":
            return True  # "retaliated by expelling 23 diplomats": the means is the act itself
        if token.head.i == token.i:
            return False  # the root: a purpose clause need not hang below the act (it looped forever)
        token = token.head
    return False


def coordinated_act(token, trigger) -> bool:
    """A verb coordinated with the trigger: another act of the same subject."""
    return token.dep_ == "conj" and token.head.i == trigger.i and token.pos_ == "VERB"


def yields(outer: Found, inner: Found) -> bool:
    """A statement or an intent gives way to the act of the same actor it states."""
    return outer.code[:2] in YIELDING_ROOTS and inner.pattern.pos == "V" and outer.pattern.pos != "N" \
        and same_actor(inner, outer)  # not "talks between X and Y aimed at persuading Y not to": the talks stay


DENIAL = "016"


def denied_content(token, denial) -> bool:
    """The token is inside what the denial denies (its object or clause; "denied as baseless reports": shifted.py)."""
    return any(token.i in {t.i for t in part.subtree} for part in denial.children if part.dep_ in ("dobj", "ccomp")
               or part.lower_ == "as" and part.i == getattr(getattr(syntax.object_of(denial), "head", None), "i", -1))


TIME_MARKS = {"as", "after", "while", "when", "since", "because", "though", "although", "whereas"}
# not "if"/"unless" (a condition), "before"/"until"/"once" (often not yet done), nor "so"/"that" (content)


def has_parties(event: Found) -> bool:
    """A known target, or two states acting together ("as the US and Cuba restored relations");
    an act with neither ("as the leaders sought to ease tensions") is left to the first act."""
    return any(known(m) for _, m in event.targets) or len({m.code[:3] for _, m in event.sources if known(m)}) > 1


def adverbial_act(token, trigger) -> bool:
    """The token's act lies in an adverbial clause of time or cause on the way up to the
    trigger ("..., as troops blocked trucks", "after accusing separatists of ..."): an act
    the story tells beside the trigger's, not its content. "When" the parser makes an adverb only on the
    clause's own verb ("*When* Ghana closed its border, ..."; not what it reports: "when X suggested Y would")."""
    act = token
    while token.i != trigger.i and token.head.i != token.i:
        if token.dep_ == "advcl" and any(c.lower_ in TIME_MARKS and (c.dep_ == "mark" or c.dep_ == "advmod"
                                                                     and token.i == act.i and c.i < token.i)
                                         for c in token.children):
            return True
        if token.dep_ == "pcomp" and token.head.dep_ == "prep" and token.head.lower_ in TIME_MARKS:
            return True  # "after accusing ...", "before expelling ..."
        token = token.head
    return False


def coordinated_branch(token, trigger) -> bool:
    """The token lies in a verb coordinated with the trigger, below it ("denied X and *said it
    would retaliate*"): that verb's content, not the trigger's."""
    while token.head.i != trigger.i:
        if token.head.i == token.i:
            return False
        if syntax.misattached_conjunct(token) is not None and syntax.misattached_conjunct(token).i == trigger.i:
            return True  # "demanded that X apologise, and accused Y": the parser's conjunct of the clause
        token = token.head
    return token.i != trigger.i and token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and token.i > trigger.i


def second_conjunct(token, trigger) -> bool:
    """A verb coordinated with the trigger, also when the parser hung it on a bare verb of the trigger's clause
    ("urged Iran to free the sailors and *offered* to ...": offered is urged's conjunct, not free's;
    ``syntax.misattached_conjunct``)."""
    if coordinated_act(token, trigger):
        return True
    governor = syntax.misattached_conjunct(token) if token.dep_ == "conj" and token.pos_ == "VERB" else None
    return governor is not None and governor.i == trigger.i


OFFERING_ROOTS = {"02", "03", "04", "05"}  # appeal, intent, consult, diplomatic cooperation


def offered_to_party(inner: Found, outer: Found, found: list[Found]) -> bool:
    """A second act of the same speaker, in a verb coordinated with an appeal, a meeting or an act of
    cooperation and with no party of its own, is aimed at that act's party: the one urged or met is the one
    offered to ("urged the Gulf states to stay united and *offered* to help them", "urged Iran to free the
    sailors and offered to *host talks*"). Beside the conjunct with a known target (``settle_embedded``), this
    takes a party group ("the Gulf states", placed by the story) and the act an intent in the conjunct offers
    (the intent yields to it); not after force or blame ("condemned X and promised aid" is no aid to X)."""
    if outer.code[:2] not in OFFERING_ROOTS or has_parties(inner) or not same_actor(inner, outer) \
            or not any(known(m) or party_group(t) for t, m in outer.targets):
        return False
    branch = next((t for t in (inner.trigger, *inner.trigger.ancestors) if second_conjunct(t, outer.trigger)), None)
    if branch is None:
        return False
    if branch.i == inner.trigger.i:
        return True
    carrier = next((f for f in found if f.trigger.i == branch.i), None)
    return carrier is not None and yields(carrier, inner)


MEETING_ROOT = "04"  # consult: meet, visit, host, talks


def occasion(inner: Found, outer: Found) -> bool:
    """A meeting or a trip named as the occasion of the outer act, in a phrase on its verb ("*during his
    visit to Britain*, Obama criticised the Kremlin", "*after talks with Putin*, Erdogan signed ..."): it
    took place too, an act beside the outer one, not its content; not an attack or a vote before which
    someone spoke (those nouns have no doer there: noun_sources.CIRCUMSTANCE_PREPS)."""
    token = inner.trigger
    return inner.pattern.pos == "N" and inner.code[:2] == MEETING_ROOT and token.dep_ == "pobj" \
        and token.head.dep_ == "prep" and (token.head.lower_ in OCCASION_PREPS or met_there(token)) \
        and token.head.head.i == outer.trigger.i and has_parties(inner) and any(known(m) for _, m in inner.sources)


def decided_elsewhere(inner: Found, outer: Found) -> bool:
    """The inner act is a decision another party made, named (not "his") by a possessive or a by-phrase
    on the decision noun ("welcomed the decision by India and Pakistan to reopen ...", "protested over
    Canada's decision to close ..."): told as done, the decider's own act, not the reaction's content."""
    decider = decided_by(inner.trigger) if inner.pattern.pos == "V" else None
    return decider is not None and decider.pos_ != "PRON" and not syntax.children(inner.trigger, "neg") \
        and any(known(m) for _, m in inner.sources) and not same_actor(inner, outer)
    # not "defended his decision not to release": his own, and negated


DONE_ROOTS = MATERIAL_CONFLICT | {"06", "07", "08", "14"}  # deeds, not words or intentions
WISHING_ROOTS = {"02", "03", "10", "13"}  # appeals, intents, demands, threats: their content may not be done
NOT_DONE = {"any", "possible", "potential", "future", "planned", "proposed", "further", "threatened", "feared",
            "expected", "would-be", "eventual", "prospective"}


def named_deed(inner: Found, outer: Found) -> bool:
    """The inner act is a deed another party did, named on the noun itself ("Iran's attack on X", "the U.S.
    strike on Y", "the invasion of X by Y"), that the outer act praises, condemns or answers ("in retaliation
    for an Iranian attack on X"): reported as done, so an event of its own, not the outer act's content. Not
    a deed that may yet come ("opposed any attack on Iran", "urged a U.S. strike on Y")."""
    noun = inner.trigger
    if inner.pattern.pos != "N" or inner.code[:2] not in DONE_ROOTS or outer.code[:2] in WISHING_ROOTS:
        return False
    if any(c.lower_ in NOT_DONE or c.dep_ == "neg" for c in noun.children) or same_actor(inner, outer):
        return False
    return own_doer(noun) is not None and any(known(m) for _, m in inner.sources) \
        and any(known(m) for _, m in inner.targets)


def same_actor(one: Found, other: Found) -> bool:
    """Both acts have a source of the same country."""
    countries = {m.code[:3] for _, m in other.sources if m is not None and m.code}
    return any(m is not None and m.code and m.code[:3] in countries for _, m in one.sources)


GROUNDS = ("labelled_what", "alleged_ground")  # a reprisal's ground as its doer judges it (events/alleged.py)


def settle_embedded(found: list[Found], actor_of) -> list[Found]:
    """One event per act: an event inside another's clause ("threatened to cut off aid to X",
    "demanded the withdrawal of X") is the content of that act. An expressed intent
    ("offered to hand over") yields to what is intended (coded 03x by its modality);
    otherwise the outer act stays and takes its target from inside when it has none."""
    found = [unbound(event) for event in found]  # "met his counterpart and thanked him": not himself
    dropped: set[int] = set()
    shared: dict[int, tuple] = {}  # a coordinated act with no party of its own: the first act's
    aimed: dict[int, Found] = {}  # an act at a deed told in a relative clause on its object (deed_clauses)
    for outer in found:
        for inner in found:
            if inner is outer or id(inner) in dropped:
                continue
            if not inside(inner.trigger, outer.trigger) and not purpose_of(inner.trigger, outer):
                continue
            if own_clause(inner.trigger, outer.trigger):
                continue  # "China urged restraint, and the EU called for calm": two actors, two acts
            if inner.pattern.pos == "C" and inner.pattern.lemma in GROUNDS and has_parties(inner):
                continue  # "expelled two diplomats over what it called Britain's hostile acts", "bombed X in
                # retaliation for Y's alleged attack": its own judgement
            if (inner.code[:2] in MATERIAL_CONFLICT or inner.code[:2] in VERBAL_CONFLICT
                    and outer.code[:2] in MATERIAL_CONFLICT) and beside(inner.trigger, outer.trigger):
                continue  # "cut ties with X, accusing it of ...": a second act, not the first one's content
            if coordinated_act(inner.trigger, outer.trigger) and inner.targets:
                continue  # "welcomed the ceasefire and urged the two sides to ...": two acts, each with its party
            if adverbial_act(inner.trigger, outer.trigger) and has_parties(inner):
                continue  # "broke relations, as troops blocked trucks", "shelled X after accusing Y": its own act
            if coordinated_branch(inner.trigger, outer.trigger):  # the second verb's own act, beside the first:
                if coordinated_act(inner.trigger, outer.trigger) and not has_parties(inner) \
                        and any(known(m) for _, m in outer.targets) and same_actor(inner, outer):
                    shared[id(inner)] = outer.targets  # "reopened its embassy in Managua and promised vaccines"
                elif offered_to_party(inner, outer, found):
                    shared[id(inner)] = outer.targets  # "urged Iran to free the sailors and offered to host talks"
                elif not any(known(m) for _, m in inner.targets) and not yields(outer, inner):
                    dropped.add(id(inner))  # (with no party of its own, still read as the first act's content)
                continue  # "denied any involvement and said it would retaliate", "... and accused X of"
            if where_clause(inner, outer.trigger) or told_beside(inner, outer.trigger) \
                    and (has_parties(inner) or inner_target(inner, actor_of) is not None):
                continue  # "made a visit to Iraq, where he met Iraqi leaders": what happened there, its own act;
                # "protested to Uganda, which expelled ...", "Having accused X, Y expelled": own acts (asides.py)
            if occasion(inner, outer) or summed_up(inner.trigger) and has_parties(inner):
                continue  # "during his visit to Britain, Obama criticised X", "..., the first visit by X to Y":
                # the visit happened too
            if (purpose_clause(inner.trigger, outer.trigger) or outer.code[:2] == "04" and committed(inner, outer)) \
                    and any(known(m) for _, m in outer.targets):
                continue  # "would travel to Ankara to press for a ceasefire": the trip is an act of its own
            if any(inside(inner.trigger, s) or inner.trigger.i == s.i for s, _ in outer.sources):
                continue
            if deed_clause(inner, outer):
                aimed[id(outer)] = inner  # "denounced the attack that Peru launched on X": Peru's deed, at Peru
                continue
            if named_deed(inner, outer):
                continue  # "condemned Iran's attack on a Kuwaiti tanker": the attack happened, Iran's own act
            if judged_for(inner.trigger, outer.trigger) and has_parties(inner) and not same_actor(inner, outer):
                continue  # "lashed out at Turkey for having shot down a bomber": Turkey's own deed, judged
            if decided_elsewhere(inner, outer):
                continue  # "France protested over Canada's decision to close its ports to French vessels": Canada's act
            if inner.pattern.lemma == "charges" and inner.pattern.pos == "C" \
                    or inner.pattern.pos == "N" and answered(inner.trigger) and not same_actor(inner, outer):
                continue  # "rejected U.S. charges that Japan had ...", "dismissed criticism from Tokyo": the
                # charge is the other party's own act
            if outer.code == DENIAL and denied_content(inner.trigger, outer.trigger):
                dropped.add(id(inner))  # "denied reports that it intended to threaten shipping": the denial
                continue  # stays, and what it denies is no act
            if yields(outer, inner):
                dropped.add(id(outer))  # "X offered to hand over": what X intends; "issued a statement demanding"
            else:
                dropped.add(id(inner))
    kept = []
    for event in found:
        if id(event) in dropped:
            continue
        event = aimed_at_doer(event, aimed[id(event)]) if id(event) in aimed else event
        if id(event) in shared and not any(known(m) for _, m in event.targets):
            event = Found(event.code, event.pattern, event.trigger, event.sources, shared[id(event)], event.modality)
        if not any(known(m) for _, m in event.targets) and not any(party_group(t) for t, _ in event.targets):
            countries = {m.code[:3] for _, m in event.sources if known(m)}
            mutual = len(countries) > 1 and event.code[:2] in RECIPROCAL_ROOTS  # they act on each other
            target = None if mutual or asks_named(event) else inner_target(event, actor_of)  # not: the one asked
            if target is None and event.code.startswith("13"):
                target = condition_subject(event.trigger, actor_of)
            if target is None and contacted(event, found):  # "met British officials to press the case": on them
                kept.append(Found(event.code, event.pattern, event.trigger, event.sources, contacted(event, found),
                                  event.modality))
                continue
            if target is None and told_party(event, actor_of):  # "told Uganda it would help": on Uganda
                kept.append(Found(event.code, event.pattern, event.trigger, event.sources, told_party(event, actor_of),
                                  event.modality))
                continue
            if target is not None:
                event = Found(event.code, event.pattern, event.trigger, event.sources,
                              tuple((t, actor_of(t)) for t in named_parties(target, actor_of)), event.modality)
        kept.append(event)
    return kept


def condition_subject(trigger, actor_of):
    """"threatened to stop talks if the United States goes ahead": who the condition names."""
    for token in [trigger, *trigger.children]:
        for child in token.children:
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in child.children):
                for subject in child.children:
                    if subject.dep_ in ("nsubj", "nsubjpass") and known(actor_of(subject)):
                        return subject
    return None


ARGUMENT_DEPS = {"dobj", "pobj", "dative", "nsubj", "nsubjpass", "attr", "conj", "appos"}
CLAUSE_DEPS = {"xcomp", "ccomp", "advcl", "prep", "dobj", "pobj", "acl", "conj", "dative", "nsubj", "nsubjpass",
               "agent", "compound", "amod", "poss", "nmod"}


INTENT_ROOT = "03"
REASON_PREPS = {"over"}


def inner_target(event: Found, actor_of, *, depth: int = 5, by_sector: bool = True):
    """The nearest known actor in an argument position inside the event's own clause."""
    source_tokens = {s.i for s, _ in event.sources}
    source_codes = {m.code for _, m in event.sources if m is not None and m.code}
    frontier = [event.trigger]
    fallback = None  # "to disperse fundamentalist demonstrators": placed later, if nothing better
    if syntax.shared_passive(event.trigger):  # "were detained and expelled by Turkey": the subject undergoes it
        patient = next(iter(syntax.patients(event.trigger)), None)
        if patient is not None and known(actor_of(patient)) and actor_of(patient).code not in source_codes:
            return patient
    later: list = []  # reasons below the trigger, read when nothing else is left
    for _ in range(depth):
        following = []
        for token in frontier:
            for child in token.children:
                if child.dep_ not in CLAUSE_DEPS or child.i in source_tokens or child.dep_ == "advcl" \
                        and not any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                    continue  # of adverbial clauses, only the purpose: "opened fire to disperse X"
                if child.dep_ == "prep" and child.lower_ in REASON_PREPS and token.i != event.trigger.i:
                    later.append(child)  # "threatened to slap sanctions on X over the detention of Y": X, the
                    continue  # party of the content, before Y, its reason
                if child.dep_ == "prep" and child.lower_ in PLACE_PREPS and (
                        token.i == event.trigger.i or event.pattern.code[:2] in VENUE_ROOTS):
                    continue  # "signed in Nairobi": where, not with whom (placing.place_of reads it)
                if child.dep_ == "prep" and child.lower_ == "as" and token.i == event.trigger.i \
                        and any(o.i < child.i for o in syntax.children(token, "dobj")):
                    continue  # "condemned the strikes as a violation of Yemen's sovereignty": a label, no party
                if child.dep_ == "prep" and child.lower_ in no_party.NO_PARTY_PREPS:
                    continue  # "shot two villagers, according to officials in Nigeria": who says so; "despite X"
                if child.dep_ == "prep" and child.lower_ == "from" and event.code[:2] in MATERIAL_CONFLICT:
                    continue  # "fired rockets from Gaza": where the force comes from (placing.origin_of)
                if coordinated_act(child, event.trigger):
                    continue  # "welcomed the truce and urged Syria": Syria is the second act's
                if child.dep_ == "conj" and syntax.children(child, "nsubj", "nsubjpass"):
                    continue  # "appealed to soldiers to let ..., and 60 members deserted to Colombia": their act
                if child.lemma_.lower() in BORDERS:  # "on the Thai border": either side; "the border with India"
                    following.extend(syntax.children(child, "prep"))
                    continue
                if child.dep_ == "poss" and token.lemma_.lower() in no_party.RELATION_NOUNS:
                    continue  # "promised to use torture against America's enemies": not America
                if namer(child):
                    continue  # "struck what New Delhi called a camp inside Pakistan": New Delhi only names it
                if event.pattern.code[:2] == INTENT_ROOT and child.dep_ in ("nsubj", "nsubjpass") \
                        and token.dep_ == "ccomp" and token.head.i == event.trigger.i < token.i \
                        and not any(m.dep_ == "mark" and m.lower_ != "that" for m in token.children):
                    continue  # "had promised Mexico was paying for the wall": who pays, not to whom it was promised
                mention = actor_of(child) if child.dep_ in ARGUMENT_DEPS | {"amod", "poss", "compound"} else None
                if known(mention) and mention.code not in source_codes:  # not the actor itself ("its troops")
                    return child
                if mention is not None and any(mention is m for _, m in event.sources):
                    continue  # "Thousands of workers protested": the workers are not their own target
                if by_sector and fallback is None and child.dep_ in ARGUMENT_DEPS and child.lower_ not in REFLEXIVES \
                        and mention is not None and (mention.code or "").startswith("---") and len(mention.code) > 3 \
                        and not own_object(child, event):  # "express opposition to X": the act's word, no party
                    fallback = child
                following.append(child)
        frontier = following
        if not frontier:
            frontier, later = later, []
    return fallback


def own_object(token, event: Found) -> bool:
    """The object word the event's pattern is written with ("express *opposition* to any quota expansion",
    "voice *opposition*"): it names the act, not a party to it, though the actors read "opposition" as a sector
    (acts of words only: roots 01-06 and 09-13)."""
    return bool(event.pattern.object) and token.i != event.trigger.i and token.head.i == event.trigger.i \
        and token.lemma_.lower() == event.pattern.object and event.pattern.code[:2] in WORDS_ROOTS


WORDS_ROOTS = {"01", "02", "03", "04", "05", "06", "09", "10", "11", "12", "13"}  # not "pulled its troops out": the
# doer's own forces, which the story's counterpart places (context.py)


def namer(token) -> bool:
    """The subject of a free relative that names the object ("what X called a camp",
    "what X described as a convoy"): who says what the thing is, not a party to the act."""
    return token.dep_ == "nsubj" and any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubj", "attr")
                                         for c in token.head.children if c.i < token.i)


def party_group(token) -> bool:
    """"the parties", "both sides", "the three countries": the story context names them
    (``context.pair_phrase``, ``groups``), not a word inside the act's clause ("called on the
    parties to resolve *their* differences")."""
    return pair_phrase(token) or group_size(token) is not None

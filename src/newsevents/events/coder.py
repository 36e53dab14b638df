"""The event coder: pattern heads in the parse -> (source, code, target) with evidence.

For each sentence, a verb or noun whose lemma heads a pattern is checked against the
pattern's particle, object and preposition; the source is its subject (or the
by-phrase of a passive, or the subject of the verb a nominal event hangs on), the
targets are its object or the objects of the pattern's preposition, with their
conjuncts ("between the US and North Korea" is two targets).
"""

from __future__ import annotations

from dataclasses import dataclass

from newsevents.events import syntax
from newsevents.events.modality import intent_code, modality_of, refusal_code, refused_by, ultimatum
from newsevents.events.patterns import Pattern, Rules
from newsevents.events.placing import BORDERS, PLACE_PREPS, place_of
from newsevents.model import Mention

RECIPROCAL_ROOTS = {"03", "04", "05", "06"}
NO_DEFAULT_ROOTS = {"01"}  # a statement verb with another object is just talk
ROOT_DEFAULT = "root default"
FORCE_ROOTS = {"18", "19", "20"}
MATERIAL_CONFLICT = {"15", "16", "17", "18", "19", "20"}
COUNTERPART_ROOTS = {"04"}
AT_HOME_NOUNS = {"14"}  # "continued their hunger strike": a protest needs no named target
STAGING_VERBS = {"stage", "hold", "begin", "start", "continue", "launch", "call", "organize", "organise", "lead",
                 "join", "go"}


@dataclass(frozen=True)
class Found:
    """An event found in one sentence, before ids and document-level merging."""

    code: str
    pattern: Pattern
    trigger: object  # spaCy Token
    sources: tuple[tuple[object, Mention | None], ...]
    targets: tuple[tuple[object, Mention | None], ...]
    modality: str


def object_is(obj, lemma: str, *, depth: int = 1) -> bool:
    """The object is ``lemma``, or names it as a modifier or measure ("aid deliveries",
    "25,000 tons of food aid", "part of a military aid program")."""
    if obj.lemma_.lower() == lemma:
        return True
    if depth and any(object_is(c, lemma, depth=0) for c in obj.conjuncts):
        return True  # "launched artillery, mortar and rocket fire"
    for child in obj.children:
        if child.dep_ in ("compound", "amod") and child.lemma_.lower() == lemma:
            return True
        if child.dep_ == "prep" and child.lower_ == "of" and depth:
            if any(o.dep_ == "pobj" and object_is(o, lemma, depth=depth - 1) for o in child.children):
                return True
    return False


def pattern_matches(token, pattern: Pattern, *, strict: bool = True) -> bool:
    if pattern.particle and not any(c.dep_ == "prt" and c.lower_ == pattern.particle for c in token.children):
        return False
    if pattern.object:
        obj = syntax.object_of(token)
        if obj is None or not object_is(obj, pattern.object):
            return False
    if pattern.prep and not prep_target(token, pattern):
        # without its preposition a frame still holds when nothing else fills the verb's
        # object slot ("demonstrated in Kirkuk"), not when something does ("what he called a fantasy")
        if strict or (not pattern.object and syntax.children(token, "dobj", "oprd", "ccomp")):
            return False
    return True


def prep_target(token, pattern: Pattern) -> list:
    """The objects of the pattern's own preposition, on the head or on its object."""
    found = syntax.prep_objects(token, pattern.prep)
    if not found and pattern.object:
        obj = syntax.object_of(token)
        for part in [obj, *obj.conjuncts] if obj is not None else []:
            found = found or syntax.prep_objects(part, pattern.prep)
    return found


def target_tokens(token, pattern: Pattern) -> list:
    """Where the pattern says the target is: a preposition's object, else the direct object."""
    if pattern.prep:
        found = prep_target(token, pattern)
        if found or pattern.pos != "N":
            return found
    if pattern.pos == "N":
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("on", "against", "with", "to", "of", "between", "in"):
                objects = [o for o in syntax.children(child, "pobj") if o.ent_type_ not in syntax.TIMES]
                if objects:
                    return objects
        clauses = syntax.children(token, "acl", "ccomp", "relcl")
        if token.dep_ == "dobj":
            clauses += syntax.children(token.head, "ccomp")  # the parser hangs the clause on the verb
        for clause in clauses:
            if any(m.lower_ == "that" and m.dep_ == "mark" for m in clause.children):
                return syntax.children(clause, "nsubj", "nsubjpass")  # "its demand that Israel ease ..."
        return []
    if pattern.object:
        return []
    obj = syntax.object_of(token)
    if obj is not None:
        return [obj]
    return syntax.children(token, "dative")


def lemma_candidates(token) -> list[str]:
    """A compound's hyphenated form ("hunger strike" -> "hunger-strike"), the parser's lemma,
    then guesses for when it errs ("staged" -> "stag")."""
    lemma, word = token.lemma_.lower(), token.lower_
    guesses = [f"{c.lemma_.lower()}-{lemma}" for c in token.children
               if c.dep_ == "compound" and c.i == token.i - 1]  # "hunger strike" as written "hunger-strike"
    if token.i >= 2 and token.nbor(-1).text == "-":
        guesses.append(f"{token.nbor(-2).lower_}-{lemma}")  # "test-fired" split as test - fired
    guesses.append(lemma)
    if token.tag_ in ("VBD", "VBN") and word.endswith("ed"):
        guesses += [word[:-1], word[:-2]]
    elif token.tag_ == "VBG" and word.endswith("ing"):
        guesses += [word[:-3] + "e", word[:-3]]
    elif token.tag_ == "VBZ" and word.endswith("s"):
        guesses += [word[:-1]]
    return guesses


def match_pattern(token, rules: Rules) -> Pattern | None:
    """The most specific pattern the token's frame satisfies; a pattern whose target
    preposition is absent still matches when nothing else does ("demonstrated in Kirkuk")."""
    pos = "V" if token.pos_ in ("VERB", "AUX") else "N" if token.pos_ in ("NOUN", "PROPN") else ""
    candidates = next((rules.patterns[(pos, lemma)] for lemma in lemma_candidates(token)
                       if (pos, lemma) in rules.patterns), ())
    for strict in (True, False):
        for pattern in candidates:
            if pattern_matches(token, pattern, strict=strict):
                return pattern
    return root_default(candidates, token)


def root_default(candidates, token) -> Pattern | None:
    """A verb whose every pattern lies in one CAMEO root means that root whatever its
    object ("provide photographs to X" is still providing aid: 070)."""
    plain = [p for p in candidates if not p.particle]
    if not plain or plain[0].pos != "V" or not syntax.children(token, "dobj"):
        return None
    roots = {p.code[:2] for p in plain}
    if len(roots) != 1 or roots & NO_DEFAULT_ROOTS:
        return None
    preps = {p.prep for p in plain}
    return Pattern(roots.pop() + "0", "V", plain[0].lemma, prep=preps.pop() if len(preps) == 1 else "",
                   origin=ROOT_DEFAULT)


def discarded(token, rules: Rules) -> bool:
    """The trigger sits inside an idiom listed in discards.tsv ("heart attack")."""
    sent = token.sent
    lemmas = [t.lemma_.lower() for t in sent]
    position = token.i - sent.start
    for phrase in rules.discards:
        n = len(phrase)
        for start in range(max(0, position - n + 1), min(position + 1, len(lemmas) - n + 1)):
            if tuple(lemmas[start:start + n]) == phrase:
                return True
    return False


def known(mention: Mention | None) -> bool:
    """An actor whose country (or organisation) is known."""
    return mention is not None and bool(mention.code) and not mention.code.startswith("---")


def find_in_sentence(sent, rules: Rules, actor_of) -> list[Found]:
    """Events in one sentence. ``actor_of(token)`` gives the Mention naming a token's actor."""
    found: list[Found] = []
    for token in sent:
        pattern = match_pattern(token, rules)
        if pattern is None or discarded(token, rules):
            continue
        source = syntax.subject_of(token) if pattern.pos == "V" else syntax.noun_source(token)
        sources = tuple((t, actor_of(t) or device(t, pattern, rules)) for t in named_parties(source, actor_of))
        targets = tuple((t, actor_of(t)) for tok in target_tokens(token, pattern)
                        for t in named_parties(tok, actor_of) if t.lower_ not in REFLEXIVES)
        if not any(m is not None and m.code for _, m in sources):
            continue
        if (pattern.pos == "N" and not held_at_home(token, pattern) or pattern.origin == ROOT_DEFAULT) \
                and not any(known(m) for _, m in targets):
            continue  # nominal and generic events need a known target to be worth a row
        if pattern.code[:2] in FORCE_ROOTS and targets and not any(m is not None for _, m in targets) \
                and place_of(token, actor_of) is None:
            continue  # "he attacked the plans": words, not force; "retook a village in Cambodia" is
        if pattern.code[:2] in COUNTERPART_ROOTS and not any(m is not None for _, m in targets) \
                and len([m for _, m in sources if m is not None]) < 2:
            continue  # "he was speaking": a consultation needs a counterpart
        modality = modality_of(token, pattern.code, rules)
        code = intent_code(deployment_code(joint_code(pattern, token, sources, rules), source, rules), modality, rules)
        if refused_by(token, rules) is not None and not pattern.code.startswith("12"):
            code, modality = refusal_code(pattern.code, rules), "asserted"
        elif modality == "conditional" and ultimatum(token) and not code.startswith("13"):
            code = "130"
        found.append(Found(code, pattern, token, sources, targets, modality))
    found = settle_embedded(found + find_obligations(sent, rules, actor_of), actor_of)
    return found + find_phrases(sent, rules, actor_of, found)


def joint_code(pattern: Pattern, token, sources, rules: Rules) -> str:
    """"France and Egypt launched war games": a show of force by two or more states
    together, aimed at no one, is military cooperation (constructions.tsv, joint)."""
    if "joint" not in rules.constructions or pattern.code[:2] != "15" or pattern.prep:
        return pattern.code
    code, cues = rules.constructions["joint"]
    countries = {m.code[:3] for _, m in sources if known(m)}
    obj = syntax.object_of(token) if pattern.pos == "V" else token
    if len(countries) > 1 and obj is not None and any(object_is(obj, cue) for cue in cues):
        return code
    return pattern.code


def deployment_code(code: str, subject, rules: Rules) -> str:
    """"NATO peacekeeping troops arrived in Bosnia": peacekeepers' visit is peacekeeping
    (constructions.tsv, deployment)."""
    if "deployment" not in rules.constructions or code not in ("042", "043") or subject is None:
        return code
    new_code, cues = rules.constructions["deployment"]
    return new_code if any(t.lower_ in cues for t in subject.subtree) else code


REFLEXIVES = syntax.REFLEXIVES


def device(token, pattern: Pattern, rules: Rules) -> Mention | None:
    """A weapon or blast as the subject of an attack ("a roadside bomb killed ..."): an
    actor of unknown country, placed later where the attack happened."""
    if pattern.code[:2] not in FORCE_ROOTS or token.lemma_.lower() not in rules.devices:
        return None
    return Mention(text=token.text, start=token.idx, end=token.idx + len(token.text), code="---", kind="device")


def named_parties(token, actor_of) -> list:
    """The token and its conjuncts; a measure whose actors are inside its of-phrase, and
    a noun with coordinated demonyms, stand for each of them ("scores of Sierra Leonean
    and Liberian refugees", "French and Egyptian warships")."""
    found = []
    for part in syntax.with_conjuncts(token):
        if part.dep_ == "appos" and part.head.i == token.i and known(actor_of(token)) \
                and actor_of(part) is not None and actor_of(part).code != actor_of(token).code:
            continue  # "Liberia, the World Food Program said": a misparse, not another name
        inner = [o for p in syntax.children(part, "prep") if p.lower_ == "of" for o in syntax.children(p, "pobj")]
        if inner and actor_of(part) is not None and actor_of(part) is actor_of(inner[0]):
            parts = syntax.with_conjuncts(inner[0])
        else:
            parts = [part]
        for noun in parts:
            coordinated = [c for c in syntax.children(noun, "amod", "compound", "nmod")
                           if c.conjuncts and actor_of(c) is not None]
            if coordinated:
                found.extend([coordinated[0], *(c for c in coordinated[0].conjuncts if actor_of(c) is not None)])
            else:
                found.append(noun)
    return found


def held_at_home(noun, pattern: Pattern) -> bool:
    """A protest named by a noun needs no target when its protesters hold it: "their
    hunger strike", "staged a sit-in" (not "police prevented the demonstration")."""
    if pattern.code[:2] not in AT_HOME_NOUNS or noun.ent_type_ in syntax.TIMES:
        return False
    if syntax.children(noun, "poss"):
        return True
    verb = syntax.governing_verb(noun)
    return verb is not None and verb.lemma_.lower() in STAGING_VERBS


def find_obligations(sent, rules: Rules, actor_of) -> list[Found]:
    """"X said Y must ...": X demands something of Y (constructions.tsv, obligation)."""
    if "obligation" not in rules.constructions:
        return []
    code, cues = rules.constructions["obligation"]
    found = []
    for token in sent:
        if token.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ in cues for c in token.children):
            continue
        reporter_token = syntax.subject_of(token.head)
        target = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if reporter_token is None or target is None:
            continue
        source_mention, target_mention = actor_of(reporter_token), actor_of(target)
        if source_mention is None or not source_mention.code or not known(target_mention):
            continue
        sources = tuple((t, actor_of(t)) for t in syntax.with_conjuncts(reporter_token))
        targets = tuple((t, actor_of(t)) for t in named_parties(target, actor_of))
        found.append(Found(code, Pattern(code, "C", "obligation"), token.head, sources, targets, "asserted"))
    return found


def inside(token, ancestor) -> bool:
    return token.i != ancestor.i and any(a.i == ancestor.i for a in token.ancestors)


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
        token = token.head
    return False


def same_actor(one: Found, other: Found) -> bool:
    """Both acts have a source of the same country."""
    countries = {m.code[:3] for _, m in other.sources if m is not None and m.code}
    return any(m is not None and m.code and m.code[:3] in countries for _, m in one.sources)


def settle_embedded(found: list[Found], actor_of) -> list[Found]:
    """One event per act: an event inside another's clause ("threatened to cut off aid to X",
    "demanded the withdrawal of X") is the content of that act. An expressed intent
    ("offered to hand over") yields to what is intended (coded 03x by its modality);
    otherwise the outer act stays and takes its target from inside when it has none."""
    dropped: set[int] = set()
    for outer in found:
        for inner in found:
            if inner is outer or id(inner) in dropped:
                continue
            if not inside(inner.trigger, outer.trigger) and not purpose_of(inner.trigger, outer):
                continue
            if inner.code[:2] in MATERIAL_CONFLICT and beside(inner.trigger, outer.trigger):
                continue
            if any(inside(inner.trigger, s) or inner.trigger.i == s.i for s, _ in outer.sources):
                continue
            if outer.code.startswith("03") and inner.pattern.pos == "V" and same_actor(inner, outer):
                dropped.add(id(outer))  # "X offered to hand over": what X intends
            else:
                dropped.add(id(inner))
    kept = []
    for event in found:
        if id(event) in dropped:
            continue
        if not any(known(m) for _, m in event.targets):
            countries = {m.code[:3] for _, m in event.sources if known(m)}
            mutual = len(countries) > 1 and event.code[:2] in RECIPROCAL_ROOTS  # they act on each other
            target = inner_target(event, actor_of, by_sector=not mutual)
            if target is None and event.code.startswith("13"):
                target = condition_subject(event.trigger, actor_of)
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


def inner_target(event: Found, actor_of, *, depth: int = 5, by_sector: bool = True):
    """The nearest known actor in an argument position inside the event's own clause."""
    source_tokens = {s.i for s, _ in event.sources}
    source_codes = {m.code for _, m in event.sources if m is not None and m.code}
    frontier = [event.trigger]
    fallback = None  # "to disperse fundamentalist demonstrators": placed later, if nothing better
    for _ in range(depth):
        following = []
        for token in frontier:
            for child in token.children:
                if child.dep_ not in CLAUSE_DEPS or child.i in source_tokens or child.dep_ == "advcl" \
                        and not any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                    continue  # of adverbial clauses, only the purpose: "opened fire to disperse X"
                if child.dep_ == "prep" and child.lower_ in PLACE_PREPS and token.i == event.trigger.i:
                    continue  # "signed in Nairobi": where, not with whom (placing.place_of reads it)
                if child.lemma_.lower() in BORDERS:
                    continue  # "a stronghold on the Thai border": either side of it
                mention = actor_of(child) if child.dep_ in ARGUMENT_DEPS | {"amod", "poss", "compound"} else None
                if known(mention) and mention.code not in source_codes:  # not the actor itself ("its troops")
                    return child
                if by_sector and fallback is None and child.dep_ in ARGUMENT_DEPS and child.lower_ not in REFLEXIVES \
                        and mention is not None and (mention.code or "").startswith("---") and len(mention.code) > 3:
                    fallback = child
                following.append(child)
        frontier = following
    return fallback


def phrase_positions(lemmas: list[str], phrase: tuple[str, ...], *, gap: int = 2) -> list[int]:
    """End positions where ``phrase`` occurs in order with at most ``gap`` words between."""
    ends = []
    for start, lemma in enumerate(lemmas):
        if lemma != phrase[0]:
            continue
        position = start
        for word in phrase[1:]:
            window = lemmas[position + 1:position + 2 + gap]
            if word not in window:
                break
            position += 1 + window.index(word)
        else:
            ends.append(position)
    return ends


def reporter(token, actor_of):
    """Who says the clause ``token`` is in: "according to X", else the nearest governing
    verb's subject that names an actor."""
    for ancestor in [token, *token.ancestors]:
        for child in ancestor.children:
            if child.dep_ == "prep" and child.lower_ == "according":
                for to in child.children:
                    for obj in syntax.children(to, "pobj"):
                        if known(actor_of(obj)):
                            return obj
        if ancestor.pos_ in ("VERB", "AUX"):
            subject = syntax.subject_of(ancestor)
            if subject is not None and known(actor_of(subject)):
                return subject
    return None


def find_phrases(sent, rules: Rules, actor_of, found: list[Found]) -> list[Found]:
    """Fixed expressions ("all options are on the table"), said by someone."""
    lemmas = [t.lemma_.lower() for t in sent]
    events: list[Found] = []
    for code, phrase in rules.phrases:
        for end in phrase_positions(lemmas, phrase):
            trigger = sent[end]
            speaker = reporter(trigger, actor_of)
            if speaker is None:
                continue
            mention = actor_of(speaker)
            country = mention.code[:3]
            targets = tuple(t for f in found for t in f.targets if known(t[1])
                            and any(known(m) and m.code[:3] == country for _, m in f.sources))
            modality = modality_of(trigger, code, rules)
            events.append(Found(code, Pattern(code, "P", " ".join(phrase)), trigger,
                                ((speaker, mention),), targets[:1], modality))
    return events


def dyads(found: Found) -> list[tuple[tuple[object, Mention | None], tuple[object, Mention | None] | None]]:
    """Source-target pairs; a compound source of a reciprocal act with no target acts on itself
    ("The United States and Jordan agreed": USA->JOR and JOR->USA)."""
    sources = [s for s in found.sources if s[1] is not None and s[1].code]
    if found.targets:
        return [(s, t) for s in sources for t in found.targets if t[1] is None or s[1] is None
                or t[1].code != s[1].code]
    if len(sources) > 1 and found.code[:2] in RECIPROCAL_ROOTS:
        return [(s, t) for s in sources for t in sources if s is not t]
    return [(s, None) for s in sources]

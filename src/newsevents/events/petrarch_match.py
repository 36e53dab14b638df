"""PETRARCH verb patterns matched over our dependency parse.

A verb of the dictionary is found by its lemma (or an irregular form the block lists);
a multi-word verb ("cordon off") needs its other words beside it. The block's patterns
are matched as TABARI matched them, as words in order: the words after ``*`` among the
verb's own phrase (its dependency subtree) after the verb, the words before ``*`` among the
sentence's words before it. ``_`` wants adjacent words; ``{}`` and ``()`` are words in
order. The pattern that pins down most words wins; one coded ``---`` codes nothing.
Without a pattern the verb's own code holds. ``$``, ``+`` and ``%`` take the actor named
at their place; otherwise the source is the verb's subject (the by-phrase of a passive)
and the target its object, else the first actor after the verb (see docs/petrarch.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from newsevents.events import syntax
from newsevents.events.found import Found, named_parties
from newsevents.events.patterns import Pattern
from newsevents.events.petrarch_verbs import NULL, Element, Verb, VerbDictionary, VerbPattern

STATEMENT_ROOT = "01"  # said, stated: our quotes stage reads speech
COMPLEMENTS = ("xcomp", "ccomp", "advcl", "acomp")
NOUNS = ("NOUN", "PROPN", "PRON")
CIRCUMSTANCES = ("pcomp", "prep", "acl")  # "after leaving X", "according to", "a report sent to X": not acts
VERB_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")


@dataclass
class Slots:
    """Actor tokens a pattern's ``$``, ``+`` and ``%`` took."""

    source: list
    target: list
    compound: list


def words_of(token) -> tuple[str, str]:
    return token.lower_, token.lemma_.lower()


def find_verb(token, book: VerbDictionary) -> Verb | None:
    """The dictionary verb the token is, multi-word verbs first ("cordon off" before "cordon")."""
    if token.tag_ not in VERB_TAGS and token.pos_ != "VERB":
        return None
    candidates: list[Verb] = []
    for key in (token.lower_, book.forms.get(token.lower_, ""), token.lemma_.lower()):  # "left" before "leave"
        candidates += book.verbs.get(key, [])
    sent = token.sent
    best, best_size = None, -1
    for verb in candidates:
        if not phrase_around(token, verb, sent):
            continue
        size = len(verb.before) + len(verb.after)
        if size > best_size:
            best, best_size = verb, size
    return best


def phrase_around(token, verb: Verb, sent) -> bool:
    """The verb's other words stand right beside it (a particle may come after the object)."""
    doc = token.doc
    for offset, word in enumerate(reversed(verb.before), start=1):
        i = token.i - offset
        if i < sent.start or word not in words_of(doc[i]):
            return False
    if verb.after:
        following = [t for t in doc[token.i + 1:min(sent.end, token.i + 5)]]
        particles = [c for c in token.children if c.dep_ in ("prt", "prep", "advmod")]
        if [w for w in verb.after] != [t.lower_ for t in following[:len(verb.after)]] \
                and not (len(verb.after) == 1 and any(p.lower_ == verb.after[0] for p in particles)):
            return False
    return True


def after_tokens(token, verb: Verb) -> list:
    """The verb's phrase after it: its subtree, past the verb's own extra words."""
    skip = {t.i for t in token.doc[token.i + 1:token.i + 1 + len(verb.after)]} if verb.after else set()
    return [t for t in token.subtree if t.i > token.i and t.i not in skip and not t.is_punct]


def before_tokens(token, verb: Verb) -> list:
    start = token.i - len(verb.before)
    return [t for t in token.sent if t.i < start and not t.is_punct]


def match_elements(elements: tuple[Element, ...], tokens: list, actor_of, *, anchored_end: bool = False):
    """Slots when the elements match the tokens in order, else None."""
    slots = Slots([], [], [])
    if step(elements, 0, tokens, 0, actor_of, slots, anchored_end):
        return slots
    return None


def step(elements, e: int, tokens, p: int, actor_of, slots: Slots, anchored_end: bool) -> bool:
    if e == len(elements):
        return not anchored_end or p == len(tokens) or True
    element = elements[e]
    if element.kind == "skip":  # the next noun phrase: through its head noun (a name: all of it)
        q = next((i for i in range(p, len(tokens)) if tokens[i].pos_ in NOUNS), None)
        if q is None:
            return False
        mention = actor_of(tokens[q])
        end = q + 1
        while end < len(tokens) and (tokens[end].pos_ == "PROPN" and tokens[end - 1].pos_ == "PROPN"
                                     or mention is not None and actor_of(tokens[end]) is mention):
            end += 1
        return step(elements, e + 1, tokens, end, actor_of, slots, anchored_end)
    last = p if element.adjacent else len(tokens) - 1
    for q in range(p, last + 1):
        if q >= len(tokens):
            break
        if element.kind == "word":
            if element.preposition and tokens[q].tag_ == "TO":  # "(TO)": a phrase, not "efforts to improve"
                continue
            for choice in element.choices:
                if q + len(choice) <= len(tokens) and all(
                        w in words_of(t) for w, t in zip(choice, tokens[q:q + len(choice)], strict=False)) \
                        and step(elements, e + 1, tokens, q + len(choice), actor_of, slots, anchored_end):
                    return True
        else:
            mention = actor_of(tokens[q])
            if mention is None or not mention.code:
                continue
            end = q + 1
            while end < len(tokens) and actor_of(tokens[end]) is mention:
                end += 1
            getattr(slots, element.kind).append(tokens[q])
            if step(elements, e + 1, tokens, end, actor_of, slots, anchored_end):
                return True
            getattr(slots, element.kind).pop()
    return False


def best_pattern(token, verb: Verb, book: VerbDictionary, actor_of) -> tuple[VerbPattern | None, Slots | None]:
    before, after = before_tokens(token, verb), after_tokens(token, verb)
    best: tuple[VerbPattern | None, Slots | None] = (None, None)
    for pattern in book.patterns.get(verb.block, ()):
        after_slots = match_elements(pattern.after, after, actor_of)
        if after_slots is None:
            continue
        before_slots = match_elements(pattern.before, before, actor_of)
        if before_slots is None:
            continue
        if best[0] is None or pattern.weight > best[0].weight:
            slots = Slots(before_slots.source + after_slots.source, before_slots.target + after_slots.target,
                          before_slots.compound + after_slots.compound)
            best = (pattern, slots)
    return best


def default_source(token, actor_of, *, linear: bool = True) -> list:
    subject = syntax.subject_of(token)
    if subject is not None and subject.tag_ in ("WDT", "WP") and token.dep_ == "relcl":
        subject = token.head  # "Hamas, which advocates ...": the noun the clause describes
    if subject is not None:
        parties = [t for t in named_parties(subject, actor_of) if actor_of(t) is not None]
        if parties:
            return parties
    if linear and not syntax.is_passive(token) and (subject is None or actor_of(subject) is None):
        for candidate in token.sent:  # TABARI: the first actor of the sentence before the verb
            if candidate.i >= token.i:
                break
            if actor_of(candidate) is not None and candidate.dep_ != "poss":
                return [candidate]
    return []


def default_target(token, verb: Verb, actor_of, sources: list, *, linear: bool = True) -> list:
    taken = {id(actor_of(s)) for s in sources}
    if syntax.is_passive(token):
        subjects = syntax.children(token, "nsubjpass")
        found = [t for s in subjects for t in named_parties(s, actor_of) if actor_of(t) is not None]
        if found:
            return found
    obj = syntax.object_of(token)
    candidates = [obj] if obj is not None else []
    candidates += syntax.children(token, "dative")
    for particle in syntax.children(token, "prep", "prt"):  # "cordoned off X": the particle is the verb's
        if particle.lower_ in verb.after:
            candidates += syntax.children(particle, "pobj")
    for candidate in candidates:
        found = [t for t in named_parties(candidate, actor_of)
                 if actor_of(t) is not None and not by_pronoun(t, actor_of)]
        if found and not taken & {id(actor_of(t)) for t in found}:
            return found
    own = {actor_of(s).code for s in sources}
    for candidate in after_tokens(token, verb) if linear else ():  # TABARI: the first actor after the verb
        mention = actor_of(candidate)  # but not the source again under another name: that codes nothing
        if mention is not None and id(mention) not in taken and mention.code not in own:
            return [t for t in named_parties(candidate, actor_of) if actor_of(t) is not None] or [candidate]
    return []


def by_pronoun(token, actor_of) -> bool:
    """"presented their credentials": the object names no actor of its own, only its owner's pronoun."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" and actor_of(c) is actor_of(token) for c in token.children)


def find_petrarch(sent, book: VerbDictionary, actor_of, *, wanted=None, strict: bool = False,
                  nested: bool = True) -> list[Found]:
    found = code_verbs(sent, book, actor_of, wanted=wanted, strict=strict)
    if not nested:
        return found
    statements = {f.trigger.i for f in found if statement_verb(f, book)}
    return settle_nested(found, statements)


def statement_verb(found: Found, book: VerbDictionary) -> bool:
    """A verb of speech by its own code ("said", "announced": 01x), whatever pattern it
    matched: its pattern words may belong to the act it reports ("announced ... withdraw")."""
    verb = find_verb(found.trigger, book)
    return found.code.startswith(STATEMENT_ROOT) or verb is not None and verb.code.startswith(STATEMENT_ROOT)


def governor(token):
    """The verb a complement clause hangs on ("agreed to postpone", "willing to withdraw"); a
    conjunct of a complement hangs on the same verb ("promised to democratize X and establish Y")."""
    if token.dep_ == "conj" and token.head.dep_ in COMPLEMENTS and token.head.i != token.i:
        token = token.head
    if token.dep_ not in COMPLEMENTS or token.head.i == token.i:
        return None
    return token.head


def settle_nested(found: list[Found], statements: set[int] | None = None) -> list[Found]:
    """One event per chain of verbs with a dyad, as PETRARCH folds a governed verb into its
    governor: a statement gives way to what it reports ("said it would withdraw": the
    withdrawal); any other verb's act stands for the chain ("agreed to postpone": agreed),
    also past a statement between them ("rejected X, saying it was withholding aid")."""
    if statements is None:
        statements = {f.trigger.i for f in found if f.code.startswith(STATEMENT_ROOT)}
    triggers = {f.trigger.i: f.trigger for f in found if f.targets}
    dropped: set[int] = set()
    for token in triggers.values():
        upper = token
        for _ in range(4):
            upper = governor(upper)
            if upper is None:
                break
            if upper.i in statements and upper.i in triggers:
                dropped.add(upper.i)  # and on up: "rejected X, saying it was withholding aid" is one act
            elif upper.i in triggers:
                dropped.add(token.i)
                break
    return [f for f in found if f.trigger.i not in dropped]


def circumstance(token) -> bool:
    """A verb that names a circumstance, not an act: itself ("after leaving X", "a report
    sent to X"), or a clause under one ("an invitation to attend a meeting to debate X")."""
    for _ in range(5):
        if token.dep_ in CIRCUMSTANCES:
            return True
        if token.dep_ not in COMPLEMENTS + ("conj",) or token.head.i == token.i:
            return False
        token = token.head
    return False


def code_verbs(sent, book: VerbDictionary, actor_of, *, wanted=None, strict: bool = False) -> list[Found]:
    """Events the dictionary codes in one sentence; ``wanted(token)`` limits the triggers.
    ``strict`` (beside our own patterns): only a matched pattern or a phrasal verb codes, never a
    bare verb or a statement, and the target is the verb's own object, not the first actor after it."""
    found: list[Found] = []
    for token in sent:
        verb = find_verb(token, book)
        if verb is None or wanted is not None and not wanted(token) or circumstance(token):
            continue
        pattern, slots = best_pattern(token, verb, book, actor_of)
        code, answer = (pattern.code, pattern.answer) if pattern else (verb.code, verb.answer)
        specific = pattern is not None or bool(verb.before or verb.after)  # a pattern, or a phrasal verb's own code
        if code in (NULL, "") and not answer or strict and (not specific or code.startswith(STATEMENT_ROOT)):
            continue
        slots = slots or Slots([], [], [])
        sources = with_conjuncts(slots.source, actor_of) or default_source(token, actor_of, linear=not strict)
        if slots.compound:
            members = with_conjuncts(slots.compound, actor_of) + (sources if pattern.before == () else [])
            pairs = [(a, b) for a in members for b in members if actor_of(a) is not actor_of(b)]
        else:
            targets = with_conjuncts(slots.target, actor_of) or default_target(token, verb, actor_of, sources,
                                                                                linear=not strict)
            pairs = [(s, t) for s in sources for t in targets]
            if not pairs and len({id(actor_of(s)) for s in sources}) > 1:  # "A and B renewed ties": with each other
                pairs = [(a, b) for a in sources for b in sources if actor_of(a) is not actor_of(b)]
        origin = pattern.origin if pattern else verb.origin
        trigger_pattern = Pattern(code if code not in (NULL, "") else answer, "V", verb.lemma, origin=origin)
        for source, target in pairs:
            target_part = ((target, actor_of(target)),) if target is not None else ()
            if code not in (NULL, ""):
                found.append(Found(code, trigger_pattern, token, ((source, actor_of(source)),), target_part,
                                   "asserted"))
            if answer and target is not None:
                found.append(Found(answer, trigger_pattern, token, target_part, ((source, actor_of(source)),),
                                   "asserted"))
    return found


def with_conjuncts(tokens: list, actor_of) -> list:
    found = []
    for token in tokens:
        found += [t for t in named_parties(token, actor_of) if actor_of(t) is not None] or [token]
    return found

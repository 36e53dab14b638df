"""Which pattern a word's frame satisfies: its particle, object and preposition checked against each
pattern its lemma heads (moved out of coder.py in the twenty-fourth session, with a reader that
checks each part of a frame once however many patterns ask)."""

from __future__ import annotations

from newsevents.events import syntax
from newsevents.events.objects import TROOP, object_is, object_names
from newsevents.events.patterns import Pattern, Rules
from newsevents.events.targets import prep_target
from newsevents.events.words import lemma_candidates

NO_DEFAULT_ROOTS = {"01"}  # a statement verb with another object is just talk
ROOT_DEFAULT = "root default"
ROOT_DEFAULT_EVIDENCE = 3  # patterns a verb needs, all in one root, before any object means that root
TRADE_VERBS = {"sell", "transfer"}  # "sold weapons to X" is military aid; "sold Rover", "transferred $800" are not
OBJECT_SENSES = TRADE_VERBS | {"leave", "quit", "exit",  # "left the OAS" is a break; "left Washington" is a trip
                               "increase", "put", "commit", "plant", "demonstrate", "conclude",
                               "mass", "attend", "establish",
                               "air", "vent", "question"}  # "increase Iraq's telephone rate", "commit funds",
# "demonstrated capabilities"; "attended Trump's wedding", "attend one of the GOP debates" (a meeting, a summit, talks
# are rows); "established a Eurasian Economic Union": what is established is made, no party (ties are rows);
# "aired its anger" is disapproval, "aired ads" nothing; "questioned X's decision" criticism, "questioned suspects" not


UNREAD = object()  # pattern_matches: the object not read yet


class FrameReader:
    """One token's frame, each part read once: a verb heads dozens of patterns, and many share a
    particle, an object or a preposition (coding cost, issue #11). Every check is a pure function of
    the parse, so a remembered answer is the answer."""

    def __init__(self, token, obj=UNREAD):
        self.token, self._obj = token, obj
        self._particles: dict = {}
        self._objects: dict = {}
        self._names = None
        self._preps: dict = {}
        self._loose = None

    @property
    def obj(self):
        if self._obj is UNREAD:
            self._obj = syntax.object_of(self.token)
        return self._obj

    def has_particle(self, pattern: Pattern) -> bool:
        key = (pattern.particle, pattern.prep == pattern.particle)
        if key not in self._particles:
            self._particles[key] = any(c.lower_ == pattern.particle and reads_as_particle(c, self.token, pattern)
                                       for c in self.token.children)
        return self._particles[key]

    def has_object(self, pattern: Pattern) -> bool:
        key = (pattern.object, pattern.particle)
        if key not in self._objects:
            obj = self.obj
            if obj is not None and self._names is None:
                self._names = object_names(obj)
            self._objects[key] = obj is not None and pattern.object in self._names \
                or particle_object_is(self.token, pattern)
        return self._objects[key]

    def has_prep(self, pattern: Pattern) -> bool:
        key = (pattern.prep, pattern.pos, bool(pattern.object))
        if key not in self._preps:
            self._preps[key] = bool(prep_target(self.token, pattern))
        return self._preps[key]

    def loose(self) -> tuple[bool, bool]:
        """Whether something fills the verb's object slot, and whether it has an "out" particle."""
        if self._loose is None:
            token = self.token
            self._loose = (bool(syntax.children(token, "dobj", "oprd", "ccomp")),
                           any(c.lower_ == "out" for c in syntax.children(token, "prt")))
        return self._loose

    def fit(self, pattern: Pattern) -> bool | None:
        """True when the frame has the pattern's particle, object and preposition; None when it lacks
        only the preposition (``without_prep`` may still take it); False otherwise."""
        if pattern.particle and not self.has_particle(pattern):
            return False
        if pattern.object and not self.has_object(pattern):
            return False
        return None if pattern.prep and not self.has_prep(pattern) else True

    def without_prep(self, pattern: Pattern) -> bool:
        """A frame without its preposition still holds when nothing else fills the verb's object slot
        ("demonstrated in Kirkuk"), not when something does ("what he called a fantasy"), nor with an
        "out" of its own ("began to speak out" is no "speak to X"; "cut off" still is)."""
        filled, out = self.loose()
        return not (not pattern.object and filled) and not (not pattern.particle and out)

    def matches(self, pattern: Pattern, strict: bool = True) -> bool:
        """Whether the frame has the pattern's particle, object and preposition (``strict``: the
        preposition must be there)."""
        fit = self.fit(pattern)
        return fit is True or fit is None and not strict and self.without_prep(pattern)


def pattern_matches(token, pattern: Pattern, *, strict: bool = True, obj=UNREAD) -> bool:
    """Whether the token's frame has the pattern's particle, object and preposition (``obj``: the
    token's object when the caller has read it already; ``strict``: the preposition must be there)."""
    return FrameReader(token, obj).matches(pattern, strict)


def particle_object_is(verb, pattern: Pattern) -> bool:
    """A phrasal verb whose particle the parser reads as a preposition right after the verb, with the
    pattern's object as its own ("walked off the job", "took to the streets")."""
    return bool(pattern.particle) and any(
        c.dep_ == "prep" and c.lower_ == pattern.particle and c.i == verb.i + 1
        and any(o.dep_ == "pobj" and object_is(o, pattern.object) for o in c.children)
        for c in verb.children)


def reads_as_particle(word, verb, pattern: Pattern) -> bool:
    """A particle as the parser tags it; a preposition right after the verb, without an object of
    its own, or the pattern's own preposition ("pulled its troops out of", "placed X under house
    arrest", but "gave it to Abe in talks" is no "give in"); an adverb after it ("brushed aside X")."""
    if word.dep_ == "prep":
        return word.i == verb.i + 1 or pattern.prep == pattern.particle or not syntax.children(word, "pobj")
    return word.dep_ == "prt" or word.dep_ == "advmod" and word.i > verb.i


def match_pattern(token, rules: Rules, words: tuple[frozenset[str], frozenset[str]] | None = None) -> Pattern | None:
    """The most specific pattern the token's frame satisfies; a pattern whose target
    preposition is absent still matches when nothing else does ("demonstrated in Kirkuk").
    ``words``: the sentence's lower-case lemmas and forms (``words.sentence_words``), when the caller has them."""
    pos = "V" if token.pos_ in ("VERB", "AUX") else "N" if token.pos_ in ("NOUN", "PROPN") else ""
    if token.pos_ == "ADJ" and token.dep_ == "acomp":  # "Cruz was critical of Obama": only with its preposition
        return next((p for p in rules.patterns.get(("V", token.lemma_.lower()), ())
                     if p.prep and not p.object and pattern_matches(token, p, strict=True)), None)
    if not pos:
        return None  # no pattern is kept under another part of speech
    candidates = next((rules.patterns[(pos, lemma)] for lemma in lemma_candidates(token, rules.irregular)
                       if (pos, lemma) in rules.patterns), ())
    frame = FrameReader(token)  # each part of the frame read once, not per pattern
    usable = candidates if words is None else sentence_may_fit(candidates, words)
    for objects in (True, False):  # the object's frame, even with its preposition absent, before a bare one:
        near = []  # "Israel and Hamas agreed a ceasefire" (with each other) is a truce, not 030
        for pattern in usable:
            if bool(pattern.object) == objects:
                fit = frame.fit(pattern)
                if fit:
                    return pattern
                if fit is None:
                    near.append(pattern)  # all but the preposition: tried once no pattern fits whole
        for pattern in near:
            if frame.without_prep(pattern):
                return pattern
    return root_default(candidates, token)


def sentence_may_fit(candidates, words: tuple[frozenset[str], frozenset[str]]) -> list[Pattern]:
    """The patterns, in order, whose particle is among the sentence's forms and whose object among its lemmas: a
    frame is read off the sentence's own words, so the others cannot fit, and most words that may head a pattern
    head none of their patterns (coding cost, issue #11). Soldiers and battalions are troops (``object_names``)."""
    lemmas, forms = words
    return [p for p in candidates if (not p.particle or p.particle in forms)
            and (not p.object or p.object in lemmas or p.object == TROOP)]


def root_default(candidates, token) -> Pattern | None:
    """A verb whose every pattern lies in one CAMEO root means that root whatever its
    object ("provide photographs to X" is still providing aid: 070)."""
    plain = [p for p in candidates if not p.particle]
    if len(plain) < ROOT_DEFAULT_EVIDENCE or plain[0].pos != "V" or plain[0].lemma in OBJECT_SENSES:
        return None  # one "leave the alliance" does not make "left Washington" a cut in relations
    roots = {p.code[:2] for p in plain}
    if len(roots) != 1 or roots & NO_DEFAULT_ROOTS or not syntax.children(token, "dobj"):
        return None
    preps = {p.prep for p in plain}
    return Pattern(roots.pop() + "0", "V", plain[0].lemma, prep=preps.pop() if len(preps) == 1 else "",
                   origin=ROOT_DEFAULT)

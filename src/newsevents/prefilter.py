"""The parse stage's fast path: which paragraphs can give a quote or an event, decided
from their tokens alone, before the tagger and the dependency parser run.

A paragraph needs the full parse when it has a quote mark, ends on a colon (a quote
introduction), comes right before a paragraph with a quote mark (the quotes stage reads
the speaker of the previous paragraph's last sentence) or right after one (a signature
line, '- Bernie Sanders.', signs the quote before it), has a word that can be a cue
verb or "according to", has a word that can be an event pattern head in a paragraph
with an actor that can carry a code (a lexicon name or he/she), or has a place and a
role word close enough for a bridging adjective ("Iraqi Kurdish regional government").
Everything else gets only the named-entity recogniser: actors, speakers and coreference
see the same names, and neither quotes nor events can come out of it.

"Can be" is a superset: every lemma the rule lemmatizer could give a word under any
part of speech, plus the events coder's own guesses, plus the attribute ruler's.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from newsevents.actors.coref import PERSON_PRONOUNS
from newsevents.actors.lexicon import Lexicon
from newsevents.actors.match import find_matches
from newsevents.quotes.cues import CueLexicon, load_cues
from newsevents.quotes.marks import quote_spans

BRIDGE_GAP = 4  # tokens between a place and a role word that adjectives may bridge


class Prefilter:
    """Decides, per paragraph of one document, whether the full parse is needed."""

    def __init__(self, lexicon: Lexicon, *, cues: CueLexicon | None = None, nlp=None):
        from newsevents.events.follow import FOLLOWING_VERBS
        from newsevents.events.patterns import load_rules
        from newsevents.parse import load_model

        self.lexicon = lexicon
        cues = cues or load_cues()
        self.cue_words = frozenset(cues.verbs) | cues.first_words()
        rules = load_rules()
        construction_words = {word for _code, cues in rules.constructions.values() for cue in cues
                              for word in cue.split("+")}  # "Lavrov: Washington is responsible"
        self.heads = (frozenset(lemma for _pos, lemma in rules.patterns) | frozenset(rules.nominal_verbs)
                      | FOLLOWING_VERBS | construction_words)
        self.lemmas = LemmaGuesser(nlp or load_model())

    def select(self, texts: Sequence[str], docs: Sequence) -> list[bool]:
        """One flag a paragraph: True = full parse. ``docs`` are tokenised only."""
        quoted = [bool(quote_spans(text)) for text in texts]
        return [
            quoted[i] or (i + 1 < len(texts) and quoted[i + 1]) or (i > 0 and quoted[i - 1])
            or texts[i].rstrip().endswith(":")
            or self.needs_parse(doc)
            for i, doc in enumerate(docs)
        ]

    def needs_parse(self, doc) -> bool:
        words = {token.lower_ for token in doc}
        lemmas = set().union(*(self.lemmas.guesses(word) for word in words)) if words else set()
        if lemmas & self.cue_words:
            return True
        matches = find_matches(doc, self.lexicon) if len(doc) else []
        if lemmas & self.heads and (matches or words & PERSON_PRONOUNS):
            return True
        return self.bridgeable(matches)

    def bridgeable(self, matches) -> bool:
        """A role word shortly after a place: adjectives between may join the mention,
        which only the tagger and parser can tell."""
        places = [m.end for m in matches if any(e.kind not in ("role", "person") for e in m.entries)]
        roles = [m.start for m in matches if any(e.kind == "role" for e in m.entries)]
        return any(0 < start - end <= BRIDGE_GAP for end in places for start in roles)


@lru_cache(maxsize=4)
def prefilter_for(lexicon: Lexicon) -> Prefilter:
    """One pre-scan per lexicon per process: a worker codes batch after batch, and building
    it (cue and pattern tables, the lemmatizer's rules) and warming its lemma cache cost
    more than scanning a batch (a lexicon compares by identity; ``load_lexicon`` caches it)."""
    return Prefilter(lexicon)


class LemmaGuesser:
    """Every lemma a word could get: itself, the lemmatizer's exceptions and suffix rules
    for every part of speech, the attribute ruler's fixed lemmas, and the events coder's
    own guesses for mis-lemmatised verbs ("staged" -> "stage")."""

    def __init__(self, nlp):
        lookups = nlp.get_pipe("lemmatizer").lookups
        self.rules = [tuple(rule) for rules in lookups.get_table("lemma_rules").values() for rule in rules]
        self.exceptions: dict[str, set[str]] = {}
        for table in lookups.get_table("lemma_exc").values():
            for word, lemmas in table.items():
                self.exceptions.setdefault(word, set()).update(lemma.lower() for lemma in lemmas)
        for pattern in nlp.get_pipe("attribute_ruler").patterns:
            lemma = pattern["attrs"].get("LEMMA")
            for tokens in pattern["patterns"] if lemma else ():
                for token in tokens:
                    word = token.get("LOWER") or token.get("ORTH") or token.get("NORM")
                    if isinstance(word, str):
                        self.exceptions.setdefault(word.lower(), set()).add(lemma.lower())
        self.guesses = lru_cache(maxsize=200_000)(self._guesses)

    def _guesses(self, word: str) -> frozenset[str]:
        found = {word, word[:-1], word[:-2], word[:-3], word[:-3] + "e"}
        found.update(self.exceptions.get(word, ()))
        found.update(word[:len(word) - len(old)] + new for old, new in self.rules if word.endswith(old))
        return frozenset(found)

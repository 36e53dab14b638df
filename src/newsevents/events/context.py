"""Story context: the target a sentence leaves implicit, taken from the story so far.

News writes "France condemned the attack" after naming who attacked, "urged restraint"
in a story about two parties, "called on both sides". When an event's target is of no
known country, it is resolved, in this order:

0. a denial ("Russia denied any involvement"): whoever last accused or criticised the
   denier's country in the story, else the other state of the principal pair (3);
1. an object pronoun ("condemned *it*"): the last actor named before it in the story
   whose country is not the source's ("him" and "her", a person, only as the actors stage resolves
   them); "them", a plural, is the story's principal pair
   (below) when it has one;
2. a noun that refers to an act ("the attack", "the launch", "the decision": a noun with
   a pattern of its own, or one of ``act_nouns.tsv``): the doer of the story's first event
   of a root the noun names, else — for a noun of force or of any act ("the launch", "the move"),
   not a pact or a statement — of any material conflict (roots 15-20), not of the source's country
   — news tells the act first and the reactions to it after; both parties
   of a mutual act ("welcomed the agreement" two states signed);
3. "the two sides", "both countries", "the parties" — and no target at all for an act
   that needs one ("urged restraint"): the story's principal pair (its two most named
   states, each named at least twice), less the source itself; with no target at all, only
   those of the pair that its paragraph or the one before names (a paragraph about something
   else keeps its act unaimed);
4. an actor named only by its sector ("the government"): the country the story is
   about (``placing.home_country``).

What stays unknown is kept only for acts whose category needs no recipient
(``data/events/no_recipient.tsv``: protests, force postures, resignations ...).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from newsevents.events.placing import state_of
from newsevents.model import Event, Mention
from newsevents.parse import tokens_where
from newsevents.resources import DataError, data_path, read_tsv

OBJECT_PRONOUNS = {"them", "it", "him", "her", "they"}
PERSONS = {"him", "her"}  # one person: whom the actors stage's coreference finds, or no one
PAIR_NOUNS = {"side", "party", "country", "nation", "neighbour", "neighbor", "rival", "foe", "belligerent", "leader",
              "capital", "government", "minister", "state"}
PAIR_WORDS = {"two", "three", "four", "both", "all"}  # "the three countries": the pair is the best we know
DEFINITE = {"the", "these", "those"}  # "the two sides", not "two countries" told for the first time
ACCUSING_ROOTS = {"11", "12"}  # disapprove (accuse, criticise), reject
DENIALS = ("016",)
CONFLICT_ROOTS = {"15", "16", "17", "18", "19", "20"}
FORCE_ROOTS = {"18", "19", "20"}  # assault, fight, mass violence: what "the attack" or "the bombing" can name
STEM = 4  # "ruling"/"ruled", "decision"/"decided", "attack"/"attacked": the noun names that act


def no_recipient_codes() -> tuple[str, ...]:
    """CAMEO codes or their prefixes whose acts need no recipient (``no_recipient.tsv``)."""
    from newsevents.events.ontology import code_list

    return code_list("no_recipient.tsv")


def needs_recipient(code: str) -> bool:
    return not code.startswith(no_recipient_codes())


def state_ranking(mentions: tuple[Mention, ...]) -> tuple[tuple[str, int], ...]:
    """The states the story names, with how often, most named first."""
    return tuple(Counter(state for m in mentions if (state := state_of(m))).most_common())


PAIR_BALANCE = 0.4  # the second state named at least this share as often as the first
LONE_STATE_MENTIONS = 3  # a story about one state names it this often at least


def principal_pair(mentions: tuple[Mention, ...]) -> tuple[str, ...]:
    """The story's two most named states, when each is named at least twice and the second
    about as often as the first: a story about the two of them, not a story about one
    country that names another in passing (US campaign stories naming Mexico; the BBC's
    business pages naming the US)."""
    return pair_among(story_parties(mentions))


def pair_among(parties: tuple[str, ...]) -> tuple[str, ...]:
    """The principal pair of a story's parties (``story_parties``), or none."""
    return parties if len(parties) == 2 else ()


def story_parties(mentions: tuple[Mention, ...]) -> tuple[str, ...]:
    """Whom an act the sentence leaves without a target is aimed at: the principal pair, or
    in a story about one state (named at least three times, far more than any other) that state."""
    counts = Counter(state for m in mentions if (state := state_of(m)))
    top = [(state, count) for state, count in counts.most_common(2) if count >= 2]
    if len(top) == 2 and top[1][1] >= PAIR_BALANCE * top[0][1]:
        return (top[0][0], top[1][0])
    return (top[0][0],) if top and top[0][1] >= LONE_STATE_MENTIONS else ()


@dataclass
class StoryContext:
    """What the story has named and coded so far, for targets a sentence leaves implicit."""

    mentions: list[Mention]
    pair: tuple[str, ...]
    home: str | None
    events: list[Event] = field(default_factory=list)
    noun_roots: dict[str, set[str]] = field(default_factory=dict)  # event noun -> CAMEO roots
    parties: tuple[str, ...] = ()  # the pair, or the one state a story is about (story_parties)
    owners: dict[str, str] = field(default_factory=dict)  # event noun -> its doer as written ("the EU embargo")
    sides: list[str] = field(default_factory=list)  # the states "both sides" stood for in a story with no pair

    def last_actor(self, before: int, besides: str) -> str | None:
        """The last state named before an offset whose country is not ``besides``."""
        for mention in reversed(self.mentions):
            if mention.start < before and (state := state_of(mention)) and state != besides[:3]:
                return mention.code if len(mention.code) > 3 else state
        return None

    def doers_of(self, noun: str, besides: str) -> list[str]:
        """The source of the story's first event the noun ("the attack") can refer to; both
        parties when that act was mutual ("welcomed the agreement" the two states signed)."""
        roots = self.noun_roots.get(noun, set())
        owner = self.owners.get(noun)
        if owner and owner[:3] != besides[:3]:
            return [owner]  # "The EU embargo on China ... called for the embargo to be lifted": the EU
        for event in self.events:  # "the ruling" after "the tribunal ruled": the act it names
            if len(noun) >= STEM and event.trigger and event.trigger.lower()[:STEM] == noun[:STEM] \
                    and party_code(event.source) and event.source[:3] != besides[:3]:
                return [event.source]
        peaceful = roots and not (roots & CONFLICT_ROOTS or "*" in roots)  # "backed the pact", "welcomed the
        fallback = set() if peaceful else CONFLICT_ROOTS  # statement" with none told: not the story's attacker's
        if roots and "*" not in roots and roots <= FORCE_ROOTS:
            fallback = FORCE_ROOTS  # "called the attack a breach": whoever used force, not whoever expelled diplomats
        for wanted in (roots, fallback):
            for event in self.events:
                if (event.code[:2] in wanted or "*" in wanted) and party_code(event.source) \
                        and event.source[:3] != besides[:3]:
                    mutual = any(reverse(other, event, by_country=event.code[:2] not in CONFLICT_ROOTS)
                                 for other in self.events)
                    both = [event.source, event.target] if mutual and event.target[:3] != besides[:3] else []
                    return both or [event.source]
        return []

    def refers_to_act(self, token) -> bool:
        """A noun that refers to an act ("the attack", "the launch"), not to an actor."""
        return token is not None and token.pos_ == "NOUN" and token.lemma_.lower() in self.noun_roots

    def accuser_of(self, source: str) -> str | None:
        """Who last accused or criticised the source's country (a denial answers them)."""
        for event in reversed(self.events):
            if event.code[:2] in ACCUSING_ROOTS and event.target[:3] == source[:3] and event.source[:3] != source[:3] \
                    and not event.source.startswith("---"):
                return event.source
        return None

    def named_in(self, span: tuple[int, int]) -> set[str]:
        """The states named between two offsets."""
        return {state for m in self.mentions if span[0] <= m.start < span[1] and (state := state_of(m))}

    def targets(self, source: str, code: str, token, offset: int,
                paragraph: tuple[int, int] | None = None) -> list[str]:
        """Codes for an event's unknown target (``token``: the target's word, or None). An act
        with no target at all goes to the principal pair only where ``paragraph`` (its paragraph
        and the one before) names them."""
        if code.startswith(DENIALS) and not (token is not None and token.lower_ in OBJECT_PRONOUNS):
            found = self.accuser_of(source)  # "Russia denied any involvement": to its accuser
            return [found] if found else [state for state in self.parties if state != source[:3]][:1]
        if token is not None and token.lower_ == "them" and token.dep_ in ("dobj", "pobj") and self.parties:
            return [state for state in self.parties if state != source[:3]]  # a plural: the parties, not one state
        if token is not None and token.lower_ in PERSONS and token.dep_ in ("dobj", "pobj"):
            return []  # "urged her to call an election": a person the actors stage left unplaced, not a state
        if token is not None and token.lower_ in OBJECT_PRONOUNS and token.dep_ in ("dobj", "pobj"):
            found = self.last_actor(offset, source)
            return [found] if found else []
        if token is not None and token.pos_ == "NOUN" and token.lemma_.lower() in self.noun_roots:
            return self.doers_of(token.lemma_.lower(), source)
        if pair_phrase(token):
            found = [state for state in self.parties if state != source[:3]]
            if not found and dual_phrase(token):
                found = self.sides = self.sides_besides(source)
            return found or [state for state in self.sides if state != source[:3]]  # "urged both sides ...
            # we are consulting with the parties": the sides named before
        if token is None and needs_recipient(code):
            followed = self.target_of_same_act(source, code)
            if followed:  # "The Maldives also severed relations": with whom the others did
                return [followed]
            named = self.named_in(paragraph) if paragraph else set(self.parties)
            found = [state for state in self.parties if state != source[:3] and state in named]
            if code[:2] >= "06" and len(found) > 1:
                return found[:1]  # a third party's deed ("the Security Council imposed new sanctions" in a story
            return found  # about North Korea and the US) is on the story's first state, its words on both
        return []

    def sides_besides(self, source: str) -> list[str]:
        """"We have urged both sides to exercise restraint", said by a state outside the story's
        pair (the US of Greek and Turkish warships, each named once or twice): the two states the
        story names most besides the source's own, the first named when as often."""
        first: dict[str, int] = {}
        for mention in sorted(self.mentions, key=lambda m: m.start):
            state = state_of(mention)
            if state and state != source[:3]:
                first.setdefault(state, mention.start)
        counts = Counter(state for m in self.mentions if (state := state_of(m)) in first)
        sides = sorted(first, key=lambda state: (-counts[state], first[state]))
        return sides[:2] if len(sides) >= 2 else []

    def target_of_same_act(self, source: str, code: str) -> str | None:
        """The target of the story's last event of the same code by another party, when
        that target is a state other than the source. Acts only: an appeal or a statement
        with no object is addressed to the parties, not to whom another appealed to."""
        if code[:2] < "06":
            return None
        for event in reversed(self.events):
            if event.code == code and event.source[:3] != source[:3] and state_of_code(event.target) \
                    and event.target[:3] != source[:3]:
                return event.target
        return None

    def sector_home(self, target: str) -> str:
        """"the government" with no country: the story's country."""
        if target.startswith("---") and len(target) == 6 and self.home:
            return self.home + target[3:]
        return target


def reverse(one: Event, other: Event, *, by_country: bool) -> bool:
    """``one`` is ``other``'s act the other way round: by actor code, or — for cooperation,
    where a headline's "Ethiopia, Eritrea sign" and the body's ministers are one signing —
    by country."""
    if one.code[:2] != other.code[:2]:
        return False
    if by_country:
        return one.source[:3] == other.target[:3] and one.target[:3] == other.source[:3]
    return one.source == other.target and one.target == other.source


def pair_phrase(token) -> bool:
    """"the two sides", "both countries", "both capitals", "all parties", "the parties",
    "the three countries"; a plural with nothing after it: "the neighbours", "the rivals",
    "the Gulf states" (not "the states that signed", "the countries of the region")."""
    if token is None or token.pos_ != "NOUN":
        return False
    words = {c.lower_ for c in token.children}
    if "both" in words:
        return True  # "both capitals", "both foreign ministers"
    if token.lemma_.lower() not in PAIR_NOUNS:
        return False
    plain = token.tag_ == "NNS" and "the" in words and not any(
        c.dep_ in ("prep", "relcl", "acl", "poss", "nummod") for c in token.children)
    counted = bool(words & PAIR_WORDS) and (bool(words & DEFINITE) or "all" in words)  # not "asked at least four
    # countries, including the United States": a number of others, not the ones the story named
    return counted or plain  # "the parties", "the neighbours", "the Gulf states"


def dual_phrase(token) -> bool:
    """"both sides", "the two countries": a phrase that says there are two of them."""
    return any(c.lower_ in ("both", "two") for c in token.children)


def own_place(source: str, target: str, mention: Mention | None, code: str) -> bool:
    """"Corbyn asked whether Britain ...", "a Saudi ship arrived in Jeddah": the source's own
    country, capital or city is no counterpart of an appeal, a visit or diplomatic
    cooperation, nor of a visit planned ("is to join X in a visit to Sheffield": 036) (PLOVER's records do
    code a state's acts on its own country at home: "promised to democratize Serbia", "extend the curfew
    in Abidjan")."""
    return mention is not None and mention.kind in ("country", "capital", "city") and target[:3] == source[:3] \
        and len(mention.code or "") == 3 and (code[:2] in COUNTERPART_ROOTS or code[:3] == "036")
    # a body the name qualifies is no place: "urged Zimbabwe's electoral commission" (ZWEGOV) stays


COUNTERPART_ROOTS = {"02", "04", "05", "06"}  # appeal, consult, diplomatic and material cooperation


def state_of_code(code: str) -> bool:
    return code[:3].isalpha() and not code.startswith(("IGO", "NGO", "IMG", "---"))


def party_code(code: str) -> bool:
    """A state or an intergovernmental body: "Hamas welcomed the statement" the UN made."""
    return state_of_code(code) or code.startswith("IGO")


_EVENT_NOUNS: dict[int, dict[str, set[str]]] = {}


def event_nouns_of(rules) -> dict[str, set[str]]:
    """``event_nouns`` of a rule set, built once (rule sets are loaded once and never change;
    the story context and ``referred`` read it for every document)."""
    if id(rules) not in _EVENT_NOUNS:
        _EVENT_NOUNS[id(rules)] = event_nouns(rules.patterns)
    return _EVENT_NOUNS[id(rules)]


def event_nouns(patterns) -> dict[str, set[str]]:
    """Nouns that refer to an act: those heading an event pattern, with the CAMEO roots
    they code, and those of ``act_nouns.tsv``."""
    nouns: dict[str, set[str]] = {}
    for (pos, lemma), candidates in patterns.items():
        if pos == "N":
            nouns.setdefault(lemma, set()).update(p.code[:2] for p in candidates)
    for lemma, roots in act_nouns().items():
        nouns.setdefault(lemma, set()).update(roots)
    return nouns


@lru_cache(maxsize=1)
def act_nouns() -> dict[str, frozenset[str]]:
    """``act_nouns.tsv``: nouns that refer back to an act, with its possible roots (``*``: any)."""
    path = data_path("events", "act_nouns.tsv")
    found = {}
    for number, (lemma, roots, _note) in read_tsv(path, columns=3, optional=1):
        if lemma == "lemma":
            continue
        parts = frozenset(r.strip() for r in roots.split("|") if r.strip())
        if not parts or not all(r == "*" or len(r) == 2 and r.isdigit() and "01" <= r <= "20" for r in parts):
            raise DataError(f"{path}:{number}: roots must be CAMEO roots 01-20 separated by | or *, not {roots!r}")
        found[lemma.lower()] = parts
    return found


GENERIC_ORGANISATION_NOUNS = {"alliance", "bloc", "organisation", "organization", "body", "grouping"}


MEMBER_NOUNS = {"member", "official", "envoy", "diplomat", "minister", "delegate", "ambassador"}


def members_organisation(token, mentions: list[Mention], offset: int) -> Mention | None:
    """"Council members called on Rwanda": the members of the organisation named before whose
    name has the modifier's word ("the Security Council"), not any council."""
    if token.lemma_.lower() not in MEMBER_NOUNS:
        return None
    for child in token.children:
        if child.dep_ == "compound" and child.pos_ in ("NOUN", "PROPN") and not list(child.children):
            found = organisation_referent(child, mentions, offset, named_only=True)
            if found is not None:
                return found
    return None


def organisation_referent(token, mentions: list[Mention], offset: int, *, named_only: bool = False) -> Mention | None:
    """"the alliance", "the League", "the organisation" with no name of their own: the last
    organisation the story named before ``offset`` that the noun fits — any, for a generic
    noun; one whose name has the noun in it otherwise ("the League" after "the Arab League",
    "the Council" after "the Security Council", not "the union" of workers after the EU)."""
    if token.pos_ not in ("NOUN", "PROPN") or not named_only and not any(c.lower_ == "the" and c.dep_ == "det"
                                                                         for c in token.children) \
            or any(c.dep_ in ("compound", "amod", "poss") for c in token.children):
        return None
    noun = token.lemma_.lower()
    for mention in reversed(mentions):
        if mention.start >= offset or not mention.code.startswith(("IGO", "NGO")):
            continue  # an organisation, or its officer ("NATO Secretary-General Jens Stoltenberg")
        if noun in GENERIC_ORGANISATION_NOUNS and not named_only \
                or noun in f"{mention.text} {mention.name or ''}".lower().split():
            return mention
    return None


def noun_owners(parsed, paragraphs, noun_roots, actor_at) -> dict[str, str]:
    """Each event noun's doer where the story writes it on the noun ("the EU embargo", "Israel's
    blockade", "the U.S. sanctions"): the first such, for "the embargo" named bare later."""
    owners: dict[str, str] = {}
    nouns = frozenset(noun_roots)
    for paragraph, spacy_doc in zip(paragraphs, parsed, strict=True):
        if not spacy_doc.has_annotation("DEP"):
            continue
        for token in tokens_where(spacy_doc, "LEMMA", nouns):
            if token.pos_ != "NOUN" or token.lemma_ in owners:
                continue
            noun = token.lemma_
            for child in [*token.children, *introducer(token)]:
                mention = actor_at(paragraph.start + child.idx) if child.dep_ in OWNER_DEPS else None
                if mention is not None and party_code(mention.code) and (child.i < token.i or child.dep_ == "nsubj"):
                    owners[noun] = mention.code
                    break
    return owners


OWNER_DEPS = ("compound", "poss", "amod", "nsubj")
INTRODUCING = {"unveil", "announce", "propose", "present", "submit", "table", "adopt", "approve", "make", "take",
               "issue", "outline", "float", "put", "draw", "offer", "impose", "launch"}


def introducer(noun) -> list:
    """The subject of the verb that brings an act's noun into the story: "Britain unveiled a new
    plan", "Israel made a move", "the EU imposed an embargo" (a new act: "a", not "the")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in INTRODUCING \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj"]

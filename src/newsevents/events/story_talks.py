"""Talks whose parties only the story names: "Despite the success of the talks, officials said
...", "the US filed the complaint after talks failed", "Discussions have begun with Indonesia".

A talks noun (``constructions.tsv``, story_talks) that names no party of its own — no doer,
no "with" or "between" phrase, no actor among its words — in a story about two states (the
principal pair, ``context.story_parties``) is those two states' talks, each with the other,
when the sentence names no state outside the pair and the paragraph or the one before names
both. One "with X" (X of the pair) and no doer: the other state's talks with X. Not when an
event of the sentence is coded from the noun's verb ("urged talks": an appeal, not talks held)
or an act of consultation (root 04) or any act between the two is coded from the sentence already ("accused
Addis Ababa of acting unilaterally while negotiations were still under way": the talks are the act's
setting), nor for talks denied ("there had not been any discussions") or in general ("return for
discussions": only talks told as known, definite or the subject of a verb), nor in a sentence that names
someone of neither state ("Euronext declined to comment after the talks ended"), nor when an act between
the two was told from a sentence naming a phone call or conversation of theirs: "the talks" are that call.
Talks after which one of a sentence's two states did something ("the US had agreed to release the four after
intensive discussions", Britain's foreign secretary said) are those two states' too, in any story
(``talks_before``; not after words or before an act still to come).
"""

from __future__ import annotations

import re

from newsevents.events import syntax
from newsevents.events.audience import SPEECH_VERBS
from newsevents.events.modality import intent_code, modality_of
from newsevents.events.mutual import HAPPENING
from newsevents.events.patterns import Rules
from newsevents.events.placing import state_of
from newsevents.events.words import with_lemma
from newsevents.model import Event

OWN_PREPS = {"with", "between", "among", "amongst", "involving"}


def talk_nouns(rules: Rules) -> frozenset[str]:
    if "story_talks" not in rules.constructions:
        return frozenset()
    return frozenset(rules.constructions["story_talks"][1])


def story_talks(sent, rules: Rules, actor_of, story, span: tuple[int, int], named_here, found_here,
                coded_here) -> list[tuple[str, str, object, str, str]]:
    """(source state, target state, noun, code, modality) for each talks noun of ``sent`` whose
    parties the story (a ``context.StoryContext``) names. ``span``: its paragraph and the one before;
    ``named_here``: the sentence's mentions; ``found_here``, ``coded_here``: the sentence's found acts and
    the events coded from them."""
    pair, nouns = story.pair, talk_nouns(rules)
    heard = [t for t in with_lemma(sent, nouns) if t.lemma_.lower() in nouns] if nouns else []
    if not heard:
        return []  # most sentences: no talks noun, nothing more to read
    found = story_pair_talks(heard, sent, rules, actor_of, story, span, named_here, found_here, coded_here) \
        if len(pair) == 2 else []
    return found or talks_before(heard, sent, rules, actor_of, named_here, coded_here)


def story_pair_talks(heard, sent, rules: Rules, actor_of, story, span, named_here, found_here, coded_here) -> list:
    """``story_talks`` for talks nouns heard in the sentence, the story's principal pair as their parties."""
    pair, nouns = story.pair, talk_nouns(rules)
    named_near = story.named_in(span)
    named_here = {state for m in named_here if (state := state_of(m))}
    triggers = {f.trigger.i for f in found_here}
    consulted = any(e.code[:2] == "04" or {e.source[:3], e.target[:3]} == set(pair) for e in coded_here)
    if not named_here <= set(pair) or consulted or other_names(sent, actor_of, pair):
        return []
    found = []
    for noun in heard:
        if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.lemma_.lower() not in nouns:
            continue
        if noun.i in triggers or noun.head.i in triggers or noun.head.head.i in triggers and noun.dep_ == "pobj":
            continue  # "urged talks", "called for talks": the verb's act, coded already
        if not told_as_known(noun):
            continue  # "return for discussions", "widens the scope of debt negotiations": talks in general
        with_whom = own_party(noun, actor_of)
        if with_whom is False:
            continue
        code, modality = coded(noun, rules)
        if modality == "negated":  # "no talks were held"
            continue
        if with_whom is None:
            if set(pair) <= named_near:
                found += [(pair[0], pair[1], noun, code, modality), (pair[1], pair[0], noun, code, modality)]
        elif with_whom in pair:
            other = pair[1] if with_whom == pair[0] else pair[0]
            if other in named_near:
                found.append((other, with_whom, noun, code, modality))
    if not any({e.source[:3], e.target[:3]} == set(pair) for e in story.events):
        return []  # two states the story names, not yet told acting on each other ("banks will meet with
        # Volcker ... the talks will be held" in a story about Brazil's debt)
    talked = {(e.source[:3], e.target[:3]) for e in story.events if e.code[:2] == "04"}
    if any({e.source[:3], e.target[:3]} == set(pair) and CONTACT.search(e.sentence) for e in story.events):
        return []  # "Trump called on Moscow to help during a phone conversation ... Commenting on the talks,":
        # the talks are that contact, told already with its act
    return [one for one in found if one[:2] not in talked]  # the story's own talks of the pair, told again


# a call between the pair told with an act of theirs, which a definite "the talks" refers back to (not "such talks":
# a round of talks told with its agreement is still talks the gold counts)
CONTACT = re.compile(r"\b(?:(?:tele)?phone (?:call|conversation)s?|conversations?|(?:phone )?calls? with)\b",
                     re.IGNORECASE)


def own_party(noun, actor_of):
    """None when the noun names no party; the state of its one "with" party; False when it names
    any other party (a doer, a "between" phrase, an actor among its words, a party not a state)."""
    with_whom = None
    for token in noun.subtree:
        if token.i == noun.i:
            continue
        mention = actor_of(token)
        if token.head.i == noun.i and token.dep_ == "prep" and token.lower_ in OWN_PREPS:
            objects = syntax.children(token, "pobj")
            states = {state_of(actor_of(o)) for o in objects if actor_of(o) is not None}
            if token.lower_ != "with" or len(states) != 1 or None in states:
                return False
            with_whom = states.pop()
            continue
        if mention is not None and not any(a.dep_ == "prep" and a.lower_ == "with" and a.head.i == noun.i
                                           for a in token.ancestors):
            return False  # "US-Japan talks", "their talks with X" by a named doer
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in HAPPENING:
        for prep in syntax.children(noun.head, "prep"):  # "Discussions have begun with Indonesia"
            if prep.lower_ in OWN_PREPS:
                states = {state_of(actor_of(o)) for o in syntax.children(prep, "pobj") if actor_of(o) is not None}
                if prep.lower_ != "with" or len(states) != 1 or None in states or with_whom is not None:
                    return False
                with_whom = states.pop()
    if noun.dep_ in ("dobj", "nsubjpass"):
        doer = syntax.subject_of(noun.head)
        if doer is not None and actor_of(doer) is not None:
            return False  # "Japan held talks": the verb's pattern codes its doer
    return with_whom


DEFINITE = {"the", "this", "these", "those", "that"}
NAMES = ("PERSON", "ORG", "GPE", "NORP")


def told_as_known(noun) -> bool:
    """Talks the story has in view: definite ("the talks", "this week's talks") or the subject of a
    verb ("talks failed", "discussions have begun")."""
    return noun.dep_ in ("nsubj", "nsubjpass") or any(
        c.dep_ == "det" and c.lower_ in DEFINITE or c.dep_ == "poss" for c in noun.children)


def other_names(sent, actor_of, pair: tuple[str, ...]) -> bool:
    """The sentence names someone of neither state of the pair ("Euronext declined to comment after
    the talks ended": the talks may be theirs)."""
    for token in sent:
        if token.ent_type_ in NAMES:
            mention = actor_of(token)
            if mention is None or state_of(mention) not in pair and mention.code[:3] not in pair:
                return True
    return False


def coded(noun, rules: Rules) -> tuple[str, str]:
    """The construction's code, made an intent when the talks are only planned ("the talks will be held next
    month": a talks noun as subject takes the modality of its verb)."""
    code = rules.constructions["story_talks"][0]
    verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX") else noun
    modality = modality_of(verb, code, rules)  # "the talks will be held", "are expected to resume": the verb's
    return intent_code(code, modality, rules), modality


def talk_events(talks, *, text: str, offset: int, sent, number: int, date: tuple, quote_of) -> list[Event]:
    """Events of ``story_talks`` in a sentence of a paragraph starting at ``offset``."""
    start, end = offset + sent.start_char, offset + sent.end_char
    events = []
    for source, target, noun, code, modality in talks:
        at = offset + noun.idx
        events.append(Event(id=f"e{number + len(events)}", code=code, source=source + "GOV", target=target + "GOV",
                            source_text=None, target_text=noun.text, sentence=text[start:end], start=start, end=end,
                            modality=modality, quote_id=quote_of(at), date=date[0], date_precision=date[1],
                            trigger=text[at:at + len(noun)]))
    return events


DONE_BEFORE = {"after", "following"}
MODALS = {"will", "would", "may", "might", "could", "should", "can", "must"}
IN_HOUSE = {"internal", "domestic", "cabinet", "coalition", "parliamentary", "party", "board", "staff"}  # talks at home


def talks_before(heard, sent, rules: Rules, actor_of, named_here, coded_here) -> list:
    """Talks with no party of their own after which one of the sentence's two states did something ("Straw told
    the Commons that the US had agreed to release the four after intensive and complex discussions"): the two
    states' talks, each with the other (046), when the sentence names those two states and no one else and codes
    no consultation between them; the act is past, so the talks were held."""
    states = {state for m in named_here if (state := state_of(m))}
    if len(states) != 2 or other_names(sent, actor_of, tuple(states)) \
            or any(e.code[:2] == "04" and {e.source[:3], e.target[:3]} == states for e in coded_here):
        return []
    nouns = talk_nouns(rules)
    for noun in heard:
        verb = done_after(noun)
        if verb is None or noun.tag_ != "NNS" or noun.lemma_.lower() not in nouns \
                or own_party(noun, actor_of) is not None \
                or any(c.dep_ in ("amod", "compound") and c.lower_ in IN_HOUSE for c in noun.children):
            continue  # "changed its stance after cabinet discussions": not with the other state
        doer = syntax.subject_of(verb)
        mention = actor_of(doer) if doer is not None else None
        if mention is None or state_of(mention) not in states:
            continue
        own, other = state_of(mention), (states - {state_of(mention)}).pop()
        code = rules.constructions["story_talks"][0]
        return [(own, other, noun, code, "asserted"), (other, own, noun, code, "asserted")]
    return []


def done_after(noun):
    """The verb of a past act the noun's "after" or "following" phrase is on ("had agreed to release the four
    after discussions", "agreed a truce after two days of talks"), else None ("will decide after talks")."""
    phrase = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    if phrase.dep_ != "pobj" or phrase.head.lower_ not in DONE_BEFORE:
        return None
    verb = tensed = phrase.head.head
    while tensed.dep_ == "xcomp" and tensed.tag_ == "VB" and tensed.head.i != tensed.i:
        tensed = tensed.head  # the parser hangs the phrase on the infinitive: "agreed to release ... after"
    if tensed.tag_ not in ("VBD", "VBN") or any(c.dep_ == "aux" and c.lower_ in MODALS for c in tensed.children):
        return None
    if verb.lemma_.lower() in SPEECH_VERBS or syntax.children(verb, "ccomp"):
        return None  # "Sri Lanka's president said after the talks": words, the talks maybe of others
    return verb

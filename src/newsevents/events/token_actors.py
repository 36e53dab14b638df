"""The actor a word of the parse names: its own mention, a modifier's ("the Russian proposal"), an "of"
phrase ("thousands of Iraqi Kurds"), a role listed after a placed one, a pronoun's antecedent or reporter,
"we" in a quote as its speaker. Moved out of events/__init__.py (thirty-second session) unchanged."""

from __future__ import annotations

from dataclasses import replace

from newsevents.events import no_party, syntax
from newsevents.events.audience import token_at, told_outlet
from newsevents.events.context import members_organisation, organisation_referent
from newsevents.events.firms_from import role_member
from newsevents.events.mention_index import MentionIndex
from newsevents.events.quoted_speaker import FIRST_PERSON, first_person_speaker, own_role
from newsevents.events.venue import venue_modifier
from newsevents.model import Mention, Quote

LEFT_DEPS = ("compound", "amod", "poss", "nmod", "appos")


def actor_finder(index: MentionIndex, paragraph_start: int, quotes: tuple[Quote, ...] = ()):
    """``actor_of(token)``: the mention for a token, its modifiers, or its "of" phrase
    ("thousands of Iraqi Kurds"); "we" or "our" in a quote: its speaker (``quotes``)."""
    def mention_at(token) -> Mention | None:
        return index.at(paragraph_start + token.idx) or first_person_speaker(token, quotes, paragraph_start)

    known: dict = {}  # (doc, token, depth) -> the answer: the passes ask after the same words many times

    def actor_of(token, depth: int = 2) -> Mention | None:
        key = (id(token.doc), token.i, depth)
        return known[key] if key in known else known.setdefault(key, find_actor(token, depth))

    def find_actor(token, depth: int) -> Mention | None:
        if stance_prefixed(token):
            return None
        own = mention_at(token)
        if venue_modifier(token, own):
            return None  # "their Paris meeting": where, not who (venue.py)
        if own is not None and not own.code.startswith("---"):
            return role_member(token, own, actor_of)  # "firms from Japan and Korea": Korea's firms
        beside = [(child, mention_at(child)) for child in modifiers(token)
                  if not venue_modifier(child, mention_at(child))]  # "the Geneva conference": where (venue.py)
        beside.sort(key=lambda pair: pair[1] is not None and pair[1].kind == "pronoun")  # "her Bolivian
        # counterpart": the word that names a state before the possessive that points back to the speaker
        for child, mention in beside:
            if mention is not None and not mention.code.startswith("---") \
                    and not (child.dep_ == "poss" and token.lemma_.lower() in RELATION_NOUNS):
                # "the Russian proposal", "the U.N. war crimes court"; not "a military alternative"
                return own_role(own, mention) if child.lower_ in FIRST_PERSON else mention  # "our troops"
        if own is not None and own.code.startswith("---") and depth:
            listed = listed_with(token, actor_of)  # "Kuwait's Crown Prince and the defence and oil ministers"
            if listed is not None:
                return replace(own, code=listed.code[:3] + own.code[3:], country=listed.country)
        if own is not None:
            return own
        role = titled_role(token, beside)
        if role is not None:
            return role  # "Gareth Peirce, a lawyer, said": a lawyer of the story's country
        for child in token.children:
            if child.dep_ == "prep" and (child.lower_ == "of" or child.lower_ == "for"
                                         and token.lemma_.lower() in FACILITIES):  # "a camp for Congolese refugees"
                for obj in child.children:
                    if obj.dep_ == "pobj" and depth:
                        mention = actor_of(obj, depth - 1)
                        if mention is not None:
                            return mention
        if token.lower_ in GROUP_PRONOUNS:
            return pronoun_antecedent(token, actor_of, index, paragraph_start)
        if token.lower_ in SPEAKER_PRONOUNS:
            return reporting_speaker(token, actor_of)
        organisation = organisation_referent(token, index.mentions, paragraph_start + token.idx) \
            or members_organisation(token, index.mentions, paragraph_start + token.idx)
        if organisation is not None:
            return organisation  # "the alliance would send forces": the organisation named before
        for _, mention in beside:  # "a Karen guerrilla stronghold": the guerrillas'
            if mention is not None and mention.code[3:6] in GROUP_SECTORS and mention.code.startswith("---"):
                return mention
        return None
    return actor_of


def listed_with(token, actor_of) -> Mention | None:
    """The state-placed mention a role of no country is listed after ("Kuwait's Crown Prince
    and the defence and oil ministers": Kuwait's ministers); not two sides ("between")."""
    if token.dep_ != "conj" or any(a.lower_ == "between" for a in token.ancestors):
        return None
    head = token.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    mention = actor_of(head, 0)
    return mention if mention is not None and mention.code and mention.code[:3].isalpha() \
        and not mention.code.startswith(("---", "IGO", "NGO", "IMG")) else None


def titled_role(token, beside) -> Mention | None:
    """A name no dictionary knows, with its role written beside it (``beside``: its modifiers and
    their mentions; "Lawyer Gareth Peirce", "Gareth Peirce, a lawyer,"): the role, of no country
    yet (the source is then placed as any actor named by title is)."""
    if token.pos_ != "PROPN" or token.ent_type_ in ("GPE", "LOC", "NORP"):  # the recogniser may call a name ORG
        return None
    return next((m for _, m in beside if m is not None and m.code.startswith("---") and len(m.code) > 3), None)


GROUP_SECTORS = {"REB", "INS", "SEP", "RAD", "OPP", "CRM"}  # groups, not adjectives ("military exercises")
# "the US's neighbour" is not the US ("its American ally", "our NATO allies" are who they say)
RELATION_NOUNS = no_party.RELATION_NOUNS


FACILITIES = {"camp", "school", "hospital", "shelter", "clinic", "centre", "center", "home", "office", "mission"}
GROUP_PRONOUNS = {"it", "they", "we", "its", "their"}


def modifiers(token) -> list:
    """Words that modify a noun from the left (and its appositions), with the modifiers of
    those ("U.N. mediator Diego Cordovez": U.N. modifies mediator, which modifies Cordovez;
    "the US-led war": US modifies led)."""
    found = []
    for child in token.children:
        if stance_prefixed(child) or no_party.quoted_label(child):
            continue  # "the pro-Moscow province", "an anti-American rally": not Moscow's, not America's;
            # "mocked the 'Russia' quip", "his 'Las Vegas' jibe": a word quoted, not the party
        if child.dep_ in LEFT_DEPS and child.i < token.i or child.dep_ == "appos":
            found.append(child)
            found.extend(c for c in child.children if c.dep_ in LEFT_DEPS + ("npadvmod",) and c.i < child.i)
    return found


STANCE_PREFIXES = {"pro", "anti"}


def stance_prefixed(token) -> bool:
    """A name written after "pro-" or "anti-" (split by the tokenizer; the hyphen itself may
    start the name's mention): a stance, not the actor."""
    if token.text == "-":
        return token.i >= 1 and token.nbor(-1).lower_ in STANCE_PREFIXES
    return token.i >= 2 and token.nbor(-1).text == "-" and token.nbor(-2).lower_ in STANCE_PREFIXES


SPEAKER_PRONOUNS = {"he", "she"}


def reporting_speaker(token, actor_of) -> Mention | None:
    """"Malawi's president said he had asked Tanzania to ...": "he" or "she" as the subject of a
    reported clause is the one who reports it (the subject of the verb the clause hangs on)."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ccomp" or token.head.head.i == token.head.i:
        return None
    subject = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in GROUP_PRONOUNS | SPEAKER_PRONOUNS or subject.pos_ == "PRON":
        return None
    return actor_of(subject)


def pronoun_antecedent(token, actor_of, index: MentionIndex, paragraph_start: int) -> Mention | None:
    """"Syria says it will withdraw": the subject of the verb that reports the clause;
    "the rebels continued their strike": the subject of the clause a possessive is in;
    else the nearest country or organisation named before in the sentence."""
    if token.dep_ == "poss":
        clause = token.head.head if token.head.dep_ in ("dobj", "pobj", "attr") else None
        while clause is not None and clause.dep_ == "prep":
            clause = clause.head
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
        if subject is None and clause is not None and clause.dep_ == "conj":
            subject = syntax.subject_of(clause)  # "Pakistan refused ... and has urged its citizens"
        if subject is not None and subject.lower_ not in GROUP_PRONOUNS:
            return actor_of(subject)
    verb = token.head
    own = own_subject(token, actor_of)
    for _ in range(3):
        if verb.dep_ not in ("ccomp", "conj", "xcomp", "advcl") or verb.head.i == verb.i:
            break
        verb = verb.head
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subject.i != token.i and subject.lower_ not in GROUP_PRONOUNS:
                mention = actor_of(subject)
                if mention is not None and (own is None or mention.code != own.code) \
                        and not one_person_reporting(token, subject, mention):
                    return mention  # an object is not its own verb's subject ("X cut ties, accusing it")
    start = paragraph_start + token.sent.start_char  # once, not once a mention
    for mention in reversed(index.mentions):
        if start <= mention.start < paragraph_start + token.idx and mention.kind in GROUP_KINDS \
                and not told_outlet(token_at(token.sent, mention.start, paragraph_start), mention):
            return mention  # not "told the BBC they had reached": the outlet is the audience
    return None


GROUP_KINDS = {"country", "capital", "seat", "organisation", "demonym"}
THIRD_PERSON = {"it", "its", "they", "their"}


def one_person_reporting(pronoun, subject, mention) -> bool:
    """"Erdogan complained they are supporting terror groups": a third-person "it" or "they"
    in what one named person reports is someone else; "we" is the speaker's side, and officials,
    two people, "the government" or a state ("Syria says it will withdraw") may speak of themselves."""
    return pronoun.lower_ in THIRD_PERSON and mention.kind == "person" and subject.tag_ == "NNP" \
        and not any(word.dep_ == "conj" for word in subject.subtree) \
        and not (pronoun.head.lemma_ == "be" and any(c.dep_ == "acomp" for c in pronoun.head.children))
    # not "Obama and Castro said they would", nor "saying it was important to keep ties" (no one's "it")


def own_subject(token, actor_of) -> Mention | None:
    """For an object pronoun, the actor of the subject of its own verb ("accusing it")."""
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if token.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = syntax.subject_of(verb)
    return actor_of(subject) if subject is not None and subject.i != token.i else None

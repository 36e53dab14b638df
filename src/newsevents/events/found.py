"""An event found in a sentence, before ids and document-level merging, and the
parties it names: shared by the coder, its constructions and the settling of acts
inside other acts."""

from __future__ import annotations

from dataclasses import dataclass

from newsevents.events import syntax
from newsevents.events.group_members import without_named_groups
from newsevents.events.patterns import Pattern
from newsevents.model import Mention

RECIPROCAL_ROOTS = {"03", "04", "05", "06"}
MATERIAL_CONFLICT = {"15", "16", "17", "18", "19", "20"}


@dataclass(frozen=True)
class Found:
    """An event found in one sentence, before ids and document-level merging."""

    code: str
    pattern: Pattern
    trigger: object  # spaCy Token
    sources: tuple[tuple[object, Mention | None], ...]
    targets: tuple[tuple[object, Mention | None], ...]
    modality: str


def known(mention: Mention | None) -> bool:
    """An actor whose country (or organisation) is known."""
    return mention is not None and bool(mention.code) and not mention.code.startswith("---")


def named_parties(token, actor_of) -> list:
    """The token and its conjuncts; a measure whose actors are inside its of- or from-phrase, and
    a noun with coordinated demonyms, stand for each of them ("scores of Sierra Leonean
    and Liberian refugees", "French and Egyptian warships")."""
    found = []
    listed = listed_subjects(token, actor_of)
    if listed:
        return listed  # "Ethiopia, Eritrea sign peace declaration"
    members = plural_antecedent(token)
    if len(members) == 1 and members[0].i != token.i:
        members = named_parties(members[0], actor_of)  # "Obama and Cuban President Raul Castro announced that
        # they ...": the parser hangs "Obama and President" on Castro as a modifier
    if len(members) > 1 and sum(actor_of(m) is not None for m in members) > 1:
        return [m for m in members if actor_of(m) is not None]  # "France and Germany said they would halt"
    for part in syntax.with_conjuncts(token):
        if part.dep_ == "appos" and part.head.i == token.i and known(actor_of(token)) and not part.conjuncts \
                and actor_of(part) is not None and actor_of(part).code != actor_of(token).code:
            continue  # "Liberia, the World Food Program said": a misparse, not another name
        inner = [o for p in syntax.children(part, "prep") if p.lower_ in ("of", "from")
                 for o in syntax.children(p, "pobj")]  # "farmers from France, Belgium and Germany": each
        own, of = actor_of(part), actor_of(inner[0]) if inner else None
        shared = inner and len(syntax.with_conjuncts(inner[0])) > 1 and of is not None
        if inner and own is not None and (own is of or shared and (own.code.startswith("---")
                                                                   or own.code[:3] == of.code[:3])):
            parts = syntax.with_conjuncts(inner[0])  # "the foreign ministers of Brazil and Argentina"
        else:
            parts = [part]
        for noun in parts:
            coordinated = [c for c in syntax.children(noun, "amod", "compound", "nmod")
                           if c.conjuncts and actor_of(c) is not None]
            if coordinated:
                found.extend([coordinated[0], *(c for c in coordinated[0].conjuncts if actor_of(c) is not None)])
            else:
                found.append(noun)
    return without_named_groups(found, actor_of)  # "the G-7, the United States, Britain, ...": the members


def listed_subjects(token, actor_of) -> list:
    """A headline's "A, B verb": the parser makes each state a subject of its own; all of
    them are the subject, when only commas stand between them and each names an actor."""
    if token is None or token.dep_ != "nsubj" or actor_of(token) is None:
        return []
    subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
    if len(subjects) < 2 or any(actor_of(s) is None for s in subjects):
        return []
    for left, right in zip(subjects, subjects[1:], strict=False):
        if [t.text for t in token.doc[left.right_edge.i + 1:right.left_edge.i]] != [","]:
            return []
    return subjects


def reporter_subject(verb, actor_of):
    """"Japan said the ruling was binding and called on both countries": the parser hangs a
    reporter's second verb on the clause it reports; when that clause's subject names no
    actor, the reporter is the subject. None otherwise."""
    if verb.dep_ != "conj" or syntax.children(verb, "nsubj", "nsubjpass"):
        return None
    clause = verb.head
    while clause.dep_ in ("acomp", "attr", "conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or actor_of_subject(clause, actor_of):
        return None
    subjects = syntax.children(clause.head, "nsubj")
    return subjects[0] if subjects and known(actor_of(subjects[0])) else None


def actor_of_subject(verb, actor_of) -> bool:
    subjects = syntax.children(verb, "nsubj", "nsubjpass")
    return bool(subjects) and actor_of(subjects[0]) is not None


def parties_of(token, actor_of, groups=None) -> tuple:
    """(token, mention) for each party a source names; a group noun with no actor of its own
    ("the four countries") stands for the members ``groups(token)`` gives (``groups.py``)."""
    parties = tuple((t, actor_of(t)) for t in named_parties(token, actor_of))
    if groups is not None and not any(known(m) for _, m in parties):
        parties = tuple((token, m) for m in groups(token)) or parties
    return parties


PLURAL_PRONOUNS = {"they", "we"}
PLURAL_OWNERS = {"their", "our"}


def plural_antecedent(token, *, depth: int = 3) -> list:
    """For "they"/"we" in a reported clause, the coordinated subject of the verb that reports it
    ("France and Germany said they would halt ..."): each member, as a list of tokens; else []. So for
    "their" owning the object of a verb whose subject is a list ("Hungary and Poland announced their
    withdrawal from Iraq": each withdraws)."""
    if token is not None and token.lower_ in PLURAL_OWNERS and token.dep_ == "poss" and token.head.dep_ == "dobj":
        subject = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
        members = syntax.with_conjuncts(subject) if subject is not None else []
        return members if len(members) > 1 else []
    if token is None or token.lower_ not in PLURAL_PRONOUNS or token.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = token.head
    for _ in range(depth):
        if verb.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or verb.head.i == verb.i:
            return []
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ not in PLURAL_PRONOUNS:
            members = syntax.with_conjuncts(subject)
            return members if len(members) > 1 else [subject] if coordinated_modifier(subject) else []
    return []


def coordinated_modifier(noun) -> bool:
    """A noun whose modifier the parser made a list ("*Obama and Cuban President* Raul Castro": Obama's "and"
    hangs below Castro): the list and the noun are the subject, read by ``named_parties``."""
    return any(c.dep_ in ("nmod", "compound") and c.conjuncts for c in noun.children)


def about_itself(target, mention, speaker) -> bool:
    """A judgement of one's own side: the same actor, a state as a whole of its own country, or a
    pronoun ("Britain said its response was proportionate"); not one party on another of its
    country ("the Tory leader said Mr Blair was wrong")."""
    if mention.code[:3] != speaker.code[:3]:
        return False
    if target.pos_ == "PRON" or len(mention.code) == 3 or len(speaker.code) == 3:
        return True
    if mention.name and speaker.name:
        return mention.name == speaker.name  # "Trump said Clinton was a liar": two people of one code
    return mention.code == speaker.code

"""Within-document reference: a later bare surname, pronoun or "the spokesman" is the
actor named before. Deliberately simple and local: the nearest earlier candidate."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from newsevents.actors.surnames import HONORIFICS
from newsevents.model import Document, Mention
from newsevents.parse import tokens_where

ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9&-]{1,9}$")
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
DEFINITES = {"the", "this", "that"}
ONE_PERSON_ROLES = frozenset({  # a role noun in the singular that names one person: a "he" or "she" may be them
    "official", "minister", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "diplomat",
    "negotiator", "secretary", "undersecretary", "adviser", "advisor", "aide", "president", "premier",
    "chancellor", "commander", "general", "senator", "lawmaker", "governor", "mayor", "king", "emir"})


def last_name(name: str | None) -> str:
    return (name or "").split()[-1].lower() if name else ""




def bare_surname(text: str) -> str:
    """"Morales" or "Mr Balls" -> the surname, lower-cased; "" for a fuller name."""
    words = text.strip().split()
    if words and all(w.lower() in HONORIFICS for w in words[:-1]):
        return words[-1].lower()
    return ""


def inherit(mention: Mention, antecedent: Mention, index: int) -> Mention:
    return replace(mention, code=antecedent.code, name=antecedent.name, country=antecedent.country,
                   sector=antecedent.sector, plover_sector=antecedent.plover_sector, refers_to=index)


def link_references(mentions: list[Mention], doc: Document,
                    title_of: Callable[[Mention], str] | None = None) -> list[Mention]:
    """Surnames and definite role words point back; pronoun mentions are added. ``title_of``
    gives the office a person mention held on the story's day ("Prime Minister"), so that
    "the prime minister" finds "Tony Blair" named before."""
    linked: list[Mention] = []
    for mention in with_appositive_roles(mentions, doc.article.text):
        mention = office_linked_before(mention, linked, doc.article.text)
        antecedent = find_antecedent(mention, linked, doc.article.text, title_of)
        linked.append(inherit(mention, linked[antecedent], antecedent) if antecedent is not None else mention)
    return in_text_order(linked + pronoun_mentions(doc, linked) + acronym_mentions(doc, linked))


def office_linked_before(mention: Mention, linked: list[Mention], text: str) -> Mention:
    """"China's finance minister met them. The finance minister, Lou Jiwei, said": a name no dictionary knows,
    in apposition after an office that took its country from an earlier mention, holds that office (the
    apposition is read before the office is linked in ``with_appositive_roles``, so it is read again here)."""
    if mention.kind != "person" or mention.code or not linked:
        return mention
    office = linked[-1]
    if office.kind == "person" or not office.role or office.refers_to is None or not office.code \
            or office.code.startswith(("---", "NGO", "IMG")):
        return mention
    if text[office.end:mention.start].strip() != "," or not OFFICE_END.match(text[mention.end:]):
        return mention
    return replace(mention, code=office.code, country=office.country, sector=office.sector,
                   plover_sector=office.plover_sector)


def with_appositive_roles(mentions: list[Mention], text: str) -> list[Mention]:
    """A name no dictionary knows takes the office written beside it in apposition ("Arturo
    Sarukhan, Mexico's ambassador to the United States, said"; "Kuwait's foreign
    undersecretary, Suleiman al-Shaheen,"), so that its surname and pronouns later do too."""
    found = list(mentions)
    for index, mention in enumerate(found):
        if mention.kind == "person" and (mention.code or "---").startswith("---"):
            body = led_body_after(mention, found[index + 1] if index + 1 < len(found) else None, text)
            if body is not None:  # "Adm. Ann Hale, who leads the US Pacific Command": the body's country
                code = body.code[:3] + (mention.code[3:] if mention.code else body.code[3:])
                found[index] = replace(mention, code=code, country=body.country,
                                       sector=mention.sector if mention.code else body.sector,
                                       plover_sector=mention.plover_sector if mention.code else body.plover_sector)
                continue
        if mention.kind != "person" or mention.code:
            continue
        around = [(n, text[mention.end:n.start]) for n in found[index + 1:index + 2]] \
            + [(p, text[p.end:mention.start]) for p in found[max(index - 1, 0):index] if index]
        office = next((m for m, gap in around if gap.strip() == "," and m.role and m.code
                       and not m.code.startswith("---") and m.kind != "person"), None) \
            or placed_office_after(mention, found[index + 1:index + 3], text)
        if office is not None:
            found[index] = replace(mention, code=office.code, country=office.country, sector=office.sector,
                                   plover_sector=office.plover_sector)
            continue
        after = found[index + 1] if index + 1 < len(found) else None
        if after is not None and after.kind == "role" and after.role and (after.code or "").startswith("---") \
                and APPOSITIVE.fullmatch(text[mention.end:after.start]) \
                and not OF_ANOTHER.match(text[after.end:after.end + 6]):
            # "Ann Hale, a city councillor, said": the office of no country is hers, and the story's home
            # country may place her (actors/home.py) as it places "Councillor Ann Hale"; not "Ann Hale, the
            # president of the football federation": that office is another body's
            found[index] = replace(mention, code=after.code, sector=after.sector, role=after.role,
                                   plover_sector=after.plover_sector)
    return found


APPOSITIVE = re.compile(r",\s+(?:(?:a|an|the)\s+)?(?:[a-z][a-z-]*\s+){0,2}")  # ", a senior " before the office
OF_ANOTHER = re.compile(r"\s+(?:of|for|at|to|with)\b")
# ", a top " / ", Mr. " before an office with a country; not a clause ("X, who met", "X, said the")
PLACED_APPOSITIVE = re.compile(r",\s+(?:(?:a|an|the)\s+(?:[a-z][a-z-]*\s+){0,2}|(?:Mr|Mrs|Ms|Dr)\.?\s+)")
OFFICE_END = re.compile(r"\s*(?:[,;.)]|$)")


LEADS = re.compile(r",\s+who\s+(?:now\s+)?(?:leads|heads|runs|commands|chairs|directs|led|headed|ran|commanded|chaired"
                   r"|directed)\s+(?:the\s+)?")


def led_body_after(mention: Mention, after: Mention | None, text: str) -> Mention | None:
    """"Adm. Ann Hale, who leads the United States Pacific Command,", "Ken Ode, who heads Kenya's central
    bank": the body with a country a person leads, named in a clause right after the name."""
    if after is None or after.kind == "person" or not after.code or after.code.startswith(("---", "NGO", "IMG")):
        return None
    return after if LEADS.fullmatch(text[mention.end:after.start]) else None


def placed_office_after(mention: Mention, following: list[Mention], text: str) -> Mention | None:
    """"Huma Oduya, a top aide to Ann Kwame, said" (the aide is Kwame's: stage.principal), "Paul Ferris,
    Mr. Dane's campaign chairman,": a name no dictionary knows takes the office with a country written
    after it in apposition, when an article or a title starts the apposition and the office (or the actor
    it serves: "to Ann Kwame") ends it."""
    after = following[0] if following else None
    if after is None or after.kind == "person" or not after.role or not after.code \
            or after.code.startswith(("---", "NGO", "IMG")):
        return None
    if not PLACED_APPOSITIVE.fullmatch(text[mention.end:after.start]):
        return None
    end = after.end
    if len(following) > 1 and re.fullmatch(r"\s+(?:to|for|of)\s+(?:the\s+)?", text[end:following[1].start]):
        end = following[1].end  # "a top aide to Ann Kwame"
    tail = re.match(r"(?:\s+[a-z][a-z-]*){0,2}", text[end:])  # "campaign chairman" the mention left out
    return after if OFFICE_END.match(text[end + (tail.end() if tail else 0):]) else None


def in_text_order(mentions: list[Mention]) -> list[Mention]:
    """Mentions sorted by where they start, each ``refers_to`` index moved with its mention."""
    ordered = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    new_index = {old: new for new, old in enumerate(ordered)}
    return [
        replace(m, refers_to=new_index[m.refers_to]) if m.refers_to is not None else m
        for m in (mentions[old] for old in ordered)
    ]


def find_antecedent(mention: Mention, earlier: list[Mention], text: str,
                    title_of: Callable[[Mention], str] | None = None) -> int | None:
    if earlier and is_parenthetical_acronym(mention.text, mention.start, mention.end, earlier[-1], text):
        return len(earlier) - 1
    if mention.kind == "person" and mention.name and bare_surname(mention.text) and not mention.role:
        surname = bare_surname(mention.text)
        named = [index for index in range(len(earlier) - 1, -1, -1)
                 if earlier[index].kind == "person" and earlier[index].name
                 and last_name(earlier[index].name) == surname and " " in earlier[index].text.strip()]
        # "Gordon Brown" before "Brown's closest aides": a full name is the better antecedent.
        full = [index for index in named if " " in earlier[index].name.strip()]
        if full or named:
            return (full or named)[0]
    if mention.kind == "role" and mention.role:
        before = text[max(0, mention.start - 5):mention.start].lower().split()
        if before and before[-1] in DEFINITES:
            for index in range(len(earlier) - 1, -1, -1):
                other = earlier[index]
                if not other.code or other.code.startswith("---"):
                    continue
                if other.role and mention.role in other.role \
                        or other.kind == "person" and title_of is not None and holds(title_of(other), mention.role):
                    return index if other.refers_to is None else other.refers_to  # the chain's first mention
        return named_body_before(mention, earlier, before)
    return None


BODY_KINDS = {"seat", "organisation"}


def named_body_before(mention: Mention, earlier: list[Mention], before: list[str]) -> int | None:
    """"The State Department said ... the department said": "the" and one role word that is a word of the name
    of a body named before (a seat or an organisation with a country, its word capitalised there) is that body,
    the nearest such; not a word of a person's title ("the minister" after "Foreign Minister Ann Lee" is the
    role pass's)."""
    words = mention.text.split()
    if not before or before[-1] != "the" or len(words) != 1 or not words[0].islower():
        return None
    for index in range(len(earlier) - 1, -1, -1):
        other = earlier[index]
        if other.kind in BODY_KINDS and other.code and not other.code.startswith("---") \
                and words[0].capitalize() in other.text.split():
            return index if other.refers_to is None else other.refers_to
    return None


TITLE_FILLER = {"of", "the", "for", "and", "state"}


def holds(title: str, role: str) -> bool:
    """Whether an office title ("Prime Minister", "Minister of Foreign Affairs") is the role
    written ("prime minister", "foreign minister"): every word of the role is in the title."""
    if not title:
        return False
    held = {w for w in re.split(r"[\s,-]+", title.lower()) if w} - TITLE_FILLER
    wanted = {w for w in re.split(r"[\s,-]+", role.lower()) if w} - TITLE_FILLER
    return bool(wanted) and wanted <= held


def pronoun_tokens(spacy_doc):
    """The tokens that are person pronouns, found without making a Token of every word."""
    return tokens_where(spacy_doc, "LOWER", PERSON_PRONOUNS)


SUBJECTS = ("nsubj", "nsubjpass")


def pronoun_mentions(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """He/she/his -> a person mentioned before, in this or the last paragraph (``antecedent_of``).
    A resolved pronoun is itself a candidate for the next one ("He arrived ..., where he met"). A person
    no dictionary codes is a candidate too in the pronoun's own sentence ("His lawyer, John Brown, said he
    would appeal"): a pronoun that refers to them gets no code, rather than the code of the last coded person
    before them (the judge). Further back the coded person stays the antecedent, as before (a "He added" that
    opens a paragraph continues its main actor more often than the last name the paragraph before named)."""
    found: list[Mention] = []
    people = [(i, m) for i, m in enumerate(mentions) if m.kind == "person"  # with no code too: see below
              or m.kind in ("role", "demonym") and m.code and not m.code.startswith("---")]
    heads = person_heads(doc, people)
    people = [(i, m) for i, m in people if m.kind == "person" or one_person(heads.get(i))]
    candidates: list[tuple[int, Mention, object]] = []  # (index of the named antecedent, mention, head token)
    covered = {start for m in mentions for start in range(m.start, m.end)}  # characters any mention covers
    for paragraph, spacy_doc in zip(doc.article.paragraphs, doc.parsed, strict=True):
        for token in pronoun_tokens(spacy_doc):
            start = paragraph.start + token.idx
            while people and people[0][1].end <= start:
                index, mention = people.pop(0)
                candidates.append((index, mention, heads.get(index)))
            previous = [c for c in candidates if c[1].end <= start and start - c[1].end < 1500
                        and (c[1].code or same_sentence(c[2], token))]  # one uncoded: in the pronoun's sentence
            if not previous:
                continue
            chosen = antecedent_of(token, previous, lambda t, at=paragraph.start: at + t.idx in covered)
            if chosen is None:
                continue  # "Trump attacked Romney, calling him ...": not Trump, and Romney has no code
            index, antecedent, _ = chosen
            if not antecedent.code:  # "His lawyer, John Brown, said he would appeal": Brown, whom no dictionary
                candidates.append((index, antecedent, token))  # knows, not the judge named before him
                continue
            pronoun = Mention(
                text=token.text, start=start, end=start + len(token.text), code=antecedent.code,
                kind="pronoun", name=antecedent.name, country=antecedent.country,
                sector=antecedent.sector, plover_sector=antecedent.plover_sector, refers_to=index,
            )
            found.append(pronoun)
            candidates.append((index, pronoun, token))
    return found


def same_sentence(head, token) -> bool:
    return head is not None and head.doc is token.doc and head.sent.start == token.sent.start


def one_person(head) -> bool:
    """"a senior Japanese government official", "the minister": a role that names one person."""
    return head is not None and head.tag_ == "NN" and head.lemma_.lower() in ONE_PERSON_ROLES


def antecedent_of(token, previous: list, named=lambda token: True) -> tuple | None:
    """The nearest person before, with two preferences of how news is written: a subject
    "he" continues the subject before it, in its own sentence or the one before ("Musharraf
    held talks with Blair. He arrived ..." is Musharraf); an object "him" is not the subject
    of its own clause ("Trump attacked Romney, calling him ..." is Romney). A subject "he" after a name in
    the verb its clause hangs from, that no mention covers (``named`` false: "Brekke said he ...") is that
    unknown person's."""
    sentence = token.sent
    if token.dep_ in SUBJECTS:
        own = [c for c in previous if c[2] is not None and c[2].doc is token.doc
               and c[2].sent.start == sentence.start and subject_named(c[2])]
        if own:
            return own[-1]
        clause = token.head
        if clause.dep_ in ("ccomp", "advcl", "conj", "xcomp") and any(
                t.dep_ in SUBJECTS and t.pos_ == "PROPN" and t.i < token.i and not named(t)
                for t in clause.head.children):
            return None  # "Brekke said he was pleased": a person no dictionary knows, not the senator before
        last = previous_sentence(token)
        if last is not None:
            subjects = [c for c in previous if c[2] is not None and c[2].doc is last.doc
                        and c[2].sent.start == last.start and c[2].dep_ in SUBJECTS]
            if subjects:
                return subjects[0]
        else:
            subject = last_paragraph_subject(token, previous)
            if subject is not None:
                return subject
    elif token.dep_ == "poss" and token.head.dep_ == "dobj" and recipient_before(token.head):
        verb = token.head.head  # "Howard sent Mr Bush his congratulations": the sender's, not the recipient's
        subjects = [c for c in previous if c[2] is not None and c[2].doc is token.doc
                    and c[2].dep_ in SUBJECTS and c[2].head.i == verb.i]
        if subjects:
            return subjects[-1]
    elif token.lower_ in ("him", "her") and token.dep_ in ("dobj", "pobj", "dative"):
        clause_subjects = {s.i for verb in [token.head, *token.head.ancestors][:3]
                           for s in verb.children if s.dep_ in SUBJECTS}
        free = [c for c in previous if not (c[2] is not None and c[2].doc is token.doc and c[2].i in clause_subjects)]
        return free[-1] if free else None
    return previous[-1]


REPORTING = {"say", "add", "tell", "note", "state", "declare", "remark", "reply", "insist", "warn", "argue"}


def last_paragraph_subject(token, previous: list) -> tuple | None:
    """A subject "he" opening a paragraph (or the clause of its "he said") continues the subject of the last sentence
    of the paragraph before ("Howe was asked about statements from an Iranian official who said ... / '...,' he
    said": Howe, not the official named inside his sentence)."""
    before = [c for c in previous if c[2] is not None and c[2].doc is not token.doc]
    if not before or token.head.lemma_ not in REPORTING or token.head.dep_ != "ROOT":  # not a "he" inside the quote
        return None
    doc = before[-1][2].doc
    last = doc[len(doc) - 1].sent
    subjects = [c for c in before if c[2].doc is doc and c[2].sent.start == last.start and c[2].dep_ in SUBJECTS
                and c[2].head.dep_ == "ROOT"]
    return subjects[0] if subjects else None


def subject_named(head) -> bool:
    """A subject, or a name in apposition to one ("His lawyer, John Brown, said he would appeal": Brown)."""
    return head.dep_ in SUBJECTS or head.dep_ == "appos" and head.head.dep_ in SUBJECTS


def recipient_before(given) -> bool:
    """"sent Mr Bush his congratulations": the verb's dative (or a first object, as the parser
    sometimes reads it) stands before the object given."""
    return any(child.dep_ in ("dative", "dobj") and child.i < given.i for child in given.head.children)


def previous_sentence(token):
    """The sentence before the token's, in its paragraph; None at a paragraph's start (the
    paragraph before is another Doc: the nearest person there is the fallback)."""
    start = token.sent.start
    return token.doc[start - 1].sent if start > 0 else None


def person_heads(doc: Document, people: list) -> dict:
    """Each person mention's head token (the last token inside it whose head is outside)."""
    heads = {}
    for paragraph, spacy_doc in zip(doc.article.paragraphs, doc.parsed, strict=True):
        end = paragraph.start + text_length(spacy_doc)
        for index, mention in people:
            if paragraph.start <= mention.start and mention.end <= end:
                span = spacy_doc.char_span(mention.start - paragraph.start, mention.end - paragraph.start,
                                           alignment_mode="expand")
                if span is not None and len(span):
                    heads[index] = span.root
    return heads


def text_length(spacy_doc) -> int:
    """``len(spacy_doc.text)`` without making a Token of every word (``Doc.text`` joins them all):
    where the last token starts, plus its length and the space after it."""
    if not len(spacy_doc):
        return 0
    last = spacy_doc[-1]
    return last.idx + len(last.text_with_ws)


NAMED_KINDS = {"organisation", "seat", "person"}


def is_parenthetical_acronym(written: str, start: int, end: int, before: Mention, text: str) -> bool:
    """"Islamic Salvation Front (FIS)": an acronym in brackets right after a named body or
    person is that actor, whatever else the acronym may name. (Not after a place: in
    "the force in Lebanon (UNIFIL)" the acronym names the force.)"""
    return (bool(ACRONYM.match(written)) and sum(c.isupper() for c in written) >= 2
            and text[before.end:start].strip() == "(" and text[end:end + 1] == ")"
            and bool(before.code) and before.kind in NAMED_KINDS)


def acronym_mentions(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Acronyms in brackets after a named actor that no dictionary knows ("(FIS)") become
    mentions of that actor."""
    text = doc.article.text
    taken = {(m.start, m.end) for m in mentions}
    found = []
    for index, mention in enumerate(mentions):
        match = re.match(r"\s*\(([^()\s]{2,10})\)", text[mention.end:mention.end + 16])
        if match is None:
            continue
        start, end = mention.end + match.start(1), mention.end + match.end(1)
        if (start, end) not in taken and is_parenthetical_acronym(match.group(1), start, end, mention, text):
            found.append(inherit(Mention(text=match.group(1), start=start, end=end, code=None,
                                         kind=mention.kind), mention, index))
    return found

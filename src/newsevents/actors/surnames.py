"""A person named in full once and then by surname alone ("Evo Morales ... Morales
thanked Mexico"): the story's person index.

The dictionary knows office-holders; news names many more people, and the parser does
not always tag a lone surname as a person. Every person the story names in full with an
actor code (a title, a country written before them, a dictionary entry) indexes their
surname; a later capitalised word equal to that surname, which no other mention covers,
becomes a person mention and ``coref`` links it to the nearest full name before it (a
headline's surname, before any full name, takes the first full name after it); a surname
mention of no code or of the person's country only ("Bolivia's Morales") takes the code.
Left alone: a surname shared by two people the story names in full with different codes,
a surname with another capitalised name right before or after it ("Carlos Morales" is
someone else), a word the recogniser reads as a date ("in May"), and short or
non-alphabetic "surnames".
"""

from __future__ import annotations

from dataclasses import replace

from newsevents.actors.entries import fold_name
from newsevents.model import Document, Mention

MIN_SURNAME = 3
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss", "sir", "dame"}
NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


def indexed_people(mentions: list[Mention], *, given: bool = False) -> dict[str, list[Mention]]:
    """Surname (as written) -> the people named in full with a code, in order; with ``given``,
    the first word of the name too ("Abiy Ahmed ... Abiy", "Xi Jinping ... Xi", "Isaias
    Afwerki ... Isaias": names whose first word is the one news repeats), where no person's
    surname is that word."""
    index: dict[str, list[Mention]] = {}
    firsts: dict[str, list[Mention]] = {}
    for mention in mentions:
        if mention.kind != "person" or not mention.name or not mention.code or mention.code == "---":
            continue  # a title of no country yet ("Undersecretary Suleiman al-Shaheen", ---GOV) is indexed too
        for surname in surnames_of(mention):
            index.setdefault(surname, []).append(mention)
        for first in given_names_of(mention) if given else ():
            firsts.setdefault(first, []).append(mention)
    for first, people in firsts.items():
        index.setdefault(first, people)  # a surname wins over a first word
    return {s: people for s, people in index.items() if len({p.code for p in people}) == 1}


def given_names_of(mention: Mention) -> set[str]:
    """The first word of a full name, as the text writes it and in the canonical name."""
    found: set[str] = set()
    for words in (mention.name.split(), mention.text.split()):
        if len(words) >= 2 and len(words[0]) >= MIN_SURNAME and words[0].isalpha() and words[0].istitle() \
                and words[0] in mention.text and words[0].lower() not in HONORIFICS:
            found.add(words[0])
    return found


def surnames_of(mention: Mention) -> set[str]:
    """The canonical name's last word when the text has it, and the last word as written
    ("Bruno Rodriguez" for "Bruno Rodríguez Parrilla")."""
    found: set[str] = set()
    if len(mention.name.split()) < 2:
        return found  # "Bolivia's Morales": a surname mention, not a full name
    for words in (mention.name.split(), mention.text.split()):
        surname = words[-1] if len(words) >= 2 else ""
        article, _, rest = surname.partition("-")
        if article.lower() in ARABIC_ARTICLES and rest:
            surname = rest[:1].upper() + rest[1:]  # "Suleiman al-Shaheen ... Shaheen said"
        if len(surname) >= MIN_SURNAME and surname.isalpha() and surname.istitle() and surname in mention.text:
            found.add(surname)
    return found


ARABIC_ARTICLES = {"al", "el", "ad", "ash", "as", "at", "az", "ar", "an", "ath", "adh", "ud", "ul"}


def is_name_word(token) -> bool:
    return token.is_title and token.pos_ == "PROPN" and token.lower_ not in HONORIFICS  # "Mr Rodriguez" is him


def surname_mentions(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """New person mentions for lone surnames (or first names) of people the story named in full before."""
    index = indexed_people(mentions, given=True)
    if not index:
        return []
    covered = [(m.start, m.end) for m in mentions]
    found: list[Mention] = []
    for paragraph, spacy_doc in zip(doc.article.paragraphs, doc.parsed, strict=True):
        for token in spacy_doc:
            people = index.get(token.text)
            if people is None or token.ent_type_ in NOT_NAMES:  # "in May"
                continue
            start = paragraph.start + token.idx
            end = start + len(token.text)
            if any(s < end and start < e for s, e in covered):
                continue
            before = spacy_doc[token.i - 1] if token.i > 0 else None
            after = spacy_doc[token.i + 1] if token.i + 1 < len(spacy_doc) else None
            if (before is not None and is_name_word(before)) or (after is not None and is_name_word(after)):
                continue
            person = named_for(people, start)
            found.append(Mention(text=token.text, start=start, end=end, code=person.code, kind="person",
                                 name=person.name, country=person.country, sector=person.sector,
                                 plover_sector=person.plover_sector))
    return found


def named_for(people: list[Mention], start: int) -> Mention:
    """The nearest full name before, else the first after (a headline names by surname
    before the story names in full)."""
    earlier = [p for p in people if p.end <= start]
    return earlier[-1] if earlier else people[0]


def complete_surnames(mentions: list[Mention]) -> list[Mention]:
    """A surname mention of no code or of the person's country only ("Bolivia's Morales")
    takes the code of the one person of that surname the story names in full."""
    index = indexed_people(mentions)
    out = []
    for mention in mentions:
        people = index.get(mention.name or "") if mention.kind == "person" and mention.name else None
        if people and mention.text.endswith(mention.name) and mention not in people:
            person = named_for(people, mention.start)
            if mention.code is None or mention.code == person.country:
                mention = replace(mention, code=person.code, name=person.name, country=person.country,
                                  sector=person.sector, plover_sector=person.plover_sector)
        out.append(mention)
    return out


def add_surname_mentions(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """The mentions with lone surnames added and completed, in text order."""
    mentions = story_namesakes(towns_named_as_people(doc.article.text, mentions))
    extra = surname_mentions(doc, mentions)
    mentions = sorted(mentions + extra, key=lambda m: m.start) if extra else mentions
    return complete_surnames(mentions)


LOCATIVES = {"in", "at", "from", "to", "near", "of", "outside", "into", "across", "around", "via"}


def towns_named_as_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """A word the gazetteer knows as a town is the story's person when the story names someone in full with
    that surname ("Sarah Palin ... Palin campaigned against" is no town in Guatemala): it takes their code,
    or none. Left a town: after a place preposition ("rallied in Palin") or before a comma ("Jackson,
    Mississippi"), and a surname two people named in full with different codes share."""
    named: dict[str, list[Mention]] = {}
    for mention in mentions:
        words = mention.text.split()
        if mention.kind == "person" and len(words) >= 2 and words[-2].istitle() and words[-1].isalpha() \
                and words[-1].istitle() and len(words[-1]) >= MIN_SURNAME:
            named.setdefault(words[-1], []).append(mention)
    if not named:
        return mentions
    out = []
    for mention in mentions:
        people = named.get(mention.text) if mention.kind == "city" else None
        before = text[max(0, mention.start - 20):mention.start].split()[-1:] if people else []
        if people and len({p.code for p in people}) == 1 and not (before and before[0].lower() in LOCATIVES) \
                and text[mention.end:mention.end + 1] != ",":
            person = named_for(people, mention.start)
            mention = replace(mention, kind="person", code=person.code, name=person.name, country=person.country,
                              sector=person.sector, plover_sector=person.plover_sector)
        out.append(mention)
    return out


def story_namesakes(mentions: list[Mention]) -> list[Mention]:
    """A bare surname the dictionary gave a known person ("McConnell": Mitch McConnell, in office in
    2005) is not that person when the story names in full someone else of that surname, with another
    given name and not that person's code ("Jack McConnell", Scotland's First Minister): it is the
    story's own person (their code, or none)."""
    others: dict[str, list[Mention]] = {}
    for mention in mentions:
        words = mention.text.split()
        if mention.kind == "person" and len(words) >= 2 and words[-2].isalpha() and words[-2].istitle() \
                and words[-2].lower() not in HONORIFICS:
            others.setdefault(words[-1], []).append(mention)
    if not others:
        return mentions
    out = []
    for mention in mentions:
        known = (mention.name or "").split()
        if mention.kind == "person" and mention.code and len(known) >= 2 and mention.text == known[-1]:
            named = [o for o in others.get(mention.text, []) if o.code != mention.code
                     and other_given(o.text.split()[-2], known[0])]
            if named and not any(o.name == mention.name for o in others.get(mention.text, [])):
                own = named[-1] if len({o.code for o in named}) == 1 else None
                mention = replace(mention, code=own and own.code, name=own and own.name, country=own and own.country,
                                  sector=own and own.sector, plover_sector=own and own.plover_sector)
        out.append(mention)
    return out


def other_given(given: str, known: str) -> bool:
    """Two given names that are not spellings of one ("Jack", "Mitch"; not "Sergey", "Sergei")."""
    a, b = fold_name(given), fold_name(known)
    return a[:4] != b[:4] and not (a.startswith(b) or b.startswith(a))

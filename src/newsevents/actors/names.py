"""How a person's name is read beside what the dictionaries know: a known surname inside another
person's name ("Gerhard Stoltenberg", "Bashir Magashi"), a title and a surname ("President Clinton"),
a bare surname on the story's date ("Tshisekedi said"), a leader's name for a government ("the Bush
administration"). Used by ``resolve.token_classes``."""

from __future__ import annotations

from newsevents.actors.entries import Entry, Lexicon, fold_name
from newsevents.actors.surnames import HONORIFICS


def name_ends(spacy_doc) -> set[int]:
    """The last word of a person's name written in full after a capitalised given name
    ("Mark Cuban", "Chris Irish"), and a capitalised word right after a courtesy title ("Mr German",
    "Mrs English", "Dr Welsh"): a demonym there is a surname, not a country."""
    return {ent.end - 1 for ent in spacy_doc.ents
            if ent.label_ == "PERSON" and len(ent) == 2 and ent[0].is_title and ent[0].pos_ == "PROPN"} \
        | {t.i for t in spacy_doc if t.i and t.is_title and spacy_doc[t.i - 1].text.rstrip(".") in COURTESY}


COURTESY = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Messrs"}


def other_given_name(ent, classes, day: str | None = None) -> bool:
    """"Gerhard Stoltenberg" is not Jens Stoltenberg: a known person matched by surname alone
    inside a name whose given name starts with another letter is a namesake (the same
    initial lets variants through: "Sergey" for "Sergei"); so is one whose given name is
    another word of the same initial when the known bearer held no office on the story's date
    ("Arturo Rodriguez", a union leader in 2016, is not Andrés Rodríguez, president 1989-93). Middle names
    between the known given name and surname are the person's own ("Angela Dorothea Merkel")."""
    people = [classes[i][1] for i in range(ent.start, ent.end) if classes[i][0] == "PERSON"]
    if not people:
        return False
    last_start, last_end, last = people[-1]
    if last is not None and last_end == ent.end and middle_names(ent, classes, last_start, last):
        return False
    start, end, entry = people[0]
    if entry is not None and start == ent.start and end == start + 1 < ent.end and classes[end][0] == "" \
            and ent.doc[end].is_title and fold_name(ent.doc[end].text) not in fold_name(entry.name):
        return len(entry.name.split()) >= 2  # "Bashir Magashi": the known surname is this man's given name
    if entry is None or start <= ent.start or classes[start - 1][0] != "" or len(entry.name.split()) < 2:
        return False
    given = ent.doc[start - 1]
    if given.is_title and given.text[0].lower() != entry.name[0].lower():
        return True
    return given.is_title and out_of_office(given.text, entry, day)


def middle_names(ent, classes, start: int, entry: Entry) -> bool:
    """"Angela Dorothea Merkel", "Cyril Matamela Ramaphosa": the known person's given name first, then
    middle names no dictionary knows (capitalised words or initials), then the known surname."""
    first = ent.doc[ent.start]
    between = ent.doc[ent.start + 1:start]
    own = classes[ent.start][0] == "" or classes[ent.start][0] == "PERSON" and classes[ent.start][1][2] is entry
    return 0 < len(between) <= 3 and first.is_title and own \
        and not other_word(first.text, entry.name.split()[0]) \
        and all(classes[t.i][0] == "" and (t.is_title or t.is_upper) and t.is_alpha for t in between)


def namesake(ent, person: Entry, day: str | None) -> bool:
    """A titled full name whose given name is not the known holder's, who was out of office then."""
    return len(ent) > 1 and ent[0].is_title and out_of_office(ent[0].text, person, day)


def out_of_office(given: str, person: Entry, day: str | None) -> bool:
    return day is not None and other_word(given, person.name.split()[0]) \
        and any(r.start or r.end for r in person.roles) and not person.dated_on(day)


def other_word(given: str, known: str) -> bool:
    """Two given names that are not spellings of one ("Arturo", "Andrés"; not "Sergey", "Sergei")."""
    a, b = fold_name(given), fold_name(known)
    return a[:4] != b[:4] and not (a.startswith(b) or b.startswith(a))


def titled_person(ent, classes, lexicon: Lexicon, day: str | None = None) -> Entry | None:
    """"President Clinton": a title and a surname name the one known office-holder of
    that surname who held that title (Bill, not Hillary, who was Secretary of State)."""
    if ent.start == 0 or classes[ent.start - 1][0] != "ROLE":
        return None
    start, end, _ = classes[ent.start - 1][1]
    title = ent.doc[start:end].text.lower()
    holders = [p for p in lexicon.people_named(ent[-1].text)
               if any(r.title.lower() == title for r in p.roles) and not namesake(ent, p, day)]
    return holders[0] if len(holders) == 1 else None


def name_before(spacy_doc, classes, i: int) -> bool:
    """"Muse Bihi Abdi": a capitalised name word no dictionary knows before this one makes it a longer
    name's; an honorific ("Mr Bush") does not."""
    before = spacy_doc[i - 1] if i > 0 else None
    return before is not None and classes[i - 1][0] in ("", "PERSON") and before.pos_ == "PROPN" \
        and before.is_title and before.lower_ not in HONORIFICS


def dated_namesake(token, lexicon: Lexicon, day: str | None) -> Entry | None:
    """A bare surname ("Tshisekedi" in 2019) is the one known bearer in office on the
    story's date, when few people bear it and just one of them is in office then (a common
    surname -- "Khan", "Smith" -- is left alone; an earlier full name in the story still
    wins, by coreference)."""
    if day is None or not could_be_surname(token.text):
        return None
    bearers = lexicon.people_named(token.text)
    if not 0 < len(bearers) <= 3:
        return None
    in_office = [p for p in bearers if p.dated_on(day) and not p.code_on(day).endswith("ELI")]
    return in_office[0] if len(in_office) == 1 else None


def could_be_surname(text: str) -> bool:
    """What ``dated_namesake`` reads at all: a capitalised word of four letters or more."""
    return len(text) >= 4 and text[0].isupper() and text.isalpha()


GOVERNMENT_WORDS = {"administration", "government", "regime", "cabinet"}


def leader_government(ent, lexicon: Lexicon) -> str | None:
    """"the Bush administration", "the Erdogan government": a leader's surname before the
    word for their government names the country, when every known office-holder of that
    surname is of one country."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is None or after.lower_ not in GOVERNMENT_WORDS:
        return None
    return lexicon.surname_country(ent[-1].text)

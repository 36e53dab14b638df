"""Honorifics: titles that count only written with a capital right before a name no dictionary
knows ("Lord Butler", "Sir Digby Jones", "Representative Jane Doe"), from
``data/actors/honorifics.tsv``. In lower case or alone they are prose ("a drug lord", "a sales
representative"), so they are no role words of ``roles.tsv``."""

from __future__ import annotations

from functools import cache

from newsevents.actors.entries import Entry
from newsevents.actors.lexicon import check_plover
from newsevents.resources import DataError, data_path, read_tsv, split_values


@cache
def honorifics() -> dict[str, Entry]:
    path = data_path("actors", "honorifics.tsv")
    found: dict[str, Entry] = {}
    for number, (titles, sector, plover) in read_tsv(path, columns=3, optional=1):
        if titles == "titles":
            continue
        if len(sector) != 3 or not sector.isupper():
            raise DataError(f"{path}:{number}: bad sector {sector!r}")
        plover = check_plover(plover, f"{path}:{number}")
        for title in split_values(titles):
            found[title] = Entry("role", title.lower(), sector, origin=f"{path}:{number}", plover=plover)
    return found


def honorific_tokens(spacy_doc, classes) -> list[tuple[int, Entry, int]]:
    """(title token, its role entry, end of the name after it) for each honorific written before a
    name no dictionary knows: a capitalised title that no match claimed (or that the NER took into
    an unknown person's name), then one or more proper nouns that are an unknown person's or no one's."""
    titles = honorifics()
    found = []
    for i, token in enumerate(spacy_doc[:-1]):
        entry = titles.get(token.text)
        if entry is None or not unknown_or_free(classes[i]):
            continue
        end = i + 1
        while end < len(spacy_doc) and spacy_doc[end].pos_ == "PROPN" and unknown_or_free(classes[end]) \
                and spacy_doc[end].text not in titles:
            end += 1
        if end > i + 1:
            found.append((i, entry, end))
    return found


def unknown_or_free(cls: tuple[str, object]) -> bool:
    """A token no match claimed, or part of a person's name no dictionary knows."""
    return cls[0] == "" or cls[0] == "PERSON" and cls[1][2] is None

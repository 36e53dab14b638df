"""From the token that names a speaker to the speaker: the actor mention there (from the
actors stage) when there is one, else a mention made from the parse, resolved to the
full name introduced earlier in the article ("Peskov" -> "Dmitry Peskov", "he" -> the
person named last) when the text allows, else left unresolved."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from functools import lru_cache

from newsevents.model import Document, Mention
from newsevents.quotes.cues import mention_span, phrase_span
from newsevents.resources import data_path, read_tsv

PRONOUNS = {"he", "she", "him", "her"}
PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
TITLE_GENDER = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f"}
RELATIVE = {"who", "that", "which"}
UNRESOLVED = {"i", "we", "you", "they", "it", "who", "that", "this", "which", "one"}


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Given name -> "m" or "f" (``data/quotes/given_names.tsv``)."""
    return {name.lower(): gender for _n, (name, gender) in read_tsv(data_path("quotes", "given_names.tsv"), columns=2)}


def gender(name: str) -> str | None:
    """"m", "f" or None (unknown) from a full name's title or given name."""
    for word in name.lower().split()[:2]:
        if word in TITLE_GENDER:
            return TITLE_GENDER[word]
        if word in given_names():
            return given_names()[word]
    return None


def fits(name: str, pronoun: str | None) -> bool:
    """Whether he/she can refer to ``name``: its gender is unknown or the pronoun's."""
    wanted = PRONOUN_GENDER.get(pronoun or "")
    found = gender(name)
    return wanted is None or found is None or found == wanted


@dataclass(frozen=True)
class Speaker:
    name: str | None
    code: str | None
    mention: Mention


class SpeakerIndex:
    """Actor mentions and PERSON names of one document, searchable by offset."""

    def __init__(self, doc: Document):
        self.mentions = sorted(doc.mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.all_mentions = doc.mentions
        people: list[tuple[int, str]] = []
        for paragraph, spacy_doc in zip(doc.article.paragraphs, doc.parsed, strict=True):
            people.extend((paragraph.start + ent.start_char, ent.text) for ent in spacy_doc.ents
                          if ent.label_ == "PERSON" and len(ent) > 1 and not ent.text.endswith("’s"))
        self.people = people
        self.people_starts = [start for start, _name in people]

    def actor_at(self, start: int, end: int) -> Mention | None:
        """The actor mention covering the characters [start, end), if any."""
        index = bisect.bisect_right(self.starts, start) - 1
        for mention in self.mentions[max(0, index - 2):index + 2]:
            if mention.start <= start and end <= mention.end + 1 or start <= mention.start < end:
                return mention
        return None

    def full_name(self, word: str, before: int) -> str | None:
        """The latest earlier PERSON name ending in ``word`` (a bare surname)."""
        index = bisect.bisect_left(self.people_starts, before)
        for start, name in reversed(self.people[max(0, index - 200):index]):
            if name.split()[-1].lower() == word.lower() and start < before:
                return name
        return None

    def last_person(self, before: int, pronoun: str | None = None) -> str | None:
        """The person named last before ``before``; for he/she, the last one of that gender
        (or of unknown gender)."""
        index = bisect.bisect_left(self.people_starts, before)
        for _start, name in reversed(self.people[max(0, index - 200):index]):
            if fits(name, pronoun):
                return name
        return None

    def speaker(self, token, offset: int) -> Speaker:
        """The speaker named by ``token`` of a paragraph starting at ``offset``; a relative
        pronoun ("…, who said") is the mention and the noun it refers to names the speaker."""
        doc = token.doc
        if token.lower_ in RELATIVE and token.head.dep_ == "relcl" and token.head.head.i != token.head.i:
            antecedent = token.head.head
            for _step in range(3):  # "one Democrat familiar with the discussion, who": the Democrat
                if antecedent.dep_ != "pobj" or antecedent.ent_type_ in {"PERSON", "ORG"}:
                    break
                above = antecedent.head.head
                while above.pos_ == "ADJ" and above.head.i != above.i:
                    above = above.head
                if above.pos_ not in {"NOUN", "PROPN"}:
                    break
                antecedent = above
            named = self.speaker(antecedent, offset)
            start = offset + token.idx
            return replace(named, mention=replace(named.mention, text=token.text, start=start, end=start + len(token)))
        first, last = phrase_span(token)
        start, end = offset + doc[first].idx, offset + doc[last - 1].idx + len(doc[last - 1])
        text = doc[first:last].text
        actor = self.actor_at(offset + token.idx, offset + token.idx + len(token))
        if actor is not None:
            name = actor.name
            if name is None and actor.refers_to is not None and actor.refers_to < len(self.all_mentions):
                name = self.all_mentions[actor.refers_to].name
            plain = actor.kind not in {"pronoun"} and actor.text
            if token.lower_ in PRONOUNS and name and not fits(name, token.lower_):
                name = self.last_person(start, token.lower_)  # "she" is not Barack Obama
            return Speaker(name or plain or None, actor.code, replace(actor, text=text, start=start, end=end))
        first, last = mention_span(token)
        lower = token.lower_
        if lower in PRONOUNS:
            return Speaker(self.last_person(start, lower), None, Mention(text, start, end, None, "pronoun"))
        if lower in UNRESOLVED or token.pos_ == "PRON":
            return Speaker(None, None, Mention(text, start, end, None, "pronoun"))
        if token.pos_ == "PROPN" and last - first == 1:
            name = self.full_name(token.text, start) or token.text
            return Speaker(name, None, Mention(text, start, end, None, "person", name=name))
        kind = "person" if token.ent_type_ == "PERSON" else "role" if token.pos_ == "NOUN" else "organisation"
        name = doc[first:last].text  # the name without its apposition or relative clause
        return Speaker(name, None, Mention(text, start, end, None, kind, name=name if kind == "person" else None))

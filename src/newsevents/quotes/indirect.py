"""Reported speech without quote marks: "X said (that) …", "X told reporters …",
"according to X, …". The reported clause is the cue's clausal complement (or, for
"according to", the clause it attaches to); a clause holding a quote mark is left to
the partial quote inside it."""

from __future__ import annotations

from dataclasses import dataclass

from newsevents.parse import word_columns
from newsevents.quotes.cues import CueLexicon, is_cue_verb, owner, prep_object, subject_of
from newsevents.quotes.marks import ALL_MARKS

MIN_TOKENS = 3
EDGE_WORDS = {"that"}
OPENING = {")": "(", "]": "["}  # a closing bracket -> its opening one


@dataclass(frozen=True)
class Reported:
    """A reported clause (token range [first, last)) with its cue and speaker tokens."""

    first: int
    last: int
    cue: object
    speaker: object


def trim(spacy_doc, first: int, last: int) -> tuple[int, int]:
    """Drop "that", punctuation and quote marks at the edges of a clause."""
    while first < last and (spacy_doc[first].is_punct or spacy_doc[first].lower_ in EDGE_WORDS
                            and spacy_doc[first].dep_ == "mark"):
        first += 1
    while last > first and (spacy_doc[last - 1].is_punct or spacy_doc[last - 1].text in ALL_MARKS) \
            and not closes_a_bracket(spacy_doc, first, last):
        last -= 1
    return first, last


def closes_a_bracket(spacy_doc, first: int, last: int) -> bool:
    """The clause's last token closes a bracket opened inside it ("... a stake in Harbour Tool Co (HTC)"):
    it stays, or the clause would quote an unclosed bracket."""
    opening = OPENING.get(spacy_doc[last - 1].text)
    if opening is None:
        return False
    texts = [spacy_doc[i].text for i in range(first, last - 1)]
    return texts.count(opening) > texts.count(spacy_doc[last - 1].text)


def verb_clause(cue) -> tuple[int, int] | None:
    complements = [child for child in cue.children if child.dep_ == "ccomp" and child.i > cue.i]
    if not complements:
        return None
    clause = complements[0]
    return clause.left_edge.i, clause.right_edge.i + 1


def according_clause(token, speaker) -> tuple[int, int] | None:
    """'according to X, CLAUSE' or 'CLAUSE, according to X': the clause around the phrase."""
    verb = token.head
    if verb is token or verb.pos_ not in {"VERB", "AUX"}:
        return None
    phrase_end = max(token.right_edge.i, speaker.right_edge.i) + 1
    if token.i < verb.i:
        return phrase_end, verb.right_edge.i + 1
    return verb.left_edge.i, token.i


def cue_candidates(spacy_doc, verbs, first_words) -> list:
    """The tokens whose lower-case lemma is a cue verb or whose form begins an "according to" cue, read
    off the Doc's arrays (``parse.word_columns``): the other words of a paragraph are no cue, and making a
    Token of each cost more than the rest of the quotes stage."""
    _, lemmas, forms = word_columns(spacy_doc)
    return [spacy_doc[i] for i, (lemma, form) in enumerate(zip(lemmas, forms, strict=True))
            if lemma in verbs or form in first_words]


def reported_clauses(spacy_doc, cues: CueLexicon, quoted: list[tuple[int, int]]) -> list[Reported]:
    """The reported clauses of one parsed paragraph; ``quoted`` are its quotes' token ranges."""
    found: list[Reported] = []
    covered_to = -1
    first_words = cues.first_words()
    for token in cue_candidates(spacy_doc, cues.verbs, first_words):  # the others are no cue
        if token.i < covered_to or any(a <= token.i < b for a, b in quoted):
            continue
        if is_cue_verb(token, cues):
            speaker, clause = subject_of(token), verb_clause(token)
        elif token.lower_ in first_words:
            speaker = prep_object(token, cues)
            clause = according_clause(token, speaker) if speaker is not None else None
        else:
            continue
        if speaker is None or clause is None:
            continue
        speaker = owner(speaker, cues)
        first, last = trim(spacy_doc, *clause)
        if last - first < MIN_TOKENS or any(a < last and first < b for a, b in quoted):
            continue
        if any(t.text in ALL_MARKS for t in spacy_doc[first:last]):
            continue
        found.append(Reported(first, last, token, speaker))
        covered_to = max(covered_to, last)
    return found

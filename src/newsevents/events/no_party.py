"""Words around a name that make it no party to the act: a relation noun's possessor ("Russia's
enemies"), an aside ("according to officials", "despite Spanish opposition"), a word quoted before a
noun ("mocked the 'Russia' quip"). Moved out of ``syntax`` so that each file stays near 400 lines."""

from __future__ import annotations

RELATION_NOUNS = {"neighbor", "neighbour", "ally", "rival", "enemy", "foe", "adversary"}  # "America's enemies",
# "Israel's neighbours": others than the possessor


NO_PARTY_PREPS = {"according", "due", "owing", "thanks", "despite", "notwithstanding"}  # who says so, a cause,
# a concession: "according to officials", "thanks to US aid", "despite Spanish opposition" name no party to the act
ASIDES = {"according", "despite", "notwithstanding"}


def asides(sent) -> list[tuple[int, int]]:
    """Character spans (in the parsed paragraph) of the sentence's "according to X" and "despite X"
    phrases: who says so, or who objects, is no party to the act and does not place its actors."""
    return [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in sent
            if t.dep_ == "prep" and t.lower_ in ASIDES]


QUOTE_MARKS = {"'", '"', "‘", "’", "“", "”", "`", "``", "''"}


def quoted_label(word) -> bool:
    """A word written between quote marks, modifying a noun ("mocked the 'Russia' quip", "his 'Las Vegas'
    jibe"; the closing mark may hang on it): the word quoted, not the party it names."""
    if word.dep_ not in ("compound", "amod", "nmod", "poss") or word.head.i <= word.i:
        return False
    words = [t for t in word.subtree if t.text not in QUOTE_MARKS]
    if not words:
        return False
    doc, start, end = word.doc, words[0].i, words[-1].i
    return start > 0 and doc[start - 1].text in QUOTE_MARKS and end + 1 < len(doc) and doc[end + 1].text in QUOTE_MARKS


def past_quote(word):
    """The word after an opening quote mark (a name's mention may begin at the mark: "'Russia"), else itself."""
    return word.doc[word.i + 1] if word.text in QUOTE_MARKS and word.i + 1 < len(word.doc) else word

"""Idioms that hold a pattern's head and are no act (discards.tsv: "heart attack", "seize the opportunity").
A phrase matches the sentence's words with determiners and possessive pronouns left out on both sides:
"seize the opportunity" covers "seizing an opportunity" and "seized their opportunity"."""

from __future__ import annotations

from functools import lru_cache

from newsevents.events.patterns import Rules

SKIPPED = {"a", "an", "the", "this", "that", "these", "those", "every", "his", "her", "its", "their", "our", "my",
           "your"}


def skipped(token) -> bool:
    return token.lower_ in SKIPPED and token.dep_ in ("det", "poss")


def discarded(token, rules: Rules) -> bool:
    """The trigger sits inside an idiom listed in discards.tsv ("heart attack")."""
    entries = discards_of(rules).get(token.lemma_.lower())
    if not entries:
        return False
    words = [t for t in token.sent if not skipped(t) or t.i == token.i]
    at = next(k for k, t in enumerate(words) if t.i == token.i)
    for offset, phrase in entries:  # the phrase placed so that its word ``offset`` is the trigger
        start = at - offset
        if start >= 0 and start + len(phrase) <= len(words) \
                and all(t.lemma_.lower() == word for t, word in zip(words[start:start + len(phrase)], phrase,
                                                                     strict=True)):
            return True
    return False


_INDEXED: list = [None, None, {}]  # the Rules last indexed, its discards list, and their index


def discards_of(rules: Rules) -> dict[str, list[tuple[int, tuple[str, ...]]]]:
    """``discards_by_lemma`` of the rules' phrases, looked up by the Rules object: hashing the whole
    phrase list on every trigger cost more than the check itself."""
    if _INDEXED[0] is not rules or _INDEXED[1] is not rules.discards:
        _INDEXED[:] = [rules, rules.discards, discards_by_lemma(tuple(rules.discards))]
    return _INDEXED[2]


@lru_cache(maxsize=4)
def discards_by_lemma(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[int, tuple[str, ...]]]]:
    """Each discard phrase under each of its words, with the word's place in it: a trigger
    needs checking only against the phrases its own lemma is in."""
    index: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for written in phrases:
        phrase = tuple(word for word in written if word not in SKIPPED) or written
        for offset, word in enumerate(phrase):
            index.setdefault(word, []).append((offset, phrase))
    return index



"""A paragraph's words, read once for every pass of the events stage (issue #13's speed).

The event finders each look for a few cue words in a sentence ("the verb's lemma is one of
push, prod, nudge"). Walking the sentence's spaCy Tokens for that in every pass made a Token
of every word twenty times over. Here the lower-case lemmas and forms of a paragraph's words
are read off the Doc's arrays once, and a pass asks for the tokens holding its cue words
(``with_lemma``): the same tokens, in the same order, that its own test would have kept.
"""

from __future__ import annotations

from collections.abc import Collection

from newsevents.parse import dependency_columns, word_columns

_LAST: list = [None, (), (), (), None]  # the Doc last read, its words (lemma, lemma lower-cased, form
# lower-cased), and the sets of its lower-cased lemmas and forms once asked for
KEEP = 200_000  # words a cache holds before it starts again (a long run meets ever more names and numbers)


def columns(doc) -> tuple[list[str], list[str], list[str]]:
    """Per token of ``doc``: ``lemma_``, ``lemma_.lower()`` and ``lower_``."""
    last = _LAST
    if last[0] is not doc:
        last[:] = [doc, *word_columns(doc), None]
    return last[1], last[2], last[3]


def paragraph_words(doc) -> tuple[frozenset[str], frozenset[str]]:
    """The lower-case lemmas and forms of all of ``doc``'s words."""
    _, lemmas, forms = columns(doc)
    if _LAST[4] is None:
        _LAST[4] = (frozenset(lemmas), frozenset(forms))
    return _LAST[4]


def lemmas_of(sent) -> list[str]:
    """``[t.lemma_.lower() for t in sent]``."""
    return columns(sent.doc)[1][sent.start:sent.end]


def words_of(sent) -> frozenset[str]:
    """The lemmas (as the model writes them) and lower-case forms of the sentence's words."""
    lemmas, _, forms = columns(sent.doc)
    return frozenset(lemmas[sent.start:sent.end]) | frozenset(forms[sent.start:sent.end])


_SENTENCE: list = [None, -1, frozenset(), frozenset()]  # the Doc and start of the sentence last asked
# about, and its lower-case lemmas and forms


def sentence_words(sent) -> tuple[frozenset[str], frozenset[str]]:
    """The lower-case lemmas and forms of ``sent``'s words, read once for the twenty passes that ask."""
    doc, last = sent.doc, _SENTENCE
    if last[0] is not doc or last[1] != sent.start:
        _, lemmas, lower = columns(doc)
        last[:] = [doc, sent.start, frozenset(lemmas[sent.start:sent.end]), frozenset(lower[sent.start:sent.end])]
    return last[2], last[3]


def with_lemma(sent, wanted: Collection[str], forms: bool = False) -> list:
    """The tokens of ``sent``, in order, whose ``lemma_.lower()`` (with ``forms``, or ``lower_``)
    is in ``wanted``."""
    lemma_set, form_set = sentence_words(sent)
    if lemma_set.isdisjoint(wanted) and (not forms or form_set.isdisjoint(wanted)):
        return []  # most passes find none of their cue words in most sentences
    doc = sent.doc
    _, lemmas, lower = columns(doc)
    start, end = sent.start, sent.end
    if forms:
        return [doc[i] for i in range(start, end) if lemmas[i] in wanted or lower[i] in wanted]
    return [doc[i] for i in range(start, end) if lemmas[i] in wanted]


_HEADS: list = [None, 0, frozenset(), frozenset(), {}]  # the Rules last read, its pattern count, heads, hyphen
# tails, and (lemma, form) -> whether such a word can head a pattern


def pattern_tokens(sent, rules) -> list:
    """The tokens of ``sent`` that can head an event pattern: every token for which the coder's
    ``lemma_candidates`` can give a lemma that ``rules.patterns`` holds (the lemma, the lemma
    after a hyphen or compound, an irregular form, the form with "-ed", "-ing" or "-s" cut)."""
    if _HEADS[0] is not rules or _HEADS[1] != len(rules.patterns) or len(_HEADS[4]) > KEEP:
        heads = frozenset(lemma for _pos, lemma in rules.patterns)
        tails = frozenset(lemma[i + 1:] for lemma in heads for i, c in enumerate(lemma) if c == "-")
        _HEADS[:] = [rules, len(rules.patterns), heads, tails, {}]
    heads, tails, irregular, known = _HEADS[2], _HEADS[3], rules.irregular, _HEADS[4]
    doc = sent.doc
    _, lemmas, lower = columns(doc)
    found = []
    for i in range(sent.start, sent.end):
        key = (lemmas[i], lower[i])
        can = known.get(key)
        if can is None:
            lemma, word = key
            can = known[key] = lemma in heads or lemma in tails or word in irregular or word[:-1] in heads \
                or word[:-2] in heads or word[:-3] in heads or word[:-3] + "e" in heads
        if can:
            found.append(doc[i])
    return found


def lemma_candidates(token, irregular: dict[str, str] | None = None) -> list[str]:
    """A compound's hyphenated form ("hunger strike" -> "hunger-strike"), the parser's lemma,
    then guesses for when it errs ("staged" -> "stag"). Read off the paragraph's columns: every word that
    may head a pattern asks."""
    doc, i = token.doc, token.i
    _, lemmas, forms = columns(doc)
    lemma, word = lemmas[i], forms[i]
    guesses = []
    if i >= 1:
        deps, _, _, heads = dependency_columns(doc)
        if deps[i - 1] == "compound" and heads[i - 1] == i:
            guesses.append(f"{lemmas[i - 1]}-{lemma}")  # "hunger strike" as written "hunger-strike"
        if i >= 2 and forms[i - 1] == "-":
            guesses.append(f"{forms[i - 2]}-{lemma}")  # "test-fired" split as test - fired
    guesses.append(lemma)
    if irregular and word in irregular:
        guesses.append(irregular[word])  # "forgave", which the lemmatizer left alone
    tag = token.tag_
    if tag in ("VBD", "VBN") and word.endswith("ed"):
        guesses += [word[:-1], word[:-2]]
    elif tag == "VBG" and word.endswith("ing"):
        guesses += [word[:-3] + "e", word[:-3]]
    elif tag == "VBZ" and word.endswith("s"):
        guesses += [word[:-1]]
    return guesses

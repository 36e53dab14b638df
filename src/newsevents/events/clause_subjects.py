"""Subjects the parser leaves where a clause's subject is not: the antecedent of a relative "who"/"which",
a relative clause that dates its act to the last days, a headline's "X to VERB" and a name left loose before a
finite root verb. Moved from events/syntax.py (thirty-second session) unchanged; ``syntax`` re-exports them."""

from __future__ import annotations

from newsevents.events.tree import children

FINITE = ("VBD", "VBZ")


def relative_subject(verb):
    """The antecedent a relative clause's "who"/"which" stands for ("Algeria, which hosted
    talks"), else None. The coder does not read every relative clause as an act: on the dev
    articles' tune half, background clauses ("Syria, which backs Hezbollah", "Washington,
    which has sent warships") gave 5 extra events for 1 right one (docs/events.md)."""
    subjects = children(verb, "nsubj")
    if verb.dep_ == "relcl" and subjects and subjects[0].tag_ in ("WDT", "WP") and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return None


RECENT_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
                         "overnight"})
RECENT_SPANS = frozenset({"week", "weekend", "month", "night"})


def dated_relative(verb, subject) -> bool:
    """"The Hungarian prime minister, who met Putin on Monday, said ...": a relative clause in the
    past tense that dates its act to the last days ("on Monday", "last week", "overnight") tells
    news, not background ("Syria, which backs Hezbollah", "which has sent warships" stay unread)."""
    if verb.dep_ != "relcl" or verb.tag_ != "VBD" or subject is None or subject.tag_ not in ("WDT", "WP") \
            or subject.head.i != verb.i or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    for word in verb.subtree:
        node = word
        while node.i != verb.i and node.pos_ not in ("VERB", "AUX"):
            node = node.head
        if node.i != verb.i:
            continue  # a date of a clause inside this one
        if word.lower_ in RECENT_DAYS or word.lower_ in RECENT_SPANS and any(c.lower_ == "last" for c in word.children):
            return True
    return False


def telegraphic_subject(verb):
    """"US to impose sanctions on Iran": a headline's "X to VERB" has X as its subject, which
    the parser leaves as a loose dependent before the "to"."""
    to = [c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"]
    if verb.dep_ != "ROOT" or not to:
        return None
    before = [c for c in verb.children if c.i < to[0].i and c.pos_ in ("PROPN", "NOUN")
              and c.dep_ in ("dep", "npadvmod", "nmod", "compound", "appos")]
    return before[0] if before and before[0].left_edge.i == verb.sent.start else None


def loose_subject(verb):
    """"Turkey massed tanks along its border": a name that opens the sentence right before a finite root
    verb with no subject is that verb's subject, though the parser made it a loose dependent (npadvmod)."""
    if verb.dep_ != "ROOT" or verb.tag_ not in FINITE or children(verb, "nsubj", "nsubjpass", "csubj", "expl"):
        return None
    before = [c for c in verb.children if c.i < verb.i and c.pos_ == "PROPN" and c.dep_ in ("npadvmod", "dep", "nmod")]
    return before[0] if len(before) == 1 and before[0].left_edge.i == verb.sent.start \
        and before[0].right_edge.i == verb.i - 1 else None

"""'Y followed suit': Y did what the story's lead act was, to the same target.

News names an act once ("Saudi Arabia ... cut diplomatic ties with Qatar") and then adds who
did the same ("Yemen and Libya later followed suit"); the phrase has no act of its own. Wire
stories open with the act that is the news, and that is the one others follow (later acts are
its details: "closed its land border"), so the event is the story's first act with a known
target, with each follower as its source.
"""

from __future__ import annotations

from dataclasses import replace

from newsevents.events import syntax
from newsevents.events.words import with_lemma
from newsevents.model import Event

SUIT_NOUNS = {"suit"}
FOLLOWING_VERBS = frozenset({"follow"})  # the prefilter parses a paragraph with one of these


def followers(sent) -> list:
    """Subject tokens (each member of a list) of "follow suit" in a sentence, negated or not
    excepted: "did not follow suit" copies nothing."""
    found = []
    for token in with_lemma(sent, FOLLOWING_VERBS):
        if token.lemma_.lower() not in FOLLOWING_VERBS or token.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ == "dobj" and c.lower_ in SUIT_NOUNS for c in token.children):
            continue
        if any(c.dep_ == "neg" for c in token.children):
            continue
        found.extend(syntax.with_conjuncts(syntax.subject_of(token)))
    return found


def followed_act(events: list[Event], before: int) -> Event | None:
    """The story's first asserted act with a known target, coded before an offset."""
    for event in events:
        if event.start < before and event.modality == "asserted" and not event.target.startswith("---"):
            return event
    return None


def copy_act(act: Event, source: str, source_text: str, *, start: int, end: int, sentence: str,
             trigger: str, number: int) -> Event | None:
    """The followed act done by ``source``; None when it would be a state acting on itself."""
    if source.startswith("---") or source[:3] == act.target[:3] or source == act.source:
        return None
    return replace(act, id=f"e{number}", source=source, source_text=source_text, sentence=sentence,
                   start=start, end=end, trigger=trigger, quote_id=None)

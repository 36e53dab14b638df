"""A statement as the doer of a verbal act: "in a statement that derided the CIA", "a letter
from the foreign ministry criticised ...", "a congressional report accused ...": the act is the
statement's author's."""

from __future__ import annotations

from newsevents.events import syntax

SPEECH_NOUNS = frozenset({"statement", "communique", "communiqué", "letter", "speech", "message", "note",
                          "declaration", "editorial", "commentary", "tweet", "post", "interview", "address",
                          "memo", "memorandum", "broadcast", "announcement", "cable", "telegram",
                          "report", "assessment", "dossier", "resolution"})
AUTHOR_PREPS = ("by", "from")
RELATIVES = frozenset({"that", "which"})
ISSUING = frozenset({"issue", "release", "publish", "make", "deliver", "give", "send", "post", "write", "read"})


def speech_author(noun, actor_of):
    """The author of a statement noun: its possessor or by/from-phrase ("the ministry's statement",
    "a letter from Moscow"), else the subject of the verb that issued it or that it qualifies ("X
    issued a statement that ...", "X dismissed the reports in a statement that ...")."""
    if noun is not None and noun.lower_ in RELATIVES and noun.head.dep_ == "relcl":
        noun = noun.head.head  # "a statement that derided the CIA"
    if noun is None or noun.lemma_.lower() not in SPEECH_NOUNS or actor_of(noun) is not None:
        return None
    for child in noun.children:
        if child.dep_ == "poss" and actor_of(child) is not None:
            return child
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and child.i < noun.i and actor_of(child) is not None:
            return child  # "a congressional report accused ...", "a Pentagon memo"
    for prep in AUTHOR_PREPS:
        named = [o for o in syntax.prep_objects(noun, prep) if actor_of(o) is not None]
        if named:
            return named[0]
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "in":
        head = head.head  # "dismissed the reports in a statement"
    elif noun.dep_ != "dobj" or head.lemma_.lower() not in ISSUING:
        return None
    if head.pos_ not in ("VERB", "AUX"):
        return None
    subject = syntax.subject_of(head)
    return subject if subject is not None and actor_of(subject) is not None else None

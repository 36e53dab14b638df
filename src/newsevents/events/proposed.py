"""Acts proposed, not done: "Trump has mentioned forcing universities to spend more", "Merkel suggested expelling
Russian diplomats", "Putin discussed attacking Ukraine": a gerund under a verb of proposing or talking
(``data/events/proposed.tsv``) tells an idea raised, no act (events/not_acts.py asks)."""

from __future__ import annotations

from functools import lru_cache

from newsevents.resources import data_path, read_kinded_words

KINDS = ("proposing", "directing")  # directing: events/directed.py
TOPIC_PREPS = ("about", "of")


@lru_cache(maxsize=1)
def proposing_verbs() -> frozenset[str]:
    return read_kinded_words(data_path("events", "proposed.tsv"), KINDS)["proposing"]


def proposed(token) -> bool:
    """The trigger is a gerund (or its conjunct) that a verb of proposing takes as its object or complement, or
    through "about"/"of" ("talked about bombing")."""
    node = token
    while node.dep_ == "conj" and node.head.i != node.i and node.head.tag_ == "VBG":
        node = node.head
    if node.tag_ != "VBG" or node.head.i == node.i:
        return False
    head = node.head
    if node.dep_ == "pcomp" and head.lower_ in TOPIC_PREPS and head.head.i != head.i:
        head = head.head
    elif node.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in node.children):
        pass  # "has mentioned refinancing loans and forcing universities": the parser joins the gerund to the verb
    elif node.dep_ not in ("xcomp", "dobj", "ccomp"):
        return False
    return head.lemma_.lower() in proposing_verbs()

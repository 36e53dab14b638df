"""An agreement to buy, sell or pay for a stake, shares or a percentage is a trade, not an accord.

"Italy's Illva Saronno has agreed to buy 33% of Changyu" was ITA -> CHN 030 (the firm named by its
country, the target a place in the object's apposition); "Nippon Steel ... agreed to pay 72% more for
iron ore" JPN -> GBR, CHN. Words in ``data/events/commerce.tsv``.
"""

from __future__ import annotations

from functools import lru_cache

from newsevents.resources import data_path, read_kinded_words

AGREE = {"agree", "consent"}


@lru_cache(maxsize=1)
def commerce_words() -> dict[str, frozenset[str]]:
    """kind (verb, object) -> its words."""
    return read_kinded_words(data_path("events", "commerce.tsv"), ("verb", "object"))


def traded(found) -> bool:
    """An agreement (03) whose agreed verb buys, sells or pays for shares, a stake or a percentage."""
    if not found.code.startswith("03") or found.trigger.lemma_.lower() not in AGREE:
        return False
    words = commerce_words()
    for verb in found.trigger.children:
        if verb.dep_ == "xcomp" and verb.lemma_.lower() in words["verb"]:
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            if any(t.lower_ in words["object"] for o in objects for t in o.subtree):
                return True
    return False

"""Business parties of no one state (thirty-second session, S; issue #11, recall): a state's or a firm's
creditors and lenders ("its creditor banks", "commercial bank creditors", "the lenders") and foreign firms
("foreign banks", "foreign companies") are others, of no country the story names. The real-article gold codes
them ``---BUS``: a debtor's talks with its creditor banks, a suspension of payments to them, a proposal made to
them. Before, such an act was dropped as aimed at nobody ("foreign banks") or placed at the doer's home ("its
creditor banks" as the debtor's own banks)."""

from __future__ import annotations

from functools import lru_cache

from newsevents.resources import data_path, read_kinded_words

BUSINESS = "---BUS"


@lru_cache(maxsize=1)
def creditor_words() -> dict[str, frozenset[str]]:
    """kind (creditor, state) -> its lemmas (``data/events/creditors.tsv``)."""
    return read_kinded_words(data_path("events", "creditors.tsv"), ("creditor", "state"))


def creditors(token) -> bool:
    """The word, or a word that qualifies it, names creditors or lenders whose state or body the phrase does not
    name: "its creditors", "creditor banks", "commercial bank creditors", "foreign lenders" (not "Japanese
    creditors", "the Paris Club creditors": those are named)."""
    words = creditor_words()
    if token is None or token.lemma_.lower() in words["state"]:
        return False  # "creditor nations", "creditor governments": states, not business
    phrase = [token, *(c for c in token.children if c.dep_ in ("compound", "amod", "nmod"))]
    return any(word.lemma_.lower() in words["creditor"] for word in phrase) \
        and not any(word.pos_ == "PROPN" or word.ent_type_ in ("NORP", "GPE", "ORG") for word in phrase[1:])


def business_of_no_state(target_code: str, token, others) -> bool:
    """An event's target is a business group of no one state, named in the sentence: a creditor or a foreign
    firm (``others``: placing's "foreign banks" reading), so the event is kept with the sector and no country."""
    return target_code == BUSINESS and token is not None and (creditors(token) or others(token))


def creditors_code(target_code: str, token) -> str:
    """``---BUS`` for creditors whose country the phrase does not name: "its creditors", "Mexico's creditor banks",
    "the lenders" (the owner is the debtor, not the creditors' state; the actor files hold banks, not creditors).
    Else the code as it was."""
    return BUSINESS if target_code == "---" and creditors(token) else target_code

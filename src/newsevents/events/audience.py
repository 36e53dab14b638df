"""A news outlet being told something is the interview's audience, no party to what it is told:
"officials told Reuters", "told the BBC they had reached a settlement" (audits on unseen articles:
the outlet was the target of the reported act, or the "they" that reached the settlement)."""

from __future__ import annotations

SPEECH_VERBS = {"tell", "speak", "talk", "say", "explain", "confirm", "describe", "write", "complain", "promise",
                "pledge", "vow", "insist", "admit", "reveal", "suggest", "comment", "boast"}  # "complained to Reuters"
TOLD_VERBS = {"tell", "brief", "inform", "promise", "assure"}  # the told as the object: "promised the BBC that"
MEDIA_SECTOR = "MED"


def is_media(mention) -> bool:
    return mention is not None and bool(mention.code) and mention.code[3:6] == MEDIA_SECTOR


def told_outlet(token, mention) -> bool:
    """``token`` names a news outlet (``mention``) that is told, spoken to or written to."""
    if token is None or not is_media(mention):
        return False
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head  # "told Reuters MITI" read as one noun
    if token.dep_ in ("dobj", "dative") and token.head.lemma_.lower() in TOLD_VERBS:
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lemma_.lower() in SPEECH_VERBS


def token_at(sent, offset: int, base: int):
    """The token of ``sent`` whose start is ``offset`` (``base``: the paragraph's start), if any; found
    through spaCy's character index, not by walking the sentence (called for every mention)."""
    start = offset - base
    if not sent.start_char <= start < sent.end_char:
        return None
    span = sent.doc.char_span(start, start + 1, alignment_mode="expand")
    token = span[0] if span is not None and len(span) else None
    return token if token is not None and token.idx == start else None

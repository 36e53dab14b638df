"""First person inside a quote: "I", "we", "us", "my", "our" are the quote's speaker.

A quote of several sentences, or a paragraph that is only a quote, has its speaker named
in another sentence ("'We condemn the policy. We will recall our ambassador,' she said"),
so the parse of the sentence alone cannot say who "we" is. The quotes stage already gave
each quote its speaker and the speaker's actor code: a first-person word inside a direct or
partial quote whose speaker is of a known country is that speaker (a minister's "we" is his
government, as the quotes stage codes him). Not a quote of no speaker or of a speaker of no
known country ("---GOV"), not an indirect quote (its "we" is the writer's), not "we" outside
quotes. A possessive before a role of no country ("our troops") gives the role the speaker's
country.
"""

from __future__ import annotations

from dataclasses import replace

from newsevents.model import Mention, Quote

FIRST_PERSON = {"i", "we", "us", "my", "our"}
QUOTED_KINDS = {"direct", "partial"}  # in quote marks: the words are the speaker's own


def quote_around(quotes: tuple[Quote, ...], offset: int) -> Quote | None:
    return next((q for q in quotes if q.start <= offset < q.end), None)


def first_person_speaker(token, quotes: tuple[Quote, ...], paragraph_start: int) -> Mention | None:
    """The speaker's mention for a first-person word inside a quote (``paragraph_start``: where the
    token's paragraph starts in the article), placed at the word itself; else None."""
    if token.lower_ not in FIRST_PERSON or not quotes:
        return None
    at = paragraph_start + token.idx
    quote = quote_around(quotes, at)
    if quote is None or quote.kind not in QUOTED_KINDS or quote.speaker_mention is None \
            or not known_state(quote.speaker_code):
        return None
    return replace(quote.speaker_mention, text=token.text, start=at, end=at + len(token), code=quote.speaker_code)


def known_state(code: str | None) -> bool:
    return bool(code) and len(code) >= 3 and code[:3].isalpha()


def own_role(own: Mention | None, speaker: Mention) -> Mention:
    """"our troops": the role's own mention (of no country) in the speaker's country; else the speaker."""
    if own is not None and own.code and own.code.startswith("---") and len(own.code) > 3:
        return replace(own, code=speaker.code[:3] + own.code[3:], country=speaker.country)
    return speaker


def quote_speaker(token, quotes: tuple[Quote, ...], paragraph_start: int) -> Mention | None:
    """The speaker's mention (with the quote's code) of the direct or partial quote around ``token``, when of
    a known country; else None (events/stated_judgements.py: "'Togolese provocations must stop.'")."""
    quote = quote_around(quotes, paragraph_start + token.idx) if quotes else None
    if quote is None or quote.kind not in QUOTED_KINDS or quote.speaker_mention is None \
            or not known_state(quote.speaker_code):
        return None
    return replace(quote.speaker_mention, code=quote.speaker_code)

"""A country's or town's name inside the name of a firm, school or association is that body, not the state.

Business and political news name bodies after their country or town: "the Industrial Credit and Investment Corp
of India", "the Land Bank of the Philippines", "Royal Bank of Canada", "the American Medical Association", "the
Tokyo Stock Exchange", "a Japan Air Lines spokesman". Read as the place alone, the state was made to act ("India
is holding talks with foreign banks"). A name is a body's when its last word is one of ``data/actors/body_heads.tsv``
(a firm's or bank's, a school's, an association's): the body is the place's country with the head's sector
(INDBUS, USANGO, USAEDU). Five shapes, all read from the text around the mentions the stage found:

* "<Name> <head> of [the] <place>" ("Investment Corp of India"): the place's mention becomes the whole name; when
  a role word already covers the head ("the Land Bank of": BUS, "the Central Bank of Nigeria": GOV), the place's
  mention goes and the role's stays;
* "<place> <Name> <head>" ("American Medical Association"), capitalised words no mention covers;
* one run "<place> <Name> <head> <role>" ("Japan Air Lines spokesman"): the head's sector, not the role's;
* "<place> <trade words> <firm noun>" ("the US agrochemical giant Monsanto", "a Japanese car maker"; kind TRADE):
  the place's mention becomes the firm (BUS), or goes when a firm's own name follows ("Siemens": DEUBUS);
* "<Name> <seat named 'head of place'>" ("Royal Bank of Canada", "Industrial Bank of Japan"): a capitalised word
  no dictionary knows before a seat's name makes another body of that country ("the Bank of Canada" stays).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from newsevents.actors.sectors import plover_sector
from newsevents.model import Mention
from newsevents.resources import data_path, read_kinded_words

SECTORS = ("BUS", "EDU", "NGO")
KINDS = (*SECTORS, "TRADE", "NOTTRADE")
PLACE_KINDS = {"country", "capital", "city", "demonym"}
WORD = r"[A-Z][\w'&.-]*"
OF_PLACE = re.compile(rf"({WORD})\s+of\s+(?:the\s+)?$")
NAME_BEFORE = re.compile(rf"(?:{WORD}\s+(?:(?:and|&)\s+(?={WORD}))?){{0,5}}$")
WORDS_AFTER = re.compile(rf"(?:\s+{WORD}){{1,4}}")
POSSESSIVE = re.compile(r"['’]s(?=\s)")
# capitalised at a sentence's start, or a word that is no name's: never the start of a body's name
FUNCTION = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "former",
            "new", "but", "and", "or", "as", "at", "by", "for", "from", "in", "of", "on", "to", "with", "when",
            "while", "if", "after", "before", "said", "says", "both", "every", "each"}


@lru_cache(maxsize=1)
def body_heads() -> dict[str, str]:
    """Head word (lower case) -> the sector of the body it ends the name of."""
    return {word: sector for sector, words in head_words().items() if sector in SECTORS for word in words}


@lru_cache(maxsize=1)
def head_words() -> dict[str, frozenset[str]]:
    return read_kinded_words(data_path("actors", "body_heads.tsv"), KINDS)


def head_sector(word: str) -> str | None:
    """The sector of a title-case head word ("Corp", "Bank", "Co."), else None (lower case or all capitals)."""
    if not word[:1].isupper() or len(word) > 2 and word.isupper():
        return None
    return body_heads().get(word.lower().rstrip("."))


def state_code(mention: Mention) -> str | None:
    code = mention.code or ""
    return code if mention.kind in PLACE_KINDS and len(code) == 3 and code.isalpha() else None


def named_body(mention: Mention, start: int, end: int, sector: str, text: str) -> Mention:
    code = (mention.country or (mention.code or "")[:3]) + sector
    return replace(mention, start=start, end=end, text=text[start:end], code=code, kind="organisation",
                   name=text[start:end], sector=sector, role=None, plover_sector=plover_sector(code))


def covered(mentions: list[Mention], start: int, end: int, besides: Mention | None = None) -> Mention | None:
    return next((m for m in mentions if m is not besides and m.start < end and m.end > start), None)


def name_start(text: str, head_start: int) -> int:
    """Where a body's name ending at ``head_start`` begins: capitalised words (and "and" between them) before it."""
    prefix = text[max(0, head_start - 120):head_start]
    found = NAME_BEFORE.search(prefix)
    start = head_start - len(found.group(0)) if found else head_start
    while True:
        first = text[start:head_start].split(" ", 1)[0]
        if start >= head_start or first.lower() not in FUNCTION:
            return start
        start += len(first) + 1


def named_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each place inside a body's name made that body (see the module's docstring)."""
    out: list[Mention] = []
    for mention in mentions:
        found = of_place(text, mentions, mention) or after_place(text, mentions, mention) \
            or run_with_role(mention) or before_seat(text, mentions, mention) or by_trade(text, mentions, mention)
        if found == "drop":
            continue
        out.append(found or mention)
    return officers_of_bodies(text, out)


BODY_SECTORS = {"BUS", "NGO", "EDU", "LAB", "MED"}
OF_LINK = re.compile(r",?\s+(?:and|of(?:\s+the)?)\s+$")


def officers_of_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Ann Lee, president of the American Medical Association", "the chairman of Japan Air Lines": a title of
    no sector of its own (GOV by default: president, chairman, spokesman) or a firm's (chief executive) right before
    "of" and a firm, school or association holds an office of that body, not of its country's state: the body's code."""
    out = list(mentions)
    for index, body in enumerate(mentions):
        if body.kind in ("person", "pronoun") or (body.code or "")[3:6] not in BODY_SECTORS or not body.country \
                or body.text.islower():  # a body's own name ("the president of the bank of Mexico" is its governor)
            continue
        at = index - 1
        while at >= 0 and OF_LINK.fullmatch(text[mentions[at].end:mentions[at + 1].start]) \
                and mentions[at].role and mentions[at].text.islower() \
                and (mentions[at].code or "")[3:6] in ("GOV", "", "BUS", body.code[3:6]):  # "chief executive of"
            code = body.code
            out[at] = replace(mentions[at], code=code, country=body.country, sector=code[3:6],
                              plover_sector=plover_sector(code))
            at -= 1
    return out


def of_place(text: str, mentions: list[Mention], mention: Mention) -> Mention | str | None:
    """"the Investment Corp of India": the place names the body before "of"."""
    if not state_code(mention):
        return None
    before = OF_PLACE.search(text[max(0, mention.start - 60):mention.start])
    sector = head_sector(before.group(1)) if before else None
    if sector is None:
        return None
    head_end = mention.start - len(before.group(0)) + len(before.group(1))
    head_start = head_end - len(before.group(1))
    owner = covered(mentions, head_start, head_end)
    if owner is not None:
        return "drop" if owner.country == mention.country else None  # "the Land Bank of the Philippines"
    start = name_start(text, head_start)
    if covered(mentions, start, head_end, mention) is not None:
        return None
    return named_body(mention, start, mention.end, sector, text)


def after_place(text: str, mentions: list[Mention], mention: Mention) -> Mention | None:
    """"the American Medical Association", "Sweden's Norrvik AB": capitalised words no mention covers, up to a
    head word, after the place or its possessive."""
    if not state_code(mention):
        return None
    owner = POSSESSIVE.match(text, mention.end)
    words = WORDS_AFTER.match(text, owner.end() if owner else mention.end)
    if not words:
        return None
    for word in re.finditer(r"\S+", words.group(0)):
        end = words.start() + word.end()
        if len(word.group(0)) > 2 and word.group(0).isupper():
            return None  # an all-capitals headline
        sector = head_sector(word.group(0))
        if sector is not None:
            if covered(mentions, mention.end, end, mention) is not None:
                return None
            return named_body(mention, mention.start, end, sector, text)
    return None


def run_with_role(mention: Mention) -> Mention | None:
    """"a Japan Air Lines spokesman": one run of place, a body's name and a role word: the body's sector."""
    if mention.kind not in PLACE_KINDS or not mention.country or len(mention.code or "") <= 3:
        return None
    words = mention.text.split()
    heads = [i for i, word in enumerate(words) if i >= 2 and head_sector(word)]
    if not heads or not all(word[:1].isupper() for word in words[1:heads[0] + 1]) \
            or not all(word.islower() for word in words[heads[0] + 1:]) or heads[0] + 1 == len(words):
        return None
    sector = head_sector(words[heads[0]])
    code = mention.country + sector
    return replace(mention, code=code, sector=sector, plover_sector=plover_sector(code))


def before_seat(text: str, mentions: list[Mention], mention: Mention) -> Mention | None:
    """"Royal Bank of Canada": a capitalised word no mention covers right before a seat named "<head> of <place>"."""
    words = mention.text.split()
    if mention.kind != "seat" or not mention.country or len(words) < 3 or words[1] != "of" \
            or head_sector(words[0]) is None:
        return None
    before = re.search(rf"({WORD})\s$", text[max(0, mention.start - 40):mention.start])
    if not before or before.group(1).lower() in FUNCTION or covered(mentions, mention.start - 2, mention.start):
        return None
    start = name_start(text, mention.start)
    if start >= mention.start or covered(mentions, start, mention.start, mention) is not None:
        return None
    return named_body(mention, start, mention.end, head_sector(words[0]), text)


TRADE_AFTER = re.compile(r"(?:'s|’s)?((?:\s+[a-z][\w-]*){1,3}?)\s+([a-z]+)\b")


def by_trade(text: str, mentions: list[Mention], mention: Mention) -> Mention | str | None:
    """"the US agrochemical giant Monsanto": a place, words of a trade in lower case and a firm's noun."""
    if not state_code(mention) and not (mention.kind in PLACE_KINDS and (mention.code or "")[3:] == "CVL"):
        return None
    words = head_words()
    found = TRADE_AFTER.match(text, mention.end)
    if not found or found.group(2) not in words["TRADE"] \
            or any(w in words["NOTTRADE"] or w in words["TRADE"] for w in found.group(1).split()):
        return None
    after = next((m for m in mentions if m.start > found.end()), None)
    if after is not None and after.sector == "BUS" and not text[found.end():after.start].strip():
        return "drop"  # "German engineering group Siemens": the firm's own name says it
    if covered(mentions, mention.end, found.end(), mention) is not None:
        return None
    return named_body(mention, mention.start, found.end(), "BUS", text)

"""Entities for a Doc without the model's NER (issue #13): a stand-in that costs look-ups.

* actors from our dictionaries, labelled by entry kind (GPE, NORP, PERSON, ORG);
* dates and times: day and month names, years, "last/next/this week", numeric dates, clock times;
* MONEY, PERCENT and CARDINAL from token shape ("$5 million", "12 %", "300");
* organisation-looking runs of capitalised words (ending in Party, Ministry, Council ... or
  holding "of the") as ORG, and other runs of two or more proper nouns as PERSON, with title
  words (Minister, President, Mr ...) left out of the name.

``add_entities(doc)`` sets ``doc.ents`` and returns the Doc.
"""

from __future__ import annotations

import re

LABELS = {"country": "GPE", "city": "GPE", "capital": "GPE", "seat": "GPE", "demonym": "NORP", "adjective": "NORP",
          "person": "PERSON", "organisation": "ORG"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
          "sept", "oct", "nov", "dec"}
DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
DATE_WORDS = (MONTHS - {"may", "mar", "jan", "dec", "sept"}) | DAYS | {
    "today", "yesterday", "tomorrow", "week", "month", "year", "weekend", "decade", "century"}
RELATIVE = {"last", "next", "this", "earlier", "later", "previous", "coming"}
TIME_WORDS = {"morning", "afternoon", "evening", "night", "tonight", "overnight", "midnight", "noon"}
CURRENCY = {"$", "£", "€", "¥", "dollars", "dollar", "euros", "euro", "pounds", "yuan", "rupees", "yen", "usd"}
MAGNITUDE = {"million", "billion", "trillion", "thousand", "hundred", "m", "bn"}
PERCENT = {"%", "percent", "per", "cent"}
NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "dozens", "dozen", "thousands"}
TITLES = {"mr", "mrs", "ms", "dr", "prof", "sir", "president", "prime", "minister", "secretary", "general",
          "chancellor", "king", "queen", "prince", "princess", "sheikh", "pope", "senator", "sen", "rep",
          "governor", "gov", "mayor", "ambassador", "foreign", "defence", "defense", "interior", "deputy",
          "vice", "chief", "spokesman", "spokeswoman", "spokesperson", "leader", "chairman", "commander",
          "colonel", "col", "gen", "lt", "major", "captain", "judge", "justice", "premier", "emir", "ayatollah",
          "supreme", "former", "acting", "state", "crown", "lord", "lady", "speaker", "envoy", "director",
          "attorney", "city", "minority", "majority", "whip", "miss", "rev", "reverend", "house", "senate",
          "first", "secretary-general", "ceo", "coach", "representative", "congressman", "congresswoman"}
NOT_PEOPLE = {"act", "amendment", "bill", "law", "treaty", "accord", "convention", "debate", "debates", "summit",
              "conference", "games", "cup", "award", "prize", "festival", "day", "war", "street", "avenue", "road",
              "hill", "island", "river", "airport", "bridge", "square", "center", "centre", "hospital", "school",
              "college", "stadium", "hotel", "palace", "plan", "program", "programme", "initiative", "strait",
              "sea", "ocean", "mountains", "valley", "county", "province", "region", "district", "state", "states"}
ORG_HEADS = {"party", "ministry", "council", "watch", "agency", "army", "front", "movement", "union", "court",
             "commission", "committee", "bank", "assembly", "parliament", "congress", "senate", "office",
             "department", "forces", "force", "guard", "guards", "brigade", "brigades", "organisation",
             "organization", "association", "institute", "alliance", "federation", "league", "corporation",
             "group", "authority", "police", "service", "nations", "fund", "foundation", "university", "coalition",
             "network", "company", "corp", "inc", "ltd", "international", "times", "post", "news", "tribunal"}
SHAPE_WORDS = frozenset(DATE_WORDS | MONTHS | TIME_WORDS)  # what _dates reads besides words starting with a digit
NUMERIC_DATE = re.compile(r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$")
CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}$|^\d{1,2}(am|pm)$", re.I)
NUMBER = re.compile(r"^[\d][\d,.]*$")


def is_year(token) -> bool:
    return token.text.isdigit() and len(token.text) == 4 and token.text[:2] in ("19", "20")


def _free(taken: set[int], start: int, end: int) -> bool:
    return not any(i in taken for i in range(start, end))


def _dates(doc, taken: set[int], spans: list) -> None:
    from spacy.tokens import Span

    n = len(doc)
    for i in range(n):
        if i in taken:
            continue
        token = doc[i]
        word = token.lower_
        if word not in SHAPE_WORDS and not word[:1].isdigit():
            continue  # every test below needs one or the other (before making more of the Token)
        label = None
        if word in DATE_WORDS or word in MONTHS and token.is_title and (
                token.i + 1 < n and (doc[token.i + 1].like_num) or token.i > 0 and doc[token.i - 1].like_num) \
                or is_year(token) or NUMERIC_DATE.match(token.text):
            label = "DATE"
        elif word in TIME_WORDS or CLOCK.match(token.text):
            label = "TIME"
        if label is None:
            continue
        start, end = token.i, token.i + 1
        if start > 0 and doc[start - 1].lower_ in RELATIVE and start - 1 not in taken:
            start -= 1
        if word in MONTHS and start > 0 and doc[start - 1].like_num and start - 1 not in taken:
            start -= 1
        while end < n and end not in taken and (doc[end].like_num and len(doc[end].text) <= 4
                                                or doc[end].text == "," and end + 1 < n and is_year(doc[end + 1])):
            end += 1
        if doc[end - 1].text == ",":
            end -= 1
        if _free(taken, start, end):
            spans.append(Span(doc, start, end, label=label))
            taken.update(range(start, end))


def _numbers(doc, taken: set[int], spans: list) -> None:
    from spacy.tokens import Span

    n = len(doc)
    i = 0
    while i < n:
        if i in taken:
            i += 1
            continue
        token = doc[i]
        numeric = NUMBER.match(token.text) or token.lower_ in NUMBER_WORDS
        if not (numeric or token.text in CURRENCY and i + 1 < n and NUMBER.match(doc[i + 1].text)):
            i += 1
            continue
        start, end = i, i + 1
        while end < n and end not in taken and (NUMBER.match(doc[end].text) or doc[end].lower_ in MAGNITUDE):
            end += 1
        label = "CARDINAL"
        if doc[start].text in CURRENCY or start > 0 and doc[start - 1].text in CURRENCY and start - 1 not in taken:
            start = start - 1 if doc[start].text not in CURRENCY else start
            label = "MONEY"
        if end < n and doc[end].lower_ in CURRENCY and end not in taken:
            end, label = end + 1, "MONEY"
        elif end < n and doc[end].lower_ in PERCENT and end not in taken:
            end = end + 2 if doc[end].lower_ == "per" and end + 1 < n and doc[end + 1].lower_ == "cent" else end + 1
            label = "PERCENT"
        if _free(taken, start, end):
            spans.append(Span(doc, start, end, label=label))
            taken.update(range(start, end))
        i = end


def _name_runs(doc, taken: set[int], spans: list, lexicon=None) -> None:
    from spacy.tokens import Span

    tagged = doc.has_annotation("TAG")
    run: list[int] = []
    for token in [*doc, None]:
        if token is not None and token.i not in taken and token.is_title and (
                token.pos_ == "PROPN" if tagged else not token.is_sent_start) \
                or token is not None and run and token.lower_ in ("of", "the", "for", "and") \
                and token.i + 1 < len(doc) and doc[token.i + 1].is_title and token.i not in taken:
            run.append(token.i)
            continue
        while run and doc[run[-1]].lower_ in ("of", "the", "for", "and"):
            run.pop()
        words = [doc[i].lower_ for i in run]
        if run and (words[-1] in ORG_HEADS or "of" in words and len(run) >= 3):
            spans.append(Span(doc, run[0], run[-1] + 1, label="ORG"))
        elif run and words[-1] not in NOT_PEOPLE and not any(w in ("of", "the", "for", "and") for w in words):
            titled = False
            while run and doc[run[0]].lower_.rstrip(".") in TITLES:
                run.pop(0)
                titled = True
            known = len(run) == 1 and lexicon is not None and bool(lexicon.people_named(doc[run[0]].text))
            if len(run) >= 2 or run and (titled or known):  # "Sergei Lavrov", "Mr. Alexander", "Bush"
                spans.append(Span(doc, run[0], run[-1] + 1, label="PERSON"))
        run = []


def add_entities(doc, lexicon=None):
    """Set ``doc.ents`` from our dictionaries and the token shapes above (no model); returns the Doc."""
    from spacy.tokens import Span

    from newsevents.actors.lexicon import load_lexicon
    from newsevents.actors.match import find_matches

    spans: list = []
    taken: set[int] = set()
    lexicon = lexicon if lexicon is not None else load_lexicon()
    for match in find_matches(doc, lexicon):
        label = next((LABELS[e.kind] for e in match.entries if e.kind in LABELS), None)
        if label and match.end - match.start > 1 and doc[match.end - 1].lower_ in ORG_HEADS:
            label = "ORG"  # "the Ministry of Defence", "Labour Party": a body, not its country
        if label and _free(taken, match.start, match.end):
            spans.append(Span(doc, match.start, match.end, label=label))
            taken.update(range(match.start, match.end))
    _dates(doc, taken, spans)
    _numbers(doc, taken, spans)
    _name_runs(doc, taken, spans, lexicon)
    doc.ents = sorted(spans, key=lambda span: span.start)
    return doc

"""Captions with no credit, told by their tense and their place (issue #10, twenty-fifth session).

A picture's caption that a scrape keeps without its credit, its date or its place ("Members of the opposition
stand on their seats and hold placards as the minister speaks.") reads like a sentence of the story, but not of
this story: the story reports what happened in the past ("said", "told", "was"), the caption shows a scene in the
present tense, and it stands alone between two paragraphs that do not need it: the paragraph under it does not
go on from it ("He said …", "But …"). ``captions.caption_sentence`` asks for a date, a weekday or a place to be
sure; this rule asks instead for the place on the page:

* the line's main clause is a caption's (a subject with no verb of its own, a picture verb of
  ``data/clean/caption_verbs.tsv`` in the present tense, no reporting, modal or past word before its first
  comma or subordinate clause, no figure or judgement in it: "stands in sharp contrast", "stands at 5 per cent"),
  and not of a verb the story may use to judge ("Polls show …", "Capex looks high", "The move is seen as …": class
  ``anchored``, which needs the date or place);
* its subject has at most ``SCENE_SUBJECT_WORDS`` words and no clause or pronoun of its own;
* it is one sentence of ``MIN_WORDS`` to ``MAX_WORDS`` words, not in capitals, below the story's first paragraph,
  with no quotation mark;
* the kept lines just above and below are paragraphs of the story (or lines the rules took: a gallery's
  counter), and the one below does not open with a pronoun or a connective that would continue it;
* the page's story is told in the past: ``PAST_PARAGRAPHS`` of its paragraphs report or use a past tense.
"""

from __future__ import annotations

import re

from newsevents.clean.captions import (
    ABBREVIATION,
    AS_IDIOM,
    FIRST_PERSON,
    PLURAL,
    PRONOUN,
    PROSE,
    QUOTES,
    SUBJECT_VERB,
    caption_shape,
    caption_verbs,
)

MAX_WORDS = 40
MIN_WORDS = 6  # "ORLANDO MOURNS" is a heading
SCENE_SUBJECT_WORDS = 8  # "Foreign ministers of the Gulf Cooperation Council"
PARAGRAPH_WORDS = 12  # a paragraph of the story around it
PAST_PARAGRAPHS = 2
# Where the main clause ends: a comma, or a subordinate or participle clause ("… River where a flood wall was …",
# "… placards as the minister speaks", "… out of the meeting, with the Prime Minister pausing …").
MAIN_CLAUSE_END = re.compile(r",|\s(?:where|which|who|whom|whose|that|as|after|before|while|when|during|amid|"
                             r"following|with)\s", re.IGNORECASE)
# A paragraph that goes on from the line above it.
GOES_ON = re.compile(r"^(?:he|she|it|they|this|these|those|his|her|their|its|but|and|so|then|there|here|also|yet|"
                     r"still|instead)\b", re.IGNORECASE)
REPORTED = re.compile(r"\b(?:said|told|was|were|had)\b", re.IGNORECASE)
SENTENCE_CLOSE = re.compile(r"[.!?][\"'”’)]*$")
# A subject that is a clause of its own ("Similarly, USAID, the agency that delivers …") is no caption's.
CLAUSE_SUBJECT = re.compile(r",|\b(?:that|which|who|whose|why|how|what|before|after|because|he|she|it|they|we|you|"
                            r"him|them|his|her|its|their)\b", re.IGNORECASE)
BUT = re.compile(r"\bbut\b", re.IGNORECASE)
# A picture verb in a judgement or a figure: "The wall stands in sharp contrast to …", "Unemployment stands at 5 per
# cent", "The plan stands out", "Backers speak of …".
JUDGEMENT = re.compile(r"^\s+(?:in (?:\w+ )?contrast|out\b(?! of)|apart\b|alone\b|firm\b|of\b)|\d", re.IGNORECASE)


def story_paragraph(line: str) -> bool:
    """A paragraph of the story: ``PARAGRAPH_WORDS`` words or more, closed by a full stop (or a quotation's)."""
    text = line.strip()
    return len(text.split()) >= PARAGRAPH_WORDS and bool(SENTENCE_CLOSE.search(text))


def scene_clause(line: str) -> bool:
    """Whether ``line`` opens with a caption's main clause (see the module's docstring), date or place or none."""
    text = line.strip()
    if (not MIN_WORDS <= len(text.split()) <= MAX_WORDS or QUOTES.search(text) or FIRST_PERSON.search(text)
            or PRONOUN.match(text) or not text[0].isupper() or text.isupper()):
        return False
    flat = ABBREVIATION.sub(r"\1", text)
    if re.search(r"[.!?]\s+\S", flat) or flat.endswith(("?", "!", ":")):
        return False
    match = caption_shape().match(flat.rstrip("."))
    if (match is None or len(match["subject"].split()) > SCENE_SUBJECT_WORDS or SUBJECT_VERB.search(match["subject"])
            or CLAUSE_SUBJECT.search(match["subject"]) or any(char.isdigit() for char in match["subject"])):
        return False
    verb = " ".join(match["verb"].lower().split())
    head = re.split(r"\s+(?:of|from|in|at|outside|with)\s+", match["subject"].strip())[0]
    if caption_verbs()[verb] != "picture" or (not verb.split()[0].endswith("s") and not PLURAL.search(head)):
        return False
    main = MAIN_CLAUSE_END.split(match["rest"])[0]
    return not (PROSE.search(match["subject"]) or PROSE.search(main) or AS_IDIOM.match(match["rest"])
                or JUDGEMENT.search(main) or BUT.search(match["rest"]))


def scene_captions(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """A kept line below the story's first paragraph that is a scene in the present tense between two paragraphs
    of a story told in the past, the lower one not going on from it, is ``photo-caption``."""
    return captions_between_paragraphs(lines, reasons, guarded, scene_clause)


def captions_between_paragraphs(lines: list[str], reasons: list[str | None], guarded: int | None, is_caption,
                                *, past_marks: bool = False) -> list[str | None]:
    """A kept line below the story's first paragraph for which ``is_caption`` holds, between two paragraphs of a
    story told in the past, the lower one not going on from it, is ``photo-caption`` (the scenes of this module
    and of ``past_scenes``). ``past_marks``: the paragraph above is looked for past the captions marked here."""
    out = list(reasons)
    paragraphs = [index for index, line in enumerate(lines) if reasons[index] is None and story_paragraph(line)]
    if not paragraphs or sum(bool(REPORTED.search(lines[index])) for index in paragraphs) < PAST_PARAGRAPHS:
        return out
    kept = out if past_marks else reasons
    for index in range(paragraphs[0] + 1, len(lines)):
        if reasons[index] is not None or index == guarded or not is_caption(lines[index]):
            continue
        above = next((lines[i] for i in range(index - 1, -1, -1) if kept[i] is None), "")
        below = next((lines[i] for i in range(index + 1, len(lines)) if reasons[i] is None), "")
        if story_paragraph(above) and story_paragraph(below) and not GOES_ON.match(below.strip()):
            out[index] = "photo-caption"
    return out


# A caption with no verb at all (twenty-sixth session): who or what, then where ("Members of the House of
# Representatives during plenary in Abuja.", "Joan Pyle with the old library bus in Hatherley."): a name or a
# capitalised noun phrase, a preposition of the scene, and a place named in capitals, closed by a full stop.
PLACE_CAPTION = re.compile(
    r"^(?:(?:A|An|The)\s)?(?:[A-Z][\w.'’-]*|of|the|and|de|for)(?:\s(?:[A-Z][\w.'’-]*|of|the|and|de|for)){0,7}"
    r"\s(?:during|with|at|on|outside|near|inside|in|after|before|ahead of|beside|alongside)\s"
    r".*\b(?:in|at|outside|near)\s(?:the\s)?[A-Z][\w'’-]+.*\.$")
NOT_PLACE_CAPTION = re.compile(r"[\"“”]|\b(?:I|we|you|he|she|they|it|his|her|their|its|my|our|your|this|that|these|"
                               r"those|which|who|according)\b|^(?:And|But|So|Also|Or|Yet|Then)\b")
PLACE_CAPTION_WORDS = (5, 30)
# A verb in it ("is", "said", a past "-ed"; not the signals' "-es", which plural nouns end in: "Representatives").
PLACE_VERB = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|"
                        r"did|said|says|told|added|gets?|got|makes?|made|takes?|took|goes|went)\b|\b[a-z]{3,}ed\b|n't\b",
                        re.IGNORECASE)


def place_caption(line: str) -> bool:
    """Whether ``line`` is a caption with no verb: one sentence, a name or noun phrase, the scene's preposition and a
    place (``PLACE_CAPTION``), no verb cue, pronoun, quotation or opening connective."""
    text = line.strip()
    low, high = PLACE_CAPTION_WORDS
    return (low <= len(text.split()) <= high and not re.search(r"[.!?]\s+\S", text) and not PLACE_VERB.search(text)
            and not NOT_PLACE_CAPTION.search(text) and bool(PLACE_CAPTION.match(text)))


def place_captions(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """A kept caption with no verb (``place_caption``) below the story's first paragraph is ``photo-caption``."""
    out = list(reasons)
    first = next((index for index, line in enumerate(lines) if reasons[index] is None and story_paragraph(line)), None)
    if first is None:
        return out
    for index in range(first + 1, len(lines)):
        if out[index] is None and index != guarded and place_caption(lines[index]):
            out[index] = "photo-caption"
    return out

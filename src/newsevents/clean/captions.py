"""Photo captions told by their register (issue #10, sixteenth session).

A caption is written as a sentence, but in its own register: a present-tense description of the picture
("A protester waves a flag during a rally in Caracas, Venezuela, on March 3, 2017.", "Smoke rises from a
building after an air strike in Idlib, Syria, April 4, 2017. REUTERS/Jane Roe"), one sentence, short,
anchored by a full date, a weekday or a place with its region. News prose reports in the past tense
("said", "told") and speaks of what is to come ("will", "would"). ``caption_sentence`` asks for all of
it: a subject (a name or a noun phrase, no pronoun, no verb of its own), then a verb of
``data/clean/caption_verbs.tsv`` (present tense), then the anchor its class needs, no quotation mark, no
reporting or modal word, no past ``was``/``had``, no first or second person.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsevents.clean.marks import LIST_MARK
from newsevents.clean.paragraphs import WRAP_WIDTH
from newsevents.resources import data_path, read_tsv

MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
FULL_DATE = re.compile(rf"\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b"
                       rf"|\b\d{{1,2}}\s+{MONTH}\s+(?:19|20)\d\d\b", re.IGNORECASE)
# The caption's date closes it after a comma ("… in Caracas, Venezuela, March 3, 2017.", "…, on March 3, 2017.")
# or stands before its place (AP: "… Tuesday, Nov. 19, 2019, in Grass Valley, Calif."); a date inside a
# sentence ("convertible from April 1, 1987 to …", "the bonds mature on March 1, 2028.") is the story's.
CLOSING_DATE = re.compile(rf"(?:,|\bU\.?[SK]\.?)\s*(?:on\s+)?(?:{FULL_DATE.pattern})\.?\)?\.?$"
                          rf"|(?:{FULL_DATE.pattern}),? in (?-i:[A-Z])",
                          re.IGNORECASE)
WEEKDAY = re.compile(r"\bon (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
# "in Caracas, Venezuela", "outside the court in Port Alder, Maine": a place and its region or country.
NAME = r"(?-i:[A-Z])[\w'’-]+\.?"
PLACE = re.compile(rf"\b(?:in|at|near|outside|on) (?:the )?{NAME}(?: (?:of |de )?{NAME}){{0,3}}, {NAME}")
# A view with no verb: "A view of the harbour of Port Alder, Maine, on March 4, 2017.", "General view of …".
VIEW = re.compile(r"^(?:an? |the )?(?:general |aerial |partial |night |drone |close-up |file )?"
                  r"views? (?:of|from|over)\b", re.IGNORECASE)
# Words of news prose, not of a caption (case-insensitive), and the first person (case-sensitive).
PROSE = re.compile(r"\b(?:said|says|say|told|tells|according|will|would|could|should|might|must|can|cannot|was|"
                   r"were|had|did|is|are|has|have|because|although|if|you|your|we|our|my)\b", re.IGNORECASE)
FIRST_PERSON = re.compile(r"\b(?:I|us|me)\b")
QUOTES = re.compile("[\"“”«»]")
PRONOUN = re.compile(r"^(?:he|she|it|they|this|that|these|those|there|here|his|her|their|its|who|what|which|when|"
                     r"while|as|and|but|so|then|now|today|tonight|at|in|on|after|before|during|for|from|with|by|"
                     r"under|over|since|until|once|last|next|earlier|later)\b", re.IGNORECASE)
# A subject has no verb of its own ("The West End is honouring … and shows", "Rates are expected to rise").
SUBJECT_VERB = re.compile(r"\b(?:is|are|am|be|been|being|has|have|do|does|to|not|also|then|only|just|generally|"
                          r"usually|often|still)\b", re.IGNORECASE)
# A plural subject for a verb's plain form ("Supporters gather", "Jane Roe and Jim Doe shake hands"): its last
# word is a plural (or a name list); else "show" or "rise" is a noun ("Radio 1 show goes on air").
PLURAL = re.compile(r"(?:s|people|children|men|women|police|crowd|staff|family|team)$|\band\b", re.IGNORECASE)
# Periods that end no sentence: initials ("U.S.", "J."), titles ("Mr.", "Sen."), months ("Jan.").
ABBREVIATION = re.compile(r"\b([A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Sen|Gov|Rep|Gen|Lt|Col|Sgt|Capt|Rev|Prof|No|Jan|Feb|Mar|"
                          r"Apr|Aug|Sep|Sept|Oct|Nov|Dec|Ave|Mt|Ft)\.")
# A credit after the caption's sentence ("… 2018. REUTERS/Jane Roe", "… on Monday. (AP)").
CREDIT_TAIL = re.compile(r"(?<=[.)])\s+(?:\S[^.!?]{0,60}/[^.!?]{0,60}|\([^()]{1,40}\))\s*$")
# "is seen as a candidate", "looks set to", "stands to gain": a judgement, not a picture.
AS_IDIOM = re.compile(r"^\s+(?:as|set|like|ready|likely|to (?:be|gain|lose|win|become|make|take|get|have))\b",
                      re.IGNORECASE)
MAX_WORDS = 45
SUBJECT_WORDS = 12
SUBJECT = r"(?:[^.!?;:()\[\]]|\([^()]{1,20}\)){1,120}?"


@lru_cache(maxsize=1)
def caption_verbs() -> dict[str, str]:
    """The caption verbs and their class (``picture`` or ``dated``), from ``data/clean/caption_verbs.tsv``."""
    return {verb.lower(): kind for _, (verb, kind) in read_tsv(data_path("clean", "caption_verbs.tsv"), columns=2)}


@lru_cache(maxsize=1)
def caption_shape() -> re.Pattern[str]:
    verbs = sorted(caption_verbs(), key=len, reverse=True)
    alternatives = "|".join(re.escape(verb).replace(r"\ ", r"\s+") for verb in verbs)
    return re.compile(rf"^(?P<subject>{SUBJECT})\s(?P<verb>{alternatives})\b(?P<rest>.*)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def caption_verb() -> re.Pattern[str]:
    """A picture verb of ``data/clean/caption_verbs.tsv`` in the third person ("walks", "is seen"), anywhere in
    a line (not a plain form such as "vote" or "show", which may be a noun)."""
    verbs = sorted((verb for verb, kind in caption_verbs().items()
                    if kind in ("picture", "anchored") and (verb.endswith("s") or " " in verb)), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(verb).replace(r"\ ", r"\s+") for verb in verbs) + r")\b",
                      re.IGNORECASE)


PAST = re.compile(r"\b(?:was|were|had|did)\b", re.IGNORECASE)


def past_report(line: str) -> bool:
    """A paragraph that tells what happened ("The House vote was 254 to 169 …"): a past ``was``/``were``/``had``
    and no verb of a picture in the present tense. A caption above a credit describes the picture."""
    return bool(PAST.search(line)) and not caption_verb().search(line)


def caption_sentence(line: str, *, unclosed: bool = False) -> bool:
    """Whether ``line`` is a photo caption by its register alone (see the module's docstring).

    ``unclosed`` also takes a caption with no full stop ("Protesters gather outside the court in Port Alder,
    Maine"), which may be a headline: only for lines below the story's first paragraph.
    """
    text = CREDIT_TAIL.sub("", line.strip())
    if unclosed and text[-1:].isalpha() and not text.isupper():
        text += "."
    if not text or len(text.split()) > MAX_WORDS or QUOTES.search(text) \
            or FIRST_PERSON.search(text) or PRONOUN.match(text) or not (text[0].isupper() or text[0].isdigit()):
        return False
    flat = ABBREVIATION.sub(r"\1", text)
    if re.search(r"[.!?]\s+\S", flat) or not (flat.endswith((".", ")")) or flat[-1].isdigit()):
        return False  # one sentence, closed by a full stop or by its date
    if VIEW.match(flat):
        return not PROSE.search(flat) and bool(CLOSING_DATE.search(flat) or PLACE.search(flat))
    if participle_caption(flat):
        return True
    match = caption_shape().match(flat)
    if match is None or len(match["subject"].split()) > SUBJECT_WORDS or SUBJECT_VERB.search(match["subject"]) \
            or any(char.isdigit() for char in match["subject"]):
        return False
    head = re.split(r"\s+(?:of|from|in|at|outside|with)\s+", match["subject"].strip())[0]  # "Supporters of Ruiz"
    if not match["verb"].split()[0].lower().endswith("s") and not PLURAL.search(head):
        return False
    rest = match["rest"]
    if PROSE.search(match["subject"]) or PROSE.search(rest) or AS_IDIOM.match(rest):
        return False
    if caption_verbs()[" ".join(match["verb"].lower().split())] == "dated":
        return bool(CLOSING_DATE.search(rest))
    return bool(CLOSING_DATE.search(rest) or WEEKDAY.search(rest) or PLACE.search(rest))


# A caption led by a present participle, not a finite verb ("Jane Roe, the minister of works, addressing the
# port's workers at the harbour in Port Alder on March 3, 2017."; thirty-second session): the first word in "-ing"
# follows the subject's name (a capitalised word) or its apposition's comma, and the picture's place and full date
# close the line. A story's sentence has a finite verb before its first "-ing" word ("Jane Roe spent the morning
# visiting …", "… a champion of working people"); the participle with a place and a date and no verb is a picture's.
PARTICIPLE = re.compile(r"(?P<before>\S+)\s(?P<verb>(?-i:[a-z]){2,}ing)\b")
PLACE_DATE = re.compile(rf"\b(?:in|at) (?:the )?{NAME}(?: (?:of )?{NAME}){{0,3}},? on (?:{FULL_DATE.pattern})\.?$",
                        re.IGNORECASE)


def participle_caption(flat: str) -> bool:
    """A one-sentence line ``caption_sentence`` has checked, led by a participle and closed by its place and date."""
    match = PARTICIPLE.search(flat)
    if match is None or PROSE.search(flat) or not (match["before"][0].isupper() or match["before"].endswith(",")):
        return False
    subject, rest = flat[:match.start("verb")], flat[match.end("verb"):]
    if len(subject.split()) > SUBJECT_WORDS or SUBJECT_VERB.search(subject) or any(ch.isdigit() for ch in subject):
        return False
    return bool(CLOSING_DATE.search(rest) or PLACE_DATE.search(rest))


# A credit on its own line under its label (twenty-second session): "Photo: Jane Roe", "Credit: City Council",
# "Image courtesy of Holm Architects", "Photograph: …", "(Image credit: …)", "Staff photos by …", "File photo".
CREDIT_LABEL = re.compile(r"^\(?(?:(?:photo|image|picture)\s+)?(?:credits?|courtesy(?:\s+of)?)\b\s*:?"
                          r"|^\(?(?:photo(?:graph)?s?|image|picture)\s*(?::|by\b)"
                          r"|^\(?(?:file|staff|handout|submitted)\s+(?:photo|picture|image)s?\b", re.IGNORECASE)
LABELLED_CREDIT_WORDS = 8
# Words a caption does not use: the reader addressed or the writer ("Where do you go …", "my"), the perfect and the
# future of a report ("The centre has issued its final advisory", "will provide updates").
NOT_CAPTION = re.compile(r"\b(?:I|my|me|we|our|us|you|your|will|would|has|have|had)\b", re.IGNORECASE)


def labelled_credit(line: str) -> bool:
    """A short line that is only a credit under its label ("Photo: Jane Roe", "Image courtesy of …"); not a
    page-wide one ("Main image credit: Getty", whose label does not open the line)."""
    return len(line.split()) <= LABELLED_CREDIT_WORDS and bool(CREDIT_LABEL.match(line.strip()))


def caption_over_credit(line: str) -> bool:
    """Whether a line above a labelled credit reads as its caption: no question, no first or second person, no
    perfect or future tense (a paragraph of the story that a picture with no caption follows)."""
    return not line.strip().endswith("?") and not NOT_CAPTION.search(line)

INDENT_SHARE = 0.25  # more of the page's lines open with a space: the indent is the page's layout, not a caption's
INDENT_MAX_WORDS = 40
SENTENCE_END = re.compile(r"[.!?:][\"'”’)\]]*\s*$")
REPORTING = re.compile(r"\b(?:said|says|told|according to)\b", re.IGNORECASE)
DURATION = re.compile(r"\b\d{1,2}:\d{2}$")


def indented_captions(lines: list[str], reasons: list[str | None], indented: list[bool],
                      guarded: int | None) -> list[str | None]:
    """A line that opened with a space, on a page where few do, and that ends no sentence is a caption's or a
    player's text (" A supporter holds a sign outside the arena", " Senator Roe on the vote 2:06"): the scrape
    kept the space the caption's or the player's element began with; the story's paragraphs have none.

    Not a list's entry (a dash, a bullet, "1."), not a line in capitals (a list's title), not a quotation or
    a sentence (which end in a full stop): those are indented in the story too. A title ending in a
    running time ("… 2:06") is a player's (``social-embed``); the rest are ``photo-caption``.
    """
    out = list(reasons)
    widest = max((len(line) for line in lines), default=0)
    if sum(indented) > INDENT_SHARE * len(lines) or widest <= WRAP_WIDTH or any(
            flag and index + 1 < len(lines) and lines[index + 1].strip()[:1].islower()
            for index, flag in enumerate(indented)):
        return out  # wrapped copy (no line longer than it wraps at), each paragraph opening with an indent
    for index, (line, flag) in enumerate(zip(lines, indented, strict=True)):
        text = line.strip()
        if (not flag or out[index] is not None or index == guarded or not 2 <= len(text.split()) <= INDENT_MAX_WORDS
                or SENTENCE_END.search(text) or LIST_MARK.match(text) or text.isupper() or text.endswith((",", "-"))
                or REPORTING.search(text)):
            continue
        out[index] = "social-embed" if DURATION.search(text) else "photo-caption"
    return out

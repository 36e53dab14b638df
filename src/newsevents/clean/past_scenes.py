"""Captions in the past tense, told by their subject and their place (issue #10, twenty-sixth session).

Some papers write captions in the past tense with no credit ("Relatives waited outside the military hospital in
Popayán for news of the wounded.", "Protesters filled Rustaveli Avenue from the parliament building to Freedom Square
by nightfall."). Such a line reads as a sentence of the story; ``scene_captions`` takes only the present tense. What
tells it: its subject is a group of people named by a plural noun with no determiner, or a count of them ("Senators",
"Election Commission officials", "Thousands of farmers", "Outside the Senate, a few dozen judicial workers";
``data/clean/past_scenes.tsv``, class group), its verb is a
scene's past (gathered, waited, filled, marched; class verb), and it stands alone, one sentence with no quotation,
figure, reporting, modal or pronoun, between two paragraphs of the story, the one under it not going on from it, on
a page whose story is told in the past. A story's paragraph of that shape is rare: none of 22,280 BBC, Reuters and
PolNeAR records has one, nor any tune page.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsevents.clean.scene_captions import captions_between_paragraphs
from newsevents.resources import data_path, read_tsv

WORDS = (6, 30)
NOT_CAPTION = re.compile(r"[\"“”]|\d|\b(?:said|says|told|according|will|would|could|should|may|might|he|she|they|"
                         r"we|i|because|but)\b", re.IGNORECASE)
COUNT = (r"(?:(?:some|many|several|hundreds of|thousands of|dozens of|scores of|tens of thousands of|a few dozen|"
         r"a few hundred|a crowd of|a group of|a handful of)\s)?")
PLACE_FIRST = r"(?:(?:outside|inside|in|at|near|on|across|along)\s[^,]{1,40},\s)?"  # "Outside the Senate, …"
MODIFIER = (r"(?:(?!(?:the|a|an|his|her|their|its|our|these|those|this|that|some|many|in|which|since|when|as|after|"
            r"before|while|where|who|and|or|if|of|to|for|with|by|from|at|on)\b)[\w'’-]+\s){0,3}")


@lru_cache(maxsize=1)
def past_scene_shape() -> re.Pattern[str]:
    """Subject (a group, up to three words before it but no determiner, "of …" after it) and a scene's past verb, at
    the line's start or after a place and a comma."""
    words: dict[str, list[str]] = {"group": [], "verb": []}
    for _, (word, kind, _note) in read_tsv(data_path("clean", "past_scenes.tsv"), columns=3):
        words[kind].append(re.escape(word).replace(r"\ ", r"\s+"))
    group = "|".join(sorted(words["group"], key=len, reverse=True))
    verb = "|".join(sorted(words["verb"], key=len, reverse=True))
    return re.compile(rf"^{PLACE_FIRST}{COUNT}{MODIFIER}(?:{group})(?:\s(?:of|from|in)\s[\w'’ -]{{1,30}}?)?\s"
                      rf"(?:{verb})\b", re.IGNORECASE)


def past_scene(line: str) -> bool:
    """Whether ``line`` reads as a caption in the past tense by itself (see the module's docstring)."""
    text = line.strip()
    low, high = WORDS
    return (low <= len(text.split()) <= high and not re.search(r"[.!?]\s+\S", text)
            and not text.endswith(("?", "!", ":")) and not NOT_CAPTION.search(text)
            and bool(past_scene_shape().match(text)))


def past_scenes(lines: list[str], reasons: list[str | None], guarded: int | None) -> list[str | None]:
    """A kept past scene between two paragraphs of a story told in the past, the lower one not going on from it, is
    ``photo-caption``."""
    return captions_between_paragraphs(lines, reasons, guarded, past_scene, past_marks=True)

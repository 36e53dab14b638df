"""Body text for the parser: an ellipsis inside a sentence read as a dash.

Quoted words with a stretch left out ("they deplore the imbalance in trade ... (and) expect Japan
to open up", "the Americans know that ... the sanctions will hurt them") keep their sentence going
after the ellipsis, with a lower-case word or a bracket. The small model often ends the sentence at
the dots, so the verb after them loses its subject and the sentence its speaker. In the parser copy
such an ellipsis is a dash, which the model reads as a pause inside the sentence: " ... " as
" --- ", "trade... and" as "trade -- and", " … " as " - ". One character for one, so every offset holds
and the record still quotes the page. An ellipsis before a capitalised word may end a sentence and
is left alone.
"""

from __future__ import annotations

import re

# Three dots (not four: a sentence's full stop and an ellipsis) or the one-character ellipsis, after a word
# or a closing mark, before a lower-case word or an opening bracket.
MID_SENTENCE = re.compile(r"(?<=[\w,;'\"’”)\]])(\s?)(?<!\.)(\.\.\.|…)(?!\.)(?=\s+[a-z(\[])")


def ellipses_as_dashes(text: str) -> str:
    """``text`` with each ellipsis inside a sentence as a dash (module docstring): same length."""
    if "..." not in text and "…" not in text:
        return text
    return MID_SENTENCE.sub(dash, text)


def dash(match: re.Match) -> str:
    """The mark for one ellipsis: "---" after a space, " --" right after a word (the tokenizer splits the
    space off, as it splits "..." off a word); "…" as "-" after a space and as a comma right after a word
    (a hyphen there would join the word: "way-")."""
    space, dots = match.group(1), match.group(2)
    if dots == "…":
        return space + ("-" if space else ",")
    return space + ("---" if space else " --")

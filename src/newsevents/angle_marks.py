"""Body text for the parser: a company's name or ticker the wire marks in angle brackets read in parentheses.

Reuters-21578 marks a company's stock ticker ("Chrysler Corp <C> said") and an unlisted company's
name ("<Airbus Industrie> said") in angle brackets: 6,140 marks in 3,524 of its 19,043 stories.
The small model reads "<" and ">" as words: "<" becomes a verb's subject, the ticker the subject
instead of the company, and ">" part of a name ("Noranda Inc>"). In parentheses the same marks
parse as an appositive or a bracketed name, and the named-entity recogniser takes the whole
name. One character for one, so every offset holds and the record still quotes the page.
"""

from __future__ import annotations

import re

# "<" + a name or ticker (a capital first; letters, digits, spaces and the punctuation of company names) + ">";
# not markup such as "<tweet/>" or "<br>".
ANGLE_MARK = re.compile(r"<([A-Z][\w.&'\- ]{0,60})>")


def angle_marks(text: str) -> str:
    """``text`` with each wire mark ``<Name>`` as ``(Name)``: same length, so offsets hold."""
    if "<" not in text:
        return text
    return ANGLE_MARK.sub(lambda match: f"({match.group(1)})", text)


ANGLE_MARKS = "angle_marks"  # a Doc's user_data key: offsets in its paragraph of the brackets read for "<" and ">"
READ_AS = {"<": "(", ">": ")"}


def angle_mark_offsets(text: str) -> frozenset[int]:
    """Where in ``text`` (the page's paragraph) ``angle_marks`` puts a bracket for "<" or ">"."""
    if "<" not in text:
        return frozenset()
    return frozenset(i for match in ANGLE_MARK.finditer(text) for i in (match.start(), match.end() - 1))


def angle_bracket(token, which: str) -> bool:
    """``token`` is a wire's angle bracket ``which`` ("<" or ">"), as the page writes it or as the parser read it
    ("(" or ")", recorded by the parse stage under ``ANGLE_MARKS``): the actors stage tells a ticker by them."""
    if token.text == which:
        return True
    return token.text == READ_AS[which] and token.idx in token.doc.user_data.get(ANGLE_MARKS, ())

"""Words a wire writes around its news that name no actor: a paragraph's own dateline in a round-up
("BAHRAIN - Iran reported ...", "CHANDIGARH, India - Sikh extremists killed ...") and a firm's stock ticker
in angle brackets ("Black and Decker <BDK>", "Dome Petroleum <DMP>"). The story's first dateline is taken
off the text by the cleaner (``Article.dateline``); these stay in it. Used by ``resolve.token_classes``."""

from __future__ import annotations

from newsevents.angle_marks import angle_bracket

DASHES = {"-", "--", "—", "–"}
OPENING = {"<", "("}  # a ticker's opening bracket as the page writes it or as the parser read it (parse.parser_text)


def capitals(token) -> bool:
    """A word written in capitals ("BAHRAIN", "NEW", "U.S."), not a single letter."""
    letters = [c for c in token.text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def line_starts(tokens) -> list[int]:
    """Where a paragraph or a line begins: the first word, and each word after a line break."""
    return [i for i in range(len(tokens)) if not tokens[i].is_space
            and (i == 0 or tokens[i - 1].is_space and "\n" in tokens[i - 1].text or "\n" in tokens[i - 1].whitespace_)]


def paragraph_dateline(tokens, start: int = 0) -> set[int]:
    """The words of a dateline that opens a paragraph and its dash: up to four words in capitals, with a
    country or state after a comma ("ZEEBRUGGE, Belgium"), then a dash and mixed-case text. An all-capitals
    headline ("UGANDA PULLS OUT OF COFFEE MARKET - TRADE SOURCES") has no mixed-case text after its dash."""
    i = start
    while i < len(tokens) and i - start < 4 and capitals(tokens[i]):
        i += 1
    if i == start:
        return set()
    if i < len(tokens) and tokens[i].text == ",":
        j = i + 1
        while j < len(tokens) and j - i <= 3 and tokens[j].text[:1].isupper() and tokens[j].text not in DASHES:
            j += 1
        i = j
    if i + 1 >= len(tokens) or tokens[i].text not in DASHES or not tokens[i - 1].whitespace_:
        return set()  # "BAHRAIN - Iran": a spaced dash; "US-led forces": a hyphen in a word
    after = []
    for token in tokens[i + 1:i + 6]:
        if token.is_space and "\n" in token.text:
            break  # the line's end
        if any(c.isalpha() for c in token.text):
            after.append(token)
    if not after or all(capitals(t) for t in after):
        return set()
    return set(range(start, i + 1))


def ticker(tokens) -> set[int]:
    """The symbol between angle brackets right after a firm's name ("<BDK>", "<BMY.N>"): no actor's acronym."""
    return {i for i in range(1, len(tokens) - 1)
            if tokens[i - 1].text in OPENING and angle_bracket(tokens[i - 1], "<") and angle_bracket(tokens[i + 1], ">")
            and tokens[i].text.replace(".", "").isalnum()}


def wire_marks(tokens) -> set[int]:
    """The words of a paragraph's dateline and of stock tickers: no actors."""
    found = ticker(tokens)
    for start in line_starts(tokens):
        found |= paragraph_dateline(tokens, start)
    return found

"""Splitting raw text into paragraphs, reflowing hard-wrapped wire copy."""

from __future__ import annotations

import re

# Characters replaced one-for-one, so no offset moves: odd spaces become spaces.
SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u3000"), " ")
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
BLANK_LINES = re.compile(r"\n\s*\n")


def normalise_spaces(text: str) -> str:
    """No-break and other odd spaces to plain spaces; invisible characters dropped."""
    return INVISIBLE.sub("", text.translate(SPACES))


def is_hard_wrapped(lines: list[str]) -> bool:
    """True for a block whose lines were broken at a fixed width (old wire copy)."""
    if len(lines) < 3:
        return False
    long_lines = [line for line in lines[:-1] if 30 <= len(line.rstrip()) <= 90]
    unended = [line for line in lines[:-1] if not line.rstrip().endswith((".", "!", "?", ":", "”", '"'))]
    return len(long_lines) >= 0.7 * (len(lines) - 1) and len(unended) >= 0.5 * (len(lines) - 1)


def reflow(lines: list[str]) -> list[str]:
    """Join wrapped lines; an indented line starts a new paragraph."""
    paragraphs: list[list[str]] = []
    for line in lines:
        if not paragraphs or (line[:1].isspace() and line.strip()):
            paragraphs.append([])
        paragraphs[-1].append(line.strip())
    return [" ".join(part for part in paragraph if part) for paragraph in paragraphs]


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of raw text: blocks split at blank lines, then lines (or reflowed)."""
    text = normalise_spaces(text.replace("\r\n", "\n").replace("\r", "\n"))
    paragraphs: list[str] = []
    for block in BLANK_LINES.split(text):
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        parts = reflow(lines) if is_hard_wrapped(lines) else lines
        paragraphs.extend(" ".join(part.split()) for part in parts if part.strip())
    return paragraphs

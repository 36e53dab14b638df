"""Bytes that are not UTF-8, and text decoded wrongly upstream (mojibake), made readable.

Used by ``read`` on what it takes from files. Clean UTF-8 text comes out unchanged:
the charset guess runs only when UTF-8 fails, and the mojibake repair runs only on
text that ftfy's badness measure flags, with every option that would touch clean
text (quotes, widths, ligatures, line breaks, Unicode normalisation) switched off.
"""

from __future__ import annotations

import re

from ftfy import TextFixerConfig, fix_text
from ftfy.badness import is_bad

from newsevents import messages

HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
CANDIDATES = ("utf_8", "cp1252", "latin_1")  # what news pages on the web are in, when not UTF-8
REPAIR = TextFixerConfig(
    unescape_html=False, remove_terminal_escapes=False, fix_encoding=True, restore_byte_a0=True,
    replace_lossy_sequences=False, decode_inconsistent_utf8=True, fix_c1_controls=False,
    fix_latin_ligatures=False, fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
    fix_surrogates=False, remove_control_chars=False, normalization=None, explain=False,
)


def guess_encoding(data: bytes) -> str:
    """The likeliest of cp1252 / latin-1 for bytes that are not UTF-8 (charset-normalizer)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1 << 16], cp_isolation=list(CANDIDATES)).best()
    name = best.encoding if best is not None else "latin_1"
    try:
        data.decode(name)
    except UnicodeDecodeError:  # the guess saw a sample; latin-1 decodes every byte
        return "latin_1"
    return name


def decode_guessed(data: bytes) -> tuple[str, str]:
    """(text, encoding name) for bytes that failed as UTF-8."""
    name = guess_encoding(data)
    return data.decode(name), name.replace("_", "-")


def repair_mojibake(text: str) -> tuple[str, bool]:
    """(text, repaired?): UTF-8 read as cp1252/latin-1 upstream ('donâ€™t') put back ('don’t')."""
    if not text or text.isascii() or not is_bad(text):
        return text, False
    fixed = fix_text(text, REPAIR)
    return fixed, fixed != text


class Decoder:
    """Bytes to text: UTF-8 first, else the likelier of cp1252 / latin-1, remembering which."""

    def __init__(self) -> None:
        self.fallback: str | None = None

    def __call__(self, data: bytes) -> str:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            text, self.fallback = decode_guessed(data)
            return text

    def take_warning(self, origin: str) -> str | None:
        """The not-UTF-8 warning for what was decoded since the last call, if any."""
        if self.fallback is None:
            return None
        warning = f"{origin}: " + messages.NOT_UTF8.format(encoding=self.fallback)
        self.fallback = None
        return warning


def decode(data: bytes) -> tuple[str, str | None]:
    """Bytes to text and the fallback encoding's warning (None for UTF-8)."""
    decoder = Decoder()
    text = decoder(data.removeprefix(b"\xef\xbb\xbf"))
    return text, (messages.NOT_UTF8.format(encoding=decoder.fallback) if decoder.fallback else None)


def decode_html(data: bytes) -> tuple[str, str | None]:
    """HTML bytes to text, honouring the charset the page declares."""
    match = HTML_CHARSET.search(data[:4096])
    if match:
        try:
            return data.decode(match[1].decode("ascii")), None
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data)


def looks_binary(data: bytes) -> bool:
    """True for data with NUL bytes or mostly control characters."""
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return bool(sample) and controls / len(sample) > 0.1

"""Bytes that are not UTF-8 and mojibake: repaired, and clean text left exactly as it was."""

from __future__ import annotations

import pytest

from newsevents.encoding import decode_guessed, repair_mojibake

CLEAN = ["Plain ASCII news.", "“Curly quotes” and ‘single’ ones — with an em dash…",
         "Café, naïve, Zürich, São Paulo, Łódź, Ελλάδα, Москва, 北京", "ﬁ ligature and ｗｉｄｅ letters stay",
         "A irmã de João, em São Paulo: Ilhéus, Pará"]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_is_not_touched(text):
    assert repair_mojibake(text) == (text, False)


def test_mojibake_is_repaired():
    broken = "It wasn’t a café — said the minister.".encode().decode("cp1252")
    assert repair_mojibake(broken) == ("It wasn’t a café — said the minister.", True)


def test_cp1252_and_latin1_bytes_are_decoded():
    assert decode_guessed("The minister’s “café” — naïve".encode("cp1252")) == (
        "The minister’s “café” — naïve", "cp1252")
    text, _name = decode_guessed("Zürich, Genève".encode("latin-1"))
    assert text == "Zürich, Genève"


def test_bytes_no_candidate_decodes_fall_back_to_latin1():
    data = b"abc \x81\x8d\x8f\x90\x9d def"  # undefined in cp1252
    assert decode_guessed(data) == (data.decode("latin-1"), "latin-1")

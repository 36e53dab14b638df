"""The PETRARCH verb dictionary reader, on a small dictionary we wrote (and CAMEO.2.0.txt when present)."""

from __future__ import annotations

import logging

import pytest

from conftest import FIXTURES, shared_path
from newsevents.events.petrarch_verbs import read_verb_dictionary, regular_forms
from newsevents.resources import DataError

DEMO = FIXTURES / "petrarch_config" / "demo.verbs.txt"


def test_petrarch_verbs_blocks_forms_and_codes():
    book = read_verb_dictionary(DEMO)
    assert {v.block for v in book.verbs["renew"]} == {"restore"}
    assert book.verbs["restore"][0].code == "064"
    assert book.forms["left"] == "leave"  # irregular forms in {...}
    assert (book.forms["staged"], book.forms["stages"], book.forms["staging"]) == ("stage", "stage", "stage")
    assert book.forms["renews"] == "renew"
    cordon = book.verbs["cordon"][0]
    assert (cordon.after, cordon.code) == (("off",), "1721")  # +CORDON_OFF with its own [code]


def test_petrarch_verbs_regular_forms():
    assert regular_forms("rally") == ("rallies", "rallied", "rallying")
    assert regular_forms("push") == ("pushes", "pushed", "pushing")
    assert regular_forms("agree") == ("agrees", "agreed", "agreeing")


def test_petrarch_verbs_patterns_expand_synsets_with_plurals():
    book = read_verb_dictionary(DEMO)
    ties = next(p for p in book.patterns["restore"] if p.code == "062")
    assert ("military",) in ties.after[0].choices and ("militaries",) in ties.after[0].choices
    relief = next(p for p in book.patterns["restore"] if p.code == "073")
    assert ("food", "aid") in relief.after[0].choices  # a label ending in _ makes no plurals
    assert ("food", "aids") not in relief.after[0].choices
    assert ("economic", "help") in relief.after[0].choices  # a synset inside a synset
    assert [e.kind for e in relief.after] == ["word", "word", "target"]


def test_petrarch_verbs_answer_and_null_codes():
    book = read_verb_dictionary(DEMO)
    (visit,) = book.patterns["leave"]
    assert (visit.code, visit.answer) == ("032", "033")
    assert any(p.code == "---" for p in book.patterns["postpone"])


@pytest.mark.parametrize("text, reason", [
    ("RESTORE\n", "before the first"),
    ("--- RESTORE [064] ---\nRESTORE\n&X\n+&UNDEFINED\n", "used before it is defined"),
])
def test_petrarch_verbs_errors_name_file_and_line(tmp_path, text, reason):
    path = tmp_path / "bad.verbs.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match=rf"bad\.verbs\.txt:\d+: .*{reason}"):
        read_verb_dictionary(path)


def test_petrarch_verbs_a_bad_pattern_is_skipped_with_a_warning(tmp_path, caplog):
    path = tmp_path / "odd.verbs.txt"
    path.write_text("--- RESTORE [064] ---\nRESTORE\n- * TIES\n- * &NOWHERE [062]\n- * AID [070]\n",
                    encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        book = read_verb_dictionary(path)
    assert [p.code for p in book.patterns["restore"]] == ["070"]
    assert "odd.verbs.txt:3" in caplog.text and "odd.verbs.txt:4" in caplog.text


def test_petrarch_verbs_reads_the_cameo_dictionary():
    book = read_verb_dictionary(shared_path("dicts", "petrarch2", "CAMEO.2.0.txt"))
    assert book.pattern_count() > 4500 and len(book.verbs) > 1500

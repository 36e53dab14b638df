"""Tests for the read stage: formats, ids, dates, streaming and bad input."""

from __future__ import annotations

import gzip
import io
import json
import sys

import pytest

from newsevents.read import expand_paths, iter_jsonl, read

PAGE = "Headline of the page\n\nFirst paragraph of the body.\n"


def write(path, data: bytes | str):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def test_read_text_page_id_is_file_name_without_extension(tmp_path):
    path = write(tmp_path / "story.txt", PAGE)
    [doc] = read(str(path), date="2017-12-20")
    assert (doc.id, doc.format, doc.date, doc.raw) == ("story", "text", "2017-12-20", PAGE)


def test_read_folder_ids_are_relative_paths(tmp_path):
    write(tmp_path / "a" / "one.txt", PAGE)
    write(tmp_path / "a" / "two.html.gz", gzip.compress(b"<html><body><p>x</p></body></html>"))
    write(tmp_path / ".hidden" / "three.txt", PAGE)
    ids = sorted(doc.id for doc in read(str(tmp_path)))
    assert ids == ["a/one", "a/two"]


def test_read_glob_ids_are_relative_to_the_glob_folder(tmp_path):
    write(tmp_path / "x" / "one.txt", PAGE)
    write(tmp_path / "y" / "one.txt", PAGE)
    ids = [stem for _, stem in expand_paths([str(tmp_path / "*" / "*.txt")])]
    assert ids == ["x/one", "y/one"]


def test_read_html_format(tmp_path):
    path = write(tmp_path / "page.htm", "<html><body><p>Hello</p></body></html>")
    [doc] = read(str(path))
    assert doc.format == "html" and doc.id == "page"


def test_read_html_declared_charset_is_honoured(tmp_path):
    html = '<html><head><meta charset="iso-8859-1"></head><body><p>caf\xe9</p></body></html>'
    [doc] = read(str(write(tmp_path / "p.html", html.encode("latin-1"))))
    assert "café" in doc.raw and not doc.warnings


def test_read_jsonl_records_keep_id_fields_and_extra(tmp_path):
    rows = [
        {"id": "r1", "title": "T", "text": "Body.", "date": "1987-02-26T15:01:01", "url": "u", "source": "S",
         "dateline": "SALVADOR, Feb 26 - ", "author": "A"},
        {"title": "No id", "text": "Body two."},
    ]
    path = write(tmp_path / "c.jsonl.gz", gzip.compress("\n".join(json.dumps(r) for r in rows).encode()))
    first, second = read(str(path), date="2001-01-01")
    assert (first.id, first.title, first.date, first.url, first.source) == ("r1", "T", "1987-02-26", "u", "S")
    assert first.extra == {"dateline": "SALVADOR, Feb 26 - ", "author": "A"}
    assert first.format == "record"
    assert (second.id, second.date) == ("c:2", "2001-01-01")


def test_read_jsonl_bad_line_names_file_and_line_and_goes_on(tmp_path):
    path = write(tmp_path / "c.jsonl", '{"id": "a", "text": "x"}\n{not json\n[1]\n{"id": "b", "text": "y"}\n')
    docs = list(read(str(path)))
    assert [d.id for d in docs] == ["a", "c:2", "c:3", "b"]
    assert f"{path}:2" in docs[1].warnings[0] and "not valid JSON" in docs[1].warnings[0]
    assert "not an object" in docs[2].warnings[0]


def test_read_record_without_text_warns(tmp_path):
    [doc] = read(str(write(tmp_path / "c.jsonl", '{"id": "a", "title": "T"}\n')))
    assert doc.raw == "" and "no text" in doc.warnings[0]


def test_read_record_bad_date_warns_and_default_applies(tmp_path):
    [doc] = read(str(write(tmp_path / "c.jsonl", '{"id": "a", "text": "x", "date": "soon"}\n')), date="2002-02-02")
    assert doc.date == "2002-02-02" and "not understood" in doc.warnings[0]


def test_read_jsonl_streams_line_by_line():
    """A JSONL corpus is consumed lazily: the first document comes before the rest is read."""
    consumed = []

    def lines():
        for number in range(1, 4):
            consumed.append(number)
            yield json.dumps({"id": str(number), "text": "x"}).encode() + b"\n"

    docs = iter_jsonl(lines(), stem="s", path="p", default_date=None)
    assert next(docs).id == "1" and consumed == [1]


def test_read_csv_with_quoted_newlines_and_line_numbers(tmp_path):
    data = 'id,title,text,date,wire\nr1,T,"Line one.\nLine two.",2017-12-20,AP\n,U,,,\n'
    first, second = read(str(write(tmp_path / "c.csv", data)))
    assert (first.id, first.raw, first.date) == ("r1", "Line one.\nLine two.", "2017-12-20")
    assert first.extra == {"wire": "AP"}
    assert second.id == "c:4" and "c.csv:4" in second.warnings[0]


def test_read_csv_without_text_column_warns(tmp_path):
    [doc] = read(str(write(tmp_path / "c.csv", "id,title\n1,x\n")))
    assert "no 'text' column" in doc.warnings[0]


@pytest.mark.parametrize(("data", "words"), [(b"", "empty"), (b"  \n\n", "empty"), (b"\x00\x01\x02bin", "binary")])
def test_read_empty_and_binary_files_warn_and_run_goes_on(tmp_path, data, words):
    bad = write(tmp_path / "a.txt", data)
    write(tmp_path / "b.txt", PAGE)
    docs = list(read(str(tmp_path)))
    assert [d.id for d in docs] == ["a", "b"]
    assert str(bad) in docs[0].warnings[0] and words in docs[0].warnings[0]
    assert docs[0].skipped == words and docs[1].skipped is None
    assert not docs[1].warnings


def test_read_over_max_bytes_is_skipped_whole_and_the_rest_read(tmp_path):
    write(tmp_path / "a.txt", b"Big\n\n" + b"word " * 100)
    write(tmp_path / "b.jsonl", b'{"id": "small", "text": "Short."}\n{"id": "big", "text": "' + b"x" * 600 + b'"}\n')
    docs = list(read(str(tmp_path), max_bytes=200))
    assert [(d.id, d.skipped) for d in docs] == [("a", "too-large"), ("small", None), ("b:2", "too-large")]
    assert docs[0].raw == "" and "505 bytes, over the limit of 200" in docs[0].warnings[0]
    assert "b.jsonl:2" in docs[2].warnings[0]


def test_read_broken_lines_are_named_with_file_and_line(tmp_path):
    write(tmp_path / "a.jsonl", b'{"id": "ok", "text": "Fine."}\n{"id": "bad", "text": \n[1, 2]\n')
    write(tmp_path / "c.csv", b'id,text\nc1,Fine.\nc2,"unclosed\n')
    docs = {d.id: d for d in read(str(tmp_path))}
    assert {i: d.skipped for i, d in docs.items()} == {"ok": None, "a:2": "broken-line", "a:3": "broken-line",
                                                       "c1": None, "c:3": "broken-line"}
    assert "a.jsonl:2" in docs["a:2"].warnings[0] and "c.csv:3" in docs["c:3"].warnings[0]


def test_read_json_error_reads_as_one_sentence(tmp_path):
    """json says "Invalid control character at"; the warning must not say "at at"."""
    write(tmp_path / "a.jsonl", b'{"id": "x", "text": "a\x01b"}\n')
    (doc,) = read(str(tmp_path))
    assert doc.skipped == "broken-line" and " at at " not in doc.warnings[0]
    assert "Invalid control character at column" in doc.warnings[0]


def test_read_repairs_mojibake_and_leaves_clean_text_alone(tmp_path):
    clean_text = "Headline\n\nHe wasn\u2019t in Z\u00fcrich \u2014 a caf\u00e9, na\u00efve.\n"
    write(tmp_path / "a.txt", clean_text.encode("utf-8"))
    write(tmp_path / "b.txt", clean_text.encode("utf-8").decode("cp1252").encode("utf-8"))
    a, b = read(str(tmp_path))
    assert a.raw == clean_text and not a.warnings
    assert b.raw == clean_text and "mojibake repaired" in b.warnings[0]


def test_read_cp1252_file_is_decoded_with_warning(tmp_path):
    path = write(tmp_path / "a.txt", "He said \u201chello\u201d.".encode("cp1252"))
    [doc] = read(str(path))
    assert doc.raw == "He said \u201chello\u201d." and "cp1252" in doc.warnings[0] and str(path) in doc.warnings[0]


def test_read_cp1252_line_in_jsonl_warns_on_that_record(tmp_path):
    data = b'{"id": "a", "text": "ok"}\n' + '{"id": "b", "text": "caf\xe9"}\n'.encode("cp1252")
    first, second = read(str(write(tmp_path / "c.jsonl", data)))
    assert not first.warnings and second.raw == "café" and "c.jsonl:2" in second.warnings[0]


def test_read_missing_file_and_broken_gzip_warn(tmp_path):
    broken = write(tmp_path / "b.txt.gz", gzip.compress(PAGE.encode())[:-12])
    missing, truncated = read([str(tmp_path / "nope.txt"), str(broken)])
    assert "no such file" in missing.warnings[0]
    assert "cannot be read" in truncated.warnings[0] and str(broken) in truncated.warnings[0]


def test_read_stdin_jsonl(monkeypatch):
    stream = io.BufferedReader(io.BytesIO(b'{"id": "a", "text": "x"}\n'))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(stream))
    [doc] = read("-")
    assert doc.id == "a"


def test_read_stdin_gzipped_text(monkeypatch):
    stream = io.BufferedReader(io.BytesIO(gzip.compress(PAGE.encode())))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(stream))
    [doc] = read("-")
    assert (doc.id, doc.format, doc.raw) == ("stdin", "text", PAGE)


def test_read_bad_default_date_raises():
    with pytest.raises(ValueError, match="not understood"):
        read("x.txt", date="someday")


@pytest.mark.parametrize(("value", "day"), [
    ("2017-12-20", "2017-12-20"), ("1987-02-26T15:01:01", "1987-02-26"), ("2017/12/20", "2017-12-20"),
    ("20171220", "2017-12-20"), ("Wed, 20 Dec 2017 10:00:00 GMT", "2017-12-20"), ("December 20, 2017", "2017-12-20"),
    ("20 December 2017", "2017-12-20"), ("2016", None), ("12/03/2017", None), ("2017-02-30", None), ("", None),
])
def test_read_dates_are_normalised(value, day):
    from newsevents.dates import normalise_date

    assert normalise_date(value) == day


def test_read_issue16_csv_header_with_a_lone_carriage_return_is_a_warning(tmp_path):
    page = tmp_path / "odd.csv"
    page.write_bytes(b"\r!")  # found by fuzzing: csv raised on the header and ended the run
    docs = list(read([str(page)]))
    assert len(docs) == 1 and docs[0].warnings


def test_read_issue16_csv_header_without_rows_says_so(tmp_path):
    page = tmp_path / "empty.csv"
    page.write_text("id,text\n", encoding="utf-8")
    docs = list(read([str(page)]))
    assert len(docs) == 1 and "no rows" in docs[0].warnings[0]

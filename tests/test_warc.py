"""WARC archives: one HTML document per archived page, with its URL and crawl date."""

from __future__ import annotations

import io

import pytest

from newsevents.read import read

warcio = pytest.importorskip("warcio")

PAGE = ("<html><head><title>Talks resume</title></head><body><article><h1>Talks resume</h1>"
        "<p>Japan and China resumed high-level talks in Beijing on Monday after a two-year freeze, "
        "officials from both countries said.</p></article></body></html>")


def write_archive(path, pages, *, gz: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        for url, content_type, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.0")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode()),
                                               http_headers=headers,
                                               warc_headers_dict={"WARC-Date": "2021-03-10T12:00:00Z"})
            writer.write_record(record)
        writer.write_record(writer.create_warc_record("https://example.org/", "request",
                                                      payload=io.BytesIO(b"GET / HTTP/1.0\r\n\r\n")))


@pytest.mark.parametrize("name, gz", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_read_warc_yields_html_pages_with_url_and_date(tmp_path, name, gz):
    path = tmp_path / name
    write_archive(path, [("https://news.example/talks", "text/html; charset=utf-8", PAGE),
                         ("https://news.example/logo.png", "image/png", "not a page"),
                         ("https://news.example/other", "text/html", PAGE.replace("Monday", "Tuesday"))], gz=gz)
    docs = list(read(str(path)))
    assert [d.id for d in docs] == ["crawl#1", "crawl#2"]
    assert [d.url for d in docs] == ["https://news.example/talks", "https://news.example/other"]
    assert all(d.format == "html" and d.date == "2021-03-10" and "Japan and China" in d.raw for d in docs)


def test_a_broken_archive_is_a_warning_and_the_run_goes_on(tmp_path):
    broken = tmp_path / "broken.warc"
    broken.write_bytes(b"WARC/1.0\r\nthis is not a record\r\n\r\n")
    page = tmp_path / "page.txt"
    page.write_text("Kenya attacked Somalia.\n", encoding="utf-8")
    docs = list(read([str(broken), str(page)]))
    assert docs[0].warnings and "broken.warc" in docs[0].warnings[0]
    assert docs[-1].id == "page"


def test_a_warc_page_is_coded_end_to_end(tmp_path):
    import newsevents
    path = tmp_path / "crawl.warc.gz"
    write_archive(path, [("https://news.example/talks", "text/html", PAGE)], gz=True)
    record = next(iter(newsevents.code_many(read(str(path)))))
    assert ("JPN", "CHN") in {(e["source"][:3], e["target"][:3]) for e in record["events"]}

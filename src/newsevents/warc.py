"""WARC archives (web crawls, Common Crawl): one HTML `Document` per archived page.

A response record whose payload is HTML becomes a document with the page's URL and the
crawl date; requests, metadata and non-HTML payloads are passed over. A record that cannot
be read turns into a warning document and the archive goes on; a broken archive ends
with one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from newsevents import messages
from newsevents.dates import normalise_date
from newsevents.model import Document

HTML_TYPES = ("text/html", "application/xhtml+xml")


def page_type(record) -> str:
    headers = record.http_headers
    return (headers.get_header("Content-Type") or "").split(";")[0].strip().lower() if headers else ""


def iter_warc(path: str, stem: str, *, default_date: str | None,
              decode_html: Callable[[bytes], tuple[str, str | None]]) -> Iterator[Document]:
    """The HTML pages archived in ``path`` (``.warc`` or ``.warc.gz``), in archive order.
    Ids are ``stem#n`` (n counts the pages, from 1)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        with open(path, "rb") as handle:
            for record in ArchiveIterator(handle):
                if record.rec_type != "response" or page_type(record) not in HTML_TYPES:
                    continue
                number += 1
                origin = f"{path}#{number}"
                url = record.rec_headers.get_header("WARC-Target-URI")
                day = normalise_date((record.rec_headers.get_header("WARC-Date") or "")[:10]) or default_date
                try:
                    text, warning = decode_html(record.content_stream().read())
                except (OSError, ValueError) as error:
                    yield Document(id=f"{stem}#{number}", raw="", origin=origin, url=url, date=day,
                                   warnings=(messages.UNREADABLE.format(origin=origin, reason=error),))
                    continue
                doc = Document(id=f"{stem}#{number}", raw=text, format="html", origin=origin, url=url, date=day)
                yield doc.warn(f"{origin}: {warning}") if warning else doc
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as error:
        yield Document(id=f"{stem}#{number + 1}", raw="", origin=path, date=default_date,
                       warnings=(messages.UNREADABLE.format(origin=path, reason=error),))
        return
    if number == 0:
        yield Document(id=stem, raw="", origin=path, date=default_date,
                       warnings=(messages.NO_PAGES.format(origin=path),))

"""read: paths in, a stream of `Document`s out.

Takes files, folders, globs and ``-`` (stdin): text pages (headline on the first
non-empty line), HTML, JSONL and CSV corpora, each optionally gzipped. Corpora are
streamed line by line from the (gunzipped) file handle, never loaded whole. A file or
line that cannot be read becomes a `Document` with a warning naming the file (and
line) and the reason, so the run goes on.
"""

from __future__ import annotations

import csv
import glob
import gzip
import io
import json
import logging
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from newsevents import messages
from newsevents.dates import normalise_date
from newsevents.encoding import Decoder, decode, decode_html, looks_binary, repair_mojibake
from newsevents.model import Document
from newsevents.warc import iter_warc

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
RECORD_SUFFIXES = JSONL_SUFFIXES | {".csv"}
WARC_SUFFIXES = {".warc", ".arc"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES | WARC_SUFFIXES
RECORD_FIELDS = ("id", "title", "text", "date", "url", "source")
MAX_BYTES = 5_000_000  # a news page is rarely over 200 kB; larger is a dump, not an article (--max-bytes)
HEAD_BYTES = 1 << 16
GZIP_MAGIC = b"\x1f\x8b"
csv.field_size_limit(sys.maxsize)


def split_suffix(name: str) -> tuple[str, str]:
    """``a/b.html.gz`` -> (``a/b``, ``.html``): the stem and the format suffix."""
    base = name[:-3] if name.endswith(".gz") else name
    stem, suffix = os.path.splitext(base)
    if suffix.lower() not in KNOWN_SUFFIXES:
        return base, ""
    return stem, suffix.lower()


def glob_root(pattern: str) -> Path:
    """The folder a glob pattern starts from: its parts before the first wildcard."""
    parts: list[str] = []
    for part in Path(pattern).parts[:-1]:
        if glob.has_magic(part):
            break
        parts.append(part)
    return Path(*parts) if parts else Path(".")


def relative_stem(path: Path, root: Path) -> str:
    """The id of a file found under ``root``: its relative path without the extension."""
    return split_suffix(path.relative_to(root).as_posix())[0]


def expand_paths(paths: Iterable[str]) -> Iterator[tuple[str, str]]:
    """Yield (path, id stem) for every file named, found in a folder, or globbed."""
    for given in paths:
        if given == "-":
            yield "-", "stdin"
            continue
        path = Path(given)
        if path.is_dir():
            for found in sorted(p for p in path.rglob("*") if p.is_file()):
                if not any(part.startswith(".") for part in found.relative_to(path).parts):
                    yield str(found), relative_stem(found, path)
        elif path.exists():
            yield str(path), split_suffix(path.name)[0]
        else:
            matches = sorted(m for m in glob.glob(given, recursive=True) if Path(m).is_file())
            if not matches:
                yield given, split_suffix(path.name)[0]  # iter_file reports it missing
            root = glob_root(given)
            for match in matches:
                yield match, relative_stem(Path(match), root)


@contextmanager
def open_binary(path: str) -> Iterator[IO[bytes]]:
    """The file (or stdin) as a binary stream, gunzipped when it starts with the gzip magic."""
    raw = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115 - closed below
    try:
        peek = getattr(raw, "peek", None)
        magic = peek(2)[:2] if peek else b""
        yield gzip.GzipFile(fileobj=raw, mode="rb") if magic == GZIP_MAGIC else raw
    finally:
        if raw is not sys.stdin.buffer:
            raw.close()


def warning_document(stem: str, origin: str, message: str, *, date: str | None = None,
                     skipped: str | None = None) -> Document:
    """A document with no text that only carries a warning (and logs it), skipped for a named reason."""
    log.warning("%s", message)
    return Document(id=stem, raw="", origin=origin, date=date, warnings=(message,), skipped=skipped)


def repaired(doc: Document) -> Document:
    """The document with mojibake in its text or title repaired, and a warning saying so."""
    raw, fixed_raw = repair_mojibake(doc.raw)
    title, fixed_title = repair_mojibake(doc.title or "")
    if not (fixed_raw or fixed_title):
        return doc
    doc = replace(doc, raw=raw, title=title if fixed_title else doc.title)
    return doc.warn(f"{doc.origin or doc.id}: " + messages.MOJIBAKE)


def clean_title(title: object) -> str | None:
    """A record's title as text; None when absent or blank."""
    return str(title).strip() or None if title is not None else None


def record_document(record: dict[str, Any], *, fallback_id: str, origin: str,
                    default_date: str | None) -> Document:
    """One JSONL/CSV record to a `Document`; its own ``date`` wins over the default.

    Fields beyond ``id, title, text, date, url, source`` (dateline, wire, author...)
    are kept in ``Document.extra``.
    """
    text = record.get("text")
    title = record.get("title")
    given_date = record.get("date")
    date = normalise_date(given_date)
    doc = Document(
        id=str(record.get("id") or fallback_id),
        raw=text if isinstance(text, str) else "",
        format="record",
        title=clean_title(title),
        date=date or default_date,
        url=record.get("url") or None,
        source=record.get("source") or None,
        origin=origin,
        extra={k: v for k, v in record.items() if k not in RECORD_FIELDS and v not in (None, "")},
    )
    if not isinstance(text, str) or not text.strip():
        doc = replace(doc.warn(messages.NO_TEXT.format(origin=origin)), skipped="empty")
    if date is None and given_date not in (None, "") and not isinstance(given_date, bool):
        doc = doc.warn(f"{origin}: " + messages.BAD_DATE.format(value=given_date))
    return doc


def too_large(stem: str, origin: str, size: int, limit: int, date: str | None) -> Document:
    message = messages.TOO_LARGE.format(origin=origin, size=size, limit=limit)
    return warning_document(stem, origin, message, date=date, skipped="too-large")


def iter_jsonl(lines: Iterable[bytes], *, stem: str, path: str, default_date: str | None,
               max_bytes: int = MAX_BYTES) -> Iterator[Document]:
    """Documents from JSON lines, one line at a time; a bad line is a warning document."""
    decoder = Decoder()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        origin = f"{path}:{number}"
        if len(line) > max_bytes:
            yield too_large(f"{stem}:{number}", origin, len(line), max_bytes, default_date)
            continue
        text = decoder(line.removeprefix(b"\xef\xbb\xbf") if number == 1 else line)
        try:
            record = json.loads(text)
        except json.JSONDecodeError as error:
            what = error.msg.removesuffix(" at")  # "Invalid control character at"
            reason = messages.BAD_JSON.format(origin=origin, reason=f"{what} at column {error.colno}")
            yield warning_document(f"{stem}:{number}", origin, reason, skipped="broken-line")
            continue
        if not isinstance(record, dict):
            yield warning_document(f"{stem}:{number}", origin, messages.BAD_JSON.format(
                origin=origin, reason="not an object"), skipped="broken-line")
            continue
        doc = repaired(record_document(record, fallback_id=f"{stem}:{number}", origin=origin,
                                       default_date=default_date))
        warning = decoder.take_warning(origin)
        yield doc.warn(warning) if warning else doc


def iter_csv(lines: Iterable[bytes], *, stem: str, path: str, default_date: str | None,
             max_bytes: int = MAX_BYTES) -> Iterator[Document]:
    """Documents from CSV rows under a header; ``text`` is the one required column."""
    decoder = Decoder()
    reader = csv.reader((decoder(line) for line in lines), strict=True)  # a broken quote is a broken row
    try:
        header = next(reader, None)
    except csv.Error as error:  # a broken header line is that file's warning, not the run's end
        origin = f"{path}:{reader.line_num or 1}"
        yield warning_document(stem, origin, messages.BAD_CSV.format(origin=origin, reason=error),
                               skipped="broken-line")
        return
    header = [name.strip().lstrip("\ufeff") for name in header] if header else None
    if not header or "text" not in header:
        yield warning_document(stem, path, messages.CSV_NO_TEXT.format(origin=path), skipped="no-text-column")
        return
    decoder.take_warning(path)
    rows = 0
    while True:
        number = reader.line_num + 1
        origin = f"{path}:{number}"
        try:
            row = next(reader)
        except StopIteration:
            if not rows:  # a header alone is an outcome too, not silence
                yield warning_document(stem, path, messages.CSV_NO_ROWS.format(origin=path), skipped="empty")
            return
        except csv.Error as error:
            yield warning_document(f"{stem}:{number}", origin, messages.BAD_CSV.format(origin=origin, reason=error),
                                   skipped="broken-line")
            continue
        if not any(cell.strip() for cell in row):
            continue
        rows += 1
        size = sum(len(cell) for cell in row)
        if size > max_bytes:
            yield too_large(f"{stem}:{number}", origin, size, max_bytes, default_date)
            continue
        doc = repaired(record_document(dict(zip(header, row, strict=False)), fallback_id=f"{stem}:{number}",
                                       origin=origin, default_date=default_date))
        if len(row) != len(header):
            doc = doc.warn(messages.CSV_FIELDS.format(origin=origin, found=len(row), expected=len(header)))
        warning = decoder.take_warning(origin)
        yield doc.warn(warning) if warning else doc


def page_document(data: bytes, *, stem: str, path: str, suffix: str, default_date: str | None) -> Document:
    """One text or HTML page as a `Document`."""
    is_html = suffix in HTML_SUFFIXES
    text, warning = decode_html(data) if is_html else decode(data.removeprefix(b"\xef\xbb\xbf"))
    doc = Document(id=stem, raw=text, format="html" if is_html else "text", origin=path, date=default_date)
    return repaired(doc.warn(f"{path}: {warning}") if warning else doc)


def sniff_format(head: bytes) -> str:
    """Guess ``jsonl``, ``csv``, ``html`` or ``text`` from the first bytes (stdin, odd names)."""
    start = head.lstrip()[:300].lower()
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head[:5000].lower():
        return "html"
    first_line = start.split(b"\n", 1)[0].strip()
    if re.fullmatch(rb'[\w" ,]+', first_line) and b"text" in first_line.replace(b'"', b"").split(b","):
        return "csv"
    return "text"


def file_format(path: str, head: bytes) -> tuple[str, str]:
    """(format, suffix) of a file: by its suffix, else by its content."""
    suffix = split_suffix(path)[1] if path != "-" else ""
    if suffix in JSONL_SUFFIXES:
        return "jsonl", suffix
    if suffix == ".csv":
        return "csv", suffix
    if suffix in HTML_SUFFIXES:
        return "html", suffix
    found = sniff_format(head)
    if suffix in TEXT_SUFFIXES - {""} and found != "html":
        return "text", suffix
    return (found, ".html" if found == "html" else suffix)


def iter_file(path: str, stem: str, *, default_date: str | None = None,
              max_bytes: int = MAX_BYTES) -> Iterator[Document]:
    """The documents in one file (one page, or one per record), streamed."""
    if path != "-" and not Path(path).is_file():
        yield warning_document(stem, path, messages.MISSING.format(origin=path), date=default_date, skipped="missing")
        return
    if path != "-" and split_suffix(path)[1] in WARC_SUFFIXES:
        yield from iter_warc(path, stem, default_date=default_date, decode_html=decode_html)
        return
    try:
        with open_binary(path) as handle:
            head = handle.read(HEAD_BYTES)
            head += handle.readline() if len(head) == HEAD_BYTES else b""
            if not head.strip():
                yield warning_document(stem, path, messages.EMPTY.format(origin=path), date=default_date,
                                       skipped="empty")
                return
            if looks_binary(head):
                yield warning_document(stem, path, messages.BINARY.format(origin=path), date=default_date,
                                       skipped="binary")
                return
            kind, suffix = file_format(path, head)
            lines = _chain_lines(head, handle)
            if kind == "jsonl":
                yield from iter_jsonl(lines, stem=stem, path=path, default_date=default_date, max_bytes=max_bytes)
            elif kind == "csv":
                yield from iter_csv(lines, stem=stem, path=path, default_date=default_date, max_bytes=max_bytes)
            else:
                data = head + handle.read(max(0, max_bytes + 1 - len(head)))
                if len(data) > max_bytes:  # read no further: the size is known to be over the limit
                    size = os.path.getsize(path) if path != "-" and not path.endswith(".gz") else len(data)
                    yield too_large(stem, path, size, max_bytes, default_date)
                    return
                yield page_document(data, stem=stem, path=path, suffix=suffix, default_date=default_date)
    except (OSError, EOFError, zlib.error) as error:
        yield warning_document(stem, path, messages.UNREADABLE.format(origin=path, reason=error), date=default_date,
                               skipped="unreadable")


def _chain_lines(head: bytes, handle: IO[bytes]) -> Iterator[bytes]:
    """Lines of ``head`` (which ends at a line break or the end) then the rest of the handle."""
    yield from io.BytesIO(head)
    yield from handle


def read(paths: Iterable[str] | str, *, date: str | None = None, max_bytes: int = MAX_BYTES) -> Iterator[Document]:
    """Stream `Document`s from paths (files, folders, globs, ``-``).

    ``date`` is the publication date of documents that carry none; a record's own
    ``date`` wins. Raises ValueError at once for a ``date`` that is not understood.
    A page or record over ``max_bytes`` is skipped (``too-large``), not truncated.
    """
    default_date = normalise_date(date)
    if date and default_date is None:
        raise ValueError(messages.BAD_DATE.format(value=date))
    return _read([paths] if isinstance(paths, str) else list(paths), default_date, max_bytes)


def _read(paths: list[str], default_date: str | None, max_bytes: int) -> Iterator[Document]:
    for path, stem in expand_paths(paths):
        yield from iter_file(path, stem, default_date=default_date, max_bytes=max_bytes)


def count_documents(paths: Iterable[str]) -> int | None:
    """How many documents ``read`` will yield, when cheap to know (None for stdin and CSV)."""
    total = 0
    for path, _stem in expand_paths(paths):
        if path == "-":
            return None
        suffix = split_suffix(path)[1]
        if suffix in JSONL_SUFFIXES and not path.endswith(".gz"):
            with open(path, "rb") as handle:
                total += sum(1 for line in handle if line.strip())
        elif suffix == ".csv" or suffix in JSONL_SUFFIXES or suffix in WARC_SUFFIXES:
            return None
        else:
            total += 1
    return total

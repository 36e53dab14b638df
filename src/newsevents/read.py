"""read: paths in, a stream of `Document`s out.

Takes files, folders, globs and ``-`` (stdin). Text pages, HTML, JSONL and CSV
corpora, each optionally gzipped. Streams record by record; a file that cannot be
read becomes a `Document` with a warning, so the run goes on.
"""

from __future__ import annotations

import csv
import glob
import gzip
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsevents import messages
from newsevents.dates import normalise_date
from newsevents.model import Document

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
RECORD_SUFFIXES = {".jsonl", ".ndjson", ".csv"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES
RECORD_FIELDS = ("id", "title", "text", "date", "url", "source")
csv.field_size_limit(sys.maxsize)


def split_suffix(name: str) -> tuple[str, str]:
    """``a/b.html.gz`` -> (``a/b``, ``.html``): the stem and the format suffix."""
    base = name[:-3] if name.endswith(".gz") else name
    stem, suffix = os.path.splitext(base)
    if suffix.lower() not in KNOWN_SUFFIXES:
        return base, ""
    return stem, suffix.lower()


def expand_paths(paths: Iterable[str]) -> Iterator[tuple[str, str]]:
    """Yield (path, id stem) for every file named, found in a folder, or globbed."""
    for given in paths:
        if given == "-":
            yield "-", "stdin"
            continue
        path = Path(given)
        if path.is_dir():
            for found in sorted(p for p in path.rglob("*") if p.is_file()):
                if found.name.startswith("."):
                    continue
                yield str(found), split_suffix(str(found.relative_to(path)))[0]
        elif path.exists():
            yield str(path), split_suffix(path.name)[0]
        else:
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                yield given, split_suffix(path.name)[0]  # read_file reports it missing
            for match in matches:
                yield match, split_suffix(Path(match).name)[0]


def decode(data: bytes) -> tuple[str, str | None]:
    """Bytes to text: UTF-8 first, then cp1252 / latin-1 with a warning."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            return data.decode(encoding), messages.NOT_UTF8.format(encoding=encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace"), messages.NOT_UTF8.format(encoding="utf-8 (replaced)")


def looks_binary(data: bytes) -> bool:
    """True for data with NUL bytes or mostly control characters."""
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return bool(sample) and controls / len(sample) > 0.1


def read_bytes(path: str) -> bytes:
    """The file's bytes, gunzipped when it ends in ``.gz``."""
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as handle:
        data = handle.read()
    if path.endswith(".gz") or data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return data


def record_document(record: dict, *, fallback_id: str, origin: str, default_date: str | None) -> Document:
    """One JSONL/CSV record to a `Document`; its own ``date`` wins over the default."""
    text = record.get("text")
    doc_id = str(record.get("id") or fallback_id)
    date = normalise_date(record.get("date")) or default_date
    fields = {
        "id": doc_id,
        "raw": text if isinstance(text, str) else "",
        "format": "record",
        "title": record.get("title") or None,
        "date": date,
        "url": record.get("url") or None,
        "source": record.get("source") or None,
        "origin": origin,
    }
    doc = Document(**fields)
    if not isinstance(text, str) or not text.strip():
        doc = doc.warn(messages.NO_TEXT.format(origin=origin))
    return doc


def iter_jsonl(text: str, *, stem: str, path: str, default_date: str | None) -> Iterator[Document]:
    """Documents from JSON lines; a bad line is a warning document naming file and line."""
    for number, line in enumerate(io.StringIO(text), start=1):
        if not line.strip():
            continue
        origin = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            reason = messages.BAD_JSON.format(origin=origin, reason=error.msg)
            yield Document(id=f"{stem}:{number}", raw="", origin=origin, warnings=(reason,))
            continue
        if not isinstance(record, dict):
            reason = messages.BAD_JSON.format(origin=origin, reason="not an object")
            yield Document(id=f"{stem}:{number}", raw="", origin=origin, warnings=(reason,))
            continue
        yield record_document(record, fallback_id=f"{stem}:{number}", origin=origin, default_date=default_date)


def iter_csv(text: str, *, stem: str, path: str, default_date: str | None) -> Iterator[Document]:
    """Documents from CSV rows with a header; ``text`` is the one required column."""
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        reason = messages.CSV_NO_TEXT.format(origin=path)
        yield Document(id=stem, raw="", origin=path, warnings=(reason,))
        return
    for number, row in enumerate(reader, start=2):
        origin = f"{path}:{number}"
        yield record_document(row, fallback_id=f"{stem}:{number}", origin=origin, default_date=default_date)


def iter_file(path: str, stem: str, *, default_date: str | None = None) -> Iterator[Document]:
    """The documents in one file (one, or one per record)."""
    try:
        data = read_bytes(path)
    except FileNotFoundError:
        yield Document(id=stem, raw="", origin=path, warnings=(messages.MISSING.format(origin=path),))
        return
    except (OSError, EOFError, gzip.BadGzipFile) as error:
        reason = messages.UNREADABLE.format(origin=path, reason=error)
        yield Document(id=stem, raw="", origin=path, warnings=(reason,))
        return
    if not data.strip():
        yield Document(id=stem, raw="", origin=path, date=default_date,
                       warnings=(messages.EMPTY.format(origin=path),))
        return
    if looks_binary(data):
        yield Document(id=stem, raw="", origin=path, date=default_date,
                       warnings=(messages.BINARY.format(origin=path),))
        return
    text, encoding_warning = decode(data)
    suffix = split_suffix(path)[1] if path != "-" else sniff_suffix(text)
    if suffix in (".jsonl", ".ndjson"):
        yield from iter_jsonl(text, stem=stem, path=path, default_date=default_date)
    elif suffix == ".csv":
        yield from iter_csv(text, stem=stem, path=path, default_date=default_date)
    else:
        kind = "html" if suffix in HTML_SUFFIXES or sniff_suffix(text) == ".html" else "text"
        doc = Document(id=stem, raw=text, format=kind, origin=path, date=default_date)
        if encoding_warning:
            doc = doc.warn(f"{path}: {encoding_warning}")
        yield doc


def sniff_suffix(text: str) -> str:
    """Guess a format from content (for stdin and unknown suffixes)."""
    head = text.lstrip()[:200].lower()
    if head.startswith("{"):
        return ".jsonl"
    if head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in text[:5000].lower():
        return ".html"
    return ".txt"


def read(paths: Iterable[str] | str, *, date: str | None = None) -> Iterator[Document]:
    """Stream `Document`s from paths (files, folders, globs, ``-``)."""
    if isinstance(paths, str):
        paths = [paths]
    default_date = normalise_date(date)
    for path, stem in expand_paths(paths):
        yield from iter_file(path, stem, default_date=default_date)


def count_documents(paths: Iterable[str]) -> int | None:
    """How many documents ``read`` will yield, when cheap to know (None for stdin)."""
    total = 0
    for path, _stem in expand_paths(paths):
        if path == "-":
            return None
        suffix = split_suffix(path)[1]
        if suffix in (".jsonl", ".ndjson") and not path.endswith(".gz"):
            with open(path, "rb") as handle:
                total += sum(1 for line in handle if line.strip())
        elif suffix == ".csv":
            return None
        else:
            total += 1
    return total

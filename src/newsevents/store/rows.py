"""Records to table rows: pure functions, deterministic keys.

A document's key is its id plus the SHA-256 of its content (raw text, title, date):
the same document read twice gets the same key, an edited one a new key. Row keys
(``<doc_key>/m3``, ``<doc_key>/e1``) follow from it.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any
from urllib.parse import urlsplit

from newsevents.model import Document

STAGE_FAILED_PREFIX = "stage "


def content_sha256(doc: Document) -> str:
    """SHA-256 of what the document says: raw text, title and date."""
    digest = hashlib.sha256()
    for part in (doc.raw, doc.title or "", doc.date or ""):
        digest.update(part.encode("utf-8", errors="surrogatepass"))
        digest.update(b"\x1f")
    return digest.hexdigest()


def document_key(doc: Document) -> tuple[str, str]:
    """(doc_key, content_sha256): ``<id>@<first 16 hex of the hash>``."""
    sha = content_sha256(doc)
    return f"{doc.id}@{sha[:16]}", sha


def global_id(key: str) -> int:
    """A stable positive 63-bit integer for a row key (GDELT's GLOBALEVENTID is one)."""
    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big") >> 1


def outlet(record: dict[str, Any]) -> str | None:
    """Who published it: the corpus ``source``, else the publisher, else the URL's host, else the wire."""
    if record.get("source"):
        return record["source"]
    if record.get("publisher"):
        return record["publisher"]
    if record.get("url"):
        host = urlsplit(record["url"]).hostname
        if host:
            return host.removeprefix("www.")
    return record.get("wire")


def status(record: dict[str, Any]) -> tuple[str, str | None]:
    """``coded``; ``failed`` (a stage raised); ``empty`` (no article text) with the reason;
    ``skipped`` with the record's named reason (``too-large``, ``not-english (fr, p=0.99)``...)."""
    warnings = record.get("warnings") or []
    if record.get("skipped") and record["skipped"] != "empty":
        return "skipped", record["skipped"]
    if not (record.get("text") or "").strip():
        return "empty", warnings[0] if warnings else "no article text"
    failed = [w for w in warnings if w.startswith(STAGE_FAILED_PREFIX)]
    if failed:
        return "failed", failed[0]
    return "coded", None


def document_row(key: str, sha: str, seq: int, record: dict[str, Any], story_id: str | None) -> dict[str, Any]:
    state, reason = status(record)
    return {
        "doc_key": key, "doc_id": record["id"], "content_sha256": sha, "seq": seq,
        "status": state, "reason": reason, "date": record.get("date"),
        "headline": record.get("headline"), "standfirst": record.get("standfirst"),
        "body": record.get("body"), "text": record.get("text"), "wire": record.get("wire"),
        "publisher": record.get("publisher"), "dateline": record.get("dateline"),
        "url": record.get("url"), "source": record.get("source"), "outlet": outlet(record),
        "story_id": story_id, "n_actors": len(record.get("actors") or ()),
        "n_quotes": len(record.get("quotes") or ()), "n_events": len(record.get("events") or ()),
        "removed": json.dumps(record.get("removed") or [], ensure_ascii=False),
        "warnings": list(record.get("warnings") or []),
    }


def actor_rows(key: str, record: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {"actor_key": f"{key}/m{index}", "doc_key": key, "doc_id": record["id"], "idx": index,
         "text": m.get("text"), "code": m.get("code"), "kind": m.get("kind"), "name": m.get("name"),
         "start": m.get("start"), "end": m.get("end"), "plover_sector": m.get("plover_sector")}
        for index, m in enumerate(record.get("actors") or (), start=1)
    ]


def quote_rows(key: str, record: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for index, q in enumerate(record.get("quotes") or (), start=1):
        mention = q.get("speaker_mention") or {}
        rows.append({
            "quote_key": f"{key}/{q.get('id') or f'q{index}'}", "doc_key": key, "doc_id": record["id"],
            "quote_id": q.get("id"), "text": q.get("text"), "kind": q.get("kind"), "speaker": q.get("speaker"),
            "speaker_code": q.get("speaker_code"), "speaker_text": mention.get("text"),
            "speaker_start": mention.get("start"), "speaker_end": mention.get("end"), "cue": q.get("cue"),
            "start": q.get("start"), "end": q.get("end"),
        })
    return rows


LOCATION_FIELDS = ("name", "country", "admin1", "lat", "lon", "precision", "source", "start", "end")


def location_columns(location: dict[str, Any] | None) -> dict[str, Any]:
    """The event's place as ``location_*`` columns (all NULL when it has none)."""
    return {f"location_{field}": (location or {}).get(field) for field in LOCATION_FIELDS}


def event_rows(key: str, record: dict[str, Any], story_id: str | None) -> list[dict[str, Any]]:
    rows = []
    for index, e in enumerate(record.get("events") or (), start=1):
        event_key = f"{key}/{e.get('id') or f'e{index}'}"
        code = e.get("code")
        rows.append({
            "event_key": event_key, "global_id": global_id(event_key), "doc_key": key, "doc_id": record["id"],
            "story_id": story_id, "event_id": e.get("id"), "date": e.get("date") or record.get("date"),
            "date_precision": e.get("date_precision"), "source": e.get("source"), "target": e.get("target"),
            "source_text": e.get("source_text"), "target_text": e.get("target_text"), "code": code,
            "root": e.get("root") or (code[:2] if code else None), "name": e.get("name"),
            "goldstein": e.get("goldstein"), "quad_class": e.get("quad_class"), "plover": e.get("plover"),
            "modality": e.get("modality"), "trigger": e.get("trigger"), "sentence": e.get("sentence"),
            "start": e.get("start"), "end": e.get("end"), "quote_id": e.get("quote_id"),
            "quote_key": f"{key}/{e['quote_id']}" if e.get("quote_id") else None,
            **location_columns(e.get("location")),
            "source_sector": e.get("source_sector"), "target_sector": e.get("target_sector"),
        })
    return rows

"""Records for people to read: rich tables of an article, its quotes and its events."""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text


def article_view(record: dict[str, Any]) -> Group:
    """The article, its removed lines, its quotes and its events, for a terminal."""
    head = Text()
    head.append(record.get("headline") or "(no headline)", style="bold")
    if record.get("standfirst"):
        head.append("\n" + record["standfirst"], style="italic")
    facts = [f"{key}: {record[key]}" for key in ("id", "date", "wire", "publisher", "dateline") if record.get(key)]
    head.append("\n" + " · ".join(facts), style="dim")
    parts: list[Any] = [Panel(head, expand=True)]
    if record.get("removed"):
        removed = Table("removed", "reason", title="Boilerplate removed", expand=True)
        for item in record["removed"]:
            removed.add_row(item["text"][:90], item["reason"])
        parts.append(removed)
    if record.get("quotes"):
        quotes = Table("speaker", "code", "kind", "cue", "quote", title="Quotes", expand=True)
        for q in record["quotes"]:
            quotes.add_row(q["speaker"] or "?", q["speaker_code"] or "", q["kind"], q["cue"] or "", q["text"][:120])
        parts.append(quotes)
    events = Table("source", "code", "target", "name", "modality", "evidence", title="Events", expand=True)
    for e in record.get("events", []):
        events.add_row(f"{e['source']}\n[dim]{e['source_text'] or ''}[/dim]", e["code"],
                       f"{e['target']}\n[dim]{e['target_text'] or ''}[/dim]", e["name"], e["modality"],
                       record["text"][e["start"]:e["end"]][:140])
    parts.append(events)
    for warning in record.get("warnings", []):
        parts.append(Text(f"warning: {warning}", style="yellow"))
    return Group(*parts)

"""HTML pages: trafilatura finds the article (comments off, no deduplication)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class HtmlArticle:
    title: str | None
    text: str
    date: str | None
    sitename: str | None


def extract_html(html: str) -> HtmlArticle | None:
    """Title, main text, date and site name of an HTML page; None if no article is found."""
    import trafilatura

    result = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, deduplicate=False, with_metadata=True,
    )
    if result is None or not (result.text or "").strip():
        return None
    return HtmlArticle(
        title=result.title or None, text=result.text or "", date=result.date or None,
        sitename=result.sitename or None,
    )

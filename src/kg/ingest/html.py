"""HTML pages: the main text and metadata, by trafilatura (navigation, scripts and ads dropped)."""

from __future__ import annotations

from kg.errors import InputError
from kg.model import Article, ArticleMeta


def read_html(html: str, *, doc_id: str, source: str, name: str) -> Article:
    """Extract the article body, title, URL and date of an HTML page."""
    import trafilatura  # heavy; only needed for HTML input

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise InputError(f"{name}: no article text found in the HTML")
    meta = trafilatura.extract_metadata(html)
    published = getattr(meta, "date", None) or None
    return Article(
        ArticleMeta(
            id=doc_id,
            title=getattr(meta, "title", None) or None,
            url=getattr(meta, "url", None) or None,
            published=published,
            source=source,
            published_from="html" if published else None,
        ),
        text,
    )

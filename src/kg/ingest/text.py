"""Plain text and Markdown articles: bytes → str, and the first short line as title."""

from __future__ import annotations

from kg.errors import InputError
from kg.model import Article, ArticleMeta

#: A first line at most this long, without a final full stop, is taken as the headline.
_TITLE_MAX = 160


def decode_text(data: bytes, name: str) -> str:
    """Decode article bytes: UTF-8 (with or without BOM), else Windows-1252.

    Raises:
        InputError: for binary data (NUL bytes) or an empty file.
    """
    if not data.strip():
        raise InputError(f"{name}: empty file")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary data, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(text: str, *, doc_id: str, source: str, name: str) -> Article:
    """Make an article of plain text; a short first line without a full stop is its title."""
    if not text.strip():
        raise InputError(f"{name}: no text")
    first = text.lstrip().split("\n", 1)[0].strip().lstrip("# ").strip()
    title = first if len(first) <= _TITLE_MAX and not first.endswith(".") and "\n" in text.strip() else None
    return Article(ArticleMeta(id=doc_id, title=title, source=source), text)

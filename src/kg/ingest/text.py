"""Plain text and Markdown articles: bytes → str, and the first short line as title."""

from __future__ import annotations

import logging

from kg.errors import InputError
from kg.ingest.front_matter import read_front_matter
from kg.model import Article, ArticleMeta

log = logging.getLogger("kg.ingest")

#: A first line at most this long, without a final full stop, is taken as the headline.
_TITLE_MAX = 160


def decode_text(data: bytes, name: str) -> str:
    """Decode article bytes; line ends become "\\n".

    UTF-8, with or without a byte-order mark, is read as it is. UTF-8 with a few invalid
    bytes has them replaced by U+FFFD; text with no UTF-8 at all is read as Windows-1252
    (a superset of Latin-1). Both are noted on the `kg.ingest` logger, naming the file.

    >>> decode_text("caf\\u00e9\\r\\n".encode("cp1252"), "a.txt")
    'café\\n'

    Raises:
        InputError: for an empty or whitespace-only file, or binary data.
    """
    if not data.strip():
        raise InputError(f"{name}: empty file")
    if _looks_binary(data[:8192]):
        raise InputError(f"{name}: binary data, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        replaced = data.decode("utf-8-sig", errors="replace")
        bad = replaced.count("\ufffd")
        if any(ord(c) > 127 and c != "\ufffd" for c in replaced):  # valid multi-byte sequences: damaged UTF-8
            log.warning("%s: invalid UTF-8 at byte %d (%d replaced by U+FFFD)", name, error.start, bad)
            text = replaced
        else:
            log.warning("%s: not UTF-8, read as Windows-1252", name)
            text = data.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_binary(head: bytes) -> bool:
    """NUL bytes, or many control characters other than whitespace: an image, an archive."""
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(8, len(head) // 20)


def read_text(text: str, *, doc_id: str, source: str, name: str) -> Article:
    """Make an article of plain text or Markdown; a short first line without a full stop is its
    title. A front-matter block gives title, date and URL, and is blanked in the text."""
    front = read_front_matter(text)
    if front is not None:
        text = front.text
    if not text.strip():
        raise InputError(f"{name}: no text")
    first = text.lstrip().split("\n", 1)[0].strip().lstrip("# ").strip()
    title = first if len(first) <= _TITLE_MAX and not first.endswith(".") and "\n" in text.strip() else None
    meta = ArticleMeta(id=doc_id, title=title, source=source)
    if front is not None:
        meta = ArticleMeta(
            id=doc_id,
            title=front.title or title,
            url=front.url,
            published=front.published,
            source=source,
            published_from="front matter" if front.published else None,
        )
    return Article(meta, text)

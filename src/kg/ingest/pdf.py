"""PDF articles: the text of every page by pdfminer.six's layout analysis, one paragraph per
text box, lines of a paragraph joined (a line break ends a sentence for the parser, so a
PDF's hard-wrapped lines must not reach it); the title from the document's metadata.
"""

from __future__ import annotations

import io
import logging
import re

from kg.errors import InputError
from kg.model import Article, ArticleMeta

#: A PDF starts with this, within its first kilobyte (ISO 32000-1, 7.5.2 and its note).
PDF_MAGIC = b"%PDF-"

# Metadata titles that name a file rather than the article ("Microsoft Word - draft.docx").
_FILE_TITLE = re.compile(r"\.(docx?|odt|rtf|pdf|indd|qxp|pages|txt)\s*$|^Microsoft Word - ", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\u00a0]+")


def looks_like_pdf(head: bytes) -> bool:
    """True when bytes start a PDF file, whatever the file is called.

    >>> looks_like_pdf(b"%PDF-1.7\\n%\\xe2\\xe3"), looks_like_pdf(b"Plain text")
    (True, False)
    """
    return PDF_MAGIC in head[:1024]


def read_pdf(data: bytes, *, doc_id: str, source: str, name: str) -> Article:
    """Make an article of a PDF file's text.

    Raises:
        InputError: for an encrypted PDF, a damaged one, or one without a text layer (a scan).
    """
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfexceptions import PDFException
    from pdfminer.psexceptions import PSException

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its warnings on odd but readable files
    paragraphs: list[str] = []
    try:
        for page in extract_pages(io.BytesIO(data), laparams=LAParams()):
            paragraphs.extend(joined_lines(box.get_text()) for box in page if isinstance(box, LTTextContainer))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise InputError(f"{name}: an encrypted PDF (it needs a password, which kg does not take)") from None
    except (PDFException, PSException, ValueError, KeyError, TypeError, IndexError, AssertionError) as error:
        # pdfminer raises plain Python errors as well as its own on damaged files
        raise InputError(f"{name}: not a readable PDF ({_first_line(error)})") from None
    text = "\n\n".join(p for p in paragraphs if p)
    if not text.strip():
        raise InputError(f"{name}: no text in the PDF (pages of images, a scan? kg does not run OCR)")
    return Article(ArticleMeta(id=doc_id, title=_metadata_title(data) or _first_line_title(text), source=source), text)


def joined_lines(box_text: str) -> str:
    """One paragraph from a text box's lines: a line break becomes a space; a word broken
    at a hyphen is joined with its hyphen kept ("well-\\nknown" → "well-known").

    >>> joined_lines("NATO chief Mark Rutte met\\nDonald Trump in well-\\nknown talks.\\n")
    'NATO chief Mark Rutte met Donald Trump in well-known talks.'
    """
    lines = [_SPACES.sub(" ", line).strip() for line in box_text.replace("\u00ad\n", "").splitlines()]
    text = ""
    for line in filter(None, lines):
        if not text:
            text = line
        elif text.endswith("-") and text[-2:-1].isalpha():
            text += line
        else:
            text += " " + line
    return text


def _first_line_title(text: str) -> str | None:
    first = text.split("\n", 1)[0].strip()
    return first if first and len(first) <= 160 and not first.endswith(".") and "\n" in text else None


def _metadata_title(data: bytes) -> str | None:
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        for info in document.info:
            value = resolve1(info.get("Title"))
            title = decode_text(value) if isinstance(value, bytes) else value if isinstance(value, str) else None
            if title and title.strip() and not _FILE_TITLE.search(title.strip()):
                return _SPACES.sub(" ", title).strip()
    except Exception:
        return None
    return None


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0][:200] if text else type(error).__name__


__all__ = ["PDF_MAGIC", "joined_lines", "looks_like_pdf", "read_pdf"]

"""A PDF's text layer for the plain-text importer, read with pypdf (pure Python, pinned in requirements.txt): page by
page, a form feed between pages as pdftotext writes them, so that the importer's reading of a PDF's text (its running
heads, page numbers and notes) applies."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager

PDF_MAGIC = b"%PDF-"
PDF_MIN_WORDS = 20  # a PDF of fewer words in its text layer is a scan, or pictures of text
INSTEAD = "or turn it into text first (`pdftotext -layout FILE.pdf`, from poppler-utils) and import the .txt"


class PdfUnreadable(Exception):
    """A PDF whose text cannot be read: the reason, and what to bring instead."""


class _Counted(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


@contextmanager
def _pypdf_warnings_counted() -> Iterator[_Counted]:
    """pypdf's warnings counted, not printed: a PDF with odd fonts gave a screenful per font dictionary before the
    import's summary (its Widths arrays and all); the summary says how many there were."""
    logger = logging.getLogger("pypdf")
    counted = _Counted()
    propagate = logger.propagate
    logger.addHandler(counted)
    logger.propagate = False
    try:
        yield counted
    finally:
        logger.removeHandler(counted)
        logger.propagate = propagate


def pdf_text(raw: bytes) -> tuple[str, int, int]:
    """The text of every page of the PDF, pages parted by a form feed, the number of pages, and how many warnings pypdf
    gave while reading it (fonts it could not fully decode, damaged tables it read round)."""
    try:
        from pypdf import PdfReader
    except ImportError:
        raise PdfUnreadable(f"is a PDF, and pypdf, which reads one, is not installed (`pip install -r requirements.txt`); {INSTEAD}") from None
    try:
        with _pypdf_warnings_counted() as warnings:
            reader = PdfReader(io.BytesIO(raw))
            if reader.is_encrypted and not reader.decrypt(""):
                raise PdfUnreadable(f"is a PDF locked with a password; save an unlocked copy, {INSTEAD}")
            pages = [page.extract_text() or "" for page in reader.pages]
    except PdfUnreadable:
        raise
    except Exception as error:
        raise PdfUnreadable(f"is a PDF that cannot be read ({type(error).__name__}: {error}); {INSTEAD}") from None
    text = "\n\f".join(page.strip("\n") for page in pages)  # a page's last line ends before the next page's form feed
    if len(text.split()) < PDF_MIN_WORDS:
        raise PdfUnreadable(f"is a PDF with no text to read in it (a scan, or pictures of text); run it through OCR, {INSTEAD}")
    return text, len(pages), warnings.count

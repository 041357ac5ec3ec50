"""Text from a letter PDF, through pypdfium2 (its text layer, page by page)."""

from __future__ import annotations

from pathlib import Path

from imr.letters.errors import LetterError


def extract_text(path: str | Path) -> str:
    """The text of every page, pages separated by a form feed.

    Raises LetterError for a file that is not a PDF, is encrypted, or has no text layer
    (a scanned letter: OCR needed).
    """
    import pypdfium2 as pdfium

    name = str(path)
    try:
        doc = pdfium.PdfDocument(name)
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            raise LetterError(name, "encrypted PDF: a password is needed to read it") from None
        raise LetterError(name, f"not a readable PDF ({exc})") from None
    except FileNotFoundError:
        raise LetterError(name, "file not found") from None
    try:
        pages = []
        for index in range(len(doc)):
            page = doc[index]
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
    finally:
        doc.close()
    text = "\f".join(pages)
    if not text.strip():
        if pages:
            raise LetterError(name, "no text layer: a scanned PDF, OCR needed")
        raise LetterError(name, "empty PDF: no pages")
    return text

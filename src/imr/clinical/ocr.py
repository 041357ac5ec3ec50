"""Text of scanned (image-only) PDF pages, through tesseract.

A record PDF is read page by page from its text layer; a page without one is rendered at
300 dpi and read by tesseract (Debian's tesseract-ocr, through pytesseract). Without the
tesseract program installed, such a page is an error that names the file."""

from __future__ import annotations

import shutil
from pathlib import Path


class OcrUnavailable(Exception):
    pass


def pdf_text(path: Path) -> str:
    """Every page's text: its text layer, or OCR where it has none."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    pages = []
    try:
        for index in range(len(doc)):
            page = doc[index]
            text = page.get_textpage().get_text_range()
            if len(text.strip()) < 20:
                text = _ocr(page, path)
            pages.append(text)
    finally:
        doc.close()
    return "\n\f".join(pages)


def _ocr(page, path: Path) -> str:
    if shutil.which("tesseract") is None:
        raise OcrUnavailable(f"{path}: a page has no text layer and tesseract is not installed (apt-get install tesseract-ocr)")
    import pytesseract

    image = page.render(scale=300 / 72).to_pil()
    return pytesseract.image_to_string(image)

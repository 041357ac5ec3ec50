"""The text of a case record: inline, or read from a text or PDF file."""

from __future__ import annotations

from pathlib import Path

from imr.model import Case, Record


class RecordError(Exception):
    """A record file that cannot be read; the message names it and says why."""


def record_text(record: Record, *, base: Path | None = None) -> str:
    """The record's text: ``text`` when given, else the file at ``path`` (PDF or text)."""
    if record.text is not None:
        return record.text
    if not record.path:
        return ""
    path = Path(record.path)
    if base is not None and not path.is_absolute():
        path = base / path
    if not path.is_file():
        raise RecordError(f"{path}: record file not found")
    if path.suffix.lower() == ".pdf":
        import pypdfium2 as pdfium

        from imr.clinical.ocr import OcrUnavailable, pdf_text

        try:
            return pdf_text(path)
        except OcrUnavailable as exc:
            raise RecordError(str(exc)) from None
        except pdfium.PdfiumError as exc:
            raise RecordError(f"{path}: not a readable PDF ({exc})") from None
    return path.read_text(errors="replace")


def with_paths_from(case: Case, base: Path | None) -> Case:
    """The case with its records' relative paths read from ``base`` (the case file's folder)."""
    if base is None:
        return case
    records = [
        r.model_copy(update={"path": str((base / r.path).resolve())}) if r.path and not Path(r.path).is_absolute() else r
        for r in case.records
    ]
    return case.model_copy(update={"records": records})


def with_texts(case: Case) -> Case:
    """The case with every record file read (and OCR'd) once, so that the stages after it —
    facts, summary, redaction — do not read it again."""
    if all(r.text is not None or not r.path for r in case.records):
        return case
    return case.model_copy(update={"records": [r.model_copy(update={"text": record_text(r)}) for r in case.records]})

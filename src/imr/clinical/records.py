"""The text of a case record: inline, or read from a text or PDF file."""

from __future__ import annotations

from pathlib import Path

from imr.model import Record


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
        from imr.letters.errors import LetterError
        from imr.letters.pdf import extract_text

        try:
            return extract_text(path)
        except LetterError as exc:
            raise RecordError(f"{path}: {exc.reason}") from None
    return path.read_text(errors="replace")

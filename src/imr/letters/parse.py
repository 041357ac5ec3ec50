"""Reading a published Final Determination Letter into a :class:`imr.model.Letter`.

The letters of 2014-2017 ("HOW THE IMR FINAL DETERMINATION WAS MADE") are read here; the two
other published layouts are recognised and read by :mod:`imr.letters.layouts`.
"""

from __future__ import annotations

import re
from pathlib import Path

from imr.letters import items as item_reader
from imr.letters import layouts
from imr.letters.errors import LetterError
from imr.letters.reviewer import read_reviewer
from imr.letters.text import clean_lines, collapse, parse_date
from imr.model import Layout, Letter, Priority

_HOW_MADE = re.compile(r"HOW\s+THE\s+IMR\s+FINAL\s+DETERMINATION\s+WAS\s+MADE", re.I)
_ISSUES = re.compile(r"IMR\s+ISSUES,?\s+DECISIONS\s+AND\s+RATIONALES", re.I)
_SUMMARY_HEAD = re.compile(r"CLINICAL\s+CASE\s+SUMMARY", re.I)
_SUMMARY_INTRO = re.compile(
    r"The\s+(?:expert\s+)?reviewer\s+developed\s+the\s+following\s+clinical\s+case\s+summary[^:]{0,160}:",
    re.I,
)
_SET_FORTH = re.compile(
    r"The\s+Final\s+Determination\s+was\s+based\s+on\s+decisions?\s+for\s+the\s+disputed[^:]{0,80}?below:?",
    re.I,
)
_APPEAL = re.compile(r"^\s*(?:APPEAL RIGHTS|YOUR RIGHT TO APPEAL|RIGHT TO APPEAL)\s*$", re.M)
_DATE = r"(\d{1,2}/\d{1,2}/\d{2,4})"
_HEADER_FIELDS = {
    "case_number": re.compile(r"Case\s+Number:\s*([A-Z]{1,4}\d{2}-\d{4,8}|[\w-]+)", re.I),
    "date_assigned": re.compile(r"Date\s+Assigned:\s*" + _DATE, re.I),
    "date_of_injury": re.compile(r"Date\s+of\s+Injury:\s*" + _DATE, re.I),
    "decision_date": re.compile(r"Decision\s+Date:\s*" + _DATE, re.I),
    "ur_denial_date": re.compile(r"UR\s+Denial\s+Date:\s*" + _DATE, re.I),
    "application_received": re.compile(r"Application\s+Received:\s*" + _DATE, re.I),
}
_PRIORITY = re.compile(r"Priority:\s*(Standard|Expedited)", re.I)


def parse_file(path: str | Path) -> Letter:
    """Read one letter file (PDF or text). Raises LetterError naming the file and why."""
    path = Path(path)
    name = str(path)
    if not path.exists():
        raise LetterError(name, "file not found")
    if path.is_dir():
        raise LetterError(name, "is a directory, not a letter")
    with path.open("rb") as handle:
        head = handle.read(5)
    if head.startswith(b"%PDF"):
        from imr.letters.pdf import extract_text

        text = extract_text(path)
    elif path.suffix.lower() == ".pdf":
        if not head:
            raise LetterError(name, "empty file")
        raise LetterError(name, "not a PDF: the file does not start with a PDF header")
    else:
        raw = path.read_bytes()
        if not raw.strip():
            raise LetterError(name, "empty file")
        if b"\x00" in raw[:4096]:
            raise LetterError(name, "binary file, not a letter text or PDF")
        text = raw.decode("utf-8", errors="replace")
    return parse_text(text, file=name)


def parse_text(text: str, file: str | None = None) -> Letter:
    """Read a letter's text. Raises LetterError when it is not an IMR letter."""
    if not text or not text.strip():
        raise LetterError(file, "empty file")
    lines = clean_lines(text)
    layout = layouts.detect("\n".join(lines))
    if layout is None:
        raise LetterError(
            file, "not an IMR letter: none of the Final Determination Letter headings found"
        )
    if layout is not Layout.FINAL_DETERMINATION:
        return layouts.read(layout, lines, file)
    return _read_final_determination(lines, file)


def _first_group(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    return match.group(1) if match else None


def _read_final_determination(lines: list[str], file: str | None) -> Letter:
    joined = "\n".join(lines)
    flat = collapse(joined)
    fields = {key: _first_group(pattern, flat) for key, pattern in _HEADER_FIELDS.items()}
    priority = _PRIORITY.search(flat)

    issues = _ISSUES.search(joined)
    if issues is None:
        raise LetterError(file, "not a complete IMR letter: no 'IMR ISSUES, DECISIONS AND RATIONALES'")
    before, decisions = joined[: issues.start()], joined[issues.end() :]

    summary_head = _SUMMARY_HEAD.search(before)
    summary_start = _SUMMARY_INTRO.search(before) or summary_head
    summary_head = summary_head or summary_start
    clinical_summary = collapse(before[summary_start.end() :]) if summary_start else None
    how_made = _HOW_MADE.search(before)
    credentials_text = before[
        how_made.start() if how_made else 0 : summary_head.start() if summary_head else len(before)
    ]

    appeal = _APPEAL.search(decisions)
    if appeal:
        decisions = decisions[: appeal.start()]
    set_forth = _SET_FORTH.search(decisions)
    if set_forth:
        decisions = decisions[set_forth.end() :]
    items = item_reader.read_items(decisions.strip("\n"), file)

    return Letter(
        file=file,
        layout=Layout.FINAL_DETERMINATION,
        case_number=fields["case_number"],
        date_assigned=parse_date(fields["date_assigned"]),
        date_of_injury=parse_date(fields["date_of_injury"]),
        decision_date=parse_date(fields["decision_date"]),
        ur_denial_date=parse_date(fields["ur_denial_date"]),
        priority=Priority(priority.group(1).lower()) if priority else None,
        application_received=parse_date(fields["application_received"]),
        reviewer=read_reviewer(credentials_text),
        clinical_summary=clinical_summary or None,
        items=items,
    )

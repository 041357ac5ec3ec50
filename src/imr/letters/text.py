"""Cleaning letter text: line ends, page-break debris, double spacing, dates."""

from __future__ import annotations

import datetime as dt
import re

_PAGE_DEBRIS = re.compile(
    r"^\s*(?:page\s+\d+\s+of\s+\d+|-\s*\d+\s*-|\d+\s*/\s*\d+)\s*$", re.IGNORECASE
)
_BROKEN_WORD = re.compile(r"[^\s-]-$")
_SPACES = re.compile(r"\s+")
_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2,4})")


def clean_lines(text: str) -> list[str]:
    """The letter's non-blank lines, right-stripped, without page-break debris.

    Copes with CR/LF line ends, form feeds between pages, the blank line that
    double-spaced extractions put after every line, and "Page 2 of 3" footers.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    # pdfium marks a hyphen that broke a word at a line end with U+FFFE (or U+0002)
    text = text.replace("\u00a0", " ").replace("\ufffe", "-").replace("\u0002", "-")
    lines = []
    for line in text.split("\n"):
        line = line.rstrip()
        if not line.strip() or _PAGE_DEBRIS.match(line):
            continue
        line = line.strip()
        if lines and _BROKEN_WORD.search(lines[-1]):
            lines[-1] += line  # "10-28-" + "2016": a word broken at its hyphen
        else:
            lines.append(line)
    return lines


def collapse(text: str) -> str:
    """White space folded to single spaces, ends trimmed."""
    return _SPACES.sub(" ", text).strip()


def parse_date(text: str | None) -> dt.date | None:
    """A US date (m/d/yyyy, m/d/yy) as a date; None when absent or impossible."""
    if not text:
        return None
    match = _DATE.search(text)
    if not match:
        return None
    month, day, year = (int(g) for g in match.groups())
    if year < 100:
        year += 2000 if year < 70 else 1900
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None

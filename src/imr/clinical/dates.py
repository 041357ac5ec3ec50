"""Dates written in record prose: "10/7/14", "3/31/2014", "July 7, 2014", "June 4 2010".

A case file may lack the date of injury or the UR decision date in its header; the records
usually state them ("an industrial injury of June 4, 2010"; "In a Utilization Review Report
dated July 7, 2014, the claims administrator denied …"). The dates decide the chronicity of
the condition and which guideline edition was in force.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from imr.letters.text import parse_date

_MONTH_NAMES = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
_NUMERIC = r"\b\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2})\b"
_WRITTEN = r"\b(?:" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b"
_MONTH_YEAR = r"\b(?:" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r")\.?\s+\d{4}\b|\b\d{1,2}[/-]\d{4}\b"
DATE = re.compile(f"{_NUMERIC}|{_WRITTEN}", re.I)
# a month and year alone ("November 2015", "11/2015"): taken as the first of the month
MONTH_YEAR = re.compile(_MONTH_YEAR, re.I)

_INJURY = re.compile(
    r"(?:injury|injured|date of injury|DOI)\b[^.;]{0,40}?\b(?:of|on|dated|:)\s*(" + DATE.pattern + ")", re.I
)
_UR_DATED = re.compile(
    r"(?:utilization review|\bUR\b)[^.;]{0,60}?\b(?:dated|of|on)\s+(" + DATE.pattern + ")", re.I
)


def to_date(text: str) -> dt.date | None:
    """The date one DATE match stands for, or None when it is impossible."""
    text = text.strip().lower().replace(",", " ")
    if text[:1].isdigit():  # 10/7/14, 3-31-2014: as the letters' own dates are read
        return parse_date(text.replace("-", "/"))
    parts = text.replace(".", " ").split()
    if len(parts) != 3 or parts[0] not in _MONTH_NAMES:
        return None
    month, day, year = _MONTH_NAMES[parts[0]], int(re.sub(r"\D", "", parts[1])), int(parts[2])
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def dates_in(text: str, *, months: bool = False) -> Iterator[dt.date]:
    """The dates the text gives; with ``months``, a month and year alone too (as its first day)."""
    for match in DATE.finditer(text):
        found = to_date(match.group(0))
        if found is not None:
            yield found
    if months:
        for match in MONTH_YEAR.finditer(DATE.sub(" ", text)):
            found = _month_year(match.group(0))
            if found is not None:
                yield found


def _month_year(text: str) -> dt.date | None:
    parts = text.strip().lower().replace(".", " ").replace("/", " ").replace("-", " ").split()
    month = _MONTH_NAMES.get(parts[0]) if not parts[0].isdigit() else int(parts[0])
    try:
        return dt.date(int(parts[-1]), month, 1) if month else None
    except ValueError:
        return None


def injury_date_in(text: str) -> dt.date | None:
    """The first date the text gives for the injury."""
    for match in _INJURY.finditer(text):
        found = to_date(match.group(1))
        if found is not None:
            return found
    return None


def ur_date_in(text: str) -> dt.date | None:
    """The latest date the text gives for a utilization review decision."""
    found = [d for m in _UR_DATED.finditer(text) if (d := to_date(m.group(1))) is not None]
    return max(found) if found else None

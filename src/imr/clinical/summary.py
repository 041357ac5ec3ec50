"""The clinical case summary: sentences chosen from the records, in date order, at most about
400 words. Every sentence is a record's own (lightly trimmed), so each traces to its record;
records that are themselves a clinical summary are used as they stand."""

from __future__ import annotations

import re

from imr.clinical.context import sentences
from imr.clinical.records import record_text
from imr.model import Case

LIMIT = 400
_WORTH = re.compile(
    r"\b(?:year[- ]old|injur|diagnos|complain|reports?|pain|exam|tender|strength|sensation|reflex|MRI|x-?ray|CT\b|EMG"
    r"|therapy|sessions|medication|surgery|injection|work|utilization review|request)",
    re.I,
)


def summarize(case: Case, limit: int = LIMIT) -> str:
    """A summary of the case file in the letters' register."""
    records = sorted(
        enumerate(case.records),
        key=lambda pair: (pair[1].date is None, pair[1].date or 0, pair[0]),
    )
    chosen: list[str] = []
    words = 0
    for index, record in records:
        text = record_text(record)
        for sentence in sentences(text, index):
            line = " ".join(sentence.text.split())
            if record.kind != "clinical_summary" and not _WORTH.search(line):
                continue
            if record.date and record.kind != "clinical_summary" and not chosen_mentions_date(line):
                line = f"On {record.date.strftime('%m-%d-%Y')}, {line[0].lower() + line[1:]}" if line[:1].isupper() and not line.startswith(("The ", "A ", "An ")) else f"On {record.date.strftime('%m-%d-%Y')}: {line}"
            count = len(line.split())
            if words + count > limit:
                return " ".join(chosen) if chosen else " ".join(line.split()[:limit])
            chosen.append(line)
            words += count
    return " ".join(chosen) if chosen else "The case file holds no clinical records."


def chosen_mentions_date(line: str) -> bool:
    return bool(re.search(r"\b\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b", line))

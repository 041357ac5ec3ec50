"""The dates a case turns on: the date of injury and the reference date of the review (the UR
decision date, which decides the guideline edition in force and the chronicity)."""

from __future__ import annotations

import datetime as dt

from imr.clinical.dates import dates_in, injury_date_in, ur_date_in
from imr.clinical.records import record_text
from imr.model import Case


def case_dates(case: Case) -> tuple[dt.date | None, dt.date | None]:
    """The date of injury and the reference date of the review (the UR decision date).

    Where the case file leaves them out, the records stand in: the injury date they state,
    the date of the utilization review they describe, or else the latest date they mention
    (the review follows the last record)."""
    injury, reference = case.date_of_injury, case.ur_decision_date
    texts = [record_text(r) for r in case.records]
    for text in texts:
        injury = injury or injury_date_in(text)
    if reference is None:
        stated = [d for text in texts if (d := ur_date_in(text)) is not None]
        reference = max(stated) if stated else latest_record_date(case)
    return injury, reference


def latest_record_date(case: Case) -> dt.date | None:
    """The latest date a record carries or mentions, never one in the future."""
    today = dt.date.today()
    found = [r.date for r in case.records if r.date]
    for record in case.records:
        found.extend(d for d in dates_in(record_text(record)) if d <= today)
    return max(found) if found else None

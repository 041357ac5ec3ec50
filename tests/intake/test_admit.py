"""Intake: eligibility with its rule, and the deadlines."""

from __future__ import annotations

import datetime as dt

from imr.intake import admit
from imr.model import Case

UR = dt.date(2016, 11, 1)


def case(received: dt.date, priority: str = "standard", items: int = 1) -> Case:
    return Case.model_validate({
        "case_number": "CM16-0000003", "priority": priority, "ur_decision_date": UR.isoformat(),
        "application_received": received.isoformat(),
        "disputed_items": [{"id": str(i), "request": "MRI"} for i in range(items)],
    })


def test_an_application_within_the_window_is_eligible():
    intake = admit(case(UR + dt.timedelta(days=30)))
    assert intake.eligible and not intake.warnings


def test_an_application_past_the_window_and_mail_days_is_flagged_with_its_rule():
    intake = admit(case(UR + dt.timedelta(days=36)))
    assert intake.warnings[0].rule == "application-timely"
    assert "Labor Code 4610.5(h)" in intake.warnings[0].citation
    assert admit(case(UR + dt.timedelta(days=35))).warnings == []


def test_no_disputed_item_and_duplicates_are_ineligible():
    assert not admit(case(UR, items=0)).eligible
    duplicate = admit(case(UR), known_cases={"CM16-0000003"})
    assert [p.rule for p in duplicate.ineligible_because] == ["not-a-duplicate"]


def test_deadlines_standard_and_expedited():
    received = UR + dt.timedelta(days=5)
    standard = {d.rule: d.due for d in admit(case(received)).deadlines}
    assert standard["records-due-standard"] == received + dt.timedelta(days=15)
    assert standard["determination-due-standard"] == received + dt.timedelta(days=45)
    expedited = {d.rule: d.due for d in admit(case(received, "expedited")).deadlines}
    assert expedited["determination-due-expedited"] == received + dt.timedelta(days=4)

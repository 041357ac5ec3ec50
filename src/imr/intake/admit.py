"""Admitting a case: is it eligible for IMR, and when are the records and the decision due?

Each ineligibility names its rule and legal source (data/rules.yaml). The clock for the
records starts at the notice of assignment (taken as the day the application was received
when no other date is known); the determination is due counting from the records' due date,
the latest day the complete records can arrive.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from importlib import resources

import yaml

from imr.model import Case, Deadline, Intake, RuleFinding


@lru_cache(maxsize=1)
def _rules() -> dict:
    return yaml.safe_load(resources.files("imr.intake").joinpath("data/rules.yaml").read_text())


def admit(
    case: Case,
    *,
    today: dt.date | None = None,
    known_cases: frozenset[str] | set[str] = frozenset(),
    assigned_on: dt.date | None = None,
    records_received: dt.date | None = None,
) -> Intake:
    """Eligibility, priority and deadlines of ``case``."""
    rules = _rules()
    problems: list[RuleFinding] = []
    warnings: list[RuleFinding] = []
    window = rules["application_window_days"]
    if case.ur_decision_date and case.application_received:
        late = (case.application_received - case.ur_decision_date).days
        if late > window["days"] + window.get("mail_days", 0):
            # the window runs from service of the UR decision, which the case file does not date:
            # a late-looking application is flagged for the intake clerk, not refused
            warnings.append(RuleFinding(
                rule=window["rule"], citation=window["citation"],
                reason=f"the application was received {late} days after the UR decision of {case.ur_decision_date}; "
                "check the date the decision was served",
            ))
        elif late < 0:
            problems.append(RuleFinding(
                rule="application-after-ur", citation=window["citation"],
                reason="the application is dated before the UR decision it disputes",
            ))
    elif case.ur_decision_date is None:
        warnings.append(RuleFinding(
            rule="ur-decision-required", citation="Labor Code 4610.5(d); 8 CCR 9792.10.1(a)",
            reason="the case file does not date the utilization review decision it disputes; check it against the UR determination",
        ))
    if not case.disputed_items:
        problems.append(RuleFinding(
            rule="medical-necessity-dispute", citation="Labor Code 4610.5(a)",
            reason="the application names no disputed treatment",
        ))
    if case.case_number in known_cases:
        problems.append(RuleFinding(
            rule="not-a-duplicate", citation="8 CCR 9792.10.1(b)(2)",
            reason=f"an application for case {case.case_number} is already pending or decided",
        ))
    priority = case.priority.value
    start = assigned_on or case.application_received or today or dt.date.today()
    records = rules["records_due"][priority]
    decision = rules["determination_due"][priority]
    records_due = start + dt.timedelta(days=records["days"])
    decision_from = records_received or records_due
    deadlines = [
        Deadline(name="records due from the claims administrator", due=records_due, rule=records["rule"], citation=records["citation"]),
        Deadline(name="final determination due", due=decision_from + dt.timedelta(days=decision["days"]), rule=decision["rule"], citation=decision["citation"]),
    ]
    return Intake(
        case_number=case.case_number, priority=case.priority, eligible=not problems,
        ineligible_because=problems, warnings=warnings, deadlines=deadlines,
    )

"""The whole IMR for one case: intake, reviewer assignment, clinical summary, determination,
the Final Determination Letter (text, HTML, PDF) and its redacted public copy.

``determine(case, out_dir)`` writes ``out_dir/<case_number>/``: determination.json,
letter.txt, letter.html, letter.pdf, public.txt, public.pdf. Each file is written whole
under a temporary name and then moved into place, so a failure leaves no half-written file.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from imr.model import Case, Reviewer


def _write(path: Path, data: str | bytes) -> None:
    partial = path.with_name(path.name + ".partial")
    if isinstance(data, bytes):
        partial.write_bytes(data)
    else:
        partial.write_text(data)
    partial.replace(path)


def determine(
    case: Case,
    out_dir: Path,
    *,
    panel: Sequence[Reviewer],
    decision_date: dt.date | None = None,
    workload: dict[str, int] | None = None,
    base: Path | None = None,
) -> dict[str, Any]:
    """Run the IMR for ``case`` and write its files; returns the determination record."""
    from imr.clinical.records import with_paths_from, with_texts
    from imr.clinical.summary import summarize
    from imr.engine import review_case
    from imr.intake import admit
    from imr.letters.render import letter_from_determination, render_html, render_pdf, render_text
    from imr.redact import redact_letter
    from imr.requests import parse_request
    from imr.reviewers import assign

    case = with_texts(with_paths_from(case, base))
    decision_date = decision_date or dt.date.today()
    intake = admit(case, today=decision_date)
    requests = [parse_request(i.request, original_request=i.original_request) for i in case.disputed_items]
    assignment = assign(case, panel, requests=requests, workload=workload)
    folder = out_dir / case.case_number
    folder.mkdir(parents=True, exist_ok=True)
    record: dict[str, Any] = {
        "case_number": case.case_number,
        "intake": intake.model_dump(mode="json"),
        "assignment": assignment.model_dump(mode="json"),
    }
    if not intake.eligible or assignment.state != "assigned":
        record["determinations"] = []
        record["state"] = "ineligible" if not intake.eligible else "unassignable"
        _write(folder / "determination.json", json.dumps(record, indent=2))
        return record
    if workload is not None:
        workload[assignment.reviewer_id] = workload.get(assignment.reviewer_id, 0) + 1
    summary = summarize(case)
    determination = review_case(case)
    record.update(state="decided", summary=summary, **determination.model_dump(mode="json"))
    letter = letter_from_determination(
        case, determination, credentials=assignment.credentials, summary=summary,
        decision_date=decision_date, date_assigned=case.application_received,
    )
    public = redact_letter(letter, parties=case.parties, records=case.records)
    _write(folder / "letter.txt", render_text(letter))
    _write(folder / "letter.html", render_html(letter))
    render_pdf(letter, folder / "letter.pdf")
    _write(folder / "public.txt", render_text(public))
    render_pdf(public, folder / "public.pdf")
    _write(folder / "determination.json", json.dumps(record, indent=2))
    return record


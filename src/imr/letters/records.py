"""A Letter as the plain record `imr parse` prints (the shape of letters.jsonl)."""

from __future__ import annotations

from typing import Any

from imr.model import GuidelineStatement, Letter


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def _text(statement: GuidelineStatement | None) -> str | None:
    return statement.text if statement else None


def _citations(statement: GuidelineStatement | None) -> list[dict[str, Any]]:
    if statement is None:
        return []
    return [c.model_dump(mode="json") for c in statement.citations]


def letter_record(letter: Letter) -> dict[str, Any]:
    """The letters.jsonl fields, plus the layout and each guideline's citations."""
    items = []
    for item in letter.items:
        record: dict[str, Any] = {"request": item.request}
        if item.original_request is not None:
            record["original_request"] = item.original_request
        record.update(
            decision=item.decision.value if item.decision else None,
            claims_administrator_guideline=_text(item.claims_administrator_guideline),
            reviewer_guideline=_text(item.reviewer_guideline),
            rationale=item.rationale,
            claims_administrator_citations=_citations(item.claims_administrator_guideline),
            reviewer_citations=_citations(item.reviewer_guideline),
        )
        items.append(record)
    return {
        "file": letter.file,
        "layout": letter.layout.value,
        "case_number": letter.case_number,
        "date_assigned": _iso(letter.date_assigned),
        "date_of_injury": _iso(letter.date_of_injury),
        "decision_date": _iso(letter.decision_date),
        "ur_denial_date": _iso(letter.ur_denial_date),
        "priority": letter.priority.value if letter.priority else None,
        "application_received": _iso(letter.application_received),
        "reviewer": letter.reviewer.model_dump(mode="json"),
        "clinical_summary": letter.clinical_summary,
        "items": items,
    }

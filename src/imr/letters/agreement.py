"""How far a parsed letter agrees with a reference record, field by field.

The fields are those of the corpus's letters.jsonl: the header dates and case number,
priority, the clinical summary, the reviewer's licensure and specialties, and per item the
request, original_request, decision, both guideline statements and the rationale. Text is
compared after collapsing white space; a missing or extra item counts every field of it.
"""

from __future__ import annotations

from imr.letters.text import collapse

HEADER = ["case_number", "date_assigned", "date_of_injury", "decision_date", "ur_denial_date",
          "priority", "application_received", "clinical_summary"]
ITEM = ["request", "original_request", "decision", "claims_administrator_guideline",
        "reviewer_guideline", "rationale"]


def _norm(value):
    return collapse(value) if isinstance(value, str) else value


def disagreements(expected: dict, actual: dict) -> list[tuple[str, object, object]]:
    """The fields that disagree, as (field, expected, actual)."""
    wrong = []
    for key in HEADER:
        if _norm(expected.get(key)) != _norm(actual.get(key)):
            wrong.append((key, expected.get(key), actual.get(key)))
    for key in ("licensure", "specialties"):
        if expected["reviewer"][key] != actual["reviewer"][key]:
            wrong.append((f"reviewer.{key}", expected["reviewer"][key], actual["reviewer"][key]))
    exp_items, act_items = expected["items"], actual["items"]
    for index in range(max(len(exp_items), len(act_items))):
        e = exp_items[index] if index < len(exp_items) else {}
        a = act_items[index] if index < len(act_items) else {}
        for key in ITEM:
            if _norm(e.get(key)) != _norm(a.get(key)):
                wrong.append((f"items[{index}].{key}", e.get(key), a.get(key)))
    return wrong


def field_count(expected: dict) -> int:
    """How many fields a reference record has."""
    return len(HEADER) + 2 + len(ITEM) * len(expected["items"])

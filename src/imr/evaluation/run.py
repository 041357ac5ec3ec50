"""Running the engine over the sample corpus's cases and comparing with answers.jsonl."""

from __future__ import annotations

import json
from collections import defaultdict
from importlib import resources
from pathlib import Path
from typing import Any

from imr.evaluation.metrics import Scores, document_family
from imr.letters.citations import parse_guideline
from imr.model import Case


def holdout_cases() -> set[str]:
    text = resources.files("imr.evaluation").joinpath("holdout.txt").read_text()
    return {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}


def evaluate(cases_path: Path, answers_path: Path, split: str = "all") -> dict[str, Any]:
    """Scores overall and by category, and each disagreement with the criteria behind it."""
    from imr.engine import review_case
    from imr.requests import parse_request

    answers = {}
    for line in answers_path.read_text().splitlines():
        if line.strip():
            record = json.loads(line)
            answers[record["case_number"]] = record
    held = holdout_cases()
    overall, by_category = Scores(), defaultdict(Scores)
    disagreements = []
    for line in cases_path.read_text().splitlines():
        if not line.strip():
            continue
        case = Case.model_validate(json.loads(line))
        if split == "tune" and case.case_number in held or split == "holdout" and case.case_number not in held:
            continue
        answer = answers.get(case.case_number)
        if answer is None:
            continue
        expected = {d["item_id"]: d for d in answer["determinations"]}
        for item in review_case(case).determinations:
            truth = expected.get(item.item_id)
            if truth is None:
                continue
            cited = parse_guideline(truth.get("reviewer_guideline") or "").citations
            said = truth.get("reviewer_guideline") or ""
            same = document_family(cited[0].document, said) == document_family(item.guideline.document) if cited else None
            category = parse_request(item.request).category.value
            overall.add(truth["decision"], item.decision.value, same)
            by_category[category].add(truth["decision"], item.decision.value, same)
            if truth["decision"] != item.decision.value:
                disagreements.append({
                    "case_number": case.case_number,
                    "request": item.request,
                    "reviewer": truth["decision"],
                    "engine": item.decision.value,
                    "engine_guideline": f"{item.guideline.document}: {', '.join(item.guideline.sections)}",
                    "reviewer_guideline": truth.get("reviewer_guideline"),
                    "criteria": [f"{c.id}={c.met}" for c in item.criteria],
                })
    return {
        "split": split,
        "overall": overall.summary(),
        "by_category": {k: v.summary() for k, v in sorted(by_category.items())},
        "disagreements": disagreements,
    }

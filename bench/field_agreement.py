"""Field-by-field agreement of `imr parse` with the corpus's letters.jsonl.

    python bench/field_agreement.py [--corpus DIR] [--only FILE...] [-v]

Fields: the header dates and case number, priority, reviewer licensure and specialties, the
clinical summary, and per item request, original_request, decision, both guidelines and the
rationale (text compared after collapsing white space). A missing or extra item counts every
field of it as a disagreement.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from imr.letters.errors import LetterError
from imr.letters.parse import parse_file
from imr.letters.records import letter_record
from imr.letters.text import collapse
from imr.paths import default_corpus

HEADER = ["case_number", "date_assigned", "date_of_injury", "decision_date", "ur_denial_date",
          "priority", "application_received", "clinical_summary"]
ITEM = ["request", "original_request", "decision", "claims_administrator_guideline",
        "reviewer_guideline", "rationale"]


def _norm(value):
    return collapse(value) if isinstance(value, str) else value


def compare(expected: dict, actual: dict) -> list[tuple[str, object, object]]:
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


def count_fields(expected: dict) -> int:
    return len(HEADER) + 2 + len(ITEM) * len(expected["items"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    corpus = args.corpus or default_corpus()
    total = agree = 0
    for line in (corpus / "letters.jsonl").read_text().splitlines():
        expected = json.loads(line)
        if args.only and not any(o in expected["file"] for o in args.only):
            continue
        fields = count_fields(expected)
        total += fields
        try:
            actual = letter_record(parse_file(corpus / expected["file"]))
        except LetterError as exc:
            print(f"FAILED {exc}")
            continue
        wrong = compare(expected, actual)
        agree += fields - len(wrong)
        for field, e, a in wrong:
            print(f"{expected['file']}: {field}")
            if args.verbose:
                print(f"   expected: {_norm(e)!r}\n   actual:   {_norm(a)!r}")
    print(f"field agreement: {agree}/{total} = {agree / max(total, 1):.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

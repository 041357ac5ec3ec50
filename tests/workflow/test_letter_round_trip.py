"""Any letter imr writes reads back to the same items and decisions."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from imr.engine import review_case
from imr.letters.parse import parse_text
from imr.letters.render import letter_from_determination, render_text
from imr.letters.text import collapse
from imr.model import Case, ReviewerCredentials

WORDS = ("MRI Norco 10/325mg #60 physical therapy 2x6 lumbar spine: right left (DOS 11/18/16) retrospective. "
         "x-ray knee Dr. injection L4-5 2 refills; 5% gel is request original Associated surgical service: "
         "sling, cold unit 7 day rental, pre-operative clearance").split()
REQUEST = st.lists(st.sampled_from(WORDS), min_size=1, max_size=10).map(" ".join)


@settings(max_examples=120, deadline=None)
@given(st.lists(st.tuples(REQUEST, st.booleans()), min_size=1, max_size=4))
def test_written_letters_read_back(items):
    case = Case.model_validate({
        "case_number": "CM16-0000009", "ur_decision_date": "2016-11-01",
        "records": [{"text": "Low back pain 7/10. Straight leg raise positive."}],
        "disputed_items": [
            {"id": str(i), "request": r, "original_request": f"{r} x2" if partial else None}
            for i, (r, partial) in enumerate(items, 1)
        ],
    })
    determination = review_case(case)
    letter = letter_from_determination(
        case, determination, credentials=ReviewerCredentials(licensure=["California"], specialties=["Family Practice"]),
        summary="The worker has low back pain.", decision_date=dt.date(2017, 1, 1),
    )
    back = parse_text(render_text(letter))
    assert [(collapse(i.request), i.decision) for i in back.items] == [
        (collapse(d.request), d.decision) for d in determination.determinations
    ]

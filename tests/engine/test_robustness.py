"""Whatever a case file holds, every item is decided with criteria and evidence — never a crash."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

import imr
from imr.model import Case, CaseItem, Record

_WORDS = st.sampled_from(
    "Norco 10/325mg #90 post-op physical therapy 2x6 right knee EMG/NCV bilateral lower extremities "
    "acupuncture x6 chiropractic additional MRI lumbar Associated surgical service: assistant surgeon "
    "cream 20% Voltaren gel status post arthroscopy on 10/3/2016 denied certified radiculopathy no "
    "functional improvement 7/10 pain without medications series of three repeat injection 50% relief "
    "4 weeks TENS trial H-wave purchase retrospective DOS 9/1/16 ; , . ( ) #".split()
)
_TEXT = st.lists(_WORDS, max_size=40).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(
    requests=st.lists(_TEXT, min_size=1, max_size=4),
    record=st.one_of(st.none(), _TEXT),
    ur=st.one_of(st.none(), st.dates(dt.date(2012, 1, 1), dt.date(2018, 1, 1))),
    injury=st.one_of(st.none(), st.dates(dt.date(2005, 1, 1), dt.date(2018, 1, 1))),
    original=st.one_of(st.none(), _TEXT),
)
def test_any_case_is_decided_with_evidence(requests, record, ur, injury, original):
    items = [CaseItem(id=str(i), request=r or "x", original_request=original if i == 1 else None)
             for i, r in enumerate(requests, 1)]
    case = Case(case_number="CM16-0000005", date_of_injury=injury, ur_decision_date=ur,
                records=[Record(text=record)] if record is not None else [], disputed_items=items)
    determination = imr.review(case)
    assert [d.item_id for d in determination.determinations] == [i.id for i in items]
    for item in determination.determinations:
        assert item.decision.value in ("upheld", "overturned")
        assert item.criteria and all(c.evidence for c in item.criteria)
        assert item.rationale.endswith("medically necessary.")

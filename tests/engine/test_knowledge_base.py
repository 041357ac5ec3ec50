"""The guideline knowledge base loads, and a broken file is named with its topic."""

from __future__ import annotations

import pytest

from imr.guidelines import KnowledgeBaseError, load
from imr.guidelines.loader import _load_file


def test_every_document_loads_with_unique_topics():
    kb = load()
    assert {d.document for d in kb.documents} >= {
        "MTUS Chronic Pain Medical Treatment", "MTUS Low Back Complaints", "MTUS Acupuncture Treatment",
        "MTUS Postsurgical Treatment", "Official Disability Guidelines (ODG)",
    }
    assert all(d.mtus == (d.rank == 1) for d in kb.documents)


def test_a_topic_with_a_bad_status_is_reported_by_file_and_topic():
    text = """
document: X
mtus: true
rank: 1
source: test
topics:
  - {id: x_topic, section: S, status: maybe, position: P}
"""
    with pytest.raises(KnowledgeBaseError, match=r"guidelines/data/x.yaml: topic x_topic.status"):
        _load_file("x.yaml", text)


def test_a_topic_can_apply_another_topics_criteria():
    from imr.guidelines import load

    kb = load()
    lumbar, chronic = kb.topic("lb_epidural").topic, kb.topic("cp_epidural").topic
    assert [c.id for c in lumbar.criteria] == [c.id for c in chronic.criteria]


def test_a_section_added_in_a_later_edition_applies_from_its_date():
    import datetime as dt

    import imr
    from imr.model import Case, CaseItem, Record

    def consult(ur: dt.date):
        c = Case(case_number="CM16-0000004", date_of_injury=dt.date(2013, 1, 2), ur_decision_date=ur,
                 records=[Record(text="Low back pain with radiculopathy despite physical therapy.")],
                 disputed_items=[CaseItem(id="1", request="Orthopedic spine surgeon consultation")])
        return imr.review(c).determinations[0].guideline

    assert consult(dt.date(2016, 12, 1)).sections == ["Office visits"]
    assert consult(dt.date(2015, 3, 1)).document == "MTUS General Approaches 2004"

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

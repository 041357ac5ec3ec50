"""Every real letter of the sample corpus reads to exactly what letters.jsonl says."""

from __future__ import annotations

import pytest

from imr.letters.agreement import disagreements
from imr.letters.parse import parse_file
from imr.letters.records import letter_record
from tests.conftest import corpus_dir, corpus_letters

LETTERS = corpus_letters()


@pytest.mark.parametrize("expected", LETTERS, ids=[r["file"] for r in LETTERS])
def test_letter_reads_field_by_field(expected):
    actual = letter_record(parse_file(corpus_dir() / expected["file"]))
    assert disagreements(expected, actual) == []


def test_the_corpus_is_there():
    assert len(LETTERS) >= 69, "the sample corpus (../shared/corpus) is missing"


def test_partial_certification_keeps_the_original_request(corpus):
    letter = parse_file(corpus / "letters" / "CM17-0013754.pdf")
    item = letter.items[0]
    assert item.request == "2 sessions of physical therapy"
    assert item.original_request.startswith("Physical therapy evaluation and treatment 3 times a week")
    assert item.authorized == "Physical therapy for 10 sessions"
    assert item.decision.value == "upheld"


def test_citations_are_structured(corpus):
    letter = parse_file(corpus / "letters" / "CM16-0219557.pdf")
    citations = letter.items[0].reviewer_guideline.citations
    assert [c.document for c in citations] == [
        "MTUS Low Back Complaints 2004",
        "MTUS Chronic Pain Medical Treatment 2016",
        "ACOEM Occupational Medicine Practice Guidelines",
    ]
    assert [c.mtus for c in citations] == [True, True, False]
    assert citations[1].sections == ["Facet blocks"]
    assert citations[2].pages == ["607"]


def test_reviewer_from_the_prose_of_an_older_letter(corpus):
    letter = parse_file(corpus / "seeds" / "002_5511c3491886de4b.txt")
    assert letter.reviewer.specialties == ["Physical Medicine & Rehabilitation", "Interventional Spine"]
    assert letter.reviewer.licensure == ["California"]

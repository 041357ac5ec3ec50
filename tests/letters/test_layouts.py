"""The two other published layouts are recognised and read (made-up samples)."""

from __future__ import annotations

from pathlib import Path

from imr.letters.parse import parse_file

SAMPLES = Path(__file__).parent / "samples"


def test_maximus_federal_services_notice():
    letter = parse_file(SAMPLES / "maximus_federal.txt")
    assert letter.layout.value == "maximus_federal"
    assert letter.case_number == "CM13-0031234"
    assert str(letter.decision_date) == "2013-11-14"
    assert str(letter.ur_denial_date) == "2013-09-17"
    assert str(letter.date_of_injury) == "2011-02-03"
    assert str(letter.application_received) == "2013-09-26"
    assert letter.reviewer.specialties == ["Physical Medicine and Rehabilitation"]
    assert letter.reviewer.licensure == ["California"]
    assert letter.clinical_summary.startswith("The worker is a 51 year old woman")
    first, second = letter.items
    assert first.request == "physical therapy two times a week for four weeks for the lumbar spine"
    assert first.decision.value == "upheld"
    assert second.request == "naproxen 550mg #60"
    assert second.decision.value == "overturned"
    assert second.claims_administrator_guideline.cited_none
    cited = first.reviewer_guideline.citations[0]
    assert (cited.edition, cited.sections, cited.pages) == (2009, ["Physical Medicine"], ["98-99"])
    assert second.rationale.endswith("The request is medically necessary and appropriate.")


def test_medical_professional_review():
    letter = parse_file(SAMPLES / "professional_review.txt")
    assert letter.layout.value == "professional_review"
    assert letter.case_number == "CM14-0123456"
    assert letter.priority.value == "expedited"
    assert str(letter.decision_date) == "2014-07-28"
    assert letter.reviewer.specialties == ["Anesthesiology", "Pain Medicine"]
    assert letter.reviewer.licensure == ["California", "Arizona"]
    esi, tramadol = letter.items
    assert esi.request == "Lumbar epidural steroid injection at L4-5"
    assert esi.decision.value == "upheld"
    assert tramadol.decision.value == "overturned"
    assert esi.reviewer_guideline.citations[0].pages == ["46"]
    assert esi.rationale.startswith("Radiculopathy must be shown")
    assert letter.clinical_summary.startswith("The worker is a 44 year old man")

"""Requests as the letters write them, understood."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from imr.requests import parse_request


@pytest.mark.parametrize("text,category,drug,visits,quantity", [
    ("Soma 350mg #60", "medication", "carisoprodol", None, 60),
    ("Norco 10/325mg #35", "medication", "hydrocodone/acetaminophen", None, 35),
    ("Liorisal 10mg #90", "medication", "baclofen", None, 90),
    ("Retrospective for date of serve 10/7/14 Tylenol 4 #90", "medication", "codeine/acetaminophen", None, 90),
    ("Physical therapy 3 times a week for 4 weeks for the lumbar spine", "physical_therapy", None, 12, None),
    ("Eight physical therapy sessions", "physical_therapy", None, 8, None),
    ("Additional physical therapy two times four visits (8) for the lumbar", "physical_therapy", None, 8, None),
    ("Chiropractic care 2x4 for the lumbar spine", "chiropractic", None, 8, None),
    ("Acupuncture therapy sessions lumbar spine #6", "acupuncture", None, 6, None),
    ("EMG/NCV of the bilateral lower extremities", "electrodiagnostics", None, None, None),
    ("Associated surgical service: Cold therapy unit", "surgical_service", None, None, None),
    ("Pre-operative medical clearance", "surgical_service", None, None, None),
    ("MRI of the lumbar spine without contrast", "imaging", None, None, None),
    ("Right L5 transforaminal epidural steroid injection", "injection", None, None, None),
    ("TENS unit", "dme", None, None, None),
    ("Home health care 4 hours a day", "home_health", None, None, None),
    ("Functional restoration program x 10 days", "program", None, None, None),
    ("Cognitive behavioral therapy 6 sessions", "psychological", None, 6, None),
    ("L4-5 LESI", "injection", None, None, None),
    ("Bilateral L5-S1 TFESI", "injection", None, None, None),
    ("Raised toilet seat", "dme", None, None, None),
    ("Hot-cold therapy unit", "dme", None, None, None),
    ("Quantitative LC-MS confirmatory testing", "lab", None, None, None),
    ("Keflex 500mg #20 post-operative", "medication", "cephalexin", None, 20),
    ("Lovenox 40mg #14", "medication", "enoxaparin", None, 14),
    ("Post-injection follow-up visit", "surgical_service", None, None, None),
    ("Outpatient surgery center", "surgical_service", None, None, None),
])
def test_request_understanding(text, category, drug, visits, quantity):
    request = parse_request(text)
    assert request.category.value == category
    assert request.drug == drug
    assert request.visits == visits
    assert request.quantity == quantity


def test_body_part_side_levels_and_retrospective_date():
    request = parse_request("Retro DOS 11/18/16: Right L4-5, L5-S1 facet injections")
    assert request.body_parts == ["lumbar spine"] and request.side.value == "right"
    assert request.levels == ["L4-5", "L5-S1"]
    assert request.retrospective and str(request.date_of_service) == "2016-11-18"


def test_refills():
    assert parse_request("Three refills of Voltaren 75mg #60").refills == 3
    assert parse_request("Ibuprofen 600mg #90 with 2 refills").refills == 2


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_is_understood_without_error(text):
    parse_request(text)

"""A scanned (image-only) record goes through OCR and its facts reach the summary."""

from __future__ import annotations

import shutil

import pytest

from imr.clinical import extract_facts
from imr.clinical.summary import summarize
from imr.model import Case

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")

LINES = [
    "PROGRESS REPORT 11/02/2016",
    "The injured worker is a 47 year old male.",
    "He reports low back pain rated 7/10.",
    "He has completed 12 sessions of physical therapy.",
    "Straight leg raise is positive on the left.",
]


def scanned_pdf(path):
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (2550, 3300), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("DejaVuSans.ttf", 48)
    for number, line in enumerate(LINES):
        draw.text((200, 300 + number * 110), line, fill=0, font=font)
    image.save(path, "PDF", resolution=300.0)


def test_scanned_record_facts_reach_the_summary(tmp_path):
    pdf = tmp_path / "scan.pdf"
    scanned_pdf(pdf)
    case = Case.model_validate({"case_number": "X", "records": [{"kind": "progress_note", "path": str(pdf)}], "disputed_items": []})
    facts = extract_facts(case.records)
    assert facts.age.value == 47
    assert facts.therapy_visits and facts.therapy_visits[0].value == 12
    assert "47 year old male" in summarize(case)

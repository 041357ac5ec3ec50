"""What cannot be read gets a clear reason naming the file, never a traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from imr.letters.errors import LetterError
from imr.letters.parse import parse_file, parse_text


def test_empty_text_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n")
    with pytest.raises(LetterError, match="empty file") as error:
        parse_file(path)
    assert error.value.file == str(path)


def test_a_text_that_is_no_letter(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Progress note. Patient seen for low back pain.")
    with pytest.raises(LetterError, match="not an IMR letter"):
        parse_file(path)


def test_missing_file(tmp_path):
    with pytest.raises(LetterError, match="file not found"):
        parse_file(tmp_path / "nowhere.pdf")


def test_pdf_without_text_layer(tmp_path):
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument.new()
    doc.new_page(612, 792)
    path = tmp_path / "scan.pdf"
    doc.save(str(path))
    with pytest.raises(LetterError, match="no text layer: a scanned PDF, OCR needed"):
        parse_file(path)


def test_truncated_pdf(corpus, tmp_path):
    data = (corpus / "letters" / "CM16-0213037.pdf").read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 3])
    try:
        letter = parse_file(path)  # pdfium may recover the first pages
    except LetterError as error:
        assert error.file == str(path)
    else:
        assert letter.case_number == "CM16-0213037"


def test_the_command_reports_each_bad_file_and_goes_on(corpus, tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 garbage")
    good = corpus / "letters" / "CM16-0213037.pdf"
    run = subprocess.run(
        [sys.executable, "-m", "imr", "parse", str(bad), str(good)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 1
    assert run.stdout.count("\n") == 1 and "CM16-0213037" in run.stdout
    assert str(bad) in run.stderr and "Traceback" not in run.stderr


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text_is_a_letter_or_a_clear_error(text):
    try:
        parse_text(text, file="random.txt")
    except LetterError as error:
        assert error.file == "random.txt" and error.reason


_FRAGMENTS = st.sampled_from([
    "IMR ISSUES, DECISIONS AND RATIONALES\n", "Claims Administrator guideline: ", "MAXIMUS guideline: ",
    "Decision rationale: ", ": Upheld\n", "Overturned\n", "was the original request. ", "Case Number: CM16-0000001\n",
    "HOW THE IMR FINAL DETERMINATION WAS MADE\n", "State(s) of Licensure: ", "1) ", "ISSUE AT DISPUTE\n",
    "MEDICAL PROFESSIONAL REVIEW\n", "MAXIMUS FEDERAL SERVICES, INC. Independent Medical Review\n",
    "IMR DECISION(S) AND RATIONALE(S)\n", "Decision based on MTUS ", "Section(s): ", "Page(s): 12",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_FRAGMENTS, st.text(max_size=30)), max_size=40))
def test_letter_shaped_garbage_never_raises_anything_else(parts):
    try:
        parse_text("".join(parts), file="shaped.txt")
    except LetterError:
        pass


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_as_a_pdf(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("bytes") / "random.pdf"
    path.write_bytes(data)
    try:
        parse_file(path)
    except LetterError as error:
        assert error.file == str(path)

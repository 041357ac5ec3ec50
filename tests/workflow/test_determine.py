"""The whole IMR: six files per case, a letter that reads back, a PDF with the decisions."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from imr.letters.parse import parse_file
from imr.letters.pdf import extract_text
from imr.model import Case
from imr.reviewers import default_panel
from imr.workflow import determine

FILES = {"determination.json", "letter.txt", "letter.html", "letter.pdf", "public.txt", "public.pdf"}


@pytest.fixture(scope="module")
def sample_cases(corpus):
    lines = (corpus / "cases.jsonl").read_text().splitlines()
    return [Case.model_validate(json.loads(line)) for line in lines[:: len(lines) // 4]]


def test_each_case_gets_six_files_and_its_letter_reads_back(sample_cases, tmp_path):
    for case in sample_cases:
        record = determine(case, tmp_path, panel=default_panel(), decision_date=dt.date(2017, 1, 15))
        folder = tmp_path / case.case_number
        assert {p.name for p in folder.iterdir()} == FILES
        letter = parse_file(folder / "letter.txt")
        assert [(i.request, i.decision.value) for i in letter.items] == [
            (d["request"], d["decision"]) for d in record["determinations"]
        ]
        assert letter.case_number == case.case_number
        for pdf in ("letter.pdf", "public.pdf"):
            assert "IMR ISSUES, DECISIONS AND" in extract_text(folder / pdf)


def test_an_unassignable_case_is_reported_not_crashed(sample_cases, tmp_path):
    record = determine(sample_cases[0], tmp_path, panel=[], decision_date=dt.date(2017, 1, 15))
    assert record["state"] == "unassignable"
    assert (tmp_path / sample_cases[0].case_number / "determination.json").is_file()


def test_the_command_runs_a_case_file(sample_cases, tmp_path):
    import subprocess
    import sys

    cases = tmp_path / "cases.jsonl"
    cases.write_text(sample_cases[1].model_dump_json() + "\n")
    run = subprocess.run(
        [sys.executable, "-m", "imr", "determine", str(cases), "-o", str(tmp_path / "out"), "--decision-date", "2017-01-15"],
        capture_output=True, text=True,
    )
    assert run.returncode == 0, run.stderr
    assert {p.name for p in (tmp_path / "out" / sample_cases[1].case_number).iterdir()} == FILES

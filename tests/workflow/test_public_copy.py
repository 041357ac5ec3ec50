"""Public copies leak no identifier and keep every item and decision: 40 generated cases
with identifiers planted in the parties and in the records (a physician named only there)."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from imr.engine import review_case
from imr.letters.parse import parse_text
from imr.letters.render import letter_from_determination, render_text
from imr.model import Case, ReviewerCredentials
from imr.redact import redact_letter

FIRST = ["Maria", "James", "Linda", "Robert", "Aiko", "Oluwaseun", "Priya", "Diego", "Hannah", "Wei"]
LAST = ["Gonzalez", "Whitfield", "Okafor", "Nakamura", "Brennan", "Castellanos", "Lindqvist", "Abernathy", "Moreau", "Kowalczyk"]
ORGS = ["Sunrise Packing Co.", "Bayview Logistics, Inc.", "Golden State Claims LLC", "Redwood Mutual Insurance", "Harbor Freightways Corp."]
STREETS = ["Elm Street", "Mission Blvd", "Sycamore Avenue", "Ocean View Drive", "Pine Road"]
CITIES = ["Fresno", "Oakland", "San Diego", "Sacramento", "Riverside"]
REQUESTS = ["Norco 10/325mg #60", "MRI of the lumbar spine", "Physical therapy 2x6 for the lumbar spine",
            "Acupuncture 6 sessions", "EMG/NCV of the bilateral lower extremities", "Soma 350mg #60"]


def planted_case(seed: int) -> tuple[Case, list[str]]:
    rng = random.Random(seed)
    worker = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    doctor = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    records_doctor = f"{rng.choice(FIRST)} {rng.choice(LAST)}"  # named only in the records
    employer, insurer = rng.sample(ORGS, 2)
    address = f"{rng.randint(10, 9999)} {rng.choice(STREETS)}, {rng.choice(CITIES)}, CA {rng.randint(90001, 96162)}"
    phone = rng.choice(["({a}) {b}-{c}", "{a}-{b}-{c}", "{a}.{b}.{c}"]).format(a=rng.randint(200, 989), b=rng.randint(200, 999), c=rng.randint(1000, 9999))
    ssn = f"{rng.randint(100, 899)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    dob = dt.date(rng.randint(1950, 1995), rng.randint(1, 12), rng.randint(1, 28))
    claim = f"WC{rng.randint(100000, 999999)}-{rng.randint(10, 99)}"
    note = (
        f"{worker} (DOB {dob.strftime('%m/%d/%Y')}) was seen on 11/02/2016 by {doctor}, M.D. for low back pain "
        f"after lifting boxes at {employer} on 10/13/2016. She lives at {address} and can be reached at {phone}; "
        f"SSN {ssn}. Claim number {claim} is handled by {insurer}. Physical therapy with Dr. {records_doctor.split()[1]} "
        f"was noted. {records_doctor}, PA-C, documented spasm and pain 7/10. Straight leg raise was positive."
    )
    items = rng.sample(REQUESTS, rng.randint(1, 3))
    case = Case.model_validate({
        "case_number": f"CM16-{seed:07d}", "date_of_injury": "2016-10-13", "ur_decision_date": "2016-11-20",
        "application_received": "2016-11-25",
        "parties": {"employee": {"name": worker, "date_of_birth": dob.isoformat(), "address": address, "phone": phone, "ssn": ssn},
                    "employer": {"name": employer}, "claims_administrator": {"name": insurer, "claim_number": claim},
                    "treating_physician": {"name": doctor}},
        "records": [{"kind": "progress_note", "date": "2016-11-02", "text": note}],
        "disputed_items": [{"id": str(i), "request": r} for i, r in enumerate(items, 1)],
    })
    secrets = [worker, *worker.split(), doctor.split()[1], records_doctor, records_doctor.split()[1], employer,
               insurer, address.split(",")[0], phone, ssn, dob.strftime("%m/%d/%Y"), claim]
    return case, secrets


@pytest.mark.parametrize("seed", range(40))
def test_public_copy_leaks_nothing_and_keeps_every_decision(seed):
    case, secrets = planted_case(seed)
    determination = review_case(case)
    letter = letter_from_determination(
        case, determination, credentials=ReviewerCredentials(licensure=["California"], specialties=["Family Practice"]),
        summary=case.records[0].text, decision_date=dt.date(2016, 12, 20),
    )
    public_text = render_text(redact_letter(letter, parties=case.parties, records=case.records))
    leaked = [s for s in secrets if s.lower() in public_text.lower()]
    assert leaked == []
    read_back = parse_text(public_text)
    assert [(i.request, i.decision) for i in read_back.items] == [(d.request, d.decision) for d in determination.determinations]
    assert "10/13/2016" in public_text and "11/02/2016" in public_text  # dates of injury and service kept
    assert "Straight leg raise was positive" in public_text


def test_a_person_named_only_as_the_one_who_saw_the_worker_is_removed():
    from imr.redact import redact_text

    text = "On 11/02/2016 she was seen by Evelyn Hartwell for low back pain; Norco was continued."
    public = redact_text(text)
    assert "Hartwell" not in public and "Evelyn" not in public
    assert "Norco was continued" in public and "11/02/2016" in public


@pytest.mark.parametrize("seed", [3, 17, 29])
def test_the_public_pdf_leaks_nothing_either(seed, tmp_path):
    from imr.letters.pdf import extract_text
    from imr.reviewers import default_panel
    from imr.workflow import determine

    case, secrets = planted_case(seed)
    determine(case, tmp_path, panel=default_panel(), decision_date=dt.date(2016, 12, 20))
    text = " ".join(extract_text(tmp_path / case.case_number / "public.pdf").split())
    assert [s for s in secrets if s.lower() in text.lower()] == []
    assert "IMR ISSUES, DECISIONS AND RATIONALES" in text

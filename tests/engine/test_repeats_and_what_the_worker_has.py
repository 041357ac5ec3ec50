"""What was already done or is already owned: a second MRI without a change, a fourth shoulder
injection, a splint the worker already wears, and a nerve study that tells a root from an
entrapment — decided as the letters decide them."""

from __future__ import annotations

import datetime as dt

import imr
from imr.model import Case, CaseItem, Record


def decide(text: str, request: str) -> tuple[str, list[str]]:
    case = Case(case_number="CM16-0000004", date_of_injury=dt.date(2014, 3, 1), ur_decision_date=dt.date(2016, 9, 1),
                records=[Record(kind="clinical_summary", text=text)], disputed_items=[CaseItem(id="1", request=request)])
    found = imr.review(case).determinations[0]
    return found.decision.value, [c.id for c in found.criteria if c.met is not True]


RADICULAR = ("The injured worker has low back pain radiating down the right leg with decreased sensation over the right L5 "
             "dermatome and a positive straight leg raise, despite physical therapy and medications. ")


def test_a_repeat_mri_needs_a_change_since_the_last_one():
    done = RADICULAR + "A lumbar MRI in 2015 showed an L4-5 protrusion abutting the right L5 nerve root."
    assert decide(done, "Repeat MRI of the lumbar spine") == ("upheld", ["not_repeated"])
    changed = done + " Since then she has developed new weakness of the right ankle dorsiflexors."
    assert decide(changed, "Repeat MRI of the lumbar spine")[0] == "overturned"


def test_subacromial_injections_are_two_or_three():
    text = ("The injured worker has right shoulder impingement that persists despite physical therapy and a home exercise "
            "program. She has had three subacromial injections in the past year, each with brief relief.")
    assert decide(text, "Right shoulder subacromial corticosteroid injection") == ("upheld", ["series"])
    assert decide(text.replace("three subacromial injections", "one subacromial injection"),
                  "Right shoulder subacromial corticosteroid injection")[0] == "overturned"


def test_equipment_the_worker_already_wears_is_not_needed_again():
    text = ("The injured worker has right carpal tunnel syndrome with positive Tinel's and Phalen's signs, numbness of the "
            "right thumb and index finger despite therapy. A right wrist cock-up splint was dispensed in 2015 and she wears it nightly.")
    assert decide(text, "Right wrist cock-up splint") == ("upheld", ["not_owned"])
    broken = text + " The splint is broken and no longer fits."
    assert decide(broken, "Right wrist cock-up splint")[0] == "overturned"


def test_a_nerve_study_tells_a_root_from_an_entrapment():
    text = ("The injured worker has neck pain with numbness of the right thumb and index finger for five months despite physical "
            "therapy. Examination showed decreased light touch over the right thumb and grip 4+/5. Cervical MRI showed moderate "
            "right C5-6 neuroforaminal narrowing.")
    assert decide(text, "EMG/NCV of the right upper extremity") == ("upheld", ["not_obvious"])
    suspected = text + " A Tinel's sign was positive at the right wrist and carpal tunnel syndrome is suspected."
    assert decide(suspected, "EMG/NCV of the right upper extremity")[0] == "overturned"


def test_both_arms_are_studied_only_for_findings_on_both_sides():
    text = ("The injured worker has numbness of the left thumb and index finger and a positive Tinel's sign at the left "
            "wrist despite splinting and therapy; the right hand is normal.")
    assert decide(text, "EMG/NCV of the bilateral upper extremities") == ("upheld", ["sides"])
    assert decide(text, "EMG/NCV of the left upper extremity")[0] == "overturned"


def test_a_service_follows_the_operation_disputed_with_it():
    text = ("The injured worker has axial low back pain. A lumbar MRI showed degenerative disc disease at L4-5 and L5-S1 "
            "without instability. Physical therapy and chiropractic care failed and the pain persists.")
    case = Case(case_number="CM16-0000006", date_of_injury=dt.date(2014, 3, 1), ur_decision_date=dt.date(2016, 9, 1),
                records=[Record(kind="clinical_summary", text=text)],
                disputed_items=[CaseItem(id="1", request="L4-S1 posterior lumbar interbody fusion"),
                                CaseItem(id="2", request="3-in-1 commode"),
                                CaseItem(id="3", request="Post-op home health nursing x6 visits")])
    decided = imr.review(case).determinations
    assert [d.decision.value for d in decided] == ["upheld", "upheld", "upheld"]
    assert any(c.id in ("operation", "surgery") and c.met is False for c in decided[1].criteria)

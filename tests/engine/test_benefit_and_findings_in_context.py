"""Facts read in their context: the benefit told in the sentence after the drug is named, an
examination of the one limb the case is about, a flare of chronic pain that is not acute pain,
and a nerve study for a suspected carpal tunnel syndrome cited to the hand chapter."""

from __future__ import annotations

import datetime as dt

import imr
from imr.model import Case, CaseItem, Record


def decide(text: str, request: str, ur: dt.date = dt.date(2014, 8, 19), injury: dt.date = dt.date(2012, 5, 9)):
    case = Case(case_number="CM14-0000005", date_of_injury=injury, ur_decision_date=ur,
                records=[Record(kind="clinical_summary", text=text)], disputed_items=[CaseItem(id="1", request=request)])
    return imr.review(case).determinations[0]


def test_the_benefit_told_after_the_drug_is_named():
    text = ("The patient has low back pain radiating into the right leg with numbness in the right foot. Gabapentin 600mg "
            "three times daily was started in April 2014. Since then she reports that her leg pain has decreased from 8/10 "
            "to 4/10 and she can walk for 30 minutes instead of 10.")
    assert decide(text, "Gabapentin 600mg #90").decision.value == "overturned"
    unhelped = text.replace("Since then she reports that her leg pain has decreased from 8/10 to 4/10 and she can walk "
                            "for 30 minutes instead of 10.", "The note states that it is not helping much.")
    assert decide(unhelped, "Gabapentin 600mg #90").decision.value == "upheld"


def test_an_examination_of_the_one_limb_the_case_is_about():
    text = ("The patient fell onto his outstretched right arm and has right shoulder pain with catching. Examination shows "
            "positive apprehension and relocation tests. He completed three months of physical therapy without "
            "improvement and a labral repair is being considered.")
    assert decide(text, "MR arthrogram of the right shoulder").decision.value == "overturned"


def test_ketorolac_is_for_acute_pain_not_a_flare_of_chronic_pain():
    text = "The patient has chronic low back pain and received an injection of Toradol 60mg for a flare of her chronic pain."
    assert decide(text, "Retrospective Toradol 60mg IM injection").decision.value == "upheld"
    fresh = "The patient injured her low back lifting a crate three days ago and has severe acute pain."
    assert decide(fresh, "Toradol 60mg IM injection", injury=dt.date(2014, 8, 15)).decision.value == "overturned"


def test_a_nerve_study_for_a_suspected_carpal_tunnel_is_the_hand_chapters():
    text = ("The patient has numbness of the right thumb and index finger despite night splints and therapy. Tinel's and "
            "Phalen's signs are positive at the right wrist and carpal tunnel syndrome is suspected.")
    found = decide(text, "EMG/NCV of the right upper extremity")
    assert (found.decision.value, found.guideline.document) == ("overturned", "MTUS Forearm, Wrist, and Hand Complaints 2004")

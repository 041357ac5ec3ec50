"""Topical analgesics by their ingredients, and the medications the MTUS leaves to the ODG."""

from __future__ import annotations

import datetime as dt

import imr
from imr.model import Case, CaseItem, Record
from imr.requests import parse_request


def review(text: str, request: str, injury: dt.date = dt.date(2015, 2, 1)):
    c = Case(case_number="CM16-0000003", date_of_injury=injury, ur_decision_date=dt.date(2016, 11, 20),
             records=[Record(kind="progress_note", text=text)], disputed_items=[CaseItem(id="1", request=request)])
    return imr.review(c).determinations[0]


NEUROPATHIC = ("The injured worker has burning neuropathic pain in the left foot. Gabapentin and amitriptyline were tried "
               "and failed to improve the pain.")


def test_a_drug_applied_to_the_skin_is_a_topical_analgesic():
    assert parse_request("Voltaren 1% gel 100gm").drug == "diclofenac topical"
    compound = parse_request("Gabapentin 10%/Amitriptyline 10% cream 180gm")
    assert (compound.drug, compound.drug_class) == ("compounded topical", "topical analgesic")
    assert compound.ingredients == ["gabapentin", "amitriptyline"]
    assert parse_request("Duragesic 75mcg patch #10").drug_class == "opioid"
    assert "lidocaine topical" in parse_request("Terocin lotion 120ml").ingredients


def test_a_compound_with_one_ingredient_not_recommended_is_not_recommended():
    item = review(NEUROPATHIC, "Flurbiprofen 20%/Lidocaine 5% cream 180gm")
    assert item.decision.value == "upheld" and item.guideline.sections == ["Topical analgesics"]
    ingredients = next(c for c in item.criteria if c.id == "ingredients")
    assert ingredients.met is False and "flurbiprofen" in ingredients.evidence
    assert review(NEUROPATHIC, "Terocin lotion 120ml").decision.value == "upheld"  # lidocaine not as a patch


def test_the_lidocaine_patch_after_first_line_failure_for_neuropathic_pain():
    item = review(NEUROPATHIC, "Lidoderm 5% patch #30")
    assert (item.decision.value, item.guideline.sections) == ("overturned", ["Lidoderm (lidocaine patch)"])


def test_topical_diclofenac_is_for_arthritis_of_a_joint_not_the_spine():
    knee = "The injured worker has osteoarthritis of the right knee and cannot tolerate oral NSAIDs."
    assert review(knee, "Voltaren 1% gel for the right knee", injury=dt.date(2016, 10, 1)).decision.value == "overturned"
    back = "The injured worker has chronic low back pain with lumbar degenerative disc disease."
    item = review(back, "Voltaren 1% gel for the low back")
    assert item.decision.value == "upheld" and item.guideline.sections == ["Topical analgesics (NSAIDs)"]


def test_medications_the_mtus_does_not_address_are_decided_on_the_odg():
    opioid_nausea = "The injured worker takes Norco for chronic low back pain and reports nausea from it."
    item = review(opioid_nausea, "Zofran 8mg #20")
    assert (item.decision.value, item.guideline.document) == ("upheld", "Official Disability Guidelines (ODG)")
    assert review("The injured worker has post-traumatic migraine headaches since the fall.", "Imitrex 50mg #9").decision.value == "overturned"
    assert review("The injured worker has chronic neck pain and no headaches.", "Imitrex 50mg #9").decision.value == "upheld"
    item = review("The injured worker has chronic low back pain and is sleepy from opioids.", "Provigil 200mg #30")
    assert item.decision.value == "upheld" and not item.needs_physician_review


def test_a_new_short_course_of_a_muscle_relaxant_for_a_flare():
    flare = "The injured worker has chronic low back pain with an acute exacerbation and paraspinal spasm last week."
    assert review(flare, "Flexeril 10mg one tab TID #21").decision.value == "overturned"  # seven days
    assert review(flare, "Flexeril 10mg one tab TID #90").decision.value == "upheld"  # a month


def test_opioids_continue_on_clinically_meaningful_relief():
    good = ("Pain is 7/10 without medication and 3/10 with tramadol. She returned to full duty. The urine drug screen "
            "was consistent and there is no aberrant behavior.")
    assert review(good, "Tramadol ER 150mg #30").decision.value == "overturned"
    slight = good.replace("3/10 with tramadol", "6/10 with tramadol")
    item = review(slight, "Tramadol ER 150mg #30")
    assert item.decision.value == "upheld"
    assert "a reduction of 1 point" in next(c for c in item.criteria if c.id == "analgesia").evidence


def test_a_continued_drug_needs_its_own_benefit():
    said_no = "The injured worker has L5 radiculopathy. He says gabapentin doesn't really do much. Norco helps his pain."
    assert review(said_no, "Gabapentin 600mg #90").decision.value == "upheld"
    helped = "The injured worker has L5 radiculopathy. Gabapentin reduced the burning leg pain by about 40 percent."
    assert review(helped, "Gabapentin 600mg #90").decision.value == "overturned"
    new = "The injured worker has L5 radiculopathy with burning pain down the leg."
    assert review(new, "Gabapentin 300mg #90").decision.value == "overturned"  # a first trial


def test_trazodone_is_for_insomnia_with_depression():
    item = review("The injured worker has insomnia from chronic pain and no depression.", "Trazodone 50mg #30")
    assert (item.decision.value, item.guideline.document) == ("upheld", "Official Disability Guidelines (ODG)")
    both = review("The injured worker has insomnia and depression secondary to chronic pain.", "Trazodone 50mg #30")
    assert both.decision.value == "overturned"

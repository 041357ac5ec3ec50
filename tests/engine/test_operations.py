"""The operations themselves, by the criteria of the surgical chapters: the lesion on imaging, the
conservative care that came first, and what bars the operation — decided as the letters decide
them, with the services that go with each operation following its decision."""

from __future__ import annotations

import datetime as dt

import imr
from imr.model import Case, CaseItem, Record

UR = dt.date(2015, 6, 10)


def decide(text: str, *requests: str, injury: dt.date = dt.date(2014, 6, 2)) -> dict[str, tuple[str, str, list[str]]]:
    items = [CaseItem(id=str(i), request=r) for i, r in enumerate(requests, 1)]
    case = Case(case_number="CM15-0000003", date_of_injury=injury, ur_decision_date=UR,
                records=[Record(kind="clinical_summary", text=text)], disputed_items=items)
    return {d.request: (d.decision.value, d.guideline.document, d.guideline.sections) for d in imr.review(case).determinations}


IMPINGEMENT = (
    "The injured worker is a 48-year-old female with right shoulder impingement syndrome. An MRI of the right "
    "shoulder dated 09-15-2014 revealed a partial thickness supraspinatus tear and acromioclavicular joint arthrosis. "
    "Treatment to date has included 24 sessions of physical therapy and two subacromial corticosteroid injections "
    "with temporary relief. Neer and Hawkins signs are positive and pain persists at 7/10."
)


def test_decompression_for_impingement_after_months_of_care_and_an_injection():
    result = decide(IMPINGEMENT, "Right shoulder arthroscopy with subacromial decompression",
                    "Associated surgical service: post-operative physical therapy 2x6 for the right shoulder")
    assert result["Right shoulder arthroscopy with subacromial decompression"][:2] == ("overturned", "MTUS Shoulder Complaints 2004")
    assert result["Associated surgical service: post-operative physical therapy 2x6 for the right shoulder"][0] == "overturned"


def test_decompression_waits_for_the_injection_and_the_months_of_care():
    no_injection = IMPINGEMENT.replace(" and two subacromial corticosteroid injections with temporary relief", "")
    assert decide(no_injection, "Right shoulder arthroscopy with subacromial decompression")[
        "Right shoulder arthroscopy with subacromial decompression"][0] == "upheld"
    six_weeks = decide(IMPINGEMENT, "Right shoulder arthroscopy with subacromial decompression", injury=dt.date(2015, 4, 28))
    assert six_weeks["Right shoulder arthroscopy with subacromial decompression"][0] == "upheld"


def test_a_rotator_cuff_repair_is_for_a_full_thickness_tear_with_weakness():
    full = ("An MRI of the left shoulder revealed a full thickness tear of the supraspinatus tendon with retraction. "
            "Strength was 4/5 in abduction and external rotation.")
    assert decide(full, "Left shoulder rotator cuff repair", injury=dt.date(2015, 3, 1))["Left shoulder rotator cuff repair"][0] == "overturned"
    partial = full.replace("a full thickness tear", "an almost full-thickness partial tear").replace(" with retraction", "")
    assert decide(partial, "Left shoulder rotator cuff repair", injury=dt.date(2015, 3, 1))["Left shoulder rotator cuff repair"][0] == "upheld"


MENISCUS = (
    "The injured worker is a 35-year-old female with right knee pain after a twisting injury. She reports locking and "
    "giving way. An MRI of the right knee showed a complex tear of the posterior horn of the medial meniscus. "
    "Examination showed medial joint line tenderness and a positive McMurray test. She completed 12 sessions of "
    "physical therapy without improvement and her knee pain persists."
)


def test_a_meniscectomy_for_a_clear_tear_with_mechanical_symptoms():
    result = decide(MENISCUS, "Right knee arthroscopy with partial medial meniscectomy")
    assert result["Right knee arthroscopy with partial medial meniscectomy"][:2] == ("overturned", "MTUS Knee Complaints 2004")


def test_no_meniscectomy_for_a_degenerative_tear_in_an_arthritic_knee():
    arthritic = MENISCUS.replace("a complex tear of the posterior horn", "a degenerative tear of the posterior horn") + (
        " X-rays showed moderate medial compartment osteoarthritis.")
    assert decide(arthritic, "Right knee arthroscopy with partial medial meniscectomy")[
        "Right knee arthroscopy with partial medial meniscectomy"][0] == "upheld"


def test_a_lumbar_fusion_is_for_instability_not_disc_pain():
    disc_pain = ("The injured worker has axial low back pain. An MRI of the lumbar spine revealed degenerative disc disease at "
                 "L4-5 and L5-S1 without stenosis. Physical therapy and chiropractic care failed and pain persists at 7/10.")
    result = decide(disc_pain, "L4-S1 posterior lumbar interbody fusion", "Associated surgical service: 3 day inpatient stay")
    assert result["L4-S1 posterior lumbar interbody fusion"][:2] == ("upheld", "MTUS Low Back Complaints 2004")
    assert result["Associated surgical service: 3 day inpatient stay"][0] == "upheld"
    slipped = disc_pain.replace("degenerative disc disease at L4-5 and L5-S1 without stenosis",
                                "a grade II spondylolisthesis at L4-5 with 5 mm of translation on flexion-extension films")
    assert decide(slipped, "L4-5 posterior lumbar interbody fusion")["L4-5 posterior lumbar interbody fusion"][0] == "overturned"


def test_a_discectomy_needs_the_lesion_on_imaging():
    text = ("The injured worker has low back pain radiating down the left leg with numbness. Examination shows a positive "
            "straight leg raise and decreased sensation in the left S1 dermatome. Physical therapy and two epidural "
            "steroid injections failed and the pain persists.")
    assert decide(text, "Left L5-S1 microdiscectomy")["Left L5-S1 microdiscectomy"][0] == "upheld"
    imaged = text + " An MRI of the lumbar spine revealed a 6 mm disc extrusion at L5-S1 compressing the left S1 nerve root."
    assert decide(imaged, "Left L5-S1 microdiscectomy")["Left L5-S1 microdiscectomy"][0] == "overturned"


def test_elbow_and_wrist_operations_have_their_own_criteria():
    epicondylitis = ("The injured worker has right lateral epicondylitis. A counterforce brace, physical therapy and two "
                     "corticosteroid injections failed and the elbow pain persists.")
    early = decide(epicondylitis, "Right lateral epicondylar release", injury=dt.date(2015, 2, 1))
    assert early["Right lateral epicondylar release"][:2] == ("upheld", "MTUS Elbow Complaints 2007")
    assert decide(epicondylitis, "Right lateral epicondylar release", injury=dt.date(2013, 2, 1))[
        "Right lateral epicondylar release"][0] == "overturned"
    tfcc = ("An MRI arthrogram of the left wrist revealed a tear of the triangular fibrocartilage complex. Splinting, a cortisone "
            "injection and therapy failed and the wrist pain persists.")
    wrist = decide(tfcc, "Left wrist arthroscopy with TFCC debridement")["Left wrist arthroscopy with TFCC debridement"]
    assert wrist[:2] == ("overturned", "MTUS Forearm, Wrist, and Hand Complaints 2004")


def test_hardware_comes_out_only_when_it_is_the_problem():
    prominent = ("The injured worker underwent ORIF of a right ankle fracture. X-rays show a healed fracture. He has "
                 "persistent pain over the lateral plate and screws, which are prominent and irritated with shoe wear.")
    result = decide(prominent, "Right ankle hardware removal")["Right ankle hardware removal"]
    assert result[0] == "overturned" and result[1] == "Official Disability Guidelines (ODG)"
    routine = "The injured worker underwent ORIF of a right ankle fracture. X-rays show a healed fracture."
    assert decide(routine, "Right ankle hardware removal")["Right ankle hardware removal"][0] == "upheld"
    intact = routine + " The hardware is in good position, without loosening, and the ache is diffuse."
    assert decide(intact, "Removal of right ankle hardware")["Removal of right ankle hardware"][0] == "upheld"

"""Facts from the records, with negation, history and hypotheticals."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from imr.clinical import extract_facts
from imr.model import Record


def facts_of(text: str, **kwargs):
    return extract_facts([Record(text=text)], **kwargs)


def test_denied_functional_improvement_is_not_improvement():
    facts = facts_of("There is no documentation of objective functional improvement with Norco.")
    assert facts.functional_improvement.value is False


def test_asserted_functional_improvement_quotes_its_sentence():
    facts = facts_of("Pain is 7/10. With Norco she is able to walk her dog and work full duty.")
    assert facts.functional_improvement.value is True
    assert facts.functional_improvement.evidence.text.startswith("With Norco she is able to walk")


def test_denied_radicular_symptoms_are_not_radiculopathy():
    assert facts_of("He denies radicular symptoms. Straight leg raise was negative.").radiculopathy.value is False


def test_a_hypothetical_mri_is_not_imaging_done():
    assert facts_of("If symptoms persist, consider MRI of the lumbar spine.").imaging_done == []


def test_pain_with_and_without_medication():
    facts = facts_of("Pain was rated 8/10 without medications and 4/10 with medications.")
    assert (facts.pain_without_medication.value, facts.pain_with_medication.value) == (8.0, 4.0)


def test_therapy_completed_and_age_sex_chronicity():
    facts = facts_of(
        "The injured worker is a 52 year old female. She has completed 12 sessions of physical therapy.",
        date_of_injury=dt.date(2015, 1, 1), reference_date=dt.date(2016, 1, 1),
    )
    assert facts.age.value == 52 and facts.sex.value == "female"
    assert facts.therapy_visits[0].value == 12
    assert 11.5 < facts.months_since_injury < 12.5


def test_the_utilization_review_is_not_a_fact_about_the_worker():
    facts = facts_of("Utilization review determined that the MRI was not medically necessary due to no red flags.")
    assert facts.red_flags == [] and facts.imaging_done == []


def test_empty_records_give_empty_facts():
    assert extract_facts([]).model_dump(exclude_none=True, exclude_defaults=True) == {}


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_gives_facts_never_an_error(text):
    extract_facts([Record(text=text)])


def test_a_surgery_the_utilization_review_certified_is_a_fact_for_its_services():
    certified = facts_of("Utilization review certified the right shoulder arthroscopy and non-certified the cold therapy unit.")
    refused = facts_of("Utilization review non-certified the requested lumbar fusion and the assistant surgeon.")
    assert certified.surgery_certified and not refused.surgery_certified


def test_a_planned_procedure_is_a_plan_not_a_hypothetical():
    facts = facts_of("A subacromial cortisone injection is contemplated to treat the current symptoms.")
    assert facts.procedure_planned
    assert facts_of("Surgery was recommended by the orthopedist.").surgery_requested


def test_a_blood_pressure_is_not_a_pain_score():
    assert facts_of("Blood pressure was 143 over 103 mmHg and 120/100 on recheck.").pain_score is None
    assert facts_of("Blood pressure 143/103; pain 6/10.").pain_score.value == 6.0


def test_visits_already_authorized_count_as_a_course():
    facts = facts_of("On 11/5/2016 six sessions were requested and #6 sessions physical therapy authorized.")
    assert [f.value for f in facts.therapy_visits] == [6.0]


def test_conditions_that_raise_operative_risk_and_peripheral_nerve_disorders():
    facts = facts_of("He has diabetes and hypertension. NCV showed right carpal tunnel syndrome.")
    assert facts.comorbidities and facts.peripheral_neuropathy
    assert not facts_of("He denies diabetes or heart disease.").comorbidities


def test_a_course_not_received_is_not_a_course_done():
    assert facts_of("He had received no physical therapy.").therapy_visits == []


def test_an_ulcer_in_the_history_is_a_gastrointestinal_risk():
    facts = facts_of("Past medical history includes a bleeding gastric ulcer in 2013. He denied dyspepsia.")
    assert facts.gi_risk.value is True


def test_failed_conservative_care_as_reviewers_read_it():
    inferred = facts_of("Treatment to date has included 12 sessions of physical therapy and naproxen. "
                        "On 9-13-2016 she reported low back pain rated 7 out of 10.")
    assert inferred.failed_conservative_care.value is True
    assert inferred.failed_conservative_care.evidence.text.startswith("Treatment to date")
    medication_only = facts_of("Treatment to date includes medications. Pain is 7/10.")
    assert medication_only.failed_conservative_care is None
    resolved = facts_of("Treatment to date has included physical therapy. Pain is 2/10.")
    assert resolved.failed_conservative_care is None


def test_what_the_records_lack_reaches_the_end_of_the_clause():
    facts = facts_of("The note made no mention of the applicant's having issues with upper extremity paresthesias.")
    assert facts.neuropathic_pain is None or facts.neuropathic_pain.value is False

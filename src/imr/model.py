"""The domain model: the one language every stage of imr speaks.

A published Final Determination Letter reads into a :class:`Letter`; a case sent for
review is a :class:`Case`; the review engine answers with a :class:`Determination`.
All are pydantic v2 models, so the same schema validates files, CLI output and the API.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=False)


class Decision(str, Enum):
    """The outcome for one disputed item."""

    UPHELD = "upheld"  # the UR denial stands: not medically necessary
    OVERTURNED = "overturned"  # medically necessary


class Priority(str, Enum):
    STANDARD = "standard"
    EXPEDITED = "expedited"


class Layout(str, Enum):
    """The published letter layouts imr recognises."""

    FINAL_DETERMINATION = "final_determination"  # "HOW THE IMR FINAL DETERMINATION WAS MADE"
    MAXIMUS_FEDERAL = "maximus_federal"  # "MAXIMUS FEDERAL SERVICES, INC. Independent Medical Review"
    PROFESSIONAL_REVIEW = "professional_review"  # "MEDICAL PROFESSIONAL REVIEW"


class GuidelineCitation(_Model):
    """One guideline document cited, with the parts of it relied on.

    ``document`` is written as the letters write it, e.g. "MTUS Chronic Pain Medical
    Treatment 2016" or, for a source outside the MTUS, "Official Disability Guidelines
    (ODG) Pain".
    """

    document: str
    mtus: bool
    edition: int | None = None
    sections: list[str] = Field(default_factory=list)
    pages: list[str] = Field(default_factory=list)


class GuidelineStatement(_Model):
    """A "… guideline:" paragraph of a letter, as written and as structure."""

    text: str
    citations: list[GuidelineCitation] = Field(default_factory=list)
    # "The Claims Administrator did not cite any medical evidence for its decision."
    cited_none: bool = False
    # "… based their decision on recommendation(s) outside of the MTUS Guidelines."
    outside_mtus: bool = False


class ReviewerCredentials(_Model):
    licensure: list[str] = Field(default_factory=list)
    specialties: list[str] = Field(default_factory=list)


class DisputedItem(_Model):
    """A treatment or service in dispute, as the case or the letter states it.

    When the claims administrator certified part of a request, ``original_request`` is
    what the physician asked for, ``authorized`` the part certified, and ``request`` the
    remaining IMR-eligible portion that is in dispute.
    """

    id: str | None = None
    request: str
    original_request: str | None = None
    authorized: str | None = None
    decision: Decision | None = None
    claims_administrator_guideline: GuidelineStatement | None = None
    reviewer_guideline: GuidelineStatement | None = None
    rationale: str | None = None


class Letter(_Model):
    """A Final Determination Letter read from a published file."""

    file: str | None = None
    layout: Layout = Layout.FINAL_DETERMINATION
    case_number: str | None = None
    date_assigned: dt.date | None = None
    date_of_injury: dt.date | None = None
    decision_date: dt.date | None = None
    ur_denial_date: dt.date | None = None
    priority: Priority | None = None
    application_received: dt.date | None = None
    reviewer: ReviewerCredentials = Field(default_factory=ReviewerCredentials)
    clinical_summary: str | None = None
    items: list[DisputedItem] = Field(default_factory=list)


# --- review input ---------------------------------------------------------------


class Record(_Model):
    """One document of the case file: inline text, or a path to a text/PDF file."""

    kind: str = "record"
    date: dt.date | None = None
    text: str | None = None
    path: str | None = None


class Person(_Model):
    name: str | None = None
    date_of_birth: dt.date | None = None
    address: str | None = None
    phone: str | None = None
    ssn: str | None = None


class Organisation(_Model):
    name: str | None = None
    claim_number: str | None = None


class Parties(_Model):
    employee: Person | None = None
    employer: Organisation | None = None
    claims_administrator: Organisation | None = None
    treating_physician: Person | None = None


class CaseItem(_Model):
    """A disputed item as a case file presents it for review."""

    model_config = ConfigDict(extra="ignore")

    id: str
    request: str
    original_request: str | None = None
    authorized: str | None = None
    claims_administrator_guideline: str | None = None


class Case(_Model):
    """A case sent for Independent Medical Review (the input of ``imr review``)."""

    model_config = ConfigDict(extra="ignore")

    case_number: str
    priority: Priority = Priority.STANDARD
    date_of_injury: dt.date | None = None
    ur_decision_date: dt.date | None = None
    application_received: dt.date | None = None
    records: list[Record] = Field(default_factory=list)
    disputed_items: list[CaseItem] = Field(default_factory=list)
    parties: Parties | None = None


# --- understanding: the request and the facts of the records --------------------


class Category(str, Enum):
    """What kind of treatment or service a request is."""

    MEDICATION = "medication"
    IMAGING = "imaging"
    ELECTRODIAGNOSTICS = "electrodiagnostics"
    PHYSICAL_THERAPY = "physical_therapy"  # physical and occupational therapy, physical medicine
    CHIROPRACTIC = "chiropractic"
    ACUPUNCTURE = "acupuncture"
    INJECTION = "injection"  # epidural, facet, trigger point, joint, nerve blocks, RF ablation
    SURGERY = "surgery"
    SURGICAL_SERVICE = "surgical_service"  # goes with a surgery: assistant, pre-op, post-op DME, stay
    DME = "dme"  # durable medical equipment, braces, TENS, supplies
    CONSULTATION = "consultation"  # referrals and specialist consultations
    OFFICE_VISIT = "office_visit"  # follow-up visits
    PSYCHOLOGICAL = "psychological"  # evaluation, testing, psychotherapy, CBT, biofeedback
    LAB = "lab"  # laboratory tests, urine drug screens, genetic tests
    HOME_HEALTH = "home_health"
    PROGRAM = "program"  # functional restoration, work hardening, weight loss, detox, hospital day
    TRANSPORTATION = "transportation"
    OTHER = "other"


class Side(str, Enum):
    LEFT = "left"
    RIGHT = "right"
    BILATERAL = "bilateral"


class Request(_Model):
    """A disputed item's free text understood as a structured request."""

    text: str
    category: Category = Category.OTHER
    procedure: str | None = None  # "MRI", "EMG/NCV", "epidural steroid injection", "knee arthroscopy"
    body_parts: list[str] = Field(default_factory=list)  # "lumbar spine", "shoulder", "knee", ...
    side: Side | None = None
    levels: list[str] = Field(default_factory=list)  # spinal levels: "L4-5", "L5-S1"
    drug: str | None = None  # generic name: "carisoprodol", "hydrocodone/acetaminophen"
    brand: str | None = None  # as written: "Soma", "Norco"
    drug_class: str | None = None  # "muscle relaxant", "opioid", "NSAID", "topical analgesic", ...
    ingredients: list[str] = Field(default_factory=list)  # generic names; a compound's each one
    strength: str | None = None  # "350 mg", "10/325 mg"
    form: str | None = None  # "tablet", "patch", "cream", ...
    quantity: int | None = None  # tablets, patches, units: "#60", "QTY: 30"
    refills: int | None = None
    frequency_per_week: float | None = None
    duration_weeks: float | None = None
    visits: int | None = None  # sessions/visits asked for ("2x6" -> 12)
    retrospective: bool = False
    date_of_service: dt.date | None = None
    associated_surgery: str | None = None  # for a surgical service: the surgery it goes with
    eligible_portion_of: str | None = None  # partial certification: the original request


class Evidence(_Model):
    """A span of the records that a fact rests on."""

    text: str  # the sentence or phrase quoted
    record: int = 0  # index in Case.records
    start: int | None = None  # character offsets in that record's text
    end: int | None = None


class Finding(_Model):
    """One clinical fact found in the records, with the span it came from.

    ``value`` is True for a fact asserted, False for one the records deny ("no documented
    functional improvement"), or a number/string for a measured fact.
    """

    value: bool | float | str
    evidence: Evidence
    label: str | None = None  # what kind, where a fact holds several ("physical therapy", "acupuncture")
    date: dt.date | None = None
    historical: bool = False  # "history of …", a past episode
    hypothetical: bool = False  # "if …", "should she develop …"


class Medication(_Model):
    name: str  # generic
    as_written: str
    start: dt.date | None = None
    duration_months: float | None = None  # how long it has been taken, when the records say
    evidence: Evidence


class Facts(_Model):
    """What the records establish, each fact with its evidence. ``None`` means not documented."""

    age: Finding | None = None
    sex: Finding | None = None
    date_of_injury: dt.date | None = None
    months_since_injury: float | None = None
    diagnoses: list[Finding] = Field(default_factory=list)
    body_parts: list[str] = Field(default_factory=list)
    medications: list[Medication] = Field(default_factory=list)
    pain_with_medication: Finding | None = None  # numeric 0-10
    pain_without_medication: Finding | None = None
    pain_score: Finding | None = None
    functional_improvement: Finding | None = None
    work_status: Finding | None = None  # "working", "modified duty", "off work", "TTD", "retired"
    returned_to_work: Finding | None = None
    drug_screen: Finding | None = None  # value: "consistent" / "inconsistent" / True (done)
    cures_checked: Finding | None = None
    pain_agreement: Finding | None = None
    aberrant_behavior: Finding | None = None
    side_effects: Finding | None = None
    red_flags: list[Finding] = Field(default_factory=list)
    neurological_deficit: Finding | None = None
    radiculopathy: Finding | None = None
    imaging_done: list[Finding] = Field(default_factory=list)
    electrodiagnostics_done: list[Finding] = Field(default_factory=list)
    therapy_visits: list[Finding] = Field(default_factory=list)  # value: number of visits done
    therapy_benefit: Finding | None = None
    surgery_requested: list[Finding] = Field(default_factory=list)
    surgery_certified: list[Finding] = Field(default_factory=list)
    surgery_done: list[Finding] = Field(default_factory=list)
    procedure_planned: list[Finding] = Field(default_factory=list)  # an injection or operation planned
    acute_exacerbation: Finding | None = None
    spasm: Finding | None = None
    failed_conservative_care: Finding | None = None
    home_exercise: Finding | None = None
    gi_risk: Finding | None = None
    depression_or_anxiety: Finding | None = None
    insomnia: Finding | None = None
    neuropathic_pain: Finding | None = None
    injections_done: list[Finding] = Field(default_factory=list)  # value: kind; with relief
    injection_relief: Finding | None = None  # percent relief and duration
    instability: Finding | None = None
    mechanical_symptoms: Finding | None = None
    # conditions that raise operative risk (heart, lung, kidney disease, diabetes, bleeding)
    comorbidities: list[Finding] = Field(default_factory=list)
    # a peripheral nerve disorder rather than a root one (polyneuropathy, an entrapment)
    peripheral_neuropathy: list[Finding] = Field(default_factory=list)
    osteoarthritis: list[Finding] = Field(default_factory=list)  # or tendinitis: a joint condition
    # every asserted mention of each fact above, for checks that ask where (which body part)
    mentions: dict[str, list[Finding]] = Field(default_factory=dict)
    # every denied mention ("the acupuncture notes did not describe any functional improvement")
    denials: dict[str, list[Finding]] = Field(default_factory=dict)


# --- review output --------------------------------------------------------------


class CriterionResult(_Model):
    """One guideline criterion checked against the records."""

    id: str
    text: str
    met: bool | None
    evidence: str  # a span quoted from the records, or "not documented"


class ItemDetermination(_Model):
    item_id: str
    request: str
    decision: Decision
    guideline: GuidelineCitation
    citations: list[GuidelineCitation] = Field(default_factory=list)
    criteria: list[CriterionResult] = Field(default_factory=list)
    rationale: str
    needs_physician_review: bool = False


class Determination(_Model):
    case_number: str
    determinations: list[ItemDetermination] = Field(default_factory=list)



# --- the IMR workflow: intake, reviewers, assignment ---------------------------------


class RuleFinding(_Model):
    """One intake rule applied: which rule, its legal source, and what it found."""

    rule: str
    citation: str
    reason: str


class Deadline(_Model):
    name: str
    due: dt.date
    rule: str
    citation: str


class Intake(_Model):
    case_number: str
    priority: Priority
    eligible: bool
    ineligible_because: list[RuleFinding] = Field(default_factory=list)
    warnings: list[RuleFinding] = Field(default_factory=list)  # to check by hand, not disqualifying
    deadlines: list[Deadline] = Field(default_factory=list)


class Reviewer(_Model):
    id: str
    name: str
    specialties: list[str] = Field(default_factory=list)
    board_certifications: list[str] = Field(default_factory=list)
    licensure: list[str] = Field(default_factory=list)
    years_in_practice: float
    hours_per_week: float
    affiliations: list[str] = Field(default_factory=list)
    current_assignments: int = 0


class Assignment(_Model):
    state: Literal["assigned", "unassignable"]
    reviewer_id: str | None = None
    credentials: ReviewerCredentials | None = None
    credentials_paragraph: str | None = None
    reasons: list[str] = Field(default_factory=list)
    excluded: dict[str, str] = Field(default_factory=dict)  # reviewer id -> why

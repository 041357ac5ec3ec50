"""The domain model: the one language every stage of imr speaks.

A published Final Determination Letter reads into a :class:`Letter`; a case sent for
review is a :class:`Case`; the review engine answers with a :class:`Determination`.
All are pydantic v2 models, so the same schema validates files, CLI output and the API.
"""

from __future__ import annotations

from datetime import date
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
    date_assigned: date | None = None
    date_of_injury: date | None = None
    decision_date: date | None = None
    ur_denial_date: date | None = None
    priority: Priority | None = None
    application_received: date | None = None
    reviewer: ReviewerCredentials = Field(default_factory=ReviewerCredentials)
    clinical_summary: str | None = None
    items: list[DisputedItem] = Field(default_factory=list)


# --- review input ---------------------------------------------------------------


class Record(_Model):
    """One document of the case file: inline text, or a path to a text/PDF file."""

    kind: str = "record"
    date: date | None = None
    text: str | None = None
    path: str | None = None


class Person(_Model):
    name: str | None = None
    date_of_birth: date | None = None
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
    date_of_injury: date | None = None
    ur_decision_date: date | None = None
    application_received: date | None = None
    records: list[Record] = Field(default_factory=list)
    disputed_items: list[CaseItem] = Field(default_factory=list)
    parties: Parties | None = None


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


DecisionWord = Literal["upheld", "overturned"]

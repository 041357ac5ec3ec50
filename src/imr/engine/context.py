"""What the engine knows while it decides one item."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from imr.clinical.context import Sentence
from imr.model import Case, Category, Facts, Request

# MTUS Postsurgical Treatment Guidelines, 8 CCR 9792.24.3: the postsurgical physical medicine
# period is at most six months after the operation (shorter for some, as the topics state)
POSTSURGICAL_MONTHS = 6
POSTOPERATIVE_MONTHS = 1  # the post-operative period of a medication (opioids for post-operative pain)
_THERAPIES = {Category.PHYSICAL_THERAPY, Category.CHIROPRACTIC, Category.ACUPUNCTURE}


@dataclass
class ItemContext:
    case: Case
    request: Request
    facts: Facts
    reference_date: dt.date | None  # the UR decision date: the edition in force, chronicity
    surgery_necessary: bool | None = None  # for a service that goes with a surgery
    surgery_evidence: str = "not documented"
    surgery: str | None = None  # the operation concerned, by procedure ("knee arthroscopy")
    surgery_parts: list[str] = field(default_factory=list)  # its body parts
    surgery_date: dt.date | None = None  # when it was done, if it was
    sentences: list[Sentence] = field(default_factory=list)  # every record's, split once per case
    # the drugs disputed in the same case and already decided: generic name -> medically necessary
    drugs_decided: dict[str, bool] = field(default_factory=dict)

    @property
    def months_since_surgery(self) -> float | None:
        if self.surgery_date is None or self.reference_date is None:
            return None
        return round((self.reference_date - self.surgery_date).days / 30.44, 1)

    @property
    def after_an_operation(self) -> bool:
        """Within the post-operative period of a medication: an operation done within a month,
        or a drug requested for the days after the operation it goes with."""
        since = self.months_since_surgery
        if since is not None and 0 <= since <= POSTOPERATIVE_MONTHS:
            return True
        return self.request.category is Category.MEDICATION and self.request.associated_surgery is not None

    @property
    def phase(self) -> str:
        """postsurgical: a service that goes with an operation, or therapy within the
        postsurgical period of one on the same region; acute: within three months of the
        injury, or a medication within a month of an operation; else chronic."""
        if self.request.associated_surgery:
            # a drug for the days after the operation treats acute (post-operative) pain
            return "acute" if self.request.category is Category.MEDICATION else "postsurgical"
        since = self.months_since_surgery
        recent = since is not None and 0 <= since
        if recent and self.request.category in _THERAPIES and since <= POSTSURGICAL_MONTHS and _same_region(self):
            return "postsurgical"
        if recent and self.request.category is Category.MEDICATION and since <= POSTOPERATIVE_MONTHS:
            return "acute"
        months = self.facts.months_since_injury
        if months is not None and months < 3:
            return "acute"
        return "chronic"


def _same_region(ctx: ItemContext) -> bool:
    asked = set(ctx.request.body_parts)
    return not asked or not ctx.surgery_parts or bool(asked & set(ctx.surgery_parts))

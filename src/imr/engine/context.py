"""What the engine knows while it decides one item."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from imr.model import Case, Facts, Request


@dataclass
class ItemContext:
    case: Case
    request: Request
    facts: Facts
    reference_date: dt.date | None  # the UR decision date: the edition in force, chronicity
    surgery_necessary: bool | None = None  # for a service that goes with a surgery
    surgery_evidence: str = "not documented"

    @property
    def phase(self) -> str:
        if self.request.associated_surgery:
            return "postsurgical"
        months = self.facts.months_since_injury
        if months is not None and months < 3:
            return "acute"
        return "chronic"

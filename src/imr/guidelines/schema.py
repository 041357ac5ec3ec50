"""The shape of a guideline document file (see docs/knowledge-base.md)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from imr.model import Category


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Edition(_Model):
    year: int
    effective: dt.date


class AppliesTo(_Model):
    categories: list[Category] = Field(default_factory=list)
    drugs: list[str] = Field(default_factory=list)
    drug_classes: list[str] = Field(default_factory=list)
    procedures: list[str] = Field(default_factory=list)
    body_parts: list[str] = Field(default_factory=list)
    surgeries: list[str] = Field(default_factory=list)  # the operation the service goes with
    wording: str | None = None  # a pattern the request's own words must match ("trial")
    records: str | None = None  # a condition the records must assert ("carpal tunnel" for a nerve study of the arms)
    since: dt.date | None = None  # a section added in a later edition applies from its date
    phase: Literal["acute", "chronic", "postsurgical", "any"] = "any"
    # true: only within a month after an operation (post-operative pain); false: only outside it
    after_operation: bool | None = None


class Criterion(_Model):
    id: str
    text: str
    check: str
    params: dict[str, Any] = Field(default_factory=dict)


class Topic(_Model):
    id: str
    section: str
    pages: list[str] = Field(default_factory=list)
    applies_to: AppliesTo = Field(default_factory=AppliesTo)
    status: Literal["recommended", "conditional", "not_recommended"]
    position: str
    criteria: list[Criterion] = Field(default_factory=list)
    criteria_from: str | None = None  # the id of a topic whose criteria this one applies too
    see_also: list[str] = Field(default_factory=list)


class Document(_Model):
    document: str
    mtus: bool
    rank: int = Field(ge=1, le=3)
    source: str
    editions: list[Edition] = Field(default_factory=list)
    topics: list[Topic]

    def edition_at(self, when: dt.date | None) -> int | None:
        """The edition in force on ``when`` (the latest when the date is unknown)."""
        if not self.editions:
            return None
        ordered = sorted(self.editions, key=lambda e: e.effective)
        if when is None:
            return ordered[-1].year
        in_force = [e for e in ordered if e.effective <= when]
        return (in_force[-1] if in_force else ordered[0]).year

    def name_at(self, when: dt.date | None) -> str:
        year = self.edition_at(when)
        return f"{self.document} {year}" if year else self.document

"""Assigning a reviewer: the qualified (more than five years in active practice, at least 24
hours a week, licensed in California), without any affiliation to a party, whose specialty
best matches the disputed items; among equals the one with the fewest current assignments,
then by id, so the same inputs always give the same reviewer."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

import yaml

from imr.model import Assignment, Case, Category, Request, Reviewer, ReviewerCredentials

MIN_YEARS = 5  # more than five years in active practice (the letters; Labor Code 4610.6)
MIN_HOURS = 24
LICENCE = "California"
_SUFFIXES = re.compile(r"\b(inc|llc|llp|corp|corporation|co|company|ltd|md|m\.d|do|pc|pa|group|medical group)\b\.?", re.I)


@lru_cache(maxsize=1)
def _map() -> dict:
    return yaml.safe_load(resources.files("imr.reviewers").joinpath("data/specialties.yaml").read_text())


def _canonical(specialty: str) -> str:
    return _map()["aliases"].get(specialty, specialty)


def normalise(name: str) -> str:
    """A party or affiliation name for comparison: case, punctuation and corporate suffixes dropped."""
    text = _SUFFIXES.sub(" ", name.lower())
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", text).split())


def _party_names(case: Case) -> dict[str, str]:
    names = {}
    parties = case.parties
    if parties is None:
        return names
    for role in ("employee", "employer", "claims_administrator", "treating_physician"):
        party = getattr(parties, role)
        if party is not None and party.name:
            names[normalise(party.name)] = role.replace("_", " ")
    return names


def _wanted(requests: Sequence[Request]) -> list[str]:
    table = _map()
    wanted: list[str] = []
    for request in requests:
        if request.category is Category.SURGERY:
            parts = request.body_parts or ["any"]
            for part in parts:
                wanted += table["surgery"].get(part, table["surgery"]["any"])
        wanted += table["categories"].get(request.category.value, table["categories"]["other"])
    ordered = []
    for specialty in wanted:
        if specialty not in ordered:
            ordered.append(specialty)
    return ordered


def _match(reviewer: Reviewer, wanted: list[str]) -> int | None:
    """Rank of the reviewer's best specialty in the wanted list (lower is better)."""
    own = {_canonical(s) for s in reviewer.specialties + reviewer.board_certifications}
    ranks = [wanted.index(s) for s in own if s in wanted]
    return min(ranks) if ranks else None


def credentials_paragraph(reviewer: Reviewer) -> str:
    specialties = ", ".join(reviewer.specialties)
    states = ", ".join(reviewer.licensure)
    return (
        f"The expert reviewer practises {specialties}, is licensed in {states}, has been in active "
        f"clinical practice for more than five years, currently practises at least 24 hours a week, "
        f"and has no affiliation with the employer, the employee, the providers or the claims administrator."
    )


def assign(
    case: Case,
    panel: Sequence[Reviewer],
    *,
    requests: Sequence[Request] | None = None,
    workload: dict[str, int] | None = None,
) -> Assignment:
    """The reviewer for ``case``, or the reason none can be assigned."""
    from imr.requests import parse_request

    requests = list(requests) if requests is not None else [parse_request(i.request) for i in case.disputed_items]
    wanted = _wanted(requests)
    parties = _party_names(case)
    excluded: dict[str, str] = {}
    eligible: list[tuple[int, int, str, Reviewer]] = []
    for reviewer in panel:
        if reviewer.years_in_practice <= MIN_YEARS:
            excluded[reviewer.id] = f"{reviewer.years_in_practice:g} years in active practice (more than {MIN_YEARS} required)"
            continue
        if reviewer.hours_per_week < MIN_HOURS:
            excluded[reviewer.id] = f"{reviewer.hours_per_week:g} hours a week in active practice (at least {MIN_HOURS} required)"
            continue
        if LICENCE not in reviewer.licensure:
            excluded[reviewer.id] = f"not licensed in {LICENCE}"
            continue
        conflict = next((parties[n] for n in map(normalise, reviewer.affiliations) if n in parties), None)
        if conflict:
            excluded[reviewer.id] = f"affiliated with the {conflict}"
            continue
        rank = _match(reviewer, wanted)
        if rank is None:
            excluded[reviewer.id] = "no specialty that evaluates or treats the disputed items"
            continue
        load = (workload or {}).get(reviewer.id, reviewer.current_assignments)
        eligible.append((rank, load, reviewer.id, reviewer))
    if not eligible:
        return Assignment(
            state="unassignable",
            reasons=["no reviewer on the panel is qualified, free of conflicts and of a matching specialty"],
            excluded=excluded,
        )
    rank, load, _, chosen = min(eligible, key=lambda e: (e[0], e[1], e[2]))
    specialty = next(s for s in wanted if s in {_canonical(x) for x in chosen.specialties + chosen.board_certifications})
    return Assignment(
        state="assigned",
        reviewer_id=chosen.id,
        credentials=ReviewerCredentials(licensure=list(chosen.licensure), specialties=list(chosen.specialties)),
        credentials_paragraph=credentials_paragraph(chosen),
        reasons=[
            f"{specialty} is among the specialties that evaluate or treat the disputed items ({', '.join(r.category.value for r in requests)})",
            f"qualified and free of conflicts; {load} current assignments",
        ],
        excluded=excluded,
    )

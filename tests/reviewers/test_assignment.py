"""Assignment: qualified, free of conflicts, matched by specialty, deterministic."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from imr.model import Case, Reviewer
from imr.reviewers import PanelError, assign, default_panel, load_panel


def case_for(*requests: str, employer: str = "Sunrise Packing Co.", physician: str = "Robert Chen") -> Case:
    return Case.model_validate({
        "case_number": "CM16-0000002",
        "parties": {"employee": {"name": "Maria Gonzalez"}, "employer": {"name": employer},
                    "claims_administrator": {"name": "Golden State Claims LLC"}, "treating_physician": {"name": physician}},
        "disputed_items": [{"id": str(i), "request": r} for i, r in enumerate(requests, 1)],
    })


def reviewer(rid: str, specialty: str, **kw) -> Reviewer:
    base = dict(id=rid, name=f"Reviewer {rid}", specialties=[specialty], licensure=["California"], years_in_practice=10, hours_per_week=30)
    base.update(kw)
    return Reviewer(**base)


def test_a_spine_surgery_goes_to_a_spine_surgeon():
    chosen = assign(case_for("L4-5 lumbar fusion"), default_panel())
    assert chosen.state == "assigned" and chosen.reviewer_id in ("R01", "R02")


def test_chiropractic_care_goes_to_a_chiropractor():
    assert assign(case_for("Chiropractic care 2x4 lumbar spine"), default_panel()).reviewer_id == "R09"


def test_cognitive_behavioural_therapy_goes_to_psychology_or_psychiatry():
    assert assign(case_for("Cognitive behavioral therapy 6 sessions"), default_panel()).reviewer_id in ("R07", "R08")


def test_a_conflicted_reviewer_is_excluded_with_the_reason():
    panel = [reviewer("A", "Chiropractic", affiliations=["Sunrise Packing Company, Inc."]), reviewer("B", "Chiropractic")]
    chosen = assign(case_for("Chiropractic 6 visits"), panel)
    assert chosen.reviewer_id == "B"
    assert chosen.excluded["A"] == "affiliated with the employer"


def test_unqualified_reviewers_are_excluded():
    panel = [
        reviewer("A", "Chiropractic", years_in_practice=5),
        reviewer("B", "Chiropractic", hours_per_week=20),
        reviewer("C", "Chiropractic", licensure=["Nevada"]),
    ]
    chosen = assign(case_for("Chiropractic 6 visits"), panel)
    assert chosen.state == "unassignable" and set(chosen.excluded) == {"A", "B", "C"}
    assert chosen.reasons


def test_workload_is_balanced_and_ties_are_broken_by_id():
    panel = [reviewer("B", "Chiropractic"), reviewer("A", "Chiropractic")]
    assert assign(case_for("Chiropractic 6 visits"), panel).reviewer_id == "A"
    assert assign(case_for("Chiropractic 6 visits"), panel, workload={"A": 3, "B": 1}).reviewer_id == "B"


NAMES = st.sampled_from(["Sunrise Packing Co.", "Golden State Claims LLC", "Robert Chen", "Maria Gonzalez", "Bayview Clinic", "Other Org"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["Chiropractic", "Physical Medicine & Rehabilitation", "Family Practice"]),
                          st.lists(NAMES, max_size=2)), min_size=1, max_size=6))
def test_a_conflicted_reviewer_is_never_assigned(entries):
    panel = [reviewer(f"R{i}", specialty, affiliations=aff) for i, (specialty, aff) in enumerate(entries)]
    case = case_for("Chiropractic 6 visits")
    first, second = assign(case, panel), assign(case, list(reversed(panel)))
    assert first.reviewer_id == second.reviewer_id  # the same inputs, the same reviewer
    if first.state == "assigned":
        chosen = next(r for r in panel if r.id == first.reviewer_id)
        parties = {"sunrise packing", "golden state claims", "robert chen", "maria gonzalez"}
        from imr.reviewers.assign import normalise

        assert not parties & {normalise(a) for a in chosen.affiliations}


def test_a_panel_file_error_names_the_reviewer_and_field(tmp_path):
    path = tmp_path / "panel.yaml"
    path.write_text("reviewers:\n  - {id: X1, name: A, years_in_practice: ten, hours_per_week: 30}\n")
    with pytest.raises(PanelError, match=r"panel.yaml: reviewer X1: years_in_practice"):
        load_panel(path)

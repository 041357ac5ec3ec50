"""The checks the knowledge base names in its criteria: small functions of the request and
the facts, each returning whether the criterion is met and the evidence for it.

``met`` is True (met, with the span that shows it), False (the records show it is not met)
or None (not documented). Parameters come from the data (docs/knowledge-base.md). The checks
live in modules by what they look at: the facts, courses of treatment, medications, the
request's words, the operation a service goes with, and combinations of other checks.
"""

from __future__ import annotations

from collections.abc import Callable

from imr.engine.checks.base import NOT_DOCUMENTED, Result
from imr.engine.checks.combine import all_of_checks, any_of_checks
from imr.engine.checks.courses import (
    max_frequency,
    max_visits,
    postsurgical_course,
    postsurgical_period,
    prior_block_relief,
    program_length,
    trial_or_improvement,
)
from imr.engine.checks.facts import (
    absent,
    age_at_least,
    any_documented,
    both_sides_involved,
    bmi_below,
    chronicity,
    distinct_findings,
    documented,
    documented_any_of,
    documented_like,
    imaging_shows,
    joint_condition,
    limb_findings,
    nerve_conduction_indicated,
    not_recent,
    radiculopathy_not_established,
    recent_onset,
    records_exclude,
    prior_count_below,
    blocks_on_each_side,
    exam_not_normal,
    pain_at_least,
    records_mention,
    stated,
    repeat_study_justified,
    risk_or_age,
    within_months_or,
)
from imr.engine.checks.medications import (
    drug_benefit,
    first_line_tried,
    class_benefit,
    class_not_stopped,
    meaningful_relief,
    no_concurrent_in_class,
    no_effective_duplicate,
    on_drug_class,
    post_operative_supply,
    short_term_use,
    topical_ingredients,
)
from imr.engine.checks.request import (
    body_part_in,
    epidural_levels,
    max_days,
    max_levels,
    request_excludes,
    request_mentions,
)
from imr.engine.checks.surgery import (
    for_a_necessary_operation,
    stay_within,
    surgery_in,
    surgery_necessary,
    surgery_region,
)

__all__ = ["CHECKS", "NOT_DOCUMENTED", "Result"]


CHECKS: dict[str, Callable[..., Result]] = {
    "documented": documented,
    "any_documented": any_documented,
    "absent": absent,
    "max_visits": max_visits,
    "trial_or_improvement": trial_or_improvement,
    "short_term_use": short_term_use,
    "post_operative_supply": post_operative_supply,
    "no_effective_duplicate": no_effective_duplicate,
    "class_benefit": class_benefit,
    "class_not_stopped": class_not_stopped,
    "no_concurrent_in_class": no_concurrent_in_class,
    "chronicity": chronicity,
    "within_months_or": within_months_or,
    "on_drug_class": on_drug_class,
    "body_part_in": body_part_in,
    "documented_like": documented_like,
    "surgery_necessary": surgery_necessary,
    "for_a_necessary_operation": for_a_necessary_operation,
    "age_at_least": age_at_least,
    "max_days": max_days,
    "postsurgical_course": postsurgical_course,
    "postsurgical_period": postsurgical_period,
    "surgery_in": surgery_in,
    "stay_within": stay_within,
    "max_frequency": max_frequency,
    "documented_any_of": documented_any_of,
    "risk_or_age": risk_or_age,
    "surgery_region": surgery_region,
    "nerve_conduction_indicated": nerve_conduction_indicated,
    "topical_ingredients": topical_ingredients,
    "joint_condition": joint_condition,
    "records_mention": records_mention,
    "pain_at_least": pain_at_least,
    "exam_not_normal": exam_not_normal,
    "blocks_on_each_side": blocks_on_each_side,
    "epidural_levels": epidural_levels,
    "imaging_shows": imaging_shows,
    "records_exclude": records_exclude,
    "limb_findings": limb_findings,
    "repeat_study_justified": repeat_study_justified,
    "prior_count_below": prior_count_below,
    "both_sides_involved": both_sides_involved,
    "stated": stated,
    "first_line_tried": first_line_tried,
    "max_levels": max_levels,
    "recent_onset": recent_onset,
    "program_length": program_length,
    "any_of_checks": any_of_checks,
    "all_of_checks": all_of_checks,
    "request_mentions": request_mentions,
    "request_excludes": request_excludes,
    "meaningful_relief": meaningful_relief,
    "bmi_below": bmi_below,
    "drug_benefit": drug_benefit,
    "radiculopathy_not_established": radiculopathy_not_established,
    "prior_block_relief": prior_block_relief,
    "distinct_findings": distinct_findings,
    "not_recent": not_recent,
}

"""The checks the knowledge base names in its criteria: small functions of the request and
the facts, each returning whether the criterion is met and the evidence for it.

``met`` is True (met, with the span that shows it), False (the records show it is not met)
or None (not documented). Parameters come from the data (docs/knowledge-base.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from imr.engine.context import ItemContext
from imr.model import Category, Finding

NOT_DOCUMENTED = "not documented"
Result = tuple[bool | None, str]

_MODALITY_WORDS = {
    Category.PHYSICAL_THERAPY: ("physical therapy", "pt", "therapy", "occupational therapy", "aquatic"),
    Category.CHIROPRACTIC: ("chiropractic",),
    Category.ACUPUNCTURE: ("acupuncture",),
    Category.PSYCHOLOGICAL: ("psychotherapy", "cognitive", "cbt"),
    Category.SURGICAL_SERVICE: ("physical therapy", "therapy", "occupational therapy"),
}


def _quote(finding: Finding) -> str:
    return finding.evidence.text


def _state(value: Any) -> Result:
    """A Facts field as a check result."""
    if value is None or value == []:
        return None, NOT_DOCUMENTED
    if isinstance(value, list):
        return True, _quote(value[0])
    if value.value is False:
        return False, _quote(value)
    return True, _quote(value)


_POSTOP = re.compile(r"post-?op\w*|after (?:the |his |her )?(?:surgery|operation)|since (?:the )?surgery|following (?:the )?surgery", re.I)
_FURTHER = re.compile(r"\b(?:additional|continued|continue|further|more|extension|extend|remaining)\b", re.I)


_RETURNED = re.compile(r"\breturn(?:ed)? (?:to|from)\b|\bback to\b", re.I)

_EXTREMITIES = {"shoulder", "elbow", "wrist", "hand", "hip", "knee", "ankle", "foot"}
_ANYWHERE = {"age", "sex", "functional_improvement", "returned_to_work", "work_status", "drug_screen",
             "cures_checked", "pain_agreement", "aberrant_behavior", "side_effects", "pain_with_medication",
             "pain_without_medication", "pain_score", "home_exercise", "gi_risk", "depression_or_anxiety",
             "insomnia", "surgery_certified", "surgery_done", "comorbidities"}
# facts often told without a body part ("treatment to date has included physical therapy"):
# such a sentence counts for any request; one that names another body part does not
_UNPLACED_COUNTS = {"failed_conservative_care"}


def _fact(ctx: ItemContext, fact: str):
    """The fact as it bears on this request. For a request about an extremity, a finding
    counts only where its sentence names that body part (a fractured foot does not call for
    an elbow MRI); a red flag must name the request's body part wherever it is."""
    value = getattr(ctx.facts, fact)
    parts = set(ctx.request.body_parts)
    if fact in _ANYWHERE or not parts or (fact != "red_flags" and not parts & _EXTREMITIES):
        return value
    mentions = [f for f in ctx.facts.mentions.get(fact, []) if _about(fact, f.evidence.text, parts)]
    if isinstance(value, list):
        return mentions
    if value is not None and value.value is False:
        return value
    return mentions[0] if mentions else None


def _about(fact: str, text: str, parts: set[str]) -> bool:
    """Whether a finding's sentence is about one of ``parts``: a red flag in a phrase that names
    another body part belongs to that part, not to the one requested."""
    from imr.clinical.facts import finding_phrases
    from imr.requests.parse import body_parts_in, mentions_body_part

    if not mentions_body_part(text, parts):
        return fact in _UNPLACED_COUNTS and not body_parts_in(text)
    if fact != "red_flags":
        return True
    phrases = finding_phrases(fact, text)
    if not phrases:
        return True
    return any(mentions_body_part(p, parts) or not body_parts_in(p) for p in phrases)


def documented(ctx: ItemContext, fact: str) -> Result:
    return _state(_fact(ctx, fact))


def any_documented(ctx: ItemContext, facts: list[str]) -> Result:
    denied = None
    for fact in facts:
        met, evidence = _state(_fact(ctx, fact))
        if met:
            return True, evidence
        if met is False and denied is None:
            denied = evidence
    return (False, denied) if denied else (None, NOT_DOCUMENTED)


def absent(ctx: ItemContext, fact: str) -> Result:
    met, evidence = _state(_fact(ctx, fact))
    if met:
        return False, evidence
    return True, evidence if met is False else "none documented"


def _completed_visits(ctx: ItemContext) -> tuple[int | None, str]:
    """Visits of the same kind already done: a count, None for a course of unknown length,
    0 for none documented."""
    words = _MODALITY_WORDS.get(ctx.request.category, ("therapy",))
    best, evidence, course = 0, NOT_DOCUMENTED, None
    for finding in ctx.facts.therapy_visits:
        if not any(w in (finding.label or "") for w in words):
            continue
        if finding.value is True:
            course = course or finding.evidence.text
        elif float(finding.value) > best:
            best, evidence = int(float(finding.value)), finding.evidence.text
    if best:
        return best, evidence
    if course:
        return None, course
    if _FURTHER.search(ctx.request.text):
        return None, f"the request is for a further course ({ctx.request.text})"
    return 0, NOT_DOCUMENTED


def max_visits(ctx: ItemContext, visits: int, include_completed: bool = False) -> Result:
    asked = ctx.request.visits
    if asked is None:
        return None, "the request does not state the number of visits"
    done, evidence = _completed_visits(ctx) if include_completed else (0, "")
    done = done or 0
    total = asked + done
    detail = f"{asked} visits requested" + (f", {done} already completed ({evidence})" if done else "")
    return total <= visits, detail


def trial_or_improvement(ctx: ItemContext, trial_visits: int) -> Result:
    done, evidence = _completed_visits(ctx)
    if done == 0:
        asked = ctx.request.visits
        if asked is None:
            return None, "no prior course is documented and the request does not state the number of visits"
        return asked <= trial_visits, f"no prior course documented; {asked} visits requested"
    met, improvement = _state(ctx.facts.functional_improvement)
    returned = ctx.facts.returned_to_work
    if not met and returned is not None and returned.value and _RETURNED.search(returned.evidence.text):
        met, improvement = True, returned.evidence.text  # a return to work is an improvement; being at work is not
    if met:
        return True, improvement
    course = f"{done} visits already completed" if done else "a prior course is documented"
    return (False if met is False else None), f"{course} ({evidence}); functional improvement {NOT_DOCUMENTED if met is None else 'denied: ' + improvement}"


def short_term_use(ctx: ItemContext, weeks: float, per_day: float | None = None) -> Result:
    """The drug is new, or has been used no longer than ``weeks``; a request whose quantity
    (with its refills) lasts longer than that is not short-term, at the frequency it states or,
    failing that, ``per_day``."""
    supply = days_supply(ctx.request.text, ctx.request.quantity, per_day, ctx.request.refills)
    if supply is not None and supply > weeks * 7:
        return False, f"#{ctx.request.quantity}{f' with {ctx.request.refills} refills' if ctx.request.refills else ''} lasts about {supply:g} days"
    months_allowed = weeks / 4.345
    drug = ctx.request.drug
    for medication in ctx.facts.medications:
        if medication.name == drug:
            if medication.duration_months is not None:
                return medication.duration_months <= months_allowed, medication.evidence.text
            if medication.start and ctx.reference_date:
                used = (ctx.reference_date - medication.start).days / 30.44
                return used <= months_allowed, medication.evidence.text
            months = ctx.facts.months_since_injury
            if months is not None and months <= months_allowed:
                return True, medication.evidence.text
            return False, f"already in use: {medication.evidence.text}"
    months = ctx.facts.months_since_injury
    if months is not None and months <= months_allowed:
        return True, f"injury {months:.1f} months before the request"
    if supply is not None:
        return True, f"a new prescription of #{ctx.request.quantity}, about {supply:g} days of use"
    return None, NOT_DOCUMENTED


_PER_DAY = [
    (re.compile(r"\bqid\b|four times (?:a|per) day|\bq6h?\b|every 6 hours", re.I), 4),
    (re.compile(r"\btid\b|three times (?:a|per) day|\bq8h?\b|every 8 hours", re.I), 3),
    (re.compile(r"\bbid\b|twice (?:a|per) day|two times (?:a|per) day|\bq12h?\b|every 12 hours", re.I), 2),
    (re.compile(r"\bqd\b|\bqhs\b|\bhs\b|once (?:a|per) day|daily|at bedtime|at night|nightly|every night", re.I), 1),
]


def days_supply(text: str, quantity: int | None, default_per_day: float | None = None, refills: int | None = None) -> float | None:
    """Days a quantity (and its refills) lasts at the frequency the request states, else at
    ``default_per_day``; None when neither is known."""
    if not quantity:
        return None
    per_day = next((n for pattern, n in _PER_DAY if pattern.search(text)), default_per_day)
    if not per_day:
        return None
    return round(quantity * (1 + (refills or 0)) / per_day, 1)


def chronicity(ctx: ItemContext, min_months: float | None = None, max_months: float | None = None) -> Result:
    months = ctx.facts.months_since_injury
    if months is None:
        return None, "date of injury not documented"
    met = (min_months is None or months >= min_months) and (max_months is None or months <= max_months)
    return met, f"injury {months:.1f} months before the UR decision"


def recent_onset(ctx: ItemContext, months: float) -> Result:
    """Within ``months`` of the injury or of an operation."""
    surgery = ctx.months_since_surgery
    if surgery is not None and 0 <= surgery <= months:
        return True, f"the operation was {surgery:.1f} months before the UR decision"
    return chronicity(ctx, max_months=months)


def within_months_or(ctx: ItemContext, months: float, facts: list[str]) -> Result:
    """Met early after the injury (a first, short course), else only when one of the facts is."""
    since = ctx.facts.months_since_injury
    if since is not None and since <= months:
        return True, f"injury {since:.1f} months before the UR decision: a first, short course"
    return any_documented(ctx, facts)


def on_drug_class(ctx: ItemContext, **params: str) -> Result:
    from imr.requests import find_drug

    wanted = params["class"]
    for medication in ctx.facts.medications:
        found = find_drug(medication.as_written)
        if found and found[2] == wanted:
            return True, medication.evidence.text
    return None, NOT_DOCUMENTED


def body_part_in(ctx: ItemContext, parts: list[str]) -> Result:
    asked = ctx.request.body_parts
    if not asked:
        return None, "the request does not name the body part"
    inside = [p for p in asked if p in parts]
    return (len(inside) == len(asked)), f"the request is for the {', '.join(asked)}"


def documented_like(ctx: ItemContext, pattern: str, fact: str | None = None, facts: list[str] | None = None) -> Result:
    """A mention of the fact (or of any of the facts) whose sentence also matches ``pattern``
    (a tear that is full-thickness; imaging that shows nerve root compression)."""
    wanted = re.compile(pattern, re.I)
    for name in facts or [fact]:
        for finding in ctx.facts.mentions.get(name, []):
            if wanted.search(finding.evidence.text):
                return True, finding.evidence.text
    return None, NOT_DOCUMENTED


def surgery_necessary(ctx: ItemContext) -> Result:
    return ctx.surgery_necessary, ctx.surgery_evidence


def age_at_least(ctx: ItemContext, years: int) -> Result:
    age = ctx.facts.age
    if age is None:
        return None, "age not documented"
    return float(age.value) >= years, _quote(age)


_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "five": 5, "seven": 7, "ten": 10, "fourteen": 14, "thirty": 30}
_DAYS = re.compile(r"\b(\d+|" + "|".join(_NUMBER_WORDS) + r")[- ]day", re.I)


def max_days(ctx: ItemContext, days: int) -> Result:
    match = _DAYS.search(ctx.request.text)
    if not match:
        return None, "the request does not state the duration of use"
    token = match.group(1).lower()
    asked = int(token) if token.isdigit() else _NUMBER_WORDS[token]
    return asked <= days, f"{asked} days requested"




def postsurgical_course(ctx: ItemContext, visits: int) -> Result:
    """Postsurgical therapy: the initial course is half the general course of ``visits``; a
    further course, up to the general course in all, calls for functional improvement."""
    asked = ctx.request.visits
    if asked is None:
        return None, "the request does not state the number of visits"
    initial = (visits + 1) // 2
    done = 0
    for finding in ctx.facts.therapy_visits:
        if finding.value is not True and _POSTOP.search(finding.evidence.text):
            done = max(done, int(float(finding.value)))
    further = done > 0 or bool(_FURTHER.search(ctx.request.text))
    if not further:
        return asked <= initial, f"{asked} visits requested as the first course after the operation; the initial course is {initial} of {visits}"
    if asked + done > visits:
        return False, f"{asked} visits requested and {done} already completed after the operation, over the general course of {visits}"
    met, improvement = _state(ctx.facts.functional_improvement)
    prior = f"{done} postoperative visits completed" if done else "a further course after postoperative therapy"
    if met:
        return True, f"{prior}; {improvement}"
    return (False if met is False else None), f"{prior}; functional improvement {NOT_DOCUMENTED if met is None else 'denied: ' + improvement}"


def postsurgical_period(ctx: ItemContext, months: float) -> Result:
    since = ctx.months_since_surgery
    if since is None:
        if ctx.surgery_date is None and not ctx.facts.surgery_done:
            return True, "the therapy follows an operation not yet done"
        return True, "the operation is recent; its date is not documented"
    return since <= months, f"the operation was {since:.1f} months before the UR decision"


def surgery_in(ctx: ItemContext, surgeries: list[str]) -> Result:
    """The operation the service goes with is one of ``surgeries`` (and is itself necessary)."""
    if ctx.surgery is None:
        return None, "the operation is not identified in the records"
    if ctx.surgery not in surgeries:
        return False, f"the operation is a {ctx.surgery}"
    return (True if ctx.surgery_necessary else ctx.surgery_necessary), f"{ctx.surgery}: {ctx.surgery_evidence}"


def stay_within(ctx: ItemContext, days: dict[str, int], default: int = 1) -> Result:
    """An inpatient stay no longer than the benchmark for the operation (days, by procedure)."""
    match = _DAYS.search(ctx.request.text) or re.search(r"\b(\d+|one|two|three|five)\s*(?:inpatient\s+)?(?:days?|nights?)\b", ctx.request.text, re.I)
    if not match:
        return None, "the request does not state the length of stay"
    token = match.group(1).lower()
    asked = int(token) if token.isdigit() else _NUMBER_WORDS[token]
    regional = [days[f"{ctx.surgery} {part}"] for part in ctx.surgery_parts if f"{ctx.surgery} {part}" in days]
    benchmark = regional[0] if regional else days.get(ctx.surgery or "", default)
    return asked <= benchmark, f"{asked} days requested; the benchmark for {ctx.surgery or 'the operation'} is {benchmark}"


def max_frequency(ctx: ItemContext, per_week: float) -> Result:
    asked = ctx.request.frequency_per_week
    if asked is None:
        return True, "the request does not state a frequency above the guideline's"
    return asked <= per_week, f"{asked:g} visits a week requested"


def documented_any_of(ctx: ItemContext, facts: list[str]) -> Result:
    """Any mention (wherever in the records) of one of the facts."""
    for name in facts:
        found = ctx.facts.mentions.get(name)
        if found:
            return True, found[0].evidence.text
    return None, NOT_DOCUMENTED


def risk_or_age(ctx: ItemContext, years: int) -> Result:
    """A comorbidity that raises operative risk, or age of at least ``years``."""
    found = ctx.facts.comorbidities
    if found:
        return True, found[0].evidence.text
    age = ctx.facts.age
    if age is None:
        return None, "no comorbidity documented; age not documented"
    return float(age.value) >= years, f"no comorbidity documented; {_quote(age)}"


def surgery_region(ctx: ItemContext, parts: list[str]) -> Result:
    found = ctx.surgery_parts or ctx.request.body_parts
    if not found:
        return None, "the site of the operation is not documented"
    return bool(set(found) & set(parts)), f"the operation is on the {', '.join(found)}"


def nerve_conduction_indicated(ctx: ItemContext) -> Result:
    """Nerve conduction studies of the legs only for a peripheral nerve disorder, not for a
    presumed radiculopathy (a request for EMG alone meets this)."""
    if ctx.request.procedure == "emg":
        return True, "no nerve conduction study is requested"
    found = ctx.facts.peripheral_neuropathy
    if found:
        return True, found[0].evidence.text
    return None, "no peripheral neuropathy or nerve entrapment is documented; the symptoms are presumed radicular"


def topical_ingredients(ctx: ItemContext, not_recommended: list[str], not_recommended_classes: list[str]) -> Result:
    """A topical product is not recommended if any one of its ingredients is not (a drug by
    name, or by class: an antiepilepsy drug, a muscle relaxant, …)."""
    from imr.requests.parse import drug_class_of

    ingredients = ctx.request.ingredients or ([ctx.request.drug] if ctx.request.drug else [])
    if not ingredients or ctx.request.drug == "compounded topical" and not ctx.request.ingredients:
        return None, "the ingredients of the compounded product are not stated"
    for name in ingredients:
        drug_class = drug_class_of(name)
        if name in not_recommended or (drug_class in not_recommended_classes and name != "diclofenac"):
            return False, f"the product contains {name}{f' ({drug_class})' if drug_class and name not in not_recommended else ''}, which is not recommended for topical use"
    return True, f"ingredients: {', '.join(ingredients)}"


def joint_condition(ctx: ItemContext, parts: list[str], not_parts: list[str]) -> Result:
    """Osteoarthritis or tendinitis of a joint in ``parts``; a request for a part in
    ``not_parts`` (the spine, hip, shoulder) is not met."""
    from imr.requests.parse import mentions_body_part

    asked = ctx.request.body_parts
    if asked and set(asked) & set(not_parts) and not set(asked) & set(parts):
        return False, f"the request is for the {', '.join(asked)}"
    wanted = [p for p in asked if p in parts] or parts
    for finding in ctx.facts.osteoarthritis:
        if mentions_body_part(finding.evidence.text, wanted):
            return True, finding.evidence.text
    return None, "osteoarthritis or tendinitis of a joint amenable to topical treatment is not documented"


def records_mention(ctx: ItemContext, pattern: str) -> Result:
    """A condition the knowledge base names by its words (migraine, narcolepsy), asserted in
    some record sentence: a negated or hypothetical mention does not count; one in the past
    medical history does (it is still the worker's condition)."""
    from imr.clinical.context import modifiers, sentences
    from imr.clinical.records import record_text

    wanted = re.compile(pattern, re.I)
    for index, record in enumerate(ctx.case.records):
        for sentence in sentences(record_text(record), index):
            for match in wanted.finditer(sentence.text):
                mods = modifiers(sentence.text, match.start(), match.end())
                if not (mods.negated or mods.hypothetical):  # a condition in the history counts
                    return True, sentence.text
    return None, NOT_DOCUMENTED


_FIRST_LINE = re.compile(
    r"(?:gabapentin|neurontin|pregabalin|lyrica|amitriptyline|elavil|nortriptyline|pamelor|duloxetine|cymbalta|"
    r"tricyclic|antidepressant|anticonvulsant|anti-?epilep\w+)[^.]{0,60}?(?:fail\w*|not tolerat\w*|intoleran\w+|"
    r"ineffective|did not help|without (?:relief|benefit|improvement)|tried|trial|discontinued)"
    r"|(?:fail\w*|tried|trial of|intoleran\w+ (?:of|to))[^.]{0,30}?(?:gabapentin|neurontin|pregabalin|lyrica|"
    r"amitriptyline|elavil|nortriptyline|duloxetine|cymbalta|tricyclic|antidepressant|anticonvulsant)",
    re.I,
)


def first_line_tried(ctx: ItemContext) -> Result:
    """A trial of first-line therapy for neuropathic pain (a tricyclic or SNRI antidepressant,
    or an antiepilepsy drug): stated in the records, or the worker is on one."""
    met, evidence = records_mention(ctx, _FIRST_LINE.pattern)
    if met:
        return True, evidence
    for wanted in ("antiepilepsy drug", "antidepressant"):
        met, evidence = on_drug_class(ctx, **{"class": wanted})
        if met:
            return True, evidence
    return None, "no trial of an antidepressant or antiepilepsy drug is documented"


def max_levels(ctx: ItemContext, levels: int) -> Result:
    """Spinal levels requested (a joint named "L4-5" is one level; "L4-5, L5-S1" two)."""
    asked = ctx.request.levels
    if not asked:
        return None, "the request does not state the levels"
    return len(asked) <= levels, f"{len(asked)} level{'s' if len(asked) > 1 else ''} requested ({', '.join(asked)})"


_LENGTH = re.compile(r"\b(\d+)\s*(?:-\s*)?(hours?|hrs?|days?|sessions?|weeks?|wks?)\b", re.I)
_DAYS_PER = {"hour": 1 / 8, "hr": 1 / 8, "day": 1, "session": 1, "week": 5, "wk": 5}


def program_length(ctx: ItemContext, days: int) -> Result:
    """A program's length in full days (8 hours a day, 5 days a week) within ``days``."""
    match = _LENGTH.search(ctx.request.text)
    if not match:
        return None, "the request does not state the length of the program"
    unit = match.group(2).lower().rstrip("s")
    asked = int(match.group(1)) * _DAYS_PER[unit]
    return asked <= days, f"{match.group(0)} requested ({asked:g} full days)"


def any_of_checks(ctx: ItemContext, checks: list[dict]) -> Result:
    """Met when any of the listed checks is; the first evidence found is given."""
    denied = None
    for spec in checks:
        met, evidence = CHECKS[spec["check"]](ctx, **spec.get("params", {}))
        if met:
            return True, evidence
        if met is False and denied is None:
            denied = evidence
    return (False, denied) if denied else (None, NOT_DOCUMENTED)


def all_of_checks(ctx: ItemContext, checks: list[dict]) -> Result:
    """Met when every listed check is; the evidence of each, joined."""
    found = []
    for spec in checks:
        met, evidence = CHECKS[spec["check"]](ctx, **spec.get("params", {}))
        if met is not True:
            return met, evidence
        found.append(evidence)
    return True, "; ".join(found)


def request_mentions(ctx: ItemContext, pattern: str) -> Result:
    """The request's own words match (a trial, a rental)."""
    match = re.search(pattern, ctx.request.text, re.I)
    return (True, f"the request is for {ctx.request.text}") if match else (None, "the request does not say so")


def request_excludes(ctx: ItemContext, pattern: str) -> Result:
    """The request's own words do not ask for what the guideline excludes (homemaker services)."""
    match = re.search(pattern, ctx.request.text, re.I)
    if match:
        return False, f"the request is for {match.group(0)} ({ctx.request.text})"
    return True, f"the request is for {ctx.request.text}"


def meaningful_relief(ctx: ItemContext, points: float = 2, percent: float = 30) -> Result:
    """Pain relief with the medication that is clinically meaningful: scores with and without
    it at least ``points`` or ``percent`` apart; relief reported in words counts as reported."""
    with_med, without = ctx.facts.pain_with_medication, ctx.facts.pain_without_medication
    if with_med is None:
        return None, NOT_DOCUMENTED
    if without is None or not isinstance(with_med.value, float) or not isinstance(without.value, float):
        return True, _quote(with_med)
    drop = without.value - with_med.value
    meaningful = drop >= points or (without.value > 0 and drop / without.value * 100 >= percent)
    detail = f"pain {without.value:g}/10 without and {with_med.value:g}/10 with the medication"
    return meaningful, detail + ("" if meaningful else f": a reduction of {drop:g} point{'s' if drop != 1 else ''}")


_BMI = re.compile(
    r"\b(?:body mass index|bmi)\b(?:\s+(?:was|is|of|at))?(?:\s+(?:about|approximately|around|of))?\s*:?\s*(\d{2}(?:\.\d+)?)", re.I
)


def bmi_below(ctx: ItemContext, bmi: float) -> Result:
    """A documented body mass index below ``bmi``; met when none is documented (the records
    would state an obesity that bars the operation)."""
    from imr.clinical.context import sentences
    from imr.clinical.records import record_text

    for index, record in enumerate(ctx.case.records):
        for sentence in sentences(record_text(record), index):
            match = _BMI.search(sentence.text)
            if match:
                return float(match.group(1)) < bmi, sentence.text
    return True, f"no body mass index of {bmi:g} or more is documented"


_NO_BENEFIT = re.compile(
    r"(?:does|did|do)(?:n't|n’t| not) (?:really )?(?:do (?:much|anything)|help|work|provide)|no (?:\w+ )?(?:benefit|relief|improvement|help)"
    r"|ineffective|not (?:been )?(?:helpful|effective|beneficial)|without (?:\w+ )?(?:benefit|relief|improvement)"
    r"|stopped working|minimal (?:\w+ )?(?:benefit|relief|improvement)|little (?:benefit|relief)",
    re.I,
)
_BENEFIT = re.compile(
    r"help|reduc|improv|relie[fv]|benefi|decreas|lessen|\d+\s*(?:%|percent)|allows?|enables?|able to|better|effective|control",
    re.I,
)


def drug_benefit(ctx: ItemContext, new_course_ok: bool = True) -> Result:
    """The benefit of the requested drug itself, from the record sentences that name it: a
    statement that it does not help is not met; one that it relieves pain or restores function
    is. A drug the records do not show in use is a first trial (met when ``new_course_ok``)."""
    from imr.clinical.context import sentences
    from imr.clinical.records import record_text
    from imr.requests import find_drugs

    wanted = ctx.request.drug
    named = []
    for index, record in enumerate(ctx.case.records):
        for sentence in sentences(record_text(record), index):
            if any(generic == wanted for _, generic, _ in find_drugs(sentence.text)) and not _ABOUT_REVIEW.search(sentence.text):
                named.append(sentence.text)
    for text in named:
        if _NO_BENEFIT.search(text):
            return False, text
    for text in named:
        if _BENEFIT.search(text):
            return True, text
    if not named and new_course_ok:
        return True, f"{ctx.request.drug} is not yet in use: a first trial"
    return None, f"the benefit of {ctx.request.drug} is not documented"


_ABOUT_REVIEW = re.compile(r"utilization review|\bUR\b|non-?certif|denied|modified the request|medically necessary", re.I)


_ROOT_COMPRESSION = re.compile(
    r"(?:compress|imping|displac|contact|abut|effac)\w*[^.]{0,40}nerve root|nerve root[^.]{0,30}(?:compress|impinge|displace|effac)",
    re.I,
)


def radiculopathy_not_established(ctx: ItemContext) -> Result:
    """Electromyography is for a radiculopathy that is not already clinically obvious: not met
    when an objective deficit on examination matches imaging that shows the root compressed."""
    deficit = _fact(ctx, "neurological_deficit")
    if deficit is None or deficit.value is not True:
        return True, "no objective deficit already matched to imaging"
    for finding in ctx.facts.mentions.get("imaging_done", []):
        if _ROOT_COMPRESSION.search(finding.evidence.text):
            return False, f"{_quote(deficit)} {finding.evidence.text}"
    return True, "imaging does not show the root compressed"


CHECKS: dict[str, Callable[..., Result]] = {
    "documented": documented,
    "any_documented": any_documented,
    "absent": absent,
    "max_visits": max_visits,
    "trial_or_improvement": trial_or_improvement,
    "short_term_use": short_term_use,
    "chronicity": chronicity,
    "within_months_or": within_months_or,
    "on_drug_class": on_drug_class,
    "body_part_in": body_part_in,
    "documented_like": documented_like,
    "surgery_necessary": surgery_necessary,
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
}

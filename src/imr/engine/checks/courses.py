"""Checks on courses of treatment: visits asked and done, trials and the functional improvement a
further course needs, the course after an operation, frequency and program length."""

from __future__ import annotations

import re

from imr.engine.checks.base import NOT_DOCUMENTED, Result, state
from imr.engine.context import ItemContext
from imr.model import Category
from imr.requests import find_drugs
from imr.requests.parse import NUMBER_WORDS

_MODALITY_WORDS = {
    Category.PHYSICAL_THERAPY: ("physical therapy", "pt", "ot", "therapy", "occupational therapy", "aquatic"),
    Category.CHIROPRACTIC: ("chiropract", "manipulat"),  # chiropractic, the chiropractor's note
    Category.ACUPUNCTURE: ("acupunct",),  # acupuncture, the acupuncturist
    Category.PSYCHOLOGICAL: ("psychotherapy", "cognitive", "cbt"),
    Category.SURGICAL_SERVICE: ("physical therapy", "therapy", "occupational therapy"),
}


_POSTOP = re.compile(r"post-?op\w*|after (?:the |his |her )?(?:surgery|operation)|since (?:the )?surgery|following (?:the )?surgery", re.I)


_FURTHER = re.compile(r"\b(?:additional|continued|continue|further|more|extension|extend|remaining)\b", re.I)


_RETURNED = re.compile(r"\breturn(?:ed)? (?:to|from)\b|\bback to\b", re.I)


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


_TREATMENTS = re.compile(
    r"physical therapy|\bpt\b|occupational therapy|chiropract\w*|manipulation|acupunct\w*|injections?|\bblocks?\b|"
    r"\besi\b|epidural|medications?|\bmeds\b|surgery|psychotherapy|\bcbt\b",
    re.I,
)


def _modality_pattern(ctx: ItemContext) -> re.Pattern[str]:
    """The words that name the request's own kind of care ("chiropract", "manipulat")."""
    return re.compile("|".join(rf"\b{re.escape(w)}" for w in _MODALITY_WORDS.get(ctx.request.category, ("therapy",))), re.I)


def _improvement_with_the_modality(ctx: ItemContext) -> Result:
    """Functional improvement from the course asked to be extended: a sentence that credits
    another treatment ("improved with physical therapy and the injection") does not speak for
    acupuncture; one that denies it for this modality ("the acupuncture notes did not describe
    any functional improvement") is not met."""
    words = _modality_pattern(ctx)
    for fact in ("functional_improvement", "no_improvement"):
        for finding in ctx.facts.denials.get(fact, []):
            if words.search(finding.evidence.text):
                return False, finding.evidence.text
    general = None
    for finding in ctx.facts.mentions.get("functional_improvement", []):
        text = finding.evidence.text
        if words.search(text):
            return True, text
        # a sentence that names a drug ("naproxen ... allowed her to work her full shifts") tells what the drug did
        if general is None and not _TREATMENTS.search(text) and next(find_drugs(text), None) is None:
            general = text
    if general is not None:
        return True, general
    denied = ctx.facts.functional_improvement
    if denied is not None and denied.value is False:
        return False, denied.evidence.text
    return None, NOT_DOCUMENTED


def _credits_another_treatment(ctx: ItemContext, text: str) -> bool:
    """A sentence that names another treatment and not this one ("her chiropractic care was
    followed by a return to full duty") tells what that treatment did, not this one."""
    return bool(_TREATMENTS.search(text)) and not _modality_pattern(ctx).search(text)


def trial_or_improvement(ctx: ItemContext, trial_visits: int) -> Result:
    done, evidence = _completed_visits(ctx)
    if done == 0:
        asked = ctx.request.visits
        if asked is None:
            return None, "no prior course is documented and the request does not state the number of visits"
        return asked <= trial_visits, f"no prior course documented; {asked} visits requested"
    met, improvement = _improvement_with_the_modality(ctx)
    returned = ctx.facts.returned_to_work
    if (met is None and returned is not None and returned.value and _RETURNED.search(returned.evidence.text)
            and not _credits_another_treatment(ctx, returned.evidence.text)):
        met, improvement = True, returned.evidence.text  # a return to work is an improvement; being at work is not
    if met:
        return True, improvement
    course = f"{done} visits already completed" if done else "a prior course is documented"
    return (False if met is False else None), f"{course} ({evidence}); functional improvement {NOT_DOCUMENTED if met is None else 'denied: ' + improvement}"


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
    # the rest of a partly certified request ("remaining 6 of 12 visits") is judged as the whole
    # request it belongs to, which the request parser has already restored
    further = done > 0 or bool(_FURTHER.search(ctx.request.eligible_portion_of or ctx.request.text))
    if not further:
        return asked <= initial, f"{asked} visits requested as the first course after the operation; the initial course is {initial} of {visits}"
    if asked + done > visits:
        return False, f"{asked} visits requested and {done} already completed after the operation, over the general course of {visits}"
    met, improvement = state(ctx.facts.functional_improvement)
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


def max_frequency(ctx: ItemContext, per_week: float) -> Result:
    asked = ctx.request.frequency_per_week
    if asked is None:
        return True, "the request does not state a frequency above the guideline's"
    return asked <= per_week, f"{asked:g} visits a week requested"


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


_PERCENT = re.compile(r"(\d{2,3})\s*(?:%|percent)", re.I)
_DURATION = re.compile(r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several)\s*(?:-\s*\d+\s*)?(days?|weeks?|months?)", re.I)
_WORD_NUMBERS = {**NUMBER_WORDS, "several": 3}


def prior_block_relief(ctx: ItemContext, kinds: str, percent: float, weeks: float) -> Result:
    """A first block, or a repeat after one that gave at least ``percent`` relief for ``weeks``."""
    kind = re.compile(kinds, re.I)
    repeat = bool(re.search(r"\brepeat\b|\bsecond\b|\banother\b|\badditional\b", ctx.request.text, re.I))
    prior = [f for f in ctx.facts.injections_done if kind.search(f.evidence.text)]
    if not prior and not repeat:
        return True, "no prior block of this kind is documented: a first block"
    texts = [f.evidence.text for f in prior]
    near = re.compile(f"{kinds}|injection|block", re.I)
    texts += [s.text for s in ctx.sentences if near.search(s.text) and _PERCENT.search(s.text)]
    for text in texts:
        relief = _PERCENT.search(text)
        lasted = _DURATION.search(text)
        if relief and not weeks:  # a diagnostic block: the relief, for the hours the anaesthetic lasts
            return float(relief.group(1)) >= percent, text
        if relief and lasted:
            amount = float(relief.group(1))
            number = lasted.group(1).lower()
            count = int(number) if number.isdigit() else _WORD_NUMBERS[number]
            unit = lasted.group(2).lower()
            span = count / 7 if unit.startswith("day") else count * 4.3 if unit.startswith("month") else count
            return amount >= percent and span >= weeks, text
    return None, "the relief after the prior block and how long it lasted are not documented"

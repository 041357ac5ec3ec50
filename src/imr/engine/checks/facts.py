"""Checks on the clinical facts: documented or not, dates and chronicity, conditions the records
name, risk factors and the signs a study or operation calls for."""

from __future__ import annotations

import re

from imr.clinical.context import modifiers, of_another_person
from imr.clinical.dates import dates_in
from imr.clinical.facts import ABOUT_THE_REVIEW
from imr.engine.checks.base import NOT_DOCUMENTED, Result, bearing, quote, state
from imr.engine.context import ItemContext
from imr.requests.parse import NUMBER_WORDS, body_parts_in, mentions_body_part


def documented(ctx: ItemContext, fact: str) -> Result:
    return state(bearing(ctx, fact))


def stated(ctx: ItemContext, fact: str) -> Result:
    """The fact as the records state it, not as it is inferred (a course of care listed beside
    pain that persists is read as failed care for most criteria; a referral asks for more)."""
    value = bearing(ctx, fact)
    if value is not None and not isinstance(value, list) and value.label == "inferred":
        return None, f"only inferred: {quote(value)}"
    return state(value)


def any_documented(ctx: ItemContext, facts: list[str]) -> Result:
    denied = None
    for fact in facts:
        met, evidence = state(bearing(ctx, fact))
        if met:
            return True, evidence
        if met is False and denied is None:
            denied = evidence
    return (False, denied) if denied else (None, NOT_DOCUMENTED)


def absent(ctx: ItemContext, fact: str) -> Result:
    met, evidence = state(bearing(ctx, fact))
    if met:
        return False, evidence
    return True, evidence if met is False else "none documented"


def documented_like(ctx: ItemContext, pattern: str, fact: str | None = None, facts: list[str] | None = None) -> Result:
    """A mention of the fact (or of any of the facts) whose sentence also matches ``pattern``
    (a tear that is full-thickness; imaging that shows nerve root compression). The words the
    pattern matches must themselves be asserted: "no subacromial injection has been given" in a
    sentence of failed care is not an injection."""
    wanted = re.compile(pattern, re.I)
    for name in facts or [fact]:
        for finding in ctx.facts.mentions.get(name, []):
            text = finding.evidence.text
            for match in wanted.finditer(text):
                mods = modifiers(text, match.start(), match.end())
                if not (mods.negated or mods.hypothetical):
                    return True, text
    return None, NOT_DOCUMENTED


def documented_any_of(ctx: ItemContext, facts: list[str]) -> Result:
    """Any mention (wherever in the records) of one of the facts."""
    for name in facts:
        found = ctx.facts.mentions.get(name)
        if found:
            return True, found[0].evidence.text
    return None, NOT_DOCUMENTED


def asserted_matches(ctx: ItemContext, pattern: str, suspected: bool = False):
    """Each (words matched, sentence) of the pattern in the case's record sentences that is not
    negated or hypothetical (``suspected``: hypothetical ones count); one in the past medical
    history counts (it is still the worker's)."""
    wanted = re.compile(pattern, re.I)
    for sentence in ctx.sentences:
        if ABOUT_THE_REVIEW.search(sentence.text):
            continue  # what the claims administrator decided or was asked is not a fact of the worker's
        for match in wanted.finditer(sentence.text):
            mods = modifiers(sentence.text, match.start(), match.end())
            if of_another_person(sentence.text, match.start()):
                continue  # "her adult son, who has bipolar disorder": another person's condition
            if not (mods.negated or (mods.hypothetical and not suspected)):
                yield match.group(0), sentence.text


def records_mention(ctx: ItemContext, pattern: str, suspected: bool = False) -> Result:
    """A condition the knowledge base names by its words (migraine, narcolepsy), asserted in
    some record sentence; with ``suspected``, one the records only suspect ("rule out cervical
    radiculopathy") counts too, as a study to tell it apart needs only the suspicion."""
    for _, sentence in asserted_matches(ctx, pattern, suspected=suspected):
        return True, sentence
    return None, NOT_DOCUMENTED


_IMAGING_OR_DIAGNOSIS = re.compile(
    r"\b(?:mri|magnetic resonance|x-?rays?|radiograph\w*|ct|computed tomography|ultrasound|sonogra\w*|"
    r"arthrogra\w*|myelogra\w*|imaging|scans?|films?|diagnos[ie]s|diagnosed)\b",
    re.I,
)


def imaging_shows(ctx: ItemContext, pattern: str) -> Result:
    """A lesion the operation treats, asserted in a sentence that reports imaging or a diagnosis
    (an MRI that "revealed a medial meniscus tear"), and about the request's body part when the
    sentence names one."""
    parts = set(ctx.request.body_parts)
    for _, sentence in asserted_matches(ctx, pattern):
        if not _IMAGING_OR_DIAGNOSIS.search(sentence):
            continue
        if parts and body_parts_in(sentence) and not mentions_body_part(sentence, parts):
            continue
        return True, sentence
    return None, NOT_DOCUMENTED


def records_exclude(ctx: ItemContext, pattern: str, parts: list[str] | None = None, planned: bool = False) -> Result:
    """Not met when the records assert a condition that bars the treatment (a degenerative tear
    in an arthritic knee bars a meniscectomy), in a sentence about the request's body part when
    it names one; with ``planned``, a plan the records state bars it too ("to continue monthly
    maintenance care thereafter")."""
    asked = set(ctx.request.body_parts) | set(parts or [])
    for _, sentence in asserted_matches(ctx, pattern, suspected=planned):
        if asked and body_parts_in(sentence) and not mentions_body_part(sentence, asked):
            continue
        return False, sentence
    return True, "none documented"


_LIMB_WORDS = {
    "upper": re.compile(
        r"\b(?:arms?|hands?|fingers?|thumbs?|wrists?|forearms?|elbows?|upper (?:extremit\w+|limbs?)|"
        r"cervical radicul\w+|c[4-8](?:-c?[5-8]|-t1)?\b|median|ulnar|carpal tunnel|cubital)",
        re.I,
    ),
    "lower": re.compile(
        r"\b(?:legs?|feet|foot|toes?|thighs?|calf|calves|buttocks?|lower (?:extremit\w+|limbs?)|sciatica|"
        r"lumbar radicul\w+|l[1-5](?:-(?:l?[2-5]|s1))?\b|s1\b|straight leg|slr\b|peroneal|tibial)",
        re.I,
    ),
}


def limb_findings(ctx: ItemContext, facts: list[str], limb: str) -> Result:
    """A neurological finding in the limbs a study is for: arm symptoms for a study of the upper
    extremities, leg symptoms for the lower. A sentence that names the other limbs only does
    not count; one that names no limb does."""
    wanted, other = _LIMB_WORDS[limb], _LIMB_WORDS["lower" if limb == "upper" else "upper"]
    diffuse = next(asserted_matches(ctx, _DIFFUSE.pattern), None)
    if diffuse and next(asserted_matches(ctx, _ROOT_IN_QUESTION, suspected=True), None):
        diffuse = None  # a study to tell a polyneuropathy from a radiculopathy the records raise
    denied = None
    for fact in facts:
        value = getattr(ctx.facts, fact)
        if value is not None and not isinstance(value, list) and value.value is False and denied is None:
            denied = quote(value)
        for finding in ctx.facts.mentions.get(fact, []):
            text = finding.evidence.text
            if not (wanted.search(text) or not other.search(text)):
                continue
            if diffuse and not _RADICULAR.search(text):
                continue  # numbness the records place in a stocking distribution is not focal
            return True, text
    if diffuse:
        return False, f"the findings are those of a polyneuropathy, not a focal deficit: {diffuse[1]}"
    return (False, denied) if denied else (None, NOT_DOCUMENTED)


# a length-dependent polyneuropathy (stocking or glove numbness, diabetic neuropathy) is not the
# focal dysfunction of a nerve root that electrodiagnosis of the spine looks for
_DIFFUSE = re.compile(r"stocking(?:[- ]glove)?|glove distribution|polyneuropath\w*|diabetic (?:peripheral )?neuropath\w*", re.I)
_ROOT_IN_QUESTION = r"radicul\w*|radiat\w* (?:to|into|down)|sciatica|dermatom\w*"
_RADICULAR = re.compile(r"radiat\w*|radicul\w*|dermatom\w*|sciatica|\b[lc][1-8](?:-[lcs]?\d)?\b|\bs1\b|straight[- ]leg raise (?:is |was )?positive|positive straight[- ]leg|spurling", re.I)


_STUDY_WORDS = {"mri": r"\bmri\b|magnetic resonance|mr arthrogra\w*", "ct": r"\bct\b|computed tomograph\w*|cat scan",
                "x-ray": r"x-?rays?|radiograph\w*|plain films?", "bone scan": r"bone scan|scintigra\w*"}
_CHANGE = re.compile(
    r"\bnew (?:injury|trauma|fall|onset|symptoms?|deficits?|weakness|numbness|findings?)|worsen\w*|progressi\w+|"
    r"significant(?:ly)? (?:change|worse|increase)|(?<!un)\bchanged? (?:in|since)|since the (?:last|prior|previous) (?:mri|study|scan)|"
    r"interval (?:change|worsening)|re-?injur\w*|aggravat\w+",
    re.I,
)


def repeat_study_justified(ctx: ItemContext) -> Result:
    """A first MRI, CT or x-ray of the region, or a significant change in symptoms or findings
    since the one already done, or an operation being planned (ODG: repeat MRI is not routine and
    is reserved for a significant change suggesting new pathology; plain films are repeated for
    new trauma or a change)."""
    words = _STUDY_WORDS.get(ctx.request.procedure or "")
    if words is None:
        return True, f"the request is for {ctx.request.procedure or 'a study'}, not a repeat MRI or CT"
    asked = set(ctx.request.body_parts)
    prior = None
    side = ctx.request.side.value if ctx.request.side is not None else None
    for finding in ctx.facts.mentions.get("imaging_done", []):
        text = finding.evidence.text
        if not re.search(words, text, re.I):
            continue
        if asked and not mentions_body_part(text, asked):
            continue
        if side in ("left", "right") and _OTHER_SIDE[side].search(text) and not _SIDES[side].search(text):
            continue  # a study of the other knee is not a study of this one
        prior = text
        break
    if prior is None:
        return True, "no earlier study of this region is documented"
    for _, sentence in asserted_matches(ctx, _CHANGE.pattern):
        return True, sentence
    for fact in ("red_flags", "surgery_requested"):
        met, evidence = state(bearing(ctx, fact))
        if met:
            return True, evidence
    return False, f"a study of this region was already done, with no significant change since documented: {prior}"


_COUNTED = r"(\d{1,2}|" + "|".join(w for w in sorted(NUMBER_WORDS, key=len, reverse=True) if w not in ("once", "twice", "thrice")) + r")"


def prior_count_below(ctx: ItemContext, noun: str, limit: int) -> Result:
    """Fewer than ``limit`` of the treatment already given, as the records count them ("three
    subacromial injections in the past year"), in sentences about the request's body part."""
    wanted = re.compile(_COUNTED + r"\s+(?:prior\s+|previous\s+|earlier\s+)?(?:[\w-]+\s+){0,3}?(?:" + noun + r")", re.I)
    asked = set(ctx.request.body_parts)
    most, where = 0, ""
    for sentence in ctx.sentences:
        text = sentence.text
        if asked and body_parts_in(text) and not mentions_body_part(text, asked):
            continue
        for match in wanted.finditer(text):
            mods = modifiers(text, match.start(), match.end())
            if mods.negated or mods.hypothetical:
                continue
            token = match.group(1).lower()
            count = int(token) if token.isdigit() else NUMBER_WORDS[token]
            if count > most:
                most, where = count, text
        # "injections on 11-2015, 1-2016 and 3-2016": as many as the dates the sentence gives them
        plain = re.compile(noun, re.I)
        if plain.search(text) and not any(modifiers(text, m.start(), m.end()).hypothetical for m in plain.finditer(text)):
            dated = len(set(dates_in(text, months=True)))
            if dated > most:
                most, where = dated, text
    if most >= limit:
        return False, f"{most} already given: {where}"
    return True, f"{most} documented before" if most else "none counted in the records"


_CLAUSES = re.compile(r";|, but |, while |, whereas |\. ", re.I)
_NORMAL = re.compile(r"\b(?:normal|intact|negative|asymptomatic|unremarkable|unaffected|no (?:symptoms|complaints|findings))\b", re.I)
_OTHER_SIDE = {"left": re.compile(r"\bright\b", re.I), "right": re.compile(r"\bleft\b", re.I)}
# the other side named as the normal reference ("a biceps reflex of 1+ compared with 2+ on the left")
_REFERENCE_SIDE = re.compile(r"(?:compared (?:with|to)|than|versus|vs\.?)\s+(?:[\w+/-]+\s+){0,3}?(?:on\s+)?the\s+(?:left|right)(?:\s+side)?", re.I)
_SIDES = {"left": re.compile(r"\bleft\b", re.I), "right": re.compile(r"\bright\b", re.I),
          "both": re.compile(r"\bbilateral\w*|\bboth\b|\bb/l\b", re.I)}


def both_sides_involved(ctx: ItemContext, facts: list[str]) -> Result:
    """A study of both limbs for findings on both sides: one asked bilaterally when every finding
    the records place is on one side is more than the findings call for (IMR cannot cut it to
    the one side)."""
    if ctx.request.side is None:
        return True, "the request is for the side the findings name"
    sides, evidence = set(), ""
    for fact in facts:
        for finding in ctx.facts.mentions.get(fact, []):
            text = finding.evidence.text
            # a side told as normal ("the right hand is normal") is not a side with findings
            parts = [_REFERENCE_SIDE.sub("", p) for p in _CLAUSES.split(text) if not _NORMAL.search(p)]
            found = {side for side, pattern in _SIDES.items() for p in parts if pattern.search(p)}
            sides |= found
            evidence = evidence or (text if found else "")
    if not sides or "both" in sides or {"left", "right"} <= sides:
        return True, evidence or "the findings do not name a side"
    asked = ctx.request.side.value
    if asked in sides:  # a study of the one side the findings are on
        return True, evidence
    return False, f"the findings are on the {next(iter(sides))} side only: {evidence}"


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


def age_at_least(ctx: ItemContext, years: int) -> Result:
    age = ctx.facts.age
    if age is None:
        return None, "age not documented"
    return float(age.value) >= years, quote(age)


def risk_or_age(ctx: ItemContext, years: int, low_risk: list[str] | None = None) -> Result:
    """A comorbidity that raises operative risk, or age of at least ``years``; before a
    ``low_risk`` operation (a release of the hand under local anaesthesia) age alone is not a risk."""
    found = ctx.facts.comorbidities
    if found:
        return True, found[0].evidence.text
    if low_risk and ctx.surgery in low_risk:
        return False, f"no comorbidity documented, and a {ctx.surgery} is a low-risk operation"
    age = ctx.facts.age
    if age is None:
        return None, "no comorbidity documented; age not documented"
    return float(age.value) >= years, f"no comorbidity documented; {quote(age)}"


def joint_condition(ctx: ItemContext, parts: list[str], not_parts: list[str]) -> Result:
    """Osteoarthritis or tendinitis of a joint in ``parts``; a request for a part in
    ``not_parts`` (the spine, hip, shoulder) is not met."""
    asked = ctx.request.body_parts
    if asked and set(asked) & set(not_parts) and not set(asked) & set(parts):
        return False, f"the request is for the {', '.join(asked)}"
    wanted = [p for p in asked if p in parts] or parts
    for finding in ctx.facts.osteoarthritis:
        if mentions_body_part(finding.evidence.text, wanted):
            return True, finding.evidence.text
    return None, "osteoarthritis or tendinitis of a joint amenable to topical treatment is not documented"


_BMI = re.compile(
    r"\b(?:body mass index|bmi)\b(?:\s+(?:was|is|of|at))?(?:\s+(?:about|approximately|around|of))?\s*:?\s*(\d{2}(?:\.\d+)?)", re.I
)


def bmi_below(ctx: ItemContext, bmi: float) -> Result:
    """A documented body mass index below ``bmi``; met when none is documented (the records
    would state an obesity that bars the operation)."""
    for sentence in ctx.sentences:
        match = _BMI.search(sentence.text)
        if match:
            return float(match.group(1)) < bmi, sentence.text
    return True, f"no body mass index of {bmi:g} or more is documented"


def nerve_conduction_indicated(ctx: ItemContext) -> Result:
    """Nerve conduction studies of the legs only for a peripheral nerve disorder, not for a
    presumed radiculopathy (a request for EMG alone meets this)."""
    if ctx.request.procedure == "emg":
        return True, "no nerve conduction study is requested"
    found = ctx.facts.peripheral_neuropathy
    if found:
        return True, found[0].evidence.text
    return None, "no peripheral neuropathy or nerve entrapment is documented; the symptoms are presumed radicular"


_ROOT_COMPRESSION = re.compile(
    # a root touched ("contacting") is not one compressed
    r"(?:compress|imping|displac|abut|effac)\w*[^.]{0,40}nerve root|nerve root[^.]{0,30}(?:compress|impinge|displace|effac)"
    r"|(?:moderate|severe|marked|significant)[^.]{0,30}(?:neural |neuro)?foraminal (?:stenosis|narrowing)",
    re.I,
)


def radiculopathy_not_established(ctx: ItemContext) -> Result:
    """Electromyography is for a radiculopathy that is not already clinically obvious: not met
    when an objective deficit on examination matches imaging that shows the root compressed."""
    deficit = bearing(ctx, "neurological_deficit")
    if deficit is None or deficit.value is not True:
        return True, "no objective deficit already matched to imaging"
    entrapment = bearing(ctx, "peripheral_neuropathy")
    if entrapment:
        return True, f"a peripheral neuropathy or entrapment is also suspected, which the study tells apart: {quote(entrapment[0])}"
    for finding in ctx.facts.mentions.get("imaging_done", []):
        text = finding.evidence.text
        for match in _ROOT_COMPRESSION.finditer(text):
            mods = modifiers(text, match.start(), match.end())
            if not (mods.negated or mods.hypothetical):
                return False, f"{quote(deficit)} {text}"
    return True, "imaging does not show the root compressed"


def distinct_findings(ctx: ItemContext, pattern: str, at_least: int) -> Result:
    """At least ``at_least`` different findings of the pattern asserted in the records (three
    positive provocative tests, not one test named three times)."""
    found: dict[str, str] = {}
    for words, sentence in asserted_matches(ctx, pattern):
        found.setdefault(words.lower(), sentence)
    if len(found) >= at_least:
        return True, "; ".join(dict.fromkeys(found.values()))
    if not found:
        return None, NOT_DOCUMENTED
    return False, f"{len(found)} of {at_least} documented: {', '.join(found)}"


_DONE = re.compile(r"\b(?:was|were) (?:collected|performed|done|obtained|completed|drawn|normal|unremarkable|within normal limits)\b"
                   r"|\b(?:collected|performed|done|drawn|obtained) on\b", re.I)
_PLANNED = re.compile(r"\b(?:requested|request for|planned|plan(?:ned)? to|to obtain|will obtain|ordered)\b", re.I)


def not_recent(ctx: ItemContext, pattern: str, weeks: float, unless: str | None = None,
               most_in_half_year: int | None = None) -> Result:
    """The last time the records date the event (a drug screen) is at least ``weeks`` before the
    UR decision, and (with ``most_in_half_year``) no more than that many are dated in the six
    months before it, unless the fact ``unless`` (aberrant behaviour) calls for more."""
    if unless:
        met, evidence = state(bearing(ctx, unless))
        if met:
            return True, evidence
    wanted = re.compile(pattern, re.I)
    latest, where, dated = None, "", set()
    for sentence in ctx.sentences:
        planned_only = _PLANNED.search(sentence.text) and not _DONE.search(sentence.text)
        if not wanted.search(sentence.text) or ABOUT_THE_REVIEW.search(sentence.text) or planned_only:
            continue
        for found in dates_in(sentence.text, months=True):
            if ctx.reference_date and found <= ctx.reference_date:
                if (ctx.reference_date - found).days <= 183:
                    dated.add((found, sentence.text))
                if latest is None or found > latest:
                    latest, where = found, sentence.text
    if latest is None or ctx.reference_date is None:
        return True, "no recent one is documented"
    if most_in_half_year is not None and len(dated) > most_in_half_year:
        return False, f"{len(dated)} in the six months before the UR decision: {where}"
    weeks_ago = (ctx.reference_date - latest).days / 7
    return weeks_ago >= weeks, where


def pain_at_least(ctx: ItemContext, score: float) -> Result:
    """The worst current pain the records score (without medication when they say) is at least ``score``/10."""
    found = [f for f in (ctx.facts.pain_without_medication, ctx.facts.pain_score) if f is not None and isinstance(f.value, float)]
    if not found:
        return None, "no pain score documented"
    worst = max(found, key=lambda f: f.value)
    return worst.value >= score, quote(worst)


_NORMAL_SENSATION = re.compile(r"(?:sensation|sensory|light touch|pinprick)\b[^.;]{0,50}?\b(?:intact|normal)|\b(?:intact|normal) (?:sensation|sensory)", re.I)
_NORMAL_STRENGTH = re.compile(r"(?:strength|motor|power)\b[^.;]{0,40}?(?:5/5|5 out of 5|normal|intact)|(?:5/5|5 out of 5) (?:\w+ )?(?:strength|motor)|(?:normal|full) (?:strength|motor)", re.I)
_NORMAL_NEURO = re.compile(r"(?:neurolog\w+|neuro) (?:exam\w*|examination) (?:was |is |of the \w+ (?:\w+ )?(?:was |is ))?(?:entirely )?(?:normal|intact|non-?focal|unremarkable|within normal limits)", re.I)


def exam_not_normal(ctx: ItemContext) -> Result:
    """A study to find subtle focal dysfunction needs something to clarify: not met when the
    records tell a normal neurological examination (sensation and strength normal) and no
    objective deficit anywhere."""
    deficit = bearing(ctx, "neurological_deficit")
    if deficit is not None and deficit.value is True:
        return True, quote(deficit)
    for sentence in ctx.sentences:
        text = sentence.text
        if _NORMAL_NEURO.search(text) or (_NORMAL_SENSATION.search(text) and _NORMAL_STRENGTH.search(text)):
            return False, f"the neurological examination is normal: {text}"
    return True, "a normal neurological examination is not documented"


def blocks_on_each_side(ctx: ItemContext, kinds: str) -> Result:
    """A procedure on both sides rests on a diagnostic block on each: not met when the records
    tell of blocks on one side only ("left-sided blocks have not been performed")."""
    if ctx.request.side is None or ctx.request.side.value != "bilateral":
        return True, "the request is for one side"
    wanted = re.compile(kinds, re.I)
    sides: set[str] = set()
    evidence = ""
    for finding in ctx.facts.mentions.get("injections_done", []):
        text = finding.evidence.text
        if not wanted.search(text):
            continue
        found = {side for side, pattern in _SIDES.items() if pattern.search(text)}
        sides |= found
        evidence = evidence or text
    if not sides or "both" in sides or {"left", "right"} <= sides:
        return True, evidence or "the blocks do not name a side"
    return False, f"the diagnostic blocks were on the {next(iter(sides))} side only: {evidence}"

"""Checks on medications: short-term use and days of supply, the benefit of the drug itself,
clinically meaningful relief, topical ingredients and first-line trials."""

from __future__ import annotations

import re

from imr.clinical.context import modifiers
from imr.clinical.dates import dates_in
from imr.clinical.facts import ABOUT_THE_REVIEW, scores_with_and_without
from imr.engine.checks.base import NOT_DOCUMENTED, Result, about_another_drug, quote
from imr.engine.checks.facts import asserted_matches
from imr.engine.context import ItemContext
from imr.model import Medication
from imr.requests import find_drug, find_drugs
from imr.requests.parse import drug_class_of

_PER_DAY = [
    (re.compile(r"\bqid\b|four times (?:a |per )?da(?:y|ily)|\bq6h?\b|every 6 hours", re.I), 4),
    (re.compile(r"\btid\b|three times (?:a |per )?da(?:y|ily)|\bq8h?\b|every 8 hours", re.I), 3),
    (re.compile(r"\bbid\b|twice (?:a |per )?da(?:y|ily)|two times (?:a |per )?da(?:y|ily)|\bq12h?\b|every 12 hours", re.I), 2),
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


# a drug the sentence tells as prescribed now, not one used for a while
_NEWLY_PRESCRIBED = re.compile(
    r"\b(?:was|were) (?:prescribed|started|initiated|dispensed|given)\b|\bfor up to \d+ days\b"
    r"|\b(?:provider|physician|doctor|treater|surgeon|clinician|and) (?:also )?(?:prescribed|started|initiated|dispensed)\b", re.I)
_LONG_USE = re.compile(r"\bsince\b|\bfor (?:the (?:past|last) )?(?:\d+|several|many) (?:months|years)\b|\bcontinu\w+|\brefill\w*|\brenew\w*|\bongoing\b|\blong[- ]term\b|\bchronic(?:ally)?\b|\bremains? on\b", re.I)


def _around_name(medication: Medication) -> tuple[str, str] | None:
    """The words of the medication's sentence before its name, and from its name on."""
    text = medication.evidence.text
    at = text.lower().find(medication.as_written.lower())
    return (text[:at], text[at:]) if at >= 0 else None


def _only_requested(medication: Medication) -> bool:
    around = _around_name(medication)
    return (around is not None and bool(_REQUESTED_BEFORE.search(around[0])) and medication.duration_months is None
            and medication.start is None and not _LONG_USE.search(medication.evidence.text))


def _dosing_text(ctx: ItemContext) -> str:
    """The request's words, or, where they give no frequency, those of the record sentence that
    prescribes the drug ("prescribed orphenadrine ER 100mg twice daily, #60")."""
    text = ctx.request.text
    if any(pattern.search(text) for pattern, _ in _PER_DAY) or not ctx.request.drug:
        return text
    for medication in ctx.facts.medications:
        if medication.name != ctx.request.drug:
            continue
        around = _around_name(medication)
        # the words that follow the drug's name, up to the next drug or clause
        dosing = re.split(r"[;,]| and ", around[1])[0] if around else ""
        if any(pattern.search(dosing) for pattern, _ in _PER_DAY):
            return dosing
    return text


def short_term_use(ctx: ItemContext, weeks: float, per_day: float | None = None) -> Result:
    """The drug is new, or has been used no longer than ``weeks``; a request whose quantity
    (with its refills) lasts longer than that is not short-term, at the frequency it states or,
    failing that, ``per_day``."""
    supply = days_supply(_dosing_text(ctx), ctx.request.quantity, per_day, ctx.request.refills)
    if supply is not None and supply > weeks * 7:
        return False, f"#{ctx.request.quantity}{f' with {ctx.request.refills} refills' if ctx.request.refills else ''} lasts about {supply:g} days"
    months_allowed = weeks / 4.345
    drug = ctx.request.drug
    base = (drug or "").removesuffix(" topical")
    for medication in ctx.facts.medications:
        if medication.name in (drug, base):
            if _only_requested(medication):
                continue  # "the treater requested Voltaren gel": the request, not a course in use
            if medication.duration_months is not None:
                return medication.duration_months <= months_allowed, medication.evidence.text
            if medication.start and ctx.reference_date:
                used = (ctx.reference_date - medication.start).days / 30.44
                return used <= months_allowed, medication.evidence.text
            if _NEWLY_PRESCRIBED.search(medication.evidence.text) and not _LONG_USE.search(medication.evidence.text):
                return True, f"a new short course: {medication.evidence.text}"
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


def post_operative_supply(ctx: ItemContext, weeks: float, per_day: float, minor_weeks: float = 3, major_weeks: float = 6) -> Result:
    """A supply for the weeks after an operation: the quantity lasts no longer than ``weeks``
    (at the frequency the request states or ``per_day``), and the operation, if done, was no more
    than ``weeks`` before the request; earlier use for the injury does not count against it."""
    supply = days_supply(ctx.request.text, ctx.request.quantity, per_day, ctx.request.refills)
    if supply is not None and supply > weeks * 7:
        return False, f"#{ctx.request.quantity} lasts about {supply:g} days"
    since = ctx.months_since_surgery
    if since is not None and since * 4.345 > weeks:
        return False, f"the operation was {since:.1f} months before the UR decision"
    if supply is None:
        return None, "the request does not state the quantity"
    period = minor_weeks if ctx.surgery in _LESS_EXTENSIVE else major_weeks
    if since is not None and since >= 0 and since * 4.345 + supply / 7 > period:
        # the course runs from the operation: a renewal late in it carries the use past the period
        return False, (f"the operation ({ctx.surgery or 'not named'}) was {since * 4.345:.1f} weeks before the UR decision and "
                       f"#{ctx.request.quantity} adds about {supply:g} days, past the {period:g} weeks of post-operative pain")
    return True, f"#{ctx.request.quantity}, about {supply:g} days of use after the operation"


# operations after which post-operative opioids run two to three weeks (longer after a major one)
_LESS_EXTENSIVE = {"shoulder arthroscopy", "knee arthroscopy", "arthroscopy", "carpal tunnel release", "trigger finger release",
                   "de quervain release", "cubital tunnel release", "hardware removal", "epicondyle release"}


def on_drug_class(ctx: ItemContext, **params: str) -> Result:
    """The worker takes a drug of the class: one the records say was never filled or tried does
    not count."""
    wanted = params["class"]
    for medication in ctx.facts.medications:
        found = find_drug(medication.as_written)
        if found and found[2] == wanted and not _NOT_TRIED.search(medication.evidence.text):
            not_needed = _all_disputed_and_not_necessary(ctx, wanted)
            if not_needed:
                return False, not_needed
            return True, medication.evidence.text
    if wanted == "opioid":  # "on chronic opioid therapy", the drug named only where the UR certified it
        for _, sentence in asserted_matches(ctx, _ON_OPIOIDS):
            return True, sentence
    return None, NOT_DOCUMENTED


_ON_OPIOIDS = r"\b(?:on|taking|takes|receiving|maintained on) (?:chronic |long-term |ongoing |daily )?(?:opioid|opiate|narcotic)s?(?: therapy| medications?| analgesics?)?\b"


_BEFORE_IT = re.compile(r"\b(?:after|instead of|in place of|replac\w+|switched from|changed from|previously (?:on|took|taking)|formerly)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _given_before(medication: Medication) -> bool:
    """A drug the sentence names as the one an earlier course used ("started in 2013 after Norco")."""
    around = _around_name(medication)
    return around is not None and bool(_BEFORE_IT.search(around[0]))


_WEANING = r"\btaper\w*|\bwean\w*|gradual (?:reduction|decrease|dose reduction)|(?:reduce|reduction of|decrease) (?:the )?(?:opioids?|dose|dosage)"


# drugs given to go with another (a laxative with opioids, a PPI with an NSAID): decided after
# it in a case, and needed only while it is
COMPANION_CLASSES = frozenset({"laxative", "proton pump inhibitor", "H2 blocker", "antiemetic"})


def _all_disputed_and_not_necessary(ctx: ItemContext, drug_class: str) -> str | None:
    """Every drug of ``drug_class`` the records show in use is disputed in this case and found
    not medically necessary: a drug given to go with them (a laxative with the opioids) goes too."""
    if ctx.request.drug_class not in COMPANION_CLASSES:
        return None  # a drug screen monitors opioids being weaned as well as continued
    if next(asserted_matches(ctx, _WEANING, suspected=True), None):
        return None  # the drugs continue while they are tapered, and so does what goes with them
    in_use = _named_in_class(ctx, drug_class, current_only=True)
    if not in_use or not all(name in ctx.drugs_decided and not ctx.drugs_decided[name] for name in in_use):
        return None
    return f"the {drug_class} it goes with ({', '.join(sorted(in_use))}) is not medically necessary in this review"


def topical_ingredients(ctx: ItemContext, not_recommended: list[str], not_recommended_classes: list[str]) -> Result:
    """A topical product is not recommended if any one of its ingredients is not (a drug by
    name, or by class: an antiepilepsy drug, a muscle relaxant, …)."""
    ingredients = ctx.request.ingredients or ([ctx.request.drug] if ctx.request.drug else [])
    if not ingredients or ctx.request.drug == "compounded topical" and not ctx.request.ingredients:
        return None, "the ingredients of the compounded product are not stated"
    for name in ingredients:
        drug_class = drug_class_of(name)
        if name in not_recommended or (drug_class in not_recommended_classes and name != "diclofenac"):
            return False, f"the product contains {name}{f' ({drug_class})' if drug_class and name not in not_recommended else ''}, which is not recommended for topical use"
    return True, f"ingredients: {', '.join(ingredients)}"


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
    for _, sentence in asserted_matches(ctx, _FIRST_LINE.pattern):
        if not _NOT_TRIED.search(sentence):  # "prescribed in January, but he never filled it"
            return True, sentence
    for wanted in ("antiepilepsy drug", "antidepressant"):
        met, evidence = on_drug_class(ctx, **{"class": wanted})
        if met:
            return True, evidence
    return None, "no trial of an antidepressant or antiepilepsy drug is documented"


def meaningful_relief(ctx: ItemContext, points: float = 2, percent: float = 30) -> Result:
    """Pain relief with the medication that is clinically meaningful: scores with and without
    it at least ``points`` or ``percent`` apart; relief reported in words counts as reported."""
    with_med, without = ctx.facts.pain_with_medication, ctx.facts.pain_without_medication
    if with_med is None:
        return None, NOT_DOCUMENTED
    if about_another_drug(ctx, with_med.evidence.text):
        return None, f"relief is documented for another drug, not {ctx.request.drug}: {quote(with_med)}"
    if without is None or not isinstance(with_med.value, float) or not isinstance(without.value, float):
        if _UNDESCRIBED.search(with_med.evidence.text):  # "takes the edge off", but no scores are given
            return None, f"relief reported without measures: {quote(with_med)}"
        return True, quote(with_med)
    drop = without.value - with_med.value
    meaningful = drop >= points or (without.value > 0 and drop / without.value * 100 >= percent)
    detail = f"pain {without.value:g}/10 without and {with_med.value:g}/10 with the medication"
    return meaningful, detail + ("" if meaningful else f": a reduction of {drop:g} point{'s' if drop != 1 else ''}")


_NO_BENEFIT = re.compile(
    r"(?:does|did|do)(?:n't|n’t| not) (?:really )?(?:do (?:much|anything)|help|work|provide)|no (?:\w+ )?(?:benefit|relief|improvement|help)"
    r"|(?:is|was|are|were)(?: not|n't|n’t) (?:really )?(?:helping|helpful|working|effective)"
    r"|ineffective|not (?:been )?(?:helpful|effective|beneficial)|without (?:\w+ )?(?:benefit|relief|improvement)"
    r"|stopped working|minimal (?:\w+ )?(?:benefit|relief|improvement)|little (?:benefit|relief)"
    r"|\bnot (?:really |much |significantly )?(?:helped|helping|worked|working)|(?:has|had|have)(?:n't| not) (?:been )?(?:helpful|effective)"
    r"|(?:the )?same as (?:before|prior)|unchanged (?:from|since) (?:before|prior|baseline)|no (?:significant |meaningful )?change['\"’]? (?:in (?:(?:his |her |the )?(?:pain|symptoms|function))|from|since)",
    re.I,
)


# words just before a drug's name that make it one about to be started, not one in use
_TO_BE_STARTED = re.compile(
    r"\b(?<!since )(?<!after )(?<!upon )(?:starting|to start|will start|would start|initiat(?:e|ing)|begin(?:ning)?|a trial of|to try|adding|to add)\s+(?:[\w-]+\s+){0,2}$", re.I)


# "The provider started amitriptyline 25 mg at bedtime": a start told with no date and nothing of
# its effect is the start of the course now under review, not a course already in use
_STARTED_BY_PROVIDER = re.compile(
    r"\b(?:provider|physician|doctor|clinician|surgeon|prescriber|dr\.? \w+)\s+(?:has\s+)?(?:newly\s+)?(?:started|initiated|began|added)\s+(?:[\w-]+\s+){0,2}$", re.I)


_REQUESTED_BEFORE = re.compile(r"\brequest(?:ed|ing|s)?\b[^.;]{0,60}$", re.I)


def _just_started(text: str, spans: list[re.Match[str]]) -> bool:
    """Every mention of the drug in the sentence is its start now ("the provider started
    amitriptyline") or the request for it ("Requested: gabapentin 300 mg TID"), or says it was
    never tried; and the sentence tells nothing of a course already run (a date of the start,
    an effect, a refill)."""
    if _NOT_TRIED.search(text):
        return True
    started = False
    for match in spans:
        before = text[: match.start()]
        clause = re.split(r"[,;]| and ", text[match.end():], maxsplit=1)[0]
        if _LONG_USE.search(clause):
            return False
        if _STARTED_BY_PROVIDER.search(before):
            started = True
        elif not _REQUESTED_BEFORE.search(before):
            return False
    if _NO_BENEFIT.search(text) or _BENEFIT.search(text):
        return False
    return not (started and (next(dates_in(text), None) or _DATED_START.search(text)))


_NOT_TRIED = re.compile(
    r"\b(?:has|have|had) not (?:yet )?(?:been )?(?:tried|used|taken|prescribed|started)\b|\bnever (?:been )?(?:tried|taken|used|prescribed)\b"
    r"|\bnot (?:previously|yet) (?:been )?(?:tried|used|taken|prescribed)\b|\bno (?:prior |previous )?trial of\b|\bnaive to\b"
    r"|\bnever (?:filled|took|started|picked up)\b|\b(?:did not|didn't|has not|hasn't) (?:fill|take|start|pick up)\b", re.I)
_DATED_START = re.compile(r"\b(?:ago|since|in (?:19|20)\d\d|(?:january|february|march|april|may|june|july|august|september|october|november|december))\b", re.I)


_FROM_TO = re.compile(r"\b(\d{1,2})\s*(?:/\s*10|out of 10)\s*(?:to|->|→|down to)\s*(\d{1,2})\s*(?:/\s*10|out of 10)", re.I)


def _score_fell(text: str) -> bool:
    """A pain score told falling with the drug ("pain 6/10 to 3/10")."""
    return any(int(m.group(1)) > int(m.group(2)) for m in _FROM_TO.finditer(text))


# "Duloxetine was started in 7-2016. On 11-30-2016 her leg pain had dropped from 8/10 to 5/10":
# the sentence after a start, naming no drug, tells what the drug did
_STARTED_THEN = re.compile(r"^[^.;]{0,40}\b(?:was|were) (?:started|initiated|begun|added|prescribed) (?:in|on) [^.;]{0,20}\.?$", re.I)


_SINCE_THEN = re.compile(r"^\s*(?:since (?:then|starting|that time|it was started)|with (?:it|this|the medication)|it (?:has )?(?:helps?|helped|reduces|reduced|decreases|decreased|allows|allowed))", re.I)


_UNDESCRIBED = re.compile(
    r"(?:did|does|do) not (?:describe|document|record|report|quantify|mention|state|say|indicate|comment on|address|specify)|\bno comments? on\b|not (?:described|documented|recorded|reported|quantified|stated)|\bwhether\b"
    r"|no (?:\w+ )?(?:documentation|description|record|mention|measures?) of|without (?:documenting|describing)"
    r"|without (?:any )?(?:\w+ )?(?:documentation|description|record|mention) of"
    r"|(?:provides?|gives?|gave|provided|with) no (?:pain )?(?:scores|ratings|measures|measurements)",
    re.I,
)


_BENEFIT = re.compile(
    r"help|reduc|improv|relie[fv]|benefi|decreas|lessen|\d+\s*(?:%|percent) (?:relief|reduction|improvement|less|decrease)"
    r"|allows?|enables?|able to|better|effective|control|resumed|compared (?:with|to)|(?:fallen|dropped|down) from|less pain|can now",
    re.I,
)


def drug_benefit(ctx: ItemContext, new_course_ok: bool = True) -> Result:
    """The benefit of the requested drug itself, from the record sentences that name it: a
    statement that it does not help is not met; one that it relieves pain or restores function
    is. A drug the records do not show in use is a first trial (met when ``new_course_ok``)."""
    return benefit_of(ctx, ctx.request.drug, new_course_ok)


def _named_in_class(ctx: ItemContext, drug_class: str, current_only: bool = False) -> set[str]:
    """The generic names of the drugs of ``drug_class`` the records name (``current_only``: not
    one named as the drug an earlier course used)."""
    found = (find_drug(m.as_written) for m in ctx.facts.medications if not (current_only and _given_before(m)))
    return {f[1] for f in found if f and f[2] == drug_class}


def _in_class(ctx: ItemContext, drug_class: str) -> set[str]:
    """The other drugs of ``drug_class`` the records show the worker on (not the one requested)."""
    base = (ctx.request.drug or "").removesuffix(" topical")
    return _named_in_class(ctx, drug_class) - {ctx.request.drug, base}


def no_effective_duplicate(ctx: ItemContext, drug_class: str) -> Result:
    """A second drug of the class is added only where the first gives too little relief: not
    alongside another of the class that the records show helping (CPMTG, AEDs: combination
    therapy only when there is no response to the first)."""
    for other in sorted(_in_class(ctx, drug_class)):
        helps, evidence = benefit_of(ctx, other, new_course_ok=False, apart_from=ctx.request.drug)
        if helps:
            return False, f"{other} already helps: {evidence}"
    return True, f"no other {drug_class} in use with benefit"


def class_not_stopped(ctx: ItemContext, drug_class: str) -> Result:
    """A drug given to go with another (a PPI with an NSAID) is needed while that one is taken:
    not met when every drug of the class the records name was stopped or discontinued."""
    named = _named_in_class(ctx, drug_class)
    if not named:
        return True, f"no {drug_class} is named; the need rests on the other criteria"
    not_needed = _all_disputed_and_not_necessary(ctx, drug_class)
    if not_needed:
        return False, not_needed
    stopped = {}
    for sentence in ctx.sentences:
        names = {generic for _, generic, _ in find_drugs(sentence.text)} & named
        if names and _STOPPED.search(sentence.text):
            for name in names:
                stopped.setdefault(name, sentence.text)
    if set(stopped) == named:
        return False, f"the {drug_class} was stopped: {next(iter(stopped.values()))}"
    return True, f"{', '.join(sorted(named - set(stopped)))} still taken"


_STOPPED = re.compile(r"\b(?:discontinu\w+|stopp?ed|ceased|no longer (?:taking|takes|on)|switched (?:from|off))\b", re.I)


def class_benefit(ctx: ItemContext, drug_class: str) -> Result:
    """Another drug of the class helped (naproxen gave good relief), so one of the class taken in
    its place (celecoxib, for a worker at GI risk) has the class's benefit to rest on."""
    for other in sorted(_in_class(ctx, drug_class)):
        helps, evidence = benefit_of(ctx, other, new_course_ok=False, apart_from=ctx.request.drug)
        if helps:
            return True, evidence
    return None, f"no benefit of another {drug_class} is documented"


_STILL_TAKING = re.compile(r"still (?:taking|on|using)|currently (?:taking|on|using)|continues? (?:to take|on)|remains? on|is taking|was taking", re.I)
_SWITCHED = re.compile(r"switch\w*|stop\w*|discontinu\w*|replac\w*|chang\w+ (?:to|from)|instead of|in place of|ran out", re.I)


def no_concurrent_in_class(ctx: ItemContext, drug_class: str) -> Result:
    """Not a second drug of the class taken together with one the worker is still taking (two
    NSAIDs at once add risk, not benefit); a switch from one to the other is not concurrent use."""
    others = _in_class(ctx, drug_class)
    naming = [s.text for s in ctx.sentences if others & {generic for _, generic, _ in find_drugs(s.text)}]
    if any(_SWITCHED.search(text) for text in naming):
        return True, "a switch from one to the other"
    for text in naming:
        if _STILL_TAKING.search(text):
            return False, text
    return True, f"no other {drug_class} still taken"


def benefit_of(ctx: ItemContext, wanted: str | None, new_course_ok: bool = True, apart_from: str | None = None) -> Result:
    """The benefit of the drug ``wanted`` (a generic name), from the record sentences that name it
    (``apart_from``: not those that also name that drug, whose benefit they may tell instead)."""
    named = []
    for index, sentence in enumerate(ctx.sentences):
        if ABOUT_THE_REVIEW.search(sentence.text):
            continue
        generics = [(match, generic) for match, generic, _ in find_drugs(sentence.text)]
        if apart_from and any(g == apart_from for _, g in generics):
            continue
        spans = [match for match, generic in generics if generic == wanted]
        # a drug only planned or requested ("a trial of Lidoderm was requested", "starting
        # gabapentin") is not yet in use
        if not spans or all(modifiers(sentence.text, m.start(), m.end()).hypothetical
                            or _TO_BE_STARTED.search(sentence.text[: m.start()]) for m in spans):
            continue
        if _just_started(sentence.text, spans):
            continue
        named.append(sentence.text)
        # "Gabapentin was started in April. Since then her leg pain has decreased from 8/10 to 4/10":
        # the next sentence, naming no drug, tells what this one did
        following = ctx.sentences[index + 1].text if index + 1 < len(ctx.sentences) else ""
        if following and next(find_drugs(following), None) is None and (
                _SINCE_THEN.search(following) or _STARTED_THEN.search(sentence.text)):
            named.append(following)
    stated = [t for t in named if not _UNDESCRIBED.search(t)]
    for text in stated:
        if _NO_BENEFIT.search(text):
            return False, text
    for text in stated:
        with_score, without_score = scores_with_and_without(text)
        if (_BENEFIT.search(text) or (with_score is not None and without_score is not None and with_score < without_score)
                or _score_fell(text)):
            return True, text
    if not named and new_course_ok:
        return True, f"{wanted} is not yet in use: a first trial"
    return None, f"the benefit of {wanted} is not documented"

"""Clinical facts from the records, each with the span it came from.

``extract_facts(records)`` reads every record sentence by sentence. A finding of
``data/findings.yaml`` asserted in its clause makes its fact True with that sentence as the
evidence; a denied one ("no documented functional improvement") makes it False; historical
and hypothetical mentions do not assert a current fact. Sentences about the utilization
review or the request itself are not facts about the worker and are passed over.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from importlib import resources

import yaml

from imr.clinical.context import Sentence, modifiers, of_another_person, sentences
from imr.clinical.records import record_text
from imr.letters.text import parse_date
from imr.model import Evidence, Facts, Finding, Medication, Record
from imr.requests.parse import NUMBER_WORDS, body_parts_in, find_drug, find_drugs

ABOUT_THE_REVIEW = re.compile(
    r"utilization review|\bUR\b|non-?certif|medically necessary|independent medical review|\bIMR\b"
    r"|was the original request|authorized by the claims administrator"
    r"|claims administrator (?:has |had )?(?:certified|approved|authorized|denied|modified|partially|non-?certified)"
    r"|\b(?:was|were|been|is) (?:denied|modified|non-?certified)\b",
    re.I,
)
# a UR decision that certified the operation: the services that go with it follow it
_UR_CERTIFIED = re.compile(
    r"(?<!non-)(?<!non)\b(?:certified|authorized|approved)\s+(?:the\s+)?(?:request(?:ed)?\s+(?:for\s+)?)?(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,6}?(?:surgery|arthroscopy|repair|release|fusion|arthroplasty|decompression|discectomy"
    r"|laminectomy|replacement|meniscectomy|microdiscectomy|reconstruction|fixation|acdf|procedure|orif)\b"
    r"|\b(?:surgery|arthroscopy|repair|release|fusion|arthroplasty|decompression|discectomy|laminectomy|replacement"
    r"|meniscectomy|microdiscectomy|reconstruction|fixation|acdf|procedure)\b[^.;]{0,90}?\b(?:was|were|had been|has been)\s+(?<!non-)(?:certified|authorized|approved)\b"
    # the terse "UR 11/16/2016: arthroscopy certified"
    r"|\b(?:surgery|arthroscopy|repair|release|fusion|arthroplasty|decompression|discectomy|laminectomy|replacement"
    r"|meniscectomy|microdiscectomy|reconstruction|fixation|acdf|procedure|orif)\s+(?<!non-)(?<!non)(?:certified|authorized|approved)\b",
    re.I,
)
_AGE = re.compile(r"\b(\d{2})[- ](?:year|yr)s?[- ]old\b|\bage[d]?\s*:?\s*(\d{2})\b|\b(\d{2}) ?(?:y/o|yo|y\.o\.)(?![\w/])", re.I)
_SEX = re.compile(r"\b(male|female|man|woman|gentleman|lady)\b", re.I)
# a pain score out of ten, not the tail of a blood pressure ("143 over 103")
_SCORE = r"(?<![\d.])(\d{1,2}(?:\.\d)?)\s*(?:/|out of|over)\s*10(?!\d)"
_PAIN = re.compile(r"(?<![\d.])(\d{1,2}(?:\.\d)?)\s*(?:-\s*\d{1,2}\s*)?(?:/|out of|over|on a scale of)\s*10(?!\d)", re.I)
_COUNT = r"(\d{1,3}|" + "|".join(w for w in sorted(NUMBER_WORDS, key=len, reverse=True) if w not in ("once", "twice", "thrice")) + r")"
_OR_MORE = r"(?:\s+or\s+more|\s+plus|\+)?"  # "30 or more sessions of chiropractic"
_KINDS = r"(physical therapy|chiropractic|acupuncture|occupational therapy|therapy|aquatic therapy|cognitive behavioral therapy|psychotherapy|\bpt\b|\bot\b)"
# visits of a therapy done: "completed 12 sessions of PT", "s/p 24 visits", "eight chiropractic visits to date",
# "12 visits of occupational therapy were completed", "acupuncture x 8 sessions was completed"
_VISITS_DONE = [
    re.compile(
        r"(?:completed|attended|had|received|undergone|underwent|finished|participated in|after|total of|at least|s/p|"
        r"status post|included|including|consisted of)\s+(?:a total of\s+|at least\s+|approximately\s+|about\s+|over\s+)?"
        + _COUNT + r"\s+(?:of (?:the\s+)?\d+\s+)?(?:[\w-]+\s+){0,3}?(?:sessions?|visits?|treatments?)(?:\s+of\s+" + _KINDS + r")?",
        re.I,
    ),
    re.compile(
        r"(?<![\w/-])" + _COUNT + r"\s+(?:completed\s+|prior\s+|previous\s+)?(?:[\w-]+\s+){0,3}?(?:sessions?|visits?|treatments?)"
        r"(?:\s+of\s+" + _KINDS + r")?(?:\s+[\w-]+){0,4}?\s+(?:were|was|have been|had been)\s+(?:completed|attended|done|provided|rendered|received|given)",
        re.I,
    ),
    re.compile(r"(?<![\w/-])" + _COUNT + r"\s+completed\s+(?:[\w-]+\s+){0,2}?(?:sessions?|visits?|treatments?)", re.I),
    # a count of a named therapy, told as done ("eighteen sessions of physical therapy through April",
    # "twelve acupuncture sessions in 2014"); one that is planned or requested is set aside below
    re.compile(r"(?<![\w/-])" + _COUNT + _OR_MORE + r"\s+(?:prior\s+|previous\s+|additional\s+)?(?:sessions?|visits?|treatments?)\s+of\s+" + _KINDS, re.I),
    re.compile(r"(?<![\w/-])" + _COUNT + _OR_MORE + r"\s+(?:prior\s+|previous\s+)?" + _KINDS + r"\s+(?:sessions?|visits?|treatments?)", re.I),
    re.compile(r"(?<![\w/-])" + _COUNT + r"\s+(?:[\w-]+\s+){0,2}?(?:sessions?|visits?|treatments?)\s+(?:to date|so far|thus far)", re.I),
    # "chiropractic care (approximately one visit per month since 11-2015, 13 visits)"
    re.compile("(?:" + _KINDS[1:] + r"\s*(?:care|treatment|therapy|sessions)?\s*\([^)]{0,60}?(?<![\w/-])" + _COUNT + r"\s+(?:sessions?|visits?|treatments?)\)", re.I),
    # the terse "Completed 12 PT.", "had 8 chiro"
    re.compile(r"(?:completed|attended|had|received|finished|s/p)\s+" + _COUNT + r"\s+(pt|ot|chiro|physical therapy|acupuncture|chiropractic)\b(?!\s*(?:sessions?|visits?|treatments?))", re.I),
    re.compile(
        r"(?:physical therapy|\bpt\b|chiropractic|acupuncture|occupational therapy|\bot\b)\s*(?:x|times)\s*" + _COUNT
        + r"\s*(?:sessions?|visits?)?\s+(?:was|were|has been|have been|had been)\s+(?:completed|done|attended|provided)",
        re.I,
    ),
]


def _count(token: str) -> float:
    return float(NUMBER_WORDS.get(token.lower(), token) if not token.isdigit() else token)


# visits the claims administrator already authorized count as a course given
_VISITS_AUTHORIZED = re.compile(
    r"#?(\d{1,3}|" + "|".join(w for w in sorted(NUMBER_WORDS, key=len, reverse=True) if w not in ("once", "twice", "thrice")) + r")\s+(?:\w+\s+){0,2}?(?:sessions?|visits?)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:were\s+|was\s+|had been\s+|have been\s+)?"
    r"(?:authorized|certified|approved)"
    r"|(?<!non-)(?<!non)(?:authorized|certified|approved)\s+(?:for\s+)?(?:an?\s+)?(?:initial\s+|additional\s+)?#?(\d{1,3})\s+(?:\w+\s+){0,2}?(?:sessions?|visits?)",
    re.I,
)
_MODALITY = re.compile(r"physical therapy|\bpt\b|chiropractic|acupuncture|occupational therapy|aquatic|psychotherapy|cbt|cognitive", re.I)
# "had started diclofenac gel ... on 07/05/2016", "was started on 4/2/2016"
_STARTED_ON = re.compile(r"\b(?:started|initiated|begun|began|prescribed)\b[^.;]{0,80}?\bon\s+(\d{1,2}[-/]\d{1,2}[-/]\d{2,4})", re.I)
_SINCE = re.compile(r"since\s+(?:at least\s+)?(\d{1,2}[-/]\d{1,2}[-/]\d{2,4}|\w+\s+\d{4}|\d{4})", re.I)
_FOR_DURATION = re.compile(r"for\s+(?:at least\s+|over\s+|more than\s+|approximately\s+)?(\d+|one|two|three|four|five|six|several|many)\s+(weeks?|months?|years?)", re.I)
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "several": 3, "many": 6}
_MONTHS = {"week": 0.25, "weeks": 0.25, "month": 1, "months": 1, "year": 12, "years": 12}


@lru_cache(maxsize=1)
def _findings() -> dict[str, re.Pattern[str]]:
    data = yaml.safe_load(resources.files("imr.clinical").joinpath("data/findings.yaml").read_text())
    for fact, patterns in data.items():
        for pattern in patterns:
            if not isinstance(pattern, str):  # an unquoted pattern with ": " reads as a mapping
                raise ValueError(f"clinical/data/findings.yaml: {fact}: {pattern!r} is not a pattern string; quote it")
    return {
        fact: re.compile("|".join(f"(?:{p})" for p in patterns), re.I) for fact, patterns in data.items()
    }


@lru_cache(maxsize=1)
def _lowercase_findings() -> dict[str, re.Pattern[str]]:
    """The same patterns without IGNORECASE, for text already lowercased: the data's patterns
    are written in lower case, and matching them so is about three times faster."""
    return {fact: re.compile(pattern.pattern) for fact, pattern in _findings().items()}


_PHRASE_BREAK = re.compile(r"[,;]|\band\b", re.I)


def finding_phrases(fact: str, text: str) -> list[str]:
    """The phrases of ``text`` (between commas, semicolons and "and") in which the fact's
    words occur: in "labral tear of the shoulder, and a thumb fracture" the fracture is the
    thumb's."""
    pattern = _findings()[fact]
    bounds = [0] + [m.end() for m in _PHRASE_BREAK.finditer(text)] + [len(text) + 1]
    phrases = []
    for match in pattern.finditer(text):
        start = max(b for b in bounds if b <= match.start())
        end = min((m.start() for m in _PHRASE_BREAK.finditer(text, match.end())), default=len(text))
        phrases.append(text[start:end])
    return phrases


def _evidence(sentence: Sentence) -> Evidence:
    return Evidence(text=sentence.text, record=sentence.record, start=sentence.start, end=sentence.end)


def _finding(value, sentence: Sentence, **flags) -> Finding:
    return Finding(value=value, evidence=_evidence(sentence), **flags)


class _Collector:
    """Findings per fact, keeping an asserted mention over a denied one."""

    def __init__(self) -> None:
        self.asserted: dict[str, list[Finding]] = {}
        self.denied: dict[str, list[Finding]] = {}
        self.other: dict[str, Finding] = {}
        self.read: list[Sentence] = []

    def add(self, fact: str, sentence: Sentence, start: int, end: int) -> None:
        if of_another_person(sentence.text, start):
            return  # "his father died of a myocardial infarction": not the worker's
        mods = modifiers(sentence.text, start, end, negated_after=fact not in _EVENTS)
        if fact in _ASSERTED_WHEN_PLANNED:
            mods = type(mods)(negated=mods.negated)
        elif fact in _STANDING or fact == "failed_conservative_care":
            # "past medical history includes diabetes": the condition is current; "prior injections
            # gave two weeks of relief": the care that failed is still care that failed
            mods = type(mods)(negated=mods.negated, hypothetical=mods.hypothetical)
        if fact == "red_flags" and mods.historical and _STANDING_RED_FLAG.search(sentence.text[start:end]):
            # "a history of cancer / osteoporosis" is itself the red flag (ACOEM: a history of cancer)
            mods = type(mods)(negated=mods.negated, hypothetical=mods.hypothetical)
        if fact in _EVENTS and _SOMEONE_ELSE.search(sentence.text):
            return  # "a coworker had acupuncture": an event of another person's
        if fact in _EVENTS:  # a study or injection in the past is one done ("a prior MRI", "in 2013")
            mods = type(mods)(negated=mods.negated or bool(_INNER_NEGATION.search(sentence.text[start:end])),
                              hypothetical=mods.hypothetical)
        if mods.hypothetical or mods.historical:
            self.other.setdefault(
                fact, _finding(True, sentence, historical=mods.historical, hypothetical=mods.hypothetical)
            )
        elif mods.negated:
            self.denied.setdefault(fact, []).append(_finding(False, sentence))
        else:
            self.asserted.setdefault(fact, []).append(_finding(True, sentence))

    def sentences_with(self, pattern: re.Pattern[str]) -> list[Finding]:
        """The record sentences (about the worker, not the review) that match."""
        return [_finding(True, sentence) for sentence in self.read if pattern.search(sentence.text)]

    def one(self, fact: str) -> Finding | None:
        if fact in self.asserted:
            return self.asserted[fact][0]
        denied = self.denied.get(fact)
        return denied[0] if denied else None

    def many(self, fact: str) -> list[Finding]:
        return self.asserted.get(fact, [])


def _number(token: str) -> float:
    return float(_WORDS.get(token.lower(), token)) if not token.isdigit() else float(token)


def _medications(sentence: Sentence, found: dict[str, Medication]) -> None:
    for match, generic, _ in find_drugs(sentence.text):
        if generic in found:
            continue
        tail = sentence.text[match.start() : match.start() + 120]
        since = _SINCE.search(tail) or _STARTED_ON.search(sentence.text)
        duration = _FOR_DURATION.search(tail)
        found[generic] = Medication(
            name=generic,
            as_written=match.group(0),
            start=parse_date(since.group(1).replace("-", "/")) if since else None,
            duration_months=_number(duration.group(1)) * _MONTHS[duration.group(2).lower()] if duration else None,
            evidence=_evidence(sentence),
        )


def extract_facts(
    records: list[Record], *, date_of_injury: dt.date | None = None, reference_date: dt.date | None = None
) -> Facts:
    """What the records establish about the worker, each fact with its evidence."""
    facts = Facts(date_of_injury=date_of_injury)
    if date_of_injury and reference_date:
        facts.months_since_injury = round((reference_date - date_of_injury).days / 30.44, 1)
    collector = _Collector()
    medications: dict[str, Medication] = {}
    patterns = _findings()
    lowercase = _lowercase_findings()
    parts_seen: set[str] = set()
    for index, record in enumerate(records):
        text = record_text(record)
        parts_seen.update(body_parts_in(text))
        for sentence in sentences(text, index):
            line = sentence.text
            if facts.age is None and (age := _AGE.search(line)):
                facts.age = _finding(float(age.group(1) or age.group(2) or age.group(3)), sentence)
            if facts.sex is None and (sex := _SEX.search(line)):
                word = sex.group(1).lower()
                facts.sex = _finding("male" if word in ("male", "man", "gentleman") else "female", sentence)
            if ABOUT_THE_REVIEW.search(line):
                certified = _UR_CERTIFIED.search(line)
                if certified:
                    collector.add("surgery_certified", sentence, certified.start(), certified.end())
                continue
            collector.read.append(sentence)
            _pain(line, sentence, facts)
            _medications(sentence, medications)
            authorized = [(m.start(), m.end()) for m in _VISITS_AUTHORIZED.finditer(line)]
            counted: set[float] = set()
            for pattern in _VISITS_DONE:
                for match in pattern.finditer(line):
                    count = _count(match.group(1))
                    if count in counted or any(a <= match.start() < b for a, b in authorized):
                        continue
                    mods = modifiers(line, match.start(), match.end())
                    if mods.hypothetical or mods.negated:
                        continue
                    counted.add(count)
                    named = _MODALITY.search(line)
                    kind = match.group(2) if match.lastindex and match.lastindex >= 2 else None
                    modality = kind or (named.group(0) if named else "therapy")
                    facts.therapy_visits.append(_finding(count, sentence, label=modality.lower()))
            for match in _VISITS_AUTHORIZED.finditer(line):
                named = _MODALITY.search(line)
                count = _count(match.group(1) or match.group(2))
                modality = (named.group(0) if named else "therapy").lower()
                facts.therapy_visits.append(_finding(count, sentence, label=f"{modality} authorized"))
            lowered = line.lower()
            searched, table = (lowered, lowercase) if len(lowered) == len(line) else (line, patterns)
            for fact, pattern in table.items():
                matches = pattern.finditer(searched)
                if (first := next(matches, None)) is None:
                    continue
                if fact in _QUALIFIED_IN_THE_SENTENCE:
                    # "describe improvement in function, but no objective measures of functional
                    # gain are recorded": a claim the sentence takes back is not documented
                    denied = next((m for m in matches if modifiers(line, m.start(), m.end()).negated
                                   and _NOT_MEASURED.search(line[max(0, m.start() - 60):m.end()])), None)
                    first = denied or first
                collector.add(fact, sentence, first.start(), first.end())
    _assign(facts, collector)
    if date_of_injury is not None:
        _before_the_injury(facts, date_of_injury)
    facts.medications = list(medications.values())
    facts.body_parts = sorted(parts_seen)
    return facts


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _before_the_injury(facts: Facts, injury: dt.date) -> None:
    """A return to work the records date only to years before this injury ("after a 2004
    laminectomy he returned to full duty for several years") is of another time, not a result
    of the care now under review."""
    def earlier(finding: Finding) -> bool:
        years = [int(y) for y in _YEAR.findall(finding.evidence.text)]
        return bool(years) and max(years) < injury.year

    kept = [f for f in facts.mentions.get("returned_to_work", []) if not earlier(f)]
    if len(kept) == len(facts.mentions.get("returned_to_work", [])):
        return
    facts.mentions["returned_to_work"] = kept
    if facts.returned_to_work is not None and facts.returned_to_work.value is True and earlier(facts.returned_to_work):
        facts.returned_to_work = kept[0] if kept else None


_THEM = r"(?:the\s+)?(?:use\s+of\s+)?(?:current\s+|pain\s+|his\s+|her\s+|their\s+|prescribed\s+)?([a-z][\w-]*)"
_WITH_AFTER = re.compile(_SCORE + r"\s*(?:\w+\s+){0,3}?(?:with|on)\s+" + _THEM, re.I)
_WITHOUT_AFTER = re.compile(_SCORE + r"\s*(?:\w+\s+){0,3}?(?:without|off)\s+" + _THEM, re.I)
_WITH_LEAD = re.compile(r"\b(?:with|on)\s+" + _THEM + r"[,\s]+(?:[\w-]+[,\s]+){0,5}?" + _SCORE, re.I)
_WITHOUT_LEAD = re.compile(r"\b(?:without|off)\s+" + _THEM + r"[,\s]+(?:[\w-]+[,\s]+){0,5}?" + _SCORE, re.I)
_DRUG_WORDS = {"medications", "medication", "meds", "med", "medicine", "medicines", "analgesics", "analgesic", "opioids",
               "opioid", "narcotics", "narcotic", "pills", "them", "it", "regimen", "treatment"}
_BARE = r"(\d{1,2}(?:\.\d)?)(?:\s*(?:/|out of)\s*10)?"
# "7/10 with and 10/10 without tramadol", "VAS 7 without and 3 with meds"
_PAIR_WITH_FIRST = re.compile(r"(?<![\d.])" + _BARE + r"\s*with\s+and\s+" + _BARE + r"\s*without\b", re.I)
_PAIR_WITHOUT_FIRST = re.compile(r"(?<![\d.])" + _BARE + r"\s*without\s+and\s+" + _BARE + r"\s*with\b", re.I)
# "reduces pain from 9/10 to 5/10", "brings her pain down to 2/10 from 6/10"
_FROM_TO = re.compile(r"\bfrom\s+(?:a\s+)?" + _SCORE + r"\s+(?:down\s+)?to\s+(?:a\s+)?" + _SCORE, re.I)
_DOWN_TO_FROM = re.compile(r"\bdown\s+to\s+(?:a\s+)?" + _SCORE + r"\s+from\s+(?:a\s+)?" + _SCORE, re.I)
_RELIEVING = re.compile(r"medicat|\bmeds?\b|reduc|decreas|relie|lower|bring|brought|improv|help", re.I)


def _named_drug(pattern: re.Pattern[str], line: str) -> re.Match[str] | None:
    """A score "with Norco" / "without medications" / "on meds": the word names a drug."""
    for match in pattern.finditer(line):
        word = match.group(1) if pattern in (_WITH_LEAD, _WITHOUT_LEAD) else match.group(2)
        if word.lower() in _DRUG_WORDS or find_drug(word):
            return match
    return None


def _score_of(pattern: re.Pattern[str], match: re.Match[str]) -> float:
    return float(match.group(2) if pattern in (_WITH_LEAD, _WITHOUT_LEAD) else match.group(1))


def scores_with_and_without(line: str) -> tuple[float | None, float | None]:
    """The pain scores a sentence gives with and without medication ("8/10 without and 4/10
    with", "reduces pain from 9/10 to 5/10")."""
    with_score = without_score = None
    if pair := _PAIR_WITH_FIRST.search(line):
        with_score, without_score = float(pair.group(1)), float(pair.group(2))
    elif pair := _PAIR_WITHOUT_FIRST.search(line):
        without_score, with_score = float(pair.group(1)), float(pair.group(2))
    else:
        for pattern in (_WITH_AFTER, _WITH_LEAD):
            if (found := _named_drug(pattern, line)) is not None:
                with_score = _score_of(pattern, found)
                break
        for pattern in (_WITHOUT_AFTER, _WITHOUT_LEAD):
            if (found := _named_drug(pattern, line)) is not None:
                without_score = _score_of(pattern, found)
                break
        if with_score is not None and without_score is None and (bare := _WITHOUT_BARE.search(line)):
            without_score = float(bare.group(1))
        if without_score is not None and with_score is None and (bare := _WITH_BARE.search(line)):
            with_score = float(bare.group(1))  # "7/10 without tramadol, 3/10 with"
        if (with_score is None or without_score is None) and _RELIEVING.search(line):
            if (span := _FROM_TO.search(line)) and float(span.group(1)) > float(span.group(2)):
                without_score, with_score = float(span.group(1)), float(span.group(2))
            elif (span := _DOWN_TO_FROM.search(line)) and float(span.group(2)) > float(span.group(1)):
                with_score, without_score = float(span.group(1)), float(span.group(2))
    return with_score, without_score


def _pain(line: str, sentence: Sentence, facts: Facts) -> None:
    with_score, without_score = scores_with_and_without(line)
    if with_score is not None and facts.pain_with_medication is None:
        facts.pain_with_medication = _finding(with_score, sentence)
    if without_score is not None and facts.pain_without_medication is None:
        facts.pain_without_medication = _finding(without_score, sentence)
    if facts.pain_score is None and (pain := _PAIN.search(line)):
        facts.pain_score = _finding(float(pain.group(1)), sentence)


_WITHOUT_BARE = re.compile(_SCORE + r"\s*without(?=\s*[.,;)]|\s*$)", re.I)
_WITH_BARE = re.compile(_SCORE + r"\s*with(?=\s*[.,;)]|\s*$)", re.I)


_THERAPY_KIND = re.compile(
    r"physical therapy|chiropractic|acupuncture|occupational therapy|aquatic therapy|psychotherapy|cognitive behavio\w+ therapy",
    re.I,
)

_ONE = [
    "functional_improvement", "returned_to_work", "cures_checked", "pain_agreement", "aberrant_behavior",
    "side_effects", "neurological_deficit", "radiculopathy", "instability", "mechanical_symptoms", "spasm",
    "acute_exacerbation", "failed_conservative_care", "home_exercise", "gi_risk", "depression_or_anxiety",
    "insomnia", "neuropathic_pain",
]
# facts that words of planning or requesting do not make hypothetical: a plan is what the
# first three are, and "requested an early refill" is itself the aberrant behaviour
_ASSERTED_WHEN_PLANNED = {"surgery_requested", "procedure_planned", "surgery_certified", "aberrant_behavior"}
# facts whose assertion a sentence may take back in the same breath (a claim of improvement
# and the lack of any objective measure of it): the sentence then denies the fact
_QUALIFIED_IN_THE_SENTENCE = {"functional_improvement"}
# the words that take such a claim back: its measure or documentation is lacking (not "without crutches")
_NOT_MEASURED = re.compile(
    r"\bno (?:objective |specific |measurable |documented )?(?:measures?|measurements?|documentation|evidence|quantification)"
    r"|\bno objective|not (?:documented|quantified|measured|objectively)|without (?:objective|documented|measur\w+)"
    r"|lack of|absence of", re.I)
_STANDING = {"comorbidities", "osteoarthritis", "peripheral_neuropathy", "gi_risk"}
# events done: a negation inside the words matched ("received no physical therapy") denies them
# another person as the one who had the treatment (ConText's experiencer)
_SOMEONE_ELSE = re.compile(
    r"\b(?:co-?workers?|colleagues?|friends?|wife|husband|spouse|son|daughter|mother|father|brother|sister|relatives?|neighbou?rs?|family members?)"
    r"\b[^.;]{0,25}\b(?:had|has|received|got|underwent|tried|was given)\b", re.I)
_EVENTS = {"therapy_done", "injections_done", "imaging_done", "electrodiagnostics_done", "surgery_done", "drug_screen"}
_STANDING_RED_FLAG = re.compile(r"osteoporo|cancer|malignan|tumou?r|metasta", re.I)
_INNER_NEGATION = re.compile(r"\b(?:no|not|never|without|denies|denied)\b", re.I)
_MANY = ["procedure_planned", "red_flags", "imaging_done", "electrodiagnostics_done", "surgery_requested", "surgery_certified",
         "surgery_done", "injections_done", "comorbidities", "peripheral_neuropathy",
         "osteoarthritis"]


# the active conservative care whose failure reviewers look for (medication alone is not a course of it)
_CONSERVATIVE = re.compile(
    r"physical therapy|\bpt\b|occupational therapy|chiropractic|acupuncture|splint\w*|brac\w+|"
    r"injections?|\besi\b|epidural",
    re.I,
)
# the courses whose help means they have not failed (an injection that helped is a reason to repeat it)
_THERAPY_HELPED = re.compile(r"physical therapy|\bpt\b|occupational therapy|chiropractic|acupuncture|splint\w*|brac\w+", re.I)
_TREATMENT_TO_DATE = re.compile(
    r"treatments?(?: and \w+)? to date|prior treatments?|previous treatments?|treatment (?:history|has included|included)|"
    r"(?<!plan of )treatments?(?: (?!plans?\b|recommendations?\b)\w+){1,3}? (?:has |have )?(?:included|includes|consisted of)|"
    r"(?:has|have|had) been treated (?:for [^.;]{0,80}? )?with|has (?:undergone|received|tried)|conservative (?:care|treatment)",
    re.I,
)


_ONGOING_PAIN = re.compile(
    r"chronic (?:\w+ ){0,2}pain|persistent (?:\w+ ){0,2}(?:pain|symptoms)|(?:pain|symptoms) persists?\b|continues? to (?:report|complain|have)|ongoing (?:\w+ )?pain",
    re.I,
)


def _care_that_has_not_resolved(facts: Facts, found: _Collector) -> Finding | None:
    """Failed conservative care as reviewers read it when no sentence says so: a course of
    conservative treatment documented, and pain that persists after it (a current score of
    4/10 or more). The evidence is the sentence that lists the treatment."""
    pain = facts.pain_score or facts.pain_without_medication
    symptoms = any(f is not None and f.value is True for f in (facts.radiculopathy, facts.neuropathic_pain, facts.neurological_deficit,
                                                                facts.mechanical_symptoms, facts.instability))
    symptoms = symptoms or bool(found.sentences_with(_ONGOING_PAIN))
    if not symptoms and (pain is None or float(pain.value) < 4):
        return None
    helped = facts.functional_improvement
    if helped is not None and helped.value is True and _THERAPY_HELPED.search(helped.evidence.text):
        return None  # care the records say helped has not failed
    done = [f for f in facts.therapy_visits if f.value is not True and not (f.label or "").endswith("authorized")]
    for finding in found.many("therapy_done") + done + found.sentences_with(_TREATMENT_TO_DATE):
        if _conservative_care_given(finding.evidence.text):
            return finding.model_copy(update={"value": True, "label": "inferred"})
    return None


def _conservative_care_given(text: str) -> bool:
    """A course of conservative care the sentence tells as given ("no physical therapy has been
    provided yet" tells of none)."""
    for match in _CONSERVATIVE.finditer(text):
        mods = modifiers(text, match.start(), match.end())
        if not (mods.negated or mods.hypothetical):
            return True
    return False


def _assign(facts: Facts, found: _Collector) -> None:
    facts.mentions = {fact: list(findings) for fact, findings in found.asserted.items()}
    facts.denials = {fact: list(findings) for fact, findings in found.denied.items()}
    for fact in _ONE:
        setattr(facts, fact, found.one(fact))
    for fact in _MANY:
        setattr(facts, fact, found.many(fact))
    if found.one("inconsistent_drug_screen") and found.one("inconsistent_drug_screen").value:
        facts.drug_screen = found.one("inconsistent_drug_screen").model_copy(update={"value": "inconsistent"})
        if not (facts.aberrant_behavior and facts.aberrant_behavior.value):  # an inconsistent screen is aberrant
            facts.aberrant_behavior = found.one("inconsistent_drug_screen")
            facts.mentions.setdefault("aberrant_behavior", []).append(facts.aberrant_behavior)
    elif found.one("drug_screen"):
        facts.drug_screen = found.one("drug_screen")
    for status in ("off_work", "modified_duty", "retired"):
        finding = found.one(status)
        if finding is not None and finding.value and facts.work_status is None:
            facts.work_status = finding.model_copy(update={"value": status.replace("_", " ")})
    if facts.work_status is None and facts.returned_to_work and facts.returned_to_work.value:
        facts.work_status = facts.returned_to_work.model_copy(update={"value": "working"})
    if facts.failed_conservative_care is None:
        facts.failed_conservative_care = _care_that_has_not_resolved(facts, found)
        if facts.failed_conservative_care is not None:
            facts.mentions["failed_conservative_care"] = [facts.failed_conservative_care]
    denied = found.one("no_improvement")
    if denied is not None and denied.value and (facts.functional_improvement is None or not facts.functional_improvement.value):
        facts.functional_improvement = denied.model_copy(update={"value": False})
    for finding in found.many("therapy_done"):  # a course done, its length unknown
        text = finding.evidence.text  # "...12 physical therapy visits; he has never had acupuncture": not an acupuncture course
        kinds = {m.group(0).lower() for m in _THERAPY_KIND.finditer(text) if not modifiers(text, m.start(), m.end()).negated}
        for kind in sorted(kinds):
            facts.therapy_visits.append(finding.model_copy(update={"value": True, "label": kind}))
    pain_relief = found.one("pain_relief")
    if pain_relief is not None and facts.pain_with_medication is None and pain_relief.value:
        facts.pain_with_medication = pain_relief.model_copy(update={"value": "relief reported"})

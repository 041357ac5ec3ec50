"""Redacting a letter for publication.

Removed: the names of the parties and of anyone else the records name (by title — "Dr.",
"Ms." — or by credential — "M.D.", "PA-C"), the names of employers, insurers, claims
administrators and providers, addresses, telephone numbers, e-mail addresses, social security
numbers, dates of birth, and claim and policy numbers. Kept: dates of injury and of service,
the clinical content and every decision. Words of clinical or guideline vocabulary and drug
names are never taken for names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources

import yaml

from imr.model import Letter, Parties, Record

MARK = "[redacted]"

_SSN = re.compile(r"\b\d{3}-\d{2}-\d{4}\b|\b(?:SSN|social security(?: number)?)\s*[:#]?\s*[\dXx*-]{9,11}\b", re.I)
_PHONE = re.compile(r"(?<!\d)(?:\+?1[-.\s]?)?\(?\d{3}\)?[-.\s]?\d{3}[-.\s]\d{4}(?:\s*(?:x|ext\.?)\s*\d+)?(?!\d)")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_CLAIM = re.compile(r"\b(?:claim|policy|member|account|adj|wcab)\s*(?:number|no\.?|#)?\s*[:#]?\s*([A-Z0-9][A-Z0-9-]{4,})\b", re.I)
_DOB = re.compile(
    r"\b(?:DOB|D\.O\.B\.|date of birth|born(?: on)?)\s*[:,]?\s*(?:\d{1,2}[/-]\d{1,2}[/-]\d{2,4}|\d{4}-\d{2}-\d{2}|[A-Z][a-z]+\.? \d{1,2},? \d{4})",
    re.I,
)
_STREET = re.compile(
    r"\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Z0-9][\w.'-]*\s+){1,4}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Terrace)\b\.?"
    r"(?:,?\s*(?:Suite|Ste|Apt|Unit|#)\.?\s*[\w-]+)?"
    r"(?:,\s*[A-Z][a-zA-Z]+(?:\s[A-Z][a-zA-Z]+)*)?(?:,?\s*(?:CA|California))?(?:\s*\d{5}(?:-\d{4})?)?"
)
_PO_BOX = re.compile(r"\bP\.?\s?O\.?\s+Box\s+\d+(?:,\s*[A-Z][a-zA-Z ]+)?(?:,?\s*(?:CA|California))?(?:\s*\d{5}(?:-\d{4})?)?", re.I)
_NAME = r"[A-Z][a-zA-Z'’-]+"
_TITLED = re.compile(rf"\b(?:Dr|Doctor|Mr|Mrs|Ms|Miss|Nurse)\.?\s+((?:{_NAME}\s+)?(?:[A-Z]\.\s+)?{_NAME})")
_CREDENTIALED = re.compile(
    rf"\b((?:{_NAME}\s+)(?:[A-Z]\.\s+)?{_NAME}),?\s+(?:M\.?D\.?|D\.?O\.?|D\.?C\.?|PA-C|P\.?A\.?|N\.?P\.?|R\.?N\.?|Ph\.?D\.?|Psy\.?D\.?|L\.?Ac\.?|DPM|DPT|P\.?T\.?|FNP|LCSW|MFT)(?![a-z])"
)
_PREFIXED = re.compile(rf"\b(?:PA-C|NP|RN|LCSW|DPT)\s+((?:{_NAME}\s+)?{_NAME})")
_BY_NAME = re.compile(
    rf"\b(?:seen|examined|evaluated|treated|referred|signed|dictated|prepared|reviewed|authored) by\s+((?:{_NAME}\s+)(?:[A-Z]\.\s+)?{_NAME})"
)


@lru_cache(maxsize=1)
def _keep() -> frozenset[str]:
    words = set(yaml.safe_load(resources.files("imr.redact").joinpath("data/keep.yaml").read_text())["keep"])
    drugs = yaml.safe_load(resources.files("imr.requests").joinpath("data/drugs.yaml").read_text())
    for drug in drugs:
        for brand in drug["brands"]:
            words.update(w.capitalize() for w in re.findall(r"[a-zA-Z]+", brand))
    return frozenset(w.lower() for w in words)


def _people(parties: Parties | None, texts: Iterable[str]) -> set[str]:
    """Every person's name the parties and the texts give, full and by surname."""
    names: set[str] = set()
    if parties is not None:
        for person in (parties.employee, parties.treating_physician):
            if person is not None and person.name:
                names.add(person.name.strip())
    for text in texts:
        for pattern in (_TITLED, _CREDENTIALED, _PREFIXED, _BY_NAME):
            for match in pattern.finditer(text):
                names.add(match.group(1).strip())
    expanded = set()
    keep = _keep()
    for name in names:
        parts = [p for p in re.split(r"[\s,]+", name) if p and not re.fullmatch(r"[A-Z]\.?", p)]
        if not parts or all(p.lower() in keep for p in parts):
            continue
        expanded.add(name)
        expanded.update(p for p in parts if len(p) > 2 and p.lower() not in keep)
    return expanded


def _organisations(parties: Parties | None) -> set[str]:
    names: set[str] = set()
    if parties is not None:
        for org in (parties.employer, parties.claims_administrator):
            if org is not None and org.name:
                names.add(org.name.strip())
                core = re.sub(r",?\s+(?:Inc|LLC|Corp|Corporation|Company|Co|Ltd)\.?$", "", org.name.strip(), flags=re.I)
                names.add(core)
    return {n for n in names if len(n) > 2}


def _literal(text: str, value: str) -> str:
    pattern = re.compile(r"(?<![\w])" + re.escape(value).replace(r"\ ", r"\s+") + r"(?![\w])", re.I)
    return pattern.sub(MARK, text)


def _exact_values(parties: Parties | None) -> list[str]:
    values: list[str] = []
    if parties is None:
        return values
    employee = parties.employee
    if employee is not None:
        if employee.ssn:
            values.append(employee.ssn)
        if employee.phone:
            values.append(employee.phone)
        if employee.address:
            values.append(employee.address)
            values.extend(p.strip() for p in employee.address.split(",") if len(p.strip()) > 4 and not p.strip().isdigit())
        if employee.date_of_birth:
            dob = employee.date_of_birth
            values += [dob.isoformat(), dob.strftime("%m/%d/%Y"), f"{dob.month}/{dob.day}/{dob.year}",
                       dob.strftime("%m-%d-%Y"), dob.strftime("%B %d, %Y"), f"{dob.strftime('%B')} {dob.day}, {dob.year}",
                       dob.strftime("%m/%d/%y"), f"{dob.month}/{dob.day}/{dob.strftime('%y')}", f"{dob.month}-{dob.day}-{dob.year}"]
    if parties.claims_administrator is not None and parties.claims_administrator.claim_number:
        values.append(parties.claims_administrator.claim_number)
    return [v for v in values if v]


def _redactor(parties: Parties | None, texts: list[str]) -> Callable[[str], str]:
    """A redaction of any text, with the identifiers the parties and ``texts`` give worked
    out once."""
    values = sorted(_exact_values(parties), key=len, reverse=True)
    names = sorted(_organisations(parties) | _people(parties, texts), key=len, reverse=True)

    def redact(text: str) -> str:
        for value in values:
            text = _literal(text, value)
        for pattern in (_SSN, _EMAIL, _DOB, _STREET, _PO_BOX):
            text = pattern.sub(MARK, text)
        text = _CLAIM.sub(lambda m: m.group(0).replace(m.group(1), MARK), text)
        text = _PHONE.sub(MARK, text)
        for name in names:
            text = _literal(text, name)
        return re.sub(rf"(?:{re.escape(MARK)}[\s,.]*){{2,}}", MARK + " ", text)

    return redact


def _record_texts(records: Iterable[Record]) -> list[str]:
    from imr.clinical.records import record_text

    return [record_text(r) for r in records]


def redact_text(text: str, *, parties: Parties | None = None, records: Iterable[Record] = ()) -> str:
    """``text`` with every identifier replaced by the marker."""
    return _redactor(parties, [text, *_record_texts(records)])(text)


def redact_letter(letter: Letter, *, parties: Parties | None = None, records: Iterable[Record] = ()) -> Letter:
    """The letter with its free text (summary, requests, rationales) redacted; the records are
    read once for the names they give."""
    public = letter.model_copy(deep=True)
    own = [public.clinical_summary or ""]
    for item in public.items:
        own += [item.request, item.original_request or "", item.authorized or "", item.rationale or ""]
    redact = _redactor(parties, own + _record_texts(records))

    def clean(value: str | None) -> str | None:
        return redact(value) if value else value

    public.clinical_summary = clean(public.clinical_summary)
    for item in public.items:
        item.request = clean(item.request)
        item.original_request = clean(item.original_request)
        item.authorized = clean(item.authorized)
        item.rationale = clean(item.rationale)
    return public

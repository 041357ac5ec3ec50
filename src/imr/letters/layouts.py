"""Which published layout a letter has, and readers for the two older layouts.

- "MAXIMUS FEDERAL SERVICES, INC. Independent Medical Review" (2013-2014): a notice with a
  numbered list of determinations ("… has determined the request for X is not medically
  necessary and appropriate"), the reviewer's qualifications, a case summary, DOCUMENTS
  REVIEWED, and "IMR DECISION(S) AND RATIONALE(S)" with, per item, the guidelines relied
  upon by the claims administrator and by the expert reviewer and the rationale.
- "MEDICAL PROFESSIONAL REVIEW": ISSUE AT DISPUTE, CASE SUMMARY, DOCUMENTS REVIEWED FOR
  DETERMINATION, MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY,
  RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY, MEDICAL
  REVIEWER QUALIFICATIONS; items numbered alike in each part.
"""

from __future__ import annotations

import re

from imr.letters.citations import parse_guideline
from imr.letters.reviewer import read_reviewer
from imr.letters.text import collapse, parse_date
from imr.model import Decision, DisputedItem, Layout, Letter, Priority

_FINAL = re.compile(
    r"HOW\s+THE\s+IMR\s+FINAL\s+DETERMINATION\s+WAS\s+MADE|IMR\s+ISSUES,?\s+DECISIONS\s+AND\s+RATIONALES",
    re.I,
)
_FEDERAL = re.compile(
    r"MAXIMUS\s+FEDERAL\s+SERVICES,?\s+INC\.?\s+(?:\S+\s+){0,3}?Independent\s+Medical\s+Review", re.I
)
_PROFESSIONAL = re.compile(r"MEDICAL\s+PROFESSIONAL\s+REVIEW", re.I)

_DATE = r"(\d{1,2}/\d{1,2}/\d{2,4})"
_NUMBERED = re.compile(r"^\s*(\d{1,2})\s*[.)]\s+", re.M)
_PRIORITY = re.compile(r"Priority:\s*(Standard|Expedited|Regular)", re.I)
_CASE = re.compile(r"Case\s+Number:\s*([A-Z]{1,4}\d{2}-\d{4,8})", re.I)
_NOT_NECESSARY = re.compile(r"\bnot\s+medically\s+necessary|\bUpheld\b", re.I)
_NECESSARY = re.compile(r"\bmedically\s+necessary|\bOverturned\b", re.I)


def detect(text: str) -> Layout | None:
    """The layout of a letter's text, or None when it is no IMR letter."""
    head = text[:3000]
    if _FINAL.search(text):
        return Layout.FINAL_DETERMINATION
    if _FEDERAL.search(head):
        return Layout.MAXIMUS_FEDERAL
    if _PROFESSIONAL.search(head):
        return Layout.PROFESSIONAL_REVIEW
    return None


def read(layout: Layout, lines: list[str], file: str | None) -> Letter:
    text = "\n".join(lines)
    if layout is Layout.MAXIMUS_FEDERAL:
        return _read_federal(text, file)
    return _read_professional(text, file)


# --- shared pieces ---------------------------------------------------------------------


def _date(pattern: str, text: str):
    match = re.search(pattern + r"\s*:?\s*" + _DATE, text, re.I)
    return parse_date(match.group(1)) if match else None


def _priority(text: str) -> Priority | None:
    match = _PRIORITY.search(text)
    if not match:
        return None
    return Priority.EXPEDITED if match.group(1).lower() == "expedited" else Priority.STANDARD


def _sections(text: str, headings: dict[str, str]) -> dict[str, str]:
    """The text under each heading (pattern), up to the next heading found."""
    found = []
    for key, pattern in headings.items():
        match = re.search(pattern, text, re.I | re.M)
        if match:
            found.append((match.start(), match.end(), key))
    found.sort()
    parts = {}
    for index, (_, end, key) in enumerate(found):
        stop = found[index + 1][0] if index + 1 < len(found) else len(text)
        parts[key] = text[end:stop].strip()
    return parts


def _numbered(text: str) -> dict[str, str]:
    """Entries of a numbered list ("1) …", "2. …") by their number."""
    marks = []
    for mark in _NUMBERED.finditer(text):  # only 1, 2, 3 … in turn: "46. The MTUS" is no entry
        if int(mark.group(1)) == len(marks) + 1:
            marks.append(mark)
    entries = {}
    for index, mark in enumerate(marks):
        stop = marks[index + 1].start() if index + 1 < len(marks) else len(text)
        entries.setdefault(mark.group(1), text[mark.end() : stop].strip())
    return entries


def _letter(layout: Layout, flat: str, parts: dict[str, str], items: list[DisputedItem], file: str | None) -> Letter:
    """The letter from its header fields (by their labels in either layout) and parts."""
    case = _CASE.search(flat)
    return Letter(
        file=file,
        layout=layout,
        case_number=case.group(1) if case else None,
        date_assigned=_date(r"Date\s+Assigned", flat),
        date_of_injury=_date(r"Date\s+of\s+Injury", flat),
        decision_date=_date(r"(?:Decision\s+Date|Dated)", flat),
        ur_denial_date=_date(r"(?:UR\s+Denial\s+Date|Date\s+of\s+UR\s+Decision)", flat),
        priority=_priority(flat),
        application_received=_date(r"Application\s+Received", flat),
        reviewer=read_reviewer(parts.get("qualifications", "")),
        clinical_summary=collapse(parts["summary"]) if parts.get("summary") else None,
        items=items,
    )


def _decision(text: str) -> Decision | None:
    if _NOT_NECESSARY.search(text):
        return Decision.UPHELD
    if _NECESSARY.search(text):
        return Decision.OVERTURNED
    return None


# --- MAXIMUS FEDERAL SERVICES, INC. ----------------------------------------------------

_FEDERAL_HEADINGS = {
    "qualifications": r"^Medical\s+Qualifications\s+of\s+the\s+Expert\s+Reviewer:?",
    "summary": r"^Case\s+Summary:?",
    "documents": r"^DOCUMENTS\s+REVIEWED:?",
    "decisions": r"^IMR\s+DECISION\(S\)\s+AND\s+RATIONALE\(S\):?",
}
_DETERMINED = re.compile(
    r"has\s+determined\s+the\s+request\s+for\s+(?P<request>.+?)\s+is\s+(?P<not>not\s*)?medically"
    r"\s+necessary",
    re.I | re.S,
)
_REGARDING = re.compile(r"^Regarding\s+the\s+request\s+for\s+(?P<request>.+?):\s*", re.I | re.S)
_CA_RELIED = re.compile(r"Medical\s+Treatment\s+Guideline\(s\)\s+Relied\s+Upon\s+by\s+the\s+Claims\s+Administrator:?", re.I)
_REVIEWER_RELIED = re.compile(r"Medical\s+Treatment\s+Guideline\(s\)\s+Relied\s+Upon\s+by\s+the\s+Expert\s+Reviewer:?", re.I)
_RATIONALE = re.compile(r"Rationale\s+for\s+the\s+Decision:?", re.I)


def _read_federal(text: str, file: str | None) -> Letter:
    flat = collapse(text)
    parts = _sections(text, _FEDERAL_HEADINGS)
    # the notice is what comes before the first heading: its numbered list states the outcomes
    starts = [m.start() for m in (re.search(p, text, re.I | re.M) for p in _FEDERAL_HEADINGS.values()) if m]
    notice = text[: min(starts, default=len(text))]
    outcomes = {number: _DETERMINED.search(collapse(entry)) for number, entry in _numbered(notice).items()}
    items = []
    for number, entry in _numbered(parts.get("decisions", "")).items():
        regarding = _REGARDING.match(collapse(entry))
        outcome = outcomes.get(number)
        request = regarding.group("request") if regarding else (outcome.group("request") if outcome else collapse(entry)[:200])
        body = entry[regarding.end() :] if regarding else entry
        body = collapse(body)
        ca = _CA_RELIED.search(body)
        rev = _REVIEWER_RELIED.search(body)
        rat = _RATIONALE.search(body)
        marks = sorted(m.start() for m in (ca, rev, rat) if m)

        def until_next(match):
            if not match:
                return None
            later = [m for m in marks if m > match.start()]
            return body[match.end() : later[0] if later else len(body)].strip()

        rationale = until_next(rat)
        if outcome:
            decision = Decision.UPHELD if outcome.group("not") else Decision.OVERTURNED
        else:
            decision = _decision(rationale or "")
        items.append(
            DisputedItem(
                id=number,
                request=request.strip(),
                decision=decision,
                claims_administrator_guideline=parse_guideline(until_next(ca)) if ca else None,
                reviewer_guideline=parse_guideline(until_next(rev)) if rev else None,
                rationale=rationale,
            )
        )
    return _letter(Layout.MAXIMUS_FEDERAL, flat, parts, items, file)


# --- MEDICAL PROFESSIONAL REVIEW -------------------------------------------------------

_PROFESSIONAL_HEADINGS = {
    "issues": r"^ISSUES?\s+AT\s+DISPUTE:?",
    "summary": r"^CASE\s+SUMMARY:?",
    "documents": r"^DOCUMENTS\s+REVIEWED\s+FOR\s+DETERMINATION:?",
    "guidelines": r"^MEDICAL\s+TREATMENT\s+GUIDELINE\(S\)\s+RELIED\s+UPON\s+BY\s+PROFESSIONAL\s+REVIEWER\s+AND\s+WHY:?",
    "rationale": r"^RATIONALE\s+FOR\s+WHY\s+THE\s+REQUESTED\s+TREATMENT/SERVICE\s+IS/WAS\s+(?:NOT\s+)?MEDICALLY\s+NECESSARY:?",
    "qualifications": r"^MEDICAL\s+REVIEWER\s+QUALIFICATIONS:?",
}
_ISSUE = re.compile(r"^(?P<request>.+?)(?::\s*(?P<decision>Upheld|Overturned))?\s*$", re.I | re.S)


def _read_professional(text: str, file: str | None) -> Letter:
    flat = collapse(text)
    parts = _sections(text, _PROFESSIONAL_HEADINGS)
    issues = _numbered(parts.get("issues", "")) or (
        {"1": parts["issues"]} if parts.get("issues") else {}
    )
    guidelines = _numbered(parts.get("guidelines", ""))
    rationales = _numbered(parts.get("rationale", ""))
    single = len(issues) == 1
    items = []
    for number, issue in issues.items():
        match = _ISSUE.match(collapse(issue))
        request = match.group("request") if match else collapse(issue)
        guideline = guidelines.get(number) or (parts.get("guidelines") if single else None)
        rationale = rationales.get(number) or (parts.get("rationale") if single else None)
        guideline = _strip_request(guideline, request)
        rationale = _strip_request(rationale, request)
        if match and match.group("decision"):
            decision = Decision(match.group("decision").lower())
        else:
            decision = _decision(rationale or "")
        items.append(
            DisputedItem(
                id=number,
                request=request,
                decision=decision,
                reviewer_guideline=parse_guideline(guideline) if guideline else None,
                rationale=rationale,
            )
        )
    return _letter(Layout.PROFESSIONAL_REVIEW, flat, parts, items, file)


def _strip_request(text: str | None, request: str) -> str | None:
    """An entry that repeats its request before a colon keeps only what follows."""
    if not text:
        return None
    flat = collapse(text)
    prefix = collapse(request)
    if flat.lower().startswith(prefix.lower()):
        flat = flat[len(prefix) :].lstrip(" :")
    return flat or None

"""The Final Determination Letter: built from a case and its determination as an
:class:`imr.model.Letter`, and rendered as text, HTML and PDF.

The text follows the published layout closely enough that :mod:`imr.letters.parse` reads it
back to the same items and decisions; the HTML is the page, and WeasyPrint prints the same
HTML to PDF.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

from imr.letters.citations import parse_guideline
from imr.model import Case, Determination, DisputedItem, GuidelineCitation, Letter, ReviewerCredentials

ORGANISATION = "Expert Reviewer"
NO_CITATION = "The claims administrator cited no guideline for its decision."

HOW_MADE = (
    "The independent medical review organization sent the complete case file to an expert "
    "reviewer who has no affiliation with the employer, the employee, the providers or the claims "
    "administrator. The reviewer has been in active clinical practice for more than five years, "
    "currently practises at least 24 hours a week, and was chosen for clinical experience, "
    "education, background and expertise in a specialty that evaluates or treats the medical "
    "condition and the disputed items. The reviewer applied the Medical Treatment Utilization "
    "Schedule and the strength-of-evidence hierarchy of Labor Code section 4610.5(c)(2)."
)

APPEAL = (
    "This determination is final and binding on the parties. Either party may appeal it by filing "
    "a verified petition with the Workers' Compensation Appeals Board within 30 days of the date "
    "this determination was mailed, and serving a copy on the other parties. Under Labor Code "
    "section 4610.6(h), an appeal may rest only on a claim that the Administrative Director acted "
    "without or in excess of authority, that the determination was procured by fraud, that the "
    "reviewer had a material conflict of interest, that the determination was made on the basis "
    "of race, national origin, ethnic group identification, religion, age, sex, sexual "
    "orientation, color or disability, or that it rested on a plainly erroneous express or implied "
    "finding of fact that is a matter of ordinary knowledge and not of expert opinion."
)


def statement(citations: list[GuidelineCitation]) -> str:
    """A guideline paragraph in the letters' form for the citations relied on."""
    parts = []
    for citation in citations:
        lead = "Decision based on " + ("" if citation.mtus else "Non-MTUS Citation ")
        text = lead + citation.document
        if citation.sections:
            text += ", Section(s): " + ", ".join(citation.sections)
        if citation.pages:
            text += ", Page(s): " + ", ".join(citation.pages)
        parts.append(text + ".")
    return " ".join(parts)


def letter_from_determination(
    case: Case,
    determination: Determination,
    *,
    credentials: ReviewerCredentials,
    summary: str,
    decision_date: dt.date,
    date_assigned: dt.date | None = None,
) -> Letter:
    """The letter that states ``determination`` for ``case``."""
    items = {item.id: item for item in case.disputed_items}
    disputed = []
    for result in determination.determinations:
        asked = items.get(result.item_id)
        ca_text = asked.claims_administrator_guideline if asked and asked.claims_administrator_guideline else NO_CITATION
        disputed.append(
            DisputedItem(
                id=result.item_id,
                request=result.request,
                original_request=asked.original_request if asked else None,
                authorized=asked.authorized if asked else None,
                decision=result.decision,
                claims_administrator_guideline=parse_guideline(ca_text),
                reviewer_guideline=parse_guideline(statement([result.guideline, *result.citations])),
                rationale=result.rationale,
            )
        )
    return Letter(
        case_number=case.case_number,
        date_assigned=date_assigned,
        date_of_injury=case.date_of_injury,
        decision_date=decision_date,
        ur_denial_date=case.ur_decision_date,
        priority=case.priority,
        application_received=case.application_received,
        reviewer=credentials,
        clinical_summary=summary,
        items=disputed,
    )


def _us(value: dt.date | None) -> str:
    return value.strftime("%m/%d/%Y") if value else ""


def _header(item: DisputedItem) -> str:
    if item.original_request:
        authorized = item.authorized or "Part of the request"
        return (
            f"{item.original_request} was the original request. {authorized} was authorized by the "
            f"Claims Administrator. The remaining IMR eligible portion of the original request, "
            f"{item.request} is"
        )
    return item.request


@lru_cache(maxsize=1)
def _environment():
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("imr.letters", "templates"),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",), default_for_string=False),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["us"] = _us
    env.filters["header"] = _header
    return env


def _render(template: str, letter: Letter) -> str:
    return _environment().get_template(template).render(
        letter=letter, how_made=HOW_MADE, appeal=APPEAL, organisation=ORGANISATION, no_citation=NO_CITATION
    )


def render_text(letter: Letter) -> str:
    return _render("letter.txt.j2", letter)


def render_html(letter: Letter) -> str:
    return _render("letter.html.j2", letter)


class RenderError(Exception):
    """A letter that cannot be printed; the message says what to install."""


def render_pdf(letter: Letter, path: str | Path) -> Path:
    """Print the letter's HTML to a PDF at ``path`` (written whole, then moved in place)."""
    import logging

    try:
        import weasyprint
    except (ImportError, OSError) as exc:
        raise RenderError(
            f"PDF letters need WeasyPrint and Debian's pango (apt-get install libpango-1.0-0 "
            f"libpangoft2-1.0-0): {exc}"
        ) from None

    for name in ("weasyprint", "fontTools"):  # font-subsetting notices are not the user's business
        logging.getLogger(name).setLevel(logging.ERROR)
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    weasyprint.HTML(string=render_html(letter)).write_pdf(str(partial))
    partial.replace(path)
    return path

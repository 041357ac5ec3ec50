"""Letters still read when their lines break elsewhere.

Hidden letters wrap at other places than the practice set: here every real letter's text is
re-flowed at other widths, double-spaced like the older extractions, and given page-break
footers, and must still read to what letters.jsonl says.
"""

from __future__ import annotations

import re
import textwrap

import pytest

from imr.letters.agreement import disagreements
from imr.letters.parse import parse_text
from imr.letters.pdf import extract_text
from imr.letters.records import letter_record
from imr.letters.text import clean_lines
from tests.conftest import corpus_dir, corpus_letters

LETTERS = [r for r in corpus_letters() if r["file"].endswith(".pdf")]

# A logical line ends where the letter's structure does: before a label or heading, after a
# decision word, after a header field.
_STARTS = re.compile(
    r"^(?:Claims Administrator guideline|MAXIMUS guideline|Decision rationale|IMR ISSUES|"
    r"CLINICAL CASE SUMMARY|HOW THE IMR|The Final Determination|The Expert Reviewer has|"
    r"State\(s\)|Certification\(s\)|Case Number|Date Assigned|Decision Date|Priority|"
    r"The expert reviewer developed)"
)
_ENDS = re.compile(r"(?:Upheld|Overturned|:)$|[.!?][\"')]*$")


def logical_lines(text: str) -> list[str]:
    out: list[str] = []
    for line in clean_lines(text):
        if out and not _STARTS.match(line) and not _ENDS.search(out[-1]):
            out[-1] += ("" if out[-1].endswith("-") else " ") + line
        else:
            out.append(line)
    return out


def reflow(text: str, width: int, double: bool, footer_every: int) -> str:
    lines = []
    for logical in logical_lines(text):
        lines.extend(
            textwrap.wrap(logical, width, break_long_words=False, break_on_hyphens=False) or [""]
        )
    out = []
    for number, line in enumerate(lines, 1):
        out.append(line + " ")
        if double:
            out.append("")
        if number % footer_every == 0:
            out.append(f"Page {number // footer_every} of 9")
    return "\n".join(out)


@pytest.mark.parametrize("width,double,footer", [(60, False, 40), (118, True, 55)])
@pytest.mark.parametrize("expected", LETTERS[::3], ids=[r["file"] for r in LETTERS[::3]])
def test_reflowed_letter_reads_the_same(expected, width, double, footer):
    text = extract_text(corpus_dir() / expected["file"])
    actual = letter_record(parse_text(reflow(text, width, double, footer), file=expected["file"]))
    assert disagreements(expected, actual) == []

"""Sentences, clauses and the ConText modifiers of a finding: negated, historical, hypothetical.

Rule-based and fast on purpose: a case is read in milliseconds, so that a whole batch of
cases is reviewed in seconds including start-up (a spaCy/medspaCy pipeline takes longer to
load than imr takes to review a hundred cases). The modifier words are data
(``data/context.yaml``), as in medspaCy's ConText.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

# a sentence ends at . ! or ? (a closing quotation mark may follow) before a capital, a digit or a quotation
_SENTENCE_END = re.compile(r"(?<=[.!?])['\"\u2019\u201d]?\s+(?=[A-Z0-9\"'(\u201c])|\n\s*\n")


@dataclass(frozen=True)
class Sentence:
    record: int
    start: int
    end: int
    text: str


def sentences(text: str, record: int = 0) -> list[Sentence]:
    """The sentences of a record's text with their offsets."""
    out = []
    position = 0
    for match in _SENTENCE_END.finditer(text):
        piece = text[position : match.start()]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append(Sentence(record, position + lead, match.start(), piece.strip()))
        position = match.end()
    piece = text[position:]
    if piece.strip():
        lead = len(piece) - len(piece.lstrip())
        out.append(Sentence(record, position + lead, len(text), piece.strip()))
    return out


_WINDOW = 9


@dataclass(frozen=True)
class Modifiers:
    negated: bool = False
    historical: bool = False
    hypothetical: bool = False


def _alternatives(words: list[str]) -> str:
    for word in words:
        if not isinstance(word, str):  # an unquoted pattern with ": " reads as a mapping
            raise ValueError(f"clinical/data/context.yaml: {word!r} is not a pattern string; quote it")
    return "|".join(f"(?:{w})" for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _rules() -> dict[str, tuple[re.Pattern[str] | None, re.Pattern[str] | None]]:
    data = yaml.safe_load(resources.files("imr.clinical").joinpath("data/context.yaml").read_text())
    rules: dict = {}
    for kind in ("negation", "historical", "hypothetical"):
        before = data[kind].get("before") or []
        after = data[kind].get("after") or []
        rules[kind] = (
            re.compile(rf"(?<![\w-])(?:{_alternatives(before)})(?![\w-])", re.I) if before else None,
            re.compile(rf"(?<![\w-])(?:{_alternatives(after)})(?![\w-])", re.I) if after else None,
        )
    for kind in ("negation", "hypothetical"):
        clause = data[kind].get("clause") or []
        rules[f"{kind}_clause"] = re.compile(rf"\b(?:{_alternatives(clause)})\b", re.I) if clause else None
    terminators = data["terminators"]
    words = [t for t in terminators if t.isalpha()]
    # a mark that ends in a word (", with") ends there: ", without" is not ", with"
    marks = [re.escape(t) + (r"(?![\w-])" if t[-1].isalpha() else "") for t in terminators if not t.isalpha()]
    rules["terminator"] = re.compile(rf"(?:\b(?:{'|'.join(words)})\b|{'|'.join(marks)})", re.I)
    return rules


def modifiers(sentence: str, start: int, end: int, *, negated_after: bool = True) -> Modifiers:
    """The modifiers of the finding at ``sentence[start:end]``, within its clause. With
    ``negated_after`` False, words after the finding do not negate it: an MRI that "was normal"
    was still done."""
    rules = _rules()
    clause_start, clause_end = 0, len(sentence)
    for match in rules["terminator"].finditer(sentence):
        if match.end() <= start:
            clause_start = match.end()
        elif match.start() >= end:
            clause_end = match.start()
            break
    # NegEx-style windows: the few words next to the finding, within its clause
    before = " ".join(sentence[clause_start:start].split()[-_WINDOW:])
    after = " ".join(sentence[end:clause_end].split()[:_WINDOW])
    flags = {}
    for kind in ("negation", "historical", "hypothetical"):
        pre, post = rules[kind]
        looks_after = negated_after or kind != "negation"
        flags[kind] = bool((pre and pre.search(before)) or (looks_after and post and post.search(after)))
    for kind in ("negation", "hypothetical"):
        clause = rules[f"{kind}_clause"]
        flags[kind] = flags[kind] or bool(clause and clause.search(sentence[clause_start:start]))
    return Modifiers(flags["negation"], flags["historical"], flags["hypothetical"])


# a condition or treatment told of another person (ConText's experiencer): "her adult son, who
# has bipolar disorder", "his father died of a myocardial infarction"
_ANOTHER_PERSONS = re.compile(
    r"\b(?:son|daughter|wife|husband|spouse|mother|father|brother|sister|parent|aunt|uncle|cousin|"
    r"grand(?:mother|father|parent)|niece|nephew|co-?worker|friend|relative|family member)s?\b"
    r"(?:,? who)?[^.;]{0,25}\b(?:has|had|have|with|suffers? from|was diagnosed with|is diagnosed with|died of|died from|did|is on|was on|takes|took|is taking|was taking|uses|used|received|underwent|gets|got)\b[^.;]{0,20}$",
    re.I,
)


def of_another_person(sentence: str, start: int) -> bool:
    """Whether the words at ``sentence[start:]`` are told of someone other than the worker."""
    return bool(_ANOTHER_PERSONS.search(sentence[max(0, start - 60):start]))

"""Agreement of the engine's decisions with the reviewers': accuracy, balanced accuracy,
Cohen's kappa, overturn recall and precision, and agreement on the cited guideline."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_YEAR = re.compile(r"\s*\b(?:19|20)\d\d\b")


# the ACOEM chapters (2nd ed., 2004/2007) the MTUS adopted, as the older letters cite them by number
_ACOEM_CHAPTERS = {
    "8": "MTUS Neck and Upper Back Complaints", "9": "MTUS Shoulder Complaints", "10": "MTUS Elbow Complaints",
    "11": "MTUS Forearm, Wrist, and Hand Complaints", "12": "MTUS Low Back Complaints", "13": "MTUS Knee Complaints",
    "14": "MTUS Ankle and Foot Complaints",
}
_CHAPTER = re.compile(r"\bChapter (\d{1,2})\b", re.I)


def document_family(document: str | None, citation: str | None = None) -> str:
    """A cited document without its edition: "MTUS Chronic Pain Medical Treatment 2016" and
    "MTUS Chronic Pain Treatment Guidelines" are one family; every ODG chapter is "ODG"; "MTUS
    ACOEM Practice Guidelines, ... Chapter 12" (``citation``, the words cited) is the low back one."""
    if not document:
        return ""
    first = (citation or "").split("Non-MTUS")[0]  # the MTUS citation comes before any lower source
    chapter = _CHAPTER.search(first) if "ACOEM" in document else None
    if chapter and chapter.group(1) in _ACOEM_CHAPTERS:
        return _ACOEM_CHAPTERS[chapter.group(1)]
    text = _YEAR.sub("", document).strip()
    if "ODG" in text or "Official Disability" in text:
        return "ODG"
    if re.search(r"ACOEM Chapter [1-7]\b|Initial Approaches to Treatment", text):
        return "MTUS General Approaches"
    text = re.sub(r"\bGuidelines?\b", "", text)
    text = text.replace("Chronic Pain Treatment", "Chronic Pain Medical Treatment")
    text = text.replace("Opioids Treatment", "Opioid Treatment")
    text = text.replace("Acupuncture Medical Treatment", "Acupuncture Treatment")
    # "MTUS ACOEM Low Back Complaints" is the chapter the MTUS adopted: the same document
    text = re.sub(r"\bACOEM (?=(?:Low Back|Neck and Upper Back|Shoulder|Elbow|Forearm|Knee|Ankle and Foot) Complaints)", "", text)
    return " ".join(text.split())


@dataclass
class Scores:
    pairs: list[tuple[str, str]] = field(default_factory=list)  # (reviewer, engine)
    documents: list[bool] = field(default_factory=list)

    def add(self, reviewer: str, engine: str, same_document: bool | None) -> None:
        self.pairs.append((reviewer, engine))
        if same_document is not None:
            self.documents.append(same_document)

    def summary(self) -> dict[str, float | int]:
        n = len(self.pairs)
        tp = sum(1 for r, e in self.pairs if r == e == "overturned")
        tn = sum(1 for r, e in self.pairs if r == e == "upheld")
        fp = sum(1 for r, e in self.pairs if r == "upheld" and e == "overturned")
        fn = sum(1 for r, e in self.pairs if r == "overturned" and e == "upheld")
        accuracy = (tp + tn) / n if n else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        specificity = tn / (tn + fp) if tn + fp else 0.0
        precision = tp / (tp + fp) if tp + fp else 0.0
        p_over_r, p_over_e = (tp + fn) / n if n else 0, (tp + fp) / n if n else 0
        expected = p_over_r * p_over_e + (1 - p_over_r) * (1 - p_over_e)
        kappa = (accuracy - expected) / (1 - expected) if n and expected < 1 else 0.0
        return {
            "items": n,
            "overturned_by_reviewers": tp + fn,
            "overturned_by_engine": tp + fp,
            "accuracy": round(accuracy, 4),
            "balanced_accuracy": round((recall + specificity) / 2, 4),
            "kappa": round(kappa, 4),
            "overturn_recall": round(recall, 4),
            "overturn_precision": round(precision, 4),
            "guideline_document_agreement": round(sum(self.documents) / len(self.documents), 4) if self.documents else 0.0,
        }

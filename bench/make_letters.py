"""Make N distinct letter text files from the sample corpus, for ingest benchmarks.

    python bench/make_letters.py DIR N

Each file is a real letter's text (the PDFs' text layer) with its case number replaced by a
new one (CM90-0000001, …), so every file is a distinct letter to the store.
"""

from __future__ import annotations

import itertools
import re
import sys
from pathlib import Path

from imr.letters.pdf import extract_text
from imr.paths import default_corpus


def make_letters(directory: Path, count: int) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    texts = [extract_text(p) for p in sorted((default_corpus() / "letters").glob("*.pdf"))]
    for number, text in zip(range(1, count + 1), itertools.cycle(texts)):
        case = f"CM90-{number:07d}"
        body = re.sub(r"Case Number:\s*\S+", f"Case Number: {case}", text, count=1)
        (directory / f"{case}.txt").write_text(body)


if __name__ == "__main__":
    make_letters(Path(sys.argv[1]), int(sys.argv[2]))

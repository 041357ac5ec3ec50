"""Field-by-field agreement of `imr parse` with the corpus's letters.jsonl.

    python bench/field_agreement.py [--corpus DIR] [--only FILE...] [-v]

The fields and how they are compared: imr.letters.agreement.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from imr.letters.errors import LetterError
from imr.letters.parse import parse_file
from imr.letters.records import letter_record
from imr.letters.agreement import disagreements, field_count
from imr.paths import default_corpus

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    corpus = args.corpus or default_corpus()
    total = agree = 0
    for line in (corpus / "letters.jsonl").read_text().splitlines():
        expected = json.loads(line)
        if args.only and not any(o in expected["file"] for o in args.only):
            continue
        fields = field_count(expected)
        total += fields
        try:
            actual = letter_record(parse_file(corpus / expected["file"]))
        except LetterError as exc:
            print(f"FAILED {exc}")
            continue
        wrong = disagreements(expected, actual)
        agree += fields - len(wrong)
        for field, e, a in wrong:
            print(f"{expected['file']}: {field}")
            if args.verbose:
                print(f"   expected: {e!r}\n   actual:   {a!r}")
    print(f"field agreement: {agree}/{total} = {agree / max(total, 1):.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

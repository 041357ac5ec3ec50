"""`imr parse`: published letters to JSON lines."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from imr.cli import app


@app.command("parse")
def parse_command(
    files: Annotated[
        list[Path],
        typer.Argument(help="Letter files (PDF or text) or directories to walk for *.pdf and *.txt."),
    ],
) -> None:
    """Read Final Determination Letters and print one JSON object per letter per line.

    Each object has the letter's header dates, priority, reviewer credentials, clinical case
    summary and, per disputed item, the request, decision, both guideline statements (as text
    and as parsed citations) and the rationale. A file that cannot be read gets one line on
    standard error naming it and why; the others still go through, and the exit code is 1.

    Example: imr parse ../shared/corpus/letters/CM16-0213037.pdf
    """
    import json
    import sys

    from imr.letters.errors import LetterError
    from imr.letters.files import letter_files
    from imr.letters.parse import parse_file
    from imr.letters.records import letter_record

    failed = 0
    out = sys.stdout
    for path in letter_files(files):
        try:
            record = letter_record(parse_file(path))
        except LetterError as exc:
            failed += 1
            typer.echo(f"imr parse: {exc.file}: {exc.reason}", err=True)
            continue
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
    if failed:
        raise typer.Exit(1)

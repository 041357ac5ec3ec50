"""`imr review` and `imr eval`: decide cases against the MTUS; measure against reviewers."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from imr.cli import app


def _read_cases(path: Path, command: str = "review"):
    """Cases from a .json file (one case or a list) or a .jsonl file; errors name the line and field."""
    import json

    from pydantic import ValidationError

    from imr.model import Case

    if not path.is_file():
        typer.echo(f"imr {command}: {path}: no such file", err=True)
        raise typer.Exit(2)
    text = path.read_text(errors="replace")
    chunks: list[tuple[str, object]] = []
    try:
        if path.suffix.lower() == ".jsonl":
            for number, line in enumerate(text.splitlines(), 1):
                if line.strip():
                    chunks.append((f"{path}:{number}", json.loads(line)))
        else:
            data = json.loads(text)
            for index, item in enumerate(data if isinstance(data, list) else [data]):
                chunks.append((f"{path}[{index}]" if isinstance(data, list) else str(path), item))
    except json.JSONDecodeError as exc:
        typer.echo(f"imr {command}: {path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})", err=True)
        raise typer.Exit(2) from None
    cases, bad = [], False
    for where, data in chunks:
        try:
            cases.append(Case.model_validate(data))
        except ValidationError as exc:
            bad = True
            for error in exc.errors():
                field = ".".join(str(p) for p in error["loc"]) or "(the case)"
                typer.echo(f"imr {command}: {where}: {field}: {error['msg']}", err=True)
    if bad:
        raise typer.Exit(2)
    return cases


@app.command("review")
def review_command(
    file: Annotated[Path, typer.Argument(help="Cases: FILE.json (one case or a list) or FILE.jsonl (one per line).")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write the JSON lines here instead of standard output.")] = None,
) -> None:
    """Decide every disputed item of each case and print one JSON object per case per line.

    Each determination has the decision (upheld / overturned), the guideline cited (document,
    MTUS or not, sections, pages), the criteria checked with the evidence quoted from the
    records (or "not documented"), and the rationale. The input has the shape of
    ../shared/corpus/cases.jsonl.

    Example: imr review ../shared/corpus/cases.jsonl -o determinations.jsonl
    """
    import sys

    from imr.clinical import RecordError
    from imr.engine import review_case

    from imr.clinical.records import with_paths_from

    cases = _read_cases(file)
    if output and not output.parent.is_dir():
        typer.echo(f"imr review: {output.parent}: no such directory for the output", err=True)
        raise typer.Exit(2)
    lines, failed = [], 0
    for case in cases:
        try:
            lines.append(review_case(with_paths_from(case, file.parent)).model_dump_json())
        except RecordError as exc:  # that case is reported; the others are still reviewed
            failed += 1
            typer.echo(f"imr review: case {case.case_number}: {exc}", err=True)
    if output:
        partial = output.with_name(output.name + ".partial")
        partial.write_text("".join(line + "\n" for line in lines))
        partial.replace(output)
    else:
        sys.stdout.write("".join(line + "\n" for line in lines))
    if failed:
        raise typer.Exit(1)


@app.command("eval")
def eval_command(
    cases: Annotated[Path | None, typer.Option(help="Cases (JSON lines). Default: the sample corpus's cases.jsonl.")] = None,
    answers: Annotated[Path | None, typer.Option(help="The reviewers' decisions. Default: the sample corpus's answers.jsonl.")] = None,
    split: Annotated[str, typer.Option(help="all, tune (cases rules may be tuned on) or holdout (never tuned on).")] = "all",
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Measure the engine against the reviewers' decisions.

    Accuracy, balanced accuracy, Cohen's kappa, overturn recall and precision, agreement on
    the guideline document, results by category, and each disagreement with the criteria that
    drove it. --split tune / holdout reports the two fixed parts of the sample corpus."""
    import json

    from imr.evaluation.run import evaluate
    from imr.paths import default_corpus

    if split not in ("all", "tune", "holdout"):
        typer.echo("imr eval: --split takes all, tune or holdout", err=True)
        raise typer.Exit(2)
    corpus = default_corpus()
    cases = cases or corpus / "cases.jsonl"
    answers = answers or corpus / "answers.jsonl"
    for path in (cases, answers):
        if not path.is_file():
            typer.echo(f"imr eval: {path}: no such file", err=True)
            raise typer.Exit(2)
    report = evaluate(cases, answers, split)
    if as_json:
        typer.echo(json.dumps(report))
        return
    from rich.console import Console
    from rich.table import Table

    from rich import box

    console = Console()
    if not console.is_terminal:  # a pipe or a file gets the whole table, not one cut to 80 columns
        console = Console(width=120)
    table = Table(title=f"imr eval — {split}", title_justify="left", box=box.SIMPLE_HEAD, padding=(0, 1), pad_edge=False)
    # headers of two short lines, to keep the table narrow
    columns = ["", "items", "overturned\nreviewers", "overturned\nengine", "accuracy", "balanced\naccuracy", "kappa",
               "overturn\nrecall", "overturn\nprecision", "guideline\ndocument"]
    table.add_column(columns[0], justify="left", no_wrap=True)
    for column in columns[1:]:
        table.add_column(column, justify="right")
    rows = [("overall", report["overall"])] + list(report["by_category"].items())
    for name, s in rows:
        table.add_row(name, str(s["items"]), str(s["overturned_by_reviewers"]), str(s["overturned_by_engine"]),
                      f"{s['accuracy']:.2f}", f"{s['balanced_accuracy']:.2f}", f"{s['kappa']:.2f}",
                      f"{s['overturn_recall']:.2f}", f"{s['overturn_precision']:.2f}", f"{s['guideline_document_agreement']:.2f}")
    console.print(table)
    console.print(f"[bold]Disagreements ({len(report['disagreements'])})[/]")
    for d in report["disagreements"]:
        console.print(f"- {d['case_number']} {d['request']!r}: reviewer {d['reviewer']}, engine {d['engine']} "
                      f"({d['engine_guideline']}; {', '.join(d['criteria'])})", markup=False, highlight=False, soft_wrap=True)

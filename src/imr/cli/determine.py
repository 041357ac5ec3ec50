"""`imr determine`: the whole IMR for each case, letters and public copy included."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from imr.cli import app


@app.command("determine")
def determine_command(
    file: Annotated[Path, typer.Argument(help="Cases: FILE.json (one case or a list) or FILE.jsonl.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Directory for the <case_number>/ folders.")],
    panel: Annotated[Path | None, typer.Option(help="Reviewer panel (YAML/JSON). Default: the sample panel shipped with imr.")] = None,
    decision_date: Annotated[str | None, typer.Option(help="Date of the determination (YYYY-MM-DD). Default: today.")] = None,
) -> None:
    """Run the whole IMR for each case, letters and public copy included.

    Intake (eligibility, deadlines), reviewer assignment, clinical summary, a decision for
    every disputed item, the Final Determination Letter and its redacted public copy. Writes OUTPUT/<case_number>/ with determination.json, letter.txt,
    letter.html, letter.pdf, public.txt and public.pdf. Record paths are read relative to FILE.

    Example: imr determine ../shared/corpus/cases.jsonl -o out/
    """
    from rich.progress import Progress

    from imr.cli.review import _read_cases
    from imr.clinical import RecordError
    from imr.letters.render import RenderError
    from imr.reviewers import PanelError, default_panel, load_panel
    from imr.workflow import determine

    try:
        reviewers = load_panel(panel) if panel else default_panel()
    except PanelError as exc:
        typer.echo(f"imr determine: {exc}", err=True)
        raise typer.Exit(2) from None
    try:
        when = dt.date.fromisoformat(decision_date) if decision_date else None
    except ValueError:
        typer.echo(f"imr determine: --decision-date {decision_date!r} is not a date (YYYY-MM-DD)", err=True)
        raise typer.Exit(2) from None
    cases = _read_cases(file, "determine")
    output.mkdir(parents=True, exist_ok=True)
    workload: dict[str, int] = {}
    states: dict[str, int] = {}
    failed = 0
    with Progress(transient=True) as progress:
        task = progress.add_task("determine", total=len(cases))
        for case in cases:
            try:
                record = determine(case, output, panel=reviewers, decision_date=when, workload=workload, base=file.parent)
                states[record["state"]] = states.get(record["state"], 0) + 1
            except RecordError as exc:
                failed += 1
                typer.echo(f"imr determine: case {case.case_number}: {exc}", err=True)
            except RenderError as exc:
                typer.echo(f"imr determine: {exc}", err=True)
                raise typer.Exit(2) from None
            progress.advance(task)
    counts = [f"{n} {state}" for state, n in sorted(states.items())] + ([f"{failed} failed"] if failed else [])
    typer.echo(f"{len(cases)} cases: {', '.join(counts)} -> {output}", err=True)
    if failed:
        raise typer.Exit(1)

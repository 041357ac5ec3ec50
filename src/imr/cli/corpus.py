"""`imr corpus`: the store of published letters — ingest, stats, export."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from imr.cli import app

corpus_app = typer.Typer(
    help="The corpus of published letters: ingest them into the store, count, export.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
)
app.add_typer(corpus_app, name="corpus")

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="SQLAlchemy URL of the store (default: $IMR_DB, else SQLite at "
        "~/.local/share/imr/imr.db). Example: postgresql+psycopg://user@host/imr",
    ),
]


def _engine(db: str | None, *, create: bool):
    from imr.paths import default_db_url
    from imr.store import StoreError, open_store

    try:
        return open_store(db or default_db_url(), create=create)
    except StoreError as exc:
        typer.echo(f"imr corpus: {exc}", err=True)
        raise typer.Exit(2) from None


@corpus_app.command("ingest")
def ingest_command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Letter files or directories (walked for *.pdf and *.txt). "
            "Default: the sample corpus's letters/ and seeds/."
        ),
    ] = None,
    db: DbOption = None,
    workers: Annotated[
        int | None, typer.Option(help="Processes that parse letters (default: the cores, at most 2).")
    ] = None,
) -> None:
    """Read letters into the store, one transaction per letter.

    A letter already stored (same case number, or same file) is skipped, so running the
    same ingest again — also after it was interrupted — completes it without duplicates.

    Example: imr corpus ingest ../shared/corpus/letters --db sqlite:///corpus.db
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from imr.corpus.ingest import ingest
    from imr.paths import default_corpus

    if not paths:
        corpus = default_corpus()
        paths = [p for p in (corpus / "letters", corpus / "seeds") if p.is_dir()]
        if not paths:
            typer.echo(f"imr corpus ingest: no sample corpus at {corpus} (give files or a directory)", err=True)
            raise typer.Exit(2)
    missing = [p for p in paths if not p.exists()]
    if missing:
        for path in missing:
            typer.echo(f"imr corpus ingest: {path}: no such file or directory", err=True)
        raise typer.Exit(2)
    engine = _engine(db, create=True)
    console = Console(stderr=True)
    with Progress(
        TextColumn("ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} letters/s"),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    ) as progress:
        task = progress.add_task("ingest", total=None, rate="-")

        def advance(done: int, total: int) -> None:
            elapsed = progress.tasks[0].elapsed or 0.0
            rate = f"{done / elapsed:,.0f}" if elapsed > 0.5 else "-"
            progress.update(task, completed=done, total=total, rate=rate)

        summary = ingest(engine, paths, workers=workers, on_progress=advance)
    console.print(
        f"read {summary.read}, stored {summary.stored}, skipped {summary.skipped} "
        f"(already in the store), failed {summary.failed}"
    )
    for path, reason in summary.failures:
        console.print(f"  failed: {path}: {reason}", markup=False, highlight=False, soft_wrap=True)
    if summary.failed:
        raise typer.Exit(1)


@corpus_app.command("stats")
def stats_command(
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object instead of tables.")] = False,
    db: DbOption = None,
) -> None:
    """Letters, items, Upheld/Overturned overall, by treatment category, by the guideline
    document the reviewers cited, and the reviewers' specialties."""
    import json

    from imr.corpus.stats import corpus_stats

    stats = corpus_stats(_engine(db, create=False))
    if as_json:
        typer.echo(json.dumps(stats, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    console.print(
        f"[bold]{stats['letters']}[/] letters, [bold]{stats['items']}[/] disputed items: "
        f"{stats['upheld']} upheld, {stats['overturned']} overturned "
        f"({stats['overturn_rate']:.1%} overturned)"
    )
    for title, key in (("By treatment category", "by_category"), ("By the reviewer's guideline document", "by_guideline_document")):
        table = Table(title=title, title_justify="left")
        for column in ("", "items", "upheld", "overturned", "overturned %"):
            table.add_column(column, justify="left" if not column else "right")
        for row in stats[key][:25]:
            table.add_row(str(row["name"]), str(row["items"]), str(row["upheld"]), str(row["overturned"]), f"{row['overturn_rate']:.0%}")
        console.print(table)
    table = Table(title="Reviewer specialties", title_justify="left")
    table.add_column("")
    table.add_column("letters", justify="right")
    for row in stats["reviewer_specialties"][:25]:
        table.add_row(row["name"], str(row["letters"]))
    console.print(table)


@corpus_app.command("export")
def export_command(
    parquet: Annotated[Path, typer.Option("--parquet", help="Directory to write <table>.parquet files into.")],
    db: DbOption = None,
) -> None:
    """Write the corpus tables (letters, items, citations, reviewer licensure and
    specialties) as Parquet for analytics, e.g. `duckdb -c "select * from 'DIR/items.parquet'"`."""
    from imr.corpus.export import export_parquet

    counts = export_parquet(_engine(db, create=False), parquet)
    for table, rows in counts.items():
        typer.echo(f"{parquet / (table + '.parquet')}: {rows} rows")

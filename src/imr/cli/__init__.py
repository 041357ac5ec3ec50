"""The ``imr`` command: a thin shell over the library.

Each command lives in a module of this package named for what it does; heavy imports
happen inside the commands so that ``imr --help`` and short jobs start fast.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="imr",
    help="Independent Medical Review for California workers' compensation: read published "
    "Final Determination Letters, build a corpus, review cases against the MTUS.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",  # help paragraphs reflow to the terminal
)

@app.command()
def version() -> None:
    """Print the imr version."""
    from imr import __version__

    typer.echo(__version__)


# Command modules register themselves on `app` when imported.
from imr.cli import corpus, determine, parse, review  # noqa: E402,F401


def main() -> None:
    app()

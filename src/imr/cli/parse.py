"""`imr` commands: parse (being built)."""

from __future__ import annotations

from imr.cli import app  # noqa: F401

"""The one error a letter can raise: which file, and why it could not be read."""

from __future__ import annotations


class LetterError(Exception):
    """A file that could not be read as an IMR letter. ``reason`` is for the user."""

    def __init__(self, file: str | None, reason: str) -> None:
        self.file = file
        self.reason = reason
        super().__init__(f"{file or '<text>'}: {reason}")

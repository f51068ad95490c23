"""Errors whose text is shown to the user as it is (in the app and the CLI)."""
from __future__ import annotations


class IngestError(ValueError):
    """A file (or pasted text) that cannot become an article.

    `str(error)` is a complete message for the user: the file name, then the problem."""

    def __init__(self, filename: str, problem: str) -> None:
        super().__init__(f"{filename}: {problem}")
        self.filename = filename
        self.problem = problem


class StoreError(RuntimeError):
    """The article database cannot be opened or written; the message says which and why."""

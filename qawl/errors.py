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
    """The article database cannot be opened, read or written.

    `str(error)` names the database and the problem (for the CLI and the server log);
    `reason` is the problem alone, short and without any path (for the dashboard)."""

    def __init__(self, message: str, reason: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason or message

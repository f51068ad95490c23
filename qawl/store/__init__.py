"""The article store on SQLite or PostgreSQL: `Store(url)` / `open_store(url)`.

Modules: schema (tables, full-text indexes), rows (an article as rows, pure), speakers
(cross-archive speaker identities), writes (batched writes in a transaction), search
(full-text search), migrate (the versioned schema), database (engines, retries, errors),
sqlite_file (checks on a file before SQLite opens it), core (the Store)."""
from ..errors import StoreError

__all__ = ["Store", "StoreError", "open_store", "resolve_url"]


def __getattr__(name: str):
    """Store, open_store and resolve_url imported on first use, so that a parsing worker
    importing `qawl.store.rows` does not load SQLAlchemy and pandas."""
    if name in ("Store", "open_store"):
        from . import core
        return getattr(core, name)
    if name == "resolve_url":
        from .database import resolve_url
        return resolve_url
    raise AttributeError(name)

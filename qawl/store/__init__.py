"""The article store on SQLite or PostgreSQL: `Store(url)` / `open_store(url)`.

Modules: schema (tables, full-text indexes), rows (an article as rows, pure), speakers
(cross-archive speaker identities), writes (batched writes in a transaction), search
(full-text search), migrate (the versioned schema), database (engines, retries, errors),
sqlite_file (checks on a file before SQLite opens it), core (the Store)."""
from ..errors import StoreError
from .core import Store, open_store
from .database import resolve_url

__all__ = ["Store", "StoreError", "open_store", "resolve_url"]

"""A person's surname and full name as one entity across the archive («بايدن» and «جو بايدن»).

`entity_aliases` holds (alias_key, entity_key) for every person's full-name key stored:
its surname key (`speakers.surname`) points to it. The pairs are only added (while articles
are written); which full name a surname means is decided when a question is asked, from the
mentions stored then: the one full name with that surname, or the one mentioned `DOMINANCE`
times more than the others together (at least `MIN_DOMINANT` times), as the speaker linker does."""
from __future__ import annotations

from typing import Iterable

from sqlalchemy import Connection, func, select

from .schema import entity_aliases, mentions
from .speakers import DOMINANCE, MIN_DOMINANT, surname
from .sql import chunks, insert_ignoring

PERSON = "PER"


def alias_rows(keys: Iterable[str]) -> list[dict]:
    """The (surname → full name) rows of these person keys."""
    return [{"alias_key": alias, "entity_key": k} for k in sorted(set(keys)) if (alias := surname(k))]


def add_aliases(conn: Connection, mention_rows: Iterable[dict]) -> None:
    """Record the surname of every person's full name among these mention rows."""
    insert_ignoring(conn, entity_aliases, alias_rows(
        r["entity_key"] for r in mention_rows if r["label"] == PERSON and r["entity_key"]))


def fill(conn: Connection) -> None:
    """Record the surnames of every person's full name stored (a store from before schema 6)."""
    keys = conn.execute(select(mentions.c.entity_key).where(mentions.c.label == PERSON).distinct()).scalars()
    rows = alias_rows(k for k in keys if k)
    for part in chunks(rows):
        insert_ignoring(conn, entity_aliases, list(part))


def entity_group(conn: Connection, entity_key: str) -> list[str]:
    """The keys counted as one entity with `entity_key`: the full name first, then the
    surnames that mean it (just `[entity_key]` when it is neither)."""
    full = _meaning(conn, entity_key) or entity_key
    surnames = conn.execute(select(entity_aliases.c.alias_key)
                            .where(entity_aliases.c.entity_key == full)).scalars().all()
    return [full] + [s for s in surnames if _meaning(conn, s) == full]


def _meaning(conn: Connection, alias: str) -> str | None:
    """The full name a surname key stands for, or None (not a surname, or no clear holder)."""
    holders = conn.execute(select(entity_aliases.c.entity_key)
                           .where(entity_aliases.c.alias_key == alias)).scalars().all()
    if not holders:
        return None
    counted = conn.execute(select(mentions.c.entity_key, func.count()).where(
        mentions.c.entity_key.in_(holders), mentions.c.label == PERSON).group_by(mentions.c.entity_key)).all()
    ranked = sorted(counted, key=lambda row: -row[1])
    if len(ranked) == 1:
        return ranked[0][0]
    rest = sum(n for _, n in ranked[1:])
    return ranked[0][0] if ranked and ranked[0][1] >= max(MIN_DOMINANT, DOMINANCE * rest) else None

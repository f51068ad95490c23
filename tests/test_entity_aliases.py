"""A person's surname and full name count as one entity in the archive's entity views
(qawl.queries), on SQLite and PostgreSQL; a surname two people share stays apart."""
from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text as sql

from qawl import queries as Q
from qawl.doc import ArticleMeta
from qawl.normalise import key
from qawl.store import Store
from qawl.store.database import forget, resolve_url
from store_backends import article, store_url  # noqa: F401  (the fixture)


def _stored(url: str, *texts: tuple[str, tuple[tuple[str, str], ...], str]) -> Store:
    store = Store(url)
    store.add_many([(article(body, entities=entities), ArticleMeta(outlet="صحيفة", date=day, source=f"{i}.txt"))
                    for i, (body, entities, day) in enumerate(texts)])
    return store


BIDEN = [("قال الرئيس جو بايدن إن الاتفاق قريب في جنيف.",
          (("جو بايدن", "PER"), ("جنيف", "LOC")), "2021-03-01"),
         ("وأكد بايدن أن المحادثات مستمرة.", (("بايدن", "PER"),), "2021-03-02"),
         ("زار بايدن مدينة جدة مع الوفد.", (("بايدن", "PER"), ("جدة", "LOC")), "2021-03-03")]


@pytest.mark.parametrize("name", ["جو بايدن", "بايدن"])
def test_the_surname_and_the_full_name_are_one_entity(store_url, name):  # noqa: F811
    with _stored(store_url, *BIDEN).connect() as conn:
        found = Q.entity_articles(conn, key(name))
        days = Q.entity_days(conn, key(name))
        others = Q.cooccurring(conn, key(name))
        sets = Q.entity_sets(conn, key(name), [key(name), key("جدة")])
    assert len(found) == 3
    assert days["mentions"].sum() == 3
    assert set(others["entity_key"]) == {key("جنيف"), key("جدة")}   # no form co-occurs with the other
    assert len(sets) == 4 and set(sets["entity_key"]) == {key(name), key("جدة")}   # the heatmap's units


def test_a_surname_two_people_share_joins_the_one_mentioned_far_more(store_url):  # noqa: F811
    hunter = ("وقال هانتر بايدن إنه لن يعلق.", (("هانتر بايدن", "PER"),), "2021-03-04")
    store = _stored(store_url, *BIDEN[:2], hunter)
    with store.connect() as conn:   # one mention each: the surname is nobody's
        assert len(Q.entity_articles(conn, key("بايدن"))) == 1
        assert len(Q.entity_articles(conn, key("جو بايدن"))) == 1
    joe = [article(f"التقى جو بايدن الوفد رقم {n}.", entities=(("جو بايدن", "PER"),)) for n in range(4)]
    store.add_many([(a, ArticleMeta(source=f"more{n}.txt")) for n, a in enumerate(joe)])
    with store.connect() as conn:   # five to one
        assert len(Q.entity_articles(conn, key("بايدن"))) == 6
        assert len(Q.entity_articles(conn, key("هانتر بايدن"))) == 1


def test_a_store_of_schema_5_learns_the_surnames_it_holds(store_url):  # noqa: F811
    _stored(store_url, *BIDEN)
    forget(store_url)
    engine = create_engine(resolve_url(store_url))
    with engine.begin() as conn:
        conn.execute(sql("DROP TABLE entity_aliases"))
        conn.execute(sql("UPDATE schema_version SET version = 5"))
    engine.dispose()
    store = Store(store_url)
    with store.connect() as conn:
        assert len(Q.entity_articles(conn, key("جو بايدن"))) == 3

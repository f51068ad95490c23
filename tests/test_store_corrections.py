"""Corrections in the store, on SQLite and PostgreSQL: stored apart from the parse, shown by
every read and derived table, kept across a fresh process and a new parse, undone, logged."""
import json
from dataclasses import replace

from sqlalchemy import text as sql
from store_backends import store_url  # noqa: F401  (pytest fixture)

import qawl.store.core as core
from qawl.corrections import (add_quote, merge_speakers, reject_quote, rename_speaker, set_label,
                              set_speaker, split_speaker)
from qawl.doc import Article, Entity, Quote
from qawl.sentences import split_sentences
from qawl.store import Store
from qawl.store.database import forget

TEXT = ("قال الوزير خالد سالم إن الخطة جاهزة. وأكدت الوزارة أن التنفيذ يبدأ غدا.\n"
        "وذكر المتحدث سامي أن الموعد ثابت. وتقع القاهرة في مصر.")
OTHER = "وقال سالم إن الاجتماع انتهى.\nوأضاف الوزير خالد سالم أن الوفد وصل."


def span(text, part):
    start = text.index(part)
    return start, start + len(part)


def parsed(text, quotes, entities=()):
    """A hand-made parse: quotes as (speaker, kind, content), entities as (surface, label)."""
    sentences = tuple(split_sentences(text))

    def sentence(start):
        return next(s.index for s in sentences if s.start <= start < s.end)
    qs = tuple(Quote(speaker, speaker, "قال", "indirect", content, *span(text, content),
                     sentence(span(text, content)[0]), speaker_kind=kind, rule="test")
               for speaker, kind, content in quotes)
    es = tuple(Entity(s, s, label, *span(text, s), sentence(span(text, s)[0])) for s, label in entities)
    return Article(text=text, title="خبر", sentences=sentences, entities=es, quotes=qs)


def first():
    return parsed(TEXT, [("خالد سالم", "named", "الخطة جاهزة"), ("الوزارة", "organisation", "التنفيذ يبدأ غدا")],
                  [("خالد سالم", "PER"), ("القاهرة", "PER"), ("مصر", "LOC")])


def second():
    return parsed(OTHER, [("سالم", "named", "الاجتماع انتهى"), ("وزير الخارجية", "title", "الوفد وصل")])


def rows(store, query, **params):
    with store.connect() as conn:
        return conn.execute(sql(query), params).all()


def four_corrections(store, a):
    """Fix a speaker, reject a quote, add a missed one, relabel an entity."""
    store.correct(set_speaker(a.id, *span(TEXT, "الخطة جاهزة"), "سامي الخطيب", "named"), author="test")
    store.correct(reject_quote(a.id, *span(TEXT, "التنفيذ يبدأ غدا")))
    store.correct(add_quote(a, *span(TEXT, "الموعد ثابت"), span(TEXT, "وذكر"), "سامي", "indirect", "named"))
    store.correct(set_label(a.id, *span(TEXT, "القاهرة"), "LOC"))


def assert_corrected(store, a):
    shown = store.get(a.id)
    assert [(q.speaker, q.quote, q.corrected) for q in shown.quotes] == \
        [("سامي الخطيب", "الخطة جاهزة", True), ("سامي", "الموعد ثابت", True)]
    assert [e.label for e in shown.entities] == ["PER", "LOC", "LOC"]
    assert rows(store, "SELECT speaker, quote FROM quotes WHERE article_id = :id ORDER BY idx", id=a.id) == \
        [("سامي الخطيب", "الخطة جاهزة"), ("سامي", "الموعد ثابت")]
    assert rows(store, "SELECT label FROM mentions WHERE text = 'القاهرة'") == [("LOC",)]
    assert rows(store, "SELECT n_quotes FROM articles WHERE id = :id", id=a.id) == [(2,)]


def test_corrections_show_everywhere_and_the_machine_parse_is_kept(store_url):
    store, a = Store(store_url), first()
    store.add(a)
    four_corrections(store, a)
    assert_corrected(store, a)
    assert store.machine(a.id) == a
    forget(store_url)   # a fresh process
    assert_corrected(Store(store_url), a)


def test_corrections_survive_a_new_parse_by_another_pipeline_version(store_url, monkeypatch):
    store, a = Store(store_url), first()
    store.add(a)
    four_corrections(store, a)
    # the new pipeline trims a character off the first quote and finds the entity again
    moved = replace(a.quotes[0], end=a.quotes[0].end - 1, quote=a.quotes[0].quote[:-1])
    monkeypatch.setattr(core, "_pipeline_version", lambda: "changed")
    monkeypatch.setattr(core, "_parse", lambda text, title: replace(a, quotes=(moved, a.quotes[1])))
    shown = store.get(a.id)
    assert [q.speaker for q in shown.quotes] == ["سامي الخطيب", "سامي"]
    assert rows(store, "SELECT pipeline_version FROM articles") == [("changed",)]
    assert rows(store, "SELECT speaker FROM quotes WHERE article_id = :id ORDER BY idx", id=a.id) == \
        [("سامي الخطيب",), ("سامي",)]
    assert store.unmatched(store.machine(a.id)) == []


def test_a_correction_that_no_longer_matches_is_kept_and_reported(store_url, monkeypatch):
    store, a = Store(store_url), first()
    store.add(a)
    made = store.correct(set_speaker(a.id, *span(TEXT, "التنفيذ يبدأ غدا"), "وزارة المالية"))
    monkeypatch.setattr(core, "_pipeline_version", lambda: "changed")
    monkeypatch.setattr(core, "_parse", lambda text, title: replace(a, quotes=a.quotes[:1]))
    assert len(store.get(a.id).quotes) == 1
    assert [c.id for c in store.unmatched(store.machine(a.id))] == [made.id]
    assert [c.id for c in store.corrections(a.id)] == [made.id]


def test_undo_deletes_the_correction_and_the_log_keeps_both(store_url):
    store, a = Store(store_url), first()
    store.add(a)
    made = store.correct(set_speaker(a.id, *span(TEXT, "الخطة جاهزة"), "سامي الخطيب"), author="mona")
    assert store.undo(made.id, author="mona") is True and store.undo(made.id) is False
    assert store.get(a.id) == a and store.corrections(a.id) == []
    assert rows(store, "SELECT speaker FROM quotes WHERE idx = 0") == [("خالد سالم",)]
    log = store.edit_log(a.id)
    assert log["action"].tolist() == ["undo", "correct"] and set(log["author"]) == {"mona"}
    before, after = json.loads(log.iloc[1]["before"]), json.loads(log.iloc[1]["after"])
    assert (before["speaker"], after["speaker"], after["corrected"]) == ("خالد سالم", "سامي الخطيب", True)


def identity_of(store, speaker):
    return rows(store, "SELECT speaker_id FROM quotes WHERE speaker = :s", s=speaker)[0][0]


def test_merge_joins_two_identities_across_articles_and_undo_separates_them(store_url):
    store, a, b = Store(store_url), first(), second()
    store.add_many([(a, None), (b, None)])
    khalid, minister = identity_of(store, "خالد سالم"), identity_of(store, "وزير الخارجية")
    assert khalid != minister
    merge = store.correct(merge_speakers(store.identity_names(minister), "خالد سالم"))
    assert {r[0] for r in rows(store, "SELECT speaker_id FROM quotes WHERE speaker = 'خالد سالم'")} == {khalid}
    assert rows(store, "SELECT n_quotes, n_articles FROM speakers WHERE id = :i", i=khalid) == [(3, 2)]
    assert [q.speaker for q in store.get(b.id).quotes] == ["سالم", "خالد سالم"]
    later = parsed("وقال وزير الخارجية إن الأمر حسم.", [("وزير الخارجية", "title", "الأمر حسم")])
    store.add(later)   # an article stored after the merge is merged too
    assert identity_of(store, "خالد سالم") == khalid and store.get(later.id).quotes[0].speaker == "خالد سالم"
    store.undo(merge.id)
    assert identity_of(store, "وزير الخارجية") == minister
    assert rows(store, "SELECT n_quotes FROM speakers WHERE id = :i", i=khalid) == [(2,)]


def test_rename_keeps_the_identity_and_a_split_gives_a_name_its_own(store_url):
    store, a, b = Store(store_url), first(), second()
    store.add_many([(a, None), (b, None)])
    khalid = identity_of(store, "خالد سالم")
    assert identity_of(store, "سالم") == khalid   # the surname joined the full name
    rename = store.correct(rename_speaker(store.identity_names(khalid), "خالد أحمد سالم"))
    assert rows(store, "SELECT name FROM speakers WHERE id = :i", i=khalid) == [("خالد أحمد سالم",)]
    assert identity_of(store, "خالد أحمد سالم") == khalid
    store.undo(rename.id)
    assert rows(store, "SELECT name FROM speakers WHERE id = :i", i=khalid) == [("خالد سالم",)]
    split = store.correct(split_speaker("سالم"))
    alone = identity_of(store, "سالم")
    assert alone != khalid and rows(store, "SELECT n_quotes FROM speakers WHERE id = :i", i=alone) == [(1,)]
    store.undo(split.id)
    assert identity_of(store, "سالم") == khalid


def test_a_schema_2_store_gains_the_correction_tables(store_url):
    from sqlalchemy import create_engine, inspect

    from qawl.store import schema
    from qawl.store.database import resolve_url
    engine = create_engine(resolve_url(store_url))
    with engine.begin() as conn:   # a store as schema 2 made it
        schema.create(conn)
        schema.corrections.drop(conn)
        schema.edit_log.drop(conn)
        conn.execute(schema.schema_version.insert().values(version=2))
    engine.dispose()
    store, a = Store(store_url), first()
    store.add(a)
    store.correct(reject_quote(a.id, *span(TEXT, "الخطة جاهزة")))
    assert len(store.get(a.id).quotes) == 1
    assert rows(store, "SELECT version FROM schema_version") == [(schema.SCHEMA_VERSION,)]
    with store.connect() as conn:
        assert {"corrections", "edit_log"} <= set(inspect(conn).get_table_names())

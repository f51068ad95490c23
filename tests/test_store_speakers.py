"""Speaker identities across articles, on both backends: one person under a full name and
a surname, ambiguity kept apart, counts kept up to date, unknown speakers unlinked."""
from dataclasses import replace

from sqlalchemy import inspect, text as sql
from store_backends import article, store_url  # noqa: F401  (pytest fixture)

from qawl.doc import ArticleMeta
from qawl.store import Store
from qawl.store.database import forget
from qawl.store.speakers import surname
from qawl.store.titles import titles_of

BODY = ["قال المتحدث إن الاجتماع انتهى.", "أعلن المسؤول أن الخطة جاهزة.", "ذكر البيان أن الوفد وصل.",
        "أكد التقرير أن الأسعار ارتفعت.", "أوضح المصدر أن المحادثات مستمرة."]


def quoted(*speakers, n=0):
    """An article (the n-th text) quoting each (name, kind) once."""
    return article(BODY[n], speakers=tuple((name, kind, ()) for name, kind in speakers))


def identities(store):
    with store.connect() as conn:
        return conn.execute(sql("SELECT key, kind, n_quotes, n_articles FROM speakers ORDER BY key")).all()


def speaker_ids(store, id):
    with store.connect() as conn:
        return [r[0] for r in conn.execute(sql("SELECT speaker_id FROM quotes WHERE article_id = :id ORDER BY idx"),
                                           {"id": id})]


def test_a_surname_joins_the_only_full_name_that_has_it(store_url):
    store = Store(store_url)
    full, short = quoted(("جو بايدن", "named"), n=0), quoted(("وبايدن", "named"), ("بايدن", "pronoun"), n=1)
    store.add_many([(full, None), (short, None)])
    assert identities(store) == [("جو بايدن", "person", 3, 2)]
    assert len(set(speaker_ids(store, full.id) + speaker_ids(store, short.id))) == 1


def test_an_ambiguous_surname_stays_its_own_identity(store_url):
    store = Store(store_url)
    store.add(quoted(("جو بايدن", "named"), ("هانتر بايدن", "named"), n=0))
    store.add(quoted(("بايدن", "named"), n=1))
    assert identities(store) == [("بايدن", "person", 1, 1), ("جو بايدن", "person", 1, 1),
                                 ("هانتر بايدن", "person", 1, 1)]


def test_a_later_full_name_adopts_an_earlier_surname_only_identity(store_url):
    store = Store(store_url)
    early = quoted(("بيسكوف", "named"), n=0)
    store.add(early)
    before = speaker_ids(store, early.id)
    late = quoted(("ديمتري بيسكوف", "named"), n=1)
    store.add(late)
    assert identities(store) == [("ديمتري بيسكوف", "person", 2, 2)]
    assert speaker_ids(store, late.id) == before   # the identity kept its id
    store.add(quoted(("بيسكوف", "named"), n=2))
    assert identities(store) == [("ديمتري بيسكوف", "person", 3, 3)]


def test_no_adoption_when_another_person_has_the_surname(store_url):
    store = Store(store_url)
    store.add(quoted(("جو بايدن", "named"), ("هانتر بايدن", "named"), n=0))
    store.add(quoted(("بايدن", "named"), n=1))       # ambiguous: its own identity
    store.add(quoted(("جيل بايدن", "named"), n=2))   # does not take it over
    assert [key for key, *_ in identities(store)] == ["بايدن", "جو بايدن", "جيل بايدن", "هانتر بايدن"]


def test_kinds_are_kept_apart_and_unknown_speakers_get_no_identity(store_url):
    store = Store(store_url)
    a = quoted(("الكرملين", "organisation"), ("", "unknown"), ("مصدر مطلع", "unnamed"), ("المحتجون", "group"), n=0)
    store.add(a)
    assert identities(store) == [("كرملين", "organisation", 1, 1), ("محتجون", "group", 1, 1),
                                 ("مصدر مطلع", "unnamed", 1, 1)]
    assert speaker_ids(store, a.id)[1] is None


def test_an_alias_from_the_parse_links_across_articles(store_url):
    store = Store(store_url)
    store.add(article(BODY[0], speakers=(("محمود عباس", "named", ("أبو مازن",)),)))
    store.add(quoted(("أبو مازن", "named"), n=1))
    assert identities(store) == [("محمود عباس", "person", 2, 2)]


def test_counts_follow_deletes(store_url):
    store = Store(store_url)
    a, b = quoted(("جو بايدن", "named"), ("جو بايدن", "named"), n=0), quoted(("بايدن", "named"), n=1)
    store.add_many([(a, None), (b, None)])
    assert identities(store) == [("جو بايدن", "person", 3, 2)]
    store.delete(a.id)
    assert identities(store) == [("جو بايدن", "person", 1, 1)]


def test_surname_of_a_name_key():
    assert surname("جو بايدن") == "بايدن"
    assert surname("محمود عبد عزيز") == "عبد عزيز"
    assert surname("محمد بن سلمان") == "بن سلمان"
    assert surname("بايدن") is None and surname("جو لي") is None


def titled(name, kind, role, n):
    """An article (the n-th text) quoting one speaker with a role."""
    a = quoted((name, kind), n=n % len(BODY))
    if n >= len(BODY):
        a = replace(a, text=a.text + " وعاد." * n, id="")   # another text (and id), the same first sentence
    return replace(a, quotes=tuple(replace(q, speaker_role=role) for q in a.quotes))


def identity_of(store, a):
    return speaker_ids(store, a.id)[0]


def test_a_title_alone_joins_the_holder_the_archive_gives_it(store_url):
    store = Store(store_url)
    early = titled("حارس البوابة الكبرى", "title", "", 0)   # before anyone holds the title
    store.add(early)
    named = [titled("سالم بن ناصر", "named", "حارس البوابة الكبرى", n) for n in (1, 2, 3)]
    store.add_many([(a, None) for a in named])
    late = titled("حارس البوابة الكبرى", "title", "", 4)
    store.add(late)
    holder = identity_of(store, named[0])
    assert identity_of(store, late) == holder and identity_of(store, early) == holder   # the early one folded
    assert ("سالم بن ناصر", "person", 5, 5) in identities(store)


def test_a_title_alone_quoted_before_its_holder_joins_the_holder_once_it_has_one(store_url):
    # no later quote of the title alone is needed: the holder's own quotes fold the earlier ones
    store = Store(store_url)
    early = titled("حارس البوابة الكبرى", "title", "", 0)
    store.add(early, on("2015-01-09"))
    named = [titled("سالم بن ناصر", "named", "حارس البوابة الكبرى", n) for n in (1, 2, 3)]
    store.add_many([(a, on("2015-01-10")) for a in named])
    assert identity_of(store, early) == identity_of(store, named[0])
    assert ("سالم بن ناصر", "person", 4, 4) in identities(store)


def test_a_title_of_many_holders_stays_unlinked(store_url):
    store = Store(store_url)
    named = [titled(name, "named", "الوزير", n) for n, name in enumerate(("سالم بن ناصر", "فهد العلي", "ماجد الحربي"))]
    store.add_many([(a, None) for a in named])
    alone = titled("الوزير", "title", "", 3)
    store.add(alone)
    assert identity_of(store, alone) not in {identity_of(store, a) for a in named}


def test_a_name_after_an_honorific_joins_the_one_holder_of_both(store_url):
    store = Store(store_url)
    prince, other = titled("سالم بن ناصر", "named", "الأمير", 0), titled("سالم بن عمر", "named", "", 1)
    store.add_many([(prince, None), (other, None)])
    short = titled("الأمير سالم", "named", "", 2)
    store.add(short)
    assert identity_of(store, short) == identity_of(store, prince) != identity_of(store, other)


def test_a_name_and_its_form_with_the_family_name_are_one(store_url):
    store = Store(store_url)
    a, b = titled("سالم بن ناصر", "named", "", 0), titled("سالم بن ناصر آل فهد", "named", "", 1)
    store.add(a)
    store.add(b)
    c, d = titled("ماجد بن علي آل حمد", "named", "", 2), titled("ماجد بن علي", "named", "", 3)
    store.add(c)
    store.add(d)
    assert identity_of(store, a) == identity_of(store, b) and identity_of(store, c) == identity_of(store, d)


def test_a_surname_joins_the_holder_quoted_far_more_than_the_others(store_url):
    store = Store(store_url)
    store.add(quoted(*[("فارس الدوسري", "named")] * 6, ("نورة الدوسري", "named"), n=0))
    bare = quoted(("الدوسري", "named"), n=1)
    store.add(bare)
    assert ("فارس دوسري", "person", 7, 2) in identities(store)


def on(day):
    return ArticleMeta(date=day)


def test_a_title_alone_joins_its_holder_at_the_article_date(store_url):
    """Titles change hands: the holder is the one named with the title around the article's day."""
    store = Store(store_url)
    first = [titled("سالم بن ناصر", "named", "حارس البوابة الكبرى", n) for n in (0, 1, 2)]
    second = [titled("فهد العلي", "named", "حارس البوابة الكبرى", n) for n in (3, 4, 5)]
    store.add_many([(a, on("2015-01-1" + str(k))) for k, a in enumerate(first)]
                   + [(a, on("2016-06-1" + str(k))) for k, a in enumerate(second)])
    early, late = titled("حارس البوابة الكبرى", "title", "", 6), titled("حارس البوابة الكبرى", "title", "", 7)
    store.add_many([(early, on("2015-01-20")), (late, on("2016-06-20"))])
    assert identity_of(store, early) == identity_of(store, first[0])
    assert identity_of(store, late) == identity_of(store, second[0])


def test_a_title_alone_far_from_every_holder_stays_its_own(store_url):
    store = Store(store_url)
    store.add_many([(titled("سالم بن ناصر", "named", "حارس البوابة الكبرى", n), on("2015-01-10")) for n in (0, 1, 2)])
    far = titled("حارس البوابة الكبرى", "title", "", 3)
    store.add(far, on("2017-03-01"))
    assert ("حارس بوابه كبري", "person", 1, 1) in identities(store)


def test_only_the_quotes_of_the_holders_days_fold_into_the_holder(store_url):
    store = Store(store_url)
    near, far = titled("حارس البوابة الكبرى", "title", "", 0), titled("حارس البوابة الكبرى", "title", "", 1)
    store.add_many([(near, on("2015-01-01")), (far, on("2017-03-01"))])   # no holder yet: one identity
    store.add_many([(titled("سالم بن ناصر", "named", "حارس البوابة الكبرى", n), on("2015-01-10")) for n in (2, 3, 4)])
    store.add(titled("حارس البوابة الكبرى", "title", "", 5), on("2015-01-12"))
    assert ("سالم بن ناصر", "person", 5, 5) in identities(store)
    assert ("حارس بوابه كبري", "person", 1, 1) in identities(store)
    assert identity_of(store, near) != identity_of(store, far)


def test_a_title_alone_joins_the_holder_quoted_three_times_as_often_as_the_others(store_url):
    store = Store(store_url)
    king = [titled("سالم بن ناصر", "named", "حارس البوابة الكبرى", n) for n in range(7)]
    heir = [titled("فهد العلي", "named", "حارس البوابة الكبرى", n) for n in (7, 8)]   # a misread role, twice
    store.add_many([(a, on("2015-01-10")) for a in king + heir])
    alone = titled("حارس البوابة الكبرى", "title", "", 9)
    store.add(alone, on("2015-01-12"))
    assert identity_of(store, alone) == identity_of(store, king[0])


def test_a_store_of_schema_6_learns_its_title_days_from_its_quotes(store_url):
    store = Store(store_url)
    named = [titled("سالم بن ناصر", "named", "حارس البوابة الكبرى", n) for n in (0, 1, 2)]
    store.add_many([(a, on("2015-01-10")) for a in named])

    def to_schema_6(conn):   # the table of schema 6, empty, in place of the one by day
        conn.execute(sql("DROP TABLE speaker_title_days"))
        conn.execute(sql("CREATE TABLE speaker_titles (title_key TEXT NOT NULL, speaker_id INTEGER NOT NULL, "
                         "n_quotes INTEGER NOT NULL, PRIMARY KEY (title_key, speaker_id))"))
        conn.execute(sql("UPDATE schema_version SET version = 6"))
    store.db.run(to_schema_6, write=True)
    forget(store_url)
    store = Store(store_url)
    alone = titled("حارس البوابة الكبرى", "title", "", 3)
    store.add(alone, on("2015-01-12"))
    assert identity_of(store, alone) == identity_of(store, named[0])
    with store.connect() as conn:
        assert "speaker_titles" not in inspect(conn).get_table_names()


def test_a_batch_that_quotes_one_holder_of_a_shared_title_folds_nothing(store_url):
    """The holder that takes an identity of the title alone is judged with the stored counts
    of its days, not with the batch's own: three quotes of one holder in a batch are no
    dominance over the holders already stored."""
    store = Store(store_url)
    others = [titled(name, "named", "حارس البوابة الكبرى", n) for n, name in enumerate(("فهد العلي", "ماجد الحربي"))]
    store.add_many([(a, on("2015-01-10")) for a in others])
    alone = titled("حارس البوابة الكبرى", "title", "", 2)
    store.add(alone, on("2015-01-11"))
    batch = [titled("سالم بن ناصر", "named", "حارس البوابة الكبرى", n) for n in (3, 4, 5)]
    store.add_many([(a, on("2015-01-12")) for a in batch])
    assert identity_of(store, alone) not in {identity_of(store, a) for a in batch + others}


def test_an_honorific_inside_a_bodys_name_is_no_title_of_the_speaker():
    assert "ملك" not in titles_of("سالم بن ناصر", "المدير العام لمستشفى الملك فهد")
    assert "امير" not in titles_of("سالم بن ناصر", "المتحدث باسم جامعة الأمير سلطان")
    assert {"ملك", "حارس بوابه كبري"} <= titles_of("سالم بن ناصر", "حارس البوابة الكبرى الملك")
    assert {"امير", "دكتور"} <= titles_of("سالم بن ناصر", "مدير المستشفى الأمير الدكتور")
    assert "ملك" in titles_of("الملك سالم", "")


def test_a_title_alone_joins_no_one_by_a_family_name_or_an_alias(store_url):
    """«الكاتب» is the holder of that title around the article's day or no one: not a person
    whose family name is الكاتب, nor the identity of another alias."""
    store = Store(store_url)
    writer = titled("سالم بن ناصر", "named", "الكاتب", 0)   # the title, once: no holder yet
    family = titled("فهد الكاتب", "named", "", 1)
    store.add_many([(writer, on("2015-01-10")), (family, on("2015-01-10"))])
    alone = titled("الكاتب", "title", "", 2)
    store.add(alone, on("2015-01-11"))
    assert identity_of(store, alone) not in {identity_of(store, writer), identity_of(store, family)}

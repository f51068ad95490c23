"""The archive questions (qawl.queries) on a small store, on SQLite and PostgreSQL
($QAWL_TEST_PG): library filters and paging, normalised full-text search with its
concordance, entities across articles, speaker identities, corpus words and distinctive words."""
from __future__ import annotations

import pandas as pd
import pytest

from qawl import queries as Q
from qawl.distinctive import log_odds
from qawl.doc import ArticleMeta
from qawl.normalise import key
from qawl.store import Store
from store_backends import article, store_url  # noqa: F401  (the fixture)

EAST, WEST = "صحيفة الشرق", "صحيفة الغرب"
ARTICLES = [
    (article("قال الوزير سامي خالد إن الخطة جاهزة. وزار الوزير مدينة جدة مع فريق العمل.",
             title="الوزير يعلن الخطة", speakers=(("سامي خالد", "named", ()),),
             entities=(("سامي خالد", "PER"), ("جدة", "LOC"), ("فريق العمل", "ORG"))),
     ArticleMeta(outlet=EAST, date="2015-01-05", source="a.txt")),
    (article("ولبايدن رأي آخر في الاقتصاد والنفط. وأكد بايدن في جدة أن المحادثات مستمرة.",
             title="محادثات النفط", speakers=(("جو بايدن", "named", ("بايدن",)),),
             entities=(("بايدن", "PER"), ("جدة", "LOC"))),
     ArticleMeta(outlet=WEST, date="2015-01-06", source="b.txt")),
    (article("وبايدن يزور الرياض اليوم مع وزير النفط. وقالت الوزارة إن الزيارة مهمة.",
             title="زيارة إلى الرياض", speakers=(("جو بايدن", "named", ("بايدن",)), ("الوزارة", "organisation", ())),
             entities=(("وبايدن", "PER"), ("الرياض", "LOC"))),
     ArticleMeta(outlet=EAST, date="2015-02-01", source="c.txt")),
]


@pytest.fixture
def conn(store_url):  # noqa: F811
    store = Store(store_url)
    store.add_many(ARTICLES)
    with store.connect() as connection:
        yield connection


def ids(*indexes: int) -> list[str]:
    return [ARTICLES[i][0].id for i in indexes]


def test_library_filters_sorts_and_pages(conn):
    assert Q.outlets(conn) == sorted([EAST, WEST])
    assert Q.day_range(conn) == ("2015-01-05", "2015-02-01")
    assert list(Q.library(conn)["id"]) == ids(2, 1, 0)                      # newest first
    assert list(Q.library(conn, sort="date", descending=False)["id"]) == ids(0, 1, 2)
    east = Q.Filter(outlet=EAST)
    assert Q.count_articles(conn, east) == 2 and list(Q.library(conn, east)["id"]) == ids(2, 0)
    january = Q.Filter(start="2015-01-01", end="2015-01-31")
    assert set(Q.library(conn, january)["id"]) == set(ids(0, 1))
    assert list(Q.library(conn, Q.Filter(title="الخطة الوزير"))["id"]) == ids(0)
    assert list(Q.library(conn, limit=1, offset=1)["id"]) == ids(1)
    row = Q.library(conn, Q.Filter(title="زيارة")).iloc[0]
    assert (row["outlet"], row["day"], row["n_entities"], row["n_quotes"]) == (EAST, "2015-02-01", 2, 2)


def test_search_matches_clitics_and_diacritics_and_counts_per_outlet_and_day(conn):
    hits = Q.search_hits(conn, "بَايدن")
    assert list(zip(hits["article_id"], hits["sentence"])) == [(ids(2)[0], 0), (ids(1)[0], 0), (ids(1)[0], 1)]
    assert hits.iloc[0]["text"] == "وبايدن يزور الرياض اليوم مع وزير النفط."
    counts = Q.search_counts(conn, "بايدن")
    assert counts.groupby("outlet")["hits"].sum().to_dict() == {EAST: 1, WEST: 2}
    assert set(counts["day"]) == {"2015-01-06", "2015-02-01"}
    assert Q.search_hits(conn, "بايدن", Q.Filter(outlet=WEST))["article_id"].nunique() == 1
    assert Q.search_hits(conn, "وزير النفط")["article_id"].tolist() == ids(2)   # a phrase
    assert Q.search_hits(conn, "النفط وزير").empty
    assert Q.search_hits(conn, " ؟ ").empty and Q.search_counts(conn, "").empty


def test_keyword_in_context_cuts_around_the_written_form():
    assert Q.keyword_in_context("ولبايدن رأي آخر في الاقتصاد.", "بايدن") == ("", "ولبايدن", " رأي آخر في الاقتصاد.")
    before, match, after = Q.keyword_in_context("كلمة " * 40 + "وزير النفط قال " + "شيء " * 40, "وزير النفط", 30)
    assert match == "وزير النفط" and before.startswith("… ") and after.endswith(" …")
    assert len(before) <= 33 and len(after) <= 33
    assert Q.keyword_in_context("لا شيء هنا", "بايدن") == ("لا شيء هنا", "", "")


def test_an_entity_across_articles_over_time_and_with_others(conn):
    jeddah = key("جدة")
    articles = Q.entity_articles(conn, jeddah)
    assert list(articles["id"]) == ids(1, 0) and list(articles["mentions"]) == [1, 1]
    assert Q.entity_name(conn, jeddah) == "جدة"
    assert Q.entity_days(conn, jeddah)[["day", "mentions"]].values.tolist() == [["2015-01-05", 1], ["2015-01-06", 1]]
    together = Q.cooccurring(conn, jeddah)
    assert set(together["name"]) == {"سامي خالد", "فريق العمل", "بايدن"}
    same_sentence = Q.cooccurring(conn, jeddah, same_sentence=True)
    assert list(same_sentence["name"]) == ["فريق العمل"]    # the others are named in another sentence
    assert set(Q.entities_like(conn, "جدة")["entity_key"]) == {jeddah}
    top = Q.recent_entities(conn, label="PER")
    assert set(top["label"]) == {"PER"} and top["entity_key"].nunique() == len(top)
    sets = Q.entity_sets(conn, jeddah, [jeddah, key("بايدن")])
    assert len(sets) == 3
    latest = Q.cooccurring(conn, jeddah, articles=1)   # only the latest article that names it
    assert list(latest["name"]) == ["بايدن"]
    assert set(Q.entity_sets(conn, jeddah, [jeddah, key("بايدن")], articles=1)["article_id"]) == set(ids(1))


def test_one_row_per_speaker_identity_and_their_quotes(conn):
    top = Q.top_speakers(conn)
    assert top.iloc[0][["name", "n_quotes", "n_articles"]].tolist() == ["جو بايدن", 2, 2]
    assert top["name"].tolist().count("جو بايدن") == 1
    assert Q.top_speakers(conn, kinds=["organisation"])["name"].tolist() == ["الوزارة"]
    assert Q.top_speakers(conn, name="خالد")["name"].tolist() == ["سامي خالد"]
    assert Q.count_speakers(conn) == 3 and Q.count_speakers(conn, ["person"]) == 2
    biden = int(top.iloc[0]["id"])
    quotes = Q.speaker_quotes(conn, biden)
    assert list(quotes["article_id"]) == ids(2, 1) and list(quotes["idx"]) == [0, 0]
    days = Q.speaker_days(conn, [biden])
    assert days[["day", "quotes"]].values.tolist() == [["2015-01-06", 1], ["2015-02-01", 1]]
    assert Q.speakers_by_id(conn, [biden])["name"].tolist() == ["جو بايدن"]


def test_corpus_words_for_a_selection_and_against_the_rest(conn):
    words = Q.word_counts(conn, Q.Selection())
    assert words.set_index("key").loc[key("النفط"), "articles"] == 2
    east = Q.word_counts(conn, Q.Selection(Q.Filter(outlet=EAST)))
    assert key("الاقتصاد") not in set(east["key"]) and key("الرياض") in set(east["key"])
    searched = Q.word_counts(conn, Q.Selection(query="بايدن"))
    assert key("جدة") in set(searched["key"]) and key("الخطة") not in set(searched["key"])
    rest = Q.word_counts(conn, Q.Selection(), exclude=Q.Selection(Q.Filter(outlet=EAST)))
    assert set(rest["key"]) == set(Q.word_counts(conn, Q.Selection(Q.Filter(outlet=WEST)))["key"])
    assert Q.selected_count(conn, Q.Selection(cap=2)) == 2
    latest = set(Q.word_counts(conn, Q.Selection(cap=1))["key"])
    assert key("الرياض") in latest and key("جدة") not in latest


def test_log_odds_favours_words_typical_of_the_target_and_shrinks_rare_ones():
    target = pd.Series({"نفط": 30, "مطر": 1, "قال": 50})
    contrast = pd.Series({"نفط": 3, "قال": 50, "شمس": 20})
    frame = log_odds(target, contrast).set_index("key")
    assert frame.index[0] == "نفط" and frame["z"].idxmin() == "شمس"
    assert abs(frame.loc["قال", "z"]) < 1.5                      # equally common: no difference
    assert abs(frame.loc["مطر", "z"]) < frame.loc["نفط", "z"]   # one occurrence: shrunk
    assert (frame.loc["مطر", ["target", "contrast"]] == [1, 0]).all()


def test_corpus_words_are_shown_as_most_often_written(conn):
    keys = [key("الوزارة"), key("مدينة"), key("بايدن"), key("الرياض"), "كلمةغائبة"]
    forms = Q.word_forms(conn, Q.Selection(), keys)
    # the key drops ال and unifies ة/ه; the form is the spelling read most (without و ف ب ك ل)
    assert forms == {keys[0]: "الوزارة", keys[1]: "مدينة", keys[2]: "بايدن", keys[3]: "الرياض",
                     "كلمةغائبة": "كلمةغائبة"}
    assert key("الوزارة") != "الوزارة" and key("مدينة") != "مدينة"
    east = Q.word_forms(conn, Q.Selection(Q.Filter(outlet=EAST)), [key("الاقتصاد")])
    assert east == {key("الاقتصاد"): key("الاقتصاد")}   # only in the other outlet's article

"""`qawl articles --json` and `qawl reparse` on both backends, and their one-line errors."""
import json

from sqlalchemy import text as sql
from store_backends import article, store_url  # noqa: F401  (pytest fixture)

from qawl.cli import main
from qawl.doc import ArticleMeta
from qawl.store import Store

TEXT = "قال الرئيس جو بايدن إن الاقتصاد قوي."


def test_articles_json_lists_every_article_with_its_metadata(store_url, capsys):
    assert main(["articles", "--db", store_url, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    store = Store(store_url)
    first, second = article(TEXT), article(TEXT + "\nوأضاف أن المحادثات ستستمر.", title=None)
    store.add(first, ArticleMeta(title="عنوان", outlet="سبق", date="2015-07-21", url="https://example.org/1",
                                 author="كاتب", origin="import", source="day.json#1"))
    store.add(second, ArticleMeta(source="b.txt"))
    assert main(["articles", "--db", store_url, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [row["id"] for row in listed] == [first.id, second.id]
    assert {k: listed[0][k] for k in ("title", "outlet", "date", "url", "author", "origin", "source")} == \
        {"title": "عنوان", "outlet": "سبق", "date": "2015-07-21", "url": "https://example.org/1",
         "author": "كاتب", "origin": "import", "source": "day.json#1"}
    assert listed[1]["title"] is None and listed[1]["added_at"] > listed[0]["added_at"]
    assert main(["articles", "--db", store_url]) == 0
    assert capsys.readouterr().out.splitlines()[0] == f"{first.id}\t2015-07-21\tسبق\tعنوان"


def test_reparse_updates_stale_articles(store_url, capsys):
    store = Store(store_url)
    store.add(article(TEXT))
    with store.db.engine.begin() as conn:
        conn.execute(sql("UPDATE articles SET pipeline_version = 'old'"))
    assert main(["reparse", "--db", store_url]) == 0
    captured = capsys.readouterr()
    assert captured.out == "1 articles parsed again\n" and "1/1" in captured.err
    assert main(["reparse", "--db", store_url]) == 0
    assert capsys.readouterr().out == "every article is up to date\n"


def test_a_damaged_database_is_one_line_naming_it(tmp_path, capsys):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"not a database " * 300)
    assert main(["articles", "--db", str(path), "--json"]) == 2
    err = capsys.readouterr().err
    assert err == f"qawl: cannot open the article database {path}: damaged: the file is not an SQLite database\n"

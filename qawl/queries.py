"""The SQL behind the archive pages: one function per question, each returning a small
DataFrame (paged or capped, never the whole archive). The same SQL runs on SQLite and
PostgreSQL; only full-text search differs (FTS5 `sentences_fts` / a tsvector on `norm`).

Every function takes an open connection (`store.connect()`) and a `Filter` where the
question can be narrowed to an outlet, a date range and words of the title."""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd
from sqlalchemy import Connection, text

from .frames import written_form
from .normalise import key
from .store.entity_aliases import entity_group
from .store.rows import norm_words
from .store.search import match_query
from .tokens import WORD, Token, words

MAX_ARTICLES = 500   # articles a corpus-wide count reads at most (the latest that match)
LIBRARY_SORTS = {"date": "a.day", "title": "a.title", "outlet": "a.outlet",
                 "entities": "a.n_entities", "quotes": "a.n_quotes", "added": "a.added_at"}


@dataclass(frozen=True)
class Filter:
    """Which articles a question is about: an outlet (or any), days `start`..`end`
    (YYYY-MM-DD, inclusive) and words that must all occur in the title."""
    outlet: str | None = None
    start: str | None = None
    end: str | None = None
    title: str = ""

    def where(self, alias: str = "a", prefix: str = "f") -> tuple[str, dict]:
        """An SQL condition on the articles table (aliased `alias`) and its parameters
        (named `prefix`_…, so that two filters can share a statement)."""
        conditions = [(self.outlet, f"{alias}.outlet = :{prefix}_outlet"),
                      (self.start, f"{alias}.day >= :{prefix}_start"),
                      (self.end, f"{alias}.day <= :{prefix}_end")]
        parts = [sql for value, sql in conditions if value] or ["1=1"]
        params = {f"{prefix}_{name}": value for name, value in
                  (("outlet", self.outlet), ("start", self.start), ("end", self.end)) if value}
        for i, word in enumerate(self.title.split()[:8]):
            parts.append(f"lower({alias}.title) LIKE :{prefix}_title{i}")
            params[f"{prefix}_title{i}"] = f"%{_like_escape(word.lower())}%"
        return " AND ".join(parts), params


def _like_escape(word: str) -> str:
    return word.replace("%", "").replace("_", "")


def _any_corrected(alias: str = "") -> str:
    """The `corrected` column of a group of mentions: 1 when a reader corrected any of them."""
    return f"max(CASE WHEN {alias + '.' if alias else ''}corrected THEN 1 ELSE 0 END) AS corrected"


def _corrected(frame: pd.DataFrame) -> pd.DataFrame:
    """`corrected` as booleans (SQLite gives 0 and 1)."""
    return frame.assign(corrected=frame["corrected"].astype(bool))


def _among(conn: Connection, column: str, ids: str) -> str:
    """SQL: `column` is one of the ids a subquery `ids` selects. PostgreSQL gets
    `= ANY(ARRAY(…))`: the few hundred ids are found first and looked up by index, where
    `IN (…)` let it scan the whole table (2.5 s for the words of 500 articles)."""
    if conn.dialect.name == "postgresql":
        return f"{column} = ANY(ARRAY({ids}))"
    return f"{column} IN ({ids})"


def _base_mentions(conn: Connection, alias: str) -> tuple[str, str]:
    """FROM clause and condition: the mentions (`alias`) of the articles of the CTE `base`.
    SQLite loops over base; PostgreSQL, given the join, scanned every mention (see `_among`)."""
    if conn.dialect.name == "postgresql":
        return f"mentions {alias}", _among(conn, f"{alias}.article_id", "SELECT id FROM base")
    return f"base JOIN mentions {alias} ON {alias}.article_id = base.id", "1=1"


def _frame(conn: Connection, sql: str, params: dict | None = None) -> pd.DataFrame:
    result = conn.execute(text(sql), params or {})
    return pd.DataFrame(result.fetchall(), columns=list(result.keys()))


# ---------- library ----------

def outlets(conn: Connection) -> list[str]:
    """Every outlet, alphabetically."""
    rows = conn.execute(text("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet"))
    return [r[0] for r in rows]


def day_range(conn: Connection) -> tuple[str | None, str | None]:
    """The first and last day of the dated articles."""
    first, last = conn.execute(text("SELECT min(day), max(day) FROM articles")).one()
    return first, last


def count_articles(conn: Connection, where: Filter = Filter()) -> int:
    sql, params = where.where()
    return conn.execute(text(f"SELECT count(*) FROM articles a WHERE {sql}"), params).scalar_one()


def library(conn: Connection, where: Filter = Filter(), sort: str = "date", descending: bool = True,
            limit: int = 50, offset: int = 0) -> pd.DataFrame:
    """One page of articles: id, title, outlet, day, n_words, n_entities, n_quotes, source."""
    sql, params = where.where()
    order = f"{LIBRARY_SORTS[sort]} {'DESC' if descending else 'ASC'}"
    return _frame(conn, f"""
        SELECT a.id, a.title, a.outlet, a.day, a.n_words, a.n_entities, a.n_quotes, a.source
        FROM articles a WHERE {sql}
        ORDER BY {order} {'NULLS LAST' if descending else 'NULLS FIRST'}, a.added_at DESC, a.id
        LIMIT :limit OFFSET :offset""", {**params, "limit": limit, "offset": offset})


def titles(conn: Connection, ids: list[str]) -> dict[str, tuple[str | None, str | None]]:
    """id -> (title, source) of the given articles."""
    if not ids:
        return {}
    marks = ", ".join(f":i{n}" for n in range(len(ids)))
    rows = conn.execute(text(f"SELECT id, title, source FROM articles WHERE id IN ({marks})"),
                        {f"i{n}": i for n, i in enumerate(ids)})
    return {r[0]: (r[1], r[2]) for r in rows}


# ---------- full-text search ----------

def query_words(query: str) -> list[str]:
    """The query as the index holds text: normalised words without proclitics."""
    return norm_words(query).split()


def _match(conn: Connection, query: str, prefix: str = "m") -> tuple[str, str, dict] | None:
    """FROM clause (sentences `s`, articles `a`), match condition and parameters of the
    query as a phrase; None when it has no words."""
    q = match_query(query, conn.dialect.name)
    if q is None:
        return None
    if conn.dialect.name == "postgresql":
        return ("sentences s JOIN articles a ON a.id = s.article_id",
                f"to_tsvector('simple', s.norm) @@ phraseto_tsquery('simple', :{prefix}_q)", {f"{prefix}_q": q})
    return ("sentences_fts JOIN sentences s ON s.rowid = sentences_fts.rowid JOIN articles a ON a.id = s.article_id",
            f"sentences_fts MATCH :{prefix}_q", {f"{prefix}_q": q})


def search_counts(conn: Connection, query: str, where: Filter = Filter()) -> pd.DataFrame:
    """Matching sentences per outlet and day: outlet, day, hits, articles."""
    matched = _match(conn, query)
    if matched is None:
        return pd.DataFrame(columns=["outlet", "day", "hits", "articles"])
    source, match, params = matched
    sql, fparams = where.where()
    return _frame(conn, f"""
        SELECT a.outlet, a.day, count(*) AS hits, count(DISTINCT a.id) AS articles
        FROM {source} WHERE {match} AND {sql} GROUP BY a.outlet, a.day""", {**params, **fparams})


def search_hits(conn: Connection, query: str, where: Filter = Filter(), limit: int = 50,
                offset: int = 0) -> pd.DataFrame:
    """One page of matching sentences, newest first: article_id, title, source, outlet,
    day, sentence (its index), text (the sentence as written)."""
    matched = _match(conn, query)
    if matched is None:
        return pd.DataFrame(columns=["article_id", "title", "source", "outlet", "day", "sentence", "text"])
    source, match, params = matched
    sql, fparams = where.where()
    return _frame(conn, f"""
        SELECT h.article_id, t.title, t.source, t.outlet, t.day, h.sentence,
               substr(t.text, h.start + 1, h."end" - h.start) AS text
        FROM (SELECT a.id AS article_id, a.day, s.idx AS sentence, s.start, s."end" FROM {source}
              WHERE {match} AND {sql} ORDER BY a.day DESC, a.id, s.idx LIMIT :limit OFFSET :offset) h
        JOIN articles t ON t.id = h.article_id
        ORDER BY h.day DESC, h.article_id, h.sentence""", {**params, **fparams, "limit": limit, "offset": offset})


def keyword_in_context(sentence: str, query: str, width: int = 70) -> tuple[str, str, str]:
    """(before, match, after) of the first place the query's words occur in `sentence`,
    the same way the index matches them (وبايدن matches بايدن); contexts are cut to about
    `width` characters at word boundaries. No match: the sentence is all `before`."""
    stems, tokens = query_words(query), words(sentence)
    n = len(stems)
    for i in range(len(tokens) - n + 1):
        if n and [t.stem for t in tokens[i:i + n]] == stems:
            start, end = tokens[i].start, tokens[i + n - 1].end
            return _cut_left(sentence[:start], width), sentence[start:end], _cut_right(sentence[end:], width)
    return _cut_right(sentence, 2 * width), "", ""


def _cut_left(context: str, width: int) -> str:
    if len(context) <= width:
        return context
    cut = context[-width:]
    return "… " + cut[cut.find(" ") + 1:] if " " in cut else "… " + cut


def _cut_right(context: str, width: int) -> str:
    if len(context) <= width:
        return context
    cut = context[:width]
    return cut[:cut.rfind(" ")] + " …" if " " in cut else cut + " …"


# ---------- entities ----------

def entities_like(conn: Connection, name: str, limit: int = 20) -> pd.DataFrame:
    """Entities whose key starts with the key of `name` (بايدن finds جو بايدن's key only
    when typed from its start): entity_key, label, name (one canonical form), mentions,
    corrected (a reader relabelled one of its mentions)."""
    k = key(name)
    if not k:
        return pd.DataFrame(columns=["entity_key", "label", "name", "mentions", "corrected"])
    return _corrected(_frame(conn, f"""
        SELECT entity_key, label, max(canonical) AS name, count(*) AS mentions, {_any_corrected()} FROM mentions
        WHERE entity_key >= :k AND entity_key < :k_end
        GROUP BY entity_key, label ORDER BY mentions DESC LIMIT :limit""",
                  {"k": k, "k_end": k + "\uffff", "limit": limit}))


def recent_entities(conn: Connection, where: Filter = Filter(), label: str | None = None,
                    articles: int = 500, limit: int = 20) -> pd.DataFrame:
    """The most mentioned entities of the latest `articles` articles that match:
    entity_key, label, name, mentions, articles, corrected."""
    sql, params = where.where()
    by_label = "AND m.label = :label" if label else ""
    return _corrected(_frame(conn, f"""
        SELECT m.entity_key, m.label, max(m.canonical) AS name, count(*) AS mentions,
               count(DISTINCT m.article_id) AS articles, {_any_corrected("m")}
        FROM mentions m WHERE m.article_id IN (
            SELECT a.id FROM articles a WHERE {sql} ORDER BY a.day DESC, a.added_at DESC LIMIT :n)
        {by_label} GROUP BY m.entity_key, m.label ORDER BY mentions DESC, name LIMIT :limit""",
                  {**params, "label": label, "n": articles, "limit": limit}))


def entity_name(conn: Connection, entity_key: str) -> str | None:
    """The canonical name most often given to an entity key."""
    row = conn.execute(text("""SELECT canonical FROM mentions WHERE entity_key = :k
        GROUP BY canonical ORDER BY count(*) DESC LIMIT 1"""), {"k": entity_key}).first()
    return row[0] if row else None


def _entity_in(conn: Connection, entity_key: str) -> tuple[str, dict]:
    """`IN (…)` over the keys of one entity (a person's full name and its surname, see
    store.entity_aliases) and its parameters (named e0, e1 …)."""
    group = entity_group(conn, entity_key)
    return (f"IN ({', '.join(f':e{i}' for i in range(len(group)))})",
            {f"e{i}": k for i, k in enumerate(group)})


def entity_articles(conn: Connection, entity_key: str, where: Filter = Filter(), limit: int = 50,
                    offset: int = 0) -> pd.DataFrame:
    """One page of the articles that mention an entity, newest first: id, title, outlet,
    day, mentions."""
    sql, params = where.where()
    keys, named = _entity_in(conn, entity_key)
    return _frame(conn, f"""
        SELECT a.id, a.title, a.outlet, a.day, m.mentions
        FROM (SELECT article_id, count(*) AS mentions FROM mentions WHERE entity_key {keys}
              GROUP BY article_id) m JOIN articles a ON a.id = m.article_id
        WHERE {sql} ORDER BY a.day DESC, a.added_at DESC, a.id LIMIT :limit OFFSET :offset""",
                  {**params, **named, "limit": limit, "offset": offset})


def entity_days(conn: Connection, entity_key: str, where: Filter = Filter()) -> pd.DataFrame:
    """Mentions and articles of an entity per day (None: undated articles): day, mentions, articles."""
    sql, params = where.where()
    keys, named = _entity_in(conn, entity_key)
    return _frame(conn, f"""
        SELECT a.day, count(*) AS mentions, count(DISTINCT a.id) AS articles
        FROM mentions m JOIN articles a ON a.id = m.article_id
        WHERE m.entity_key {keys} AND {sql} GROUP BY a.day ORDER BY a.day""",
                  {**params, **named})


def _latest_mentioning(conn: Connection, entity_key: str, where: Filter) -> tuple[str, str, dict]:
    """A CTE `base`: the latest :n articles (matching `where`) that mention the entity;
    the `IN (…)` of the entity's keys; their parameters."""
    sql, params = where.where()
    keys, named = _entity_in(conn, entity_key)
    return (f"""base AS (
            SELECT a.id FROM articles a WHERE a.id IN (SELECT article_id FROM mentions WHERE entity_key {keys})
            AND {sql} ORDER BY a.day DESC, a.added_at DESC LIMIT :n)""", keys, {**params, **named})


def cooccurring(conn: Connection, entity_key: str, same_sentence: bool = False, where: Filter = Filter(),
                articles: int = MAX_ARTICLES, limit: int = 30) -> pd.DataFrame:
    """Entities mentioned with an entity in the latest `articles` articles that mention it,
    in the same article (or the same sentence): entity_key, label, name, articles (that
    name both), mentions (of the other entity there), corrected."""
    base, keys, params = _latest_mentioning(conn, entity_key, where)
    source, in_base = _base_mentions(conn, "m" if same_sentence else "o")
    units = ""
    if same_sentence:   # the sentences of base that mention it, then every mention there
        units = (f", units AS (SELECT DISTINCT m.article_id, m.sentence_index FROM {source} "
                 f"WHERE {in_base} AND m.entity_key {keys})")
        source = "units JOIN mentions o ON o.article_id = units.article_id AND o.sentence_index = units.sentence_index"
        in_base = "1=1"
    return _corrected(_frame(conn, f"""
        WITH {base}{units}
        SELECT o.entity_key, o.label, max(o.canonical) AS name, count(DISTINCT o.article_id) AS articles,
               count(*) AS mentions, {_any_corrected("o")}
        FROM {source} WHERE {in_base} AND o.entity_key NOT {keys}
        GROUP BY o.entity_key, o.label ORDER BY articles DESC, mentions DESC, name LIMIT :limit""",
                  {**params, "n": articles, "limit": limit}))


def entity_sets(conn: Connection, entity_key: str, keys: list[str], where: Filter = Filter(),
                articles: int = MAX_ARTICLES) -> pd.DataFrame:
    """For the heatmap: (article_id, sentence_index, entity_key) of the mentions of `keys`
    in the latest `articles` articles that mention `entity_key`, one row each (a mention
    of one of the entity's other keys, e.g. its surname, counts as `entity_key`)."""
    if not keys:
        return pd.DataFrame(columns=["article_id", "sentence_index", "entity_key"])
    base, group, params = _latest_mentioning(conn, entity_key, where)
    marks = ", ".join(f":key{i}" for i in range(len(keys)))
    source, in_base = _base_mentions(conn, "m")
    return _frame(conn, f"""
        WITH {base}
        SELECT DISTINCT m.article_id, m.sentence_index,
               CASE WHEN m.entity_key {group} THEN :k ELSE m.entity_key END AS entity_key
        FROM {source} WHERE {in_base} AND (m.entity_key IN ({marks}) OR m.entity_key {group})""",
                  {**params, **{f"key{i}": k for i, k in enumerate(keys)}, "k": entity_key, "n": articles})


# ---------- speakers ----------

def _speaker_condition(kinds: list[str] | None, name: str) -> tuple[str, dict]:
    parts, params = ["n_quotes > 0"], {}
    if kinds:
        parts.append("kind IN (" + ", ".join(f":kind{i}" for i in range(len(kinds))) + ")")
        params.update({f"kind{i}": k for i, k in enumerate(kinds)})
    for i, word in enumerate(name.split()[:6]):
        parts.append(f"name LIKE :w{i}")
        params[f"w{i}"] = f"%{_like_escape(word)}%"
    return " AND ".join(parts), params


def count_speakers(conn: Connection, kinds: list[str] | None = None, name: str = "") -> int:
    """How many speaker identities `top_speakers` pages through."""
    sql, params = _speaker_condition(kinds, name)
    return conn.execute(text(f"SELECT count(*) FROM speakers WHERE {sql}"), params).scalar_one()


def top_speakers(conn: Connection, kinds: list[str] | None = None, name: str = "", limit: int = 25,
                 offset: int = 0) -> pd.DataFrame:
    """One page of speaker identities, most quoted first: id, name, kind, role, n_quotes,
    n_articles; `kinds` keeps some identity kinds, `name` words of the name."""
    sql, params = _speaker_condition(kinds, name)
    return _frame(conn, f"""
        SELECT id, name, kind, role, n_quotes, n_articles FROM speakers WHERE {sql}
        ORDER BY n_quotes DESC, n_articles DESC, id LIMIT :limit OFFSET :offset""",
                  {**params, "limit": limit, "offset": offset})


def speakers_by_id(conn: Connection, ids: list[int]) -> pd.DataFrame:
    """id, name, kind, n_quotes, n_articles of the given speaker identities, in that order."""
    if not ids:
        return pd.DataFrame(columns=["id", "name", "kind", "n_quotes", "n_articles"])
    marks = ", ".join(f":s{i}" for i in range(len(ids)))
    frame = _frame(conn, f"SELECT id, name, kind, n_quotes, n_articles FROM speakers WHERE id IN ({marks})",
                   {f"s{i}": int(s) for i, s in enumerate(ids)})
    return frame.set_index("id").reindex([i for i in ids if i in set(frame["id"])]).reset_index()


def speaker_quotes(conn: Connection, speaker_id: int, where: Filter = Filter(), limit: int = 20,
                   offset: int = 0) -> pd.DataFrame:
    """One page of a speaker's quotes, newest article first: article_id, title, outlet,
    day, idx (the quote's index in its article), type, quote, cue, rule, confidence,
    corrected (a reader set its speaker or type, or added it)."""
    sql, params = where.where()
    return _corrected(_frame(conn, f"""
        SELECT q.article_id, a.title, a.outlet, a.day, q.idx, q.type, q.quote, q.cue, q.rule, q.confidence,
               q.corrected
        FROM quotes q JOIN articles a ON a.id = q.article_id
        WHERE q.speaker_id = :s AND {sql}
        ORDER BY a.day DESC, a.added_at DESC, q.article_id, q.idx LIMIT :limit OFFSET :offset""",
                  {**params, "s": int(speaker_id), "limit": limit, "offset": offset}))


def speaker_days(conn: Connection, ids: list[int], where: Filter = Filter()) -> pd.DataFrame:
    """Quotes per speaker identity and day: speaker_id, day, quotes."""
    if not ids:
        return pd.DataFrame(columns=["speaker_id", "day", "quotes"])
    sql, params = where.where()
    marks = ", ".join(f":s{i}" for i in range(len(ids)))
    return _frame(conn, f"""
        SELECT q.speaker_id, a.day, count(*) AS quotes FROM quotes q JOIN articles a ON a.id = q.article_id
        WHERE q.speaker_id IN ({marks}) AND a.day IS NOT NULL AND {sql}
        GROUP BY q.speaker_id, a.day ORDER BY a.day""", {**params, **{f"s{i}": int(s) for i, s in enumerate(ids)}})


# ---------- corpus words ----------

@dataclass(frozen=True)
class Selection:
    """A set of articles for word counts: a filter, optionally narrowed to the articles
    whose sentences match a full-text `query`; at most `cap` (the latest) are read."""
    where: Filter = field(default_factory=Filter)
    query: str = ""
    cap: int = MAX_ARTICLES


def _selected_ids(conn: Connection, selection: Selection, prefix: str = "f",
                  exclude: Selection | None = None) -> tuple[str, dict]:
    """A subquery of the ids of `selection`'s articles (its latest `cap`, leaving out those
    of `exclude`), and its parameters (named `prefix`_…)."""
    sql, params = selection.where.where(prefix=prefix)
    params[f"{prefix}_cap"] = selection.cap
    if exclude is not None:
        ex_ids, ex_params = _selected_ids(conn, exclude, prefix=prefix + "x")
        sql += f" AND a.id NOT IN ({ex_ids})"
        params.update(ex_params)
    order = f"ORDER BY a.day DESC, a.added_at DESC LIMIT :{prefix}_cap"
    matched = _match(conn, selection.query, prefix)
    if matched is None:
        return f"SELECT a.id FROM articles a WHERE {sql} {order}", params
    source, match, mparams = matched
    return (f"SELECT a.id FROM {source} WHERE {match} AND {sql} GROUP BY a.id, a.day, a.added_at {order}",
            {**params, **mparams})


def selected_count(conn: Connection, selection: Selection) -> int:
    """How many articles of `selection` are read (at most its cap)."""
    ids, params = _selected_ids(conn, selection)
    return conn.execute(text(f"SELECT count(*) FROM ({ids}) x"), params).scalar_one()


def word_counts(conn: Connection, selection: Selection, limit: int | None = 200,
                exclude: Selection | None = None) -> pd.DataFrame:
    """Content words of the selected articles, most frequent first: key, count, articles.
    With `exclude`, its articles are left out (the rest of the archive, for contrast)."""
    ids, params = _selected_ids(conn, selection, exclude=exclude)
    return _frame(conn, f"""
        SELECT w.key, sum(w.count) AS count, count(*) AS articles FROM article_words w
        WHERE {_among(conn, 'w.article_id', ids)}
        GROUP BY w.key ORDER BY count DESC, w.key {'LIMIT :limit' if limit else ''}""", {**params, "limit": limit})


def word_forms(conn: Connection, selection: Selection, keys: Sequence[str]) -> dict[str, str]:
    """Key -> the most frequent written form of that word in the selected articles' text
    (`frames.written_form`: بايدن for the key بايدن, الأمم for الامم); a key not found
    in their text stands for itself."""
    wanted, ids_params = set(keys), _selected_ids(conn, selection)
    spellings = Counter()
    for (body,) in conn.execute(text(f"SELECT text FROM articles WHERE id IN ({ids_params[0]})"), ids_params[1]):
        spellings.update(WORD.findall(body))
    written: dict[str, Counter] = defaultdict(Counter)
    for surface, n in spellings.items():
        stem = Token(surface, 0, len(surface)).stem   # cached per spelling
        if stem in wanted:
            written[stem][written_form(surface)] += n
    best = {k: min(c.items(), key=lambda item: (-item[1], item[0]))[0] for k, c in written.items()}
    return {k: best.get(k, k) for k in keys}


def cooccurrence_matrix(sets: pd.DataFrame, same_sentence: bool = False) -> pd.DataFrame:
    """From `entity_sets` rows: for each pair of entity keys, in how many articles (or
    sentences) both occur: long form key_a, key_b, together (the diagonal: alone counts)."""
    unit = ["article_id", "sentence_index"] if same_sentence else ["article_id"]
    incidence = pd.crosstab([sets[c] for c in unit], sets["entity_key"]).clip(upper=1)
    together = incidence.T @ incidence
    together.index.name, together.columns.name = "key_a", "key_b"
    return together.stack().rename("together").reset_index()

"""What every page shares: the store, the chosen article and language, cached frames, and
widgets whose values live in the URL's query parameters (so a copied link reproduces
the view, also on a freshly started server)."""
from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any
from urllib.parse import urlencode

import pandas as pd
import streamlit as st
from sqlalchemy import text as sql_text

from qawl import frames, queries
from qawl.doc import Article
from qawl.errors import StoreError
from qawl.html import CSS, table_html
from qawl.i18n import LANGUAGES, t
from qawl.ingest import IngestError, read_path
from qawl.pipeline import DEFAULT_ARTICLE, parse
from qawl.store import Store
from qawl.text_safety import escape_markdown, literal

log = logging.getLogger(__name__)

DEFAULT_TITLE = "بايدن وبوتين يعقدان مكالمة فيديو وسط التوتر بشأن أوكرانيا"
ARTICLE_KEY = "article"
PICKER_SIZE = 50   # articles the sidebar picker lists at most
LANG_KEY = "lang"
ENTITY_CHART_COLOURS = {"PER": "#e07a1f", "ORG": "#2f6fb0", "LOC": "#3a9a4a", "MISC": "#8e5bb5"}
# The article selector holds Arabic titles: right-to-left, so a long title is cut at its end.
APP_CSS = """<style>
[data-testid="stSidebar"] [data-testid="stSelectbox"] input { direction: rtl; }
</style>"""
RTL_INTERFACE_CSS = """<style>
[data-testid="stMainBlockContainer"], [data-testid="stSidebarContent"] { direction: rtl; }
/* dates are typed YYYY-MM-DD, left to right (else the hint reads dd-mm-yyyy) */
[data-testid="stDateInputField"] [role="group"] { direction: ltr; }
[data-testid="stHeading"] { text-align: right; }
[data-testid="stVegaLiteChart"] { direction: ltr; }
/* a toggle's knob moves by translateX: draw the track left to right, then mirror it */
[data-testid="stCheckbox"]:has(input[role="switch"]) label > div:not([data-testid]) {
  direction: ltr; transform: scaleX(-1); }
</style>"""


# ---------- data ----------

def _db() -> str:
    """The database this process uses: $QAWL_DB, else the app's secret `[connections.qawl]
    url` (a hosted PostgreSQL keeps uploads across restarts), else the store's default file."""
    return os.environ.get("QAWL_DB") or _secret_db()


def _secret_db() -> str:
    try:
        return str(st.secrets.get("connections", {}).get("qawl", {}).get("url", ""))
    except FileNotFoundError:   # no secrets file, as when running locally
        return ""


@st.cache_resource(show_spinner=False)
def _store(db: str) -> Store:
    return Store(db or None)


@st.cache_data(show_spinner=False)
def _default_id(db: str) -> str | None:
    """Id of the default article, stored (and parsed) on first use; None if it is missing."""
    try:
        return _store(db).ensure_default(DEFAULT_ARTICLE, title=DEFAULT_TITLE)
    except IngestError:
        return None


def store() -> Store:
    return _store(_db())


@st.cache_resource(show_spinner=False)
def _default_in_memory() -> Article | None:
    """The default article parsed without the store (shown when the archive is unavailable)."""
    try:
        return parse(read_path(DEFAULT_ARTICLE).text, DEFAULT_TITLE)
    except IngestError:
        return None


@st.cache_resource(show_spinner=False, max_entries=64)
def _article(db: str, article_id: str) -> Article:
    try:
        return _store(db).get(article_id)
    except (StoreError, KeyError):  # the default article is shown even when it cannot be stored
        default = _default_in_memory()
        if default is not None and default.id == article_id:
            return default
        raise


def _stored_default() -> str | None:
    """Id of the default article; stored again when the database was replaced by a new one
    while the server ran."""
    default = _default_id(_db())
    if default is not None and default not in store():
        _default_id.clear()
        default = _default_id(_db())
    return default


def archive_writable() -> bool:
    """Whether the archive works and can be written (corrections need both); the reason
    when it does not goes to the server log, not to the visitor."""
    try:
        _stored_default()
        return not store().read_only
    except StoreError as error:
        log.warning("article archive unavailable: %s", error)
        return False


def warm_up() -> None:
    """What the first visit would otherwise pay, done when the server starts (app.py): the
    modules the pages import, the archive opened, the default article stored and read,
    the entity model loaded (uploads need it). An archive that fails is left for the
    pages to report."""
    from qawl import distinctive, wordcloud_image  # noqa: F401  (the corpus and word cloud pages)
    from qawl.ner import load_recognizer
    from views import charts

    charts.warm_up()
    load_recognizer()
    try:
        default = _stored_default()
        if default is not None:
            _frame(_db(), default, "quotes")   # reads the article too
        _generation(_db())
    except StoreError as error:
        log.warning("article archive unavailable: %s", error)


def labels_of(ids: Sequence[str]) -> dict[str, str]:
    """Id -> name of the given articles, as the article selector shows them."""
    found = query("titles", list(dict.fromkeys(ids)))
    names = {i: article_label(title, source, i) for i, (title, source) in found.items()}
    default = _default_in_memory()
    if default is not None and default.id in ids and default.id not in names:   # not stored
        names[default.id] = default.title or DEFAULT_TITLE
    return names


def article_title() -> str:
    """The chosen article's name as the selector shows it."""
    article_id = st.session_state[ARTICLE_KEY]
    return labels_of([article_id]).get(article_id, article_id)


def article(article_id: str | None = None) -> Article:
    """The chosen article (or the one with `article_id`), parsed once per process."""
    return _article(_db(), article_id or st.session_state[ARTICLE_KEY])


@st.cache_data(show_spinner=False, max_entries=256)
def _frame(db: str, article_id: str, name: str, **kwargs: Any) -> pd.DataFrame:
    return getattr(frames, name)(_article(db, article_id), **kwargs)


def frame(name: str, **kwargs: Any) -> pd.DataFrame:
    """`qawl.frames.<name>(chosen article, **kwargs)`, cached per article."""
    return _frame(_db(), st.session_state[ARTICLE_KEY], name, **kwargs)


def article_frame(article_id: str, name: str, **kwargs: Any) -> pd.DataFrame:
    """`qawl.frames.<name>(the article with article_id, **kwargs)`, cached per article."""
    return _frame(_db(), article_id, name, **kwargs)


@st.cache_data(show_spinner=False, ttl=2)
def _generation(db: str) -> tuple:
    """What changes when articles are added or removed: their number and the last addition."""
    with _store(db).connect() as conn:
        return tuple(conn.execute(sql_text("SELECT count(*), max(added_at) FROM articles")).one())


@st.cache_data(show_spinner=False, max_entries=512, ttl=3600)
def _query(db: str, generation: tuple, name: str, args: tuple, kwargs: dict) -> Any:
    with _store(db).connect() as conn:
        return getattr(queries, name)(conn, *args, **kwargs)


def query(name: str, *args: Any, **kwargs: Any) -> Any:
    """`qawl.queries.<name>(connection, *args, **kwargs)`, cached until articles are added
    or deleted (`forget_queries` after a rename)."""
    return _query(_db(), _generation(_db()), name, args, kwargs)


def forget_queries() -> None:
    _generation.clear()
    _query.clear()


def forget_parses() -> None:
    """Drop cached articles, frames and archive queries (a correction changed what they show)."""
    _article.clear()
    _frame.clear()
    forget_queries()


# ---------- language and article (sidebar, every page) ----------

def lang() -> str:
    return st.session_state.get(LANG_KEY, "en")


def language_selector() -> str:
    """Interface language radio in the sidebar, kept in `?lang=`; returns "en" or "ar"."""
    _init(LANG_KEY, st.query_params.get(LANG_KEY), list(LANGUAGES), "en")
    st.sidebar.radio(t("language", lang()), list(LANGUAGES), key=LANG_KEY,
                     format_func=LANGUAGES.__getitem__, horizontal=True)
    _write_param(LANG_KEY, lang(), "en")
    st.html(CSS + APP_CSS + (RTL_INTERFACE_CSS if lang() == "ar" else ""))
    return lang()


def _default() -> str | None:
    """Id of the default article: stored on first use, or parsed in memory when the archive
    cannot be written (the reason goes to the server log; one warning to the visitor)."""
    try:
        return _default_id(_db())
    except StoreError as error:
        log.warning("article archive unavailable: %s", error)
        st.warning(t("archive_unavailable", lang()))
        return getattr(_default_in_memory(), "id", None)


def _is_shown(article_id: str | None) -> bool:
    """Whether the pages can show this article: stored, or the default parsed in memory."""
    return bool(article_id) and (article_id == getattr(_default_in_memory(), "id", None) or article_id in store())


def _first_article(wanted: str | None) -> str | None:
    """The article to show when none is chosen yet: `wanted` (from the URL) when stored,
    else the default article, else the newest; None when the library is empty."""
    fallback = _default()
    if _is_shown(wanted):
        return wanted
    if fallback is None:
        newest = query("library", limit=1)
        fallback = newest["id"].iloc[0] if not newest.empty else None
    if wanted and fallback:
        st.warning(t("article_missing", lang(), id=literal(wanted, 40), title=literal(labels_of([fallback])[fallback])))
    return fallback


def _picker(words: str) -> tuple[str | None, list[str], dict[str, str]]:
    """The current article, the picker's options (it first, then up to PICKER_SIZE
    articles whose title has `words`, newest first) and their names."""
    current = st.session_state.get(ARTICLE_KEY)
    if not _is_shown(current):
        current = _first_article(st.query_params.get(ARTICLE_KEY))
    if current is None:
        return None, [], {}
    found = query("library", queries.Filter(title=words), limit=PICKER_SIZE)
    options = [current] + [i for i in found["id"] if i != current]
    return current, options, labels_of(options)


def article_selector() -> Article | None:
    """Article picker in the sidebar, kept in `?article=`: words of the title find up to
    PICKER_SIZE articles, newest first; None when the library is empty. When the archive
    cannot be read at all, the default article parsed in memory."""
    words = st.sidebar.text_input(t("find_article", lang()), key="w_find", placeholder=t("title_words", lang()))
    try:
        current, options, names = _picker(words.strip())
    except StoreError as error:
        log.warning("article archive unreadable: %s", error)
        st.warning(t("archive_unavailable", lang()))
        default = _default_in_memory()
        current = default.id if default else None
        options, names = [current], {current: default.title or DEFAULT_TITLE} if default else {}
    if current is None:
        st.info(t("library_empty", lang()))
        return None
    st.session_state[ARTICLE_KEY] = current
    st.sidebar.selectbox(t("article", lang()), options, key=ARTICLE_KEY, format_func=lambda i: names.get(i, i))
    st.query_params[ARTICLE_KEY] = st.session_state[ARTICLE_KEY]
    return article()


def open_article(article_id: str, sentence: int | None = None) -> None:
    """Go to the Article page showing `article_id` (scrolled to `sentence`)."""
    st.session_state[ARTICLE_KEY] = article_id
    params = {ARTICLE_KEY: article_id, **({"sentence": str(sentence)} if sentence is not None else {}),
              **({LANG_KEY: lang()} if lang() != "en" else {})}
    st.switch_page("views/article.py", query_params=params)


def article_label(title: str | None, source: str | None, article_id: str) -> str:
    """How an article is named: its title, else its file name, else "untitled" and its id."""
    if isinstance(title, str) and title.strip():
        return title
    if isinstance(source, str) and source and source not in ("default", "pasted"):
        return source
    return f"{t('untitled', lang())} ({article_id[:6]})"


def link(path: str, **params: object) -> str:
    """A relative link to the page at `path` ("" for the Article page) with `params`
    (None values left out) in this interface language."""
    params = {**params, LANG_KEY: lang() if lang() != "en" else None}
    return f"./{path}?" + urlencode({k: v for k, v in params.items() if v is not None}, doseq=True)


def article_link(article_id: str, sentence: int | None = None) -> str:
    """A relative link to the Article page on `article_id` (at `sentence`)."""
    return link("", **{ARTICLE_KEY: article_id, "sentence": sentence})


def html_table(frame: pd.DataFrame, columns: dict[str, str], links: Sequence[str | None] = (),
               numeric: Sequence[str] = (), height: int | None = None, where: Any = st) -> None:
    """Draw `frame`'s `columns` (name -> label) as a table in the interface's direction
    (in `where`, e.g. a column); the first column links to `links`; a table taller than
    `height` pixels scrolls."""
    where.html(table_html(list(columns.values()), frame[list(columns)].values.tolist(), links,
                          [i for i, c in enumerate(columns) if c in numeric], rtl=lang() == "ar", height=height))


# ---------- widgets kept in the URL ----------

def _init(key: str, value: Any, options: Sequence[Any], default: Any) -> None:
    """Give a widget its first value from the URL; drop a stale value not in `options`."""
    if key not in st.session_state or st.session_state[key] not in options:
        st.session_state[key] = value if value in options else default


def _write_param(name: str, value: Any, default: Any) -> None:
    if value == default or value in (None, "", []):
        st.query_params.pop(name, None)
    else:
        st.query_params[name] = value


def url_multiselect(label: str, options: Sequence[str], param: str, *, default: Sequence[str] = (),
                    format_func: Callable[[str], str] = str, **kwargs: Any) -> list[str]:
    """A multiselect whose choice is the repeated query parameter `param`."""
    key = f"w_{param}"
    if key not in st.session_state:
        from_url = [v for v in st.query_params.get_all(param) if v in options]
        st.session_state[key] = from_url or [v for v in default if v in options]
    else:
        st.session_state[key] = [v for v in st.session_state[key] if v in options]
    kwargs.setdefault("placeholder", t("choose", lang()))
    chosen = st.multiselect(label, list(options), key=key, format_func=format_func, **kwargs)
    _write_param(param, chosen, list(default))
    return chosen


def url_selectbox(label: str, options: Sequence[str], param: str, *, default: str, radio: bool = False,
                  format_func: Callable[[str], str] = str, **kwargs: Any) -> str:
    """A select box (or radio buttons) whose choice is the query parameter `param`."""
    key = f"w_{param}"
    _init(key, st.query_params.get(param), options, default)
    widget = st.radio if radio else st.selectbox
    if not radio:
        kwargs.setdefault("placeholder", t("choose", lang()))
    widget(label, list(options), key=key, format_func=format_func, **kwargs)
    _write_param(param, st.session_state[key], default)
    return st.session_state[key]


def url_slider(label: str, low: int, high: int, param: str, *, default: int, step: int = 1) -> int:
    """An integer slider whose value is the query parameter `param`."""
    key = f"w_{param}"
    if key not in st.session_state:
        value = url_int(st.query_params.get(param, ""))
        st.session_state[key] = default if value is None else min(max(value, low), high)
    st.slider(label, low, high, key=key, step=step)
    _write_param(param, st.session_state[key], default)
    return st.session_state[key]


def url_int(raw: str) -> int | None:
    """A whole number written in a URL ("40"), or None for anything else: signs, spaces,
    non-ASCII digits (int("²") fails though "²".isdigit()) and more than 9 digits."""
    return int(raw) if re.fullmatch(r"[0-9]{1,9}", raw) else None


def url_toggle(label: str, param: str, *, default: bool) -> bool:
    """A toggle whose value is the query parameter `param` ("1" / "0")."""
    key = f"w_{param}"
    if key not in st.session_state:
        raw = st.query_params.get(param)
        st.session_state[key] = default if raw not in ("0", "1") else raw == "1"
    st.toggle(label, key=key)
    _write_param(param, "1" if st.session_state[key] else "0", "1" if default else "0")
    return st.session_state[key]


def url_text(label: str, param: str, **kwargs: Any) -> str:
    """A text input whose value is the query parameter `param`."""
    key = f"w_{param}"
    if key not in st.session_state:
        st.session_state[key] = st.query_params.get(param, "")
    st.text_input(label, key=key, **kwargs)
    value = st.session_state[key].strip()
    _write_param(param, value, "")
    return value


def _url_day(param: str, low: date | None, high: date | None) -> date | None:
    """The date `param`=YYYY-MM-DD of the URL when it lies between `low` and `high`, else None."""
    try:
        day = date.fromisoformat(st.query_params.get(param, ""))
    except ValueError:
        return None
    return day if (low is None or low <= day) and (high is None or day <= high) else None


def url_date(label: str, param: str, low: date | None, high: date | None) -> str | None:
    """A date input (optional, between `low` and `high`) whose value is `param`=YYYY-MM-DD."""
    key = f"w_{param}"
    if key not in st.session_state:
        st.session_state[key] = _url_day(param, low, high)
    chosen = st.session_state[key]
    if chosen is not None and low and high and not low <= chosen <= high:
        st.session_state[key] = None
    st.date_input(label, key=key, min_value=low, max_value=high, format="YYYY-MM-DD")
    value = st.session_state[key].isoformat() if st.session_state[key] else None
    _write_param(param, value, None)
    return value


def lazy_expander(label: str, key: str):
    """An expander whose content is built only while it is open (None when closed): a
    closed one costs the page one element, not its widgets."""
    box = st.expander(label, key=key, on_change="rerun")
    return box if box.open else None


def _chosen(param: str, from_url: Any) -> Any:
    """The value of the widget kept in `param` when it is drawn, else `from_url`."""
    return st.session_state.get(f"w_{param}", from_url)


def archive_filter(title: bool = False) -> queries.Filter:
    """Outlet and date range (and words of the title) kept in the URL: which articles an
    archive page is about. The outlet and dates sit in a fold built only while it is open
    (closed, the URL's values apply and the page loads no date picker)."""
    first, last = (date.fromisoformat(d) if d else None for d in query("day_range"))
    outlets = [""] + query("outlets")
    if title:
        words_col, box_col = st.columns(2)
        with words_col:
            words = url_text(t("title_words", lang()), "title")
    else:
        words, box_col = "", st.container()
    outlet = _chosen("outlet", st.query_params.get("outlet", ""))
    outlet = outlet if outlet in outlets else ""
    start, end = (_chosen(param, _url_day(param, first, last)) for param in ("from", "to"))
    shown = [outlet or t("all_outlets", lang())]
    if start or end:
        shown.append(f"{start or '…'} – {end or '…'}")
    with box_col:
        box = lazy_expander(escape_markdown(t("filters", lang(), shown=" · ".join(shown))), "exp_filter")
    if box is None:
        start, end = (d.isoformat() if d else None for d in (start, end))
        for param, value in (("outlet", outlet), ("from", start), ("to", end)):
            _write_param(param, value, None)
    else:
        with box:
            outlet_col, from_col, to_col = st.columns([2, 1, 1])
            with outlet_col:
                outlet = url_selectbox(t("outlet", lang()), outlets, "outlet", default="",
                                       format_func=lambda o: o or t("all_outlets", lang()))
            with from_col:
                start = url_date(t("date_from", lang()), "from", first, last)
            with to_col:
                end = url_date(t("date_to", lang()), "to", first, last)
    return queries.Filter(outlet=outlet or None, start=start, end=end, title=words)


def pager(total: int, per_page: int, param: str = "page") -> int:
    """Page number input (kept in the URL) under a list of `total` rows; returns the offset."""
    pages = max(1, -(-total // per_page))
    key = f"w_{param}"
    if key not in st.session_state:
        value = url_int(st.query_params.get(param, ""))
        st.session_state[key] = 1 if value is None else min(max(value, 1), pages)
    st.session_state[key] = min(st.session_state[key], pages)
    left, right = st.columns([1, 3])
    left.number_input(t("page", lang()), 1, pages, key=key, step=1)
    right.caption(t("page_of", lang(), pages=pages, total=total))
    _write_param(param, st.session_state[key], 1)
    return (st.session_state[key] - 1) * per_page

"""What every page shares: the store, the chosen article and language, cached frames, and
widgets whose values live in the URL's query parameters (so a copied link reproduces
the view, also on a freshly started server)."""
from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd
import streamlit as st

from qawl import frames
from qawl.doc import Article
from qawl.errors import StoreError
from qawl.html import CSS
from qawl.i18n import LANGUAGES, t
from qawl.ingest import IngestError, read_path
from qawl.pipeline import DEFAULT_ARTICLE, parse
from qawl.store import Store
from qawl.text_safety import literal

log = logging.getLogger(__name__)

DEFAULT_TITLE = "بايدن وبوتين يعقدان مكالمة فيديو وسط التوتر بشأن أوكرانيا"
ARTICLE_KEY = "article"
LIBRARY_COLUMNS = ["id", "title", "source", "origin", "added_at"]  # what the pages read of Store.list()
LANG_KEY = "lang"
ENTITY_CHART_COLOURS = {"PER": "#e07a1f", "ORG": "#2f6fb0", "LOC": "#3a9a4a", "MISC": "#8e5bb5"}
# The article selector holds Arabic titles: right-to-left, so a long title is cut at its end.
APP_CSS = """<style>
[data-testid="stSidebar"] [data-testid="stSelectbox"] input { direction: rtl; }
</style>"""
RTL_INTERFACE_CSS = """<style>
[data-testid="stMainBlockContainer"], [data-testid="stSidebarContent"] { direction: rtl; }
[data-testid="stHeading"] { text-align: right; }
[data-testid="stVegaLiteChart"] { direction: ltr; }
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


def _read_library() -> tuple[pd.DataFrame, bool]:
    """The stored articles, and whether the archive works. When it does not (the reason
    goes to the server log, not to the visitor), whatever can still be read, with the
    default article parsed in memory."""
    try:
        _default_id(_db())
        return store().list(), True
    except StoreError as error:
        log.warning("article archive unavailable: %s", error)
    try:
        stored = store().list()
    except StoreError:
        stored = pd.DataFrame(columns=LIBRARY_COLUMNS)
    default = _default_in_memory()
    if default is not None and default.id not in set(stored["id"]):
        row = pd.DataFrame([(default.id, default.title, "default", "default", None)], columns=LIBRARY_COLUMNS)
        stored = row if stored.empty else pd.concat([stored, row], ignore_index=True)
    return stored, False


def archive_writable() -> bool:
    """Whether the archive works and can be written (corrections need both)."""
    try:
        return _read_library()[1] and not store().read_only
    except StoreError:
        return False


def library() -> pd.DataFrame:
    """The stored articles (`Store.list()`); see `_read_library` when the archive fails."""
    return _read_library()[0]


def article_labels(articles: pd.DataFrame | None = None) -> dict[str, str]:
    """Id -> name of every article of `articles` (default: `library()`), as the article
    selector shows them."""
    rows = (library() if articles is None else articles).itertuples()
    return {row.id: article_label(row) for row in rows}


def article_title() -> str:
    """The chosen article's name as the selector shows it."""
    return article_labels()[st.session_state[ARTICLE_KEY]]


def article(article_id: str | None = None) -> Article:
    """The chosen article (or the one with `article_id`), parsed once per process."""
    return _article(_db(), article_id or st.session_state[ARTICLE_KEY])


@st.cache_data(show_spinner=False, max_entries=256)
def _frame(db: str, article_id: str, name: str, **kwargs: Any) -> pd.DataFrame:
    return getattr(frames, name)(_article(db, article_id), **kwargs)


def frame(name: str, **kwargs: Any) -> pd.DataFrame:
    """`qawl.frames.<name>(chosen article, **kwargs)`, cached per article."""
    return _frame(_db(), st.session_state[ARTICLE_KEY], name, **kwargs)


@st.cache_data(show_spinner=False, max_entries=16)
def _all_quotes(db: str, article_ids: tuple[str, ...]) -> pd.DataFrame:
    return frames.all_quotes([_article(db, i) for i in article_ids])


def forget_parses() -> None:
    """Drop the cached articles and frames (after a correction changed what they show)."""
    _article.clear()
    _frame.clear()
    _all_quotes.clear()


def all_quotes() -> pd.DataFrame:
    """Quotes of every stored article, one speaker name across articles."""
    return _all_quotes(_db(), tuple(library()["id"]))


# ---------- language and article (sidebar, every page) ----------

def lang() -> str:
    return st.session_state.get(LANG_KEY, "en")


def language_selector() -> str:
    """Interface language radio in the sidebar, kept in `?lang=`; returns "en" or "ar"."""
    _init(LANG_KEY, st.query_params.get(LANG_KEY), list(LANGUAGES), "en")
    st.sidebar.radio(t("language", lang()), list(LANGUAGES), key=LANG_KEY,
                     format_func=LANGUAGES.__getitem__, horizontal=True)
    _write_param(LANG_KEY, lang(), "en")
    st.html(CSS + APP_CSS)
    if lang() == "ar":
        st.html(RTL_INTERFACE_CSS)
    return lang()


def article_selector() -> Article | None:
    """Article select box in the sidebar, kept in `?article=`; None when the library is empty."""
    stored, works = _read_library()
    if not works:
        st.warning(t("archive_unavailable", lang()))
    default = _default_id(_db()) if works else getattr(_default_in_memory(), "id", None)
    if stored.empty:
        st.info(t("library_empty", lang()))
        return None
    ids = list(stored["id"])
    titles = article_labels(stored)
    if default not in ids:
        default = ids[0]
    wanted = st.query_params.get(ARTICLE_KEY)
    if ARTICLE_KEY not in st.session_state and wanted and wanted not in ids:
        st.warning(t("article_missing", lang(), id=literal(wanted, 40), title=literal(titles[default])))
    _init(ARTICLE_KEY, wanted, ids, default)
    st.sidebar.selectbox(t("article", lang()), ids, key=ARTICLE_KEY, format_func=titles.__getitem__)
    st.query_params[ARTICLE_KEY] = st.session_state[ARTICLE_KEY]
    return article()


def article_label(row) -> str:
    """How an article is named in the selector: its title, else its file name."""
    if isinstance(row.title, str) and row.title.strip():
        return row.title
    if row.source not in ("default", "pasted"):
        return row.source
    return f"{t('untitled', lang())} ({row.id[:6]})"


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


def reading_order(columns: Sequence[str]) -> list[str]:
    """Table columns in the interface's reading order: first column rightmost in Arabic."""
    return list(reversed(columns)) if lang() == "ar" else list(columns)


def arabic_text_columns(columns: Sequence[str], labels: dict[str, str] | None = None) -> dict:
    """column_config that right-aligns Arabic text columns and gives them interface labels."""
    labels = labels or {}
    return {c: st.column_config.TextColumn(labels.get(c, c), alignment="right") for c in columns}

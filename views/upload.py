"""Upload page: files (articles or archives), a web address or pasted text become stored
articles that every page can select. Each article succeeds or fails on its own, with a
message naming it; a progress bar follows many files; the latest additions are listed
(the whole archive is the Library page's)."""
import json

import streamlit as st

from qawl.errors import StoreError
from qawl.i18n import t
from qawl.ingest import ACCEPTED, Outcome, ingest_items, ingest_text, ingest_url, iter_upload
from qawl.ingest.batch import PASTED, recently_added
from qawl.ingest.problems import kind
from qawl.text_safety import literal
from views import state

RESULTS_KEY = "upload_results"
UNAVAILABLE_KEY = "upload_unavailable"  # the last Add found the archive unavailable
ROUND_KEY = "upload_round"  # a new uploader key per round clears the chosen files
MAX_UPLOAD_MB = 50          # an archive may be large; each article in it is limited to 5 MB
SHOWN = 20                  # outcomes of each kind listed, and latest articles listed

# A web address reads left to right; pasted text and its title take each paragraph's own direction.
FIELDS_CSS = """<style>
.st-key-upload_url input { direction: ltr; text-align: left; }
.st-key-upload_text textarea, .st-key-upload_title input { unicode-bidi: plaintext; text-align: start; }
</style>"""
# The uploader's own words (its button, the size limit) are the framework's, in English:
# written over in the Arabic interface.
UPLOADER_CSS = """<style>
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p,
[data-testid="stFileUploaderDropzoneInstructions"] span { font-size: 0; }
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p::after {
  content: %(button)s; font-size: .875rem; }
[data-testid="stFileUploaderDropzoneInstructions"] span::after { content: %(limit)s; font-size: .875rem; }
</style>"""

lang = state.lang()
round_ = st.session_state.setdefault(ROUND_KEY, 0)


def _ingest(store, files, url: str, text: str) -> list[Outcome]:
    """Every article of the files, the web page and the pasted text, with progress."""
    outcomes: list[Outcome] = []
    bar = st.progress(0.0) if len(files) > 1 or url else None
    for i, f in enumerate(files):
        if bar:
            bar.progress(i / len(files), text=t("reading_file", lang, name=literal(f.name), i=i + 1, n=len(files)))
        outcomes += ingest_items(iter_upload(f.name, f.getvalue()), store)
    if url:
        if bar:
            bar.progress(1.0, text=t("fetching_url", lang))
        outcomes.append(ingest_url(url, store))
    if text.strip():
        outcomes.append(ingest_text(text, store, title=st.session_state.get("upload_title")))
    if bar:
        bar.empty()
    return outcomes


def add() -> None:
    """Button callback: runs before the script, so it may choose the new article."""
    files = st.session_state.get(f"upload_files_{round_}") or []
    text = st.session_state.get("upload_text", "")
    url = st.session_state.get("upload_url", "").strip()
    if not files and not text.strip() and not url:
        st.session_state[RESULTS_KEY] = []
        return
    try:
        outcomes = _ingest(state.store(), files, url, text)
    except StoreError:
        st.session_state[UNAVAILABLE_KEY] = True
        return
    st.session_state[RESULTS_KEY] = outcomes
    new = [o.article_id for o in outcomes if o.ok]
    if new:
        st.session_state[state.ARTICLE_KEY] = new[-1]
    st.session_state[ROUND_KEY] = round_ + 1
    for key in ("upload_text", "upload_title", "upload_url"):
        st.session_state[key] = ""


def problem(outcome: Outcome) -> str:
    """The problem in the interface's language (English as the readers word it)."""
    found = kind(outcome.problem) if lang == "ar" else None
    return t(f"problem_{found[0]}", lang, **found[1]) if found else outcome.problem


def show(outcomes: list[Outcome]) -> None:
    """A summary, then up to SHOWN failures and SHOWN additions; names and titles literal."""
    if not outcomes:
        st.warning(t("nothing_to_add_any", lang))
        return
    counts = {status: sum(o.status == status for o in outcomes) for status in ("stored", "skipped", "failed")}
    if len(outcomes) > 1:
        st.info(t("upload_summary", lang, **counts))
    for status in ("failed", "stored", "skipped"):
        chosen = [o for o in outcomes if o.status == status]
        for o in chosen[:SHOWN]:
            name = literal(t("pasted", lang) if o.source == PASTED else o.source, limit=120)
            if status == "failed":
                st.error(t("failed", lang, name=name, message=literal(problem(o), limit=300)))
            else:
                title = literal(o.title or t("untitled", lang))
                st.success(t("added" if status == "stored" else "already", lang, name=name, title=title))
        if len(chosen) > SHOWN:
            st.caption(t("more_outcomes", lang, n=len(chosen) - SHOWN))


def uploader_css() -> str:
    """UPLOADER_CSS with the interface's words (CSS strings written as JSON strings)."""
    types = ", ".join(s.lstrip(".").upper() for s in ACCEPTED)
    words = {"button": t("uploader_button", lang), "limit": t("uploader_limit", lang, mb=MAX_UPLOAD_MB, types=types)}
    return UPLOADER_CSS % {k: json.dumps(v, ensure_ascii=False) for k, v in words.items()}


def recent_table() -> None:
    """The latest additions as a table: title, outlet, date, source, when added."""
    recent = recently_added(state.store(), SHOWN)
    names = {"default": t("default_source", lang), PASTED: t("pasted", lang)}
    recent = recent.assign(title=[state.article_label(r.title, r.source, r.id) for r in recent.itertuples()],
                           source=recent["source"].map(lambda s: names.get(s, s)),
                           added_at=recent["added_at"].str.slice(0, 16).str.replace("T", " "))
    state.html_table(recent, {"title": t("title", lang), "outlet": t("recent_outlet", lang),
                              "date": t("recent_date", lang), "source": t("source", lang),
                              "added_at": t("added_at", lang)},
                     links=[state.article_link(i) for i in recent["id"]], numeric=["date", "added_at"])


st.html(FIELDS_CSS + (uploader_css() if lang == "ar" else ""))
st.file_uploader(t("upload_any", lang), type=[s.lstrip(".") for s in ACCEPTED],
                 accept_multiple_files=True, key=f"upload_files_{round_}", max_upload_size=MAX_UPLOAD_MB)
st.text_input(t("upload_url", lang), key="upload_url", placeholder="https://")
st.text_area(t("paste_text", lang), key="upload_text", height=160)
st.text_input(t("paste_title", lang), key="upload_title")
st.button(t("add", lang), type="primary", on_click=add)

if st.session_state.pop(UNAVAILABLE_KEY, False):
    st.error(t("cannot_store", lang))
results = st.session_state.pop(RESULTS_KEY, None)
if results is not None:
    show(results)

st.subheader(t("recently_added", lang))
try:
    recent_table()
except StoreError:
    st.error(t("cannot_store", lang))
else:
    st.caption(t("whole_library", lang))

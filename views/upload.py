"""Upload page: files (articles or archives), a web address or pasted text become stored
articles that every page can select. Each article succeeds or fails on its own, with a
message naming it; a progress bar follows many files; the latest additions are listed
(the whole archive is the Library page's)."""
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
    recent = recently_added(state.store(), SHOWN).assign(title=lambda f: f["title"].fillna(""))
except StoreError:
    st.error(t("cannot_store", lang))
else:
    st.dataframe(recent[state.reading_order(["title", "outlet", "date", "source", "added_at"])],
                 hide_index=True, width="stretch", column_config={
                     **state.arabic_text_columns(["title"], {"title": t("title", lang)}),
                     "outlet": st.column_config.TextColumn(t("recent_outlet", lang)),
                     "date": st.column_config.TextColumn(t("recent_date", lang)),
                     "source": st.column_config.TextColumn(t("source", lang)),
                     "added_at": st.column_config.TextColumn(t("added_at", lang)),
                 })
    st.caption(t("whole_library", lang))

"""Upload page: files (.txt, .html, .docx) or pasted text become stored articles that every
page can select. Each item succeeds or fails on its own, with a message naming it."""
import streamlit as st

from qawl.errors import StoreError
from qawl.i18n import t
from qawl.ingest import MAX_BYTES, SUPPORTED, ingest_files, ingest_text
from qawl.ingest.batch import PASTED
from qawl.text_safety import literal
from views import state

RESULTS_KEY = "upload_results"
UNAVAILABLE_KEY = "upload_unavailable"  # the last Add found the archive unavailable
ROUND_KEY = "upload_round"  # a new uploader key per round clears the chosen files

lang = state.lang()
round_ = st.session_state.setdefault(ROUND_KEY, 0)


def add() -> None:
    """Button callback: runs before the script, so it may choose the new article."""
    files = st.session_state.get(f"upload_files_{round_}") or []
    text = st.session_state.get("upload_text", "")
    if not files and not text.strip():
        st.session_state[RESULTS_KEY] = []
        return
    try:
        store = state.store()
    except StoreError:
        st.session_state[RESULTS_KEY] = None
        st.session_state[UNAVAILABLE_KEY] = True
        return
    results = ingest_files([(f.name, f.getvalue()) for f in files], store)
    if text.strip():
        results.append(ingest_text(text, store, title=st.session_state.get("upload_title")))
    st.session_state[RESULTS_KEY] = results
    new = [r.article_id for r in results if r.ok]
    if new:
        st.session_state[state.ARTICLE_KEY] = new[-1]
    st.session_state[ROUND_KEY] = round_ + 1
    st.session_state["upload_text"] = ""
    st.session_state["upload_title"] = ""


st.file_uploader(t("upload_files", lang), type=[s.lstrip(".") for s in SUPPORTED],
                 accept_multiple_files=True, key=f"upload_files_{round_}",
                 max_upload_size=-(-MAX_BYTES // 2**20))
st.text_area(t("paste_text", lang), key="upload_text", height=160)
st.text_input(t("paste_title", lang), key="upload_title")
st.button(t("add", lang), type="primary", on_click=add)

if st.session_state.pop(UNAVAILABLE_KEY, False):
    st.error(t("cannot_store", lang))
results = st.session_state.pop(RESULTS_KEY, None)
if results is not None:
    titles = state.article_labels()
    if not results:
        st.warning(t("nothing_to_add", lang))
    for r in results:
        name = t("pasted", lang) if r.name == PASTED else r.name
        if r.ok:
            title = titles.get(r.article_id, r.article_id)
            st.success(t("added" if r.created else "already", lang, name=literal(name), title=literal(title)))
        else:
            st.error(literal(r.message, limit=300))

st.subheader(t("library", lang))
library = state.library().assign(title=lambda f: f["title"].fillna(""))
st.dataframe(library[state.reading_order(["title", "source", "added_at", "id"])], hide_index=True, width="stretch", column_config={
    **state.arabic_text_columns(["title"], {"title": t("title", lang)}),
    "source": st.column_config.TextColumn(t("source", lang)),
    "added_at": st.column_config.TextColumn(t("added_at", lang)),
    "id": st.column_config.TextColumn(t("id", lang)),
})

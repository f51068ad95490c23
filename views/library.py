"""Library page: the archive as a table (title, outlet, date, counts of entities and
quotes), searched by title words, filtered by outlet and dates, sorted and paged; a chosen
article can be opened, renamed or deleted (after confirmation; nothing else is touched)."""
import streamlit as st

from qawl.i18n import t
from qawl.queries import LIBRARY_SORTS
from views import state

PER_PAGE = 50
CONFIRM_KEY = "library_confirm_delete"
NOTICE_KEY = "library_notice"

lang = state.lang()
where = state.archive_filter(title=True)
sort_col, order_col = st.columns([2, 1])
with sort_col:
    sort = state.url_selectbox(t("sort_by", lang), list(LIBRARY_SORTS), "sort", default="date",
                               format_func=lambda s: t(f"sort_{s}", lang))
with order_col:
    order = state.url_selectbox(t("order", lang), ["desc", "asc"], "order", default="desc", radio=True,
                                horizontal=True, format_func=lambda o: t(f"order_{o}", lang))

notice = st.session_state.pop(NOTICE_KEY, None)
if notice:
    st.success(t(notice, lang))
total = state.query("count_articles", where)
if not total:
    st.info(t("no_articles", lang))
    st.stop()
offset = state.pager(total, PER_PAGE)
rows = state.query("library", where, sort, order == "desc", PER_PAGE, offset)
rows = rows.assign(title=[state.article_label(r.title, r.source, r.id) for r in rows.itertuples()])
event = st.dataframe(
    rows[state.reading_order(["title", "outlet", "day", "n_entities", "n_quotes"])], hide_index=True,
    width="stretch", height=min(38 + 35 * len(rows), 600), on_select="rerun", selection_mode="single-row",
    key="library_table", column_config={
        **state.arabic_text_columns(["title"], {"title": t("title", lang)}),
        "outlet": st.column_config.TextColumn(t("outlet", lang)), "day": st.column_config.TextColumn(t("date", lang)),
        "n_entities": st.column_config.NumberColumn(t("entities", lang)),
        "n_quotes": st.column_config.NumberColumn(t("quotes", lang))})
chosen = event.selection.rows
if not chosen:
    st.caption(t("library_hint", lang))
    st.stop()

row = rows.iloc[chosen[0]]
st.text(row["title"])
open_col, rename_col, delete_col = st.columns([1, 3, 1], vertical_alignment="bottom")
if open_col.button(t("open", lang), type="primary"):
    state.open_article(row["id"])
new_title = rename_col.text_input(t("new_title", lang), value=row["title"], key=f"rename_{row['id']}")
if rename_col.button(t("rename", lang)) and new_title.strip() and new_title.strip() != row["title"]:
    state.store().rename(row["id"], new_title.strip())
    state.forget_queries()
    st.session_state[NOTICE_KEY] = "renamed"
    st.rerun()
if delete_col.button(t("delete", lang)):
    st.session_state[CONFIRM_KEY] = row["id"]
if st.session_state.get(CONFIRM_KEY) == row["id"]:
    st.warning(t("confirm_delete", lang))
    yes, no = st.columns(2)
    if yes.button(t("delete_yes", lang), type="primary"):
        state.store().delete(row["id"])
        state.forget_queries()
        if st.session_state.get(state.ARTICLE_KEY) == row["id"]:
            del st.session_state[state.ARTICLE_KEY]
        st.session_state.pop(CONFIRM_KEY)
        st.session_state[NOTICE_KEY] = "deleted"
        st.rerun()
    if no.button(t("cancel", lang)):
        st.session_state.pop(CONFIRM_KEY)
        st.rerun()

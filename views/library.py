"""Library page: the archive as a table (title, outlet, date, counts of entities and
quotes), searched by title words, filtered by outlet and dates, sorted and paged; each title
opens its article; an article of the page can be renamed or deleted (after confirmation;
nothing else is touched)."""
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
state.html_table(rows, {"title": t("title", lang), "outlet": t("outlet", lang), "day": t("date", lang),
                        "n_entities": t("entities", lang), "n_quotes": t("quotes", lang)},
                 links=[state.article_link(i) for i in rows["id"]], numeric=["day", "n_entities", "n_quotes"])

st.subheader(t("manage", lang))
names = dict(zip(rows["id"], rows["title"]))
chosen = st.selectbox(t("manage_which", lang), [""] + list(rows["id"]), key="library_manage",
                      format_func=lambda i: names.get(i, "—"), placeholder=t("choose", lang))
if not chosen:
    st.stop()
rename_col, delete_col = st.columns([3, 1], vertical_alignment="bottom")
new_title = rename_col.text_input(t("new_title", lang), value=names[chosen], key=f"rename_{chosen}")
if rename_col.button(t("rename", lang)) and new_title.strip() and new_title.strip() != names[chosen]:
    state.store().rename(chosen, new_title.strip())
    state.forget_queries()
    st.session_state[NOTICE_KEY] = "renamed"
    st.rerun()
if delete_col.button(t("delete", lang)):
    st.session_state[CONFIRM_KEY] = chosen
if st.session_state.get(CONFIRM_KEY) == chosen:
    st.warning(t("confirm_delete", lang))
    yes, no = st.columns(2)
    if yes.button(t("delete_yes", lang), type="primary"):
        state.store().delete(chosen)
        state.forget_queries()
        if st.session_state.get(state.ARTICLE_KEY) == chosen:
            del st.session_state[state.ARTICLE_KEY]
        st.session_state.pop(CONFIRM_KEY)
        st.session_state.pop("library_manage")
        st.session_state[NOTICE_KEY] = "deleted"
        st.rerun()
    if no.button(t("cancel", lang)):
        st.session_state.pop(CONFIRM_KEY)
        st.rerun()

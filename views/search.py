"""Search page: full-text search of every stored sentence, normalised like the index
(diacritics, alef and ya forms, ta marbuta, clitics: بايدن finds وبايدن and لبايدن); the
hits as a right-to-left keyword-in-context concordance, each linking to its sentence in the
Article view; hits per outlet and over time."""
import altair as alt
import pandas as pd
import streamlit as st

from qawl.html import concordance_html
from qawl.i18n import t
from qawl.queries import keyword_in_context
from qawl.text_safety import literal
from views import charts, state

PER_PAGE = 25

lang = state.lang()
words = state.url_text(t("search_words", lang), "q", placeholder=t("search_hint", lang))
where = state.archive_filter()
if not words:
    st.info(t("search_empty", lang))
    st.stop()

counts = state.query("search_counts", words, where)
total = int(counts["hits"].sum()) if not counts.empty else 0
if not total:
    st.info(t("no_hits", lang, query=literal(words)))
    st.stop()
st.caption(t("hits_summary", lang, hits=total, articles=int(counts["articles"].sum()),
             outlets=counts["outlet"].nunique()))

outlet_col, time_col = st.columns([1, 2])
per_outlet = counts.assign(outlet=counts["outlet"].fillna("—")).groupby("outlet", as_index=False)["hits"].sum()
charts.show(alt.Chart(per_outlet).mark_bar(color="#c0392b").encode(
    x=alt.X("hits:Q", title=t("hits", lang), scale=charts.value_scale(lang), axis=alt.Axis(tickMinStep=1)),
    y=alt.Y("outlet:N", sort="-x", title=None, axis=charts.side_axis(lang, labelLimit=200)),
    tooltip=[alt.Tooltip("outlet:N", title=t("outlet", lang)), alt.Tooltip("hits:Q", title=t("hits", lang))],
).properties(title=charts.title(t("hits_per_outlet", lang), lang), height=alt.Step(22)), 160, where=outlet_col)
per_day = counts.dropna(subset=["day"]).groupby("day", as_index=False)["hits"].sum()
if not per_day.empty:
    charts.show(alt.Chart(per_day.assign(day=pd.to_datetime(per_day["day"]))).mark_bar(color="#c0392b").encode(
        x=alt.X("day:T", title=None, scale=charts.value_scale(lang), axis=charts.time_axis()),
        y=alt.Y("hits:Q", title=t("hits", lang), axis=charts.side_axis(lang, tickMinStep=1)),
        tooltip=[alt.Tooltip("day:T", title=t("date", lang)), alt.Tooltip("hits:Q", title=t("hits", lang))],
    ).properties(title=charts.title(t("hits_over_time", lang), lang), height=220), 540, where=time_col)

offset = state.pager(total, PER_PAGE)
hits = state.query("search_hits", words, where, PER_PAGE, offset)
lines = [(*keyword_in_context(h.text, words), state.article_link(h.article_id, int(h.sentence)),
          " · ".join(x for x in (h.outlet, h.day) if isinstance(x, str) and x))
         for h in hits.itertuples()]
st.html(concordance_html(lines, t("open_sentence", lang)))

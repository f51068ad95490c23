"""Corpus words page: the word cloud of a set of articles (outlet, dates, search words;
the latest articles when the set is large), and the words most distinctive of that set
against the rest of the archive (weighted log-odds with an informative Dirichlet prior)."""
from dataclasses import replace

import altair as alt
import streamlit as st

from qawl import queries
from qawl.distinctive import log_odds
from qawl.i18n import t
from qawl.wordcloud_image import render, to_png
from views import charts, state

DISTINCTIVE = 25
FORMS_FROM = 200   # latest articles of the selection whose text gives each word's written form


@st.cache_data(show_spinner=False, max_entries=32)
def cloud_png(words: tuple[tuple[str, int], ...]) -> bytes:
    return to_png(render(dict(words), max_words=len(words)))


lang = state.lang()
where = state.archive_filter()
left, right = st.columns([3, 1])
with left:
    words = state.url_text(t("search_words", lang), "q", placeholder=t("corpus_search_hint", lang))
with right:
    n = state.url_slider(t("n_words", lang), 10, 200, "n", default=80, step=10)
selection = queries.Selection(where, words)
read = state.query("selected_count", selection)
if not read:
    st.info(t("no_articles", lang))
    st.stop()
st.caption(t("corpus_read", lang, n=read) + (" " + t("latest_only", lang, n=queries.MAX_ARTICLES)
                                             if read >= queries.MAX_ARTICLES else ""))

counts = state.query("word_counts", selection, max(n, 500))
forms = state.query("word_forms", replace(selection, cap=FORMS_FROM), tuple(counts["key"]))
counts = counts.assign(word=counts["key"].map(forms))
image_col, table_col = st.columns([3, 2])
top = counts.head(n)
png = cloud_png(tuple(top.groupby("word")["count"].sum().items()))
image_col.image(png, width="stretch")
image_col.download_button(t("download_png", lang), png, file_name="qawl-corpus-wordcloud.png", mime="image/png",
                          on_click="ignore")
state.html_table(top, {"word": t("word", lang), "count": t("count", lang), "articles": t("articles", lang)},
                 numeric=["count", "articles"], height=420, where=table_col)

st.subheader(t("distinctive", lang))
if where == queries.Filter() and not words:
    st.info(t("distinctive_hint", lang))
    st.stop()
rest = state.query("word_counts", queries.Selection(), 5000, selection)
if rest.empty:
    st.info(t("distinctive_no_rest", lang))
    st.stop()
scores = log_odds(counts.set_index("key")["count"], rest.set_index("key")["count"])
best = scores[scores["target"] > 0].head(DISTINCTIVE)
best = best.assign(word=best["key"].map(forms).fillna(best["key"]))
st.caption(t("distinctive_note", lang))
chart_col, list_col = st.columns([3, 2])
charts.show(alt.Chart(best).mark_bar(color="#c0392b").encode(
    x=alt.X("z:Q", title=t("z_score", lang), scale=charts.value_scale(lang)),
    y=alt.Y("word:N", sort="-x", title=None, axis=charts.side_axis(lang, labelFontSize=14)),
    tooltip=[alt.Tooltip("word:N", title=t("word", lang)), alt.Tooltip("z:Q", title=t("z_score", lang), format=".1f"),
             alt.Tooltip("target:Q", title=t("in_selection", lang)), alt.Tooltip("contrast:Q", title=t("in_rest", lang))],
).properties(height=alt.Step(20)), 420, where=chart_col)
state.html_table(best.assign(z=best["z"].round(1)), {"word": t("word", lang), "target": t("in_selection", lang),
                                                    "contrast": t("in_rest", lang), "z": t("z_score", lang)},
                 numeric=["target", "contrast", "z"], where=list_col)

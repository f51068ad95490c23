"""Entities page: the most frequent entities by type, a table of variants and counts, and the
sentences that mention a chosen entity."""
import altair as alt
import streamlit as st

from qawl.doc import LABELS
from qawl.html import entity_marks, sentence_html
from qawl.i18n import t
from qawl.text_safety import literal
from views import charts, state

lang = state.lang()
article = state.article()
counts = state.frame("entity_counts")
if counts.empty:
    st.info(t("no_entities", lang))
    st.stop()

present = [label for label in LABELS if label in set(counts["label"])]
label_name = {label: t(label, lang) for label in LABELS}
left, right = st.columns([3, 1])
with left:
    types = state.url_multiselect(t("entity_types", lang), present, "types", default=present,
                                  format_func=label_name.__getitem__)
with right:
    top = state.url_slider(t("top_n", lang), 3, 40, "top", default=15)
shown = counts[counts["label"].isin(types)].assign(type=lambda f: f["label"].map(label_name))

st.subheader(t("most_frequent", lang))
if not shown.empty:
    in_chart = [label for label in LABELS if label in set(shown["label"])]
    chart = alt.Chart(shown.head(top)).mark_bar().encode(
        x=alt.X("count:Q", title=t("mentions", lang), axis=alt.Axis(tickMinStep=1), scale=charts.value_scale(lang)),
        y=alt.Y("canonical:N", sort="-x", title=None, axis=charts.side_axis(lang, labelFontSize=14, labelLimit=320)),
        color=alt.Color("type:N", title=t("type", lang), legend=charts.legend(lang),
                        scale=alt.Scale(domain=[label_name[label] for label in in_chart],
                                        range=[state.ENTITY_CHART_COLOURS[label] for label in in_chart])),
        tooltip=[alt.Tooltip("canonical:N", title=t("entity", lang)), alt.Tooltip("type:N", title=t("type", lang)),
                 alt.Tooltip("count:Q", title=t("mentions", lang))],
    ).properties(height=alt.Step(24))
    charts.show(chart, 560)

state.html_table(shown, {"canonical": t("entity", lang), "type": t("type", lang), "count": t("mentions", lang),
                         "variants": t("variants", lang)}, numeric=["count"], height=420)

names = [""] + list(shown["canonical"])
chosen = state.url_selectbox(t("choose_entity", lang), names, "entity", default="")
if chosen:
    st.subheader(t("sentences_with", lang, name=literal(chosen)))
    mentions = state.frame("mentions")
    marks = entity_marks(article, only=chosen)
    for index in sorted(set(mentions.loc[mentions["canonical"] == chosen, "sentence_index"])):
        s = article.sentences[index]
        st.html(sentence_html(article.text, s.start, s.end, marks))

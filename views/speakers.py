"""Speakers page (across the archive): the most quoted speakers, one row per speaker
identity; a speaker's quotes grouped by article with date and outlet; two or more speakers
side by side; quotes over time. Lists are paged and cards capped."""
import altair as alt
import pandas as pd
import streamlit as st

from qawl.html import heading_html, legend_html
from qawl.i18n import quote_count, t
from views import charts, state
from views.cards import card

PER_PAGE = 25
CARDS = 20                # quotes of one speaker per page
CARDS_SIDE_BY_SIDE = 8    # quotes of each speaker when several are compared
MAX_SIDE_BY_SIDE = 4
KINDS = ["person", "organisation", "group", "unnamed"]

lang = state.lang()
kinds_col, who_col = st.columns([2, 2])
with kinds_col:
    kinds = state.url_multiselect(t("speaker_kinds", lang), KINDS, "kinds", default=KINDS[:3],
                                  format_func=lambda k: t(f"kind_{k}", lang))
with who_col:
    who = state.url_text(t("speaker_name", lang), "who")

total = state.query("count_speakers", kinds, who)
if not total:
    st.info(t("no_speakers", lang))
    st.stop()
st.subheader(t("most_quoted", lang))
offset = state.pager(total, PER_PAGE)
top = state.query("top_speakers", kinds, who, PER_PAGE, offset)
chosen_ids = [i for i in map(state.url_int, st.query_params.get_all("sp")) if i is not None]
table = top.assign(kind=top["kind"].map(lambda k: t(f"kind_{k}", lang) if k in KINDS else k),
                   chosen=top["id"].isin(chosen_ids))
chart_col, table_col = st.columns(2)
charts.show(alt.Chart(table).mark_bar().encode(
    x=alt.X("n_quotes:Q", title=t("quotes", lang), scale=charts.value_scale(lang), axis=alt.Axis(tickMinStep=1)),
    y=alt.Y("name:N", sort="-x", title=None, axis=charts.side_axis(lang, labelFontSize=14, labelLimit=260)),
    color=alt.condition("datum.chosen", alt.value("#c0392b"), alt.value("#9aa5b1")),
    tooltip=[alt.Tooltip("name:N", title=t("speaker", lang)), alt.Tooltip("n_quotes:Q", title=t("quotes", lang)),
             alt.Tooltip("n_articles:Q", title=t("articles", lang))],
).properties(height=alt.Step(22)), 220, where=chart_col)
with table_col:
    state.html_table(table, {"name": t("speaker", lang), "kind": t("kind", lang), "n_quotes": t("quotes", lang),
                             "n_articles": t("articles", lang)},
                     links=[state.link("speakers", sp=i) for i in top["id"]], numeric=["n_quotes", "n_articles"])

known = state.query("speakers_by_id", list(dict.fromkeys(list(top["id"]) + chosen_ids)))
names = dict(zip(known["id"].astype(str), known["name"]))
picked = state.url_multiselect(t("compare_speakers", lang), list(names), "sp", format_func=names.get,
                               max_selections=MAX_SIDE_BY_SIDE)
if not picked:
    st.caption(t("speakers_hint", lang))
    st.stop()

where = state.archive_filter()
speakers = state.query("speakers_by_id", [int(i) for i in picked])
names = dict(zip(speakers["id"], speakers["name"]))
days = state.query("speaker_days", list(names), where)
if not days.empty:
    series = days.assign(day=pd.to_datetime(days["day"]), speaker=days["speaker_id"].map(names))
    charts.show(alt.Chart(series).mark_line(point=True).encode(
        x=alt.X("day:T", title=None, scale=charts.value_scale(lang), axis=charts.time_axis()),
        y=alt.Y("quotes:Q", title=t("quotes", lang), axis=charts.side_axis(lang, tickMinStep=1)),
        color=alt.Color("speaker:N", title=t("speaker", lang), legend=charts.legend(lang)),
        tooltip=[alt.Tooltip("speaker:N", title=t("speaker", lang)), alt.Tooltip("day:T", title=t("date", lang)),
                 alt.Tooltip("quotes:Q", title=t("quotes", lang))],
    ).properties(title=charts.title(t("quotes_over_time", lang), lang), height=220), 720)


def quotes_html(speaker_id: int, limit: int, offset: int = 0) -> str:
    """The speaker's quotes, newest article first, grouped under each article's title."""
    rows = state.query("speaker_quotes", speaker_id, where, limit, offset)
    out = []
    for article_id, group in rows.groupby("article_id", sort=False):
        first = group.iloc[0]
        source = " · ".join(x for x in (first["outlet"], first["day"]) if isinstance(x, str))
        out.append(heading_html(state.article_label(first["title"], None, article_id), 4, note=source,
                                link=state.article_link(article_id)))
        article, frame = state.article(article_id), state.article_frame(article_id, "quotes")
        out += [card(article, frame.iloc[int(i)], lang) for i in group["idx"]]
    return "".join(out)


st.html(legend_html([(f"qawl-part-{part}", t(f"legend_{part}", lang)) for part in ("speaker", "cue", "content")]))
if len(names) == 1:
    speaker = speakers.iloc[0]
    st.html(heading_html(speaker["name"], 3, note=quote_count(int(speaker["n_quotes"]), lang)))
    offset = state.pager(int(speaker["n_quotes"]), CARDS, "qpage")
    st.html(quotes_html(int(speaker["id"]), CARDS, offset))
else:
    for column, speaker in zip(st.columns(len(speakers)), speakers.itertuples()):
        with column:
            st.html(heading_html(speaker.name, 3, note=quote_count(int(speaker.n_quotes), lang)))
            st.html(quotes_html(int(speaker.id), CARDS_SIDE_BY_SIDE))

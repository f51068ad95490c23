"""Entity page (across the archive): the articles that mention an entity, with dates and
counts; its mentions over time by day or week; the entities named with it in the same
article or sentence, ranked and as a heatmap of the top ones. Without a name: the entities
most mentioned in the latest articles."""
import altair as alt
import pandas as pd
import streamlit as st

from qawl import queries
from qawl.html import CORRECTED_MARK, heading_html
from qawl.i18n import t
from qawl.normalise import key
from qawl.text_safety import literal
from views import charts, state

PER_PAGE = 25
HEATMAP = 10

lang = state.lang()
name = state.url_text(t("entity_name", lang), "name", placeholder=t("entity_hint", lang))
where = state.archive_filter()
label_name = {label: t(label, lang) for label in ("PER", "ORG", "LOC", "MISC")}


def entity_table(frame: pd.DataFrame, count: str = "mentions", count_label: str = t("mentions", lang)) -> None:
    """Entities (name, type, a count), each name linking to its own view; ✎ marks a name
    a reader relabelled somewhere."""
    shown = [f"{n} {CORRECTED_MARK}" if c else n for n, c in zip(frame["name"], frame["corrected"])]
    state.html_table(frame.assign(type=frame["label"].map(label_name), shown=shown),
                     {"shown": t("entity", lang), "type": t("type", lang), count: count_label},
                     links=[state.link("entity", name=n) for n in frame["name"]], numeric=[count])


entity_key = key(name) if name else ""
days = state.query("entity_days", entity_key, where) if entity_key else pd.DataFrame()
if days.empty:
    if name:
        st.info(t("entity_unknown", lang, name=literal(name)))
        like = state.query("entities_like", name)
        if not like.empty:
            entity_table(like)
    st.subheader(t("recent_entities", lang))
    entity_table(state.query("recent_entities", where, limit=25))
    st.stop()

st.html(heading_html(state.query("entity_name", entity_key) or name))
n_articles, n_mentions = int(days["articles"].sum()), int(days["mentions"].sum())
st.caption(t("entity_summary", lang, articles=n_articles, mentions=n_mentions))

by = state.url_selectbox(t("time_unit", lang), ["day", "week"], "by", default="day", radio=True, horizontal=True,
                         format_func=lambda u: t(f"unit_{u}", lang))
series = days.dropna(subset=["day"]).assign(day=lambda f: pd.to_datetime(f["day"]))
if by == "week" and not series.empty:
    series = series.resample("W-MON", on="day", label="left", closed="left")[["mentions", "articles"]].sum().reset_index()
if series.empty:
    st.caption(t("no_dates", lang))
else:
    charts.show(alt.Chart(series).mark_bar(color="#2f6fb0").encode(
        x=alt.X("day:T", title=None, scale=charts.value_scale(lang), axis=charts.time_axis()),
        y=alt.Y("mentions:Q", title=t("mentions", lang), axis=charts.side_axis(lang, tickMinStep=1)),
        tooltip=[alt.Tooltip("day:T", title=t("date", lang)), alt.Tooltip("mentions:Q", title=t("mentions", lang)),
                 alt.Tooltip("articles:Q", title=t("articles", lang))],
    ).properties(title=charts.title(t("mentions_over_time", lang), lang), height=220))

st.subheader(t("entity_articles", lang))
offset = state.pager(n_articles, PER_PAGE)
found = state.query("entity_articles", entity_key, where, PER_PAGE, offset)
found = found.assign(title=[state.article_label(r.title, None, r.id) for r in found.itertuples()])
state.html_table(found, {"title": t("title", lang), "outlet": t("outlet", lang), "day": t("date", lang),
                         "mentions": t("mentions", lang)},
                 links=[state.article_link(i) for i in found["id"]], numeric=["day", "mentions"])

st.subheader(t("cooccurring", lang))
scope = state.url_selectbox(t("together_in", lang), ["article", "sentence"], "with", default="article", radio=True,
                            horizontal=True, format_func=lambda u: t(f"together_{u}", lang))
others = state.query("cooccurring", entity_key, scope == "sentence", where)
if n_articles > queries.MAX_ARTICLES:
    st.caption(t("latest_only", lang, n=queries.MAX_ARTICLES))
if others.empty:
    st.info(t("no_cooccurring", lang))
    st.stop()
table_col, heat_col = st.columns([2, 3])
with table_col:
    entity_table(others, "articles", t(f"together_{scope}s", lang))
top = [entity_key] + list(others["entity_key"].head(HEATMAP - 1))
names = {entity_key: state.query("entity_name", entity_key) or name,
         **dict(zip(others["entity_key"], others["name"]))}
pairs = queries.cooccurrence_matrix(state.query("entity_sets", entity_key, top, where), scope == "sentence")
pairs = pairs.assign(a=pairs["key_a"].map(names), b=pairs["key_b"].map(names))
order = [names[k] for k in top]
charts.show(alt.Chart(pairs).mark_rect().encode(
    x=alt.X("a:N", sort=order, title=None, scale=alt.Scale(reverse=lang == "ar"), axis=alt.Axis(labelAngle=-45)),
    y=alt.Y("b:N", sort=order, title=None, axis=charts.side_axis(lang)),
    color=alt.Color("together:Q", title=t("together_" + scope + "s", lang), scale=alt.Scale(scheme="oranges"),
                    legend=charts.legend(lang, format="d")),
    tooltip=[alt.Tooltip("a:N", title=t("entity", lang)), alt.Tooltip("b:N", title=t("entity", lang)),
             alt.Tooltip("together:Q", title=t("together_" + scope + "s", lang))],
).properties(height=alt.Step(28)), 420, where=heat_col)

"""Quotes page: who said what in the chosen article, grouped by speaker (the most quoted
first, 20 cards a page); two or more speakers side by side; filters by type and speaker; quotes per speaker; CSV download.
(Speakers across the archive: the Speakers page.)"""
import altair as alt
import pandas as pd
import streamlit as st

from qawl.doc import QUOTE_TYPES
from qawl.html import heading_html, legend_html
from qawl.i18n import quote_count, t
from views import charts, corrections_ui, state
from views.cards import card

MAX_SIDE_BY_SIDE = 4
PER_PAGE = 20   # quote cards on a page (the chart and the CSV hold them all)
CSV_COLUMNS = ["speaker", "speaker_mention", "cue", "type", "quote", "sentence", "rule", "confidence",
               "start", "end", "article_id"]

lang = state.lang()
editing = corrections_ui.allowed()
quotes = state.frame("quotes")
if quotes.empty:
    st.info(t("no_quotes", lang))
    st.stop()

present = [ty for ty in QUOTE_TYPES if ty in set(quotes["type"])]
by_count = list(quotes["speaker"].value_counts().index)
types_col, speakers_col = st.columns([1, 2])
with types_col:
    types = state.url_multiselect(t("quote_types", lang), present, "qtypes", default=present,
                                  format_func=lambda ty: t(ty, lang))
with speakers_col:
    speakers = state.url_multiselect(t("speakers", lang), by_count, "speakers")
quotes = quotes[quotes["type"].isin(types)]
chosen = quotes[quotes["speaker"].isin(speakers)] if speakers else quotes

per_speaker = quotes.groupby("speaker").size().rename("n").reset_index()
per_speaker["chosen"] = per_speaker["speaker"].isin(speakers) if speakers else True
st.subheader(t("quotes_per_speaker", lang))
charts.show(alt.Chart(per_speaker).mark_bar().encode(
    x=alt.X("n:Q", title=t("quotes", lang), axis=alt.Axis(tickMinStep=1), scale=charts.value_scale(lang)),
    y=alt.Y("speaker:N", sort="-x", title=None, axis=charts.side_axis(lang, labelFontSize=14, labelLimit=320)),
    color=alt.condition("datum.chosen", alt.value("#c0392b"), alt.value("#bbbbbb")),
    tooltip=[alt.Tooltip("speaker:N", title=t("speaker", lang)), alt.Tooltip("n:Q", title=t("quotes", lang))],
).properties(height=alt.Step(24)), 560)

csv = chosen[CSV_COLUMNS]
st.download_button(t("download_csv", lang), csv.to_csv(index=False).encode("utf-8-sig"),
                   file_name="qawl-quotes.csv", mime="text/csv", on_click="ignore")


def speaker_block(name: str, rows: pd.DataFrame, level: int = 3) -> None:
    """A speaker's heading (with all their quotes' count) and the cards of `rows`, each with
    its correction controls for an editor."""
    st.html(heading_html(name or "?", level, note=quote_count(int((chosen["speaker"] == name).sum()), lang)))
    if not editing:
        st.html("".join(card(state.article(), row, lang) for _, row in rows.iterrows()))
        return
    for _, row in rows.iterrows():
        st.html(card(state.article(), row, lang))
        corrections_ui.quote_controls(row)


st.html(legend_html([(f"qawl-part-{part}", t(f"legend_{part}", lang)) for part in ("speaker", "cue", "content")]))
if chosen.empty:
    st.info(t("no_quotes", lang))
elif len(speakers) >= 2:
    for i in range(0, len(speakers), MAX_SIDE_BY_SIDE):
        group = speakers[i:i + MAX_SIDE_BY_SIDE]
        for column, name in zip(st.columns(len(group)), group):
            with column:
                speaker_block(name, chosen[chosen["speaker"] == name], 4)
else:   # the most quoted speaker first, a page of cards at a time
    rank = {name: i for i, name in enumerate(by_count)}
    ordered = chosen.assign(rank=chosen["speaker"].map(rank)).sort_values(["rank", "start"], kind="stable")
    offset = state.pager(len(ordered), PER_PAGE) if len(ordered) > PER_PAGE else 0
    page = ordered.iloc[offset:offset + PER_PAGE]
    for name in page["speaker"].unique():
        speaker_block(name, page[page["speaker"] == name])
if editing:
    corrections_ui.add_quote_form(state.article())
    corrections_ui.corrections_list(state.article())
    corrections_ui.identity_form()

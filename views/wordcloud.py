"""Word cloud page: the article's content words (stop words removed), sized by frequency,
with the frequency table beside it and a PNG download."""
import streamlit as st

from qawl.i18n import t
from qawl.wordcloud_image import render, to_png
from views import state


@st.cache_data(show_spinner=False, max_entries=64)
def cloud_png(words: tuple[tuple[str, int], ...]) -> bytes:
    return to_png(render(dict(words), max_words=len(words)))


lang = state.lang()
article = state.article()
left, right = st.columns([3, 1])
with left:
    n = state.url_slider(t("n_words", lang), 10, 200, "n", default=80, step=10)
with right:
    with_entities = state.url_toggle(t("with_entities", lang), "ents", default=True)

freq = state.frame("word_frequencies", include_entities=with_entities).head(n)
if freq.empty:
    st.info(t("no_words", lang))
    st.stop()

image_col, table_col = st.columns([3, 2])
png = cloud_png(tuple(zip(freq["word"], freq["count"])))
image_col.image(png, width="stretch")
image_col.download_button(t("download_png", lang), png, file_name=f"qawl-wordcloud-{article.id}.png",
                          mime="image/png", on_click="ignore")
table_col.subheader(t("frequencies", lang))
state.html_table(freq, {"word": t("word", lang), "count": t("count", lang)}, numeric=["count"], height=520,
                 where=table_col)

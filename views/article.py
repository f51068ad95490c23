"""Article page: the full text with entities highlighted by type and quotes marked with
their speaker, and a summary."""
import streamlit as st

from qawl.doc import LABELS
from qawl.html import article_html, heading_html, legend_html, stats_html
from qawl.i18n import t
from qawl.tokens import words
from views import corrections_ui, state

lang = state.lang()
article = state.article()

st.html(heading_html(state.article_title()) + stats_html([
    (t("words", lang), len(words(article.text))), (t("sentences", lang), len(article.sentences)),
    (t("entities", lang), len({(e.canonical, e.label) for e in article.entities})),
    (t("quotes", lang), len(article.quotes))]))

left, right = st.columns(2)
show_entities = left.toggle(t("highlight_entities", lang), value=True)
show_quotes = right.toggle(t("mark_quotes", lang), value=True)
labels = {label: t(label, lang) for label in LABELS}
shown = {e.label for e in article.entities}  # MISC only where a reader tagged one
legend = [(f"qawl-ent-{label}", labels[label]) for label in LABELS if label in shown] if show_entities else []
if show_quotes:
    legend.append(("qawl-quote", t("legend_quote", lang)))
if legend:
    st.html(legend_html(legend))
wanted = state.url_int(st.query_params.get("sentence", ""))
target = article.sentences[wanted] if wanted is not None and wanted < len(article.sentences) else None
st.html(article_html(article, entities=show_entities, quotes=show_quotes, labels=labels,
                     target=(target.start, target.end) if target else None))
if target is not None:  # a search hit's sentence: bring it into view
    st.html("<script>document.getElementById('qawl-target')?.scrollIntoView({block: 'center'});</script>",
            unsafe_allow_javascript=True)
if corrections_ui.allowed():
    corrections_ui.add_quote_form(article)
    corrections_ui.entity_form(article)
    corrections_ui.corrections_list(article)

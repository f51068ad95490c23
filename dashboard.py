"""Qawl dashboard, the script each visit runs (`streamlit run app.py` serves it).

It draws the sidebar (interface language, the article that the pages about one
article show) and routes to the page scripts in views/ with st.navigation (not a pages/
folder: with one, Streamlit answers the first deep link to a fresh server with "Page not
found"). The Article page is the root URL, the others have their own path; each keeps its
selections in the query string, so a copied link reproduces the view."""
import logging

import streamlit as st

from qawl.errors import StoreError
from qawl.i18n import t
from views import state

ARTICLE_PAGES = [("article", ":material/article:"), ("entities", ":material/sell:"),
                 ("wordcloud", ":material/cloud:"), ("quotes", ":material/format_quote:")]
ARCHIVE_PAGES = [("library", ":material/library_books:"), ("search", ":material/search:"),
                 ("entity", ":material/hub:"), ("speakers", ":material/record_voice_over:"),
                 ("corpus", ":material/bar_chart:"), ("upload", ":material/upload_file:")]


def pages(names: list[tuple[str, str]]) -> list:
    return [st.Page(f"views/{name}.py", title=t(f"page_{name}", lang), icon=icon, url_path=name,
                    default=name == "article") for name, icon in names]


st.set_page_config(page_title="Qawl · قول", page_icon="📰", layout="wide")
lang = state.language_selector()
page = st.navigation({t("section_article", lang): pages(ARTICLE_PAGES),
                      t("section_archive", lang): pages(ARCHIVE_PAGES)})
try:
    if state.article_selector() is not None or page.url_path in dict(ARCHIVE_PAGES):
        page.run()
except StoreError as error:   # the archive cannot be read: one line for the visitor, the reason in the log
    logging.getLogger(__name__).warning("article archive unavailable: %s", error)
    st.warning(t("archive_unavailable", lang))

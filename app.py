"""Qawl dashboard: `streamlit run app.py`.

The entry point draws the sidebar (interface language, article) and routes to the page
scripts in views/ with st.navigation (not a pages/ folder: with one, Streamlit answers the
first deep link to a fresh server with "Page not found"). The Article page is the root URL,
the others have their own path (/entities, /wordcloud, /quotes, /upload); each keeps its
selections in the query string, so a copied link reproduces the view."""
import streamlit as st

from qawl.i18n import t
from views import state

st.set_page_config(page_title="Qawl · قول", page_icon="📰", layout="wide")
lang = state.language_selector()
PAGES = [("article", ":material/article:"), ("entities", ":material/sell:"), ("wordcloud", ":material/cloud:"),
         ("quotes", ":material/format_quote:"), ("upload", ":material/upload_file:")]
page = st.navigation([
    st.Page(f"views/{name}.py", title=t(f"page_{name}", lang), icon=icon, url_path=name, default=name == "article")
    for name, icon in PAGES])
if state.article_selector() is not None or page.url_path == "upload":
    page.run()

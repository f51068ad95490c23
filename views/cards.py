"""Quote cards as HTML: the quote's sentence with speaker, cue and content highlighted, a
line saying what kind of quote it is, and a fold with the sentences around it and the rule
that found it (in plain words)."""
from __future__ import annotations

from collections.abc import Mapping

from qawl.doc import Article
from qawl.html import quote_card
from qawl.i18n import rule_words, t


def card(article: Article, quote: Mapping, lang: str, source: str = "") -> str:
    """One card for `quote` (a row of `qawl.frames.quotes(article)`); `source` names the
    article when cards of several articles are shown together."""
    sentences = article.sentences
    i = int(quote["sentence_index"])

    def span(j: int) -> tuple[int, int] | None:
        return (sentences[j].start, sentences[j].end) if 0 <= j < len(sentences) else None

    meta = f"{t(quote['type'], lang)} · {t('cue', lang)}: {quote['cue'] or '—'} · " + t(
        "confidence", lang, value=float(quote["confidence"]))
    if source:
        meta += " · " + t("from_article", lang, title=source)
    if quote.get("corrected"):
        meta += " · " + t("corrected", lang)
    rule = quote["rule"] or "—"
    details = t("found_by", lang, how=rule_words(rule, lang), rule=rule)
    return quote_card(article.text, sentences[i].start, sentences[i].end, quote, meta, details=details,
                      before=span(i - 1), after=span(i + 1), context_label=t("in_context", lang))

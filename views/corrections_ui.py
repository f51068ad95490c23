"""Correction controls: on each quote card (speaker, type, not a quote, undo), adding a
missed quote by picking words, entity label fixes, archive-wide speaker merge / rename /
split, and the article's corrections with undo. Drawn only for editors (qawl.access);
every change goes through `Store.correct` / `Store.undo`, then the page is drawn again."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from qawl import corrections as C
from qawl.access import is_hosted, may_edit
from qawl.doc import LABELS, QUOTE_TYPES, Article
from qawl.errors import StoreError
from qawl.i18n import t
from qawl.text_safety import escape_markdown as plain
from qawl.tokens import words
from views import state

APP_DIR = Path(__file__).resolve().parent.parent
WORDS_CSS = "<style>.st-key-addq_cue, .st-key-addq_content { direction: rtl; }</style>"


def _settings() -> dict:
    try:
        return dict(st.secrets.get("qawl", {}))
    except Exception:   # no secrets file: nothing configured
        return {}


def _email() -> str:
    try:
        return str(st.user.get("email") or "") if st.user.get("is_logged_in") else ""
    except Exception:   # st.login not configured
        return ""


def allowed() -> bool:
    """May this session edit? Never while the archive cannot be read and written; asks for
    the editor password in the sidebar when one is set."""
    if not state.archive_writable():
        return False
    settings = _settings()
    password = str(settings.get("editor_password", ""))
    rights = dict(hosted=is_hosted(APP_DIR), password=password, user_email=_email(),
                  editors=list(settings.get("editors", [])))
    if password and not may_edit(**rights):
        st.sidebar.text_input(t("editor_password", state.lang()), type="password", key="editor_password")
    return may_edit(**rights, entered=st.session_state.get("editor_password", ""))


def _save(*changes: C.Correction) -> None:
    try:
        for change in changes:
            state.store().correct(change, author=_email())
    except (C.CorrectionError, StoreError) as error:
        st.error(plain(getattr(error, "reason", str(error))))
        return
    state.forget_parses()
    st.rerun()


def _undo(correction_id: int) -> None:
    try:
        state.store().undo(correction_id, author=_email())
    except StoreError as error:
        st.error(plain(error.reason))
        return
    state.forget_parses()
    st.rerun()


def speaker_options(article: Article) -> list[str]:
    """The article's speakers, then its people and organisations."""
    names = [q.speaker for q in article.quotes] + [e.canonical for e in article.entities if e.label in ("PER", "ORG")]
    return list(dict.fromkeys(n for n in names if n))


def describe(c: C.Correction, article: Article | None = None) -> str:
    """A one-line account of a correction for its undo button."""
    target = f"«{article.text[c.start:c.end][:40]}»" if article is not None and c.start >= 0 else ""
    value = c.data.get("name") or c.data.get("speaker") or c.data.get("type") or c.data.get("label") or ""
    return " ".join(p for p in (c.kind.replace("_", " "), target, f"→ {value}" if value else "") if p)


def quote_controls(row: pd.Series) -> None:
    """The popover under one quote card; its controls are built when it is opened."""
    lang, article = state.lang(), state.article(row["article_id"])
    key = f"{article.id}_{row['start']}_{row['end']}"
    popover = st.popover(t("correct", lang), key=f"pop_{key}", on_change="rerun")
    if not popover.open:   # built only when opened: a page of cards costs one button each
        return
    with popover:
        options = speaker_options(article)
        picked = st.selectbox(t("speaker_pick", lang), options, key=f"sp_{key}",
                              index=options.index(row["speaker"]) if row["speaker"] in options else 0)
        typed = st.text_input(t("speaker_other", lang), key=f"typed_{key}")
        qtype = st.selectbox(t("quote_type", lang), QUOTE_TYPES, index=QUOTE_TYPES.index(row["type"]),
                             format_func=lambda ty: t(ty, lang), key=f"ty_{key}")
        save, reject = st.columns(2)
        if save.button(t("save", lang), key=f"save_{key}", type="primary"):
            name, start, end = typed.strip() or picked, int(row["start"]), int(row["end"])
            changes = [C.set_speaker(article.id, start, end, name)] if name != row["speaker"] else []
            changes += [C.set_type(article.id, start, end, qtype)] if qtype != row["type"] else []
            _save(*changes)
        if reject.button(t("not_a_quote", lang), key=f"rej_{key}"):
            _save(C.reject_quote(article.id, int(row["start"]), int(row["end"])))


def add_quote_form(article: Article) -> None:
    """Pick a sentence, then the cue words and the quoted words; speaker and type."""
    lang = state.lang()
    box = state.lazy_expander(t("add_quote", lang), "exp_addq")
    if box is None:
        return
    with box:
        st.html(WORDS_CSS)
        index = st.selectbox(t("sentence", lang), range(len(article.sentences)), key="addq_sentence",
                             format_func=lambda i: f"{i + 1}. {article.sentence_text(i)[:90]}")
        s = article.sentences[index]
        tokens = [w for w in words(article.text) if s.start <= w.start and w.end <= s.end]
        label = {i: plain(w.text) for i, w in enumerate(tokens)}
        cue = st.pills(t("cue_words", lang), list(label), selection_mode="multi", format_func=label.get, key="addq_cue")
        content = st.pills(t("content_words", lang), list(label), selection_mode="multi", format_func=label.get,
                           key="addq_content")
        options = speaker_options(article)
        picked = st.selectbox(t("speaker_pick", lang), options, key="addq_speaker") if options else ""
        typed = st.text_input(t("speaker_other", lang), key="addq_typed")
        qtype = st.selectbox(t("quote_type", lang), QUOTE_TYPES, format_func=lambda ty: t(ty, lang), key="addq_type")
        if st.button(t("save", lang), key="addq_save", type="primary"):
            cue_span = (tokens[min(cue)].start, tokens[max(cue)].end) if cue else (-1, -1)
            start, end = (tokens[min(content)].start, tokens[max(content)].end) if content else (0, 0)
            try:
                change = C.add_quote(article, start, end, cue_span, typed.strip() or picked or "", qtype)
            except C.CorrectionError as error:
                st.error(plain(str(error)))
                return
            _save(change)


def entity_form(article: Article) -> None:
    """Give an entity of the article another label, or say it is not an entity."""
    lang = state.lang()
    first = {}
    for e in article.entities:
        first.setdefault((e.canonical, e.label), e)
    if not first:
        return
    box = state.lazy_expander(t("fix_entity", lang), "exp_entity")
    if box is None:
        return
    with box:
        keys = list(first)
        chosen = st.selectbox(t("entity", lang), keys, key="ent_pick",
                              format_func=lambda k: f"{k[0]} · {t(k[1], lang) if k[1] in LABELS else k[1]}")
        labels = list(LABELS) + [C.NOT_AN_ENTITY]
        label = st.radio(t("label", lang), labels, horizontal=True, key="ent_label",
                         format_func=lambda x: t(x, lang) if x else t("not_an_entity", lang))
        if st.button(t("save", lang), key="ent_save", type="primary"):
            e = first[chosen]
            _save(C.set_label(article.id, e.start, e.end, label))


def identity_form() -> None:
    """Archive-wide speaker identities: merge two, rename one, split a name off one."""
    lang, store = state.lang(), state.store()
    box = state.lazy_expander(t("speaker_identities", lang), "exp_identities")
    people = store.identities() if box is not None else None
    if people is None or people.empty:
        return
    name = dict(zip(people["id"], people["name"]))
    show = {i: f"{n} ({k})" for i, n, k in zip(people["id"], people["name"], people["n_quotes"])}
    with box:
        merge, rename, split = st.columns(3)
        with merge:
            source = st.selectbox(t("merge_from", lang), list(show), format_func=show.get, key="id_from")
            target = st.selectbox(t("merge_into", lang), list(show), format_func=show.get, key="id_into")
            if st.button(t("merge", lang), key="id_merge") and source != target:
                _save(C.merge_speakers(store.identity_names(source), name[target]))
        with rename:
            which = st.selectbox(t("speaker_pick", lang), list(show), format_func=show.get, key="id_rename")
            new = st.text_input(t("rename_to", lang), key="id_new")
            if st.button(t("rename", lang), key="id_rename_go") and new.strip():
                _save(C.rename_speaker(store.identity_names(which), new))
        with split:
            which = st.selectbox(t("speaker_pick", lang), list(show), format_func=show.get, key="id_split")
            names = store.identity_names(which)
            part = st.selectbox(t("split_name", lang), names, key="id_split_name")
            if st.button(t("split", lang), key="id_split_go") and part:
                _save(C.split_speaker(part))


def corrections_list(article: Article) -> None:
    """The article's corrections (and the archive-wide ones), each with an undo button."""
    lang, store = state.lang(), state.store()
    made = store.corrections(article.id)
    if not made:
        return
    box = state.lazy_expander(f"{t('edit_log', lang)} ({len(made)})", "exp_log")
    if box is None:
        return
    unmatched = {c.id for c in store.unmatched(store.machine(article.id))}
    with box:
        if unmatched:
            st.caption(plain(t("unmatched", lang, n=len(unmatched))))
        for c in reversed(made):
            shown = describe(c, None if c.is_identity else article)
            if st.button(plain(t("undo", lang, what=shown)), key=f"undo_{c.id}"):
                _undo(c.id)

"""The DataFrames the dashboard reads. Pages draw these and nothing else."""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from typing import Iterable

import pandas as pd

from .doc import Article
from .normalise import strip_marks
from .stopwords import STOPWORDS, is_content_word
from .tokens import particle_length, words

QUOTE_COLUMNS = ["article_id", "speaker", "speaker_mention", "speaker_kind", "speaker_role", "cue", "type",
                 "quote", "start", "end", "sentence_index", "sentence", "rule", "confidence",
                 "cue_start", "cue_end", "speaker_start", "speaker_end", "corrected"]


def sentences(article: Article) -> pd.DataFrame:
    """One row per sentence: index, paragraph, start, end, text."""
    return pd.DataFrame(
        [(s.index, s.paragraph, s.start, s.end, article.text[s.start:s.end]) for s in article.sentences],
        columns=["index", "paragraph", "start", "end", "text"])


def mentions(article: Article) -> pd.DataFrame:
    """One row per entity mention in text order."""
    return pd.DataFrame(
        [(e.text, e.canonical, e.label, e.start, e.end, e.sentence_index) for e in article.entities],
        columns=["text", "canonical", "label", "start", "end", "sentence_index"])


def entity_counts(article: Article) -> pd.DataFrame:
    """One row per entity: canonical form, label, number of mentions, variants as written."""
    counts: Counter[tuple[str, str]] = Counter()
    variants: dict[tuple[str, str], dict[str, None]] = defaultdict(dict)
    for e in article.entities:
        counts[e.canonical, e.label] += 1
        if strip_marks(e.text) != e.canonical:
            variants[e.canonical, e.label][strip_marks(e.text)] = None
    rows = [(c, lab, n, "، ".join(variants[c, lab])) for (c, lab), n in counts.items()]
    frame = pd.DataFrame(rows, columns=["canonical", "label", "count", "variants"])
    return frame.sort_values(["count", "canonical"], ascending=[False, True], ignore_index=True)


def quotes(article: Article) -> pd.DataFrame:
    """One row per quote in text order, with the sentence it starts in."""
    rows = []
    for q in article.quotes:
        rows.append({
            "article_id": article.id, "speaker": q.speaker, "speaker_mention": q.speaker_mention,
            "speaker_kind": q.speaker_kind, "speaker_role": q.speaker_role, "cue": q.cue, "type": q.type,
            "quote": q.quote, "start": q.start, "end": q.end, "sentence_index": q.sentence_index,
            "sentence": article.sentence_text(q.sentence_index), "rule": q.rule, "confidence": q.confidence,
            "cue_start": q.cue_start, "cue_end": q.cue_end,
            "speaker_start": q.speaker_start, "speaker_end": q.speaker_end, "corrected": q.corrected})
    return pd.DataFrame(rows, columns=QUOTE_COLUMNS)


def all_quotes(articles: Iterable[Article]) -> pd.DataFrame:
    """Quotes of several articles; one speaker across articles gets one name (the longest
    of the names merged by `qawl.quotes.merge_speakers`, so بايدن joins جو بايدن)."""
    from .quotes import merge_speakers

    frames = [quotes(a).assign(article_title=a.title or "") for a in articles]
    frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=QUOTE_COLUMNS + ["article_title"])
    if not frame.empty:
        keys = frame["speaker"].map(merge_speakers(set(frame["speaker"])))
        longest = frame.groupby(keys)["speaker"].agg(lambda s: max(s, key=len))
        frame["speaker"] = keys.map(longest)
    return frame


def written_form(surface: str) -> str:
    """A word as the word lists show it: as written, without its leading particles
    (و ف ب ك ل) and diacritics (وبايدنُ → بايدن)."""
    return strip_marks(surface[particle_length(surface):])


def word_frequencies(article: Article, include_entities: bool = True,
                     stopwords: frozenset[str] = STOPWORDS) -> pd.DataFrame:
    """Content words by frequency: `key` is the normalised clitic-free form, `word` the
    most frequent way it is written (without و ف ب ك ل), `count` its occurrences. A run of
    letters longer than MAX_WORD_LENGTH is not a word (text without spaces) and is left out."""
    starts = [e.start for e in article.entities]

    def in_entity(offset: int) -> bool:
        i = bisect_right(starts, offset) - 1
        return i >= 0 and offset < article.entities[i].end

    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for token in words(article.text):
        if (not include_entities and in_entity(token.start)) or not is_content_word(token, stopwords):
            continue
        forms[token.stem][written_form(token.text)] += 1
    rows = [(c.most_common(1)[0][0], k, sum(c.values())) for k, c in forms.items()]
    frame = pd.DataFrame(rows, columns=["word", "key", "count"])
    return frame.sort_values(["count", "word"], ascending=[False, True], ignore_index=True)

from qawl import frames
from qawl.doc import Article, EntitySpan, Quote
from qawl.entities import resolve_entities
from qawl.sentences import split_sentences

TEXT = ("قال الرئيس جو بايدن إن الاقتصاد قوي. وأضاف بايدن أن الاقتصاد ينمو والاقتصاد يتحسن.\n"
        "وقال الكرملين إن الاقتصاد الروسي مستقر.")


def article(text=TEXT, title="اختبار"):
    sentences = split_sentences(text)
    found = []
    for surface, label in [("جو بايدن", "PER"), ("بايدن", "PER"), ("الكرملين", "ORG")]:
        start = text.index(surface, found[-1].end if found else 0)
        found.append(EntitySpan(start, start + len(surface), label))
    entities = resolve_entities(text, found, sentences)
    q_start = text.index("الاقتصاد قوي")
    quote = Quote(speaker="جو بايدن", speaker_mention="الرئيس جو بايدن", cue="قال", type="indirect",
                  quote="الاقتصاد قوي", start=q_start, end=q_start + len("الاقتصاد قوي"), sentence_index=0)
    return Article(text=text, title=title, sentences=tuple(sentences), entities=tuple(entities), quotes=(quote,))


def test_sentences_frame_holds_the_text_of_each_sentence():
    df = frames.sentences(article())
    assert list(df["text"]) == ["قال الرئيس جو بايدن إن الاقتصاد قوي.",
                                "وأضاف بايدن أن الاقتصاد ينمو والاقتصاد يتحسن.",
                                "وقال الكرملين إن الاقتصاد الروسي مستقر."]
    assert list(df["paragraph"]) == [0, 0, 1]


def test_entity_counts_merge_variants_under_the_canonical_name():
    df = frames.entity_counts(article())
    first = df.iloc[0]
    assert (first["canonical"], first["label"], first["count"]) == ("جو بايدن", "PER", 2)
    assert first["variants"] == "بايدن"
    assert set(frames.mentions(article())["canonical"]) == {"جو بايدن", "الكرملين"}


def test_quotes_frame_carries_the_sentence():
    df = frames.quotes(article())
    assert df.loc[0, "speaker"] == "جو بايدن"
    assert df.loc[0, "sentence"] == "قال الرئيس جو بايدن إن الاقتصاد قوي."


def test_word_frequencies_count_clitic_variants_as_one_word():
    df = frames.word_frequencies(article(), stopwords=frozenset({"قال", "ان", "اضاف"}))
    top = df.iloc[0]
    assert (top["word"], top["count"]) == ("الاقتصاد", 4)
    assert "قال" not in set(df["word"]) and "وأضاف" not in set(df["word"])


def test_word_frequencies_can_leave_out_entity_names():
    with_names = set(frames.word_frequencies(article(), stopwords=frozenset())["word"])
    without = set(frames.word_frequencies(article(), include_entities=False, stopwords=frozenset())["word"])
    assert "بايدن" in with_names and "بايدن" not in without
    assert "الكرملين" in with_names and "الكرملين" not in without


def test_all_quotes_merges_one_speaker_across_articles():
    second_text = "وقال بايدن في خطاب إن الاقتصاد يتعافى."
    start = second_text.index("الاقتصاد يتعافى")
    quote = Quote(speaker="بايدن", speaker_mention="بايدن", cue="وقال", type="indirect",
                  quote="الاقتصاد يتعافى", start=start, end=start + len("الاقتصاد يتعافى"), sentence_index=0)
    second = Article(text=second_text, title="ثانية", sentences=tuple(split_sentences(second_text)),
                     entities=(), quotes=(quote,))
    df = frames.all_quotes([article(), second])
    assert list(df["speaker"]) == ["جو بايدن", "جو بايدن"]
    assert list(df["article_title"]) == ["اختبار", "ثانية"]

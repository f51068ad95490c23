from qawl.sentences import sentence_at, split_sentences


def texts(text):
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_sentences_end_at_arabic_and_latin_punctuation():
    assert texts("وصل الوفد. هل انتهى الاجتماع؟ نعم!") == ["وصل الوفد.", "هل انتهى الاجتماع؟", "نعم!"]


def test_each_line_is_a_paragraph_and_whitespace_is_trimmed():
    sentences = split_sentences("  العنوان  \n\nالفقرة الأولى. جملة ثانية.\n")
    assert [(s.paragraph, s.index) for s in sentences] == [(0, 0), (1, 1), (1, 2)]
    assert texts("  العنوان  \n") == ["العنوان"]


def test_no_split_inside_an_open_quotation():
    text = "وقال: «لن نتراجع. سنواصل العمل». ثم غادر."
    assert texts(text) == ["وقال: «لن نتراجع. سنواصل العمل».", "ثم غادر."]
    assert texts('قال "هذا كلام. وذاك كلام" وانصرف. انتهى.') == ['قال "هذا كلام. وذاك كلام" وانصرف.', "انتهى."]


def test_closing_brackets_stay_with_the_sentence():
    assert texts("وافق الجميع (بلا استثناء.) وغادروا.") == ["وافق الجميع (بلا استثناء.)", "وغادروا."]


def test_quotation_state_resets_at_a_line_break():
    assert texts("قال «كلام بلا إغلاق\nسطر جديد. وآخر.") == ["قال «كلام بلا إغلاق", "سطر جديد.", "وآخر."]


def test_sentence_at_finds_the_sentence_of_an_offset():
    text = "أولى. ثانية. ثالثة."
    sentences = split_sentences(text)
    assert sentence_at(sentences, text.index("ثانية")) == 1
    assert sentence_at(sentences, len(text) - 1) == 2

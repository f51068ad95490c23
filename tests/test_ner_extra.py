"""Extra training corpora (AQMAR, WikiFANEGold) read into ANERcorp's labels and segmentation."""
from qawl.ner.extra import aqmar_tag, fane_tag, join_clitics


def test_aqmar_misc_subclasses_and_stray_tags():
    assert [aqmar_tag(t) for t in ("B-MIS1", "I-MIS0", "B-MIS1`", "I--ORG", "B-PER", "B-ENGLISH", "OO", "IO")] == \
        ["B-MISC", "I-MISC", "B-MISC", "I-ORG", "B-PER", "O", "O", "O"]


def test_fane_fine_classes_become_anercorp_labels():
    assert [fane_tag(t) for t in ("B-Politician", "I-Government", "B-Population-Center", "B-Software",
                                  "B-Group", "B-Food", "O")] == \
        ["B-PER", "I-ORG", "B-LOC", "B-MISC", "O", "O", "O"]


def test_split_clitics_join_their_words_and_keep_the_stem_tag():
    toks = ["زار", "و", "ل", "المدينة", "و", "ب", "سامر", "عاصمة", "ها", "،", "و"]
    tags = ["O", "O", "O", "B-LOC", "O", "O", "B-PER", "O", "O", "O", "O"]
    assert join_clitics(toks, tags) == (["زار", "وللمدينة", "وبسامر", "عاصمتها", "،", "و"],
                                        ["O", "B-LOC", "B-PER", "O", "O", "O"])

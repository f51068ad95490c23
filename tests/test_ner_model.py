"""The shipped NER model: loads offline, tags a short text we wrote, keeps offsets right."""

from qawl.ner import load_recognizer
from qawl.ner.cli import main
from qawl.sentences import split_sentences

TEXT = ("قال الرئيس الأمريكي جو بايدن في واشنطن يوم الثلاثاء إن الولايات المتحدة ستعمل مع الأمم المتحدة.\n"
        "وأضاف بايدن أن وزارة الخارجية الأمريكية سترسل وفدا إلى القاهرة الأسبوع المقبل.")


def entities(text):
    return {(text[s.start:s.end], s.label) for s in load_recognizer()(text, split_sentences(text))}


def test_loader_is_cached():
    assert load_recognizer() is load_recognizer()


def test_tags_people_places_and_organisations_in_a_short_article():
    found = entities(TEXT)
    assert ("جو بايدن", "PER") in found
    assert ("واشنطن", "LOC") in found
    assert ("القاهرة", "LOC") in found
    assert any(label == "ORG" and "الأمم المتحدة" in span for span, label in found)
    assert ("بايدن", "PER") in found  # the surname alone in the second sentence


def test_an_agency_named_after_wakala_is_one_entity_with_its_bare_name():
    from qawl.pipeline import parse
    text = "قال المتحدث لوكالة فرانس برس إن الهجوم فشل. وأضاف في بيان تلقت فرانس برس نسخة منه أن القوات تقدمت."
    found = {(e.text, e.canonical, e.label) for e in parse(text).entities}
    assert found >= {("وكالة فرانس برس", "وكالة فرانس برس", "ORG"), ("فرانس برس", "وكالة فرانس برس", "ORG")}


def test_a_long_listed_organisation_is_found_in_a_sentence():
    from qawl.pipeline import parse
    text = "وطالب صندوق النقد الدولي الحكومة بخفض العجز، فيما نظرت المحكمة الجنائية الدولية في القضية."
    found = {(e.canonical, e.label) for e in parse(text).entities}
    assert found >= {("صندوق النقد الدولي", "ORG"), ("المحكمة الجنائية الدولية", "ORG")}


def test_spans_are_whole_tokens_of_the_original_text():
    text = "وقالَ بوتين إنّ موسكو لن تتراجع."
    spans = load_recognizer()(text, split_sentences(text))
    assert spans, "expected at least one entity"
    for s in spans:
        assert s.label in ("PER", "ORG", "LOC", "MISC")
        assert (s.start == 0 or not text[s.start - 1].isalnum()) and (s.end == len(text) or not text[s.end].isalnum())
    assert ("موسكو", "LOC") in {(text[s.start:s.end], s.label) for s in spans}


def test_empty_text_gives_no_entities():
    assert load_recognizer()("", []) == []


def test_tag_command_appends_a_tag_to_every_token(tmp_path, capsys):
    f = tmp_path / "in.conll"
    f.write_text("زار O\nالرئيس O\nبايدن B-PERS\nباريس B-LOC\n\nثم O\nعاد O\n", encoding="utf-8")
    assert main(["tag", "--conll", str(f)]) == 0
    lines = capsys.readouterr().out.split("\n")
    rows = [ln.split() for ln in lines if ln]
    assert len(rows) == 6 and lines[4] == ""
    assert all(len(r) == 3 and r[-1].split("-")[-1] in ("O", "PER", "ORG", "LOC", "MISC") for r in rows)
    assert rows[2][:2] == ["بايدن", "B-PERS"]


def test_eval_ner_tags_and_scores_a_gold_file(tmp_path, capsys):
    f = tmp_path / "gold.conll"
    f.write_text("قال O\nالرئيس O\nجو B-PER\nبايدن I-PER\nفي O\nواشنطن B-LOC\n", encoding="utf-8")
    assert main(["eval-ner", str(f)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["label", "prec", "rec", "F1", "gold", "pred"]
    assert any(line.startswith("micro") for line in out.splitlines())


def test_model_matches_the_current_clitic_splitting():
    """The shipped model was trained on qawl.normalise's keys; a change there needs `qawl train-ner`."""
    from qawl.ner.features import word_key
    probe = load_recognizer().settings.key_probe
    assert len(probe) >= 100
    changed = {w: (k, word_key(w)) for w, k in probe.items() if word_key(w) != k}
    assert not changed, f"retrain the NER model: clitic splitting changed for {list(changed.items())[:5]}"


def test_tagging_an_article_needs_no_pytorch():
    """PyTorch is a training dependency only: loading and running the shipped model in a
    fresh interpreter leaves it unimported."""
    import subprocess
    import sys
    code = ("import sys; from qawl.ner import load_recognizer; from qawl.sentences import split_sentences; "
            f"t = {TEXT!r}; assert load_recognizer()(t, split_sentences(t)); "
            "print('torch' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"

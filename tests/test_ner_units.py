"""NER building blocks: CoNLL reading/writing, conlleval scoring, feature extraction."""
import io

from qawl.ner.cli import main
from qawl.ner.conll import parse_conll, write_conll
from qawl.ner.features import Featurizer, Lexicon, word_key
from qawl.ner.model import Settings, propagate
from qawl.ner.scoring import chunks, evaluate

CONLL = """-DOCSTART- O

قال O
الرئيس O
جو B-PERS
بايدن I-PERS
في O
واشنطن B-LOC

وزار O
بايدن B-PERS
باريس B-LOC
"""


def test_reader_maps_label_names_and_keeps_documents():
    sents = parse_conll(io.StringIO(CONLL))
    assert [s.tokens for s in sents] == [["قال", "الرئيس", "جو", "بايدن", "في", "واشنطن"], ["وزار", "بايدن", "باريس"]]
    assert sents[0].gold == ["O", "O", "B-PER", "I-PER", "O", "B-LOC"]
    assert sents[0].doc_start and not sents[1].doc_start


def test_reader_without_tags_and_writer_appends_prediction():
    sents = parse_conll(io.StringIO("أعلن\nالكرملين\n"))
    assert sents[0].gold is None
    out = io.StringIO()
    write_conll(sents, [["O", "B-ORG"]], out)
    assert out.getvalue() == "أعلن O\nالكرملين B-ORG\n\n"


def test_chunks_follow_conlleval():
    assert chunks(["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-LOC", "I-ORG"]) == [
        (0, 2, "PER"), (3, 5, "LOC"), (5, 6, "LOC"), (6, 7, "ORG")]


def test_scores_need_exact_spans_and_labels():
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "O"]]
    pred = [["B-PER", "O", "O", "B-LOC"], ["B-LOC", "O"]]
    s = evaluate(gold, pred)
    assert (s["micro"].tp, s["micro"].n_pred, s["micro"].n_gold) == (1, 3, 3)
    assert s["LOC"].precision == 0.5 and s["LOC"].recall == 1.0
    assert s["PER"].f1 == 0.0
    assert abs(s["micro"].f1 - 1 / 3) < 1e-9


def test_eval_ner_scores_a_tagged_file(tmp_path, capsys):
    f = tmp_path / "tagged.conll"
    f.write_text("جو B-PERS B-PER\nبايدن I-PERS I-PER\nفي O O\nباريس B-LOC B-ORG\n", encoding="utf-8")
    assert main(["eval-ner", str(f), "--tagged"]) == 0
    out = capsys.readouterr().out
    micro = next(line for line in out.splitlines() if line.startswith("micro")).split()
    assert micro[1:4] == ["0.5000", "0.5000", "0.5000"]


def test_eval_ner_reports_missing_file(tmp_path, capsys):
    assert main(["eval-ner", str(tmp_path / "nope.conll"), "--tagged"]) == 1
    assert "nope.conll" in capsys.readouterr().err


def test_word_key_strips_clitics_marks_and_punctuation():
    assert word_key("وبايدن") == "بايدن"
    assert word_key("الرَّئيسُ") == "رييس"
    assert word_key("(القاهرة") == "قاهره"


def test_features_use_lexicon_window_and_gazetteer_phrases():
    lex = Lexicon(word_feats={"بايدن": ("gz=pername3", "c1=7")})
    lex.add_phrase(["بيت", "ابيض"], "ORG")
    fz = Featurizer(lex)
    feats = fz.sentence(["قال", "وبايدن", "في", "البيت", "الأبيض"])
    assert "gz=pername3" in feats[1] and "s=بايدن" in feats[1] and "pro=و" in feats[1]
    assert "-1:gz=pername3" in feats[2] and "1:c1=7" in feats[0]
    assert "g=B-ORG" in feats[3] and "g=I-ORG" in feats[4]
    assert "BOS" in feats[0] and "EOS" in feats[4]
    # cached per word type: the same token gives the same features
    assert fz.word("وبايدن") is fz.word("وبايدن")


def test_lexicon_round_trips_through_its_file(tmp_path):
    lex = Lexicon(word_feats={"قاهره": ("gz=city",)})
    lex.add_phrase(["بيت", "ابيض"], "ORG")
    lex.save(tmp_path / "lex.tsv.gz")
    back = Lexicon.load(tmp_path / "lex.tsv.gz")
    assert back == lex


def _org_names(sentence: str) -> list[str]:
    """The organisation phrases `phrase_spans` reads in a sentence split on spaces."""
    from qawl.ner.orgs import phrase_spans
    toks = sentence.split()
    return [" ".join(toks[s:e]) for s, e in phrase_spans(toks)]


def test_organisation_phrases_by_rule():
    from qawl.ner.orgs import add_org_phrases, phrase_spans
    toks = "قال وزير الخارجية الأمريكي إن وزارة الدفاع البريطانية والجيش الإسرائيلي اتفقا الأسبوع الماضي".split()
    spans = [" ".join(toks[s:e]) for s, e in phrase_spans(toks)]
    assert spans == ["وزارة الدفاع البريطانية", "والجيش الإسرائيلي"]   # a minister's title is not a name
    tags = add_org_phrases(toks, ["O"] * 5 + ["B-LOC"] + ["O"] * 7)
    assert tags[5:8] == ["B-LOC", "O", "O"] and tags[8:10] == ["B-ORG", "I-ORG"]
    toks = "وأكد البيت الأبيض أن".split()
    assert add_org_phrases(toks, ["O", "B-MISC", "I-MISC", "O"]) == ["O", "B-ORG", "I-ORG", "O"]


def test_a_conjunct_of_the_same_kind_stays_in_the_organisation_name():
    assert _org_names("أصدرت وزارة الزراعة والري بيانا") == ["وزارة الزراعة والري"]
    assert _org_names("افتتح مركز البحوث الطبية والصيدلانية فرعا") == ["مركز البحوث الطبية والصيدلانية"]
    assert _org_names("اجتمع مجلس الشيوخ والحكومة أمس") == ["مجلس الشيوخ"]          # a second institution
    assert _org_names("قالت وكالة الأنباء الرسمية والصحف") == ["وكالة الأنباء"]    # a generic adjective ends it first


def test_a_bare_noun_in_construct_between_the_head_and_its_definite_words():
    assert _org_names("ورحب مجلس حقوق الإنسان بالقرار") == ["مجلس حقوق الإنسان"]
    assert _org_names("أعلنت منظمة حظر الأسلحة الكيميائية أمس") == ["منظمة حظر الأسلحة الكيميائية"]
    assert _org_names("وقال مكتب تحقيقات الطيران إن") == ["مكتب تحقيقات الطيران"]
    assert _org_names("وطالبت هيئة حقوق الإنسان بالتحقيق") == ["هيئة حقوق الإنسان"]
    assert _org_names("دعا مجلس حقوق الإنسان للتحقيق في الحادث") == ["مجلس حقوق الإنسان"]   # a purpose after it
    assert _org_names("وقال مكتب رئيس الوزراء إن") == []                 # a person's office
    assert _org_names("اجتمع مجلس إدارة الشركة أمس") == []               # a board: an institution inside
    assert _org_names("ناقشوا تنظيم ممارسة المهنة") == []                 # organising, the verbal noun
    assert _org_names("وتراجعت حركة رؤوس الأموال") == []                  # a flow, not a movement
    assert _org_names("وتبرعت مؤسسة أحد المحسنين بالمبلغ") == []          # a quantifier: one benefactor's
    assert _org_names("وكرمت جمعية رعاية الدكتور سالم") == []              # a title after the bare noun
    assert _org_names("وقالت لجنة تقصي الحقائق إن") == []               # a descriptive head still needs an adjective
    assert _org_names("أعلن تنظيم داعش الإرهابي مسؤوليته") == []          # a name, not a common noun


def test_a_resistance_a_mobilisation_and_a_television_are_named_by_a_people_or_a_country():
    from qawl.ner.orgs import add_org_phrases
    countries = {"سوريا", "يمن"}
    def names(sentence: str) -> list[str]:
        toks = sentence.split()
        tags = add_org_phrases(toks, ["O"] * len(toks), lambda key: ("gz=country",) if key in countries else ())
        return [" ".join(toks[i:j]) for i, j in _chunks_of(tags)]
    assert names("وقالت المقاومة الشعبية اليمنية إنها تقدمت") == ["المقاومة الشعبية اليمنية"]
    assert names("وانسحب مقاتلو الحشد الشعبي من البلدة") == ["الحشد الشعبي"]
    assert names("وبث التلفزيون السوري صورا") == ["التلفزيون السوري"]
    assert names("وتقدمت المقاومة الجنوبية نحو المدينة") == ["المقاومة الجنوبية"]
    assert names("وأكد قائد للمقاومة الشعبية أن") == ["للمقاومة الشعبية"]
    assert names("وبثت الإذاعة والتلفزيون السورية الخبر") == []   # the adjective of a body named before
    assert names("وأثار الحشد العسكري قلقا") == [] and names("وزادت المقاومة الكهربائية للسلك") == []
    assert names("وشاهدوا التلفزيون المنزلي معا") == [] and names("وواجهوا المقاومة القوية") == []


def _chunks_of(tags: list[str]) -> list[tuple[int, int]]:
    from qawl.ner.scoring import chunks
    return [(s, e) for s, e, _ in chunks(tags)]


def test_descriptive_heads_need_an_adjective_and_forces_are_not_named():
    from qawl.ner.orgs import add_org_phrases
    assert _org_names("قالت لجنة التحقيق إن") == []
    assert _org_names("قالت لجنة الزراعة البرلمانية إن") == ["لجنة الزراعة البرلمانية"]
    assert _org_names("وأعلنت رئاسة الوزراء أن") == [] and _org_names("صدر عن رئاسة الجمهورية بيان") == []   # an office
    assert _org_names("انسحبت قوات الأمن والقوات الحكومية") == []
    assert _org_names("قاتل الجيش الوطني الموالي للرئيس") == ["الجيش الوطني"]
    assert _org_names("ونقلت صحيفة الأيام البحرينية عن") == ["الأيام"]        # a paper's name, head left out
    assert _org_names("وقال وزير الدولة للشؤون الخارجية الكندي إن") == []     # the adjective is the minister's
    assert _org_names("وقالت الخارجية الكندية إن") == ["الخارجية الكندية"]
    assert _org_names("ووجه المجلس البلدية بدراسة") == []
    assert _org_names("وأوصى المجلس البلدي بدراسة") == ["المجلس البلدي"]
    toks = "نشر على يوتيوب أن مقاتلي داعش انسحبوا".split()
    assert add_org_phrases(toks, ["O"] * 7) == ["O", "O", "B-ORG", "O", "O", "B-ORG", "O"]


def test_the_models_name_stands_when_the_rule_only_adds_a_nationality():
    from qawl.ner.orgs import add_org_phrases
    flags = {"لبنان": ("gz=country",)}.get
    toks = "وقال حزب الطاشناق اللبناني إن".split()
    assert add_org_phrases(toks, ["O", "B-ORG", "I-ORG", "O", "O"], lambda k: flags(k, ()))[3] == "O"
    toks = "فاز حزب الشعب الجمهوري".split()     # not a nationality: the rule's longer name
    assert add_org_phrases(toks, ["O", "B-ORG", "I-ORG", "O"], lambda k: flags(k, ())) == ["O", "B-ORG", "I-ORG", "I-ORG"]


def test_a_head_before_a_name_joins_it_as_the_guideline_says():
    from qawl.ner.orgs import add_org_phrases
    toks = "هبطت الطائرة في مطار صنعاء الدولي قرب جامعة الملك سعود".split()
    tags = add_org_phrases(toks, ["O", "O", "O", "O", "B-LOC", "O", "O", "O", "B-PER", "I-PER"])
    assert tags == ["O", "O", "O", "B-LOC", "I-LOC", "I-LOC", "O", "B-ORG", "I-ORG", "I-ORG"]
    toks = "انفجرت عبوة في قضاء دهوك".split()
    assert add_org_phrases(toks, ["O", "O", "O", "O", "B-LOC"]) == ["O", "O", "O", "B-LOC", "I-LOC"]
    toks = "انفجرت عبوة في مدينة دهوك".split()    # the golds leave مدينة out
    assert add_org_phrases(toks, ["O", "O", "O", "O", "B-LOC"]) == ["O", "O", "O", "O", "B-LOC"]
    toks = "اقتحم الجنود قرية بيت نوح".split()    # and قرية, twice as often as they keep it
    assert add_org_phrases(toks, ["O", "O", "O", "B-LOC", "I-LOC"]) == ["O", "O", "O", "B-LOC", "I-LOC"]
    toks = 'اقتحم الجنود قرية " بيتونا "'.split()    # a village's name in quotation marks stays a place
    assert add_org_phrases(toks, ["O", "O", "O", "O", "B-LOC", "O"])[4] == "B-LOC"
    toks = "وصلت قوة الأمم المتحدة".split()   # a force of the UN: the name is the UN's
    assert add_org_phrases(toks, ["O", "O", "B-ORG", "I-ORG"]) == ["O", "O", "B-ORG", "I-ORG"]


def test_an_agency_takes_an_indefinite_wakala_into_its_name():
    from qawl.ner.orgs import add_org_phrases
    toks = "وقال المسؤول لوكالة فرانس برس إن المحادثات انتهت".split()
    tags = add_org_phrases(toks, ["O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O"])
    assert tags[2:5] == ["B-ORG", "I-ORG", "I-ORG"]
    toks = "ذكرت وكالة الأناضول أن الوفد وصل".split()
    assert add_org_phrases(toks, ["O", "O", "B-ORG", "O", "O", "O"])[1:3] == ["B-ORG", "I-ORG"]
    toks = "ونقلت الوكالة رويترز عن شهود".split()      # the definite agency: an apposed name
    assert add_org_phrases(toks, ["O", "O", "B-ORG", "O", "O"])[1:3] == ["O", "B-ORG"]
    toks = "قال رئيس وكالة الأمم المتحدة لتنسيق الإغاثة إن".split()   # an agency of the UN, not its name
    assert add_org_phrases(toks, ["O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O"])[2:5] == ["O", "B-ORG", "I-ORG"]
    toks = "وأعلنت وكالة الأمم المتحدة لشؤون اللاجئين أن".split()   # a purpose phrase: the agency's own name
    assert add_org_phrases(toks, ["O", "O", "B-ORG", "I-ORG", "O", "O", "O"])[1:6] == ["B-ORG"] + ["I-ORG"] * 4
    toks = "ونقلت وكالة يونهاب للأنباء لأحد المسؤولين قوله".split()   # a plain name keeps the head before لأحد
    assert add_org_phrases(toks, ["O", "O", "B-ORG", "I-ORG", "O", "O", "O"])[1:4] == ["B-ORG", "I-ORG", "I-ORG"]
    toks = "وقال ضابط في القوات الجوية الباكستانية لوكالة فرانس برس إن".split()   # told the agency: no organ of the forces
    tags = add_org_phrases(toks, ["O"] * 7 + ["B-ORG", "I-ORG", "O"])
    assert tags[3:] == ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O"]


def test_a_long_listed_name_left_untagged_takes_its_label():
    from qawl.ner.orgs import listed_long_names
    toks = "طالب صندوق النقد الدولي اليونان بإصلاحات".split()   # the gazetteer lists the three words as one ORG
    tags = ["O"] * 6
    listed_long_names(toks, tags, ["", "B-ORG", "I-ORG", "I-ORG", "", ""])
    assert tags == ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O"]
    toks = "الحكومة البريطانية قالت إن".split()          # two listed words: too often a description
    tags = ["O"] * 4
    listed_long_names(toks, tags, ["B-ORG", "I-ORG", "", ""])
    assert tags == ["O"] * 4
    toks = "صندوق النقد الدولي قال".split()               # a word the model tagged keeps its tag
    tags = ["O", "B-PER", "O", "O"]
    listed_long_names(toks, tags, ["B-ORG", "I-ORG", "I-ORG", ""])
    assert tags == ["O", "B-PER", "O", "O"]
    toks = "كأس العالم للأندية انطلقت".split()             # events and the like (MISC) are not shown
    tags = ["O"] * 4
    listed_long_names(toks, tags, ["B-MISC", "I-MISC", "I-MISC", ""])
    assert tags == ["O"] * 4
    toks = "وقعت في العاشر من رمضان الماضي".split()        # an ordinal first: a day as often as a town
    tags = ["O"] * 6
    listed_long_names(toks, tags, ["", "", "B-LOC", "I-LOC", "I-LOC", ""])
    assert tags == ["O"] * 6


def test_a_police_court_or_team_of_a_place_is_an_organisation():
    from qawl.ner.orgs import add_org_phrases
    toks = "وأعلنت شرطة مانشستر أن منتخب البرتغال وصل".split()
    tags = add_org_phrases(toks, ["O", "O", "B-LOC", "O", "O", "B-LOC", "O"])
    assert tags[1:3] == ["B-ORG", "I-ORG"] and tags[4:6] == ["B-ORG", "I-ORG"]
    toks = "وقال المنتخب سالم العلي".split()    # a head with the article is no construct
    assert add_org_phrases(toks, ["O", "O", "B-PER", "I-PER"]) == ["O", "O", "B-PER", "I-PER"]
    toks = "قالت مصادر بالنادي الأهلي".split()    # but a club's name with the article is one
    assert add_org_phrases(toks, ["O", "O", "O", "B-ORG"]) == ["O", "O", "B-ORG", "I-ORG"]
    toks = "وقال قائد شرطة سامي العلي".split()    # the police chief's name, not the police's
    assert add_org_phrases(toks, ["O", "O", "O", "B-PER", "I-PER"]) == ["O", "O", "O", "B-PER", "I-PER"]
    toks = "يقيم الفريق معسكر هولندا".split()       # a training camp in a country: no named place
    assert add_org_phrases(toks, ["O", "O", "O", "B-LOC"]) == ["O", "O", "O", "B-LOC"]


def test_a_strip_river_or_republic_takes_its_head_in():
    from qawl.ner.orgs import add_org_phrases
    toks = "غارات على قطاع رفح قرب نهر الأردن في جمهورية مالطا".split()
    tags = add_org_phrases(toks, ["O", "O", "O", "B-LOC", "O", "O", "B-LOC", "O", "O", "B-LOC"])
    assert tags == ["O", "O", "B-LOC", "I-LOC", "O", "B-LOC", "I-LOC", "O", "B-LOC", "I-LOC"]
    toks = "بين القطاع وتونس".split()            # no construct: the article, the conjunction
    assert add_org_phrases(toks, ["O", "O", "B-LOC"]) == ["O", "O", "B-LOC"]


def test_a_facility_named_after_a_titled_person_is_a_place():
    from qawl.ner.orgs import add_org_phrases
    toks = "نقل إلى مستشفى الأمير فيصل بن خالد".split()
    tags = add_org_phrases(toks, ["O", "O", "O", "O", "B-PER", "I-PER", "I-PER"])
    assert tags == ["O", "O", "B-LOC", "I-LOC", "I-LOC", "I-LOC", "I-LOC"]
    toks = "صلى في جامع الشيخ سعد".split()
    assert add_org_phrases(toks, ["O", "O", "O", "O", "B-PER"]) == ["O", "O", "B-LOC", "I-LOC", "I-LOC"]
    toks = "نقل إلى مستشفى بتبوك".split()       # a preposition on the name: no construct
    assert add_org_phrases(toks, ["O", "O", "O", "B-LOC"]) == ["O", "O", "O", "B-LOC"]


def test_a_name_after_a_town_noun_is_the_place():
    from qawl.ner.orgs import add_org_phrases
    toks = "وقعت الحادثة في بلدة سان مارتن الصغيرة".split()
    assert add_org_phrases(toks, ["O", "O", "O", "O", "B-PER", "I-PER", "O"]) == \
        ["O", "O", "O", "O", "B-LOC", "I-LOC", "O"]
    toks = "وصل الوفد إلى العاصمة كوالا لمبور".split()    # the capital after a preposition
    assert add_org_phrases(toks, ["O", "O", "O", "O", "B-PER", "I-PER"]) == ["O", "O", "O", "O", "B-LOC", "I-LOC"]
    toks = "وقال أمين العاصمة خالد سالم".split()          # the capital's mayor: a person follows
    assert add_org_phrases(toks, ["O", "O", "O", "B-PER", "I-PER"]) == ["O", "O", "O", "B-PER", "I-PER"]
    toks = "وقال أمير منطقة تبوك فهد سالم".split()        # a title before the town noun: the span
    assert add_org_phrases(toks, ["O", "O", "O", "B-PER", "I-PER", "I-PER"])[3] == "B-PER"   # may hold the emir
    toks = "وافتتح مدينة الملك خالد الطبية".split()         # named after a king: not this rule
    assert add_org_phrases(toks, ["O", "O", "O", "B-PER", "O"])[3] == "B-PER"


def test_an_organ_of_a_body_is_one_name_with_it():
    from qawl.ner.orgs import add_org_phrases
    toks = "وصوتت الجمعية العامة للأمم المتحدة أمس".split()
    assert add_org_phrases(toks, ["O", "O", "O", "B-ORG", "I-ORG", "O"]) == ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    toks = "وقال الأمين العام للأمم المتحدة".split()      # a title, not an organ
    assert add_org_phrases(toks, ["O", "O", "O", "B-ORG", "I-ORG"])[1:3] == ["O", "O"]
    toks = "وهاجمت القوات الموالية للحكومة الليبية".split()   # described, not named
    assert add_org_phrases(toks, ["O", "O", "O", "B-ORG", "I-ORG"])[1:3] == ["O", "O"]
    toks = "وتتوقع المفوضية السامية للأمم المتحدة لشؤون اللاجئين أن".split()   # and its affairs
    assert add_org_phrases(toks, ["O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O"]) == \
        ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]


def test_a_place_alone_in_quotation_marks_is_an_organisation():
    from qawl.ner.orgs import add_org_phrases
    toks = "وقال لـ « الخليج العربي » إن".split()
    assert add_org_phrases(toks, ["O", "O", "O", "B-LOC", "I-LOC", "O", "O"])[3:5] == ["B-ORG", "I-ORG"]
    toks = "وصل إلى مدينة « دهوك » أمس".split()     # a place head before the marks
    assert add_org_phrases(toks, ["O", "O", "O", "O", "B-LOC", "O", "O"])[4] == "B-LOC"
    toks = "يهاجمون « تونس » كل يوم".split()          # a country's name, stressed
    assert add_org_phrases(toks, ["O", "O", "B-LOC", "O", "O", "O"], lambda k: ("gz=country",))[2] == "B-LOC"


def test_a_name_made_an_organisation_by_a_cue_is_one_in_the_whole_document():
    from qawl.ner.model import cued_organisations, relabel
    keys = [["تعادل", "ضيفه", "بورتو", "مع", "مغرب"], ["وكان", "بورتو", "افضل"]]
    raw = [["O", "O", "B-LOC", "O", "B-LOC"], ["O", "B-LOC", "O"]]
    cleaned = [["O", "O", "B-ORG", "O", "B-ORG"], ["O", "B-LOC", "O"]]
    countries = {"مغرب": ("gz=country",)}
    cued = cued_organisations(keys, keys, raw, cleaned, lambda k: countries.get(k, ()))
    assert cued == {("بورتو",)}                     # a country is no club elsewhere
    assert relabel(keys, [raw[0], raw[1]], cued, "ORG")[1] == ["O", "B-ORG", "O"]


def test_an_organisation_the_tagger_found_after_a_naming_head_is_a_cue_too():
    from qawl.ner.model import cued_organisations, relabel
    sents = [["باعت", "شركة", "زيلانكو", "هواتف"], ["وقالت", "زيلانكو", "انها"], ["عبر", "قناة", "السويس"]]
    tags = [["O", "O", "B-ORG", "O"], ["O", "B-LOC", "O"], ["O", "O", "B-ORG"]]
    cued = cued_organisations(sents, sents, tags, tags, lambda k: ())
    assert cued == {("زيلانكو",)}                   # not the place after قناة
    assert relabel(sents, tags, cued, "ORG")[1] == ["O", "B-ORG", "O"]
    sents = [["انتقد", "فريق", "كلينتون", "امس"], ["وقالت", "هيلاري", "كلينتون", "انها"], ["وقالت", "مونيكا"]]
    tags = [["O", "O", "B-ORG", "O"], ["O", "B-PER", "I-PER", "O"], ["O", "B-PER"]]
    assert cued_organisations(sents, sents, tags, tags, lambda k: ()) == set()     # a person's team
    sents[0][1:3] = ["شركة", "مونيكا"]
    assert cued_organisations(sents, sents, tags, tags, lambda k: ()) == set()     # and company
    sents = [["نشرت", "صحيفة", "الرياض", "خبرا"], ["وصل", "الى", "الرياض"]]
    tags = [["O", "O", "B-ORG", "O"], ["O", "O", "B-LOC"]]
    cities = {"رياض": ("gz=city",)}
    assert cued_organisations(sents, sents, tags, tags, lambda k: cities.get(k, ())) == set()  # the city stays


def test_a_place_that_opens_with_a_first_name_and_ends_with_a_person_is_that_person():
    from qawl.ner.model import persons_by_surname
    keys = [["قال", "سفير", "في", "لندن", "الكسندر", "ياكوفينكو"], ["واكد", "ياكوفينكو"]]
    tags = [["O", "O", "O", "B-LOC", "B-LOC", "I-LOC"], ["O", "B-PER"]]
    out = persons_by_surname(keys, tags, lambda k: k == "الكسندر")
    assert out[0] == ["O", "O", "O", "B-LOC", "B-PER", "I-PER"]
    assert persons_by_surname(keys, tags, lambda k: False)[0] == tags[0]   # no first name: left alone


def test_propagation_labels_other_mentions_and_surnames():
    keys = [["جو", "بايدن", "قال"], ["وقال", "بايدن"], ["زار", "جو", "بايدن"]]
    keys = [[word_key(w) for w in s] for s in keys]
    tags = [["B-PER", "I-PER", "O"], ["O", "O"], ["O", "O", "O"]]
    out = propagate(keys, tags, {}, Settings())
    assert out[1] == ["O", "B-PER"]
    assert out[2] == ["O", "B-PER", "I-PER"]


def test_a_surname_is_not_read_into_a_verb_that_shares_its_key():
    # «بيري» and «ويرى» share the key يري (a particle taken off each): the verb stays a verb
    words = [["ريك", "بيري", "قال"], ["ويرى", "مراقبون"], ["وقال", "بيري"]]
    keys = [[word_key(w) for w in s] for s in words]
    assert keys[0][1] == keys[1][0]
    tags = [["B-PER", "I-PER", "O"], ["O", "O"], ["O", "O"]]
    out = propagate(keys, tags, {}, Settings(), words)
    assert out[1] == ["O", "O"] and out[2] == ["O", "B-PER"]


def test_a_name_takes_its_majority_label_in_the_document():
    keys = [["زار", "باريس"], ["في", "باريس"], ["نادي", "باريس"]]
    tags = [["O", "B-LOC"], ["O", "B-LOC"], ["O", "B-ORG"]]
    assert propagate(keys, tags, {}, Settings())[2] == ["O", "B-LOC"]
    assert propagate(keys, tags, {}, Settings(unify_labels=False))[2] == ["O", "B-ORG"]


def test_an_organisation_name_does_not_run_over_bi_and_the_article():
    from qawl.ner.orgs import phrase_spans
    toks = "قال مدير الشؤون المالية بالمجلس الأعلى للثقافة العربية إن".split()
    assert [" ".join(toks[s:e]) for s, e in phrase_spans(toks)] == ["بالمجلس الأعلى للثقافة العربية"]


def test_an_organisation_runs_over_a_purpose_phrase_with_an_adjective():
    from qawl.ner.orgs import add_org_phrases
    toks = "وارتفع مؤشر بورصة نيكاي للأوراق المالية أمس".split()
    assert add_org_phrases(toks, ["O", "O", "B-ORG", "I-ORG", "O", "O", "O"])[2:6] == ["B-ORG", "I-ORG", "I-ORG", "I-ORG"]
    toks = "قال مراسل سكاي نيوز للشؤون الدبلوماسية إن".split()   # the correspondent's beat
    assert add_org_phrases(toks, ["O", "O", "B-ORG", "I-ORG", "O", "O", "O"])[4:6] == ["O", "O"]
    toks = "وقالت منظمة سولاريس للصحفيين إن".split()   # whom it told
    assert add_org_phrases(toks, ["O", "O", "B-ORG", "O", "O"]) == ["O", "O", "B-ORG", "O", "O"]


def test_a_place_read_in_a_relational_adjective_joins_the_organisation_name():
    from qawl.ner.orgs import add_org_phrases
    toks = "قالت وزارة الخارجية الأردنية إن".split()
    assert add_org_phrases(toks, ["O", "O", "O", "B-LOC", "O"]) == ["O", "B-ORG", "I-ORG", "I-ORG", "O"]
    toks = "قالت وزارة الخارجية في عمان إن".split()     # a place of its own stays
    assert add_org_phrases(toks, ["O", "O", "O", "O", "B-LOC", "O"])[4] == "B-LOC"


def test_training_names_gazetteer_is_jackknifed_by_fold():
    from dataclasses import replace

    from qawl.ner.train import EntityGazetteer, entity_counts, entity_table, jackknifed_features
    docs = [[("زار الوزير عمان".split(), ["O", "O", "B-LOC"])],
            [("قالت شركة سامسونغ للإلكترونيات".split(), ["O", "B-ORG", "I-ORG", "I-ORG"])],
            [("وصل إلى عمان".split(), ["O", "O", "B-PER"])],
            [("أعلنت شركة سامسونغ للإلكترونيات".split(), ["O", "B-ORG", "I-ORG", "I-ORG"])]]
    counts = entity_counts(docs)
    every = EntityGazetteer(labels=("PER", "ORG", "LOC", "MISC"))
    assert counts[(("عمان",), "LOC")] == 1 and counts[(("شركه", "سامسونغ", "الكترونيات"), "ORG")] == 2
    assert entity_table(counts, every) == {("عمان",): ("LOC",), ("شركه", "سامسونغ", "الكترونيات"): ("ORG",)}
    assert entity_table(counts, EntityGazetteer()) == {("شركه", "سامسونغ", "الكترونيات"): ("ORG",)}  # ORG, MISC
    assert entity_table(counts, replace(every, all_labels=True))[("عمان",)] == ("LOC", "PER")
    assert len(entity_table(counts, replace(every, min_count=2))) == 2   # a name's count is over all its labels
    assert entity_table(counts, replace(every, min_count=3)) == {}
    assert ("عمان",) not in entity_table(counts, replace(every, single=False))
    assert entity_table(counts, replace(every, often=2))[("شركه", "سامسونغ", "الكترونيات")] == ("ORG+",)
    lex = Lexicon(entities=entity_table(counts, every))
    feats = jackknifed_features(Featurizer(lex), docs, replace(every, folds=2))
    # fold 1 (documents 1-2) sees only fold 2's names: عمان as a person, the company
    assert "t=B-PER" in feats[0][0][2] and "t=B-ORG" in feats[1][0][1] and "1:t=I-ORG" in feats[1][0][1]
    # fold 2 sees fold 1's: عمان as a place
    assert "t=B-LOC" in feats[2][0][2] and "t=I-ORG" in feats[3][0][3]
    # tagging sees the whole table again
    fz = Featurizer(lex)
    assert "t=B-LOC" in fz.sentence("في عمان".split())[1]
    assert not any(f.startswith("t=") for f in fz.sentence(["كلمة"])[0])


def test_lexicon_round_trips_training_names(tmp_path):
    lex = Lexicon(entities={("بيت", "ابيض"): ("ORG", "LOC")})
    lex.save(tmp_path / "lex.tsv.gz")
    assert Lexicon.load(tmp_path / "lex.tsv.gz") == lex



def test_a_quoted_name_after_the_preposition_of_a_report_is_the_outlet_spoken_to():
    from qawl.ner.orgs import add_org_phrases
    toks = 'وقال المسؤول لـ " النهار " إن العمل مستمر'.split()
    assert add_org_phrases(toks, ["O"] * 9)[3:6] == ["O", "B-ORG", "O"]
    toks = 'وقدمت الجمعية العون لـ " الأسر " الفقيرة'.split()        # no report before it
    assert add_org_phrases(toks, ["O"] * 8) == ["O"] * 8
    toks = 'دعا الوزير إلى " الحوار " بين الأطراف'.split()          # إلى without a noun of talking
    assert add_org_phrases(toks, ["O"] * 8) == ["O"] * 8
    toks = 'وقال إن الخطة لـ " إرضاء جماعة النهضة " فشلت'.split()   # a phrase holding a name
    assert add_org_phrases(toks, ["O"] * 7 + ["B-ORG", "O", "O"])[5:8] == ["O", "O", "B-ORG"]


def test_movement_before_a_noun_of_traffic_is_no_organisation():
    assert _org_names("توقفت حركة الملاحة في الميناء") == []
    assert _org_names("ازدهرت الحركة التجارية في المدينة") == []          # a definite الحركة is described
    assert _org_names("قالت حركة التحرير الوطني إن") == ["حركة التحرير الوطني"]


def test_the_houthis_untagged_are_an_organisation():
    from qawl.ner.orgs import add_org_phrases
    toks = "قصفت الطائرات مواقع للحوثيين قرب الحدود".split()
    assert add_org_phrases(toks, ["O"] * 6)[3] == "B-ORG"
    toks = "قال عبد الملك الحوثي إن".split()                          # a person's surname stays his
    assert add_org_phrases(toks, ["O", "B-PER", "I-PER", "I-PER", "O"])[3] == "I-PER"
    toks = "وهاجمت جماعة الحوثي المدينة".split()
    assert add_org_phrases(toks, ["O"] * 4)[1:3] == ["B-ORG", "I-ORG"]
    toks = "سيطر مقاتلو داعش على القرية".split()                     # never a place
    assert add_org_phrases(toks, ["O", "O", "B-LOC", "O", "O"])[2] == "B-ORG"


def test_a_canal_named_after_a_place_is_a_place():
    from qawl.ner.orgs import add_org_phrases
    flags = {"سويس": ("gz=city",), "جزيره": ("gz=city", "gz=entORG")}
    def tags(sentence: str) -> list[str]:
        toks = sentence.split()
        return add_org_phrases(toks, ["O"] * len(toks), lambda k: flags.get(k, ()))
    assert tags("عبرت السفن قناة السويس الجديدة أمس")[2:5] == ["B-LOC", "I-LOC", "I-LOC"]
    assert tags("وقالت قناة الجزيرة إن")[2] == "B-ORG"               # a channel


def test_a_hashtags_words_are_read_apart():
    from qawl.ner.model import hashtag_words
    from qawl.tokens import tokenize
    text = "قال الرئيس #دونالد_ترمب إن"
    toks = hashtag_words(tokenize(text))
    assert [t.text for t in toks] == ["قال", "الرئيس", "#", "دونالد", "ترمب", "إن"]
    assert all(text[t.start:t.end] == t.text for t in toks)


def test_a_hashtagged_name_has_its_plain_canonical_form():
    from qawl.entities import resolve_entities
    from qawl.doc import EntitySpan
    from qawl.sentences import split_sentences
    text = "قال سامي العلي إن #سامي_العلي سيعود."
    spans = [EntitySpan(4, 14, "PER"), EntitySpan(18, 29, "PER")]
    ents = resolve_entities(text, spans, split_sentences(text))
    assert [e.canonical for e in ents] == ["سامي العلي", "سامي العلي"]
    assert ents[1].text == "#سامي_العلي"[1:]


def test_an_organisation_of_countries_names_its_members_after_li_duwal():
    from qawl.ner.orgs import add_org_phrases
    toks = "اجتمع اتحاد الموانئ لدول البحر المتوسط الذي تأسس".split()
    tags = add_org_phrases(toks, ["O", "B-ORG", "I-ORG", "O", "B-LOC", "I-LOC", "O", "O"])
    assert tags == ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"]    # not the relative pronoun
    toks = "اجتمع اتحاد الموانئ لدول آسيا الشرقية".split()     # the adjective after the place joins too
    tags = add_org_phrases(toks, ["O", "B-ORG", "I-ORG", "O", "B-LOC", "O"])
    assert tags == ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"]
    toks = "قدم الاتحاد الأوروبي لدول أفريقيا مساعدات".split()   # a definite name: aid for the countries
    tags = add_org_phrases(toks, ["O", "B-ORG", "I-ORG", "O", "B-LOC", "O"])
    assert tags == ["O", "B-ORG", "I-ORG", "O", "B-LOC", "O"]


def test_a_country_adjective_after_a_definite_noun_is_no_place():
    from qawl.ner.orgs import add_org_phrases
    toks = "أسقطت الدفاعات الجوية الليبية صاروخا".split()
    assert add_org_phrases(toks, ["O", "O", "O", "B-LOC", "O"]) == ["O", "O", "O", "O", "O"]
    toks = "وصل الوفد إلى الجزائر ثم زار تونس".split()          # a country after a preposition or verb
    assert add_org_phrases(toks, ["O", "O", "O", "B-LOC", "O", "O", "B-LOC"])[3] == "B-LOC"
    toks = "ذهب الوزير الى السعودية".split()
    assert add_org_phrases(toks, ["O", "O", "O", "B-LOC"]) == ["O", "O", "O", "B-LOC"]


def test_a_compass_adjective_after_a_place_joins_its_name():
    from qawl.ner.orgs import add_org_phrases
    toks = "قصفت الطائرات بلدات في الغوطة الشرقية امس".split()
    assert add_org_phrases(toks, ["O", "O", "O", "O", "B-LOC", "O", "O"])[4:6] == ["B-LOC", "I-LOC"]
    toks = "فاز المرشح في كارولينا الشمالية".split()
    assert add_org_phrases(toks, ["O", "O", "O", "B-LOC", "O"])[3:] == ["B-LOC", "I-LOC"]
    toks = "تقدمت القوات في ريف حلب الشمالي".split()           # the countryside's adjective, not Aleppo's
    assert add_org_phrases(toks, ["O", "O", "O", "O", "B-LOC", "O"])[4:6] == ["B-LOC", "O"]
    toks = "سقطت قذيفة في محافظة مأرب الشرقية".split()          # the province's
    assert add_org_phrases(toks, ["O", "O", "O", "O", "B-LOC", "O"])[4:6] == ["B-LOC", "O"]
    toks = "زار الوفد ريف إدلب الجنوبي".split()                 # the head inside the model's span too
    assert add_org_phrases(toks, ["O", "O", "B-LOC", "I-LOC", "O"])[4] == "O"
    toks = "وقعت الاشتباكات في مدينة عدن الجنوبية".split()      # the southern city: the town noun's
    assert add_org_phrases(toks, ["O", "O", "O", "O", "B-LOC", "O"])[5] == "O"
    toks = "وقعت الاشتباكات في بلدة الكرك الشرقي".split()       # a masculine one is the place's
    assert add_org_phrases(toks, ["O", "O", "O", "O", "B-LOC", "O"])[5] == "I-LOC"
    toks = "غرق قارب قرب سواحل اليونان الشرقية".split()          # the coasts' adjective
    assert add_org_phrases(toks, ["O", "O", "O", "O", "B-LOC", "O"])[5] == "O"
    toks = "رست السفينة في ميناء عدن الجنوبي".split()          # the port's, named after the town
    assert add_org_phrases(toks, ["O", "O", "O", "O", "B-LOC", "O"])[3:] == ["B-LOC", "I-LOC", "O"]
    toks = "تقدمت القوات في الساحل الغربي".split()             # a coast named alone takes it
    assert add_org_phrases(toks, ["O", "O", "O", "B-LOC", "O"])[3:] == ["B-LOC", "I-LOC"]
    toks = "وصل الوفد إلى حمص والشمالية".split()                # a conjunct is another word
    assert add_org_phrases(toks, ["O", "O", "O", "B-LOC", "O"])[4] == "O"


def test_a_holy_city_takes_its_fixed_epithet():
    from qawl.ner.orgs import add_org_phrases
    toks = "وصل الحجاج بمكة المكرمة قادمين من الطائف".split()
    assert add_org_phrases(toks, ["O", "O", "B-LOC", "O", "O", "O", "B-LOC"])[2:4] == ["B-LOC", "I-LOC"]
    toks = "قال أمير منطقة مكة المكرمة".split()
    assert add_org_phrases(toks, ["O", "O", "O", "B-LOC", "O"])[3:] == ["B-LOC", "I-LOC"]
    toks = "وصل الوفد إلى الطائف المكرمة".split()            # another city: no epithet of its own
    assert add_org_phrases(toks, ["O", "O", "O", "B-LOC", "O"])[4] == "O"


def test_an_adjective_of_rank_names_a_body():
    assert _org_names("وأعلنت المديرية العامة للمرور أن") == ["المديرية العامة للمرور"]
    assert _org_names("بين الإدارة العامة للتدريب والتأهيل والإدارة العامة للموارد ،") == [
        "الإدارة العامة للتدريب والتأهيل", "والإدارة العامة للموارد"]
    assert _org_names("وقررت لجنة الانتخابات العليا تأجيل") == ["لجنة الانتخابات العليا"]
    assert _org_names("وأصدر المجلس الأعلى للإعلام قرارا") == ["المجلس الأعلى للإعلام"]
    assert _org_names("ورحبت القيادة العامة للجيش الوطني بالقرار") == ["القيادة العامة للجيش الوطني"]
    assert _org_names("وطالبت الإدارة الأمريكية بذلك") == []          # a government described, no name
    assert _org_names("وأحالت النيابة العامة القضية") == []           # no لل phrase after a ranked head
    assert _org_names("وقالت الإدارة العليا للمصرف إن") == []          # its senior management
    assert _org_names("وقال المدير العام للمؤسسة إن") == []           # a director's title
    assert _org_names("وكتب في المصلحة العامة للبلاد") == []
    assert _org_names("وقال وزير الخارجية العام الماضي") == []        # the year, after a title
    assert _org_names("وخسر حزب المحافظين الانتخابات العامة") == ["حزب المحافظين"]   # the elections' adjective
    assert _org_names("وقالت الهيئة العامة لشؤون الحج إن") == []       # the name runs on past the adjective


def test_an_observatory_is_an_institution_and_its_rights_phrase_part_of_its_name():
    from qawl.ner.orgs import add_org_phrases
    def names(sentence: str) -> list[str]:
        toks = sentence.split()
        tags = add_org_phrases(toks, ["O"] * len(toks))
        return [" ".join(toks[s:e]) for s, e, label in chunks(tags) if label == "ORG"]
    assert names("وقال المرصد العراقي لحقوق الإنسان إن") == ["المرصد العراقي لحقوق الإنسان"]
    assert names("وأكدت اللجنة الوطنية لحقوق الإنسان أن") == ["اللجنة الوطنية لحقوق الإنسان"]
    assert names("وأعلن مرصد الأزهر أن") == ["مرصد الأزهر"]
    assert names("وأكد المرصد أن") == []                                  # a common noun alone
    assert names("ونص الميثاق العربي لحقوق الإنسان على") == []             # a charter, no institution


def test_a_surname_keyed_without_a_particle_is_matched_as_written_alone():
    # «باول» is keyed «اول» (ب + أول), too common a key to carry a one-word name; inside
    # «كولن باول» no particle stands, so the word alone elsewhere is the surname
    words = [["كولن", "باول", "زار"], ["وقال", "باول", "إن"], ["في", "أول", "يوم"]]
    keys = [[word_key(w) for w in s] for s in words]
    assert keys[0][1] == keys[2][1]
    tags = [["B-PER", "I-PER", "O"], ["O", "O", "O"], ["O", "O", "O"]]
    out = propagate(keys, tags, {keys[2][1]: 10_000}, Settings(), words)
    assert out[1] == ["O", "B-PER", "O"] and out[2] == ["O", "O", "O"]


def test_a_surname_with_the_article_is_not_matched_as_written():
    words = [["سامي", "العمر", "قال"], ["طول", "العمر"]]
    keys = [[word_key(w) for w in s] for s in words]
    tags = [["B-PER", "I-PER", "O"], ["O", "O"]]
    out = propagate(keys, tags, {keys[1][1]: 10_000}, Settings(), words)
    assert out[1] == ["O", "O"]

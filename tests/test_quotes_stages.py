"""Each stage of the quote engine on its own, on sentences written for these tests:
reports (cues and triggers), candidates (the overt speaker phrase), attribution (resolved
or elided speaker), reported content, and the quotes collector."""
from __future__ import annotations

from qawl.quotes.attribution import speaker_for
from qawl.quotes.candidates import propose
from qawl.quotes.content import Content
from qawl.quotes.context import Context
from qawl.quotes.elided import governing
from qawl.quotes.emit import Quotes
from qawl.quotes.engine import confidence
from qawl.quotes.reported import reported_content
from qawl.quotes.reports import Report, find_reports
from qawl.quotes.resolve import Resolver, Speaker
from qawl.sentences import split_sentences
from test_quotes_speakers import entities_of


def context(text: str, names: dict[str, str] | None = None) -> Context:
    return Context(text, split_sentences(text), entities_of(text, names))


def report_at(art: Context, word: str) -> Report:
    return next(r for r in find_reports(art) if art.toks[r.i].text == word)


# -- stage 1: reports
def test_reports_skip_negated_cues_and_keep_contentless_verbs():
    art = context("وقال الوزير إن الوضع مستقر. ولم يقل السفير إن الأمر انتهى. وأشار المدير إلى الاجتماع.")
    found = [(art.toks[r.i].text, r.kind, art.toks[r.j].text) for r in find_reports(art)]
    assert found == [("وقال", "comp", "إن"), ("وأشار", "", "وأشار")]


def test_a_bare_qala_report_starts_its_content_after_the_addressee():
    art = context("وقال الوزير للصحفيين الوضع صعب جدا.")
    [r] = find_reports(art)
    assert r.kind == "bare" and art.toks[r.j].text == "الوضع"


# -- stage 2: candidates
def test_the_candidate_of_a_transmitted_report_is_the_source_and_its_cue_the_noun():
    art = context("ونقلت الإذاعة عن الوزير قوله إن الجسر آمن.")
    cand = propose(art, report_at(art, "ونقلت"))
    assert [w.text for w in cand.np.words] == ["الوزير"] and cand.cue_tok.text == "قوله"


def test_a_subject_before_the_verb_is_read_with_its_name():
    art = context("لكن الوزير سامي الحربي قال إن الجسر آمن.", {"سامي الحربي": "PER"})
    cand = propose(art, report_at(art, "قال"))
    assert [w.text for w in cand.np.words] == ["الوزير", "سامي", "الحربي"] and cand.rule == "verb"


def test_a_transmitted_source_takes_its_holders_name_set_off_by_commas():
    art = context("ونقلت الإذاعة عن مدير الملاحة في الميناء، سالم الدوسري، قوله إن السفن عادت.", {"سالم الدوسري": "PER"})
    cand = propose(art, report_at(art, "ونقلت"))
    assert [w.text for w in cand.np.words] == ["مدير", "الملاحة", "في", "الميناء", "سالم", "الدوسري"]
    assert cand.np.name_at == 4 and cand.source and cand.cue_tok.text == "قوله"


def test_before_a_bare_trigger_a_transmitted_source_takes_no_name_that_is_another_persons():
    art = context("وقالت مصادر محلية، نقلا عن أحد الأسرى من القوات الموالية للرئيس سالم الدوسري، إن "
                  "اشتباكات دارت قرب الميناء.", {"سالم الدوسري": "PER"})
    cand = propose(art, report_at(art, "وقالت"))
    assert [w.text for w in cand.np.words] == ["أحد", "الأسرى"] and cand.np.name_at < 0


def test_a_statement_noun_followed_by_its_own_report_verb_proposes_nothing():
    art = context("وأصدرت الوزارة بيانا قالت فيه إن الجسر آمن.")
    assert propose(art, report_at(art, "بيانا")) is None
    assert propose(art, report_at(art, "قالت")).np is None  # elided: stage 3 finds it


# -- stage 3: attribution
def test_an_elided_feminine_subject_skips_a_man_who_spoke_in_between():
    art = context("وانتهى الاجتماع مساء أمس. وأضافت أن الجسر آمن.")
    res = Resolver(art)
    out = Quotes(art, res)
    out.remember(Speaker("ليلى حداد", "ليلى حداد", "named", feminine=True, plural=False), 1)
    out.remember(Speaker("سامي الحربي", "سامي الحربي", "named", feminine=False, plural=False), 2)
    r = report_at(art, "وأضافت")
    sp = speaker_for(art, res, r, propose(art, r))
    assert (sp.name, sp.kind, sp.feminine) == ("ليلى حداد", "pronoun", True)


def test_a_participle_shares_the_named_subject_of_its_sentence():
    text = "وقال سامي الحربي إن الجسر آمن، مشيرا إلى أن الطريق سيفتح غدا."
    art = context(text, {"سامي الحربي": "PER"})
    res = Resolver(art)
    out = Quotes(art, res)
    first = report_at(art, "وقال")
    out.emit(speaker_for(art, res, first, propose(art, first)), art.toks[first.i],
             Content(text.index("الجسر"), text.index("،"), "indirect", ""), 0.9)
    r = report_at(art, "مشيرا")
    sp = speaker_for(art, res, r, propose(art, r))
    assert (sp.name, sp.mention) == ("سامي الحربي", "سامي الحربي")


# -- stage 4: reported content
def test_content_after_a_colon_is_the_quotation_inside_its_marks():
    text = "وقال الوزير: «الوضع مستقر تماما في الجنوب»."
    art = context(text)
    r = report_at(art, "وقال")
    c = reported_content(art, r.kind, r.j, r.limit, r.i + 1)
    assert (text[c.start:c.end], c.type) == ("الوضع مستقر تماما في الجنوب", "direct")


def test_indirect_content_runs_from_the_complementiser_to_the_sentence_end():
    text = "وأكد الوزير أن الجسر آمن. وسافر بعد ذلك إلى المدينة."
    art = context(text)
    r = report_at(art, "وأكد")
    c = reported_content(art, r.kind, r.j, r.limit, r.i + 1)
    assert (text[c.start:c.end], c.type) == ("الجسر آمن", "indirect")


# -- stage 5: quotes out
def test_the_collector_drops_content_without_letters_and_remembers_speakers():
    text = "قال: «...» ثم قال: «نعم»."
    art = context(text)
    out = Quotes(art, Resolver(art))
    sp = Speaker("سامي الحربي", "", "pronoun")
    out.emit(sp, None, Content(text.index("..."), text.index("...") + 3, "direct", ""), 0.5)
    out.emit(sp, None, Content(text.index("نعم"), text.index("نعم") + 3, "direct", ""), 0.5)
    assert [q.quote for q in out.found] == ["نعم"] and len(out.res.history) == 1


def test_confidence_falls_for_pronouns_bare_reports_and_missing_speakers():
    assert confidence("verb", "comp", Speaker("سامي", "سامي", "named")) == 0.9
    assert round(confidence("verb", "bare", Speaker("سامي", "", "pronoun")), 3) == 0.576
    assert confidence("noun", "comp", Speaker("", "", "pronoun")) == 0.75 * 0.8 * 0.5


def test_the_governing_verb_is_no_verbal_noun_after_a_preposition():
    # «توقع» after «على» is the noun (an expectation): «ونفت» shares the subject of «ردت»
    art = context("ردت هدى سالم على توقع تحقيق اللجنة معها ونفت أنها قصرت في عملها.", {"هدى سالم": "PER"})
    i = next(k for k, t in enumerate(art.toks) if t.text == "ونفت")
    assert governing(art, Resolver(art), i).name == "هدى سالم"

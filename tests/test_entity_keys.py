"""Entity keys across an article: a name that starts like a particle keeps its first letter."""
from qawl.doc import EntitySpan
from qawl.entities import resolve_entities
from qawl.sentences import split_sentences
from qawl.tokens import particle_length


def test_ka_is_not_taken_off_a_known_name_beside_the_rest_of_it():
    # «يري» (a misspelt verb) in the same text must not make «كيري» into «ك» + «يري»
    text = "قال جون كيري إن الاتفاق قريب. وأضاف كيري أن الوفد يري الحل ممكنا."
    start = text.index("كيري", text.index("وأضاف"))
    found = resolve_entities(text, [EntitySpan(4, 12, "PER"), EntitySpan(start, start + 4, "PER")],
                             split_sentences(text))
    assert [e.text for e in found] == ["جون كيري", "كيري"]
    assert {e.canonical for e in found} == {"جون كيري"}
    assert particle_length("بموغيريني", {"موغيريني"}) == 1   # other particles still come off


def test_fa_is_not_taken_off_a_first_name_that_is_a_word_whole():
    # «فيصل» and «فراس» open with ف but are names, not ف + «يصل» (arrives) or «راس» (head)
    text = "وقال فيصل الحربي إن الوفد يصل غدا. وأكد فراس سالم أن الاتفاق قريب."
    spans = [EntitySpan(text.index("فيصل"), text.index("فيصل") + len("فيصل الحربي"), "PER"),
             EntitySpan(text.index("فراس"), text.index("فراس") + len("فراس سالم"), "PER")]
    found = resolve_entities(text, spans, split_sentences(text))
    assert [e.text for e in found] == ["فيصل الحربي", "فراس سالم"]
    assert particle_length("فبوتين", {"بوتين"}) == 1 and particle_length("بجدة", {"جدة"}) == 1

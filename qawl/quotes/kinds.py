"""The kind of a found speaker, settled once who the speaker is is known.

`speakers.kind_of` reads the kind from the words at the cue before the speaker is resolved;
its last resort («named» for an indefinite phrase, «organisation» for a definite one) is wrong
for phrases none of its heads cover: a report or study («تقرير حديث»، «دراسة»), a body the
recogniser found («هيومن رايتس ووتش»), a definite surname («المخلافي») or a role word
(«المتحدث») whose holder the resolver named. This pass changes the kind only, never the speaker
(guidelines: named = the mention holds the person's name; title = a role only, for a person
named elsewhere; organisation = a body, a state or a statement / report)."""
from __future__ import annotations

from dataclasses import replace
from typing import AbstractSet, Sequence

from ..doc import Entity, Quote
from ..normalise import key, normalise
from .lexicon import first_names, gazetteer_names
from .plausible import ADDRESSED, PERSON_HEADS, UNKNOWN_SPEAKER, _stem, head_index, is_person_word, pronominal_style
from .speakers import (ADDRESS_WORDS, AMBIGUOUS_TITLES, BODY_HEADS, DEFINITE_PREFIXES, GROUP_HEADS, ONE_OF,
                       REPORT_NOUNS, TITLE_HEADS, _stems)

# Reports in the plural are unnamed sources, one report or study is its issuer's voice (the golds:
# «تقارير إعلامية»، «معلومات صحافية» unnamed; «التقرير»، «دراسة حديثة» organisation).
REPORTS_PLURAL = _stems("تقارير دراسات تقديرات أرقام معلومات أنباء مؤشرات إحصاءات إحصائيات توقعات استطلاعات "
                        "نتائج تحقيقات")
PREPOSITIONS = {normalise(w) for w in ("في", "من", "لدى", "عن", "إلى", "على", "مع")}
SETTLED = ("named", "title", "organisation", "unnamed", "group")  # (not pronoun nor unknown)
BODY_LABELS = ("ORG", "LOC")  # «هيومن رايتس ووتش»، «بكين»: a body or a state speaks as an organisation


def settle_kinds(quotes: Sequence[Quote], entities: Sequence[Entity]) -> list[Quote]:
    """The quotes with each overt speaker's kind checked against who the speaker turned out to be."""
    labels: dict[str, str] = {}
    person_words = {w for e in entities if e.label == "PER" for w in key(e.text).split()}
    for e in entities:
        for form in (e.text, e.canonical):
            labels.setdefault(key(form), e.label)
    for e in entities:  # «وأكد المديفر» after «خالد بن صالح المديفر»: a family name alone names the person
        if e.label == "PER" and len(words := e.canonical.split()) > 1 and normalise(words[-1]).startswith("ال"):
            labels.setdefault(key(words[-1]), "PER")
    out = []
    for q in quotes:
        kind = settled_kind(q, labels, person_words)
        out.append(q if kind == q.speaker_kind else replace(q, speaker_kind=kind))
    return out


def settled_kind(q: Quote, labels: dict[str, str], person_words: AbstractSet[str] = frozenset()) -> str:
    """The speaker's kind: a recognised person's is named when the mention is (part of) the name
    and title when the mention is a role word; a report's or a recognised body's is organisation;
    a phrase of people nouns without a name that the cue read as a name or a body is a title,
    unnamed people or a group (`_described_kind`); otherwise the kind read at the cue. `labels`: entity label by key;
    `person_words`: the keys of the words of the article's recognised persons."""
    kind = q.speaker_kind
    if kind not in SETTLED or q.speaker == UNKNOWN_SPEAKER or not q.speaker:
        return kind
    label = labels.get(key(q.speaker))
    mention = key(q.speaker_mention).split() or key(q.speaker).split()
    if label == "PER":
        if set(mention) <= set(key(q.speaker).split()):
            return "named"  # «المخلافي»، «سومه» for the man the article names in full
        head = mention[head_index(mention)]
        if kind != "named" and _stem(head) in TITLE_HEADS \
                or len(mention) == 1 and pronominal_style(head, ADDRESSED) is not None:
            return "title"  # «المتحدث»، «سعادته» resolved to the man named before
        return kind
    if kind not in ("named", "title", "organisation"):
        return kind  # (an unnamed official resolved to a body is a wrong speaker, not a body)
    report = _report_head(q.speaker_mention or q.speaker)  # (the mention: «الأرقام» for a body read in full)
    if report is not None:
        return "unnamed" if report in REPORTS_PLURAL else "organisation"  # «تقارير إعلامية»; «تقرير حديث»
    if kind != "organisation" and label in BODY_LABELS and not any(_stem(w) in TITLE_HEADS for w in mention):
        return "organisation"  # «إينوك»، «هيومن رايتس ووتش» (ORG); not «مدير نادي X، Y» (a person read as a place)
    if kind in ("named", "organisation") and label is None \
            and (not q.speaker_mention or key(q.speaker_mention) == key(q.speaker)):  # (no name read after a role)
        return _described_kind(q.speaker.split(), person_words) or kind
    return kind


def _described_kind(words: list[str], person_words: AbstractSet[str]) -> str | None:
    """The kind of a phrase headed by a noun for people, with no name in it, that the cue read
    as a name or, definite, as a body: a definite title, or one in construct with a definite word,
    is a title («مفتي عام المملكة»، «عميد السلك الدبلوماسي»); a group noun a group («معارضون»،
    «مستثمرون عقاريون»); other people unnamed («علماء»، «مصدران مطلعان»، «الباحثون»، «المخرج»);
    None when a word is a first name or the head is no person noun («أمين»، «برنامج الأغذية»)."""
    k = head_index(words)
    head = _stem(words[k])
    if k == len(words) - 1 and pronominal_style(words[k], ADDRESSED) is not None:
        return "title"  # «معاليه»، «سعادته»: his excellency, the person named before
    if any(_stem(w) in first_names() or key(w) in person_words for w in words) or head in BODY_HEADS \
            or not is_person_word(words[k]) or _may_be_name(words[k:]):
        return None
    if head in TITLE_HEADS | ADDRESS_WORDS:
        return "title" if _definite(words[k]) or _definite_chain(words[k + 1:]) else "unnamed"
    one = k > 0 and _stem(words[0]) in ONE_OF  # «أحد الخبراء»: one of them
    return "group" if head in GROUP_HEADS and not one else "unnamed"


def _may_be_name(words: list[str]) -> bool:
    """The head (first of `words`) is a name the gazetteer lists that is not itself a listed person
    noun («وسام»، «حمدي»، «سامية»: the role-noun clusters hold some names), or a title that is also
    a first or family name, without the article or a definite genitive («رائد»; not «عميد الكلية»)."""
    st = _stem(words[0])
    if st in AMBIGUOUS_TITLES:
        return not _definite(words[0]) and not _definite_chain(words[1:])
    return st in gazetteer_names() and st not in PERSON_HEADS | ADDRESS_WORDS


def _definite_chain(words: list[str]) -> bool:
    """The words after a title, up to a preposition, hold a definite one: the title is in construct
    with it («عميد شؤون أعضاء هيئة التدريس»، «مفتي عام المملكة»), not described («قائد عسكري»)."""
    for w in words:
        if normalise(w) in PREPOSITIONS:
            return False
        if _definite(w):
            return True
    return False


def _definite(word: str) -> bool:
    return normalise(word).startswith(DEFINITE_PREFIXES)


def _report_head(phrase: str) -> str | None:
    """The stem of the report, study or figures noun that heads the phrase («تقرير صدر»، «أحدث
    الأرقام»), if one does."""
    words = phrase.split()
    head = _stem(words[head_index(words)]) if words else ""
    return head if head in REPORT_NOUNS else None

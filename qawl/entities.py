"""From recognised spans to entities: trim particles, and give every mention the
canonical form of its entity, merging variants (جو بايدن، بايدن، وبايدن)."""
from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Container, Iterable, Sequence

from .doc import Entity, EntitySpan
from .ner.orgs import BUILT_FACILITIES, COMPASS_ADJECTIVES, DIRECTIONS, INNER_PREPOSITIONS
from .normalise import key, lam_taken_off, normalise, split_proclitics, strip_marks, word_frequencies
from .quotes.lexicon import gazetteer_names
from .sentences import Sentence, sentence_at
from .tokens import ARTICLE_AFTER_PARTICLE, WORD, particle_length


def _key(surface: str) -> tuple[str, ...]:
    return tuple(key(surface).split())


def _plain(surface: str) -> str:
    """A mention as a name is written: no diacritics, and a hashtag's mark and joins gone
    («#دونالد_ترمب» → دونالد ترمب)."""
    return " ".join(strip_marks(surface).replace("#", " ").replace("_", " ").split())


# Heads of a built facility or a stadium: one named after a place is another place than it.
STRUCTURES = BUILT_FACILITIES | {normalise("ملعب")}
COMPASS_KEYS = {key(w) for w in COMPASS_ADJECTIVES}
MIN_NAME_LETTERS = 3   # a one-word name left shorter by a particle keeps it (واس، not اس)
# Endings of a sound plural or a dual (nominative) and of a plural in construct; the last
# only on a participle (مُ + consonant: مقاتلو، ممثلو), as names end so too (ماريو، برونو).
CONSTRUCT_ENDING = "و"
NOMINATIVE_PLURAL, OBLIQUE_PLURAL = "ون", "ين"     # the two cases of the sound masculine plural
PLURAL_ENDINGS = (NOMINATIVE_PLURAL, "ان", CONSTRUCT_ENDING)
MIN_SINGULAR = 4       # letters of the singular (مصدر، ناشط; a name such as سومون has a shorter «singular»)
COMMON_SINGULAR = 10   # Wikipedia count from which the singular is a common word
SINGULAR_RATIO = 3     # ... and it must be this many times commoner than the plural

CLITIC_NAMES = Path(__file__).resolve().parent.parent / "data" / "ner" / "clitic_names.txt"


@lru_cache(maxsize=1)
def clitic_names() -> frozenset[str]:
    """Normalised person-name words that open with a letter read as a proclitic (باولا، لاري، بيلي;
    built by scripts/build_clitic_names.py from the Wikidata name tokens)."""
    return frozenset(CLITIC_NAMES.read_text(encoding="utf-8").split())


def _name_cut(word: str, cut: int) -> int:
    """`cut`, the characters `particle_length` takes off a person's first word, less the last
    particle letter when that letter opens a listed name: «وباولا» loses و, «باولا» nothing (not
    ب + أولا), «لاري» nothing (not ل + آري)."""
    if cut and normalise(word[cut - 1:]) in clitic_names():
        return cut - 1
    return cut


def trim_span(text: str, span: EntitySpan, seen: Container[str] | None = None,
              whole: Container[str] = ()) -> EntitySpan:
    """Drop leading particles (و ف ب ك ل) and surrounding punctuation from a span;
    `seen` holds the document's normalised words (see `particle_length`), `whole` those it
    writes after a free-standing preposition, which takes no second one: «في بيونغ يانغ»
    shows that «بيونغ» is one word, not ب + «يونغ». A person's name keeps a listed name word
    whole (`clitic_names`)."""
    start, end = span.start, span.end
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    first_word_end = text.find(" ", start, end)
    first = text[start:first_word_end if first_word_end > 0 else end]
    cut = 0 if normalise(first) in whole else particle_length(first, seen)
    if span.label == "PER":
        cut = _name_cut(first, cut)
    if start + cut < end and (first_word_end > 0 or len(normalise(text[start + cut:end])) >= MIN_NAME_LETTERS):
        start += cut
    return EntitySpan(start, end, span.label)


def group_noun(entity: Entity) -> bool:
    """A "person" the tagger read in the plural or dual of a common noun, with adjectives that
    agree with it («مصدران مطلعان»، «معارضون»، «ناشطان سعوديان») or as a participle's plural in
    construct, its complement left out («مقاتلو»، «ممثلو»): the subject of a speech verb, which
    the quote layer keeps as a speaker, but no name. The singular must be a common word of four
    letters or more, clearly commoner than the plural, and the plural neither definite nor a
    listed name (مصدران: مصدر; not عثمان، ماكرون، الجمعان، اليسون، لوسيانو، مارينو)."""
    if entity.label != "PER":
        return False
    words = [normalise(w) for w in entity.canonical.split()]
    first = words[0]
    if not all(w.isalpha() for w in words) or first.startswith("ال") or first in gazetteer_names():
        return False
    ending = next((e for e in PLURAL_ENDINGS if first.endswith(e)), None)
    if ending is None or len(first) - len(ending) < MIN_SINGULAR or not all(w.endswith(ending) for w in words[1:]):
        return False
    if ending == CONSTRUCT_ENDING and (len(words) > 1 or not first.startswith("م") or first[1] in "اي"):
        return False
    freq = word_frequencies()
    singular = freq.get(first[:-len(ending)], 0)
    return singular >= COMMON_SINGULAR and singular > SINGULAR_RATIO * freq.get(first, 0)


def _containing_keys(keys: Sequence[tuple[str, ...]]) -> dict[tuple[str, ...], list[tuple[str, ...]]]:
    """For each key, the keys that contain it as a contiguous run of words (itself
    included): an index, so that variants are found without comparing all pairs."""
    known, lengths = set(keys), {len(k) for k in keys}
    index: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    for b in keys:
        runs = {b[i:i + n] for n in lengths if 0 < n <= len(b) for i in range(len(b) - n + 1)}
        for run in runs & known:
            index[run].append(b)
    return index


def _other_entity(surfaces: dict[tuple[str, ...], Counter[str]], label: str, big: tuple[str, ...],
                  small: tuple[str, ...]) -> bool:
    """The longer key `big` (of `label`) names something else than `small`, which it contains:
    an organisation that holds its body's name after ل (_named_after_l), a region named by a
    direction before or a compass adjective after a place, a facility named after a place, or an organisation or
    place written more often without the words after it, when the first of them has no
    article or begins with و: a word run on once («سامسونج باي»، «جبهة النصرة والقيادي»،
    «الجامعة العربية نرحب»), not a description («وزارة الخارجية الأمريكية»، «… للانتخابات»)."""
    surface = surfaces[big].most_common(1)[0][0]
    if label == "ORG" and _named_after_l(surface, big, small):
        return True
    if label == "LOC" and big[0] in DIRECTIONS and small[0] not in DIRECTIONS:
        return True     # a region of a place («جنوب أوروبا»، «شرق آسيا») is not the place
    if label == "LOC" and big[0] in STRUCTURES and small[0] != big[0]:
        return True     # a facility named after a place («مطار دمشق الدولي») is not the place
    if label == "LOC" and big[-1] in COMPASS_KEYS and small == big[:-1]:
        return True     # «القدس الشرقية» is a part of «القدس», not a variant of it
    if label not in ("ORG", "LOC") or big[:len(small)] != small \
            or sum(surfaces[small].values()) <= sum(surfaces[big].values()):
        return False
    words = surface.split()
    if len(words) != len(big):
        return False
    pro = split_proclitics(normalise(words[len(small)]))[0]
    return pro.startswith("و") or not pro.endswith(("ال", "لل"))


def _named_after_l(surface: str, big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    """`small` occurs in `big` (the key of `surface`) only after ل, as the body an organ
    belongs to («الجمعية العامة للأمم المتحدة»): another entity, not a variant of it."""
    words, n = surface.split(), len(small)
    found = [i for i in range(len(big) - n + 1) if big[i:i + n] == small]
    return len(words) == len(big) and bool(found) and all(
        i > 0 and "ل" in split_proclitics(normalise(words[i]))[0].replace("ال", "") for i in found)


def _name(surface: str) -> str:
    """A mention as its entity is named (`_plain`), without the preposition ل on a first word
    that opens with «لل» (`lam_taken_off`), which `trim_span` leaves on, as ل took the article's
    alif: «للمحكمة الجنائية» → «المحكمة الجنائية», «للبنان» → «لبنان». The word stays as written
    when the word counts know neither form, or it is a listed name."""
    surface = _plain(surface)
    first, _, rest = surface.partition(" ")
    norm = normalise(first)
    if split_proclitics(norm)[0] != "لل" or norm in gazetteer_names():
        return surface
    bare = lam_taken_off(first)
    if not word_frequencies().get(normalise(bare), 0):
        return surface
    return f"{bare} {rest}" if rest else bare


def _canonical_forms(text: str, spans: Sequence[EntitySpan]) -> list[tuple[str, str]]:
    """(canonical surface, label) of each span's entity, in the order of `spans`."""
    surfaces: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    labels: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    span_keys = []
    for s in spans:
        surface = _name(text[s.start:s.end])
        span_keys.append(k := _key(surface))
        surfaces[k][surface] += 1
        labels[k][s.label] += 1
    label_of = {k: c.most_common(1)[0][0] for k, c in labels.items()}
    # A key contained in exactly one longer key of the same label is a variant of it
    # (a surname, or a name without its head word); the longest form is canonical. A one-word
    # key of another label that ends exactly one person's name is that person's surname.
    keys = sorted(surfaces, key=len, reverse=True)
    containing = _containing_keys(keys)
    for k, bigger in containing.items():
        containing[k] = [b for b in bigger if not _other_entity(surfaces, label_of[b], b, k)]
    root: dict[tuple[str, ...], tuple[str, ...]] = {}
    for k in keys:
        longer = {root[b] for b in containing.get(k, ()) if len(b) > len(k) and label_of[b] == label_of[k]}
        if not longer and len(k) == 1:   # a surname the tagger labelled otherwise (كارتر as a place)
            longer = {root[b] for b in containing.get(k, ()) if len(b) > 1 and label_of[b] == "PER" and b[-1] == k[0]}
        root[k] = longer.pop() if len(longer) == 1 else k
    for oblique, nominative in _case_twins(surfaces, label_of, set(root.values())).items():
        root.update((k, nominative) for k, r in root.items() if r == oblique)
    forms = {k: (surfaces[r].most_common(1)[0][0], label_of[r]) for k, r in root.items()}
    return [forms[k] for k in span_keys]


def _case_twins(surfaces: dict[tuple[str, ...], Counter[str]], label_of: dict[tuple[str, ...], str],
                roots: set[tuple[str, ...]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """A group's name in the sound masculine plural, written in both its cases in one article
    («الحوثيون» / «الحوثيين»، «الإخوان المسلمون» / «… المسلمين»): each root key in -ين mapped to its
    -ون twin, the name's citation form (and a speaker's case). Only an organisation, or persons
    named by a nisba plural (-يين), the plural word with the article: a person's name that ends
    so (حسين، الحسين، الأمين) stays apart."""
    twins = {}
    for k in roots:
        words = surfaces[k].most_common(1)[0][0].split()
        if label_of[k] not in ("ORG", "PER") or len(words) != len(k):
            continue
        nisba = OBLIQUE_PLURAL if label_of[k] == "ORG" else "ي" + OBLIQUE_PLURAL
        plural = [i for i, w in enumerate(k) if w.endswith(nisba) and len(w) > MIN_SINGULAR
                  and split_proclitics(normalise(words[i]))[0].endswith(("ال", "لل"))]
        twin = tuple(w[:-2] + NOMINATIVE_PLURAL if i in plural else w for i, w in enumerate(k))
        if plural and twin in roots and label_of[twin] == label_of[k]:
            twins[k] = twin
    return twins


def _inner_name_words(text: str, spans: Sequence[EntitySpan]) -> set[str]:
    """The words after the first of the document's persons' names of two words or more, which
    take no particle: «ميشال بلاتيني» shows that «بلاتيني» alone is not ب + «لاتيني», «كولن
    باول» that «باول» is not ب + «أول». Not a word with the article after a particle, nor one
    whose letters after a particle are a word of another name of the document («… لإردوغان»
    beside «رجب طيب إردوغان»، «لهيومن» beside «هيومن رايتس ووتش»)."""
    words = [[normalise(t) for t in WORD.findall(text[s.start:s.end])] for s in spans]
    named = {w for ws in words for w in ws}
    return {w for s, ws in zip(spans, words) if s.label == "PER" for w in ws[1:]
            if not w.startswith(ARTICLE_AFTER_PARTICLE) and w[1:] not in named and w[2:] not in named}


def resolve_entities(text: str, spans: Iterable[EntitySpan], sentences: Sequence[Sentence]) -> list[Entity]:
    """Entities in text order with canonical forms; overlapping spans keep the longest."""
    spans = list(spans)
    words = [normalise(w) for w in WORD.findall(text)]
    seen = set(words)
    whole = {word for before, word in zip(words, words[1:]) if before in INNER_PREPOSITIONS}
    whole |= _inner_name_words(text, spans)
    trimmed = sorted((trim_span(text, s, seen, whole) for s in spans), key=lambda s: (s.start, -(s.end - s.start)))
    kept: list[EntitySpan] = []
    for s in trimmed:
        if s.end > s.start and (not kept or s.start >= kept[-1].end):
            kept.append(s)
    return [Entity(text[s.start:s.end], canonical, label, s.start, s.end, sentence_at(sentences, s.start))
            for s, (canonical, label) in zip(kept, _canonical_forms(text, kept))]

"""Who a subject phrase is: titles linked to the person named with them, definite
sources and bodies linked to their fuller earlier mention, pronouns to the right
earlier speaker, and every speaker given the fullest form of its name."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import Callable

from ..doc import Entity, Quote
from ..normalise import normalise, split_proclitics, strip_marks, word_frequencies
from .apposition import COMMON, MAX_NAME, name_like, name_tail
from .context import Context
from .content import COMPLEMENTISERS
from .cues import NOUN, VERB, cue_of
from .lexicon import first_names, gazetteer_names
from .marks import QUOTE_CHARS, Tok, tokenize
from .plausible import cited, feminine_first_name, is_role_word, opens_clause
from .speakers import (COREFERRING_HEADS, DOCUMENT_NOUNS, FAMILIES, HONORIFICS, LINEAGE, NP, ORG_HEADS, OTHERS_OF,
                       PEERS, PRONOUN_SUBJECTS, QUANTIFIERS, REGIMES, RELATED_HEADS, RELATIVES, ROYAL_TITLES,
                       SOURCE_HEADS, STOP, STYLES, close_person_parts, common_construct, form_of_address,
                       has_preposition, is_definite, is_title, key, kind_of, named_after_royal, nominative, owned_stem,
                       past_rank_adjectives, person_words, possessive, read_np, related_kind, split_role, stem_of,
                       stop_word, through_first_name, told_outlet, whoever, without_determiners)
from .subjects import SENT_NOUNS, issuer_after, issuer_before

_n = lru_cache(maxsize=None)(normalise)  # also used on literals inside loops
NON_AGENTIVE = {_n(w) for w in (
    "تقديرات", "تقارير", "معلومات", "أنباء", "مؤشرات", "دلائل", "أرقام", "إحصاءات", "توقعات", "استطلاعات",
    "دراسة", "دراسات", "تقرير")}
OTHER_PARTY = {_n(w) for w in ("مع", "ومع", "إلى", "الى", "ضد", "بين", "وبين")}  # a name right after these is another person
OTHER_PARTY_WORDS = 4
MAX_NAME_WORDS = 5  # a longer phrase is a description, never the fullest form of a name
# Prepositions after which a name in a longer phrase is a place or body the phrase is in or from
# («بعض المعارضين في إسرائيل» is no fuller form of «إسرائيل»)
LOCATING = {key(w) for w in ("في", "من", "لدى", "داخل", "خارج")}
LOOKBACK_TOKENS = 20_000  # an earlier phrase is looked for this far back (a long article's length)
MAX_PERSON_WORDS = 4  # a longer run after a title is not a name unless recognised as one
COMPANY = _n("شركة")
SHARES = {_n(w) for w in ("سهم", "أسهم")}  # «ارتفع سهم "X"»: X is a listed company
BOARD = (_n("مجلس"), _n("إدارة"))  # «رئيس مجلس إدارة "X"»
MAX_COMPANY_WORDS = 4
# Bodies an article names by their noun and a proper name right after it («لشركة توشيبا»، «وفقا لموقع
# "كوارتز"») and then by the noun alone («وقالت الشركة»، «وأكد الموقع»)
NAMED_BY_NOUN = {_n(w) for w in (
    "شركة", "بنك", "مصرف", "مجموعة", "موقع", "شبكة", "صحيفة", "جريدة", "مجلة", "قناة", "وكالة", "جامعة",
    "منظمة", "مؤسسة", "مستشفى", "معهد", "مركز", "جمعية", "صندوق", "نقابة", "حزب", "حركة")}
ADDRESS = HONORIFICS | STYLES  # what may stand between an epithet and the name it is apposed to


@dataclass
class Speaker:
    """A resolved speaker: canonical name, the words at the cue, kind and role."""
    name: str
    mention: str
    kind: str
    role: str = ""
    start: int = -1
    end: int = -1
    aliases: tuple[str, ...] = ()
    feminine: bool | None = None  # from the agreement of its verb
    plural: bool | None = None


def non_agentive(name: str) -> bool:
    """«التقديرات»، «بعض التقارير»: reports without an agent are not antecedents of pronouns; nor is
    whoever says something («هناك من يقول»), no one in particular. A body that heads the phrase
    speaks for itself: «وكالة الأنباء السورية» is an agency, not news reports."""
    words = key(name).split()
    head = words[:1] if words[:1] and words[0] in ORG_HEADS else words[:2]
    return any(w in NON_AGENTIVE for w in head) or whoever(words)



def _agrees(have: bool | None, want: bool | None) -> bool:
    return have is None or want is None or have == want


def agrees(sp: Speaker, feminine: bool | None, plural: bool | None) -> bool:
    """Whether a speaker may be the subject of a verb of this gender and number: its own
    verb's agreement, where known, is the same."""
    return _agrees(sp.feminine, feminine) and _agrees(sp.plural, plural)


@lru_cache(maxsize=50_000)  # asked of every entity name of an article, again for each speaker
def runs_into_clause(name: str) -> bool:
    """A recognised name that ran a report's subject into the clause reported after it
    (`plausible.opens_clause`: «وقالت الوزارة إن صناعات …» tagged as one name): no speaker's name."""
    words = name.split()
    return any(opens_clause(words, k) for k in range(1, len(words)))


def mention_text(text: str, start: int, end: int) -> str:
    """The mention as written, with the closing mark of a name in quotation marks that it opens
    («المتحدث "X"», not «المتحدث "X»)."""
    mention = text[start:end]
    opened = mention.count('"') % 2 == 1 or mention.count("«") > mention.count("»") \
        or mention.count("“") > mention.count("”")
    return mention + text[end] if opened and end < len(text) and text[end] in QUOTE_CHARS else mention


def speaker_text(words: list[Tok]) -> str:
    """The words as written; a hashtag's underscores are spaces (#محمود_عباس)."""
    return " ".join(w.text for w in words).replace("_", " ")


class Resolver:
    """Links mentions to the speakers and names of the article."""

    def __init__(self, art: Context):
        self.art = art
        # (speaker, char position, sentence, is a quote): quotes and the overt subjects of
        # other report verbs («وأشار المراسل إلى …»), the antecedents of later pronouns.
        self.history: list[tuple[Speaker, int, int, bool]] = []
        self._links: list[tuple[frozenset, frozenset, str, int]] | None = None
        # indexes of the history (it only grows), so that lookups do not rescan it
        self._indexed = 0
        self._by_sentence: dict[int, list[tuple[Speaker, int, int, bool]]] = {}
        self._by_head: dict[str, list[tuple[Speaker, int, int, bool]]] = {}
        self._surnames: set[str] = set()
        self._word_stems: dict[str, list[int]] | None = None

    def _update_indexes(self) -> None:
        for entry in self.history[self._indexed:]:
            sp, _, sentence, _ = entry
            self._by_sentence.setdefault(sentence, []).append(entry)
            for head in dict.fromkeys(k.split()[0] for k in (key(sp.name), key(sp.mention)) if k.split()):
                self._by_head.setdefault(head, []).append(entry)
            if sp.name:
                self._surnames.add(key(sp.name).split()[-1])
        self._indexed = len(self.history)

    def in_sentence(self, sentence: int) -> list[tuple[Speaker, int, int, bool]]:
        """The history entries of one sentence, oldest first."""
        self._update_indexes()
        return self._by_sentence.get(sentence, [])

    def surnames(self) -> set[str]:
        """The last word (key) of every speaker name in the history."""
        self._update_indexes()
        return self._surnames

    @property
    def links(self) -> list[tuple[frozenset, frozenset, str, int]]:
        if self._links is None:  # built on the first title-only mention
            self._links = self._title_links()
        return self._links

    def _title_links(self) -> list[tuple[frozenset, frozenset, str, int]]:
        """(role stems, heading stems, name, offset) for every «title + name» or «name + title» phrase."""
        art, out = self.art, []
        for k, t in enumerate(art.toks):
            if not t.is_word or not is_title(t) or stop_word(t):  # (is_title first: far fewer words pass it)
                continue
            if k > 0 and art.toks[k - 1].is_word and is_title(art.toks[k - 1]):
                continue
            np = read_np(art.toks, k, min(len(art.toks), k + 16), art.seg_at, art.entity)
            before = [] if "و" in split_proclitics(t.norm)[0] else self._name_before(k)  # «X، ومدير …»: another
            if before:  # «الأمير X، أمير منطقة …»: the person named before
                cut = next((m for m, w in enumerate(np.words) if art.label(w) == "PER"), len(np.words))
                role, name = np.words[:cut], before
            else:
                role, name = split_role(np.words, art.entity)
                name = name or self._name_after(np.end, min(len(art.toks), np.end + 25))
            name = _name_words(name, art)
            if role and _holder_name(name, art) \
                    and not (stem_of(role[0]) in RELATED_HEADS and not is_definite(role[0])):  # (not «مساعد الرئيس X»)
                out.append((self._role_stems(role), _heading_stems(role), speaker_text(name), t.start))
        return out

    def _name_before(self, k: int) -> list[Tok]:
        """«الأمير X بن Y الرئيس العام لرعاية الشباب»: a recognised person right before the title
        at token k (or before a comma there) is its holder."""
        toks = self.art.toks
        j = k - 1 if k > 0 and toks[k - 1].text in "،," else k
        end = j
        while end >= 3 and toks[end - 2].norm in LINEAGE and self.art.entity(toks[end - 1]) is None:
            end -= 2  # «الأمير X بن Y بن Z، أمير …»: the recogniser stopped before the last links
        e = self.art.entity(toks[end - 1]) if end > 0 else None
        if e is None or e.label != "PER" or e.end != toks[end - 1].end:
            return []
        a = end - 1
        while a > 0 and self.art.entity(toks[a - 1]) is e:
            a -= 1
        return toks[a:j]

    def _name_after(self, a: int, b: int) -> list[Tok]:
        """A name introduced later in the phrase by an honorific or a PER entity (… الشيخ محمد …), not
        past a complementiser or another report verb."""
        toks = self.art.toks
        if a < b and common_construct(toks[a], toks[a + 1] if a + 1 < b else None, self.art.entity):
            return []  # «اعتبر رئيس الحكومة استقالة الوزيرين X»: the verb's object names someone else
        other_until = a  # «… مع نظيره X»: X, right after, is someone else
        for k in range(a, b):
            t = toks[k]
            if t.text in ":.؟" or t.norm in COMPLEMENTISERS and not t.text.startswith("آ"):  # آن ماري: a name
                return []
            if t.cue is not None and t.cue.kind == VERB and not self.art.speech[k] and not is_role_word(t.text):
                return []  # «… قال أمين عام الوزارة X»: another verb's subject (but «طالب الدكتوراه X»: a noun)
            if t.norm in OTHER_PARTY:
                other_until = self._party_end(k + 1, b)
            elif t.is_word and possessive(t):
                other_until = k + OTHER_PARTY_WORDS
            elif t.is_word and told_outlet(t, self.art.entity):  # «… لفرانس برس»: the outlet spoken to
                other_until = self.art.past_entity(k, b)
            elif t.is_word and k >= other_until and self._described_other(a, k):
                other_until = self.art.past_entity(k, b)
            elif t.is_word and k + 1 < b and named_after_royal(toks, k + 1):  # «مركز الملك سلمان»: a body's name
                other_until = self.art.past_entity(k + 1, b)
            elif t.is_word and k >= other_until and (stem_of(t) in HONORIFICS or self.art.label(t) == "PER") \
                    and not self.art.speech[k]:  # (a name inside quoted speech is someone spoken of)
                k0 = k + 1 if stem_of(t) in HONORIFICS else k
                k0 = past_rank_adjectives(toks, k0, b, self.art.entity)  # «العميد ركن X»: no part of the name
                np = read_np(toks, k0, b, self.art.seg_at, self.art.entity)
                comma = next((c for c in range(np.end, min(b, np.end + MAX_NAME + 1)) if toks[c].text in "،,"), None)
                if comma is not None and np.words and self.art.label(np.words[-1]) == "PER" \
                        and name_tail(toks, np.end, comma, self.art.label) == comma:
                    return np.words + toks[np.end:comma]  # «…، علي أكبر صالحي، …» with «علي أكبر» recognised
                return np.words
        return []

    def _described_other(self, a: int, k: int) -> bool:
        """«… بزيارة قصر الفيلسوف فولتير»، «… الذي يدعم الرئيس بشار الأسد»، «… اتهامات رئيسة الوزراء
        البريطانية، تيريزا ماي»: a person at token k, among the words after a title that start at token a,
        described by a person noun of its own (with its definite words, past a comma) that a word of
        those, no preposition, governs (a verb's object, a noun's genitive), is someone the clause speaks
        of, no holder of the title. A description that goes on from the title («وزير الدولة للشؤون
        الخارجية الإماراتي، X») or a phrase after a preposition («… في الحكومة اليمنية X») is the title's."""
        toks, art = self.art.toks, self.art
        if art.label(toks[k]) != "PER" or art.entity(toks[k - 1]) is art.entity(toks[k]):
            return False
        run = k - 2 if toks[k - 1].text in "،," else k - 1
        while run >= a and toks[run].is_word and art.entity(toks[run]) is None and toks[run].norm not in STOP \
                and (is_definite(toks[run]) or is_title(toks[run])) and stem_of(toks[run]) not in HONORIFICS:
            run -= 1
        if run < a or run + 1 >= k or not toks[run].is_word or toks[run].norm in STOP or art.entity(toks[run]):
            return False
        head = toks[run + 1]
        return is_title(head) or is_role_word(head.text) and stem_of(head) not in ORG_HEADS

    def _party_end(self, k: int, b: int) -> int:
        """The token after the other party named right after مع / إلى / ضد … at token k: the first
        entity within OTHER_PARTY_WORDS tokens («إلى اليمن "X"»: Yemen, and X is in the phrase),
        else that many tokens."""
        for m in range(k, min(b, k + OTHER_PARTY_WORDS)):
            if self.art.entity(self.art.toks[m]) is not None:
                return self.art.past_entity(m, b)
        return k - 1 + OTHER_PARTY_WORDS

    def _person_name(self, words: list[Tok]) -> str:
        """The name of a recognised person as the article writes it most fully."""
        e = self.art.entity(words[0])
        return e.canonical if e is not None and e.label == "PER" else speaker_text(words)

    @staticmethod
    def _role_stems(role: list[Tok]) -> frozenset:
        """The role's word stems, without a royal title inside a body's name («المتحدث باسم مركز
        الملك سلمان» is no holder of «الملك») nor the form of address after the title («نائب رئيس
        الوزراء صاحب السمو الملكي الأمير»)."""
        out, body = set(), False
        role = role[:next((m for m in range(1, len(role) - 1) if form_of_address(role[m], role[m + 1])), len(role))]
        while len(role) > 1 and stem_of(role[-1]) in HONORIFICS:
            role = role[:-1]  # «وزير الخارجية الأستاذ X»: the honorific before the name is no part of the role
        for w in role:
            if w.is_word and not stop_word(w) and stem_of(w) not in STYLES:  # (not «معالي»، «سمو»)
                body = body or stem_of(w) in ORG_HEADS
                if not (body and w.norm in ROYAL_TITLES):
                    out.add(stem_of(w))
        return frozenset(out)

    def last(self, before: int, feminine: bool | None = None, plural: bool | None = None,
             strict: bool = False, past_cited: bool = False) -> Speaker | None:
        """The most recent speaker before `before`; with a gender or number, the most recent
        one whose verb agreed (وأضافت skips a man who spoke in between, وأضافوا a single person),
        else (unless strict) the most recent one; `past_cited` skips God and the Prophet. Recent is
        by position: a quote found in a later pass («أفادت X بأن» after the verbs) is older than the
        verbs' quotes after it."""
        fallback = None
        for sp, pos, _, _ in sorted(reversed(self.history), key=lambda entry: entry[1], reverse=True):
            if pos < before and sp.name and not non_agentive(sp.name) and not (past_cited and cited(sp.name)):
                if agrees(sp, feminine, plural):
                    return sp
                fallback = fallback or sp
        return None if strict else fallback

    def resolve_np(self, np: NP, pos: int, trigger_tok: int) -> Speaker:
        art = self.art
        words = without_determiners(np.words)
        if np.name_at >= 0:  # a role and its holder's name read together (apposition.py)
            return self._role_and_name(np)
        role, name = split_role(words, art.entity)
        end = np.words[-1].end
        if role and is_title(words[0]) and ordinary_word(name, art):
            words, name, end = role, [], role[-1].end
        elif role and is_title(words[0]) and no_person_named(name, art):
            name = []
        if related_kind(words, art.entity) is not None:  # «مصدر مقرب من X رئيس …»: X's description goes
            words = through_first_name(words, art.entity)
        kind = kind_of(words, name, art.entity)
        mention = mention_text(art.text, np.words[0].start, end)
        sp = Speaker(speaker_text(words), mention, kind, speaker_text(role), np.words[0].start, end,
                     tuple(np.aliases))
        if len(words) == 1 and (close := self._close_person(words[0], pos)) is not None:
            sp.name, sp.kind = close
            return sp
        if kind == "named":
            self._name_the_named(sp, words, name)
            if sp.name == speaker_text(words) and (apposed := self._apposed(words, pos)):
                sp.name = apposed
        elif kind == "title":
            self._name_the_holder(sp, role or words, np.end, pos, trigger_tok)
        if not sp.name or sp.name == speaker_text(words):
            described = self._described(words, pos)
            if described is not None:
                sp.name, sp.kind = described, "title"
                return sp
        if kind in ("unnamed", "organisation", "group"):
            self._name_the_body(sp, words, len(words) < len(np.words), pos)
        return sp

    def _close_person(self, word: Tok, pos: int) -> tuple[str, str] | None:
        """(name, kind) of a person close to someone written with that one's pronoun («وقال محاميه»،
        «وأكدت والدتها»: `speakers.close_person_parts`): the person the article names by that noun
        (`_relative_named`), else the noun before the owner's name («محامي برونسون»، «والدة X»), the
        owner being the person the pronoun agrees with that the article is about (`_owner`); None
        when no one is clearly meant, or for a peer (`speakers.PEERS`)."""
        parts = close_person_parts(word.text)
        if parts is None or parts[1] not in ("ه", "ها"):
            return None
        noun, suffix = parts
        stem = stem_of(tokenize(noun)[0])
        if stem in PEERS:
            return None
        if (named := self._relative_named(stem, word)) is not None:
            return named, "title"
        owner = self._owner(stem, suffix == "ها", pos)
        return None if owner is None else (f"{noun} {owner}", "group" if stem in FAMILIES else "unnamed")

    def _relative_named(self, stem: str, word: Tok) -> str | None:
        """The one person the article names right after this noun with the same pronoun («محاميه X») or,
        for a relative or counsel (RELATIVES), definite («المحامي X»; not «المستشار X», a judge's
        honorific); None when it names none or several."""
        at = self._stem_positions(stem_of(word))
        if stem in RELATIVES:
            at = at + [k for k in self._stem_positions(stem) if is_definite(self.art.toks[k])]
        names = {key(e.canonical): e.canonical for k in at if (e := self._person_at(k + 1)) is not None}
        return next(iter(names.values())) if len(names) == 1 else None

    def _owner(self, stem: str, feminine: bool, pos: int) -> str | None:
        """Whose the pronoun is: the person the article writes after the bare noun («محامي برونسون», as
        written), else the person of the pronoun's gender named most often in the article (at least
        twice, more than any other) and before `pos`. A «ها» needs a woman known as one (her first name,
        or a feminine verb of hers); a «ه» takes anyone not known as a woman."""
        art, toks = self.art, self.art.toks
        said = [(key(sp.name), sp.feminine) for sp, _, _, _ in self.history]
        women = {k for k, f in said if f is True} - {k for k, f in said if f is False}

        def known_woman(e: Entity) -> bool:
            first = feminine_first_name(e.canonical)
            return key(e.canonical) in women if first is None else first

        persons = [e for e in art.entities if e.label == "PER" and known_woman(e) == feminine]
        written = {art.text[e.start:e.end] for k in self._stem_positions(stem)
                   if not is_definite(toks[k]) and (e := self._person_at(k + 1)) in persons}
        return next(iter(written)) if len(written) == 1 else _most_named(persons, pos)

    def _person_at(self, m: int) -> Entity | None:
        """The recognised person whose name starts at token m, if any."""
        toks = self.art.toks
        e = self.art.entity(toks[m]) if m < len(toks) else None
        return e if e is not None and e.label == "PER" and e.start == toks[m].start else None

    def _name_the_named(self, sp: Speaker, words: list[Tok], name: list[Tok]) -> None:
        """A named speaker's name: its recognised person, or the name words of the phrase."""
        art = self.art
        per = person_words(words, art.entity)
        ent = art.entity(per[0]) if per else None
        if ent is not None and ent.end > words[-1].end:  # «أبي أمام البرلمان»: the name ends inside
            sp.name = speaker_text(per)
        else:
            sp.name = ent.canonical if ent else speaker_text(name)
        if not sp.name and stem_of(words[0]) in QUANTIFIERS:  # «أحد العاملين في المحطة»
            sp.name, sp.kind = speaker_text(words), "unnamed"

    def _apposed(self, words: list[Tok], pos: int) -> str | None:
        """«تلقى خادم الحرمين الشريفين الملك سلمان … . وأعرب خادم الحرمين الشريفين عن …»: an
        epithet the recogniser names no one in is the person the article first apposed it to before
        `pos`, through honorifics or forms of address («X الملك Y»، «X صاحب السمو الأمير Y»), not a
        person with a like honorific named later («… من الملك Z»)."""
        art, toks, n = self.art, self.art.toks, len(words)
        if any(art.label(w) == "PER" for w in words):
            return None
        here = bisect.bisect_left(art.starts, pos)
        if self._first_addressed_name >= here:
            return None  # no person named after an honorific before: nothing to appose
        want = [stem_of(w) for w in words]
        for k in self._stem_positions(want[0]):
            if k + n >= here:
                break
            if [stem_of(t) for t in toks[k:k + n]] != want:
                continue
            m = k + n
            while m < here and toks[m].is_word and stem_of(toks[m]) in ADDRESS:
                m += 1
            e = self._person_at(m) if k + n < m < here else None
            if e is not None:
                return art.text[e.start:e.end]  # (as written: a cluster's canonical may be a kinsman's)
        return None

    def _name_the_holder(self, sp: Speaker, role: list[Tok], end: int, pos: int, trigger_tok: int) -> None:
        """A title's holder: a name later in the phrase, or the person the article links to the role."""
        later = self._name_after(end, trigger_tok)
        if later:
            sp.name, sp.kind = speaker_text(later), "named"
        elif linked := self._link(role, pos) or self._link_last_conjunct(role, pos):
            sp.name = linked

    def _link_last_conjunct(self, role: list[Tok], pos: int) -> str | None:
        """«المدير العام ورئيس هيئة المدينة»: two roles of one holder; the article may name him
        under the last one only («رئيس هيئة المدينة الشيخ X»)."""
        k = max((m for m, w in enumerate(role) if m and "و" in split_proclitics(w.norm)[0] and is_title(w)),
                default=0)
        return self._link(role[k:], pos) if k else None

    def _name_the_body(self, sp: Speaker, words: list[Tok], trimmed: bool, pos: int) -> None:
        """A source's, body's or group's name: its recognised organisation or place, the fuller
        earlier mention a definite (or trimmed) phrase takes up, or its citation form."""
        ent = self.art.entity(words[0])
        if ent is not None and ent.label in ("ORG", "LOC") and ent.end >= words[-1].end - 1 \
                and not runs_into_clause(ent.canonical):
            sp.name = ent.canonical
        elif is_definite(words[0]) or trimmed:
            prior = self._statement_issuer(words, pos) \
                or self._corefer(words, pos, text_too=stem_of(words[0]) in COREFERRING_HEADS)
            if prior is None or normalise(prior) == normalise(speaker_text(words)):
                # an earlier speaker named by these words alone names nothing fuller («وتقول الشركة …
                # . ولم تعلن شركة X … ولكن الشركة قالت»)
                prior = self._named_company(words, pos) or self._named_by_noun(words, pos) or prior
            if prior is not None:
                sp.name = prior
        elif (cited := nominative(words)) is not None:
            sp.name = cited

    def _described(self, words: list[Tok], pos: int) -> str | None:
        """«المهاجم السوري»، «المدرب البرتغالي»: a person described by a definite noun that names
        no body or source and a nationality, left unlinked to any name, is the person last
        quoted by name before `pos`."""
        if len(words) != 2 or not all(is_definite(w) and self.art.entity(w) is None for w in words):
            return None
        head = stem_of(words[0])
        if not nationality(words[1]) or head in COREFERRING_HEADS \
                or not (is_title(words[0]) or is_role_word(words[0].text) or head[:1] == "م" and len(head) in (4, 5)):
            return None  # a person: a title, a role, or an agent noun (المهاجم، المحلل)
        for sp, p, _, is_quote in reversed(self.history):
            if p < pos and is_quote and sp.kind == "named" and sp.mention:
                # «الرئيس الفرنسي» is not the spokeswoman last quoted, nor «نائب الرئيس الفرنسي»:
                # a role of that person's own would say so
                return sp.name if not sp.role or head in _heading_stems(tokenize(sp.role)) else None
        return None

    def _statement_issuer(self, words: list[Tok], pos: int) -> str | None:
        """«وقالت الوزارة في بيان صادر عنها: … . وتابع البيان»: a statement named again is the
        statement of the last overt speaker, when that speaker's sentence mentions it (as its own
        for a document: «وقالت المؤسسة في تقريرها»). So is a letter that speaks («وقالت الرسالة»،
        «وأضافت الرسالة الموجهة»: definite adjectives may follow it) the letter of its sender, and a
        document («وأضاف التقرير»، «وأوضحت الدراسة»، «وكشفت النشرة») the document of the body that
        issued it."""
        w = words[0]
        head = stem_of(w)
        text = head in SPEAKING_TEXTS and all(is_definite(x) and x.cue is None and self.art.entity(x) is None
                                              for x in words[1:])
        if not is_definite(w) or not (text or len(words) == 1 and w.cue is not None and w.cue.kind == NOUN):
            return None
        named = self._issued(head, pos)
        if named is not None:
            return named
        own_only = head in DOCUMENT_NOUNS  # a document the last speaker only spoke of is no document of theirs
        for sp, p, sentence, is_quote in reversed(self.history):
            if p < pos and is_quote and sp.mention:
                a, b = self.art.sent_tok[sentence] if self.art.sentences else (0, len(self.art.toks))
                said = any((owned(self.art.toks, k, head) or not own_only and stem_of(t) == head)
                           and not self.art.speech[k]
                           for k, t in enumerate(self.art.toks[a:b], a) if t.is_word and t.start < p)
                return sp.name if said else None
        return None

    def _issued(self, head: str, pos: int) -> str | None:
        """«أصدرت الوزارة بيانا …»، «… في بيان للجيش»: the body its nearest earlier mention, outside
        quoted speech, names as the statement's issuer; for a document, the one body all its earlier
        mentions name (none when two do: «تقرير أعدته الدائرة … بثت القناة تقريرا … وأضاف التقرير»)."""
        art = self.art
        here = bisect.bisect_left(art.starts, pos)
        opened = head[:-1] + "ت" if head.endswith("ه") else head  # دراسة → دراستها
        forms = (head, head + "ا", opened + "ه", opened + "ها")  # «أصدرت الغرفة تقريرها السنوي»
        earlier = sorted(k for form in forms for k in self._stem_positions(form) if k < here)
        names = {}
        for k in reversed(earlier if head in DOCUMENT_NOUNS else earlier[-1:]):
            np = issuer_after(art, k, art.sentence_limit(k)) or issuer_before(art, k)
            name = self.resolve_np(np, art.toks[np.start].start, np.end).name if np is not None else ""
            if name:
                names.setdefault(key(name), name)
        return next(iter(names.values())) if len(names) == 1 else None

    @cached_property
    def _first_addressed_name(self) -> int:
        """The first token of the first recognised person right after an honorific or a form of
        address (ADDRESS), where `_apposed` may find one; past the last token if there is none."""
        art, toks = self.art, self.art.toks
        return min((m for e in art.entities if e.label == "PER" and (m := art.token_at(e.start)) is not None
                    and m > 0 and toks[m - 1].is_word and stem_of(toks[m - 1]) in ADDRESS), default=len(toks))

    def _stem_positions(self, stem: str) -> list[int]:
        """Token positions of a word stem outside quoted speech, in order."""
        if self._word_stems is None:
            self._word_stems = stems = {}
            speech = self.art.speech
            for k, t in enumerate(self.art.toks):
                if t.is_word and not speech[k]:
                    stems.setdefault(stem_of(t), []).append(k)
        return self._word_stems.get(stem, [])

    def _named_company(self, words: list[Tok], pos: int) -> str | None:
        """«وأكدت الشركة» with no fuller «شركة X» before it: the company whose share or board
        the article last named before `pos` («ارتفع سهم "X"»، «رئيس مجلس إدارة "X"»); none when the
        last share it named has no name we can read («سهم "X" … سهم Y 5% بعدما قالت الشركة»)."""
        if len(words) != 1 or stem_of(words[0]) != COMPANY:
            return None
        here = bisect.bisect_left(self.art.starts, pos)
        last = max((k for st in SHARES | {BOARD[1]} for k in self._stem_positions(st)
                    if here - LOOKBACK_TOKENS <= k < here - 1 and not is_definite(self.art.toks[k])
                    and self._share_or_board(k)), default=None)  # not «ربحية السهم» (earnings per share)
        return None if last is None else self.company_after(last, here)

    def company_after(self, k: int, here: int) -> str | None:
        """The company named right after token k, when k is a share or a board («سهم "X"»،
        «مجلس إدارة X») outside quoted speech, before token `here`."""
        t = self.art.toks[k]
        if self.art.speech[k] or not t.is_word or k + 1 >= here or not self._share_or_board(k):
            return None
        return self._company_name(k + 1, here)

    def _share_or_board(self, k: int) -> bool:
        """Token k is a share («سهم») or the board of «مجلس إدارة»."""
        toks = self.art.toks
        return stem_of(toks[k]) in SHARES or k > 0 and (stem_of(toks[k - 1]), stem_of(toks[k])) == BOARD

    def _named_by_noun(self, words: list[Tok], pos: int) -> str | None:
        """«وقالت الشركة»، «وأكد الموقع»: the one body the article named before `pos` by this noun
        and a proper name right after it («لشركة توشيبا»، «على موقع "X"»); none when it named two."""
        head = stem_of(words[0])
        if len(words) != 1 or head not in NAMED_BY_NOUN:
            return None
        art, toks = self.art, self.art.toks
        here = bisect.bisect_left(art.starts, pos)
        names = {}
        for k in self._stem_positions(head):
            if k + 1 < here - 1 and not is_definite(toks[k]) and art.entity(toks[k]) is None \
                    and (toks[k + 1].text in QUOTE_CHARS or not _common_word(toks[k + 1])) \
                    and (name := self._company_name(k + 1, here)) is not None:
                prefix = split_proclitics(toks[k].norm)[0]
                names.setdefault(key(name), f"{strip_marks(toks[k].text)[len(prefix):]} {name}")
        return next(iter(names.values())) if len(names) == 1 else None

    def _company_name(self, j: int, here: int) -> str | None:
        """The name at token j: an organisation recognised there, or a short run in quotation marks."""
        art, toks = self.art, self.art.toks
        e = art.entity(toks[j])
        if e is not None and e.label == "ORG" and e.start == toks[j].start:
            return e.canonical
        if toks[j].text not in QUOTE_CHARS:
            return None
        for k in range(j + 1, min(here, j + 2 * MAX_COMPANY_WORDS + 2)):
            if toks[k].text in QUOTE_CHARS:
                name = art.text[toks[j].end:toks[k].start].strip()
                return name if 0 < len(name.split()) <= MAX_COMPANY_WORDS else None
        return None

    def _role_and_name(self, np: NP) -> Speaker:
        art = self.art
        role, name = np.words[:np.name_at], np.words[np.name_at:]
        mention = mention_text(art.text, np.words[0].start, np.words[-1].end)
        related = related_kind(np.words, art.entity) if related_kind(role, art.entity) is None else None
        if related is None and stem_of(role[0]) in REGIMES and not is_definite(role[0]):
            related = "organisation"  # «مكتب الرئيس الكوري X» with X unrecognised: still the office
        if related is not None:  # «أوساط قريبة من الرئيس X» (but «مستشار الرئيس X، Y»: Y is the adviser)
            return Speaker(speaker_text(through_first_name(np.words, art.entity)), mention, related, "",
                           np.words[0].start, np.words[-1].end, tuple(np.aliases))
        ent = art.entity(name[0])
        cut_short = ent is not None and ent.end < name[-1].end and len(ent.canonical.split()) < len(name) \
            and all(name_like(w, art.label) for w in name if w.start >= ent.end)  # «علي أكبر» of «علي أكبر ولايتي»
        text = ent.canonical if ent is not None and ent.label == "PER" and ent.end <= name[-1].end \
            and not cut_short else speaker_text(name)
        return Speaker(text, mention, "named", speaker_text(role), np.words[0].start, np.words[-1].end,
                       tuple(np.aliases))

    def _link(self, words: list[Tok], pos: int) -> str | None:
        """The person the article names under a role with all of these words, headed by their first
        title («الرئيس التركي» is not «نائب الرئيس التركي X», whose رئيس is another's)."""
        role, head = self._role_stems(words), next((stem_of(w) for w in words if is_title(w)), None)
        cands = [(n, p, r == role) for r, heads, n, p in self.links
                 if role and role <= r and n and (head is None or head in heads)]
        if not cands:
            return None
        spoken = {key(sp.name): i for i, (sp, *_) in enumerate(self.history)}
        # the last speaker first, then the same role before a wider one («وزير الخارجية»، not
        # «وزير الخارجية الإيطالي»), then the nearest before
        cands.sort(key=lambda c: (spoken.get(key(c[0]), -1), c[2], c[1] if c[1] < pos else -1))
        return cands[-1][0]

    def _corefer(self, words: list[Tok], pos: int, text_too: bool) -> str | None:
        """An earlier, fuller speaker or phrase with the same head and all these modifiers: the
        last such speaker, unless a source was introduced since by an indefinite phrase
        («… قال مصدر عسكري … . وكان مصدر أمني أعلن … . وأضاف المصدر»: the security source)."""
        want = {stem_of(w) for w in words if w.norm not in STOP}
        head = stem_of(words[0])
        self._update_indexes()
        spoken = None
        for sp, p, _, is_quote in reversed(self._by_head.get(head, [])):
            if p < pos and sp.kind != "pronoun" and is_quote:  # a contentless report may hold an object too
                for form in (sp.name, sp.mention):
                    have = key(form).split()
                    if have and have[0] == head and want <= set(have) and len(key(sp.name).split()) >= len(want):
                        spoken = (sp.name, sp.start if sp.start >= 0 else p)
                        break
                if spoken is not None:
                    break
        phrase = self._earlier_phrase(head, want, len(words), pos) \
            if text_too and (spoken is None or head in SOURCE_HEADS) else None  # only a source is re-introduced
        if phrase is not None and (spoken is None or phrase[2] and phrase[1] > spoken[1]):
            return phrase[0]  # an indefinite phrase introduces a new referent, which the definite one takes up
        return spoken[0] if spoken is not None else None

    def _earlier_phrase(self, head: str, want: set[str], n_words: int, pos: int) -> tuple[str, int, bool] | None:
        """The nearest phrase before `pos`, outside quoted speech, opening with `head` and
        holding all of `want` in more than `n_words` words (or the person it follows as an
        apposition); with where it starts and whether it is indefinite (a first mention)."""
        art = self.art
        positions, here = self._stem_positions(head), bisect.bisect_left(art.starts, pos)
        first = bisect.bisect_left(positions, here - LOOKBACK_TOKENS)
        for k in reversed(positions[first:bisect.bisect_left(positions, here)]):
            np = read_np(art.toks, k, min(len(art.toks), k + 14), art.seg_at, art.entity)
            found = body_words(np.words)
            if want <= {stem_of(w) for w in found} and len(found) > n_words:
                holder = self._name_before(k)  # «X، المتحدث باسم الوزارة، …»: the spokesman is X
                name = self._person_name(holder) if holder else speaker_text(found)
                return name, art.toks[k].start, _introduces(found, art.toks[k - 1] if k else None)
        return None


SPEAKING_TEXTS = SENT_NOUNS | DOCUMENT_NOUNS  # letters and documents, with definite adjectives («الرسالة الموجهة»)
OWN_LAM = {_n(w) for w in ("له", "لها", "لهم", "لهما")}  # «في تقرير لها»: a text of its own


def owned(toks: list[Tok], k: int, head: str) -> bool:
    """The noun with stem `head` at token k as someone's own: «تقريرها»، «تقرير لها»."""
    return owned_stem(toks[k]) == head \
        or stem_of(toks[k]) == head and k + 1 < len(toks) and toks[k + 1].norm in OWN_LAM


def _heading_stems(role: list[Tok]) -> frozenset:
    """The stems of a role's words that may head a role of their own: all but a word in construct
    after a bare indefinite title («نائب الرئيس»، «مساعد وزير الخارجية»: the president's, the minister's;
    not after one with a pronoun, «مواطنه المدرب»)."""
    return frozenset(stem_of(w) for m, w in enumerate(role) if w.is_word and not (
        m and _construct_head(role[m - 1]) and "و" not in split_proclitics(w.norm)[0]))


def _construct_head(t: Tok) -> bool:
    """A title that governs the word after it: indefinite, with no pronoun attached (نائب، مساعد)."""
    return is_title(t) and not is_definite(t) and not possessive(t)


def _holder_name(name: list[Tok], art: Context) -> bool:
    """A title's holder is a person the recogniser found, or two words or a hashtag that open
    with a listed first name («ريتشارد لوفال»، «#دونالد_ترمب»), not any phrase after the title."""
    if any(art.label(w) == "PER" for w in name):
        return True
    first = name[0].text if name else ""
    if first.startswith("#"):
        return normalise(first[1:].split("_")[0]) in first_names()
    return len(name) >= 2 and normalise(first) in first_names() and all(art.entity(w) is None for w in name)


def _introduces(words: list[Tok], before: Tok | None) -> bool:
    """An indefinite source phrase that introduces a new person («وكان مصدر أمني أعلن»), not one
    that describes the person or body just named («وهو مسؤول سابق»، «وهي شركة ناشئة»)."""
    pronoun = before is not None and (before.norm in PRONOUN_SUBJECTS or before.norm[1:] in PRONOUN_SUBJECTS
                                      and before.norm[:1] in "وف")
    return not is_definite(words[0]) and stem_of(words[0]) in SOURCE_HEADS and not pronoun


def nationality(w: Tok) -> bool:
    """A definite -ي adjective made from a place the gazetteers list (السوري ← سوريا،
    البرتغالي ← البرتغال، الكرواتي ← كرواتيا)."""
    st = stem_of(w)
    if not is_definite(w) or not st.endswith("ي") or len(st) < 4:
        return False
    base, places = st[:-1], gazetteer_names()
    return any(form in places for form in (base + "يا", base + "ا", "ال" + base)) \
        or len(base) >= 4 and base in places


def _name_words(words: list[Tok], art: Context) -> list[Tok]:
    """A person's name out of the words after a title: at most four words, up to a
    coordinated word (… والرئيس، وقال) unless the recogniser marks it as one name."""
    out: list[Tok] = []
    for w in words:
        if out and w.norm.startswith("و") and art.entity(w) is None:
            break
        out.append(w)
    if ordinary_word(out, art):
        return []
    return out if len(out) <= MAX_PERSON_WORDS or any(art.entity(w) for w in out) else []


POSSESSIVE_MIN = 4  # letters of a noun with its pronoun (حرصه، دعمه، قلقها) read as an object after a title


def ordinary_word(name: list[Tok], art: Context) -> bool:
    """«اقترح الرئيس الفرنسي تعديل …»، «وأكد الرئيس حرصه على …»: one unrecognised word after a title
    that ordinary text uses often, or a noun with a possessive pronoun (`possessive`), and that no
    gazetteer lists as a name is the verb's object, not the holder's name."""
    return len(name) == 1 and art.entity(name[0]) is None and stem_of(name[0]) not in gazetteer_names() \
        and (word_frequencies().get(name[0].norm, 0) >= COMMON or possessive(name[0], POSSESSIVE_MIN))


def no_person_named(name: list[Tok], art: Context) -> bool:
    """Words after a title, more than one, of which none can name a person: a place the recogniser
    found, or a word that ordinary text uses often and no gazetteer lists as a name («نائب محافظ منطقة
    موسكو»). They go on with the role."""
    return len(name) > 1 and all(_no_name_word(w, art) for w in name)


def _common_word(w: Tok) -> bool:
    """A word ordinary text uses often and no gazetteer lists as a name: «شركة تطوير عقاري» is a
    company of some kind, even when the recogniser tags «تطوير عقاري»."""
    return stem_of(w) not in gazetteer_names() and word_frequencies().get(w.norm, 0) >= COMMON


def _no_name_word(w: Tok, art: Context) -> bool:
    e = art.entity(w)
    if e is not None:
        return e.label == "LOC"
    st = stem_of(w)
    return (st not in gazetteer_names() or st.startswith("ال")) and word_frequencies().get(w.norm, 0) >= COMMON


def body_words(words: list[Tok]) -> list[Tok]:
    """An earlier mention of a body or source, without what follows it in its own
    sentence: it stops at a ل/ب phrase on an indefinite noun (الجيش الإسرائيلي لمنزل …)."""
    for k, w in enumerate(words[1:], 1):
        if (has_preposition(w, "ل") or has_preposition(w, "ب")) and not w.norm.startswith(("لل", "بال")):
            return words[:k]
    return words


_APPOSITION = re.compile(r'\s*(?:\(([^()\n]{2,30})\)|["«“]([^"«»“”\n]{2,30})["»”])')


def _appositive_aliases(art: Context) -> dict[str, str]:
    """Short names given in brackets or quotation marks right after a recognised name:
    key of the short form → the name."""
    out: dict[str, str] = {}
    for e in art.entities:
        m = _APPOSITION.match(art.text, e.end)
        if m and e.label in ("PER", "ORG"):
            short = (m.group(1) or m.group(2)).strip()
            if 0 < len(short.split()) <= 3:
                out.setdefault(key(short), e.canonical)
    return out


CATAPHORA_SENTENCES = 3  # how far ahead an antecedent-less pronoun may find its speaker


def forward_speakers(quotes: list[Quote]) -> list[Quote]:
    """A pronoun subject with no antecedent (an article or excerpt that opens «قال فيه إن …»)
    refers to the next speaker named within a few sentences whose verb agrees in gender and number."""
    out = list(quotes)
    for k, q in enumerate(out):
        if q.speaker or q.speaker_kind != "pronoun":
            continue
        mine = cue_of(q.cue) if q.cue else None
        for later in out[k + 1:]:
            if later.sentence_index - q.sentence_index > CATAPHORA_SENTENCES:
                break
            if not later.speaker or later.speaker_kind not in ("named", "title"):
                continue  # «قال فيه» refers to a person
            theirs = cue_of(later.cue) if later.cue else None
            if mine is not None and theirs is not None and (mine.plural is False and theirs.plural is False
                                                            and mine.feminine != theirs.feminine
                                                            or bool(mine.plural) != bool(theirs.plural)):
                continue  # «وأكدوا أن …. وقال اللواء X»: a verb of another gender or number, another subject
            out[k] = replace(q, speaker=later.speaker, speaker_role=later.speaker_role)
            break
    return out


def canonicalise(quotes: list[Quote], art: Context) -> list[Quote]:
    """Give every speaker the fullest form of its name used in the article, collect the
    other forms as aliases, and give each of its quotes the role found at any of them."""
    canon = _canonical_names(quotes, art)
    aliases: dict[str, set[str]] = {}
    roles: dict[str, str] = {}
    for q in quotes:
        c = canon.get(q.speaker, q.speaker)
        for form in (q.speaker, q.speaker_mention, *q.speaker_aliases):
            if form and key(form) != key(c):
                aliases.setdefault(c, set()).add(form)
        if q.speaker_role and q.speaker_kind != "pronoun":
            roles.setdefault(c, q.speaker_role)
    out = []
    for q in quotes:
        c = canon.get(q.speaker, q.speaker)
        out.append(replace(q, speaker=c, speaker_aliases=tuple(sorted(aliases.get(c, ()))),
                           speaker_role=q.speaker_role or roles.get(c, "")))
    return out


def _canonical_names(quotes: list[Quote], art: Context) -> dict[str, str]:
    """Each speaker's canonical name: through an alias the article gives it, the fullest name
    that holds it (an indefinite unnamed source stays a new one)."""
    fullest = _fullest_names(quotes, art)
    also = _appositive_aliases(art)  # «محمود عباس (أبومازن)»، «وكالة الأنباء السورية "سانا"»
    for q in quotes:
        for alias in q.speaker_aliases:
            also.setdefault(key(alias), q.speaker)

    def resolved(name: str) -> str:
        target = also.get(key(name))
        return fullest(target if target and key(target) != key(name) else name)

    canon = {q.speaker: resolved(q.speaker) for q in quotes if q.speaker}
    for q in quotes:  # «وقالت مصادر …»: an indefinite source is a new one, not an earlier speaker
        if q.speaker_kind == "unnamed" and q.speaker_mention and key(q.speaker_mention) == key(q.speaker) \
                and not q.speaker_mention.startswith(("ال", "وال")):
            canon[q.speaker] = q.speaker
    return canon


def _fullest_names(quotes: list[Quote], art: Context) -> Callable[[str], str]:
    """name -> the longest speaker or entity name of the article whose key holds its key (a
    person's name is never completed by an organisation's: a name the recogniser ran into one);
    an honorific and one word with no such name, the person whose recognised name ends in that word. A name
    is never completed by someone else's that holds it («محامي برونسون»، «عائلة X»: `_someone_elses`)."""
    unnamed = {q.speaker for q in quotes if q.speaker_kind == "unnamed"}  # (and a pronoun that refers to one)
    names = [q.speaker for q in quotes if q.speaker and q.speaker not in unnamed]
    names += [e.canonical for e in art.entities if e.label in ("PER", "ORG") and not runs_into_clause(e.canonical)]
    keyed = {n: key(n).split() for n in names}
    persons = {q.speaker for q in quotes if q.speaker_kind in ("named", "title")}
    org_only = {e.canonical for e in art.entities if e.label == "ORG"} - persons \
        - {e.canonical for e in art.entities if e.label == "PER"}
    holding: dict[tuple[str, ...], list[str]] = {}  # word run -> names whose key holds it, in order
    for other, ok in keyed.items():
        if len(ok) <= MAX_NAME_WORDS:
            for run in dict.fromkeys(tuple(ok[i:j]) for i in range(len(ok)) for j in range(i + 1, len(ok) + 1)
                                     if not i or ok[i - 1] not in LOCATING):
                holding.setdefault(run, []).append(other)

    mentions = Counter(e.canonical for e in art.entities)  # the recogniser's mentions, not the speakers' phrases
    people = [e.canonical for e in art.entities if e.label == "PER"]

    def fullest(name: str) -> str:
        k = key(name).split()
        fuller = [o for o in holding.get(tuple(k), ()) if len(keyed[o]) > len(k)
                  and not (name in persons and o in org_only) and not _someone_elses(keyed[o], k)]
        if not fuller and len(k) == 2 and k[0] in HONORIFICS:
            k = k[1:]  # «اللواء الحربي»: the family name of a person named before («سامي الحربي»)
            fuller = [o for o in people if len(keyed[o]) > 1 and keyed[o][-1] == k[0] and keyed[o][-2] not in LINEAGE]
        return max(_most_mentioned(fuller, k, keyed, mentions), key=lambda o: len(keyed[o]), default=name)
    return fullest


def _most_named(persons: list[Entity], pos: int) -> str | None:
    """The one of `persons` (recognised mentions) named most often, at least twice and more than any
    other, as first written before `pos`; None when there is no such person."""
    ranked = Counter(key(e.canonical) for e in persons).most_common(2)
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return next((e.canonical for e in persons if key(e.canonical) == ranked[0][0] and e.start < pos), None)


def _someone_elses(fuller: list[str], words: list[str]) -> bool:
    """The name with key words `fuller` opens with a noun of someone close to the person named after it
    (OTHERS_OF: «محامي X»، «والدة X»، «عائلة X»، «نظير X»), so it is no fuller form of the name with key
    words `words`, unless that opens with the same noun («الوالد» may be «والد X»)."""
    return fuller[0] in OTHERS_OF and (not words or words[0] != fuller[0])


def _most_mentioned(fuller: list[str], k: list[str], keyed: dict[str, list[str]], mentions: Counter) -> list[str]:
    """The fuller names to complete the name `k` from: when it is the surname of several people
    (a surname shared by «جون كيري» and his wife «تيريزا هاينز كيري»), those of the one the
    recogniser found most often, names grouped by their first word in the order the article
    first uses them; otherwise all of them. After a lineage link `k` is a father's name, no
    surname («سلمان» in «محمد بن سلمان»)."""
    groups: dict[str, list[str]] = {}
    for o in fuller:
        if keyed[o][-len(k):] == k and keyed[o][-len(k) - 1] not in LINEAGE:
            groups.setdefault(keyed[o][0], []).append(o)
    if len(groups) < 2:
        return fuller
    return max(groups.values(), key=lambda g: sum(mentions[o] for o in g))


"""The attribution engine: cue → trigger → subject → content → resolved speaker."""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Sequence

from ..doc import Entity, Quote
from ..normalise import normalise, split_proclitics
from ..sentences import Sentence, sentence_at
from .content import (SHORT_QUOTE, COMPLEMENTISERS, PREPOSITIONS_BEFORE_QUOTE, Content, clause_end, content_type,
                      is_complementiser, is_term, trim)
from .cues import NOUN, PARTICIPLE, VERB, Cue, cue_of
from .marks import QUOTE_CHARS, Segment, Tok, attach_tokens, find_segments, tokenize
from .speakers import (COREFERRING_HEADS, DEMONSTRATIVES, HONORIFICS, NP, PRONOUN_SUBJECTS, STOP, has_preposition,
                       is_definite, is_title, key,
                       kind_of, read_np, split_role, stem_of)

_n = normalise
NEGATIONS = {_n(w) for w in ("لم", "لن", "لا", "ما", "ولم", "ولا", "وما", "فلم", "فلا", "عدم", "دون", "بدون")}
LEADING_PARTICLES = {_n(w) for w in ("ولكن", "لكن", "إلا", "الا", "بينما", "فيما", "حيث", "كما", "ثم", "وكان", "كان", "كانت",
                                     "وكانت", "في", "حين", "وقد", "قد", "فقد", "حسب", "بحسب", "وفق", "وفقا", "إذ",
                                     "بل", "وبل", "أما", "وأما", "فإن", "إن", "وإن", "لقد", "ولقد")}
NOT_NEGATING_MA = {_n(w) for w in ("سرعان", "بعد", "قبل", "كل", "ربما", "طالما", "مثل", "حسب", "بحسب", "وفق",
                                   "كما", "وكما", "عند", "بين", "أكثر", "اكثر", "قلما")}
PARENTHETICAL = {_n(w) for w in ("حسب", "بحسب", "وفق", "وفقا", "وفقاً", "كما", "وكما")}
RELATIVES = {_n(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي")}
NON_AGENTIVE = {stem_of_text for stem_of_text in (_n(w) for w in (
    "تقديرات", "تقارير", "معلومات", "أنباء", "مؤشرات", "دلائل", "أرقام", "إحصاءات", "توقعات", "استطلاعات",
    "دراسة", "دراسات", "تقرير"))}
TRANSMIT = {_n(w) for w in ("نقلت", "نقل", "ونقلت", "ونقل", "نقلا", "نقلاً", "تنقل", "ينقل", "وتنقل", "نسبت", "ونسبت")}
MAX_NAME_WORDS = 5  # a longer phrase is a description, never the fullest form of a name
VERB_WINDOW, PARTICIPLE_WINDOW, NOUN_WINDOW = 40, 7, 12


@dataclass
class Speaker:
    name: str
    mention: str
    kind: str
    role: str = ""
    start: int = -1
    end: int = -1
    aliases: tuple[str, ...] = ()
    feminine: bool | None = None  # from the agreement of its verb, when the subject is overt


class _Article:
    """Everything the rules look at for one article."""

    def __init__(self, text: str, sentences: Sequence[Sentence], entities: Sequence[Entity]):
        self.text = text
        self.sentences = list(sentences)
        self.toks = tokenize(text)
        self.starts = [t.start for t in self.toks]
        self.segments = find_segments(text, lambda w: (c := cue_of(w)) is not None and c.kind == VERB)
        attach_tokens(self.segments, self.toks)
        self.seg_at = {s.open: s for s in self.segments}
        self.entities = sorted(entities, key=lambda e: e.start)
        self.ent_starts = [e.start for e in self.entities]
        self.ent_spans = [(e.start, e.end) for e in self.entities]
        self.speech = [False] * len(self.toks)
        for s in self.segments:
            if s.words > 3 or not s.closed:
                for k in range(*s.tokens):
                    self.speech[k] = True
        self.sent_tok = []  # token range of each sentence
        for s in self.sentences:
            self.sent_tok.append((bisect.bisect_left(self.starts, s.start), bisect.bisect_left(self.starts, s.end)))
        self._claimed = bytearray(len(text) + 1)

    def entity(self, tok: Tok) -> Entity | None:
        k = bisect.bisect_right(self.ent_starts, tok.start) - 1
        if k >= 0 and self.entities[k].start <= tok.start < self.entities[k].end:
            return self.entities[k]
        k += 1
        if k < len(self.entities) and tok.start <= self.entities[k].start < tok.end:
            return self.entities[k]
        return None

    def label(self, tok: Tok) -> str | None:
        e = self.entity(tok)
        return e.label if e else None

    def is_claimed(self, pos: int) -> bool:
        return bool(self._claimed[pos])

    def claim(self, a: int, b: int) -> None:
        """Mark text[a:b] as taken by a quote (its cue, subject and content)."""
        self._claimed[a:b] = b"\x01" * (b - a)

    def sentence_limit(self, i: int) -> int:
        s = sentence_at(self.sentences, self.toks[i].start)
        return self.sent_tok[s][1] if self.sentences else len(self.toks)

    # -- triggers -----------------------------------------------------------------------
    def trigger(self, i: int, cue: Cue) -> tuple[str, int] | None:
        """(kind, token index) of what introduces the content of the cue at token i."""
        window = {VERB: VERB_WINDOW, PARTICIPLE: PARTICIPLE_WINDOW, NOUN: NOUN_WINDOW}[cue.kind]
        return self._trigger_from(i + 1, i, cue, self.sentence_limit(i), window)

    def _trigger_from(self, j: int, i: int, cue: Cue, limit: int, window: int) -> tuple[str, int] | None:
        toks = self.toks
        while j < min(limit, i + 1 + window):
            t = toks[j]
            if t.norm in COMPLEMENTISERS and is_complementiser(toks, j):
                return "comp", j
            if t.text == ":":
                return "colon", j
            seg = self.seg_at.get(t.start) if t.text in QUOTE_CHARS else None
            if seg is not None:
                if is_term(seg, toks, self.ent_spans) and not (cue.kind == PARTICIPLE and j == i + 1):
                    j = seg.tokens[1] + 1
                    continue
                if cue.kind == VERB and j == i + 1 and seg.closed and seg.words <= 5:
                    after = self._trigger_from(seg.tokens[1] + 1, i, cue, limit, window)
                    if after is not None and after[0] != "mark":  # ونفى "الصباح" أن …: a quoted name
                        return after
                    k = seg.tokens[1] + 1
                    if after is None and k + 1 < limit and (toks[k].is_word or toks[k].text in "،,"
                                                            and toks[k + 1].is_word and toks[k + 1].cue is None):
                        return None  # وشددت "الشركة …"، بعد …: the subject, and no content follows
                return "mark", j
            if t.text in ".!?؟" or t.text == "\n":
                return None
            if t.is_word and j > i + 1:
                other = t.cue
                if other is not None and other.kind == VERB and not (j == i + 2 and toks[i + 1].norm == _n("قد")) \
                        and not self.negated(j, strict=True) and not self.parenthetical(j) and other.lemma != "نقل":
                    return None
                if other is not None and other.kind == PARTICIPLE and j > i + 2:
                    return None
            if cue.kind == PARTICIPLE and t.is_word and t.norm not in PREPOSITIONS_BEFORE_QUOTE \
                    and j > i + 3:
                return None
            j += 1
        return None

    def negated(self, i: int, strict: bool = False) -> bool:
        """Preceded by a negation (ولم يذكر، عدم ذكر). `strict` leaves out the ambiguous ما."""
        prev = self.toks[i - 1].norm if i > 0 else ""
        if prev not in NEGATIONS:
            return False
        if prev == _n("ما"):
            before = self.toks[i - 2].norm if i > 1 else ""
            if before[:1] in ("و", "ف") and before[1:] in NOT_NEGATING_MA:
                before = before[1:]
            return not strict and before not in NOT_NEGATING_MA
        return True

    def parenthetical(self, i: int) -> bool:
        """«حسب ما نقلت …»، «بحسب قولها»: a source aside, not a report of its own."""
        prev = [self.toks[k].norm for k in range(max(0, i - 2), i)]
        return bool(prev) and (prev[-1] in PARENTHETICAL or prev[-1] == _n("ما") and len(prev) > 1
                               and prev[0] in PARENTHETICAL)


def _non_agentive(name: str) -> bool:
    """«التقديرات»، «بعض التقارير»: reports without an agent are not antecedents of pronouns."""
    return any(w in NON_AGENTIVE for w in key(name).split()[:2])


def _starts_as_object(tok: Tok) -> bool:
    """A word with a possessive suffix (تضامنها، تصميمه) opens an object, not a subject."""
    w = tok.text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
    return len(w) > 3 and (w.endswith(("ها", "هم", "هما", "هن")) or w.endswith("ه") and not w.endswith("له"))


def _speaker_text(words: list[Tok]) -> str:
    return " ".join(w.text for w in words)


class _Resolver:
    """Links mentions to the speakers and names of the article."""

    def __init__(self, art: _Article):
        self.art = art
        # (speaker, char position, sentence, is a quote): quotes and the overt subjects of
        # other report verbs («وأشار المراسل إلى …»), the antecedents of later pronouns.
        self.history: list[tuple[Speaker, int, int, bool]] = []
        self._links: list[tuple[frozenset, str, int]] | None = None

    @property
    def links(self) -> list[tuple[frozenset, str, int]]:
        if self._links is None:  # built on the first title-only mention
            self._links = self._title_links()
        return self._links

    def _title_links(self) -> list[tuple[frozenset, str, int]]:
        """(role stems, name, offset) for every «title + name» or «name + title» phrase."""
        art, out = self.art, []
        for k, t in enumerate(art.toks):
            if not t.is_word or not is_title(t) or t.norm in STOP:
                continue
            if k > 0 and art.toks[k - 1].is_word and is_title(art.toks[k - 1]):
                continue
            np = read_np(art.toks, k, min(len(art.toks), k + 16), art.seg_at, art.entity)
            role, name = split_role(np.words, art.entity)
            if not name:
                name = self._name_after(np.end, min(len(art.toks), np.end + 25))
            if role and name:
                out.append((self._role_stems(role), _speaker_text(name), t.start))
        return out

    def _name_after(self, a: int, b: int) -> list[Tok]:
        """A name introduced later in the phrase by an honorific or a PER entity (… الشيخ محمد …)."""
        toks = self.art.toks
        for k in range(a, b):
            t = toks[k]
            if t.text in ":.؟" or (t.norm in COMPLEMENTISERS):
                return []
            if t.is_word and (stem_of(t) in HONORIFICS or self.art.label(t) == "PER"):
                k0 = k + 1 if stem_of(t) in HONORIFICS else k
                np = read_np(toks, k0, b, self.art.seg_at, self.art.entity)
                return np.words
        return []

    @staticmethod
    def _role_stems(role: list[Tok]) -> frozenset:
        return frozenset(stem_of(w) for w in role if w.is_word and w.norm not in STOP)

    def last(self, before: int, feminine: bool | None = None) -> Speaker | None:
        """The most recent speaker before `before`; with a gender, the most recent one whose
        verb agreed in that gender (وأضافت skips a man who spoke in between)."""
        fallback = None
        for sp, pos, _, _ in reversed(self.history):
            if pos < before and sp.name and not _non_agentive(sp.name):
                if feminine is None or sp.feminine is None or sp.feminine == feminine:
                    return sp
                fallback = fallback or sp
        return fallback

    def resolve_np(self, np: NP, pos: int, trigger_tok: int) -> Speaker:
        art = self.art
        words = [w for w in np.words if w.norm not in DEMONSTRATIVES]
        role, name = split_role(words, art.entity)
        kind = kind_of(words, name, art.entity)
        mention = art.text[np.words[0].start:np.words[-1].end]
        sp = Speaker(_speaker_text(words), mention, kind, _speaker_text(role), np.words[0].start,
                     np.words[-1].end, tuple(np.aliases))
        if kind == "named":
            per = [w for w in words if art.label(w) == "PER"]
            ent = art.entity(per[0]) if per else None
            sp.name = ent.canonical if ent else _speaker_text(name)
        elif kind == "title":
            later = self._name_after(np.end, trigger_tok)
            if later:
                sp.name, sp.kind = _speaker_text(later), "named"
            else:
                linked = self._link(self._role_stems(role or words), pos)
                if linked:
                    sp.name = linked
        elif kind in ("unnamed", "organisation", "group"):
            ent = art.entity(words[0])
            if ent is not None and ent.label in ("ORG", "LOC") and ent.end >= words[-1].end - 1:
                sp.name = ent.canonical
            elif is_definite(words[0]) or len(words) < len(np.words):
                prior = self._corefer(words, pos, text_too=stem_of(words[0]) in COREFERRING_HEADS)
                if prior is not None:
                    sp.name = prior
        return sp

    def _link(self, role: frozenset, pos: int) -> str | None:
        cands = [(n, p) for r, n, p in self.links if role and role <= r and n]
        if not cands:
            return None
        spoken = {key(sp.name): i for i, (sp, *_) in enumerate(self.history)}
        cands.sort(key=lambda c: (spoken.get(key(c[0]), -1), c[1] if c[1] < pos else -1))
        return cands[-1][0]

    def _corefer(self, words: list[Tok], pos: int, text_too: bool) -> str | None:
        """An earlier, fuller speaker or phrase with the same head and all these modifiers."""
        want = {stem_of(w) for w in words if w.norm not in STOP}
        head = stem_of(words[0])
        for sp, p, _, _ in reversed(self.history):
            if p < pos and sp.kind != "pronoun":
                for form in (sp.name, sp.mention):
                    have = key(form).split()
                    if have and have[0] == head and want <= set(have) and len(key(sp.name).split()) >= len(want):
                        return sp.name
        art = self.art
        for k in range(bisect.bisect_left(art.starts, pos) - 1 if text_too else -1, -1, -1):
            t = art.toks[k]
            if t.is_word and stem_of(t) == head and not art.speech[k]:
                np = read_np(art.toks, k, min(len(art.toks), k + 14), art.seg_at, art.entity)
                have = {stem_of(w) for w in np.words}
                if want <= have and len(np.words) > len(words):
                    return _speaker_text(np.words)
        return None


def _subject_before(art: _Article, i: int, stop_at_comma: bool = True) -> NP | None:
    """Subject–verb order: the phrase between the clause start and the verb."""
    toks = art.toks
    s0 = art.sent_tok[sentence_at(art.sentences, toks[i].start)][0] if art.sentences else 0
    j = i - 1
    if not stop_at_comma:  # «…، الذي قال»: the phrase before the comma
        while j >= s0 and toks[j].text in "،,":
            j -= 1
    end = j + 1
    while j >= s0:
        t = toks[j]
        if t.text in "،,.:;؛»”\")" or art.is_claimed(t.start) or art.speech[j]:
            break
        if t.is_word and t.cue is not None and t.cue.kind != NOUN:
            break
        j -= 1
    a = j + 1
    while a < i and (toks[a].norm in LEADING_PARTICLES or toks[a].norm[1:] in LEADING_PARTICLES
                     and toks[a].norm[:1] in "وف" or not toks[a].is_word):
        a += 1
    b = end
    while b > a and toks[b - 1].norm in (_n("قد"), _n("لقد"), _n("وقد")):
        b -= 1
    if a >= b or toks[a].norm in PRONOUN_SUBJECTS or split_proclitics(toks[a].norm)[1] in STOP \
            or toks[a].norm[:1] in "وف" and toks[a].norm[1:] in STOP:
        return None
    if has_preposition(toks[a], "ب") or has_preposition(toks[a], "ل"):
        return None
    np = read_np(toks, a, b, art.seg_at, art.entity)
    if not np.words or np.end < b or len(np.words) > 6:
        return None
    # Without a recognised name, only a known kind of head, or one bare word (ترامب، دمشق),
    # is taken for a subject before the verb.
    first = np.words[0]
    if art.entity(first) is None and stem_of(first) not in COREFERRING_HEADS and not is_title(first) \
            and not (len(np.words) == 1 and not is_definite(first)) and first.norm not in (_n("البعض"),):
        return None
    return np


def _transmitted(art: _Article, i: int, limit: int) -> NP | None:
    """«نقل X عن Y قوله» / «… نقلا عن Y»: the original source Y."""
    toks = art.toks
    s0 = art.sent_tok[sentence_at(art.sentences, toks[i].start)][0] if art.sentences else 0
    for j in range(i - 1, max(s0, i - 25) - 1, -1):
        if toks[j].norm == _n("عن") and any(toks[k].norm in TRANSMIT for k in range(max(s0, j - 8), j)):
            np = read_np(toks, j + 1, limit, art.seg_at, art.entity)
            if np.words:
                return np
    return None


def extract(text: str, sentences: Sequence[Sentence], entities: Sequence[Entity]) -> list[Quote]:
    art = _Article(text, sentences, entities)
    res = _Resolver(art)
    toks = art.toks
    quotes: list[Quote] = []

    def emit(sp: Speaker, cue_tok: Tok | None, c: Content, confidence: float) -> None:
        q = text[c.start:c.end]
        if not q.strip() or not any(ch.isalnum() for ch in q):
            return
        quotes.append(Quote(
            speaker=sp.name, speaker_mention=sp.mention, cue=cue_tok.text if cue_tok else "", type=c.type,
            quote=q, start=c.start, end=c.end, sentence_index=sentence_at(art.sentences, c.start),
            speaker_kind=sp.kind, cue_start=cue_tok.start if cue_tok else -1,
            cue_end=cue_tok.end if cue_tok else -1, speaker_start=sp.start, speaker_end=sp.end,
            speaker_aliases=sp.aliases, speaker_role=sp.role, rule=c.rule, confidence=round(confidence, 2)))
        res.history.append((sp, c.start, quotes[-1].sentence_index, True))

    def same_sentence_speaker(i: int) -> Speaker | None:
        s = sentence_at(art.sentences, toks[i].start)
        for sp, pos, sent, _ in reversed(res.history):
            if sent == s and pos < toks[i].start and sp.name:
                return sp
        return None

    def elided(i: int) -> Speaker:
        fem = toks[i].cue.feminine if toks[i].cue is not None and not toks[i].cue.plural else None
        prev = same_sentence_speaker(i) or governing(i) or _sentence_subject(i) or res.last(toks[i].start, fem)
        if prev is None:
            return Speaker("", "", "pronoun")
        return Speaker(prev.name, "", "pronoun", prev.role, aliases=prev.aliases, feminine=prev.feminine)

    def verb_subject(i: int, j: int) -> NP | None:
        """Verb–subject order: the phrase right after the verb (none when it is an object)."""
        k = i + 1
        while k < j and toks[k].norm in (_n("قد"), _n("أيضا"), _n("ايضا")):
            k += 1
        if k >= j or toks[k].cue is not None or (toks[k].is_word and _starts_as_object(toks[k])) \
                or has_preposition(toks[k], "ب") or has_preposition(toks[k], "ل"):
            return None
        np = read_np(toks, k, j, art.seg_at, art.entity)
        return np if np.words else None

    def governing(i: int) -> Speaker | None:
        """The subject of the nearest report verb earlier in the sentence (participles and
        coordinated verbs share it), or the antecedent of a relative pronoun (…، الذي قال)."""
        s0 = art.sent_tok[sentence_at(art.sentences, toks[i].start)][0] if art.sentences else 0
        k = i - 1
        while k >= s0 and not toks[k].is_word:
            k -= 1
        if k >= s0 and toks[k].norm in RELATIVES:
            np = _subject_before(art, k, stop_at_comma=False)
            if np is not None:
                return res.resolve_np(np, toks[i].start, i)
        for k in range(i - 1, s0 - 1, -1):
            c = toks[k].cue if toks[k].is_word else None
            if c is not None and c.kind == VERB and not art.negated(k):
                np = verb_subject(k, min(i, k + 15)) or _subject_before(art, k)
                if np is not None:
                    return res.resolve_np(np, toks[k].start, i)
        return None

    def _sentence_subject(i: int) -> Speaker | None:
        """For a participle or coordinated verb: a known speaker or a name opening the sentence."""
        s0 = art.sent_tok[sentence_at(art.sentences, toks[i].start)][0] if art.sentences else 0
        opening = [t for t in toks[s0:min(i, s0 + 5)] if t.is_word]
        known = {key(sp.name).split()[-1] for sp, *_ in res.history if sp.name}
        for t in opening[:4]:
            if art.label(t) == "PER" or stem_of(t) in known:
                for sp, *_ in reversed(res.history):
                    if sp.name and stem_of(t) in key(sp.name).split():
                        return Speaker(sp.name, "", "pronoun", sp.role, aliases=sp.aliases)
                e = art.entity(t)
                if e is not None:
                    return Speaker(e.canonical, "", "pronoun")
        return None

    for i, t in enumerate(toks):
        if not t.is_word or art.speech[i] or art.is_claimed(t.start):
            continue
        cue = t.cue
        if cue is None or art.negated(i) or (cue.kind == NOUN and art.parenthetical(i)):
            continue
        trig = art.trigger(i, cue)
        if trig is None:
            if cue.kind == VERB:  # a report without content still introduces its subject
                np = verb_subject(i, min(art.sentence_limit(i), i + 15))
                if np is not None:
                    sp = res.resolve_np(np, t.start, np.end)
                    res.history.append((sp, t.start, sentence_at(art.sentences, t.start), False))
            continue
        kind, j = trig
        limit = art.sentence_limit(i)
        # --- speaker
        object_start = i + 1
        cue_tok = t
        if cue.kind == VERB:
            np = _subject_before(art, i) if not cue.conjunction else None  # SV: «دمشق تعتبر …»
            if np is None:
                np = verb_subject(i, j)
                object_start = np.end if np is not None else i + 1
            via = _transmitted_after(art, np.end if np else i + 1, j, cue.lemma == "نقل")
            if via is not None:
                np = via
                said = [k for k in range(via.end, j) if toks[k].cue is not None and toks[k].cue.kind == NOUN]
                if said:  # نقلت الإذاعة عن X قوله: the cue is قوله
                    cue_tok = toks[said[0]]
            sp = res.resolve_np(np, t.start, j) if np is not None else elided(i)
            if np is not None and not cue.plural:
                sp.feminine = cue.feminine
            rule = "verb"
        elif cue.kind == PARTICIPLE:
            sp = elided(i)
            rule = "participle"
        else:
            via = _transmitted(art, i, j)
            np = via
            if np is None and not t.norm.endswith(("ه", "ها", "هم", "هما")) and i + 1 < j:
                np = read_np(toks, i + 1, j, art.seg_at, art.entity) or None
                np = np if np and np.words else None
            sp = res.resolve_np(np, t.start, j) if np is not None else elided(i)
            rule = "noun"
        # --- content
        c = _content(art, kind, j, limit, object_start)
        if c is None:
            continue
        conf = {"verb": 0.9, "participle": 0.85, "noun": 0.75}[rule] * (0.8 if sp.kind == "pronoun" else 1.0)
        if not sp.name:
            conf *= 0.5
        c.rule = f"{rule}+{kind}:{c.type}"
        emit(sp, cue_tok, c, conf)
        art.claim(t.start, max(c.end, c.segment.close + 1 if c.segment else c.end))
        if c.segment is not None:
            _continuations(art, c.segment, sp, emit)
    _quoted_paragraphs(art, res, emit)
    quotes.sort(key=lambda q: q.start)
    return _canonicalise(quotes, art)


def _transmitted_after(art: _Article, a: int, b: int, transmit_verb: bool) -> NP | None:
    """«… نقلا عن Y» after the subject, or «نقلت X عن Y قوله»: the original source Y."""
    toks = art.toks
    for k in range(a, b - 1):
        if toks[k].norm in (_n("نقلا"), _n("نقلاً")) and toks[k + 1].norm == _n("عن"):
            np = read_np(toks, k + 2, b, art.seg_at, art.entity)
            return np if np.words else None
        if transmit_verb and toks[k].norm == _n("عن"):
            np = read_np(toks, k + 1, b, art.seg_at, art.entity)
            return np if np.words else None
    return None


def _content(art: _Article, kind: str, j: int, limit: int, object_start: int) -> Content | None:
    """The reported content after trigger token j. A quoted fragment that is not introduced
    by a complementiser or colon belongs to the object that starts after the subject
    («تعتبر العقوبات "غير مشروعة"»)."""
    toks, text = art.toks, art.text
    start = j + 1 if kind in ("comp", "colon") else j
    while start < limit and toks[start].norm in PREPOSITIONS_BEFORE_QUOTE and start + 1 < limit \
            and toks[start + 1].text in QUOTE_CHARS:
        start += 1
    if start >= limit:
        return None
    first = toks[start]
    seg = art.seg_at.get(first.start) if first.text in QUOTE_CHARS else None
    has_trig = lambda x: (c := toks[x].cue) is not None and art.trigger(x, c) is not None
    if seg is not None and not is_term(seg, toks, art.ent_spans):
        end_tok = clause_end(toks, start, limit, art.seg_at, has_trig)
        tail = text[seg.close + 1:toks[end_tok - 1].end] if end_tok - 1 >= seg.tokens[1] else ""
        more = any(s.open > seg.close and s.close <= toks[end_tok - 1].end and not is_term(s, toks, art.ent_spans)
                   for s in art.segments[art.segments.index(seg) + 1:art.segments.index(seg) + 4])
        lead = object_start
        while lead < seg.tokens[0] - 1 and (toks[lead].norm in STOP or not toks[lead].is_word):
            lead += 1
        has_object = kind == "mark" and seg.words <= SHORT_QUOTE and lead < seg.tokens[0] - 1
        if ((seg.words > 3 and not more) or kind == "colon" or not any(ch.isalnum() for ch in tail)) \
                and not has_object:
            a, b = trim(text, *seg.inner)
            return Content(a, b, "direct", "", seg) if b > a else None
        k = lead if kind == "mark" else seg.tokens[0] - 1
        a, b = trim(text, toks[k].start, toks[end_tok - 1].end)
        return Content(a, b, "mixed", "")
    end_tok = clause_end(toks, start, limit, art.seg_at, has_trig)
    if end_tok <= start:
        return None
    a, b = trim(text, first.start, toks[end_tok - 1].end)
    if b <= a:
        return None
    typ = "direct" if kind == "colon" else content_type(text, a, b, art.segments, toks, art.ent_spans)
    return Content(a, b, typ, "")


def _continuations(art: _Article, seg: Segment, sp: Speaker, emit) -> None:
    """Quoted segments that directly follow a direct quote continue it («…» «…»)."""
    text = art.text
    while True:
        k = seg.close + 1
        while k < len(text) and (text[k] in " \t،," or text[k] == "و" and k + 1 < len(text) and text[k + 1] in QUOTE_CHARS):
            k += 1
        nxt = art.seg_at.get(k)
        if nxt is None or is_term(nxt, art.toks, art.ent_spans) or art.is_claimed(k):
            return
        a, b = trim(text, *nxt.inner)
        if b > a:
            emit(Speaker(sp.name, "", "pronoun", sp.role, aliases=sp.aliases), None,
                 Content(a, b, "direct", "continuation:direct", nxt), 0.6)
            art.claim(nxt.open, nxt.close + 1)
        seg = nxt


def _quoted_paragraphs(art: _Article, res: _Resolver, emit) -> None:
    """A paragraph that opens with a quotation and has no cue continues the last speaker."""
    text = art.text
    for s in art.segments:
        if art.is_claimed(s.open) or s.words < 4:
            continue
        line_start = text.rfind("\n", 0, s.open) + 1
        if text[line_start:s.open].strip():
            continue
        prev = res.last(s.open)
        if prev is None or not res.history or s.open - res.history[-1][1] > 1500:
            continue
        a, b = trim(text, *s.inner)
        if b > a:
            emit(Speaker(prev.name, "", "pronoun", prev.role, aliases=prev.aliases), None,
                 Content(a, b, "direct", "paragraph:direct", s), 0.5)
            art.claim(s.open, s.close + 1)


def _canonicalise(quotes: list[Quote], art: _Article) -> list[Quote]:
    """Give every speaker the fullest form of its name used in the article, and collect
    the other forms as aliases."""
    from dataclasses import replace
    names = [q.speaker for q in quotes if q.speaker and q.speaker_kind != "unnamed"]
    names += [e.canonical for e in art.entities if e.label in ("PER", "ORG")]
    keyed = {n: key(n).split() for n in names}

    def fullest(name: str) -> str:
        k = key(name).split()
        best = name
        for other, ok in keyed.items():
            if MAX_NAME_WORDS >= len(ok) > len(key(best).split()) and _contains(ok, k):
                best = other
        return best

    canon = {q.speaker: fullest(q.speaker) for q in quotes if q.speaker}
    aliases: dict[str, set[str]] = {}
    for q in quotes:
        c = canon.get(q.speaker, q.speaker)
        for form in (q.speaker, q.speaker_mention, *q.speaker_aliases):
            if form and key(form) != key(c):
                aliases.setdefault(c, set()).add(form)
    out = []
    for q in quotes:
        c = canon.get(q.speaker, q.speaker)
        out.append(replace(q, speaker=c, speaker_aliases=tuple(sorted(aliases.get(c, ())))))
    return out


def _contains(big: list[str], small: list[str]) -> bool:
    n = len(small)
    return n > 0 and any(big[i:i + n] == small for i in range(len(big) - n + 1))

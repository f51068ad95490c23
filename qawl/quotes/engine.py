"""The attribution engine: cue → trigger → subject → content → resolved speaker."""
from __future__ import annotations

import bisect
from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from ..doc import Entity, Quote
from ..normalise import normalise, word_frequencies
from ..sentences import Sentence, sentence_at
from .content import SHORT_QUOTE, PREPOSITIONS_BEFORE_QUOTE, Content, clause_end, content_type, is_term, trim
from .context import OBJECT_FIRST, Context
from .cues import NOUN, PARTICIPLE, VERB
from .marks import QUOTE_CHARS, Segment, Tok
from .according import according_to
from .apposition import extend_to_name
from .plausible import check_speakers
from .resolve import Resolver, Speaker, canonicalise, forward_speakers
from .speakers import COREFERRING_HEADS, NP, ORG_HEADS, feminine_noun, PRONOUN_SUBJECTS, STOP, has_preposition, is_definite, is_title, key, read_np, stem_of
from .subjects import RELATIVES, TIME_WORDS, after_adverbials, starts_as_object, subject_before, transmitted, transmitted_after

_n = lru_cache(maxsize=None)(normalise)  # also used on literals inside loops
AMMA = {_n(w) for w in ("أما", "وأما")}
OBJECTLESS = {"قال", "أضاف", "تابع", "أردف", "استطرد", "زعم", "صرح"}  # lemmas as written in cues.VERBS
BARE_REPORT = {"قال"}  # reports whose content may follow with no complementiser
RESUMPTIVE = {_n(w) for w in ("فيه", "فيها")}  # a report verb in a relative clause on its object
CAME = {_n(w) for w in ("جاء", "ورد")}  # «بيان جاء فيه»، «رسالة ورد فيها»
TIME_ANTECEDENTS = {_n(w) for w in ("الوقت", "اليوم", "الحين", "الأسبوع", "الشهر", "العام")}
CLAUSE_PRONOUNS = {_n(w) for w in ("نحن", "أنا", "هو", "هي", "هم", "إننا", "إنني")}


def extract(text: str, sentences: Sequence[Sentence], entities: Sequence[Entity]) -> list[Quote]:
    """The quotes of one article."""
    art = Context(text, sentences, entities)
    res = Resolver(art)
    toks = art.toks
    quotes: list[Quote] = []

    def emit(sp: Speaker, cue_tok: Tok | None, c: Content, confidence: float) -> None:
        q = text[c.start:c.end]
        if not q.strip() or not any(ch.isalnum() for ch in q):
            return
        quotes.append(Quote(
            speaker=sp.name, speaker_mention=sp.mention, cue=cue_tok.text if cue_tok else "", type=c.type,
            quote=q, start=c.start, end=c.end, sentence_index=sentence_at(art.article_sentences, c.start),
            speaker_kind=sp.kind, cue_start=cue_tok.start if cue_tok else -1,
            cue_end=cue_tok.end if cue_tok else -1, speaker_start=sp.start, speaker_end=sp.end,
            speaker_aliases=sp.aliases, speaker_role=sp.role, rule=c.rule, confidence=round(confidence, 2)))
        res.history.append((sp, c.start, sentence_at(art.sentences, c.start), True))

    def same_sentence_speaker(i: int) -> Speaker | None:
        s = sentence_at(art.sentences, toks[i].start)
        for sp, pos, _, _ in reversed(res.in_sentence(s)):
            if pos < toks[i].start and sp.name:
                return sp
        return None

    def embedded_subject(i: int, shared: Speaker) -> Speaker | None:
        """A participle that disagrees in gender with the sentence's speaker («وقالت إن وودورد
        رسم …، مشيرا إلى أن») belongs to the person who opens the reported clause."""
        c = toks[i].cue
        if c.plural is not False or shared.feminine is None or shared.feminine == c.feminine:
            return None
        s = sentence_at(art.sentences, toks[i].start)
        for sp, pos, _, _ in reversed(res.in_sentence(s)):
            if pos < toks[i].start:
                w = toks[bisect.bisect_left(art.starts, pos)]
                e = art.entity(w)
                if e is not None and e.label == "PER" and e.start == pos:
                    return Speaker(e.canonical, art.text[e.start:e.end], "named", start=e.start, end=e.end,
                                   feminine=c.feminine)
                if rare_name(w):  # a foreign name the recogniser missed or mislabelled
                    return Speaker(w.text, w.text, "named", start=w.start, end=w.end, feminine=c.feminine)
                return None
        return None

    def elided(i: int) -> Speaker:
        """The speaker of a cue without an overt subject. In the same sentence a participle
        or coordinated verb shares its governing subject, mention included (قال بحاح …،
        مضيفا); otherwise, or after a pronoun (إلا أنها كشفت), it is a pronoun reference."""
        cue = toks[i].cue
        fem = cue.feminine if cue is not None and cue.plural is False else None
        plural = cue.plural if cue is not None else None
        shared = topic(i) or same_sentence_speaker(i) or governing(i) or chain_subject(i)
        if shared is not None and shared.mention and not (i > 0 and toks[i - 1].norm in PRONOUN_SUBJECTS):
            return shared
        prev = shared or _sentence_subject(i) or res.last(toks[i].start, fem, plural)
        if prev is None:
            return Speaker("", "", "pronoun")
        return Speaker(prev.name, "", "pronoun", prev.role, aliases=prev.aliases, feminine=prev.feminine,
                       plural=prev.plural)

    def statement_author(a: int, j: int) -> tuple[Tok, NP] | None:
        """A statement noun before the trigger with its author after it (تصريح وزارة …)."""
        for k in range(a, j - 1):
            c = toks[k].cue
            if c is not None and c.kind == NOUN and not starts_as_object(toks[k]):
                np = read_np(toks, k + 1, j, art.seg_at, art.entity)
                if not np.words:
                    return None
                w = np.words[0]  # an author, not an adjective (تصريح خاص، بيان مشترك، تصريح صحفي)
                if nisba_adjective(w, toks[k]) and art.entity(w) is None:
                    return None
                known = art.entity(w) is not None or is_title(w) or stem_of(w) in COREFERRING_HEADS
                return (toks[k], np) if known or is_definite(w) and not w.norm.endswith(("ي", "يه")) else None
        return None

    def verb_subject(i: int, j: int) -> NP | None:
        """Verb–subject order: the phrase right after the verb (none when it is an object)."""
        k = i + 1
        while k < j and toks[k].norm in (_n("قد"), _n("أيضا"), _n("ايضا")):
            k += 1
        if k >= j:
            return None
        k = after_adverbials(art, k, j)
        w = toks[k]
        statement = w.cue is not None and w.cue.kind == NOUN and is_definite(w)  # وأوضح البيان
        if w.cue is not None and w.cue.kind == NOUN and k + 3 < j and stem_of(toks[k + 1]) == _n("صادر") \
                and toks[k + 2].norm == _n("عن"):  # «وقال بيان صادر عن الوزارة»: the issuer
            np = read_np(toks, k + 3, j, art.seg_at, art.entity)
            return np if np.words else None
        cue = toks[i].cue
        # قال takes no direct object: «وقال تريشيه» is a name even though it ends like بلاده
        object_like = w.is_word and starts_as_object(w) and art.entity(w) is None \
            and (cue is None or cue.lemma not in OBJECTLESS)
        if w.cue is not None and not statement and art.label(w) != "PER" or object_like \
                or has_preposition(w, "ب") or has_preposition(w, "ل"):
            return None
        if cue is not None and not cue.feminine and not cue.plural and feminine_noun(w) \
                and art.label(w) != "PER" and not any(art.label(x) == "PER" for x in toks[k + 1:min(j, k + 4)]):
            return None  # «ووصف حكومة السودان بأنها»: a masculine verb, so the feminine noun is its object
            # (but «وقال الداعية X»: a masculine role in -ة before a person's name is the subject)
        np = read_np(toks, k, j, art.seg_at, art.entity)
        if cue is not None and cue.lemma in OBJECT_FIRST and np.end == j and np.words and art.entity(w) is None \
                and not is_title(w) and stem_of(w) not in COREFERRING_HEADS:
            return None  # «ووصف نتائج الحرب بأنها …»: one phrase before بأن is the object
        return np if np.words else None

    def bare_report(i: int) -> tuple[str, int] | None:
        """«وقال الوزير للصحفيين الوضع صعب»: قال with no complementiser; the content is the
        rest of the sentence, recognised only after an addressee or a time word that closes
        the subject and before a definite noun or a pronoun that opens a clause."""
        limit = art.sentence_limit(i)
        np = verb_subject(i, min(limit, i + 15))
        if np is None or np.end >= limit:
            return None
        k = np.end
        while k < min(limit, np.end + 4) and (toks[k].norm in TIME_WORDS or toks[k].text in "،,"
                                               or toks[k].is_word and has_preposition(toks[k], "ل")):
            k += 1  # أمس، للصحفيين، لرويترز
        if k == np.end or k >= limit:
            return None
        w = toks[k]
        opens = w.norm in CLAUSE_PRONOUNS or is_definite(w) and w.norm not in STOP and art.entity(w) is None
        words = sum(1 for t in toks[k:limit] if t.is_word)
        return ("bare", k) if opens and w.cue is None and words >= 3 else None

    def chain_subject(i: int) -> Speaker | None:
        """«وزار الوزير المصنع وأكد أن …»: a coordinated report verb shares the subject of the
        و/ف-verb that opens the sentence (a bare first word may be a headline noun), even when
        that verb is not a report; the subject ends at the first definite noun that cannot
        qualify the one before it."""
        cue = toks[i].cue
        s0 = art.sent_tok[sentence_at(art.sentences, toks[i].start)][0] if art.sentences else 0
        prev = toks[i - 1]
        resumptive = i + 1 < len(toks) and toks[i + 1].norm in RESUMPTIVE
        if cue is None or i - s0 < 2 or not (cue.conjunction or cue.kind == NOUN or prev.norm == _n("ثم")
                                            or prev.cue is not None and prev.cue.kind == NOUN or resumptive):
            return None  # «… وأكد»، «… ثم قال»، «… بيانا قالت فيه»، «أصدر … بيانا جاء فيه»، «تقريرا أكدت فيه»
        verb, head = toks[s0], toks[s0 + 1]
        if not verb.is_word or verb.norm[:1] not in ("و", "ف") or verb.cue is not None or is_definite(verb) \
                or art.entity(verb) is not None or is_title(verb) or verb.norm in STOP or feminine_noun(verb) \
                or not head.is_word \
                or not (is_title(head) or art.label(head) in ("ORG", "PER") or stem_of(head) in ORG_HEADS
                        or is_definite(head) and head.norm not in STOP and head.cue is None):
            return None
        if cue.kind != NOUN and cue.plural is False and cue.feminine is not None and art.label(head) != "PER" \
                and feminine_noun(head) != cue.feminine:
            return None  # «شهدت المدينة احتجاجات وأكد …»: the verbs disagree, so their subjects differ
        words = [head]
        for w in toks[s0 + 2:i]:
            if not w.is_word or w.norm in STOP:
                break
            if art.entity(w) is None and is_definite(words[-1]) and not w.text.endswith(("ي", "ية")):
                break  # «الرئيس المستشفى»: the object
            words.append(w)
        return res.resolve_np(NP(s0 + 1, s0 + 1 + len(words), words), head.start, i)

    def topic(i: int) -> Speaker | None:
        """«أما X … فيصف …»: the topic after أما is the subject of the ف-verb."""
        if toks[i].cue is None or toks[i].cue.conjunction != "ف":
            return None
        s0 = art.sent_tok[sentence_at(art.sentences, toks[i].start)][0] if art.sentences else 0
        if toks[s0].norm not in AMMA or s0 + 1 >= i:
            return None
        np = read_np(toks, s0 + 1, i, art.seg_at, art.entity)
        return res.resolve_np(np, toks[s0 + 1].start, i) if np.words else None

    def governing(i: int) -> Speaker | None:
        """The subject of the nearest report verb earlier in the sentence (participles and
        coordinated verbs share it), or the antecedent of a relative pronoun (…، الذي قال)."""
        s0 = art.sent_tok[sentence_at(art.sentences, toks[i].start)][0] if art.sentences else 0
        k = i - 1
        while k >= s0 and not toks[k].is_word:
            k -= 1
        if k >= s0 and toks[k].norm in RELATIVES:
            np = subject_before(art, k, stop_at_comma=False)
            if np is not None:
                return res.resolve_np(np, toks[i].start, i)
        for k in range(i - 1, s0 - 1, -1):
            c = toks[k].cue if toks[k].is_word else None
            if c is not None and c.kind == VERB and not art.negated(k):
                np = verb_subject(k, min(i, k + 15)) or subject_before(art, k)
                if np is not None:
                    return res.resolve_np(np, toks[k].start, i)
        return None

    def _sentence_subject(i: int) -> Speaker | None:
        """For a participle or coordinated verb: a known speaker or a name opening the sentence."""
        s0 = art.sent_tok[sentence_at(art.sentences, toks[i].start)][0] if art.sentences else 0
        opening = [t for t in toks[s0:min(i, s0 + 5)] if t.is_word]
        known = res.surnames()
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
        if cue is not None and art.label(t) == "PER":
            continue  # دان غيلرمان: a name that is spelt like a verb
        if cue is None or art.negated(i) or (cue.kind == NOUN and art.parenthetical(i)) or art.impersonal(i):
            continue
        trig = art.trigger(i, cue)
        if trig is None and cue.kind == VERB and cue.lemma in BARE_REPORT:
            trig = bare_report(i)
        if trig is None:
            if cue.kind == VERB:  # a report without content still introduces its subject
                np = verb_subject(i, min(art.sentence_limit(i), i + 15))
                if np is not None:
                    sp = res.resolve_np(np, t.start, np.end)
                    sp.feminine, sp.plural = (None if cue.plural else cue.feminine), overt_plural(sp, np, cue.plural)
                    res.history.append((sp, t.start, sentence_at(art.sentences, t.start), False))
            continue
        kind, j = trig
        limit = art.sentence_limit(i)
        # --- speaker
        object_start = i + 1
        cue_tok = t
        if cue.kind == VERB:
            np = subject_before(art, i) if not cue.conjunction else None  # SV: «دمشق تعتبر …»
            # «الرئيس الذي وصف إسرائيل بـ»: the antecedent; «في الوقت الذي قال الوزير»: its own subject
            after_relative = i > 1 and toks[i - 1].norm in RELATIVES and toks[i - 2].norm not in TIME_ANTECEDENTS
            if np is None and not after_relative:
                np = verb_subject(i, j)
                np = extend_to_name(toks, np, j, art.label) if np is not None else None
                object_start = np.end if np is not None else i + 1
            via = transmitted_after(art, np.end if np else i + 1, j, cue.lemma == "نقل")
            if via is not None:
                np = via
                said = [k for k in range(via.end, j) if toks[k].cue is not None and toks[k].cue.kind == NOUN]
                if said:  # نقلت الإذاعة عن X قوله: the cue is قوله
                    cue_tok = toks[said[0]]
            else:
                author = statement_author(np.end if np else i + 1, j)
                if author is not None:  # شكك في تصريح الوزارة بأنه …: the statement's author
                    cue_tok, np = author
            sp = res.resolve_np(np, t.start, j) if np is not None else elided(i)
            if np is not None:
                sp.feminine, sp.plural = (None if cue.plural else cue.feminine), overt_plural(sp, np, cue.plural)
            else:  # an elided subject agrees with its verb too (وقالت → she, وأضافوا → they)
                sp = replace(sp, feminine=None if cue.plural else cue.feminine, plural=cue.plural)
            rule = "verb"
        elif cue.kind == PARTICIPLE:
            sp = elided(i)
            sp = embedded_subject(i, sp) or sp
            rule = "participle"
        else:
            if i + 1 < j and (c2 := toks[i + 1].cue) is not None and c2.kind == VERB:
                continue  # «أصدرت بيانا قالت فيه إن»: the verb after the statement reports it
            via = transmitted(art, i, j)
            np = via
            if np is None and not t.norm.endswith(("ه", "ها", "هم", "هما")) and i + 1 < j \
                    and toks[i + 1].norm not in CAME:  # «بيانا جاء فيه»: no author after the noun
                np = read_np(toks, i + 1, j, art.seg_at, art.entity) or None
                np = np if np and np.words else None
            sp = res.resolve_np(np, t.start, j) if np is not None else elided(i)
            rule = "noun"
        # --- content
        c = _content(art, kind, j, limit, object_start)
        if c is None:
            continue
        conf = {"verb": 0.9, "participle": 0.85, "noun": 0.75}[rule] * (0.8 if sp.kind == "pronoun" else 1.0) \
            * (0.8 if kind == "bare" else 1.0)
        if not sp.name:
            conf *= 0.5
        c.rule = f"{rule}+{kind}:{c.type}"
        emit(sp, cue_tok, c, conf)
        art.claim(t.start, max(c.end, c.segment.close + 1 if c.segment else c.end))
        if c.segment is not None:
            _continuations(art, c.segment, sp, emit)
    _quoted_paragraphs(art, res, emit)
    according_to(art, res, emit)
    quotes.sort(key=lambda q: q.start)
    return check_speakers(canonicalise(forward_speakers(quotes), art), art.entities)


def overt_plural(sp: Speaker, np: NP, verb_plural: bool) -> bool | None:
    """Number of an overt subject: a verb before its subject stays singular (قال مسؤولون), so
    a sound plural head (مسؤولون، المحتجين) says plural and a person's name singular."""
    if verb_plural:
        return True
    head = np.words[0].norm if np.words else ""
    if head.endswith(("ون", "ين")) and len(head) > 4:
        return True
    return False if sp.kind in ("named", "title") else None


def nisba_adjective(w: Tok, noun: Tok) -> bool:
    """An indefinite -ي/-ية word after an indefinite noun qualifies it (تصريح صحفي، بيان رسمي)
    rather than naming its author (تصريح وزير الخارجية)."""
    return not is_definite(w) and not is_definite(noun) and w.norm.endswith(("ي", "يه")) \
        and not noun.norm.endswith(("ه", "ها", "هم"))


def rare_name(w: Tok) -> bool:
    """An indefinite word that ordinary Arabic text hardly uses: most likely a foreign name."""
    return w.is_word and not is_definite(w) and len(w.norm) >= 4 and word_frequencies().get(w.norm, 0) < 20 \
        and w.cue is None


def _content(art: Context, kind: str, j: int, limit: int, object_start: int) -> Content | None:
    """The reported content after trigger token j. A quoted fragment that is not introduced
    by a complementiser or colon belongs to the object that starts after the subject
    («تعتبر العقوبات "غير مشروعة"»)."""
    toks, text = art.toks, art.text
    start = j + 1 if kind in ("comp", "colon") else j
    if kind == "small":  # the small clause ends at a bracket or the next report verb
        limit = next((k for k in range(start + 1, limit) if toks[k].text == "(" or toks[k].cue is not None
                      and toks[k].cue.kind != NOUN), limit)
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
                   for s in art.segments[art.segment_index(seg) + 1:art.segment_index(seg) + 4])
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
    if kind == "colon":  # verbatim speech after a colon runs to the end of its line (a tweet's sentences)
        limit = max(limit, art.line_limit(start))
    end_tok = clause_end(toks, start, limit, art.seg_at, has_trig)
    if end_tok <= start:
        return None
    a, b = trim(text, first.start, toks[end_tok - 1].end)
    if b <= a:
        return None
    typ = "direct" if kind == "colon" else content_type(text, a, b, art.segments, toks, art.ent_spans)
    return Content(a, b, typ, "")


def _continuations(art: Context, seg: Segment, sp: Speaker, emit) -> None:
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


def _quoted_paragraphs(art: Context, res: Resolver, emit) -> None:
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



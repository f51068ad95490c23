"""CRF features. Everything that depends on the word alone is computed once per word
type and cached (for the word itself and for each neighbour offset), so a sentence's
features are mostly list concatenation."""
from __future__ import annotations

import gzip
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Mapping, Sequence

from ..normalise import normalise, split_proclitics, word_frequencies

WINDOW = (-2, -1, 1, 2)
MAX_PHRASE = 6
POSSESSIVE = ("هما", "هم", "هن", "ها", "كم", "نا", "ه")

# Words that announce a name of a given kind (clitic-stripped, normalised).
TRIGGERS = {
    "PER": "رئيس نائب وزير الرئيس الملك الامير الشيخ السيد السيده الدكتور د المستشار الزعيم المتحدث "
           "الناطق السفير القائد الجنرال العقيد اللواء العميد المدرب اللاعب الكاتب الفنان الممثل المغني "
           "الامام البابا المطران الرئيسه الوزير وزيره مدير المدير رئيسه زعيم ملك امير قال قالت اكد "
           "اضاف اوضح صرح ذكر اعلن السناتور النائب عضو المبعوث المرشد المفوض حاكم الحاكم نجم المخرج "
           "الروائي الشاعر الباحث البروفيسور الاستاذ السفيره الملكه الاميره ابن بن ابو ام بنت",
    "ORG": "شركه وكاله منظمه حزب جامعه وزاره مجلس هيئه جمعيه اتحاد حركه جبهه بنك مصرف صحيفه مجموعه "
           "مؤسسه موسسه لجنه محكمه جيش قوات نادي فريق منتدى مركز معهد الشركه الوكاله المنظمه الحزب "
           "الجامعه الوزاره المجلس الهيئه الجمعيه الاتحاد الحركه الجبهه البنك المصرف الصحيفه المجموعه "
           "الموسسه اللجنه المحكمه الجيش القوات النادي الفريق المركز المعهد تلفزيون قناه اذاعه برلمان",
    "LOC": "مدينه محافظه ولايه منطقه قريه بلده عاصمه اقليم جزيره بحر نهر جبل شارع ميناء مطار دوله "
           "المدينه المحافظه الولايه المنطقه القريه البلده العاصمه الاقليم الجزيره البحر النهر الجبل "
           "الشارع الميناء المطار الدوله حي مخيم بلدة جنوب شمال شرق غرب وسط",
}
TRIGGER_OF = {normalise(w): lab for lab, ws in TRIGGERS.items() for w in ws.split()}
# Latin letter names as Arabic writes them; the plain ones are no Arabic word (في، أو، إن، أي are).
PLAIN_LETTER_NAMES = {normalise(w) for w in "بي سي جي دي إف تي كيه إم إل آر إس إكس واي زد دبليو يو إتش كيو".split()}
LETTER_NAMES = PLAIN_LETTER_NAMES | {normalise(w) for w in "إيه أيه إي آي أي إن أن أو في كي".split()}


def is_punct(token: str) -> bool:
    return not any(ch.isalnum() for ch in token)


def core(token: str) -> str:
    """The token without surrounding punctuation (corpus tokens such as '(د' or 'أ)')."""
    start, end = 0, len(token)
    while start < end and not token[start].isalnum():
        start += 1
    while end > start and not token[end - 1].isalnum():
        end -= 1
    return token[start:end] or token


def word_key(token: str) -> str:
    """Normalised word without proclitics: the key of gazetteers and clusters."""
    return split_proclitics(normalise(core(token)))[1]


# Word types whose features are cached, the least recently used dropped first: about 2.6 KB
# each, so 20,000 keep a long-running parser near 50 MB of cache (25,000 made a worker of
# `qawl ingest` some 13 MB bigger). Keeping only the first ones seen instead left a quarter
# of the lookups of a long import to build the features again, twice per document.
CACHE_WORDS = 20_000


@dataclass
class Lexicon:
    """Word-type knowledge learned or listed outside the labelled data: word clusters,
    gazetteer flags per word, and multi-word gazetteer phrases; `entities` are the names of
    the labelled training documents with their labels (a gazetteer of their own)."""
    word_feats: dict[str, tuple[str, ...]] = field(default_factory=dict)
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    entities: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)

    def add_phrase(self, keys: Sequence[str], label: str) -> None:
        keys = tuple(keys)
        if keys and len(keys) <= MAX_PHRASE:
            bucket = self.phrases.setdefault(keys[0], [])
            if (keys, label) not in bucket:
                bucket.append((keys, label))

    def save(self, path: Path) -> None:
        with gzip.open(path, "wt", encoding="utf-8") as f:
            for w, feats in sorted(self.word_feats.items()):
                f.write(f"W\t{w}\t{' '.join(feats)}\n")
            for bucket in self.phrases.values():
                for keys, label in bucket:
                    f.write(f"P\t{label}\t{' '.join(keys)}\n")
            for keys, labels in sorted(self.entities.items()):
                f.write(f"E\t{' '.join(labels)}\t{' '.join(keys)}\n")

    @classmethod
    def load(cls, path: Path) -> "Lexicon":
        lex = cls()
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                kind, a, b = line.rstrip("\n").split("\t")
                if kind == "W":
                    lex.word_feats[a] = tuple(b.split())
                elif kind == "E":
                    lex.entities[tuple(b.split())] = tuple(a.split())
                else:
                    lex.add_phrase(b.split(), a)
        return lex


class PhraseTable:
    """Word-key phrases with their labels, matched longest first from left to right."""

    def __init__(self, labels: Mapping[tuple[str, ...], Sequence[str]]):
        self.labels = labels
        lengths: dict[str, set[int]] = {}
        for phrase in labels:
            lengths.setdefault(phrase[0], set()).add(len(phrase))
        self.lengths = {first: sorted(ns, reverse=True) for first, ns in lengths.items()}

    def match(self, keys: Sequence[str]) -> list[tuple[str, ...]]:
        """For each key, the B-/I- tags of the phrase match covering it (() outside any)."""
        tags: list[tuple[str, ...]] = [()] * len(keys)
        i = 0 if self.lengths else len(keys)
        while i < len(keys):
            n, labels = self._longest(keys, i) if keys[i] in self.lengths else (0, ())
            if n:
                tags[i] = tuple("B-" + lab for lab in labels)
                tags[i + 1:i + n] = [tuple("I-" + lab for lab in labels)] * (n - 1)
                i += n
            else:
                i += 1
        return tags

    def _longest(self, keys: Sequence[str], i: int) -> tuple[int, Sequence[str]]:
        for n in self.lengths.get(keys[i], ()):
            labels = self.labels.get(tuple(keys[i:i + n])) if i + n <= len(keys) else None
            if labels:
                return n, labels
        return 0, ()


def _bucket(n: float) -> str:
    return str(int(math.log2(n + 1)) // 2)


@lru_cache(maxsize=4)
def load_lexicon(path: Path) -> Lexicon:
    """The lexicon file at `path`, read once per process: the recogniser and the quote rules
    (`qawl.quotes.lexicon`) share it, and neither changes it."""
    return Lexicon.load(path)


class Featurizer:
    """Turns token strings into crfsuite feature lists."""

    def __init__(self, lexicon: Lexicon, known: set[str] | None = None):
        """`known`: the attributes a trained model has weights for; the others are dropped
        when a word type is cached (they cannot change a prediction, and cost time)."""
        self.lexicon = lexicon
        self.known = known
        # known features by neighbour offset, unprefixed: unknown ones are never formatted
        self._known_at: dict[int, set[str]] = {o: set() for o in WINDOW}
        for attr in known or ():
            head, sep, rest = attr.partition(":")
            if sep and head.lstrip("-").isdigit() and int(head) in self._known_at:
                self._known_at[int(head)].add(rest)
        self.freq = word_frequencies()
        first_label: dict[tuple[str, ...], tuple[str]] = {}
        for bucket in lexicon.phrases.values():
            for cand, label in bucket:
                first_label.setdefault(cand, (label,))
        self.gazetteer = PhraseTable(first_label)
        self.entities = PhraseTable(lexicon.entities)
        self.word = lru_cache(maxsize=CACHE_WORDS)(self._word)

    def _own(self, token: str) -> tuple[list[str], list[str], list[str]]:
        """(features of the word itself, the subset shown to its next neighbours, the subset
        shown to neighbours two words away)."""
        if is_punct(token):
            f = ["p=" + token]
            return f, f, f
        n = normalise(core(token))
        pro, st = split_proclitics(n)
        lex = list(self.lexicon.word_feats.get(st, ()))
        if not lex and st != n:
            lex = list(self.lexicon.word_feats.get(n, ()))
        trig = TRIGGER_OF.get(n) or TRIGGER_OF.get(st)
        own = ["w=" + n, "s=" + st, "pro=" + pro, "p2=" + st[:2], "p3=" + st[:3],
               "x1=" + st[-1:], "x2=" + st[-2:], "x3=" + st[-3:], "len=" + str(min(len(st), 8))]
        for suf in POSSESSIVE:
            if st.endswith(suf) and len(st) - len(suf) >= 3:
                own.append("ns=" + st[: -len(suf)])
                break
        if st.isdigit():
            own.append("shape=digit")
        elif st.isascii():
            own.append("shape=latin" + ("cap" if st[:1].isupper() else ""))
        elif any(ch.isascii() for ch in st):
            own.append("shape=mixed")
        fq = self.freq.get(n, 0)
        own.append("fq=" + _bucket(fq))
        if not pro.endswith("ال") and len(st) > 2:
            with_al = self.freq.get("ال" + st, 0)
            own.append("al=" + ("none" if with_al == 0 else "low" if with_al * 4 < fq else "high"))
        if trig:
            own.append("trig=" + trig)
        own += lex
        shown = ["w=" + n, "s=" + st] + lex + (["trig=" + trig] if trig else [])
        near = shown + ["pro=" + pro, "x2=" + st[-2:]] + [f for f in own if f.startswith(("shape=", "fq=", "al="))]
        return own, near, shown

    def is_first_name(self, key: str) -> bool:
        """The word key is listed as a person's first name (gazetteer)."""
        return "gz=pername1" in self.lexicon.word_feats.get(key, ())

    def flags(self, key: str) -> tuple[str, ...]:
        """The word key's lexicon features (gazetteer flags such as gz=country, clusters)."""
        return self.lexicon.word_feats.get(key, ())

    def clear_cache(self) -> None:
        self.word.cache_clear()

    def _word(self, token: str) -> tuple[list[str], dict[int, list[str]], str]:
        """(own features, features shown at each neighbour offset, matching key) of a word
        type; `word` is this, cached."""
        own, near, far = self._own(token)
        if self.known is None:
            shown = {o: [f"{o}:{x}" for x in (near if abs(o) == 1 else far)] for o in WINDOW}
        else:
            own = [f for f in own if f in self.known]
            shown = {o: [f"{o}:{x}" for x in (near if abs(o) == 1 else far) if x in self._known_at[o]]
                     for o in WINDOW}
        return own, shown, token if is_punct(token) else word_key(token)

    def phrase_tags(self, keys: Sequence[str]) -> list[str]:
        """Longest gazetteer phrase matches as B-/I- tags ('' outside any match; a phrase
        listed with several labels takes the first)."""
        return [t[0] if t else "" for t in self.gazetteer.match(keys)]

    def keys(self, tokens: Sequence[str]) -> list[str]:
        """Matching keys (clitic-stripped normalised words; punctuation as is) of the tokens."""
        return [self.word(t)[2] for t in tokens]

    def _entity_feats(self, keys: Sequence[str]) -> list[list[str]] | None:
        """Training-name gazetteer features of each word and its neighbours (None: no match)."""
        tags = self.entities.match(keys) if self.entities.lengths else ()
        if not any(tags):
            return None
        out = []
        for i, ts in enumerate(tags):
            f = ["t=" + t for t in ts]
            if i > 0:
                f += ["-1:t=" + t for t in tags[i - 1]]
            if i + 1 < len(tags):
                f += ["1:t=" + t for t in tags[i + 1]]
            out.append(f)
        return out

    def sentence(self, tokens: Sequence[str]) -> list[list[str]]:
        """Feature lists for one sentence."""
        cached = [self.word(t) for t in tokens]
        keys = [c[2] for c in cached]
        n = len(tokens)
        gaz = self.phrase_tags(keys)
        ents = self._entity_feats(keys)
        out = []
        for i in range(n):
            f = ["bias"] + cached[i][0]
            for o in WINDOW:
                j = i + o
                if 0 <= j < n:
                    f += cached[j][1][o]
                elif o in (-1, 1):
                    f.append("BOS" if o < 0 else "EOS")
            bigrams = []
            if i > 0:
                bigrams.append("bg-=" + keys[i - 1] + "|" + keys[i])
            if i + 1 < n:
                bigrams.append("bg+=" + keys[i] + "|" + keys[i + 1])
            f += bigrams if self.known is None else [b for b in bigrams if b in self.known]
            if gaz[i]:
                f.append("g=" + gaz[i])
            if i > 0 and gaz[i - 1]:
                f.append("-1:g=" + gaz[i - 1])
            if i + 1 < n and gaz[i + 1]:
                f.append("1:g=" + gaz[i + 1])
            if ents:
                f += ents[i]
            out.append(f)
        return out

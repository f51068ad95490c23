"""Human corrections of a parse, kept apart from the machine's output.

A correction is keyed by an article id and character offsets (a quote's start/end, an
entity mention's start/end), never by a row of the parse, so it still applies after the
pipeline changes and the article is parsed again. A correction finds its quote or mention
by exact offsets, else by the span that overlaps it most (at least half of the longer of
the two spans); one that finds nothing is kept and reported (`Applied.unmatched`).

Speaker identity corrections (merge, rename, split) are archive-wide: their `article_id`
is "" and they name speakers by `qawl.quotes.speaker_key`, so they apply to every article,
stored now or later. Undo is deleting a correction; corrections apply in the order given
(the order they were made), a later one overriding an earlier one on the same span."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Mapping, Sequence

from .doc import LABELS, QUOTE_TYPES, Article, Entity, Quote
from .quotes import speaker_key

SET_SPEAKER, SET_TYPE, REJECT_QUOTE, ADD_QUOTE = "set_speaker", "set_type", "reject_quote", "add_quote"
SET_LABEL, ADD_ENTITY = "set_label", "add_entity"
MERGE_SPEAKERS, RENAME_SPEAKER, SPLIT_SPEAKER = "merge_speakers", "rename_speaker", "split_speaker"
QUOTE_KINDS = (SET_SPEAKER, SET_TYPE, REJECT_QUOTE, ADD_QUOTE)
IDENTITY_KINDS = (MERGE_SPEAKERS, RENAME_SPEAKER, SPLIT_SPEAKER)
ENTITY_KINDS = (SET_LABEL, ADD_ENTITY)
KINDS = QUOTE_KINDS + ENTITY_KINDS + IDENTITY_KINDS
NOT_AN_ENTITY = ""          # the label of a SET_LABEL that removes the entity
HUMAN_RULE = "human"        # the `rule` of a quote a human added


class CorrectionError(ValueError):
    """A correction that cannot be made; `str(error)` says why, for the user."""


@dataclass(frozen=True)
class Correction:
    """One human change. `data` holds what the kind needs (see the constructors below);
    `id`, `author` and `created_at` are set by the store."""
    kind: str
    article_id: str = ""
    start: int = -1
    end: int = -1
    data: Mapping[str, Any] = field(default_factory=dict, hash=False)
    id: int | None = None
    author: str = ""
    created_at: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise CorrectionError(f"unknown kind of correction: {self.kind}")
        if (self.kind in IDENTITY_KINDS) != (not self.article_id):
            raise CorrectionError("speaker identity corrections are archive-wide; the others need an article")
        if self.article_id and self.kind != ADD_QUOTE and not 0 <= self.start < self.end:
            raise CorrectionError(f"the span {self.start}–{self.end} is empty")

    @property
    def is_identity(self) -> bool:
        return self.kind in IDENTITY_KINDS


def _required(value: str, what: str) -> str:
    value = " ".join((value or "").split())
    if not value:
        raise CorrectionError(f"{what} is empty")
    return value


def set_speaker(article_id: str, start: int, end: int, name: str, kind: str = "") -> Correction:
    """The quote at start–end was said by `name` (`kind`: named, title, organisation …)."""
    return Correction(SET_SPEAKER, article_id, start, end, {"name": _required(name, "the speaker"), "kind": kind})


def set_type(article_id: str, start: int, end: int, type: str) -> Correction:
    if type not in QUOTE_TYPES:
        raise CorrectionError(f"a quote is {', '.join(QUOTE_TYPES)}, not {type}")
    return Correction(SET_TYPE, article_id, start, end, {"type": type})


def reject_quote(article_id: str, start: int, end: int) -> Correction:
    """The span at start–end is not a quote."""
    return Correction(REJECT_QUOTE, article_id, start, end)


def add_quote(article: Article, start: int, end: int, cue: tuple[int, int], speaker: str,
              type: str = "indirect", speaker_kind: str = "") -> Correction:
    """A quote the machine missed: content text[start:end], cue text[cue[0]:cue[1]]
    ((-1, -1) when there is none); its sentence is the one the content starts in."""
    if type not in QUOTE_TYPES:
        raise CorrectionError(f"a quote is {', '.join(QUOTE_TYPES)}, not {type}")
    if not 0 <= start < end <= len(article.text) or not article.text[start:end].strip():
        raise CorrectionError("mark the words of the quote")
    if cue != (-1, -1) and not (0 <= cue[0] < cue[1] <= len(article.text) and (cue[1] <= start or cue[0] >= end)):
        raise CorrectionError("the cue must be words outside the quote")
    return Correction(ADD_QUOTE, article.id, start, end,
                      {"cue_start": cue[0], "cue_end": cue[1], "speaker": _required(speaker, "the speaker"),
                       "type": type, "speaker_kind": speaker_kind})


def set_label(article_id: str, start: int, end: int, label: str) -> Correction:
    """The entity of the mention at start–end is a `label` (NOT_AN_ENTITY: no entity)."""
    if label not in LABELS + (NOT_AN_ENTITY,):
        raise CorrectionError(f"an entity is {', '.join(LABELS)} or not an entity, not {label}")
    return Correction(SET_LABEL, article_id, start, end, {"label": label})


def add_entity(article: Article, start: int, end: int, label: str, canonical: str = "") -> Correction:
    """A mention the machine missed: text[start:end] is a `label` entity called `canonical`
    (default: the words as written)."""
    if label not in LABELS:
        raise CorrectionError(f"an entity is {', '.join(LABELS)}, not {label}")
    if not 0 <= start < end <= len(article.text) or not article.text[start:end].strip():
        raise CorrectionError("mark the words of the entity")
    name = " ".join((canonical or article.text[start:end]).split())
    return Correction(ADD_ENTITY, article.id, start, end, {"label": label, "canonical": name})


def merge_speakers(names: Sequence[str], into: str) -> Correction:
    """Every speaker called one of `names` (in any article) is `into`."""
    keys = sorted({speaker_key(n) for n in names} - {speaker_key(into), ""})
    if not keys:
        raise CorrectionError("choose a speaker other than the one to merge into")
    return Correction(MERGE_SPEAKERS, data={"keys": keys, "name": _required(into, "the speaker")})


def rename_speaker(names: Sequence[str], name: str) -> Correction:
    """The speaker known by `names` (every spelling of one identity) is called `name`."""
    keys = sorted({speaker_key(n) for n in names} - {""})
    if not keys:
        raise CorrectionError("choose the speaker to rename")
    return Correction(RENAME_SPEAKER, data={"keys": keys, "name": _required(name, "the new name")})


def split_speaker(name: str) -> Correction:
    """`name` is a speaker of its own: undo a merge that took it into another identity."""
    return Correction(SPLIT_SPEAKER, data={"key": speaker_key(_required(name, "the speaker")), "name": name})


# ---------- applying ----------

@dataclass(frozen=True)
class Applied:
    article: Article
    unmatched: tuple[Correction, ...]


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Shared characters over the longer span's length (1.0 for the same span)."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return max(shared, 0) / max(a[1] - a[0], b[1] - b[0], 1)


def find_span(spans: Sequence[Quote | Entity], start: int, end: int) -> int | None:
    """Index of the span at start–end, else of the one overlapping it most (≥ half)."""
    best, best_overlap = None, 0.5
    for i, s in enumerate(spans):
        if (s.start, s.end) == (start, end):
            return i
        o = overlap((s.start, s.end), (start, end))
        if o >= best_overlap and (best is None or o > best_overlap):
            best, best_overlap = i, o
    return best


def speaker_names(corrections: Iterable[Correction]) -> dict[str, str]:
    """speaker key -> the name a human gave it, from the identity corrections in order.
    A merge follows earlier ones (A into B, then B into C: A is C); a split takes its key
    out of every earlier merge or rename."""
    names: dict[str, str] = {}
    for c in corrections:
        if c.kind == SPLIT_SPEAKER:
            names.pop(c.data["key"], None)
        elif c.kind in (MERGE_SPEAKERS, RENAME_SPEAKER):
            keys = set(c.data["keys"])
            for k, name in list(names.items()):
                if speaker_key(name) in keys:
                    names[k] = c.data["name"]
            names.update({k: c.data["name"] for k in keys})
    return names


def apply(article: Article, corrections: Iterable[Correction]) -> Applied:
    """The article as corrected, and the corrections of it that matched nothing.
    Corrections of other articles are ignored; identity corrections apply to every one."""
    corrections = [c for c in corrections if c.is_identity or c.article_id == article.id]
    quotes, entities, unmatched = list(article.quotes), list(article.entities), []
    for c in corrections:
        if c.kind in QUOTE_KINDS:
            done = _apply_quote(article, quotes, c)
        elif c.kind == SET_LABEL:
            done = _apply_label(entities, c)
        elif c.kind == ADD_ENTITY:
            done = _add_entity(article, entities, c)
        else:
            continue
        if not done:
            unmatched.append(c)
    names = speaker_names(c for c in corrections if c.is_identity)
    quotes = [_renamed(q, names) for q in quotes]
    corrected = replace(article, quotes=tuple(quotes), entities=tuple(entities))
    return Applied(corrected, tuple(unmatched))


def apply_corrections(article: Article, corrections: Iterable[Correction]) -> Article:
    """The article as corrected (see `apply` for what did not match)."""
    return apply(article, corrections).article


def _apply_quote(article: Article, quotes: list[Quote], c: Correction) -> bool:
    if c.kind == ADD_QUOTE:
        quote = added_quote(article, c)
        if quote is None:
            return False
        quotes[:] = [q for q in quotes if overlap((q.start, q.end), (c.start, c.end)) < 0.5]
        quotes.append(quote)
        quotes.sort(key=lambda q: (q.start, q.end))
        return True
    i = find_span(quotes, c.start, c.end)
    if i is None:
        return False
    if c.kind == REJECT_QUOTE:
        del quotes[i]
    elif c.kind == SET_TYPE:
        quotes[i] = replace(quotes[i], type=c.data["type"], corrected=True)
    else:
        quotes[i] = replace(quotes[i], speaker=c.data["name"], speaker_aliases=(), corrected=True,
                            speaker_kind=c.data.get("kind") or quotes[i].speaker_kind)
    return True


def added_quote(article: Article, c: Correction) -> Quote | None:
    """The Quote an ADD_QUOTE correction describes; None when its offsets do not fit the text."""
    text, cue = article.text, (c.data["cue_start"], c.data["cue_end"])
    if not 0 <= c.start < c.end <= len(text) or cue[1] > len(text):
        return None
    sentence = next((s.index for s in article.sentences if s.start <= c.start < s.end), None)
    if sentence is None:
        return None
    return Quote(speaker=c.data["speaker"], speaker_mention="", cue=text[cue[0]:cue[1]] if cue[0] >= 0 else "",
                 type=c.data["type"], quote=text[c.start:c.end], start=c.start, end=c.end,
                 sentence_index=sentence, speaker_kind=c.data.get("speaker_kind", ""),
                 cue_start=cue[0], cue_end=cue[1], rule=HUMAN_RULE, confidence=1.0, corrected=True)


def _apply_label(entities: list[Entity], c: Correction) -> bool:
    """Relabel (or remove) every mention of the entity whose mention is at c's span."""
    i = find_span(entities, c.start, c.end)
    if i is None:
        return False
    target = (entities[i].canonical, entities[i].label)
    label = c.data["label"]
    entities[:] = [e if (e.canonical, e.label) != target else replace(e, label=label, corrected=True)
                   for e in entities if label != NOT_AN_ENTITY or (e.canonical, e.label) != target]
    return True


def _add_entity(article: Article, entities: list[Entity], c: Correction) -> bool:
    """Insert the mention in text order, replacing the mentions it overlaps."""
    sentence = next((s.index for s in article.sentences if s.start <= c.start < s.end), None)
    if sentence is None or c.end > len(article.text):
        return False
    entities[:] = [e for e in entities if e.end <= c.start or e.start >= c.end]
    entities.append(Entity(article.text[c.start:c.end], c.data["canonical"], c.data["label"], c.start, c.end,
                           sentence, corrected=True))
    entities.sort(key=lambda e: (e.start, e.end))
    return True


def _renamed(quote: Quote, names: Mapping[str, str]) -> Quote:
    name = names.get(speaker_key(quote.speaker)) if names else None
    if name is None or name == quote.speaker:
        return quote
    return replace(quote, speaker=name, speaker_aliases=(), corrected=True)

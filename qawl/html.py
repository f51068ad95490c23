"""HTML for highlighted Arabic text, built from character offsets.

Article text is untrusted: every piece of it (and every label or tooltip) is escaped with
`html.escape`; only the tags written here are markup. Offsets are into the original text."""
from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .doc import Article

ENTITY_COLOURS = {"PER": "#ffd6a5", "ORG": "#bde0fe", "LOC": "#caffbf", "MISC": "#e4c1f9"}
PART_COLOURS = {"speaker": "#ffd6a5", "cue": "#ffadad", "content": "#fdffb6"}

CORRECTED_MARK = "✎"   # shown where a reader corrected the machine (qawl.corrections)
CSS = """
<style>
.qawl-rtl { direction: rtl; text-align: right; unicode-bidi: isolate;
  font-family: "Noto Naskh Arabic", "Amiri", "Noto Sans Arabic", "Arial", serif;
  font-size: 1.15rem; line-height: 2; white-space: pre-wrap; }
.qawl-heading { white-space: normal; line-height: 1.6; }
.qawl-note { font-size: .65em; font-weight: normal; opacity: .7; }
/* pastel highlights keep dark text, so they read the same in the light and the dark theme;
   padding would break letter joining */
.qawl-rtl mark { border-radius: .3em; padding: 0; color: #1b1b1b; }
.qawl-ent-PER { background: %(PER)s; } .qawl-ent-ORG { background: %(ORG)s; }
.qawl-ent-LOC { background: %(LOC)s; } .qawl-ent-MISC { background: %(MISC)s; }
.qawl-corrected { outline: 1px dashed #555; outline-offset: 1px; }
.qawl-quote { background: transparent; text-decoration: underline 2px #c0392b; text-underline-offset: .45em; }
.qawl-tag { font-size: .7em; background: #c0392b; color: #fff; border-radius: .4em;
  padding: 0 .4em; margin-inline-end: .3em; white-space: nowrap; vertical-align: .15em; }
.qawl-part-speaker { background: %(speaker)s; } .qawl-part-cue { background: %(cue)s; }
.qawl-part-content { background: %(content)s; }
.qawl-legend { display: flex; flex-wrap: wrap; gap: .6em; font-size: .9rem; }
.qawl-legend mark { border-radius: .3em; padding: 0 .4em; color: #1b1b1b; }
.qawl-card { border: 1px solid rgba(128, 128, 128, .35); border-radius: .5em; padding: .4em .8em; margin: .4em 0; }
.qawl-meta { font-size: .8rem; opacity: .7; white-space: normal; }
.qawl-more summary { cursor: pointer; font-size: .8rem; opacity: .8; }
.qawl-context { opacity: .65; }
.qawl-kwic { border-collapse: collapse; width: 100%%; white-space: normal; font-size: 1.05rem; }
.qawl-kwic td { padding: .15em .4em; border-bottom: 1px solid rgba(128, 128, 128, .2); vertical-align: top; }
.qawl-kwic-before { text-align: left; width: 38%%; } .qawl-kwic-after { text-align: right; width: 38%%; }
.qawl-kwic-match { text-align: center; white-space: nowrap; font-weight: bold; }
.qawl-kwic a { color: inherit; text-decoration: none; }
.qawl-kwic-source { font-size: .75rem; opacity: .7; width: 14%%; }
.qawl-table { border-collapse: collapse; width: 100%%; font-size: 1rem; line-height: 1.6;
  font-family: "Noto Naskh Arabic", "Amiri", "Noto Sans Arabic", "Arial", sans-serif; }
.qawl-table th { text-align: start; font-weight: 600; font-size: .85rem; opacity: .75; }
.qawl-table td[dir="auto"] { text-align: start; }
.qawl-table th, .qawl-table td { padding: .2em .5em; border-bottom: 1px solid rgba(128, 128, 128, .25); }
.qawl-table .qawl-num { text-align: end; white-space: nowrap; font-variant-numeric: tabular-nums; }
.qawl-table a { color: inherit; }
.qawl-scroll { overflow-y: auto; }
.qawl-stats { display: flex; flex-wrap: wrap; gap: 1rem 2rem; margin: .5rem 0; }
.qawl-stats > div { flex: 1 1 8rem; }
.qawl-stat-label { font-size: .875rem; opacity: .75; }
.qawl-stat-value { font-size: 2.25rem; line-height: 1.3; font-variant-numeric: tabular-nums; }
.qawl-target { outline: 2px solid #c0392b; border-radius: .3em; scroll-margin-top: 5rem; }
.qawl-chart { direction: ltr; overflow-x: auto; }
.qawl-chart svg { max-width: 100%%; height: auto; }
.qawl-chart [role="graphics-symbol"]:hover { opacity: .75; }
</style>
""" % {**ENTITY_COLOURS, **PART_COLOURS}


@dataclass(frozen=True)
class Mark:
    """A span to wrap: `css` is the class, `tag` a visible label placed at its start,
    `title` the tooltip."""
    start: int
    end: int
    css: str
    tag: str = ""
    title: str = ""


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _non_overlapping(marks: Iterable[Mark], start: int, end: int) -> list[Mark]:
    """Marks clipped to [start, end), earliest first, longer first on ties; a mark that
    overlaps one already kept is dropped."""
    kept: list[Mark] = []
    for m in sorted(marks, key=lambda m: (m.start, -(m.end - m.start))):
        s, e = max(m.start, start), min(m.end, end)
        if s >= e or (kept and s < kept[-1].end):
            continue
        kept.append(Mark(s, e, m.css, m.tag if s == m.start else "", m.title))
    return kept


def _open(mark: Mark, element: str) -> str:
    title = f' title="{_esc(mark.title)}"' if mark.title else ""
    tag = f'<span class="qawl-tag">{_esc(mark.tag)}</span>' if mark.tag else ""
    return f'{tag}<{element} class="{_esc(mark.css)}"{title}>'


def marked(text: str, marks: Iterable[Mark], start: int = 0, end: int | None = None,
           inner: Sequence[Mark] = (), element: str = "mark") -> str:
    """Escaped HTML of text[start:end] with each mark wrapped in `element`; `inner` marks
    are highlighted inside and between them, split where they cross an outer boundary."""
    end = len(text) if end is None else end

    def plain(s: int, e: int) -> str:
        return marked(text, inner, s, e) if inner else _esc(text[s:e])

    out: list[str] = []
    pos = start
    for m in _non_overlapping(marks, start, end):
        out += [plain(pos, m.start), _open(m, element), plain(m.start, m.end), f"</{element}>"]
        pos = m.end
    out.append(plain(pos, end))
    return "".join(out)


def entity_marks(article: Article, labels: dict[str, str] | None = None,
                 only: str | None = None) -> list[Mark]:
    """One mark per entity mention, classed by label; `only` keeps one canonical entity."""
    labels = labels or {}
    return [Mark(e.start, e.end, f"qawl-ent-{e.label}" + (" qawl-corrected" if e.corrected else ""),
                 title=f"{labels.get(e.label, e.label)} · {e.canonical}" + (f" · {CORRECTED_MARK}" if e.corrected else ""))
            for e in article.entities if only is None or e.canonical == only]


def quote_marks(article: Article) -> list[Mark]:
    """One underlined mark per quote, tagged with its speaker."""
    return [Mark(q.start, q.end, "qawl-quote", tag=(q.speaker or "?") + (f" {CORRECTED_MARK}" if q.corrected else ""),
                 title=f"{q.speaker} · {q.cue} · {q.type}") for q in article.quotes]


def rtl_block(body_html: str, extra_class: str = "") -> str:
    """Wrap already-escaped HTML in a right-to-left Arabic block."""
    cls = f"qawl-rtl {extra_class}".strip()
    return f'<div class="{cls}" dir="rtl" lang="ar">{body_html}</div>'


def article_html(article: Article, *, entities: bool = True, quotes: bool = True,
                 labels: dict[str, str] | None = None, target: tuple[int, int] | None = None) -> str:
    """The whole article as RTL HTML: quotes underlined with a speaker tag, entity
    mentions highlighted by type inside and outside them; the `target` span (a sentence
    a search hit points to) is outlined and has the id "qawl-target"."""
    ents = entity_marks(article, labels) if entities else []

    def part(start: int, end: int) -> str:
        if quotes:
            return marked(article.text, quote_marks(article), start, end, inner=ents, element="span")
        return marked(article.text, ents, start, end)

    if target is None:
        return rtl_block(part(0, len(article.text)))
    start, end = target
    return rtl_block(f'{part(0, start)}<span id="qawl-target" class="qawl-target">{part(start, end)}</span>'
                     f'{part(end, len(article.text))}')


def sentence_html(text: str, start: int, end: int, marks: Iterable[Mark]) -> str:
    """One sentence (text[start:end]) as RTL HTML with the given marks."""
    return rtl_block(marked(text, marks, start, end))


def stats_html(items: Sequence[tuple[str, object]]) -> str:
    """A row of (label, value) figures, large, in the interface's direction."""
    cells = "".join(f'<div><div class="qawl-stat-label">{_esc(label)}</div>'
                    f'<div class="qawl-stat-value">{_esc(str(value))}</div></div>' for label, value in items)
    return f'<div class="qawl-stats">{cells}</div>'


def legend_html(items: Sequence[tuple[str, str]]) -> str:
    """A row of (css class, label) swatches."""
    swatches = "".join(f'<mark class="{_esc(css)}">{_esc(label)}</mark>' for css, label in items)
    return f'<div class="qawl-legend">{swatches}</div>'


def heading_html(text: str, level: int = 2, note: str = "", link: str = "") -> str:
    """A right-to-left heading (article titles, speaker names), linking to `link` if given;
    `note` (e.g. a count in the interface language) is isolated so that its own direction
    is kept."""
    note_html = f' <bdi class="qawl-note">{_esc(note)}</bdi>' if note else ""
    shown = f'<a href="{_esc(link)}" target="_self">{_esc(text)}</a>' if link else _esc(text)
    return rtl_block(f"<h{level}>{shown}{note_html}</h{level}>", "qawl-heading")


def quote_parts(quote: Mapping) -> list[Mark]:
    """Marks for one quote's speaker mention, cue and content (offsets -1 mean absent);
    `quote` is a row of `qawl.frames.quotes` (or any mapping with those offset fields)."""
    parts = [("speaker", "speaker_start", "speaker_end"), ("cue", "cue_start", "cue_end"),
             ("content", "start", "end")]
    return [Mark(int(quote[s]), int(quote[e]), f"qawl-part-{name}")
            for name, s, e in parts if int(quote[s]) >= 0 and int(quote[e]) > int(quote[s])]


def quote_html(text: str, sentence_start: int, sentence_end: int, quote: Mapping) -> str:
    """The sentence of a quote (widened to cover the quote, cue and speaker) as RTL HTML with
    the speaker, cue and content highlighted."""
    marks = quote_parts(quote)
    start = min([sentence_start] + [m.start for m in marks])
    end = max([sentence_end] + [m.end for m in marks])
    return rtl_block(marked(text, marks, start, end))


def quote_card(text: str, sentence_start: int, sentence_end: int, quote: Mapping, meta: str, *,
               details: str = "", before: tuple[int, int] | None = None, after: tuple[int, int] | None = None,
               context_label: str = "") -> str:
    """A boxed quote: a line of `meta` (type, cue) above the highlighted sentence, and a
    fold (`context_label`) that opens on the sentence in context, between the sentence
    `before` and the one `after` it ((start, end) offsets, None at the article's ends),
    with a `details` line (e.g. the rule that found the quote)."""
    sentence = quote_html(text, sentence_start, sentence_end, quote)
    fold = ""
    if context_label:
        around = [rtl_block(_esc(text[s:e]), "qawl-context") if (s, e) != (0, 0) else ""
                  for s, e in (before or (0, 0), after or (0, 0))]
        fold = (f'<details class="qawl-more" dir="auto"><summary>{_esc(context_label)}</summary>'
                f'{around[0]}{sentence}{around[1]}<div class="qawl-meta" dir="auto">{_esc(details)}</div></details>')
    return f'<div class="qawl-card"><div class="qawl-meta" dir="auto">{_esc(meta)}</div>{sentence}{fold}</div>'


def concordance_html(lines: Sequence[tuple[str, str, str, str, str]], open_label: str) -> str:
    """A right-to-left keyword-in-context table: each line is (before, match, after, link,
    source); the context before the match sits on its right, the context after on its left,
    both aligned on the match, which links to `link`; `source` is shown beside it."""
    rows = "".join(
        f'<tr><td class="qawl-kwic-before">{_esc(before)}</td>'
        f'<td class="qawl-kwic-match"><a href="{_esc(link)}" target="_self" title="{_esc(open_label)}">'
        f'<mark class="qawl-part-content">{_esc(match)}</mark></a></td>'
        f'<td class="qawl-kwic-after">{_esc(after)}</td>'
        f'<td class="qawl-kwic-source" dir="auto"><a href="{_esc(link)}" target="_self">{_esc(source)}</a></td></tr>'
        for before, match, after, link, source in lines)
    return f'<table class="qawl-kwic qawl-rtl" dir="rtl" lang="ar"><tbody>{rows}</tbody></table>'


def table_html(header: Sequence[str], rows: Sequence[Sequence[object]], links: Sequence[str | None] = (),
               numeric: Sequence[int] = (), rtl: bool = True, height: int | None = None) -> str:
    """A table (right to left when `rtl`); the first cell of row i links to links[i] when
    given; columns in `numeric` hold numbers. Each cell finds its own direction. With a
    `height` (pixels), a longer table scrolls inside it."""
    def cell(i: int, j: int, value: object) -> str:
        shown = "" if value is None or value != value else _esc(str(value))   # None and NaN: empty
        if j == 0 and i < len(links) and links[i]:
            shown = f'<a href="{_esc(links[i])}" target="_self">{shown}</a>'
        return f'<td class="qawl-num">{shown}</td>' if j in numeric else f'<td dir="auto">{shown}</td>'

    head = "".join(f'<th class="qawl-num">{_esc(h)}</th>' if j in numeric else f"<th>{_esc(h)}</th>"
                   for j, h in enumerate(header))
    body = "".join("<tr>" + "".join(cell(i, j, v) for j, v in enumerate(row)) + "</tr>" for i, row in enumerate(rows))
    table = (f'<table class="qawl-table" dir="{"rtl" if rtl else "ltr"}"><thead><tr>{head}</tr></thead>'
             f"<tbody>{body}</tbody></table>")
    return f'<div class="qawl-scroll" style="max-height: {int(height)}px">{table}</div>' if height else table

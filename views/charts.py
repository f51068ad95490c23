"""Charts: Altair specifications drawn as SVG on the server (vl-convert), so that a page
pays no chart library in the browser; and the settings that mirror a chart in the Arabic
interface (the category axis on the right, values growing from right to left, time running
right to left, legend on the left). Text is drawn in the page's colour, so the charts follow
the light or dark theme; each mark's values show on hover (its SVG title)."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

import altair as alt
import streamlit as st
import vl_convert

INK = "#010203"   # a colour no chart uses: replaced by the page's text colour
FAINT = "rgba(128, 128, 128, 0.35)"   # grid and axis lines, on a light or a dark page
WIDE = 860   # drawing width (px) of a chart across the page (axes and legend come on top)
_LABELLED_MARK = re.compile(r'<path aria-label="([^"]*)"([^>]*?)(/>|>)')


def value_scale(lang: str, **kwargs: Any) -> alt.Scale:
    """Scale of the bars' length (or of time): reversed in Arabic."""
    return alt.Scale(reverse=lang == "ar", **kwargs)


def side_axis(lang: str, **kwargs: Any) -> alt.Axis:
    """The vertical axis: on the right in Arabic."""
    return alt.Axis(orient="right" if lang == "ar" else "left", **kwargs)


def legend(lang: str, **kwargs: Any) -> alt.Legend:
    return alt.Legend(orient="left" if lang == "ar" else "right", **kwargs)


def title(text: str, lang: str) -> alt.TitleParams:
    """A chart's title at the reading start: the right in Arabic (Vega anchors by side)."""
    return alt.TitleParams(text, anchor="end" if lang == "ar" else "start")


DAY_MS = 86_400_000


def time_axis(**kwargs: Any) -> alt.Axis:
    """A date axis with numeric labels (day/month), the same in both languages; at most one
    tick a day, since the data are daily (finer ticks repeat the same label)."""
    return alt.Axis(format="%d/%m", tickMinStep=DAY_MS, **kwargs)


def warm_up() -> None:
    """Start the converter's JavaScript engine (about 0.4 s, once per process)."""
    vl_convert.vegalite_to_svg({"mark": "point"})


def show(chart: alt.Chart, width: int = WIDE, where: Any = st) -> None:
    """Draw `chart` `width` pixels wide (or narrower, when its column is) in `where`.
    (`st.html` would strip the SVG. The block is one line of HTML, so Markdown leaves it as
    it is; Vega escapes every text it draws.)"""
    where.markdown(chart_html(chart, width), unsafe_allow_html=True)


def chart_html(chart: alt.Chart, width: int = WIDE) -> str:
    """The chart as an inline SVG in a `qawl-chart` block, on one line."""
    themed = chart.properties(width=width).configure(background="transparent", font="sans-serif").configure_axis(
        labelColor=INK, titleColor=INK, gridColor=FAINT, domainColor=FAINT, tickColor=FAINT).configure_legend(
        labelColor=INK, titleColor=INK).configure_title(color=INK).configure_view(stroke=FAINT)
    svg = _svg(json.dumps(_described(themed.to_dict()), sort_keys=True))
    return f'<div class="qawl-chart">{svg}</div>'.replace("\n", " ")


def _described(spec: dict) -> dict:
    """Each mark described by its tooltip fields, one "title: value" a line (the hover text)."""
    tips = spec.get("encoding", {}).get("tooltip")
    if not tips:
        return spec
    parts = [f"{json.dumps(tip.get('title', tip['field']) + ': ')} + {_formatted(tip)}" for tip in tips]
    spec.setdefault("transform", []).append({"calculate": " + '\\n' + ".join(parts), "as": "_tip"})
    spec["encoding"]["description"] = {"field": "_tip", "type": "nominal"}
    return spec


def _formatted(tip: dict) -> str:
    """A Vega expression for a tooltip field's value as the chart would show it."""
    value = f"datum[{json.dumps(tip['field'])}]"
    if tip.get("type") == "temporal":
        return f"timeFormat({value}, '%d/%m/%Y')"
    if tip.get("type") == "quantitative":
        return f"format({value}, {json.dumps(tip.get('format', ','))})"
    return f"'' + {value}"


@lru_cache(maxsize=256)
def _svg(spec: str) -> str:
    svg = vl_convert.vegalite_to_svg(json.loads(spec)).replace(INK, "currentColor")
    return _LABELLED_MARK.sub(_with_title, svg)


def _with_title(match: re.Match) -> str:
    """A mark whose values show as a tooltip: its aria-label as the SVG title."""
    label, attributes, end = match.groups()
    tip = f"<title>{label}</title>"   # already escaped as an attribute value
    if end == "/>":
        return f'<path aria-label="{label}"{attributes}>{tip}</path>'
    return f'<path aria-label="{label}"{attributes}>{tip}'

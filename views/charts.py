"""Altair settings that mirror a chart in the Arabic interface: the category axis on the
right, values growing from right to left, time running right to left, legend on the left."""
from __future__ import annotations

from typing import Any

import altair as alt


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

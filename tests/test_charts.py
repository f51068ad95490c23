"""Charts drawn on the server as SVG (views/charts.py)."""
import altair as alt
import pandas as pd

from views import charts


def bar_chart(lang: str) -> alt.Chart:
    data = pd.DataFrame({"name": ["وزارة <b>الخارجية</b>", "سعر $5$ *مرتفع*"], "n": [1200, 3]})
    return alt.Chart(data).mark_bar().encode(
        x=alt.X("n:Q", title="quotes", scale=charts.value_scale(lang)),
        y=alt.Y("name:N", title=None, axis=charts.side_axis(lang)),
        tooltip=[alt.Tooltip("name:N", title="Speaker"), alt.Tooltip("n:Q", title="Quotes")])


def test_a_chart_is_one_line_of_escaped_svg_in_the_page_colours():
    html = charts.chart_html(bar_chart("en"), 300)
    assert html.startswith('<div class="qawl-chart"><svg') and "\n" not in html
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert charts.INK not in html and 'fill="currentColor"' in html


def test_each_bar_names_its_values_on_hover():
    titles = charts.chart_html(bar_chart("en"), 300).split("<title>")[1:]
    assert len(titles) == 2
    assert titles[0].startswith("Speaker: وزارة &lt;b&gt;الخارجية&lt;/b&gt;&#xA;Quotes: 1,200</title>")


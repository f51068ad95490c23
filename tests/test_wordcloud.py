"""Word cloud images: drawn with the shipped Arabic font, shaped correctly with and
without Pillow's raqm layout engine."""
import numpy as np
import pytest
from PIL import Image, ImageChops, ImageColor, ImageDraw, ImageFont, features

from qawl import wordcloud_image
from qawl.wordcloud_image import FONT_PATH, PALETTE, display_form, pillow_shapes_arabic, render, to_png

WORDS = {"بايدن": 9, "روسيا": 7, "أوكرانيا": 6, "الكرملين": 4, "العقوبات": 3, "مكالمة": 2}


def ink(image: Image.Image) -> np.ndarray:
    return np.asarray(image.convert("L")) < 200


def test_font_ships_with_its_licence_and_has_arabic():
    assert FONT_PATH.is_file() and (FONT_PATH.parent / "OFL.txt").is_file()
    assert "Open Font License" in (FONT_PATH.parent / "OFL.txt").read_text(encoding="utf-8")
    font = ImageFont.truetype(str(FONT_PATH), 40)
    assert "Arabic" in " ".join(font.getname())


def test_render_draws_words_with_the_shipped_font():
    image = render(WORDS, width=400, height=240)
    assert image.size == (400, 240)
    covered = ink(image).mean()
    assert 0.02 < covered < 0.8, covered
    assert to_png(image).startswith(b"\x89PNG")
    colours = {c for _, c in image.getcolors(400 * 240)}
    assert len(colours & {ImageColor.getrgb(p) for p in PALETTE}) == len(WORDS)  # one colour per word


def test_render_uses_the_shipped_font(monkeypatch, tmp_path):
    monkeypatch.setattr(wordcloud_image, "FONT_PATH", tmp_path / "missing.ttf")
    with pytest.raises(OSError):
        render(WORDS)


def test_empty_frequencies_are_refused():
    with pytest.raises(ValueError):
        render({})


def draw(text: str, engine) -> Image.Image:
    font = ImageFont.truetype(str(FONT_PATH), 48, layout_engine=engine)
    image = Image.new("L", (600, 100), 255)
    ImageDraw.Draw(image).text((10, 10), text, font=font, fill=0)
    return image


def test_basic_layout_gets_presentation_forms_in_visual_order():
    # بوتين: initial ba, final waw, initial ta, medial ya, final nun; drawn left to right
    shaped = display_form("بوتين", raqm=False)
    assert shaped == "\ufee6\ufef4\ufe97\ufeee\ufe91"
    assert display_form("بوتين", raqm=True) == "بوتين"
    assert display_form("بوتين") == ("بوتين" if features.check("raqm") else shaped)


@pytest.mark.skipif(not features.check("raqm"), reason="Pillow built without raqm: nothing to compare with")
def test_both_layout_paths_draw_the_same_shaped_word():
    word = "الولايات المتحدة"
    raqm = draw(display_form(word, raqm=True), ImageFont.Layout.RAQM)
    basic = draw(display_form(word, raqm=False), ImageFont.Layout.BASIC)
    doubled = draw(display_form(word, raqm=False), ImageFont.Layout.RAQM)
    same = ImageChops.difference(raqm, basic).getbbox()
    differ = ink(raqm) != ink(doubled)
    assert same is None or (ink(raqm) != ink(basic)).mean() < 0.01
    assert differ.mean() > 0.02  # reshaping for raqm too would reverse the word
    assert pillow_shapes_arabic() is True

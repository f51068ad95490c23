"""Persian and Urdu texts are told apart from Arabic ones that name a few foreign things."""
from __future__ import annotations

import pytest

from qawl.errors import IngestError
from qawl.ingest.reader import clean_text
from qawl.language import looks_persian_or_urdu

PERSIAN = ("رئیس جمهور ایران روز یکشنبه گفت که دولت برای کاهش تورم برنامه‌های تازه‌ای دارد. "
           "او همچنین افزود که مذاکرات با کشورهای همسایه ادامه پیدا خواهد کرد.")
URDU = ("وزیر اعظم نے کہا ہے کہ حکومت مہنگائی کم کرنے کے لیے نئے اقدامات کرے گی۔ "
        "انہوں نے یہ بھی بتایا کہ پڑوسی ممالک سے بات چیت جاری رہے گی۔")
ARABIC = ("قال وزير الخارجية يوم الأحد إن الحكومة ستواصل المفاوضات مع الدول المجاورة، "
          "مضيفا أن الاجتماع المقبل سيعقد في العاصمة الأسبوع القادم.")


@pytest.mark.parametrize("text", [PERSIAN, URDU])
def test_persian_and_urdu_are_detected(text):
    assert looks_persian_or_urdu(text)
    with pytest.raises(IngestError, match="looks like Persian or Urdu"):
        clean_text("news.txt", text)


@pytest.mark.parametrize("text", [
    ARABIC,
    ARABIC + " والتقى الوزير نظيره الإيراني في طهران، وقال پژمان گودرزی إن اللقاء كان مثمرا.",
    "زار رئيس شركة گوگل مدينة چابهار.",  # a short text that is mostly foreign names
    ARABIC.replace("ي", "ی").replace("ك", "ک"),  # Arabic typed on a Persian keyboard
])
def test_arabic_with_some_persian_letters_is_accepted(text):
    assert not looks_persian_or_urdu(text)
    assert clean_text("news.txt", text) == text

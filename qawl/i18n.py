"""Interface labels in English and Arabic. `t(key, lang)` looks a label up; labels may hold
`{name}` fields filled from keyword arguments."""
from __future__ import annotations

LANGUAGES = {"en": "English", "ar": "العربية"}

TEXTS: dict[str, tuple[str, str]] = {
    # key: (English, Arabic)
    "app_title": ("Qawl — Arabic news reader", "قول — قارئ الأخبار العربية"),
    "language": ("Interface language", "لغة الواجهة"),
    "article": ("Article", "المقال"),
    "choose": ("Choose", "اختر"),
    "untitled": ("Untitled article", "مقال بلا عنوان"),
    "article_missing": ("Article {id} is not in this library; showing {title} instead.",
                        "المقال {id} غير موجود في المكتبة؛ يُعرض بدلاً منه: {title}"),
    "archive_unavailable": ("The article archive cannot be used right now: nothing new can be stored, and "
                            "stored articles may be missing. The default article is still here.",
                            "لا يمكن استخدام أرشيف المقالات حالياً: لا يمكن حفظ مقالات جديدة، وقد لا تظهر "
                            "المقالات المحفوظة. المقال الافتراضي ما زال متاحاً."),
    "library_empty": ("The library is empty: add an article on the Upload page.",
                      "المكتبة فارغة: أضف مقالاً من صفحة الرفع."),
    # pages
    "page_article": ("Article", "المقال"),
    "page_entities": ("Entities", "الكيانات"),
    "page_wordcloud": ("Word cloud", "سحابة الكلمات"),
    "page_quotes": ("Quotes", "الاقتباسات"),
    "page_upload": ("Upload", "إضافة مقالات"),
    # entity labels
    "PER": ("Person", "شخص"),
    "ORG": ("Organisation", "منظمة"),
    "LOC": ("Place", "مكان"),
    "MISC": ("Other", "أخرى"),
    # article page
    "words": ("Words", "الكلمات"),
    "sentences": ("Sentences", "الجمل"),
    "entities": ("Entities", "الكيانات"),
    "quotes": ("Quotes", "الاقتباسات"),
    "highlight_entities": ("Highlight entities", "تمييز الكيانات"),
    "mark_quotes": ("Mark quotes", "تمييز الاقتباسات"),
    "legend": ("Legend", "دليل الألوان"),
    "legend_quote": ("Quote (speaker in the tag)", "اقتباس (المتحدث في الوسم)"),
    # entities page
    "entity_types": ("Entity types", "أنواع الكيانات"),
    "top_n": ("Entities in the chart", "عدد الكيانات في الرسم"),
    "most_frequent": ("Most frequent entities", "الكيانات الأكثر تكراراً"),
    "entity": ("Entity", "الكيان"),
    "type": ("Type", "النوع"),
    "mentions": ("Mentions", "الإشارات"),
    "variants": ("Variants", "الصيغ"),
    "choose_entity": ("Choose an entity to see the sentences that mention it",
                      "اختر كياناً لعرض الجمل التي تذكره"),
    "sentences_with": ("Sentences mentioning {name}", "الجمل التي تذكر {name}"),
    "no_entities": ("No entities found in this article.", "لم يُعثر على كيانات في هذا المقال."),
    # word cloud page
    "n_words": ("Number of words", "عدد الكلمات"),
    "with_entities": ("Include entity names", "تضمين أسماء الكيانات"),
    "download_png": ("Download PNG", "تنزيل الصورة PNG"),
    "word": ("Word", "الكلمة"),
    "count": ("Count", "التكرار"),
    "frequencies": ("Word frequencies", "تكرار الكلمات"),
    "no_words": ("No content words to draw.", "لا توجد كلمات لرسمها."),
    # quotes page
    "scope": ("Quotes from", "الاقتباسات من"),
    "scope_article": ("This article", "هذا المقال"),
    "scope_all": ("All articles", "كل المقالات"),
    "quote_types": ("Quote types", "أنواع الاقتباس"),
    "direct": ("direct", "مباشر"),
    "indirect": ("indirect", "غير مباشر"),
    "mixed": ("mixed", "مختلط"),
    "speakers": ("Speakers (choose two or more to compare side by side)",
                 "المتحدثون (اختر اثنين أو أكثر للمقارنة جنباً إلى جنب)"),
    "speaker": ("Speaker", "المتحدث"),
    "cue": ("Cue", "فعل القول"),
    "quote": ("Quote", "الاقتباس"),
    "quotes_per_speaker": ("Quotes per speaker", "عدد الاقتباسات لكل متحدث"),
    "download_csv": ("Download CSV", "تنزيل CSV"),
    "no_quotes": ("No quotes match.", "لا توجد اقتباسات مطابقة."),
    "legend_speaker": ("Speaker", "المتحدث"),
    "legend_cue": ("Cue", "فعل القول"),
    "legend_content": ("Quoted content", "المضمون المنقول"),
    "from_article": ("from: {title}", "من: {title}"),
    "evidence": ("rule {rule}, confidence {confidence:.2f}", "القاعدة {rule}، الثقة {confidence:.2f}"),
    # upload page
    "upload_files": ("Files (.txt, .html, .docx)", "ملفات TXT أو HTML أو DOCX"),
    "paste_text": ("…or paste the text of an article", "أو الصق نص مقال"),
    "paste_title": ("Title of the pasted article (optional)", "عنوان المقال الملصوق (اختياري)"),
    "add": ("Add to the library", "أضف إلى المكتبة"),
    "nothing_to_add": ("Choose a file or paste some text first.", "اختر ملفاً أو الصق نصاً أولاً."),
    "added": ("{name}: added as “{title}”.", "{name}: أُضيف بعنوان «{title}»."),
    "already": ("{name}: already in the library as “{title}”.", "{name}: موجود في المكتبة بعنوان «{title}»."),
    "failed": ("{name}: {message}", "{name}: {message}"),
    "cannot_store": ("Nothing was stored: the article archive is unavailable right now. Please try again later.",
                     "لم يُحفظ شيء: أرشيف المقالات غير متاح حالياً. حاول مرة أخرى لاحقاً."),
    "pasted": ("pasted text", "النص الملصوق"),
    "library": ("Library", "المكتبة"),
    "title": ("Title", "العنوان"),
    "source": ("Source", "المصدر"),
    "added_at": ("Added", "تاريخ الإضافة"),
    "id": ("Id", "المعرّف"),
    "open": ("Open", "فتح"),
    # corrections
    "corrected": ("✎ corrected by a reader", "✎ صحّحه قارئ"),
    "correct": ("✎ Correct", "✎ تصحيح"),
    "editor_password": ("Editor password", "كلمة مرور المحرّر"),
    "speaker_pick": ("Speaker", "المتحدث"),
    "speaker_other": ("…or type a name", "…أو اكتب اسماً"),
    "quote_type": ("Type", "النوع"),
    "save": ("Save", "حفظ"),
    "not_a_quote": ("Not a quote", "ليس اقتباساً"),
    "undo": ("Undo: {what}", "تراجع: {what}"),
    "add_quote": ("Add a missed quote", "أضف اقتباساً فائتاً"),
    "sentence": ("Sentence", "الجملة"),
    "cue_words": ("Cue words (the speech verb)", "كلمات القول (فعل القول)"),
    "content_words": ("Quoted words (first and last are enough)", "كلمات الاقتباس (تكفي الأولى والأخيرة)"),
    "fix_entity": ("Fix an entity's label", "صحّح نوع كيان"),
    "entity": ("Entity", "الكيان"),
    "label": ("Label", "النوع"),
    "not_an_entity": ("Not an entity", "ليس كياناً"),
    "speaker_identities": ("Speakers across the archive: merge, split, rename",
                           "المتحدثون في الأرشيف: دمج وفصل وإعادة تسمية"),
    "merge_from": ("Merge this speaker…", "ادمج هذا المتحدث…"),
    "merge_into": ("…into this one", "…في هذا"),
    "merge": ("Merge", "دمج"),
    "rename_to": ("New name", "الاسم الجديد"),
    "rename": ("Rename", "إعادة تسمية"),
    "split_name": ("Name to give its own identity", "اسم يُفصل في هوية مستقلة"),
    "split": ("Split", "فصل"),
    "edit_log": ("Edit history", "سجل التعديلات"),
    "saved": ("Saved.", "حُفظ."),
    "unmatched": ("{n} earlier corrections no longer match this parse and are kept aside.",
                  "{n} من التصحيحات السابقة لم تعد تطابق هذا التحليل وهي محفوظة جانباً."),
}


def t(key: str, lang: str = "en", **fields: object) -> str:
    """The label for `key` in `lang` ("en" or "ar"), with `{fields}` filled in."""
    english, arabic = TEXTS[key]
    text = arabic if lang == "ar" else english
    return text.format(**fields) if fields else text


def quote_count(n: int, lang: str = "en") -> str:
    """"1 quote" / "3 quotes"; in Arabic with the dual and the number agreement of counted nouns."""
    if lang != "ar":
        return f"{n} quote" if n == 1 else f"{n} quotes"
    if n == 1:
        return "اقتباس واحد"
    if n == 2:
        return "اقتباسان"
    if 3 <= n % 100 <= 10:
        return f"{n} اقتباسات"
    return f"{n} اقتباساً" if n % 100 > 10 else f"{n} اقتباس"  # 11–99, then 100, 200, 101 …

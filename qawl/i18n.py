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
    "page_library": ("Library", "المكتبة"),
    "page_search": ("Search", "البحث"),
    "page_entity": ("Entity in the archive", "كيان في الأرشيف"),
    "page_speakers": ("Speakers", "المتحدثون"),
    "page_corpus": ("Corpus words", "كلمات الأرشيف"),
    "section_article": ("This article", "هذا المقال"),
    "section_archive": ("The archive", "الأرشيف"),
    "find_article": ("Find an article", "ابحث عن مقال"),
    "title_words": ("Words of the title", "كلمات من العنوان"),
    # archive filters and lists
    "outlet": ("Outlet", "المصدر الإعلامي"),
    "all_outlets": ("All outlets", "كل المصادر"),
    "date_from": ("From", "من"),
    "date_to": ("To", "إلى"),
    "filters": ("Outlet and dates: {shown}", "المصدر والتاريخ: {shown}"),
    "date": ("Date", "التاريخ"),
    "articles": ("Articles", "المقالات"),
    "page": ("Page", "الصفحة"),
    "page_of": ("of {pages} ({total} in all)", "من {pages} (المجموع {total})"),
    "no_articles": ("No article matches.", "لا توجد مقالات مطابقة."),
    "latest_only": ("(the latest {n} articles that match are counted)", "(تُحتسب أحدث {n} مقالة مطابقة)"),
    # library page
    "sort_by": ("Sort by", "الترتيب حسب"),
    "sort_date": ("Date", "التاريخ"),
    "sort_title": ("Title", "العنوان"),
    "sort_outlet": ("Outlet", "المصدر الإعلامي"),
    "sort_entities": ("Entities", "الكيانات"),
    "sort_quotes": ("Quotes", "الاقتباسات"),
    "sort_added": ("Added", "تاريخ الإضافة"),
    "order": ("Order", "الاتجاه"),
    "order_desc": ("Descending", "تنازلي"),
    "order_asc": ("Ascending", "تصاعدي"),
    "manage": ("Rename or delete", "إعادة التسمية أو الحذف"),
    "manage_which": ("Article of this page", "مقال من هذه الصفحة"),
    "new_title": ("New title", "العنوان الجديد"),
    "renamed": ("The article was renamed.", "أُعيدت تسمية المقال."),
    "delete": ("Delete", "حذف"),
    "confirm_delete": ("Delete this article and everything found in it? Other articles are not touched.",
                       "هل تريد حذف هذا المقال وكل ما استُخرج منه؟ لن تتأثر المقالات الأخرى."),
    "delete_yes": ("Yes, delete it", "نعم، احذفه"),
    "cancel": ("Cancel", "إلغاء"),
    "deleted": ("The article was deleted.", "حُذف المقال."),
    # search page
    "search_words": ("Search words", "كلمات البحث"),
    "search_hint": ("e.g. بايدن (also finds وبايدن, لبايدن)", "مثلاً: بايدن (تجد أيضاً وبايدن ولبايدن)"),
    "search_empty": ("Type words to find every sentence of the archive that contains them, in that order.",
                     "اكتب كلمات للعثور على كل جملة في الأرشيف تحتويها بهذا الترتيب."),
    "no_hits": ("No sentence contains “{query}”.", "لا توجد جملة تحتوي «{query}»."),
    "hits": ("Sentences", "الجمل"),
    "hits_summary": ("{hits} sentences in {articles} articles from {outlets} outlets",
                     "{hits} جملة في {articles} مقالة من {outlets} مصادر"),
    "hits_per_outlet": ("Sentences per outlet", "الجمل حسب المصدر"),
    "hits_over_time": ("Sentences over time", "الجمل عبر الزمن"),
    "open_sentence": ("Open the article at this sentence", "افتح المقال عند هذه الجملة"),
    # entity page
    "entity_name": ("Entity", "الكيان"),
    "entity_hint": ("a name, e.g. جدة", "اسم، مثلاً: جدة"),
    "no_dates": ("None of these articles has a date.", "لا تاريخ لأي من هذه المقالات."),
    "entity_unknown": ("No mentions of “{name}”: choose one of the entities below.",
                       "لا إشارات إلى «{name}»: اختر أحد الكيانات أدناه."),
    "recent_entities": ("Most mentioned in the latest 500 articles", "الأكثر ذكراً في أحدث 500 مقالة"),
    "entity_summary": ("{mentions} mentions in {articles} articles", "{mentions} إشارة في {articles} مقالة"),
    "time_unit": ("Count by", "العد حسب"),
    "unit_day": ("day", "اليوم"),
    "unit_week": ("week", "الأسبوع"),
    "mentions_over_time": ("Mentions over time", "الإشارات عبر الزمن"),
    "entity_articles": ("Articles that mention it", "المقالات التي تذكره"),
    "cooccurring": ("Named with it", "كيانات تُذكر معه"),
    "together_in": ("In the same", "في نفس"),
    "together_article": ("article", "المقال"),
    "together_sentence": ("sentence", "الجملة"),
    "together_articles": ("Articles together", "مقالات مشتركة"),
    "together_sentences": ("Sentences together", "جمل مشتركة"),
    "no_cooccurring": ("No other entity is named with it.", "لا يُذكر معه كيان آخر."),
    # speakers page
    "speaker_kinds": ("Kinds of speaker", "أنواع المتحدثين"),
    "kind": ("Kind", "النوع"),
    "kind_person": ("person", "شخص"),
    "kind_organisation": ("organisation", "منظمة"),
    "kind_group": ("group", "جماعة"),
    "kind_unnamed": ("unnamed source", "مصدر غير مسمى"),
    "speaker_name": ("Words of the speaker's name", "كلمات من اسم المتحدث"),
    "no_speakers": ("No speaker matches.", "لا يوجد متحدث مطابق."),
    "most_quoted": ("Most quoted", "الأكثر اقتباساً"),
    "compare_speakers": ("Speakers to read (two or more: side by side)", "متحدثون لقراءة اقتباساتهم (اثنان أو أكثر: جنباً إلى جنب)"),
    "speakers_hint": ("Choose one speaker for their quotes, or several to compare them side by side.",
                      "اختر متحدثاً لعرض اقتباساته، أو عدة متحدثين للمقارنة جنباً إلى جنب."),
    "quotes_over_time": ("Quotes over time", "الاقتباسات عبر الزمن"),
    # corpus page
    "corpus_search_hint": ("only articles with these words (optional)", "المقالات التي تحتوي هذه الكلمات فقط (اختياري)"),
    "corpus_read": ("Words of {n} articles.", "كلمات {n} مقالة."),
    "distinctive": ("Distinctive words", "الكلمات المميِّزة"),
    "distinctive_hint": ("Choose an outlet, dates or search words: their most distinctive words against "
                         "the rest of the archive are shown here.",
                         "اختر مصدراً أو تواريخ أو كلمات بحث لتظهر هنا أكثر كلماتها تميزاً مقارنة ببقية الأرشيف."),
    "distinctive_no_rest": ("The rest of the archive is empty: nothing to compare with.",
                            "بقية الأرشيف فارغة: لا شيء للمقارنة."),
    "distinctive_note": ("Weighted log-odds against the latest articles outside the selection (Monroe et al. "
                         "2008); z above 2 is a clear difference.",
                         "نسبة الأرجحية اللوغاريتمية الموزونة مقارنة بأحدث المقالات خارج الاختيار "
                         "(Monroe وزملاؤه 2008)؛ قيمة z فوق 2 فرق واضح."),
    "z_score": ("z", "z"),
    "in_selection": ("In the selection", "في الاختيار"),
    "in_rest": ("In the rest", "في البقية"),
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
    "confidence": ("confidence {value:.2f}", "الثقة {value:.2f}"),
    "found_by": ("Found by {how} (rule {rule})", "وُجد عبر {how} (القاعدة {rule})"),
    "in_context": ("Sentence before and after", "الجملة السابقة واللاحقة"),
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
    # upload page: archives, web addresses, progress, and the problems of a file (branch ingest)
    "upload_any": ("Files: articles (.txt, .html, .docx) or archives (.zip, .json, .jsonl, .csv)",
                   "ملفات: مقالات (TXT أو HTML أو DOCX) أو أرشيفات (ZIP أو JSON أو JSONL أو CSV)"),
    "upload_url": ("…or the web address of an article", "أو عنوان صفحة مقال على الويب"),
    "nothing_to_add_any": ("Choose a file, give a web address or paste some text first.",
                           "اختر ملفاً أو أدخل عنوان صفحة أو الصق نصاً أولاً."),
    "reading_file": ("Reading {name} ({i} of {n})…", "قراءة {name} ({i} من {n})…"),
    "fetching_url": ("Fetching the web page…", "جلب صفحة الويب…"),
    "upload_summary": ("{stored} added, {skipped} already in the library, {failed} could not be added.",
                       "أُضيف {stored}، و{skipped} موجود في المكتبة، وتعذّرت إضافة {failed}."),
    "more_outcomes": ("…and {n} more.", "…و{n} غيرها."),
    "recently_added": ("Latest added", "آخر ما أُضيف"),
    "recent_outlet": ("Outlet", "المصدر الإعلامي"),
    "recent_date": ("Published", "تاريخ النشر"),
    "uploader_button": ("Upload", "اختر ملفات"),
    "uploader_limit": ("{mb} MB per file • {types}", "حتى {mb} ميغابايت للملف • {types}"),
    "default_source": ("default article", "المقال الافتراضي"),
    "whole_library": ("The whole library, with filters, is on the Library page.",
                      "المكتبة كاملة، مع أدوات التصفية، في صفحة المكتبة."),
    "problem_empty": ("empty (nothing but whitespace)", "الملف فارغ (لا يحوي إلا مسافات)"),
    "problem_binary": ("not a text document (an image, a PDF or another binary file)",
                       "ليس مستنداً نصياً (صورة أو PDF أو ملف ثنائي آخر)"),
    "problem_encoding": ("the text encoding is not supported (UTF-8, UTF-16 with byte-order mark, Windows-1256)",
                         "ترميز النص غير مدعوم (UTF-8 أو UTF-16 مع علامة ترتيب البايت أو Windows-1256)"),
    "problem_no_arabic": ("no Arabic text found", "لا يوجد نص عربي"),
    "problem_persian": ("looks like Persian or Urdu, not Arabic", "يبدو النص فارسياً أو أردياً، لا عربياً"),
    "problem_too_big": ("larger than the 5 MB limit", "أكبر من الحد المسموح (5 ميغابايت)"),
    "problem_too_long": ("the text is too long to analyse", "النص أطول من أن يُحلَّل"),
    "problem_no_html_text": ("no article text found in this web page", "لا يوجد نص مقال في هذه الصفحة"),
    "problem_bad_docx": ("not a readable .docx file", "ليس ملف DOCX قابلاً للقراءة"),
    "problem_unsupported": ("unsupported file type", "نوع الملف غير مدعوم"),
    "problem_bad_json": ("malformed JSON", "بيانات JSON غير سليمة"),
    "problem_no_text": ("no article text in this record", "لا يوجد نص مقال في هذا السجل"),
    "problem_bad_csv": ("malformed CSV row", "صف CSV غير سليم"),
    "problem_bad_zip": ("damaged or unreadable ZIP archive", "أرشيف ZIP تالف أو غير مقروء"),
    "problem_nested_zip": ("an archive inside the archive: unpack it first", "أرشيف داخل الأرشيف: فكّه أولاً"),
    "problem_http_status": ("the server answered with error {code}", "أجاب الخادم بالخطأ {code}"),
    "problem_not_html": ("not a web page (HTML)", "ليست صفحة ويب (HTML)"),
    "problem_timeout": ("the server did not answer in time", "لم يُجب الخادم في الوقت المحدد"),
    "problem_unreachable": ("the server cannot be reached", "تعذّر الوصول إلى الخادم"),
    "problem_not_url": ("not a web address (it must start with http:// or https://)",
                        "ليس عنوان ويب (يجب أن يبدأ بـ http:// أو https://)"),
    "problem_no_file": ("no such file", "الملف غير موجود"),
    "problem_not_saved": ("could not be saved", "تعذّر الحفظ"),
    "problem_not_analysed": ("could not be analysed", "تعذّر التحليل"),
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


# How a quote was found, in plain words: `rule` is "<cue>+<trigger>:<type>" (qawl.quotes.engine),
# "according+comp|after:<type>" (qawl.quotes.according), or one of RULE_WHOLE's ("headline:direct").
RULE_CUES = {"verb": ("a reporting verb", "فعل قول"), "participle": ("a participle", "اسم فاعل"),
             "noun": ("a statement noun", "اسم دال على القول")}
RULE_TRIGGERS = {"comp": ("followed by أنّ / إنّ", "يليه «أنّ» أو «إنّ»"),
                 "colon": ("followed by a colon", "تليه نقطتان"),
                 "mark": ("followed by quotation marks", "تليه علامات تنصيص"),
                 "small": ("followed by the reported clause", "تليه الجملة المنقولة"),
                 "bare": ("followed directly by the words reported", "تليه الكلمات المنقولة مباشرة")}
RULE_WHOLE = {"continuation": ("the quotation continues after the speaker's words",
                               "تتمة اقتباس سابق للمتحدث نفسه"),
              "paragraph": ("a quoted paragraph after the speaker's statement",
                            "فقرة بين علامات تنصيص تلي كلام المتحدث"),
              "according+comp": ("a source named first («according to X, …»), then the words reported",
                                 "مصدر يُذكر أولاً («وفقاً لـ…، فإنّ») ثم الكلام المنقول"),
              "according+after": ("the words reported, then their source after a comma («…, X said»)",
                                  "الكلام المنقول ثم مصدره بعد فاصلة («…، حسبما أعلن…»)"),
              "quote+source": ("a quotation, then a sentence naming who said it («…». X says)",
                               "اقتباس تليه جملة تسمّي قائله («…». يقول…)"),
              "quote+as-said": ("a quotation, then «as X put it» (على حد قول X)",
                                "اقتباس يليه «على حد قول…» أو «على حد تعبيره»"),
              "headline": ("a line of a name, a colon and a statement",
                           "سطر فيه اسم ونقطتان ثم تصريح")}


def rule_words(rule: str, lang: str = "en") -> str:
    """What the rule that found a quote looked for, in plain words ("a reporting verb
    followed by a colon"); an unknown rule is returned as it is."""
    which = 1 if lang == "ar" else 0
    head = rule.split(":", 1)[0]
    if head in RULE_WHOLE:
        return RULE_WHOLE[head][which]
    cue, _, trigger = head.partition("+")
    if cue in RULE_CUES and trigger in RULE_TRIGGERS:
        return f"{RULE_CUES[cue][which]} {RULE_TRIGGERS[trigger][which]}"
    return rule

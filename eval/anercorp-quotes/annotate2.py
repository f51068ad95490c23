#!/usr/bin/env python3
"""Hand annotations for the gold2 held-out texts (ANERcorp TRAIN split) -> gold2/*.json.

Same conventions and machinery as annotate.py (imported from it): quote strings are
given in full or as "START ... END"; offsets, sentence indices and entity counts are
computed mechanically and checked (text[char_start:char_end] == quote).
"""
import json, os, re, sys
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from annotate import Q, E, locate, count_entities, score  # noqa: E402

RANGES = {}
for line in open(os.path.join(HERE, 'build_texts_train.py'), encoding='utf-8'):
    m = re.match(r"\s*\('(anercorp_train_\d+)', (\d+), (\d+)\)", line)
    if m:
        RANGES[m.group(1)] = (int(m.group(2)), int(m.group(3)))

ART = OrderedDict()

# ---------------------------------------------------------------------------
LEBSP = ['ناطق عسكري لبناني']
HZB = ['ناطق باسم حزب الله', 'المتحدث باسم حزب الله']
REG = ['ناطق باسم الخارجية الاسرائيلية', 'ريغيف']
ART['anercorp_train_01'] = dict(quotes=[
    Q('ناطق عسكري لبناني', 'ناطق عسكري لبناني', 'وقال', 'indirect',
      'مروحيتين اسرائيليتين قامتا ... غرب بعلبك', 'unnamed'),
    Q('ناطق عسكري لبناني', '', 'واضاف', 'indirect',
      'الجنود الاسرائيليين هاجموا مدرسة البلدة ... مواقع لحزب الله', 'pronoun'),
    Q('ناطق عسكري لبناني', '', 'واكد', 'indirect',
      'الجنود الاسرائيليين اشتبكوا ... واستعادت المروحيات الاسرائيلية الاليتين', 'pronoun',
      note='the last coordinated clause (واستعادت ...) is kept in the span (end of sentence)'),
    Q('ناطق باسم حزب الله', 'ناطق باسم حزب الله', 'اكد', 'mixed',
      'اشتباكا وقع بين عناصر الحزب ... زي الجيش اللبناني»', 'unnamed', aliases=HZB),
    Q('ناطق باسم حزب الله', '', 'وقال', 'direct',
      'اجبرناهم على التراجع بعد ان اوقعنا اصابات في صفوفهم', 'pronoun', aliases=HZB),
    Q('ناطق باسم حزب الله', 'المتحدث باسم حزب الله', 'واوضح', 'indirect',
      'الجيش الاسرائيلي حاول عبثا السيطرة على مدرسة بوداي', 'unnamed', aliases=HZB),
    Q('ناطق باسم حزب الله', '', 'واكد', 'indirect',
      'حزب الله لم يسجل اية اصابات في صفوف عناصره', 'pronoun', aliases=HZB,
      note='span stops before the journalist\'s "وذلك ردا على ..."'),
    Q('معلومات صحافية', 'معلومات صحافية', 'اشارت', 'indirect',
      'الى مقتل ثلاثة من مقاتلي الحزب في العملية', 'unnamed', optional=True,
      note='non-agentive source; أشار إلى + noun'),
    Q('شاهد عيان', 'شاهد عيان', 'اكد', 'indirect',
      'الجنود الاسرائيليين كانوا يرتدون زي الجيش اللبناني', 'unnamed', at='كما اكد لوكالة',
      note='subject NP continues with a relative clause (طلب عدم الكشف عن هويته ويقطن قرب مدرسة بوداي)'),
    Q('الشرطة اللبنانية', 'الشرطة اللبنانية', 'افادت', 'indirect',
      'الطيران الاسرائيلي قد حلق ... قبل عملية الانزال الجوي وبعدها', 'organisation', optional=True,
      note='"كما افادت X" attribution of the preceding clause, no complementiser'),
    Q('مصادر امنية', 'مصادر امنية', 'وافادت', 'indirect',
      'عن مقتل واصابة ستة عسكريين اسرائيليين', 'unnamed', optional=True, note='أفاد عن + noun'),
    Q('ناطق عسكري اسرائيلي', 'ناطق عسكري اسرائيلي', 'واعترف', 'indirect',
      'بمقتل ضابط وجرح جنديين اخرين احدهما جراحه بليغة', 'unnamed', optional=True,
      note='اعترف بـ + noun'),
    Q('مارك ريغيف', 'ناطق باسم الخارجية الاسرائيلية', 'واعلن', 'indirect',
      'عملية الكومندوس التي شنها ... يحظر تزويد حزب الله بالاسلحة', 'title', aliases=REG,
      note='identified with Mark Regev, named in the next sentence (the Israeli MFA spokesman); kind would be unnamed if not'),
    Q('مارك ريغيف', 'مارك ريغيف', 'واعلن', 'direct',
      'اسرائيل تحركت اثر وقوع انتهاك للقرار', 'named', aliases=REG),
    Q('مارك ريغيف', 'مارك ريغيف', 'مؤكدا', 'direct',
      'لم نكن لنتصرف بهذه الطريقة ... لمنع امداد حزب الله بالاسلحة', 'named', aliases=REG,
      note='the opening « is not closed in the source; the span ends with the sentence'),
    Q('مارك ريغيف', '', 'واضاف', 'direct',
      'كان ذلك ردنا على انتهاك متكرر لوقف اطلاق النار', 'pronoun', aliases=REG),
], entities=[
    E('بوداي', 'LOC', ['بوادي']), E('البقاع', 'LOC'), E('افقا', 'LOC'), E('جبل لبنان', 'LOC'),
    E('بعلبك', 'LOC'), E('سلسلة جبال لبنان الغربية', 'LOC'), E('اسرائيل', 'LOC'), E('سوريا', 'LOC'),
    E('وكالة فرانس برس', 'ORG', ['فرانس برس']), E('حزب الله', 'ORG'), E('الخارجية الاسرائيلية', 'ORG'),
    E('مجلس الامن الدولي', 'ORG'),
    E('مارك ريغيف', 'PER'), E('فؤاد السنيورة', 'PER', ['السنيورة']),
])

# ---------------------------------------------------------------------------
PRES = ['الرئاسة', 'الرئاسة الفرنسية']
ITA = ['البيان', 'بيان لرئاسة مجلس الوزراء الايطالي']
CAV = ['رئيس الجمهورية البرتغالية']
AND = ['وكالة الاناضول', 'الاناضول']
STA = ['ستانيشيف', 'رئيس الوزراء البلغاري']
SUD = ['وزير الدفاع', 'وزير الدفاع جوونو سودارسونو']
GIL = ['السفير الاسرائيلي في الامم المتحدة', 'الديبلوماسي الاسرائيلي']
ART['anercorp_train_02'] = dict(quotes=[
    Q('الرئاسة الفرنسية', 'الرئاسة الفرنسية', 'اعلنت', 'indirect',
      'الرئيس الفرنسي جاك شيراك امس محادثات ... (يونيفيل)', 'organisation', optional=True, aliases=PRES,
      note='"كما اعلنت X" attribution of the preceding clause'),
    Q('الرئاسة الفرنسية', 'الرئاسة', 'وقالت', 'direct',
      'شدد الرئيس من جهة ... ولا سيما الدول الاوروبية', 'organisation', aliases=PRES),
    Q('جاك شيراك', 'الرئيس', 'شدد', 'indirect',
      'على التوازن الضروري ... ولا سيما الدول الاوروبية', 'title', optional=True, aliases=['شيراك'],
      note='nested inside the presidency quote; شدد على + noun'),
    Q('الرئاسة الفرنسية', '', 'واضافت', 'mixed',
      'شيراك جدد من جهة ثانية ... بشكل سريع»', 'pronoun', aliases=PRES),
    Q('مصدر ديبلوماسي اوروبي', 'مصدر ديبلوماسي اوروبي', 'وقال', 'direct',
      'ثمة تشاور اوروبي وسيكون هناك حضور اوروبي قوي، لا شك في ذلك', 'unnamed'),
    Q('رئاسة مجلس الوزراء الايطالي', 'بيان لرئاسة مجلس الوزراء الايطالي', 'اعلن', 'mixed',
      'رئيس الحكومة الايطالي رومانو برودي ... المعززة في لبنان', 'organisation', aliases=ITA),
    Q('رئاسة مجلس الوزراء الايطالي', 'البيان', 'وقال', 'mixed',
      'برودي وشيراك «اتفقا» ... مع مهمة اليونيفيل»', 'organisation', aliases=ITA,
      note='the final » has no opening mark in the source; kept inside the span'),
    Q('انيبال كافاكو سيلفا', 'رئيس الجمهورية البرتغالية انيبال كافاكو سيلفا', 'اكد', 'indirect',
      'ارسال عسكريين للانضمام ... بكثير من الحذر', 'named', aliases=CAV),
    Q('انيبال كافاكو سيلفا', '', 'وقال', 'direct',
      'انه قرار تتطلب دراسته ... بمثل هذا التعقيد', 'pronoun', aliases=CAV,
      note='انه is inside the quotation marks and stays in the span'),
    Q('انيبال كافاكو سيلفا', '', '', 'mixed',
      'دون دراسة كل الظروف «السياسية والعسكرية» المحيطة به', 'pronoun', optional=True, aliases=CAV,
      note='paraphrased continuation after the quotation, with a quoted fragment, no cue of its own'),
    Q('انيبال كافاكو سيلفا', '', 'واضاف', 'indirect',
      'الحكومة ورئاسة الجمهورية تدرسان المسألة بعناية', 'pronoun', aliases=CAV),
    Q('وكالة الاناضول', 'وكالة الاناضول', 'وافادت', 'indirect',
      'رئيس الوزراء التركي رجب طيب اردوغان تباحث ... في لبنان (يونيفيل)', 'organisation', aliases=AND),
    Q('وكالة الاناضول', '', 'وقالت', 'indirect',
      'اردوغان رد على هذه الدعوات ... الذي تباحث معه السبت', 'pronoun', aliases=AND),
    Q('رجب طيب اردوغان', 'اردوغان', 'مؤكدا', 'mixed',
      'تركيا تؤيد هذه المشاركة لكنها ... من تقديراتها»', 'named', aliases=['اردوغان'],
      note='participle governed by رد (subject اردوغان) inside the Anadolu report'),
    Q('سيرغي ستانيشيف', 'رئيس الوزراء البلغاري سيرغي ستانيشيف', 'اعلن', 'mixed',
      'بلغاريا «مستعدة» لارسال ... بوضوح مهمتهم', 'named', aliases=STA),
    Q('سيرغي ستانيشيف', 'ستانيشيف', 'ونقلت', 'mixed',
      'الحكومة «مستعدة مبدئيا ... في لبنان»', 'named', aliases=STA,
      note='نقلت وكالة بي. تي. ايه عن ستانيشيف قوله ان; intermediary: بي. تي. ايه; the agency name splits the sentence, so the quote starts three sentences after the cue'),
    Q('جوونو سودارسونو', 'وزير الدفاع', 'ونقلت', 'indirect',
      'اندونيسيا ستعارض اي تفويض ... المزمع ارسالها الى لبنان', 'title', aliases=SUD,
      note='نقلت وكالة انباء انتارا ... عن وزير الدفاع قوله ان; intermediary: انتارا'),
    Q('جوونو سودارسونو', 'وزير الدفاع جوونو سودارسونو', 'ونقل', 'direct',
      'نزع سلاح مقاتلي حزب الله مسألة حساسة', 'named', aliases=SUD,
      note='ونقل عن X قوله; intermediary (elided): انتارا'),
    Q('دان غيلرمان', 'السفير الاسرائيلي في الامم المتحدة', 'صرح', 'indirect',
      'اسرائيل لا ترغب ان تشارك ... المعززة في لبنان', 'title', aliases=GIL),
    Q('دان غيلرمان', 'دان غيلرمان', 'وقال', 'direct',
      'سيكون من الصعب ان لم يكن ... علاقات ديبلوماسية معها', 'named', aliases=GIL),
    Q('دان غيلرمان', 'الديبلوماسي الاسرائيلي', 'وقال', 'mixed',
      'اسرائيل ستكون «سعيدة جدا» ... تقيم معها علاقات جيدة', 'title', aliases=GIL),
    Q('دان غيلرمان', '', 'واضاف', 'direct',
      'لكن سيكون من السذاجة ... توفير الامن لها', 'pronoun', aliases=GIL),
], entities=[
    E('جاك شيراك', 'PER', ['شيراك']), E('رومانو برودي', 'PER', ['برودي']), E('انيبال كافاكو سيلفا', 'PER'),
    E('رجب طيب اردوغان', 'PER', ['اردوغان']), E('كوفي انان', 'PER'), E('سيرغي ستانيشيف', 'PER', ['ستانيشيف']),
    E('جوونو سودارسونو', 'PER'), E('دان غيلرمان', 'PER'),
    E('الرئاسة الفرنسية', 'ORG'), E('الامم المتحدة', 'ORG'), E('يونيفيل', 'ORG', ['اليونيفيل']),
    E('رئاسة مجلس الوزراء الايطالي', 'ORG'), E('الاتحاد الاوروبي', 'ORG'),
    E('وكالة الاناضول', 'ORG', ['الاناضول']), E('بي. تي. ايه', 'ORG'), E('وكالة انباء انتارا', 'ORG'),
    E('حزب الله', 'ORG'),
    E('جنوب لبنان', 'LOC'), E('لبنان', 'LOC'), E('روما', 'LOC'), E('ايطاليا', 'LOC'), E('فرنسا', 'LOC'),
    E('تركيا', 'LOC'), E('بلغاريا', 'LOC'), E('فارنا', 'LOC'), E('اندونيسيا', 'LOC'), E('اسرائيل', 'LOC'),
    E('ماليزيا', 'LOC'),
])

# ---------------------------------------------------------------------------
MMH = ['المتحدث باسم المجلس الأعلى الإسلامي في الصومال']
SSA = ['شيخ شريف', 'رئيس مجلس اتحاد المحاكم الإسلامية في الصومال']
SAL = ['صلاد حسن', 'الرئيس الصومالي السابق', 'الرئيس السابق']
ART['anercorp_train_03'] = dict(quotes=[
    Q('إسلاميين وشهود عيان', 'إسلاميين وشهود عيان', 'بحسب', 'indirect',
      'مسلحون صوماليون مدعومون ... من المنطقة دون مواجهات', 'unnamed', optional=True,
      note='"according to" attribution (بحسب)'),
    Q('محمد محمود', 'المتحدث باسم المجلس الأعلى الإسلامي في الصومال محمد محمود', 'وقال', 'indirect',
      'مسلحين موالين لزعيم الحرب ... منطقة الحكم الذاتي بونتلاند', 'named', aliases=MMH),
    Q('شيخ شريف شيخ أحمد', 'رئيس مجلس اتحاد المحاكم الإسلامية في الصومال شيخ شريف شيخ أحمد', 'وقال', 'indirect',
      'قوات المحاكم سترد بقوة ... التي تسيطر عليها المحاكم', 'named', aliases=SSA),
    Q('شيخ شريف شيخ أحمد', 'شيخ شريف', 'وأضاف', 'mixed',
      'توغل قوات إثيوبية داخل الصومال ... السكوت عنه"', 'named', aliases=SSA),
    Q('محمد محمود', 'المتحدث باسم المجلس الأعلى الإسلامي في الصومال', 'وقال', 'indirect',
      'قوات المحاكم ستهاجم ... محافظة مدن وسط الصومال', 'title', aliases=MMH,
      note='same spokesman as in the first paragraph; the relative clause on the town\'s location is kept (end of sentence)'),
    Q('شهود عيان', 'شهود عيان', 'وأكد', 'indirect', 'وجود قوات إثيوبية داخل البلدة', 'unnamed', optional=True,
      note='أكد + noun'),
    Q('سكان بيداوا', 'سكان بيداوا', 'ذكر', 'indirect',
      'حوالي 300 عسكري إثيوبي إضافي قدموا الأحد إليها', 'unnamed',
      note='residents as eyewitness source: kind unnamed by analogy with شهود عيان'),
    Q('أبو القاسم عبدي صلاد حسن', 'صلاد حسن', 'دعا', 'indirect', 'إثيوبيا لسحب قواتها', 'named', optional=True,
      aliases=SAL, at='صلاد حسن دعا', note='photo caption; دعا + noun'),
    Q('أبو القاسم عبدي صلاد حسن', 'الرئيس الصومالي السابق أبو القاسم عبدي صلاد حسن', 'دعا', 'indirect',
      'إثيوبيا إلى سحب قواتها من الصومال في أسرع وقت', 'named', optional=True, aliases=SAL,
      at='وفي سياق ذي صلة', note='دعا ... إلى + noun'),
    Q('أبو القاسم عبدي صلاد حسن', 'الرئيس الصومالي السابق أبو القاسم عبدي صلاد حسن', 'مطالبا', 'indirect',
      'الشعب الصومالي بحمل السلاح ... إذا لم تمتثل لذلك', 'named', optional=True, aliases=SAL,
      note='طالب ... بـ + noun'),
    Q('أبو القاسم عبدي صلاد حسن', 'صلاد حسن', 'ونقل', 'indirect',
      'الشعب الإثيوبي شعب طيب ... أرسلت قواتها إلى الصومال', 'named', aliases=SAL,
      note='نقل موفد الجزيرة نت عن صلاد حسن قوله إن; intermediary: الجزيرة نت; the inner "من وصفها بـ" is kept in the span'),
    Q('أبو القاسم عبدي صلاد حسن', 'الرئيس السابق', 'واعتذر', 'indirect',
      'عن الاتهامات التي وجهها ... في إشارة إلى اتحاد المحاكم الإسلامية', 'title', optional=True, aliases=SAL,
      note='اعتذر عن + noun'),
    Q('أبو القاسم عبدي صلاد حسن', 'الرئيس السابق', 'ونفى', 'indirect',
      'وجود أي إرهابيين في الصومال', 'title', optional=True, aliases=SAL, note='نفى + noun'),
    Q('أبو القاسم عبدي صلاد حسن', 'الرئيس السابق', 'واصفا', 'indirect',
      'هم الإرهابيون بالتجائهم إلى إثيوبيا', 'title', aliases=SAL, note='وصف X بأنهم'),
    Q('أبو القاسم عبدي صلاد حسن', '', 'وناشد', 'indirect',
      'الدول الغربية وخاصة الولايات المتحدة بدعم التغييرات التي يشهدها الصومال', 'pronoun', optional=True,
      aliases=SAL, note='ناشد ... بـ + noun'),
    Q('أبو القاسم عبدي صلاد حسن', '', 'وقال', 'indirect',
      'لا يوجد عداء ضد واشنطن في الصومال', 'pronoun', aliases=SAL),
    Q('موفد الجزيرة نت', 'موفد الجزيرة نت', 'ذكر', 'indirect',
      'اتحاد المحاكم الإسلامية دعا إلى عقد مؤتمر ... لإنهاء الصراع في البلاد', 'unnamed',
      note='the outlet\'s own (unnamed) correspondent'),
    Q('اتحاد المحاكم الإسلامية', 'اتحاد المحاكم الإسلامية', 'دعا', 'indirect',
      'إلى عقد مؤتمر للمصالحة ... لإنهاء الصراع في البلاد', 'organisation', optional=True,
      at='المحاكم الإسلامية دعا', note='nested in the correspondent\'s report; دعا إلى + noun'),
    Q('عبد الرحمن مودي', 'الناطق الرسمي باسم المحاكم عبد الرحمن مودي', 'وقال', 'indirect',
      'هذا المؤتمر الذي سيعقد بمقديشو ... لا تريد خيرا للصومال', 'named'),
    Q('عبد الرحمن مودي', 'الناطق الرسمي باسم المحاكم عبد الرحمن مودي', 'واتهم', 'indirect',
      'الحكومة الانتقالية في بيداوا بالخضوع ... لحمايتها', 'named', optional=True, note='اتهم ... بـ + noun'),
    Q('الحكومة الانتقالية الجديدة', 'الحكومة الانتقالية الجديدة', 'رفضت', 'indirect', 'عرض المحاكم', 'organisation',
      optional=True, note='رفض + noun'),
    Q('عبد الرحمن ديناري', 'المتحدث باسمها عبد الرحمن ديناري', 'واعتبر', 'indirect',
      'هذه المحاولة من جانب المحاكم تسعى للقضاء على حكومته', 'named'),
], entities=[
    E('محمد محمود', 'PER'), E('عبدي حسن أوالي قيديد', 'PER'), E('شيخ شريف شيخ أحمد', 'PER', ['شيخ شريف']),
    E('أبو القاسم عبدي صلاد حسن', 'PER', ['صلاد حسن']), E('علي محمد جيدي', 'PER'),
    E('عبد الرحمن مودي', 'PER'), E('عبد الرحمن ديناري', 'PER'),
    E('المجلس الأعلى الإسلامي', 'ORG'), E('اتحاد المحاكم الإسلامية', 'ORG', ['المحاكم الإسلامية', 'المحاكم']),
    E('الجزيرة نت', 'ORG'), E('رويترز', 'ORG'),
    E('الصومال', 'LOC'), E('إثيوبيا', 'LOC'), E('مقديشو', 'LOC'), E('بنديرادلي', 'LOC'), E('بونتلاند', 'LOC'),
    E('جالكعبو', 'LOC'), E('محافظة مدن', 'LOC'), E('بيداوا', 'LOC'), E('مصر', 'LOC'), E('إيران', 'LOC'),
    E('الولايات المتحدة', 'LOC'), E('واشنطن', 'LOC'), E('جيبوتي', 'LOC'),
])

# ---------------------------------------------------------------------------
IDF = ['متحدث باسم الجيش الإسرائيلي']
SEC = ['مصدر أمني فلسطيني', 'المصدر']
ART['anercorp_train_04'] = dict(quotes=[
    Q('متحدث باسم الجيش الإسرائيلي', 'متحدث باسم الجيش الإسرائيلي', 'وقال', 'direct',
      'ثلاثة فلسطينيين اقتربوا ليلا ... فأطلق الجنود النار وأصابوهم', 'unnamed', aliases=IDF),
    Q('احمد أبو غزة', 'احمد أبو غزة مدير التنسيق والارتباط في وزارة الصحة الفلسطينية', 'قال', 'indirect',
      'نقلت جثث الشهداء ... قبل أن يتم نقلها إلى خان يونس لدفنها', 'named', optional=True,
      note='"بحسب ما قال X" attribution of the preceding clause, no complementiser'),
    Q('مصدر في حركة الجهاد الإسلامي', 'مصدر في حركة الجهاد الإسلامي', 'وأكد', 'mixed',
      'الشهداء الثلاثة هم "صالح عبد الغفور ... وكانوا في عملية"', 'unnamed',
      note='the quotation marks enclose names and a clause (وكانوا في عملية), so mixed'),
    Q('مصدر أمني فلسطيني', 'مصدر أمني فلسطيني', 'أعلن', 'indirect',
      'توغلت عدة آليات عسكرية ... وسط إطلاق النار', 'unnamed', optional=True,
      note='"وفق ما أعلن X" attribution of the preceding clause'),
    Q('مصدر أمني', 'مصدر أمني', 'وقال', 'direct',
      'اكثر من عشرين دبابة ... تغطي عملية التوغل', 'unnamed', at='وقال مصدر أمني لفرانس', aliases=SEC),
    Q('مصدر أمني', '', 'واشار', 'indirect',
      'قوة من الجيش الإسرائيلي داهمت عدة منازل واعتقلت خمسة مواطنين بينهم أحد الجرحى', 'pronoun', aliases=SEC),
    Q('المصدر الطبي', 'المصدر الطبي', 'وقال', 'mixed',
      'الجرحى الأربعة الآخرين ... "طفيفة أو متوسطة"', 'unnamed',
      note='"المصدر الطبي" has no antecedent in the stretch'),
    Q('مصدر أمني محلي', 'مصدر أمني محلي', 'قال', 'indirect',
      'قامت الجرافات العسكرية ... في بساتين في نفس المنطقة', 'unnamed', optional=True,
      note='"وفقا لما قال X" attribution of the preceding clause'),
    Q('مصدر أمني', 'مصدر أمني', 'وقال', 'indirect',
      'مروحية هجومية أطلقت صاروخا ... في عدة منازل مجاورة', 'unnamed', aliases=SEC),
    Q('مصدر أمني', 'مصدر أمني', 'وقال', 'indirect',
      'الجيش الإسرائيلي أنذر عائلتي ... من تنفيذ الغارة', 'unnamed', aliases=SEC),
    Q('متحدث باسم الجيش الإسرائيلي', 'متحدث باسم الجيش الإسرائيلي', 'أكد', 'indirect',
      'الطيران أغار على جباليا', 'unnamed', aliases=IDF),
    Q('متحدث باسم الجيش الإسرائيلي', '', 'وقال', 'mixed',
      'العملية استهدفت "بنى تحتية ... للجهاد الإسلامي"', 'pronoun', aliases=IDF),
    Q('متحدث باسم الجيش الإسرائيلي', '', 'واوضح', 'indirect',
      'إسرائيل أخطرت سكان المنطقة بوقوع الغارة', 'pronoun', aliases=IDF),
    Q('سرايا القدس', 'سرايا القدس الجناح العسكري لحركة الجهاد الإسلامي في فلسطين', 'أعلنت', 'indirect',
      'مسؤوليتها عن قنص جندي إسرائيلي ... جنوب قطاع غزة', 'organisation', optional=True,
      aliases=['السرايا', 'البيان'], note='أعلن + noun'),
    Q('سرايا القدس', 'السرايا', 'وأضافت', 'direct',
      'تمكنت مجموعة من مجاهدي سرايا القدس ... واشتعال النيران فيها', 'organisation', aliases=['السرايا', 'البيان']),
    Q('سرايا القدس', 'البيان', 'واكد', 'indirect',
      'العملية تأتي ردا على التصعيد الإسرائيلي المستمر في قطاع غزة', 'organisation', aliases=['السرايا', 'البيان']),
    Q('سرايا القدس', 'البيان', 'متوعدا', 'indirect',
      'بمزيد من عمليات المقاومة وضرب العمق الإسرائيلي', 'organisation', optional=True,
      aliases=['السرايا', 'البيان'], note='توعد بـ + noun'),
], entities=[
    E('فلسطين', 'LOC', ['فلسطين المحتلة']), E('غزة', 'LOC', ['قطاع غزة']), E('إسرائيل', 'LOC'),
    E('القرارة', 'LOC'), E('خان يونس', 'LOC'), E('كيسوفيم', 'LOC'), E('شهداء الأقصى', 'LOC'),
    E('دير البلح', 'LOC'), E('ناحال عوز', 'LOC'), E('الشجاعية', 'LOC'), E('مستشفى الشفاء', 'LOC'),
    E('رفح', 'LOC'), E('جباليا', 'LOC'), E('خزاعة', 'LOC'),
    E('سرايا القدس', 'ORG', ['السرايا']), E('حركة الجهاد الإسلامي', 'ORG', ['الجهاد الإسلامي']),
    E('وزارة الصحة الفلسطينية', 'ORG'), E('وكالة فرانس برس', 'ORG', ['فرانس برس']),
    E('حركة المقاومة الإسلامية', 'ORG', ['حماس', 'حركة حماس']),
    E('احمد أبو غزة', 'PER'), E('صالح عبد الغفور', 'PER'), E('بسام شراب', 'PER'), E('سعيد الفرا', 'PER'),
    E('منصور أبو حميد', 'PER'), E('هاشم عسلية', 'PER'),
])

# ---------------------------------------------------------------------------
TRI = ['تريباثي', 'وزير التموين']
RAB = ['الرابطة', 'رابطة أصحاب محطات الوقود']
ART['anercorp_train_05'] = dict(quotes=[
    Q('محطات الوقود', 'محطات الوقود', 'وطالبت', 'indirect',
      'بتعويض عن الخسائر التي منيت بها ... لارتفاع أسعار الوقود', 'organisation', optional=True,
      note='طالب بـ + noun'),
    Q('أحد أعضاء مجلس الوزراء', 'أحد أعضاء مجلس الوزراء', 'وقال', 'indirect',
      'رئيس الوزراء جيريجا براساد كويرالا ... لانهاء الاضراب', 'unnamed'),
    Q('هريديش تريباثي', 'تريباثي', 'وقال', 'mixed', 'المحادثات "ستبدأ اليوم"', 'named', aliases=TRI),
    Q('رابطة أصحاب محطات الوقود في نيبال', 'رابطة أصحاب محطات الوقود في نيبال', 'وأصدرت', 'indirect',
      'تغلق إلي أجل غير مسمي ... يومي السبت والاحد الماضيين', 'organisation', optional=True, aliases=RAB,
      note='an order (أصدرت أوامر ... بأن), not clearly an utterance'),
    Q('شهود عيان', 'شهود عيان', 'وقال', 'indirect',
      'صفوف السيارات امتدت لاكثر من كيلومترين في إحدي محطات البنزين', 'unnamed'),
    Q('رابطة أصحاب محطات الوقود في نيبال', 'رابطة أصحاب محطات الوقود', 'قالت', 'indirect',
      'نحو 12 مضخة بنزين دمرت نتيجة الاحتجاجات العنيفة', 'organisation', aliases=RAB),
    Q('رابطة أصحاب محطات الوقود في نيبال', 'الرابطة', 'وتطالب', 'indirect',
      'شركة نفط نيبال التي تحتكر ... بدفع تعويضات عن هذه الخسائر', 'organisation', optional=True, aliases=RAB,
      note='طالب ... بـ + noun'),
], entities=[
    E('كاتمندو', 'LOC'), E('نيبال', 'LOC'), E('د ب أ', 'ORG'),
    E('جيريجا براساد كويرالا', 'PER'), E('هريديش تريباثي', 'PER', ['تريباثي']),
    E('شركة نفط نيبال', 'ORG'), E('رابطة أصحاب محطات الوقود في نيبال', 'ORG', ['رابطة أصحاب محطات الوقود']),
    E('منظمة ساجها', 'ORG'),
])

# ---------------------------------------------------------------------------
ART['anercorp_train_06'] = dict(quotes=[
    Q('النقاد', 'النقاد', 'واعتبرها', 'indirect',
      'من بين أعمال محفوظ الاقل شأنا ... التي احتملها الطرفان', 'group',
      note='اعتبر + small clause (critics\' judgement); runs to the end of the sentence'),
    Q('محفوظ', 'محفوظ', 'قال', 'indirect',
      'كتبها بضمير مستريح ... وقائدها عبد الناصر', 'named',
      note='starts after انه; "فيما يشبه الايضاح لا الاعتذار" is the journalist\'s comment, outside the span'),
    Q('محفوظ', '', 'وأضاف', 'direct',
      'لو كنت أعلم أن آخرين ... ما كتبت الكرنك', 'pronoun'),
    Q('بعض النقاد', 'بعض النقاد', 'واعتبرها', 'indirect',
      'إعادة صياغة لروايته "أولاد حارتنا"', 'group', note='اعتبر + small clause; the marks enclose a title'),
    Q('آخرون', 'آخرون', 'رأى', 'indirect', 'أبرز أعماله', 'group', note='starts after أنها'),
    Q('تقرير نوبل', 'تقرير نوبل', 'وأشار', 'indirect',
      'الأعمال التي حاز عنها الجائزة ... "دنيا الله"', 'organisation',
      note='the quotation marks enclose titles only; a report as source (kind as for a statement)'),
    Q('محفوظ', 'محفوظ', 'ردد', 'indirect', 'أصبح موظفا عند السيد نوبل', 'named',
      note='ردد (kept saying) as a report verb; span stops before the journalist\'s "في إشارة إلى أن ..."'),
    Q('محفوظ', '', 'قال', 'direct',
      'ان جائزة نوبل في العلوم ... الى أربعة أركان المعمورة', 'pronoun',
      note='قال فيها (in his message); ان is inside the quotation marks and stays in the span'),
    Q('محفوظ', '', 'وأوضح', 'direct',
      'ليس هناك تقريبا علماء مظلومون ولكن هناك أدباء كثيرين قد وقع الظلم عليهم', 'pronoun'),
    Q('محفوظ', '', 'وأشار', 'mixed',
      'رغم ازدهار الرواية ... أمام وسائط التكنولوجيا المتقدمة"', 'pronoun', note='starts after أنه'),
    Q('محفوظ', '', 'وأضاف', 'mixed',
      'يقاوم "وأن يستكشف ... يبحثون عن الادب"', 'pronoun',
      note='وأضاف متمنيا للادب أن يقاوم "..." : the span starts after the complementiser أن; the quotation runs over two source sentences'),
], entities=[
    E('محفوظ', 'PER'), E('عبد الناصر', 'PER'),
    E('مجلة نصف الدنيا', 'ORG', ['نصف الدنيا']), E('وزارة المعارف', 'ORG'), E('مجمع اللغة العربية', 'ORG'),
    E('وزارة الثقافة المصرية', 'ORG'),
])

# ---------------------------------------------------------------------------
BOL = ['بولتون', 'السفير الامريكي']
BAD = ['ممثل قطر', 'السفير القطري']
WAN = ['وانغ', 'سفير الصين']
RES = ['القرار', 'النص', 'القرار 1706']
ART['anercorp_train_07'] = dict(quotes=[
    Q('القرار 1706', 'القرار', 'ينص', 'mixed', 'على نشر تلك القوة على "اساس موافقة الحكومة" السودانية',
      'organisation', optional=True, aliases=RES, note='a text "providing for" + noun'),
    Q('القرار 1706', 'القرار', 'وينص', 'indirect',
      'على نشر قوة تابعة للامم المتحدة ... في هذا الاقليم السوداني المضطرب', 'organisation', optional=True,
      aliases=RES, note='نص على + noun'),
    Q('جون بولتون', 'السفير الامريكي جون بولتون', 'وقال', 'direct',
      'نحن سعداء لاتخاذ مجلس الامن هذه الخطوة المهمة', 'named', aliases=BOL),
    Q('جون بولتون', '', 'واضاف', 'direct',
      'لا بد من التحرك فورا لتطبيقه ووضع حد للاحداث المفجعة في دارفور', 'pronoun', aliases=BOL),
    Q('جون بولتون', 'بولتون', 'وقال', 'indirect',
      'واشنطن تتوقع من الخرطوم الامتثال لشروط القرار', 'named', aliases=BOL),
    Q('جون بولتون', 'بولتون', 'محذرا', 'mixed',
      'عدم قيامها بذلك سيؤدي ... التي يعاني منها سكان الاقليم', 'named', aliases=BOL, note='حذر من ان'),
    Q('قطر', 'قطر', 'واكدت', 'indirect', 'لا يمكنها تأييد النص', 'organisation', note='starts after انه'),
    Q('جمال ناصر البدر', 'ممثل قطر جمال ناصر البدر', 'وقال', 'direct',
      'لا بد من بذل مزيد من الجهود للحصول على موافقة طوعية من السودان', 'named', aliases=BAD),
    Q('جمال ناصر البدر', '', 'واضاف', 'direct', 'كما نعلم، الموافقة يجب ان تكون طوعية', 'pronoun', aliases=BAD),
    Q('جمال ناصر البدر', 'السفير القطري', 'اعرب', 'indirect',
      'عن اسفه من عدم استجابة المجلس ... لاحلال الامن في دارفور', 'title', optional=True, aliases=BAD,
      note='أعرب عن أسفه: nominal complement'),
    Q('نانا ايفا - ابنتنغ', 'سفير غانا، رئيس المجلس نانا ايفا - ابنتنغ', 'وقال', 'direct',
      'القرار لا يغلق الباب امام مزيد من الحوار مع الحكومة السودانية', 'named',
      aliases=['سفير غانا', 'رئيس المجلس']),
    Q('نانا ايفا - ابنتنغ', '', 'واضاف', 'indirect',
      'المشاورات ستتواصل مع الجامعة العربية ... مع مجلس الامن الدولي في 8 سبتمبر', 'pronoun',
      aliases=['سفير غانا', 'رئيس المجلس']),
    Q('وانغ غوانغيا', 'سفير الصين وانغ غوانغيا', 'وقال', 'mixed',
      'بلاده تدعم نشر قوة دولية في دارفور "ما ان يكون ذلك ممكنا"', 'named', aliases=WAN),
    Q('وانغ غوانغيا', 'سفير الصين وانغ غوانغيا', 'موضحا', 'mixed',
      'بلاده امتنعت عن التصويت ... في عرض النص للتصويت"', 'named', aliases=WAN),
    Q('وانغ غوانغيا', 'وانغ', 'واعرب', 'mixed',
      'عن مخاوفه من ان يتسبب القرار 1706 بمزيد من "سوء الفهم والمواجهات"', 'named', optional=True,
      aliases=WAN, note='أعرب عن مخاوفه من ان: nominal complement (fear), as أعرب عن أمله in gold/'),
    Q('كنزو اوشيما', 'ممثل اليابان كنزو اوشيما', 'واعتبر', 'mixed',
      'يفترض اعتماد خطة "صارمة ... على على موافقة الخرطوم', 'named', note='starts after انه'),
    Q('القرار 1706', 'النص', 'التأكيد', 'direct',
      'التزام المجلس القوي ... الى الامم المتحدة في دارفور', 'organisation', aliases=RES,
      note='يعيد النص التأكيد على "...": nominal complement entirely inside quotation marks, kept as required (as in gold/ 08)'),
    Q('القرار 1706', 'النص', 'يعرب', 'direct',
      'تصميم المجلس على العمل ... التي يواجهها السودان', 'organisation', aliases=RES,
      note='nominal complement entirely inside quotation marks: required'),
    Q('القرار 1706', 'النص', 'ويشير', 'mixed',
      'القوة الدولية المقترحة يفترض ... وبمشاركة افريقية كبيرة"', 'organisation', aliases=RES,
      note='coordinated verb; subject of the governing verb is النص'),
    Q('القرار 1706', 'القرار', 'ونص', 'indirect',
      'مهمة دارفور يمكن ان تنفذ ... والبالغ عديدها 12273 عنصرا', 'organisation', aliases=RES),
    Q('القرار 1706', '', 'ودعا', 'mixed',
      '"الدول الاعضاء الى توفير امكانية انتشار سريع" للقوة', 'pronoun', aliases=RES,
      note='دعا + quoted complement; the last word is outside the marks, so mixed; kept required like other fully quoted complements'),
    Q('القرار 1706', 'القرار الذي اعدته بريطانيا والولايات المتحدة', 'ويدعو', 'indirect',
      'الى زيادة عدد قوة الامم المتحدة ... لاعادة بناء المؤسسات المدمرة', 'organisation', optional=True,
      aliases=RES, note='دعا إلى + noun'),
    Q('متمردو دارفور', 'متمردو دارفور', 'قال', 'indirect',
      'طائرات حربية وقوات سودانية هاجمت ... تابعة للامم المتحدة في الاقليم', 'group'),
], entities=[
    E('قطر', 'LOC'), E('الصين', 'LOC'), E('روسيا', 'LOC'), E('السودان', 'LOC'), E('جنوب السودان', 'LOC'),
    E('دارفور', 'LOC'), E('ابوجا', 'LOC'), E('بريطانيا', 'LOC'), E('الدنمارك', 'LOC'), E('سلوفاكيا', 'LOC'),
    E('غانا', 'LOC'), E('اليونان', 'LOC'), E('تنزانيا', 'LOC'), E('واشنطن', 'LOC'), E('الخرطوم', 'LOC'),
    E('اليابان', 'LOC'), E('الولايات المتحدة', 'LOC'),
    E('الامم المتحدة', 'ORG'), E('الاتحاد الافريقي', 'ORG'), E('مجلس الامن الدولي', 'ORG', ['مجلس الامن']),
    E('الجامعة العربية', 'ORG'), E('منظمة المؤتمر الاسلامي', 'ORG'),
    E('قوات الامم المتحدة في السودان', 'ORG', ['انميس']),
    E('جون بولتون', 'PER', ['بولتون']), E('جمال ناصر البدر', 'PER'), E('عمر البشير', 'PER'),
    E('نانا ايفا - ابنتنغ', 'PER'), E('وانغ غوانغيا', 'PER', ['وانغ']), E('كنزو اوشيما', 'PER'),
])

# ---------------------------------------------------------------------------
EIA = ['إدارة معلومات الطاقة التابعة لوزارة الطاقة الأميركية', 'الإدارة']
MAN = ['المدير التنفيذي لوكالة الطاقة الدولية']
ART['anercorp_train_08'] = dict(quotes=[
    Q('هوارد جرونسبكت', 'هوارد جرونسبكت المسؤول بالإدارة', 'وقال', 'indirect',
      'عدلت كذلك بالخفض ... 7 مليون برميل يوميا', 'named',
      note='starts after إنها (the corpus\'s split decimal 1.7 is rejoined by build_texts_train.py)'),
    Q('إدارة معلومات الطاقة الأميركية', 'إدارة معلومات الطاقة التابعة لوزارة الطاقة الأميركية', 'وقالت', 'indirect',
      'بسبب محدودية الزيادات ... ستظل مصدر قلق', 'organisation', aliases=EIA, note='starts after إنه'),
    Q('إدارة معلومات الطاقة الأميركية', 'الإدارة', 'وقالت', 'indirect',
      'خفضت توقعاتها لإنتاج النفط الخام ... وعام 2007 كاملا', 'organisation', aliases=EIA),
    Q('إدارة معلومات الطاقة الأميركية', '', 'وأضافت', 'indirect',
      'من المتوقع أن يبلغ إنتاج أوبك ... عن توقعاتها في أغسطس / آب', 'pronoun', aliases=EIA,
      note='في تقريرها الشهري'),
    Q('كلود مانديل', 'كلود مانديل المدير التنفيذي لوكالة الطاقة الدولية', 'قال', 'indirect',
      'الضغوط على طاقة تكرير النفط العالمية قد تخف بحلول عام 2010', 'named', aliases=MAN),
    Q('كلود مانديل', '', 'وقال', 'indirect',
      'هناك 66 مشروعا لمعامل تكرير ... على مستوى العالم', 'pronoun', aliases=MAN),
    Q('كلود مانديل', '', 'أضاف', 'indirect',
      'لديه بعض الشكوك فيما إذا كانت كل هذه المشروعات ستتحقق', 'pronoun', aliases=MAN, note='لكنه أضاف أن'),
], entities=[
    E('إدارة معلومات الطاقة الأميركية', 'ORG', ['إدارة معلومات الطاقة']), E('وزارة الطاقة الأميركية', 'ORG'),
    E('منظمة أوبك', 'ORG', ['أوبك']), E('وكالة الطاقة الدولية', 'ORG'),
    E('هوارد جرونسبكت', 'PER'), E('كلود مانديل', 'PER'),
    E('السعودية', 'LOC'), E('فيينا', 'LOC'),
])

# ---------------------------------------------------------------------------
HAR = ['الحريري', 'رئيس كتلة تيار المستقبل']
NAS = ['نصرالله', 'الامين العام لحزب الله']
ART['anercorp_train_09'] = dict(quotes=[
    Q('سعد الحريري', 'رئيس كتلة تيار المستقبل سعد الحريري', 'حذر', 'indirect',
      'من محاولات الاطاحة بالحكومة اللبنانية', 'named', optional=True, aliases=HAR, note='حذر من + noun'),
    Q('سعد الحريري', 'رئيس كتلة تيار المستقبل سعد الحريري', 'معتبرا', 'indirect',
      'لبنان يعاني اليوم من كارثة ... على مدى اكثر من شهر', 'named', aliases=HAR),
    Q('سعد الحريري', 'سعد الحريري', 'وقال', 'indirect',
      'من واجبي في هذا اليوم ان اجدد تمسك تيار المستقبل بحكومة الرئيس فؤاد السنيورة', 'named', aliases=HAR,
      note='verbatim first-person speech without quotation marks or colon: indirect (as in gold/)'),
    Q('سعد الحريري', 'سعد الحريري', 'واعتبر', 'indirect',
      'أي دعوة لتغييرها ... جملة وتفصيلا', 'named', aliases=HAR, note='coordinated verb'),
    Q('حسن نصرالله', 'الامين العام لحزب الله السيد حسن نصرالله', 'دعا', 'indirect',
      'الى تغيير حكومة السنيورة', 'named', optional=True, aliases=NAS, note='دعا إلى + noun'),
    Q('حسن نصرالله', 'الامين العام لحزب الله السيد حسن نصرالله', 'بقوله', 'indirect',
      'الحكومة الحالية ليست قادرة ... ولا على توحيد لبنان', 'named', aliases=NAS,
      note='statement noun (بقوله ان) governing the content'),
    Q('سعد الحريري', 'سعد الحريري', 'واكد', 'indirect', 'التمسك بحكومة فؤاد السنيورة', 'named', optional=True,
      aliases=HAR, note='أكد + noun'),
    Q('سعد الحريري', 'سعد الحريري', 'وقال', 'indirect',
      'هي التي توصلت الى وقف الحرب ... بالقوة الدولية المعززة الى لبنان', 'named', aliases=HAR,
      note='coordinated verb; starts after انها'),
    Q('سعد الحريري', '', 'وقال', 'indirect',
      'بعد الجريمة التي ارتكبها ... لحكومة السنيورة', 'pronoun', aliases=HAR, note='starts after انه'),
    Q('سعد الحريري', 'الحريري', 'واعتبر', 'indirect',
      'بعض ما سمعناه ترجمة محلية ... مع مفاهيم الوحدة الوطنية', 'named', aliases=HAR,
      note='span stops before the journalist\'s "في اشارة الى ..."'),
    Q('حسن نصرالله', 'نصرالله', 'اعلان', 'indirect',
      'تحقيق نصر الهي استراتيجي ... في الجنوب اللبناني', 'named', optional=True, aliases=NAS,
      note='statement masdar with a nominal complement'),
    Q('سعد الحريري', 'سعد الحريري', 'قال', 'indirect', 'لبنان يعاني اليوم من محنة كبرى', 'named', aliases=HAR,
      at='قال سعد الحريري ان لبنان'),
    Q('سعد الحريري', '', 'ووصف', 'indirect',
      'الكارثة التي وسعت نطاق الاحتلال ... من القوات والاساطيل', 'pronoun', aliases=HAR, note='وصف X بأنها'),
    Q('سعد الحريري', 'الحريري', 'واكد', 'indirect',
      'تمسك قوى 14 اذار المناهضة لسوريا باتفاق الطائف 1989', 'named', optional=True, aliases=HAR,
      note='أكد + noun; the relative clause on the accord is background'),
    Q('حزب الله', 'حزب الله', 'اعلان', 'indirect',
      'امتلاكه لعشرين الفا من الصواريخ وتمسكه بسلاحه في الوقت الحالي', 'organisation', optional=True,
      note='statement masdar with a nominal complement'),
    Q('سعد الحريري', 'الحريري', 'وقال', 'indirect', 'اتفاق الطائف باق', 'named', aliases=HAR,
      note='verbatim speech without marks'),
    Q('سعد الحريري', 'الحريري', 'مؤكدا', 'indirect',
      'استعدادنا للحوار من اعتبار الطائف السقف الذي يوفر الاستقرار', 'named', optional=True, aliases=HAR,
      note='participle with a nominal complement (verbatim, first person)'),
    Q('سعد الحريري', '', 'وشجب', 'indirect', 'مشروع الاستيلاء على الحكومة', 'pronoun', optional=True,
      aliases=HAR, note='شجب + noun'),
    Q('سعد الحريري', '', 'وقال', 'indirect',
      'لن نعلن الاستسلام ونؤكد ... على الطائف وعلى السلطة الحالية', 'pronoun', aliases=HAR,
      note='verbatim speech without marks'),
], entities=[
    E('بيروت', 'LOC'), E('لبنان', 'LOC'), E('اسرائيل', 'LOC'), E('سوريا', 'LOC'),
    E('فرانس برس', 'ORG', ['اف ب']), E('تيار المستقبل', 'ORG'), E('حزب الله', 'ORG'), E('قوى 14 اذار', 'ORG'),
    E('سعد الحريري', 'PER', ['الحريري']), E('فؤاد السنيورة', 'PER', ['السنيورة']),
    E('حسن نصرالله', 'PER', ['نصرالله']), E('ايهود اولمرت', 'PER'), E('بشار الاسد', 'PER'),
])

# ---------------------------------------------------------------------------
SAL10 = ['صالح', 'مدير الكرة بالوحدة']
KOB = ['كوبل']
JUM = ['جمعة']
ART['anercorp_train_10'] = dict(quotes=[
    Q('عبدالله صالح', 'عبدالله صالح مدير الكرة بالوحدة', 'أكد', 'indirect',
      'مباراة اليوم أمام الجزيرة ... وليست نهاية كما يتخيل البعض', 'named', aliases=SAL10,
      note='two coordinated أن clauses form one span'),
    Q('عبدالله صالح', '', '', 'indirect', 'فالوحدة فريق كبير وتطلعاته عالية دائماً', 'pronoun', optional=True,
      aliases=SAL10, note='probable continuation of his words, no cue and no quotation marks'),
    Q('عبدالله صالح', 'صالح', 'وقلل', 'indirect', 'من آثار خسارة مباراة الإمارات', 'named', optional=True,
      aliases=SAL10, note='قلل من + noun'),
    Q('عبدالله صالح', 'صالح', 'ونوّه', 'indirect',
      'الوحدة لم يكن فيها ... التي تسببت في هذه الخسارة', 'named', aliases=SAL10, note='coordinated verb'),
    Q('عبدالله صالح', 'عبدالله صالح', 'أعرب', 'indirect',
      'عن تقدير العنابي الكامل له ... بين ثلاثي المقدمة', 'named', optional=True, aliases=SAL10,
      note='أعرب عن + noun'),
    Q('عبدالله صالح', '', 'أشار', 'indirect',
      'فريق الجزيرة يعرف هو الآخر قدر الوحدة وقوته', 'pronoun', aliases=SAL10, note='ولكنه أشار أيضاً إلى أن'),
    Q('عبدالله صالح', 'صالح', 'أكد', 'indirect',
      'الكرة تعطي من يعطيها ... قوة هجومية ضاربة', 'named', aliases=SAL10, at='أكد صالح على أن'),
    Q('عبدالله صالح', '', '', 'indirect',
      'وأهمية هذه المباراة تجعل كل اللاعبين يمضون باتجاه التفوق على حد سواء', 'pronoun', optional=True,
      aliases=SAL10, note='probable continuation of his words, no cue and no quotation marks'),
    Q('عبدالله صالح', 'عبدالله صالح', 'قال', 'indirect',
      'لن تفلح هذه الطرق ... قبل مباراة الجزيرة', 'named', aliases=SAL10,
      note='قال ... على أنه; "وهذا ما تم علاجه" kept in the span (end of sentence)'),
    Q('هورست كوبل', 'كوبل', 'قال', 'indirect',
      'ذلك لم يكن بسبب أخطاء ... يقوم بهذا التعديل', 'named', aliases=KOB),
    Q('هورست كوبل', 'كوبل', 'أكد', 'indirect',
      'شاهد شريط المباراة ... مصادر الخطورة في فريق الجزيرة', 'named', aliases=KOB),
    Q('هورست كوبل', 'كوبل', 'ووصفه', 'indirect',
      'فريق خطير هجومياً ... وحصد نقاطها الثلاث', 'named', aliases=KOB,
      note='وصفه بأنه; the following "وأن الفريق جاهز" clause is kept in this span'),
    Q('هورست كوبل', 'هورست كوبل', 'وشدد', 'indirect',
      'على الروح المعنوية العالية ... الخسارة الأولى والفوز بها', 'named', optional=True, aliases=KOB,
      note='شدد على + noun'),
    Q('عبدالسلام جمعة', 'عبدالسلام جمعة', 'وعبر', 'indirect',
      'عن احساسهم بالمسؤولية في هذه المباراة', 'named', optional=True, aliases=JUM, note='عبر عن + noun'),
    Q('عبدالسلام جمعة', 'عبدالسلام جمعة', 'وأكد', 'indirect',
      'العيب لم يكن في طريقة اللعب ... في الخسارة السابقة', 'named', aliases=JUM,
      note='coordinated verb; span stops before the next clause (وقدم جمعة الشكر ...)'),
    Q('عبدالسلام جمعة', 'جمعة', 'مؤكداً', 'indirect',
      'الجميع عازم كل العزم ... يليق باسم نادي الوحدة', 'named', aliases=JUM,
      note='participle governed by قدم (subject جمعة)'),
    Q('عبدالسلام جمعة', 'عبدالسلام جمعة', 'ووعد', 'indirect',
      'جماهير العنابي بتقديم الكرة ... والفوز بالمباراة', 'named', optional=True, aliases=JUM,
      note='promise with a nominal complement'),
    Q('عبدالله ناصر الجنيبي', 'عبدالله ناصر الجنيبي أمين السر', 'وقال', 'indirect',
      'الفوز يعني ثلاث نقاط ... والعاصمة بشكل خاص', 'named', aliases=['أمين السر']),
    Q('عبدالله ناصر الجنيبي', '', 'وأضاف', 'indirect',
      'المباراة السابقة مع الإمارات ... بين الإدارة والجهاز الفني', 'pronoun', aliases=['أمين السر']),
    Q('عبدالله ناصر الجنيبي', '', '', 'indirect',
      'وبمعالجة هذه الأخطاء سيظهر ... في لقائه أمام الجزيرة', 'pronoun', optional=True, aliases=['أمين السر'],
      note='probable continuation of his words, no cue and no quotation marks'),
    Q('عبدالله ناصر الجنيبي', '', 'وقال', 'indirect',
      'ثقتنا كبيرة في اللاعبين ... خلال اللقاء إن شاء الله', 'pronoun', aliases=['أمين السر']),
], entities=[
    E('عبدالله صالح', 'PER', ['صالح']), E('هورست كوبل', 'PER', ['كوبل']), E('عبدالسلام جمعة', 'PER', ['جمعة']),
    E('عبدالله ناصر الجنيبي', 'PER'),
    E('نادي الوحدة', 'ORG', ['الوحدة', 'العنابي']), E('الجزيرة', 'ORG'), E('الإمارات', 'ORG'), E('الشباب', 'ORG'),
])


# ---------------------------------------------------------------------------
def main():
    os.makedirs(os.path.join(HERE, 'gold2'), exist_ok=True)
    for art_id, spec_ in ART.items():
        text = open(os.path.join(HERE, 'texts2', art_id + '.txt'), encoding='utf-8').read()
        sents = score.split_sentences(text)
        quotes, pos = [], 0
        for q in spec_['quotes']:
            s, e = locate(text, q['quote'], q['at'], pos)
            quote = text[s:e]
            while quote and quote[-1] in '.،, ':
                quote = quote[:-1]; e -= 1
            assert text[s:e] == quote
            si = next(i for i, (a, b) in enumerate(sents) if a <= s < b)
            d = OrderedDict(speaker=q['speaker'], speaker_mention=q['speaker_mention'], cue=q['cue'],
                            type=q['type'], quote=quote, sentence_index=si, char_start=s, char_end=e,
                            speaker_kind=q['speaker_kind'])
            if q['speaker_aliases']:
                d['speaker_aliases'] = q['speaker_aliases']
            if q['optional']:
                d['optional'] = True
            if q['note']:
                d['note'] = q['note']
            if q['speaker_mention'] and q['speaker_mention'] not in text:
                print(f'  WARNING {art_id}: mention not in text: {q["speaker_mention"]}', file=sys.stderr)
            if q['cue'] and q['cue'] not in text:
                print(f'  WARNING {art_id}: cue not in text: {q["cue"]}', file=sys.stderr)
            for al in q['speaker_aliases'] or []:
                if al not in text:
                    print(f'  WARNING {art_id}: alias not in text: {al}', file=sys.stderr)
            quotes.append(d)
            pos = s
        quotes.sort(key=lambda d: (d['char_start'], d['char_end']))
        a, b = RANGES[art_id]
        doc = OrderedDict(id=art_id,
                          source=f'ANERcorp CAMeL Lab train split, sentences {a}\u2013{b} '
                                 f'(ANERCorp_CamelLab_train.txt, 0-based; detokenised by build_texts_train.py)',
                          licence='CC BY-SA 4.0', title=None, text=text, quotes=quotes,
                          entities=count_entities(text, spec_['entities']))
        with open(os.path.join(HERE, 'gold2', art_id + '.json'), 'w', encoding='utf-8') as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
        nreq = sum(1 for d in quotes if not d.get('optional'))
        print(f'{art_id}: {len(quotes)} quotes ({nreq} required), {len(doc["entities"])} entities')


if __name__ == '__main__':
    main()

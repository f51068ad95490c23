#!/usr/bin/env python3
"""Hand annotations for the held-out ANERcorp articles -> gold/*.json.

Quotes are written by hand below.  A quote string may be given in full or as
"START ... END" (three dots between spaces): the span then runs from the first
occurrence of START (searched after the optional anchor string `at`) to the end of
the first following occurrence of END.  Offsets and sentence indices are computed
here and checked (text[char_start:char_end] == quote).
Entities are listed by hand (canonical, label, variants); their surface forms and
counts are found mechanically (whole words, optional proclitics, longest match
first, non-overlapping).
"""
import importlib.util, json, os, re, sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('score', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'tools', 'score.py'))
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)

RANGES = {}
for line in open(os.path.join(HERE, 'build_texts.py'), encoding='utf-8'):
    m = re.match(r"\s*\('(anercorp_test_\d+)', (\d+), (\d+)\)", line)
    if m:
        RANGES[m.group(1)] = (int(m.group(2)), int(m.group(3)))

ART = OrderedDict()


def Q(speaker, mention, cue, typ, quote, kind, at=None, aliases=None, optional=False, note=None):
    return dict(speaker=speaker, speaker_mention=mention, cue=cue, type=typ, quote=quote,
                speaker_kind=kind, at=at, speaker_aliases=aliases, optional=optional, note=note)


def E(text, label, variants=()):
    return (text, label, list(variants))


# ---------------------------------------------------------------------------
ART['anercorp_test_01'] = dict(quotes=[
    Q('الصحف البريطانية', 'الصحف البريطانية', 'وأكدت', 'indirect',
      'إسرائيل تأخذ تهديدات سورية بشأن الجولان مأخذ الجد', 'group',
      note='coordinated verb; subject of the governing verb (تعددت/تناولت) is الصحف البريطانية'),
    Q('كاكبيرن', '', 'قال', 'indirect',
      'حظر مسعود البارزاني ... عن بقية العراق', 'pronoun',
      note='قال فيه (in his article); the writer is named only later (كاكبيرن); the preceding lead sentence of the source article is outside the stretch'),
    Q('كاكبيرن', 'كاكبيرن', 'وأضاف', 'indirect',
      'أكراد العراق لا يبحثون ... عن الاستقلال التام', 'named'),
    Q('مسعود البارزاني', 'البارزاني', 'ونقل', 'indirect',
      'عدم اللجوء إلى الحل الفدرالي في العراق يعني أنه لا أمل في أن يستمر هذا البلد', 'named',
      aliases=['البارزاني'], note='نقل عن البارزاني قوله إن; intermediary: كاكبيرن'),
    Q('كاكبيرن', 'كاكبيرن', 'لاحظ', 'indirect',
      'العرب العراقيين يقبلون ... خاصة مدينة كركوك', 'named',
      note='لاحظ (noted, in his article) treated as a report verb'),
    Q('كاكبيرن', '', 'وذكر', 'indirect',
      'هذا التوجه أشعل فتنة بين العرب والأكراد في تلك المناطق', 'pronoun'),
    Q('كاكبيرن', '', 'مشيرا', 'indirect',
      'العراق الذي يئن ... في المناطق الشمالية', 'pronoun', at='مشيرا إلى أن العراق'),
    Q('كاكبيرن', 'كاكبيرن', 'وختم', 'indirect',
      'العراق الجديد سيكون فدراليا ... بدل صناديق الاقتراع', 'named',
      note='وختم كاكبيرن بالقول إن; the inner "كما قال البارزاني" is kept inside the span'),
    Q('فاينانشال تايمز', 'صحيفة فاينانشال تايمز', 'قالت', 'indirect',
      'معلومات عن الحرب على العراق كشف عنها ... إدارة الرئيس الأميركي جورج بوش', 'organisation',
      aliases=['صحيفة فاينانشال تايمز']),
    Q('فاينانشال تايمز', '', 'وقالت', 'indirect',
      'وودورد رسم في كتابه "حالة النكران" صورة للصراعات الشخصية الحادة داخل الإدارة الأميركية', 'pronoun',
      aliases=['صحيفة فاينانشال تايمز'], note='quotation marks enclose only a book title'),
    Q('بوب وودورد', 'وودورد', 'مشيرا', 'indirect',
      'آندرو كارل رئيس موظفي ... على خلفية إدارته للحرب على العراق', 'named', at='مشيرا إلى أن آندرو',
      aliases=['وودورد'],
      note='masculine participle governed by رسم (subject وودورد) inside the FT report'),
    Q('بوب وودورد', 'الكتاب', 'ويذكر', 'indirect',
      'هذه الإدارة تجاهلت تحذيرات ... بشأن هجمات إرهابية وشيكة', 'organisation',
      aliases=['وودورد', 'حالة النكران', 'الكتاب'], note='the book "حالة النكران" by Woodward is the source (statement-like)'),
    Q('بوب وودورد', 'وودورد', 'ونقلت', 'indirect',
      'الإدارة الأميركية ضللت الشعب الأميركي فيما يتعلق بمستوى العنف في العراق', 'named',
      aliases=['وودورد'], note='نقلت صحيفة غارديان عن وودورد قوله إن; intermediary: غارديان'),
    Q('بوب وودورد', 'وودورد', 'مشيرا', 'indirect',
      'المقاتلين العراقيين يشنون هجوما كل 15 دقيقة ضد قوات التحالف في العراق', 'named',
      aliases=['وودورد']),
    Q('ذي إندبندنت', 'ذي إندبندنت', 'قالت', 'indirect',
      'رغم أن بوش قد أرغم ... ومن التهديد الإرهابي على بريطانيا', 'organisation'),
    Q('تقرير سري', 'تقرير سري', 'يؤكد', 'indirect',
      'الحرب على العراق زادت من التهديدات الإرهابية', 'organisation', optional=True,
      note='nested inside the Independent quote; non-agentive source (a report)'),
    Q('مجموعة تفكيرية تابعة لوزارة الدفاع البريطانية', 'مجموعة تفكيرية تابعة لوزارة الدفاع البريطانية', 'أكدت', 'mixed',
      'الحرب على العراق استخدمت كـ"عامل تجنيدي" للمتشددين الإسلاميين عبر العالم الإسلامي', 'organisation',
      optional=True, note='nested inside the Independent quote'),
    Q('ديلي تلغراف', 'ديلي تلغراف', '', 'direct',
      'إسرائيل مصممة على أن لا تفاجأ مرة أخرى, كما وقع لها عام 1973, بهجوم لم تكن حسبت له حسابه ولذلك فهي تحمل التهديدات السورية على محمل الجد',
      'organisation', optional=True, aliases=['صحيفة ديلي تلغراف'],
      note='caption-style pull quote followed by the source name, no speech word'),
    Q('ديلي تلغراف', 'صحيفة ديلي تلغراف', 'قالت', 'indirect',
      'إسرائيل وضعت قواتها ... لاسترداد مرتفعات الجولان', 'organisation', aliases=['صحيفة ديلي تلغراف'],
      note='the preceding quoted string is an article headline (تحت عنوان), not a quote'),
    Q('تقارير', 'تقارير', 'تفيد', 'indirect',
      'الرئيس السوري بشار الأسد ربما يفكر في شن هجمات عسكرية لاسترداد مرتفعات الجولان', 'unnamed',
      optional=True, note='non-agentive source nested in the Telegraph quote'),
    Q('ديلي تلغراف', 'الصحيفة', 'وقالت', 'indirect',
      'المخابرات العسكرية الإسرائيلية قللت من قدرة دمشق على شن هجوم ذي شأن ضد إسرائيل', 'organisation',
      aliases=['صحيفة ديلي تلغراف']),
    Q('ديلي تلغراف', 'الصحيفة', 'أشارت', 'mixed',
      'مستوى التهديد السوري ارتفع ... اللجوء إلى العمل العسكري', 'organisation', at='أشارت إلى أن',
      aliases=['صحيفة ديلي تلغراف'], note='لكنها أشارت إلى أن (coordinated with وقالت الصحيفة)'),
    Q('ديلي تلغراف', 'الصحيفة', 'وأضافت', 'indirect',
      'إسرائيل مصممة على أن لا تفاجأ مرة أخرى, كما وقع لها عام 1973, بهجوم لم تكن حسبت له حسابه', 'organisation',
      at='وأضافت الصحيفة', aliases=['صحيفة ديلي تلغراف']),
], entities=[
    E('مسعود البارزاني', 'PER', ['البارزاني']), E('كاكبيرن', 'PER'), E('بوب وودورد', 'PER', ['وودورد']),
    E('آندرو كارل', 'PER'), E('دونالد رمسفيلد', 'PER'), E('جورج بوش', 'PER', ['بوش']),
    E('توني بلير', 'PER', ['بلير']), E('بشار الأسد', 'PER'),
    E('فاينانشال تايمز', 'ORG'), E('غارديان', 'ORG'), E('ذي إندبندنت', 'ORG'), E('ديلي تلغراف', 'ORG'),
    E('البيت الأبيض', 'ORG'), E('وزارة الدفاع البريطانية', 'ORG'),
    E('العراق', 'LOC'), E('كردستان', 'LOC', ['كردستان العراق']), E('كركوك', 'LOC'), E('إسرائيل', 'LOC'),
    E('سورية', 'LOC'), E('الجولان', 'LOC', ['مرتفعات الجولان']), E('دمشق', 'LOC'), E('بريطانيا', 'LOC'),
])

# ---------------------------------------------------------------------------
ART['anercorp_test_02'] = dict(quotes=[
    Q('علي لاريجاني', 'لاريجاني', 'وأعلن', 'indirect', 'تحقيق بعض النتائج الإيجابية', 'named',
      aliases=['لاريجاني'], optional=True, note='speech verb with a nominal (masdar) complement'),
    Q('علي لاريجاني', 'لاريجاني', 'مؤكدا', 'indirect', 'أجرى مع سولانا مفاوضات مطولة وبناءة', 'named',
      aliases=['لاريجاني']),
    Q('خافيير سولانا', 'سولانا', 'قال', 'indirect', 'يجري تحقيق تقدم', 'named', aliases=['سولانا']),
    Q('خافيير سولانا', 'سولانا', 'مؤكدا', 'indirect', 'بعض القضايا لم تُحسم بعد', 'named', aliases=['سولانا']),
    Q('خافيير سولانا', 'سولانا', 'وأعرب', 'indirect',
      'عن أمله في عقد لقاء جديد مع الإيرانيين منتصف الأسبوع المقبل', 'named', aliases=['سولانا'],
      optional=True, note='أعرب عن أمله: nominal complement'),
    Q('جورج بوش', 'الرئيس الأميركي', 'عبر', 'mixed', 'عن أمله في أن تكون المهلة "قصيرة"', 'title',
      optional=True, note='لكنه عبر عن أمله: nominal complement with a quoted word'),
    Q('جورج بوش', 'جورج بوش', 'وقال', 'mixed',
      'هذه المهلة المقترحة يجب ألا تمنح إيران ... في هذا الموضوع"', 'named', aliases=['الرئيس الأميركي']),
], entities=[
    E('خافيير سولانا', 'PER', ['سولانا']), E('علي لاريجاني', 'PER', ['لاريجاني']),
    E('كوندوليزا رايس', 'PER'), E('جورج بوش', 'PER'),
    E('الاتحاد الأوروبي', 'ORG'), E('مجلس الأمن الدولي', 'ORG'), E('وول ستريت جورنال', 'ORG'),
    E('برلين', 'LOC'), E('إيران', 'LOC'), E('ألمانيا', 'LOC'), E('طهران', 'LOC'),
])

# ---------------------------------------------------------------------------
ART['anercorp_test_03'] = dict(quotes=[
    Q('أيمن الظواهري', 'أيمن الظواهري', 'وكشف', 'indirect',
      'عن موقفه من تصريحات البابا بنديكت الـ16 التي ربط فيها العنف بالإسلام', 'named', optional=True,
      aliases=['الظواهري'], note='nominal complement (كشف عن موقفه)'),
    Q('أيمن الظواهري', 'الظواهري', 'فدعا', 'indirect',
      'المسلمين إلى الجهاد في إقليم دارفور غربي السودان', 'named', optional=True, aliases=['الظواهري'],
      note='دعا ... إلى: nominal complement'),
    Q('أيمن الظواهري', 'الظواهري', 'قال', 'direct',
      'صرح السفاح السافك ... العديد من قيادات القاعدة', 'named', aliases=['الظواهري']),
    Q('جورج بوش', 'السفاح السافك لدماء المسلمين (بوش)', 'صرح', 'indirect',
      'لديه سجونا سرية, ... العديد من قيادات القاعدة', 'named', optional=True, aliases=['بوش'],
      note='nested speech inside the Zawahiri quote, no quotation marks of its own'),
    Q('أيمن الظواهري', '', 'وأضاف', 'direct',
      'أنا أسأل هذا الفاشل الكذاب: ... أو القبض عليهم؟', 'pronoun', aliases=['الظواهري']),
    Q('أيمن الظواهري', '', 'وتساءل', 'direct',
      'كم حجم خسائرك ... كل يوم بعون الله', 'pronoun', aliases=['الظواهري']),
    Q('أيمن الظواهري', 'الظواهري', 'اعتبر', 'indirect', 'كلمة البابا تطاولا على الإسلام', 'named',
      aliases=['الظواهري'], note='photo caption; اعتبر + small clause'),
    Q('أيمن الظواهري', 'الظواهري', 'وصف', 'indirect',
      'دجال بسبب محاضرته ... نسب فيها الإسلام إلى العنف', 'named', aliases=['الظواهري'],
      note='وصف X بأنه'),
    Q('أيمن الظواهري', 'الظواهري', 'وقال', 'direct',
      'لقد تطاول هذا الدجال ... لا يمكن أن يقبلها عقل سليم', 'named', aliases=['الظواهري']),
    Q('بنديكت الـ16', 'هذا الدجال', 'بقوله', 'indirect', 'الإسلام لا يمت للعقلانية', 'title',
      optional=True, aliases=['البابا', 'البابا بنديكت الـ16'], note='nested speech inside the Zawahiri quote'),
    Q('أيمن الظواهري', '', 'وأضاف', 'indirect',
      'تصريحاته بشأن الإسلام تأتي في إطار ما وصفه بحملة صليبية على المسلمين', 'pronoun',
      aliases=['الظواهري']),
    Q('بنديكت الـ16', 'البابا', 'الدعوة', 'mixed', 'إلى حوار "صادق يقوم على الاحترام" بين المسيحية والإسلام', 'title',
      optional=True, aliases=['البابا', 'البابا بنديكت الـ16'], note='masdar الدعوة إلى: nominal complement'),
    Q('أيمن الظواهري', 'الرجل الثاني في تنظيم القاعدة', 'دعا', 'mixed',
      'إلى الجهاد في دارفور ضد "قوات صليبية تابعة للأمم المتحدة"', 'title', optional=True,
      aliases=['الظواهري'], note='دعا إلى: nominal complement'),
    Q('أيمن الظواهري', '', 'ووصف', 'indirect', 'عاجزة عن تحقيق السلام في دارفور', 'pronoun',
      aliases=['الظواهري'], note='وصف حكومة السودان بأنها'),
    Q('أيمن الظواهري', 'الظواهري', 'قال', 'indirect', 'حكومة الخرطوم عاجزة عن حل أزمة دارفور', 'named',
      aliases=['الظواهري'], note='photo caption'),
    Q('مجلس الأمن الدولي', 'مجلس الأمن الدولي', 'دعا', 'indirect',
      'إلى إرسال قوات دولية ... التابعة للاتحاد الأفريقي', 'organisation', optional=True,
      note='دعا إلى: nominal complement'),
    Q('كوندوليزا رايس', 'وزيرة الخارجية الأميركية كوندوليزا رايس', 'وحذرت', 'mixed',
      'سيعرض نفسه لـ"عواقب" ... انتشار القوات الدولية في إقليم دارفور', 'named',
      note='حذرت X من أنه; the relative clause about the death toll is background attributed to the UN'),
    Q('الأمم المتحدة', 'الأمم المتحدة', 'حسب', 'indirect',
      'قتل فيه مائتا ألف شخص على الأقل منذ اندلاع الحرب الأهلية في فبراير / شباط 2003', 'organisation',
      optional=True, note='"according to" attribution (حسب تقديرات الأمم المتحدة)'),
    Q('أيمن الظواهري', '', 'توعد', 'indirect',
      'بتصعيد ما أسماه العمل الجهادي ضد إسرائيل والغرب الذي اتهمه بإخفاء حجم الخسائر التي لحقت به', 'pronoun',
      optional=True, aliases=['الظواهري'], note='nominal complement'),
    Q('أيمن الظواهري', '', 'متهما', 'indirect', 'دولا عربية بالمشاركة في العدوان الإسرائيلي على لبنان', 'pronoun',
      optional=True, aliases=['الظواهري'], note='اتهم ... بـ: nominal complement'),
    Q('أيمن الظواهري', '', 'وهدد', 'indirect',
      'بتنفيذ هجمات جديدة ضد فرنسا ... والقتال بالجزائر"', 'pronoun', optional=True,
      aliases=['الظواهري'], note='nominal complement; the quotation marks enclose a name'),
    Q('الجماعة السلفية للدعوة والقتال', 'الجماعة السلفية للدعوة والقتال بالجزائر', 'أكدت', 'indirect',
      'مبايعتها للقاعدة', 'organisation', optional=True,
      note='cue inside a relative clause (التي أكدت); nominal complement'),
], entities=[
    E('أيمن الظواهري', 'PER', ['الظواهري']), E('جورج بوش', 'PER', ['بوش']),
    E('بنديكت الـ16', 'PER'), E('خالد شيخ محمد', 'PER', ['خالد شيخ', 'خالد']),
    E('كوندوليزا رايس', 'PER'), E('عمر حسن البشير', 'PER'),
    E('تنظيم القاعدة', 'ORG', ['القاعدة', 'قاعدة الجهاد']), E('الجزيرة', 'ORG'), E('رويترز', 'ORG'),
    E('الأمم المتحدة', 'ORG'), E('مجلس الأمن الدولي', 'ORG'), E('الاتحاد الأفريقي', 'ORG'),
    E('الجماعة السلفية للدعوة والقتال', 'ORG'),
    E('دارفور', 'LOC'), E('السودان', 'LOC'), E('الكويت', 'LOC'), E('باكستان', 'LOC'),
    E('غوانتانامو', 'LOC', ['معتقل غوانتانامو']), E('ألمانيا', 'LOC'), E('راتيسبون', 'LOC'),
    E('الخرطوم', 'LOC'), E('واشنطن', 'LOC'), E('الولايات المتحدة', 'LOC'), E('إسرائيل', 'LOC'),
    E('فرنسا', 'LOC'), E('الجزائر', 'LOC'), E('لبنان', 'LOC'),
])

# ---------------------------------------------------------------------------
ART['anercorp_test_04'] = dict(quotes=[
    Q('محمود عباس', 'محمود عباس', 'دعا', 'indirect', 'للعودة لمائدة الحوار', 'named', optional=True,
      aliases=['عباس', 'الرئيس الفلسطيني'], note='photo caption; nominal complement'),
    Q('محمود عباس', 'الرئيس الفلسطيني محمود عباس', 'نفى', 'indirect',
      'حدوث أي تقدم ... لتشكيل حكومة وحدة وطنية', 'named', optional=True,
      aliases=['عباس', 'الرئيس الفلسطيني'], note='نفى + masdar: nominal complement'),
    Q('محمود عباس', '', 'وقال', 'indirect',
      'مستعد الآن لتشكيل الحكومة على أساس وثيقة الأسرى رغم هذه الخلافات', 'pronoun',
      aliases=['عباس', 'الرئيس الفلسطيني']),
    Q('محمود عباس', '', 'وأضاف', 'indirect',
      'الأطراف كافة بما فيها حماس ... من خلافات حادة بينهما', 'pronoun', aliases=['عباس', 'الرئيس الفلسطيني']),
    Q('محمود عباس', '', 'داعيا', 'indirect', 'إلى العودة لطاولة الحوار', 'pronoun', optional=True,
      aliases=['عباس', 'الرئيس الفلسطيني'], note='nominal complement'),
    Q('محمود عباس', 'عباس', 'صرح', 'indirect',
      'لا يضع شروطا مسبقة للقاء رئيس الوزراء الإسرائيلي إيهود أولمرت', 'named',
      aliases=['عباس', 'الرئيس الفلسطيني']),
    Q('محمود عباس', 'عباس', 'أكد', 'indirect', 'ضرورة الإعداد الجيد كي لا يتحول إلى لقاء علاقات عامة', 'named',
      optional=True, aliases=['عباس', 'الرئيس الفلسطيني'], note='لكنه أكد + masdar: nominal complement'),
    Q('محمود عباس', 'الرئيس الفلسطيني', 'ونفى', 'indirect',
      'المعلومات التي تحدثت عن مساع قطرية ... في حركة حماس خالد مشعل', 'title', optional=True,
      aliases=['عباس', 'الرئيس الفلسطيني'], note='nominal complement'),
    Q('محمود عباس', 'عباس', 'قال', 'direct',
      'العرب جميعا وبينهم قطر ... ونحن لا نطلب تدخلا', 'named', aliases=['عباس', 'الرئيس الفلسطيني'],
      note='the earlier quoted "تليين مواقف حماس" is hearsay (ما تردد), not annotated'),
    Q('إسماعيل رضوان', 'القيادي بحماس إسماعيل رضوان', 'قال', 'indirect',
      'الخلاف الوحيد المتبقي يتمثل في المبادرة العربية', 'named'),
    Q('إسماعيل رضوان', 'القيادي بحماس إسماعيل رضوان', 'مشيرا', 'indirect',
      'حل هذه المشكلة يكمن ... بالشرعية العربية والدولية', 'named'),
    Q('إسماعيل رضوان', '', 'وأكد', 'indirect',
      'حماس موافقة على هذه الوثيقة وملتزمة بتشكيل حكومة الوحدة على أساسها', 'pronoun'),
    Q('أحمد عبد الرحمن', 'مستشار الرئيس الفلسطيني والناطق باسم حركة فتح أحمد عبد الرحمن', 'نفى', 'indirect',
      'تكون حماس قد وافقت على وثيقة الوفاق', 'named'),
    Q('أحمد عبد الرحمن', '', 'وشدد', 'indirect',
      'لا بديل لحماس سوى ... والحكومات الفلسطينية المتعاقبة', 'pronoun', note='شدد على أنه'),
    Q('المتظاهرون', 'المتظاهرون', 'وقال', 'indirect', 'جاؤوا ليقولوا نعم للجوع ولا للاستسلام', 'group',
      aliases=['أنصار حماس', 'الآلاف من أنصار حماس']),
    Q('المتظاهرون', 'المتظاهرون', 'تأكيداً', 'indirect',
      'يفضلون المعاناة على الاعتراف بما وصفوها بدولة العدو على أراضيهم', 'group',
      aliases=['أنصار حماس', 'الآلاف من أنصار حماس'], note='statement masdar تأكيداً منهم أنهم'),
    Q('مراسل الجزيرة في غزة', 'مراسل الجزيرة في غزة', 'أفاد', 'indirect',
      'طائرة إسرائيلية أطلقت أمس ... الجناح العسكري لحركة حماس', 'unnamed',
      aliases=['مراسل الجزيرة'], note='the outlet\'s own (unnamed) correspondent; kept as required'),
    Q('مصدر أمني فلسطيني', 'مصدر أمني فلسطيني', 'وقال', 'indirect',
      'امرأة مسنة أصيبت بشظايا ونقلت إلى المستشفى لتلقي العلاج', 'unnamed'),
    Q('مصدر أمني فلسطيني', 'مصدر أمني فلسطيني', 'مؤكدا', 'indirect', 'المنزل المكون من طابقين د\u064f\u0645\u0651\u0650ر', 'unnamed'),
    Q('شهود', 'شهود', 'وقال', 'indirect', 'الصبيين كانا منطلقين ... فأصابهما مباشرة', 'unnamed'),
], entities=[
    E('محمود عباس', 'PER', ['عباس']), E('إيهود أولمرت', 'PER'), E('خالد مشعل', 'PER'),
    E('إسماعيل رضوان', 'PER'), E('أحمد عبد الرحمن', 'PER'),
    E('حركة المقاومة الإسلامية', 'ORG', ['حماس', 'حركة حماس']), E('الجزيرة', 'ORG'),
    E('حركة فتح', 'ORG'), E('منظمة التحرير', 'ORG'), E('السلطة الفلسطينية', 'ORG'),
    E('كتائب عز الدين القسام', 'ORG'),
    E('الدوحة', 'LOC'), E('قطر', 'LOC'), E('غزة', 'LOC', ['قطاع غزة']), E('إسرائيل', 'LOC'),
    E('حي الأمل', 'LOC'), E('خان يونس', 'LOC'), E('بيت حانون', 'LOC'), E('الضفة الغربية', 'LOC'),
])

# ---------------------------------------------------------------------------
CAPU = ['كارلو كابوتشيوني', 'متحدث باسم القطاع المصرفي الايطالي', 'المتحدث', 'المتحدث باسم رابطة البنوك الايطالية']
ART['anercorp_test_05'] = dict(quotes=[
    Q('كارلو كابوتشيوني', 'متحدث باسم القطاع المصرفي الايطالي', 'قال', 'indirect',
      'الايطاليين ودعوا الليرة ... من الات الصرف خلال يومين', 'title', aliases=CAPU,
      note='identified with the ABI spokesman named in the next paragraph (same Reuters story); kind would be unnamed if not'),
    Q('كارلو كابوتشيوني', 'كارلو كابوتشيوني', 'وقال', 'indirect',
      'من الواضح ان الحديث لا ينقطع عن اليورو', 'named', aliases=CAPU,
      note='speech reported without complementiser or quotation marks'),
    Q('كارلو كابوتشيوني', '', '', 'indirect', 'والناس تتطلع فيما يبدو لفترة من الهدوء خلال عملية التغيير', 'pronoun',
      optional=True, aliases=CAPU, note='probable continuation of the spokesman\'s words, no cue and no quotation marks'),
    Q('كارلو كابوتشيوني', 'المتحدث', 'وقال', 'indirect',
      'الرابطة ستتمكن من تقدير هذا العدد ظهر اليوم الثلاثاء', 'title', aliases=CAPU,
      note='coordinated with وامتنع المتحدث'),
    Q('كارلو كابوتشيوني', '', 'وأضاف', 'indirect',
      'من المتوقع ان تعمل 90 في المئة من الات الصرف بالبنوك باليورو فقط بحلول السادس من يناير', 'pronoun',
      aliases=CAPU, note='starts after انه'),
    Q('مسؤولون بنقابتي العمال', 'مسؤولون بنقابتي العمال اللتين تمثلان العاملين في البنك المركزي', 'وقال', 'indirect',
      'الاضراب احتجاج علي فشل مفاوضات استمرت اربعة اعوام في الاتفاق علي عقد عمل جديد', 'unnamed'),
    Q('رومانو برودي', 'رومانو برودي', 'قال', 'indirect',
      'طرح اليورو الاوروبي للتداول الفعلي ربما يؤثر علي سعر صرف العملة الموحدة مقابل الدولار', 'named',
      aliases=['برودي']),
    Q('رومانو برودي', 'برودي', 'وقال', 'indirect',
      'اليورو كان له دور كبير جدا ... علي الولايات المتحدة', 'named', aliases=['برودي']),
    Q('رومانو برودي', 'برودي', 'قال', 'direct', 'لم نضع اليورو قط في منافسة مع الدولار', 'named',
      aliases=['برودي']),
    Q('رومانو برودي', '', 'وأضاف', 'direct',
      'كنا نريد ان يكون التضخم منخفضا ... نجاحا باهرا', 'pronoun', aliases=['برودي'],
      note='one quoted segment over three sentences'),
    Q('جان كلود تريشيه', 'محافظ بنك فرنسا المركزي جان كلود تريشيه', 'قال', 'indirect',
      'اليورو الذي سيبدأ اليوم الثلاثاء ... مقوما باقل من قيمته الحقيقية', 'named', aliases=['تريشيه']),
    Q('جان كلود تريشيه', 'محافظ بنك فرنسا المركزي جان كلود تريشيه', 'وشدد', 'indirect',
      'وجود يورو قوي في مصلحة اوروبا', 'named', aliases=['تريشيه'], note='coordinated verb'),
    Q('جان كلود تريشيه', 'تريشيه', 'وقال', 'indirect',
      'فيما يتعلق باليورو يتفق كل الخبراء ... امر في مصلحة اوروبا', 'named', aliases=['تريشيه'],
      note='"ين" before the content is a typo for ان/إن and is left out of the span'),
], entities=[
    E('كارلو كابوتشيوني', 'PER'), E('رومانو برودي', 'PER', ['برودي']), E('جان كلود تريشيه', 'PER', ['تريشيه']),
    E('رويترز', 'ORG'), E('رابطة البنوك الايطالية', 'ORG'),
    E('بنك ايطاليا المركزي', 'ORG', ['البنك المركزي الايطالي']),
    E('اللجنة التنفيذية للاتحاد الاوروبي', 'ORG'), E('الاتحاد الاوروبي', 'ORG'),
    E('بنك فرنسا المركزي', 'ORG'), E('لوموند', 'ORG'),
    E('ايطاليا', 'LOC'), E('بروكسل', 'LOC'), E('اوروبا', 'LOC'), E('الولايات المتحدة', 'LOC'), E('باريس', 'LOC'),
])

# ---------------------------------------------------------------------------
DUI = ['دويسنبرج', 'رئيس البنك المركزي الاوروبي']
ART['anercorp_test_06'] = dict(quotes=[
    Q('فيم دويسنبرج', 'رئيس البنك المركزي الاوروبي فيم دويسنبرج', 'اكد', 'indirect',
      'ينوي البقاء في منصبه حتي نهاية عام 2002', 'named', aliases=DUI),
    Q('فيم دويسنبرج', '', 'تصريحاته', 'indirect',
      'ينوي البقاء في منصبه حتي نفس الوقت من العام المقبل', 'pronoun', aliases=DUI, at='بأنه ينوي',
      note='statement noun (تصريحاته ... بأنه) governing the content, inside a question put by Reuters'),
    Q('فيم دويسنبرج', 'دويسنبرج', 'قال', 'indirect', 'نعم', 'named', aliases=DUI,
      note='one-word answer, no complementiser, no quotation marks'),
    Q('فيم دويسنبرج', 'دويسنبرج', 'ونفي', 'indirect',
      'هناك صفقة بينه وبين فرنسا تقضي بتنحيه عن منصبه في اوائل عام 2002', 'named', aliases=DUI),
    Q('جاك شيراك', 'الرئيس الفرنسي جاك شيراك', 'وقال', 'indirect',
      'بموجب اتفاق كلمة شرف سيترك دويسنبرج منصبه لمرشح فرنسي في عام 2002', 'named'),
    Q('فيم دويسنبرج', 'دويسنبرج', 'وموقفه', 'indirect',
      'سيتقاعد في وقت ما قبل انتهاء فترة عمله في عام 2006 لاعتبارات تتعلق بالسن', 'named', optional=True,
      aliases=DUI, note='"his official position is that ...": position noun, not clearly an utterance'),
    Q('فيم دويسنبرج', 'فيم دويسنبرج رئيس البنك المركزي الاوروبي', 'حذر', 'indirect',
      'الافراط في زيادة الرواتب ... بزيادة اسعار الفائدة', 'named', aliases=DUI,
      note='حذر ... من ان; the stray "د" before من ان is outside the span'),
    Q('فيم دويسنبرج', 'دويسنبرج', 'وقال', 'indirect',
      'اتفاقيات زيادة الاجور ... وهو اثنين في المئة', 'named', aliases=DUI),
    Q('فيم دويسنبرج', '', 'واردف', 'indirect',
      'قراراتنا بشأن معدلات الفائدة تعتمد علي افتراض ان زيادات الاجور في اوروبا ستبقي معقولة', 'pronoun',
      aliases=DUI, note='واردف قائلا ... ان'),
    Q('فيم دويسنبرج', '', 'فقال', 'indirect',
      'لا اعلق علي مطالب فردية ... في ضوء مخاطر التض', 'pronoun', aliases=DUI,
      note='starts after انني (complementiser + pronoun); the source sentence is truncated (التض)'),
], entities=[
    E('فيم دويسنبرج', 'PER', ['دويسنبرج']), E('جاك شيراك', 'PER'),
    E('رويترز', 'ORG'), E('البنك المركزي الاوروبي', 'ORG'), E('دي فيلت', 'ORG'),
    E('فرانكفورت', 'LOC'), E('فرنسا', 'LOC'), E('اوروبا', 'LOC'), E('المانيا', 'LOC'), E('منطقة اليورو', 'LOC'),
])

# ---------------------------------------------------------------------------
ART['anercorp_test_07'] = dict(quotes=[
    Q('انرون', 'شركة انرون الامريكية', 'ملقية', 'indirect',
      'اللوم عليها في تدمير وثائق ... في انهيار شركة الطاقة', 'organisation', optional=True,
      aliases=['شركة انرون'], note='ملقية اللوم على X في: accusation with a nominal complement'),
    Q('كين لاي', 'كين لاي رئيس انرون', 'وقال', 'indirect',
      'الشركة كانت مستعدة لمنح اندرسون ... في ممارساتها الحسابية', 'named'),
    Q('كين لاي', '', 'واضاف', 'direct',
      'لا يمكننا الانتظار ... العاملين في مكتبها في هيوستون', 'pronoun',
      note='colon-introduced verbatim statement (في بيان:) without quotation marks'),
    Q('باتريك دورتون', 'باتريك دورتون المتحدث باسم اندرسون', 'وقال', 'direct',
      'في واقع الامر لقد انتهت علاقاتنا ... المتعلقة بانهيار انرون', 'named',
      note='the opening quotation mark is never closed in the source; span ends with the second sentence (the next one is background)'),
], entities=[
    E('كين لاي', 'PER'), E('باتريك دورتون', 'PER'),
    E('رويترز', 'ORG'), E('انرون', 'ORG'), E('ارثر اندرسون', 'ORG', ['اندرسون']),
    E('هيوستون', 'LOC'),
])

# ---------------------------------------------------------------------------
ARAF = ['عرفات', 'الرئيس الفلسطيني', 'الرئيس عرفات']
BAL = ['بلعاوي', 'الموفد الخاص للرئيس الفلسطيني']
ART['anercorp_test_08'] = dict(quotes=[
    Q('ياسر عرفات', 'الرئيس الفلسطيني ياسر عرفات', 'طلب', 'indirect',
      'التدخل لدي الولايات المتحدة والاتحاد الأوروبي لوقف العدوان علي الفلسطينيين', 'named',
      optional=True, aliases=ARAF, note='طلب + masdar (request in a letter): nominal complement'),
    Q('ياسر عرفات', 'عرفات', 'طلب', 'mixed',
      'التدخل "مع الولايات المتحدة ... بكل ما طلب منه"', 'named', optional=True, aliases=ARAF,
      note='كما طلب ... التدخل "...": nominal complement with quoted fragment'),
    Q('ياسر عرفات', 'عرفات', 'وعرض', 'indirect',
      'واقع الاعتداءات التي يتعرض لها الشعب الفلسطيني', 'named', optional=True, aliases=ARAF, at='وعرض عرفات',
      note='عرض (set out, in his letter) + noun: nominal complement'),
    Q('نبيل عمرو', 'عمرو', 'وقال', 'direct',
      'تحدثنا عن القمة العربية ودعمنا الكامل لها واستعدادنا للعمل من اجل نجاحها', 'named', aliases=['عمرو']),
    Q('نبيل عمرو', 'عمرو', 'قال', 'direct',
      'إن عرفات مدعو إلي القمة ... من ضمن الزعماء العرب المشاركين', 'named', aliases=['عمرو']),
    Q('مصدر رسمي', 'مصدر رسمي', 'أعلن', 'indirect',
      'الرئيس التونسي زين العابدين بن علي ... رسالة خطية من الرئيس عرفات', 'unnamed'),
    Q('الحكم بلعاوي', 'الموفد الخاص للرئيس الفلسطيني', 'وصرح', 'direct',
      'الرسالة تحمل المعاني الحقيقية ... إرادة الشعب الفلسطيني ورئيسه', 'title', aliases=BAL),
    Q('الحكم بلعاوي', 'بلعاوي', 'واطلع', 'direct',
      'الاعتداءات الإسرائيلية المتواصلة ... قوات الاحتلال الإسرائيلي', 'named', optional=True, aliases=BAL,
      note='أطلع X على "...": informing verb with a quoted nominal complement'),
    Q('الحكم بلعاوي', '', 'أكد', 'direct',
      'صمود عرفات والشعب الفلسطيني ... وعاصمتها القدس الشريف', 'pronoun', aliases=BAL,
      note='nominal complement, but entirely inside quotation marks: kept as required'),
    Q('الحكم بلعاوي', 'بلعاوي', 'وأضاف', 'direct',
      'أن الشعب الفلسطيني يريد السلام ... في كفاحها ونضالها هي السلام', 'named', aliases=BAL,
      note='the complementiser أن is inside the quotation marks, so it is part of the quote'),
    Q('الحكم بلعاوي', 'بلعاوي', 'مؤكدا', 'direct',
      'التزام الجانب الفلسطيني ... في إطار عملية السلام', 'named', aliases=BAL,
      note='nominal complement entirely inside quotation marks: kept as required'),
], entities=[
    E('ياسر عرفات', 'PER', ['عرفات']), E('أميل لحود', 'PER', ['لحود']), E('نبيل عمرو', 'PER', ['عمرو']),
    E('محمود حمود', 'PER', ['حمود']), E('زين العابدين بن علي', 'PER'), E('الحكم بلعاوي', 'PER', ['بلعاوي']),
    E('عبد العزيز بن ضياء', 'PER'),
    E('رويترز', 'ORG'), E('الاتحاد الأوروبي', 'ORG'), E('حركة فتح', 'ORG'),
    E('بيروت', 'LOC'), E('الولايات المتحدة', 'LOC', ['الولايات المتحدة الأميركية']), E('روسيا', 'LOC'),
    E('لبنان', 'LOC'), E('الأردن', 'LOC'), E('تونس', 'LOC'), E('القدس', 'LOC'), E('فلسطين', 'LOC'),
])

# ---------------------------------------------------------------------------
OCA = ['اوغلان', 'اوجلان', 'عبد الله اوجلان']
SEK = ['سكيك', 'المتحدث', 'المتحدث باسم "الحزب من اجل مجتمع ديمقراطي"']
DTP = ['ابرز الاحزاب المقربة من الاكراد في تركيا']
ART['anercorp_test_09'] = dict(quotes=[
    Q('رجب طيب اردوغان', 'رئيس الوزراء التركي رجب طيب اردوغان', 'رفض', 'indirect',
      'الدعوة الى وقف اطلاق النار التي وجهها زعيم الانفصاليين الاكراد عبد الله اوغلان', 'named', optional=True,
      aliases=['اردوغان'], note='رفض + noun: reaction verb with a nominal complement'),
    Q('عبد الله اوغلان', 'زعيم الانفصاليين الاكراد عبد الله اوغلان', 'دعا', 'indirect',
      'المتمردين الاكراد الى التخلي عن العمل المسلح ضد قوات انقرة', 'named',
      optional=True, aliases=OCA, note='cue inside a relative clause (الذي كان دعا ... الى); nominal complement'),
    Q('رجب طيب اردوغان', 'اردوغان', 'وقال', 'direct',
      'وقف اطلاق النار يتم بين دول، انه امر غير مناسب لمنظمة ارهابية', 'named', aliases=['اردوغان']),
    Q('رجب طيب اردوغان', '', 'واضاف', 'mixed',
      '"المنظمة الارهابية يجب ان تلقي السلاح، ... في المنطقة" الكردية', 'pronoun', aliases=['اردوغان'],
      note='the last word of the reported clause (الكردية) is outside the quotation marks'),
    Q('عبد الله اوغلان', 'اوجلان', 'دعا', 'indirect',
      'حزب العمال الكردستاني الى اعلان وقف اطلاق نار ... بين الشعبين التركي والكردي', 'named', optional=True,
      aliases=OCA, note='دعا ... الى: nominal complement (contains على حد قوله)'),
    Q('الاتحاد الاوروبي والولايات المتحدة وتركيا', 'الاتحاد الاوروبي والولايات المتحدة وتركيا', 'يعتبره', 'indirect',
      'منظمة ارهابية', 'group', optional=True, at='يعتبره الاتحاد',
      note='background classification (يعتبره X منظمة ارهابية), not an utterance'),
    Q('حزب العمال الكردستاني', 'حزب العمال الكردستاني', 'اعلن', 'indirect', 'عدة هدنات في السابق', 'organisation',
      optional=True, note='أعلن + noun'),
    Q('الحزب من اجل مجتمع ديمقراطي', 'ابرز الاحزاب المقربة من الاكراد في تركيا', 'اشاد', 'indirect',
      'بدعوة زعيم التمرد الكردي المعتقل عبد الله اوغلان لوقف اطلاق النار', 'organisation', optional=True,
      aliases=DTP, note='أشاد بـ: nominal complement'),
    Q('الحزب من اجل مجتمع ديمقراطي', 'ابرز الاحزاب المقربة من الاكراد في تركيا', 'وحث', 'indirect',
      'السلطات التركية على عدم تجاهله واغتنام الفرصة لوقف النزاع المسلح', 'organisation', optional=True,
      aliases=DTP, note='حث ... على: nominal complement'),
    Q('سري سكيك', 'سري سكيك المتحدث باسم "الحزب من اجل مجتمع ديمقراطي"', 'وقال', 'direct',
      'نحن نشيد بهذا النداء. والبلد بحاجة الى فرصة السلام هذه', 'named', aliases=SEK),
    Q('سري سكيك', '', 'ودعا', 'indirect',
      'سلطات انقرة الى عدم رفض دعوة زعيم حزب العمال الكردستاني لوقف اطلاق النار، من الوهلة الاولى', 'pronoun',
      optional=True, aliases=SEK, note='دعا ... الى: nominal complement'),
    Q('سري سكيك', '', 'معتبرا', 'indirect',
      'يمكن ان يؤدي الى التخلي عن الكفاح المسلح الذي اعلنه الحزب الكردي الانفصالي في 1984', 'pronoun',
      aliases=SEK, note='starts after انه'),
    Q('سري سكيك', 'المتحدث', 'واضاف', 'direct',
      'اذا ما تمت ادارة هذا الوضع ... يمكن ان نحصل على وقف للمعارك', 'title', aliases=SEK),
    Q('الاتحاد الاوروبي والولايات المتحدة وتركيا', 'الاتحاد الاوروبي والولايات المتحدة وتركيا', 'يعتبره', 'indirect',
      'منظمة ارهابية', 'group', optional=True, at='يعتبره الاتحاد',
      note='second occurrence; background classification'),
    Q('حزب العمال الكردستاني', '', 'اعلن', 'indirect',
      'في حزيران / يونيو 2004نهاية وقف لاطلاق النار من جانب واحد كان التزم به لخمس سنوات', 'pronoun',
      optional=True, note='أعلن + noun', at='بعد ان اعلن'),
], entities=[
    E('رجب طيب اردوغان', 'PER', ['اردوغان']), E('عبد الله اوغلان', 'PER', ['اوجلان']), E('سري سكيك', 'PER'),
    E('فرانس برس', 'ORG', ['أ. ف. ب']), E('سمانيولو', 'ORG'), E('حزب العمال الكردستاني', 'ORG'),
    E('الاتحاد الاوروبي', 'ORG'), E('الحزب من اجل مجتمع ديمقراطي', 'ORG'),
    E('انقرة', 'LOC'), E('تركيا', 'LOC'), E('الولايات المتحدة', 'LOC'), E('الاناضول', 'LOC'),
])

# ---------------------------------------------------------------------------
ART['anercorp_test_10'] = dict(quotes=[
    Q('شينزو ابيه', 'رئيس الوزراء الياباني الجديد شينزو ابيه', 'عبر', 'indirect',
      'عن رغبته في تسريع عملية اعادة النظر في دستور اليابان السلمي', 'named', optional=True,
      aliases=['ابيه'], note='عبر عن رغبته: nominal complement'),
    Q('شينزو ابيه', 'ابيه', 'وقال', 'direct',
      'الدستور الحالي تمت المصادقة عليه فيما كانت اليابان خاضعة للاحتلال ولقد مر حوالي 60عاما', 'named',
      aliases=['ابيه']),
    Q('شينزو ابيه', '', 'واضاف', 'direct', 'هناك حاليا جدل حول اعتماد دستور يتماشى اكثر مع الجيل الجديد', 'pronoun',
      aliases=['ابيه']),
    Q('شينزو ابيه', '', 'وتابع', 'direct',
      'في المقام الاول، ارغب ... اللازم لمراجعة الدستور', 'pronoun', aliases=['ابيه']),
    Q('شينزو ابيه', '', 'ويرغب', 'mixed', 'في اعتماد دستور لليابان "يتكيف مع القرن الحادي والعشرين"', 'pronoun',
      optional=True, aliases=['ابيه'], note='wish verb with quoted fragment, not a speech verb'),
    Q('شينزو ابيه', 'ابيه', 'اعتبر', 'mixed', 'من "المهم جدا" تحسين العلاقات مع الصين وكوريا الجنوبية', 'named',
      aliases=['ابيه'], note='starts after انه'),
    Q('شينزو ابيه', '', 'وقال', 'direct',
      'الصين وكوريا الجنوبية هما بلدان جاران مهمان، ... مع هاتين الدولتين', 'pronoun', aliases=['ابيه']),
    Q('بكين وسيول', 'بكين وسيول', 'تعتبره', 'indirect', 'تمجيدا لليابان الامبريالية', 'organisation',
      note='اعتبر + small clause; two capitals standing for their governments'),
], entities=[
    E('شينزو ابيه', 'PER', ['ابيه']), E('جونيشيرو كويزومي', 'PER'),
    E('فرانس برس', 'ORG', ['اف ب']),
    E('طوكيو', 'LOC'), E('اليابان', 'LOC'), E('الصين', 'LOC'), E('كوريا الجنوبية', 'LOC'),
    E('بكين', 'LOC'), E('سيول', 'LOC'), E('مزار ياسوكوني', 'LOC'),
])


# ---------------------------------------------------------------------------
def locate(text, quote, at, after):
    """return (start, end) of the quote, searching from the anchor or from `after`"""
    base = after
    if at:
        i = text.find(at, after if text.find(at, after) >= 0 else 0)
        if i < 0:
            raise ValueError(f'anchor not found: {at}')
        base = i
    if ' ... ' in quote:
        a, b = quote.split(' ... ')
        s = text.find(a, base)
        if s < 0:
            raise ValueError(f'start not found: {a}')
        e = text.find(b, s + len(a))
        if e < 0:
            raise ValueError(f'end not found: {b}')
        return s, e + len(b)
    s = text.find(quote, base)
    if s < 0:
        raise ValueError(f'quote not found: {quote}')
    return s, s + len(quote)


PROCLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل']
WORD_END = r'(?=$|[\s.,،:؛;?؟!)\]»”"\-–])'
WORD_START = r'(?:(?<=^)|(?<=[\s(\[«“"\-–]))'


def count_entities(text, ents):
    """longest-first, non-overlapping whole-word matches with optional proclitics"""
    forms = []
    for k, (canon, label, variants) in enumerate(ents):
        for f in [canon] + variants:
            pref = list(PROCLITICS)
            alts = [re.escape(p + f) for p in pref]
            if f.startswith('ال'):
                alts += [re.escape(p + f[1:]) for p in ('ل', 'ول', 'فل')]  # ل + الـ -> لل
            forms.append((len(f), k, f, '|'.join(alts)))
    forms.sort(key=lambda x: -x[0])
    taken = [False] * len(text)
    found = [Counter() for _ in ents]
    for _, k, f, alt in forms:
        for m in re.finditer(WORD_START + '(' + alt + ')' + WORD_END, text):
            s, e = m.span(1)
            if any(taken[s:e]):
                continue
            for i in range(s, e):
                taken[i] = True
            found[k][m.group(1)] += 1
    out = []
    for (canon, label, variants), c in zip(ents, found):
        if not c:
            print(f'  WARNING entity not found: {canon}', file=sys.stderr)
        out.append(dict(text=canon, label=label, count=sum(c.values()),
                        variants=[canon] + [v for v in variants if v != canon],
                        surface_forms=dict(c)))
    return out


def write_gold(articles, texts_dir, gold_dir, source_of):
    """Write gold_dir/<id>.json for each annotated article: offsets, sentence indices and
    entity counts computed from the text; `source_of(id)` gives the `source` field."""
    os.makedirs(os.path.join(HERE, gold_dir), exist_ok=True)
    for art_id, spec_ in articles.items():
        text = open(os.path.join(HERE, texts_dir, art_id + '.txt'), encoding='utf-8').read()
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
            # sanity: mention, cue and aliases must occur in the text
            for what, value in [('mention', q['speaker_mention']), ('cue', q['cue'])] + \
                    [('alias', al) for al in q['speaker_aliases'] or []]:
                if value and value not in text:
                    print(f'  WARNING {art_id}: {what} not in text: {value}', file=sys.stderr)
            quotes.append(d)
            pos = s
        quotes.sort(key=lambda d: (d['char_start'], d['char_end']))
        doc = OrderedDict(id=art_id, source=source_of(art_id), licence='CC BY-SA 4.0', title=None,
                          text=text, quotes=quotes, entities=count_entities(text, spec_['entities']))
        with open(os.path.join(HERE, gold_dir, art_id + '.json'), 'w', encoding='utf-8') as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
        nreq = sum(1 for d in quotes if not d.get('optional'))
        print(f'{art_id}: {len(quotes)} quotes ({nreq} required), {len(doc["entities"])} entities')


def main():
    def source_of(art_id):
        a, b = RANGES[art_id]
        return (f'ANERcorp CAMeL Lab test split, sentences {a}\u2013{b} '
                f'(ANERCorp_CamelLab_test.txt, 0-based; text repaired from ANERCorp_Benajiba.txt, see README)')
    write_gold(ART, 'texts', 'gold', source_of)


if __name__ == '__main__':
    main()

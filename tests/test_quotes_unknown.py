"""Speakers that were unknown although the article names them (issue 8), on sentences
written for these tests: the subject after a question or condition with كان, a family
name the article gave after an honorific, a university's deanship (عمادة) as a body, a municipality (بلدية),
the place a local body serves, the subject after the paper spoken to («وقال لـ"الرياض"، X»), a name
the recogniser missed before its role there, a quantifier subject of a masculine verb («وأكد مجموعة
من الخبراء»), a recognised person who opens the sentence past a misread "speaker" the gate refuses, the
people a quantity counts («عدد من الحاضرين», no addressee) and an imam (إمام, which normalises like أمام)."""
from __future__ import annotations

from qawl.quotes.speakers import split_word
from test_quotes_speakers import quotes_of


def test_kana_in_a_question_before_the_verb_is_not_the_verb_s_subject():
    [q] = quotes_of("وعما إذا كان التعادل نتيجة مقبولة بعد المباراة أجاب المدرب سامي الخطيب: «لا، نريد الفوز دائما».",
                    {"سامي الخطيب": "PER"})
    assert q.speaker == "سامي الخطيب"
    [q] = quotes_of("وردا على سؤال حول ما إذا كان الوقت قد حان للتغيير قال هاربر لصحفيين إن هذا هو المنطقي.")
    assert q.speaker == "هاربر"


def test_kana_that_opens_the_clause_still_shares_its_subject():
    [q] = quotes_of("وكانت صحيفة الأيام قد ذكرت أن المفاوضات متعثرة.")
    assert q.speaker == "صحيفة الأيام"


def test_a_verb_after_a_subordinator_with_its_own_subject_does_not_share_kana_s():
    # «وكان X … بعدما قال Y إن»: the subordinator opens a clause whose verb has a subject of its own
    for text, speaker in (("وارتفع سهم الشركة وكان الرابح الأكبر في السوق بعدما قال البنك إن الأرباح زادت.", "البنك"),
                          ("وكانت الحملة ناجحة خلال الأسبوع الماضي حيث أعلن المتحدث سامي عادل أن العمليات مستمرة.",
                           "سامي عادل"),
                          ("وكان المدير في مكتبه حين قال الموظف: «هناك زائر».", "الموظف")):
        [q] = quotes_of(text, {"سامي عادل": "PER"})
        assert q.speaker == speaker, (text, q.speaker)


def test_a_verb_after_a_subordinator_without_a_subject_still_shares_kana_s():
    # «كان X أكثر صراحة حينما أكد في تصريح أن»: the verb's subject is elided, so it is كان's
    text = "وكان الأمين العام سامي عادل أكثر صراحة حينما أكد في تصريح خاص أن الأمور لا تؤخذ بهذا الشكل."
    [q] = quotes_of(text, {"سامي عادل": "PER"})
    assert q.speaker == "سامي عادل"


def test_a_family_name_the_article_gave_after_an_honorific_is_the_speaker():
    text = ("وتفقد مدير التعليم الأستاذ الصقيه عددا من المدارس. وفي نهاية الجولة بين الصقيه أن "
            "الصيانة اكتملت.")
    [q] = quotes_of(text)
    assert q.speaker == "الصقيه" and q.speaker_kind == "named"
    text = "وحضر رئيس النادي الأستاذ مريح المريح التدريب. وأشار المريح أن المعسكر كان ناجحا."
    [q] = quotes_of(text)
    assert q.speaker == "مريح المريح"


def test_a_definite_word_written_before_without_an_honorific_stays_unknown():
    [q] = quotes_of("وتفقد مدير التعليم الصقيه عددا من المدارس. وفي نهاية الجولة بين الصقيه أن الصيانة اكتملت.")
    assert q.speaker_kind == "unknown"


def test_kana_in_a_condition_with_the_report_for_predicate_keeps_its_subject():
    [q] = quotes_of("فإذا كان الوزير يقول إن الخطة ناجحة فلماذا تأخر التنفيذ؟")
    assert q.speaker == "الوزير"
    [q] = quotes_of("وإذا كان البعض على سبيل المثال يقول إن الطريق مغلق فالواقع غير ذلك.")
    assert q.speaker == "البعض"


def test_a_deanship_is_a_body_that_speaks():
    [q] = quotes_of("وحددت الجامعة موعد القبول. كما بينت العمادة أنه سيتم إرسال رسائل نصية للمقبولين.")
    assert q.speaker == "العمادة"
    [q] = quotes_of("وأكد عميد عمادة القبول أن التسجيل مستمر حتى نهاية الأسبوع.")
    assert q.speaker == "عميد عمادة القبول"


def test_an_honorific_in_construct_with_a_common_noun_is_the_speakers_title():
    # أمير، شيخ، عميد before a common noun head a title (not «الأمير فلان», where the name follows)
    for text, who in (("وقال أمير المنطقة إن الزيارة مهمة.", "أمير المنطقة"),
                      ("واستقبل أمير المنطقة الوفد في مكتبه، وأكد أن الزيارة مهمة.", "أمير المنطقة"),
                      ("وأكد شيخ القبيلة أن الصلح تم.", "شيخ القبيلة"),
                      ("وقال أمير منطقة الجوف إن الموسم ناجح.", "أمير منطقة الجوف")):
        [q] = quotes_of(text)
        assert (q.speaker, q.speaker_kind) == (who, "title"), text
    [q] = quotes_of("وقال الأمير سامي عادل إن الزيارة مهمة.")
    assert q.speaker == "سامي عادل"


def test_a_report_verb_after_an_indefinite_document_speaks_for_its_issuer():
    # «أصدر X تقريرا يفيد»: the verb describes the document, whose issuer speaks
    [q] = quotes_of("وأصدر ديوان المحاسبة الكويتي تقريرا يفيد بأن الإنفاق تجاوز الميزانية.",
                    {"ديوان المحاسبة الكويتي": "ORG"})
    assert q.speaker == "ديوان المحاسبة الكويتي"
    # «تقرير من X يؤكد»، «تغريدة من X قالت فيها»: the issuer after من / عن
    [q] = quotes_of("وتسلمت اللجنة تقريرا من وزارة المالية يؤكد أن العجز تراجع.", {"وزارة المالية": "ORG"})
    assert q.speaker == "وزارة المالية"
    [q] = quotes_of("وفي تقرير صادر عن منظمة الصحة العالمية يؤكد أن الوباء انحسر.", {"منظمة الصحة العالمية": "ORG"})
    assert q.speaker == "منظمة الصحة العالمية"
    [q] = quotes_of("ووصلت للمطرب سامر تغريدة من الفنانة ليلى حسن قالت فيها: «أهنئك على النجاح».",
                    {"سامر": "PER", "ليلى حسن": "PER"})
    assert q.speaker == "ليلى حسن"


def test_a_document_verb_that_disagrees_or_a_noun_after_it_names_no_issuer():
    # «رسالة من الوزارة قال فيها»: a masculine verb after a feminine document has a subject of its own
    [q] = quotes_of("وتلقى الوزير سامي عادل رسالة من الوزارة قال فيها: «سأرد قريبا».", {"سامي عادل": "PER"})
    assert q.speaker == "سامي عادل"
    # «في مقال رأي نشرته صحيفة X أن»: رأي is a noun here, no verb describing the article
    qs = quotes_of("وقال الوزير سامي عادل في مقال رأي نشرته صحيفة الأيام أمس إن الخطة ناجحة.",
                   {"سامي عادل": "PER", "الأيام": "ORG"})
    assert all(q.speaker == "سامي عادل" for q in qs)


def test_it_turned_out_after_a_conjunction_or_an_adverbial_is_no_report():
    # «وتبين أن»، «وتبين بعد الفحص أنه»: تبيّن (it turned out) has the أن clause for subject
    for text in ("وأوضح المتحدث سامي عادل أن الفرق وصلت إلى الموقع، وتبين أن الحريق محدود.",
                 "ونقل المصاب إلى المستشفى وتبين بعد الفحص الطبي أنه بحالة مستقرة.",
                 "فتبين لهم أمس أن الرسالة مزورة."):
        assert all("تبين" not in q.cue for q in quotes_of(text, {"سامي عادل": "PER"})), text
    # with its subject it still reports: «وتبين الدراسة أن»
    [q] = quotes_of("وتبين الدراسة الجديدة أن النوم المبكر مفيد.")
    assert q.cue == "وتبين"


def test_an_inscription_on_an_indefinite_thing_is_no_quote():
    # «لافتة كتب عليها "…"»: the passive of a relative clause, which no one says
    qs = quotes_of("ورفع المحتجون لافتة كتب عليها «لا للغلاء».")
    assert all(q.cue != "كتب" for q in qs)
    # with a conjunction the verb is active and its subject elided: «فأخذ ورقة وكتب عليها:»
    [q] = quotes_of("وجلس الكاتب سامي عادل إلى مكتبه فأخذ ورقة وكتب عليها: «سأعود».", {"سامي عادل": "PER"})
    assert q.speaker == "سامي عادل"


def test_a_sign_or_a_striking_thing_spelt_as_lafata_s_participle_is_no_quote():
    # لافتة / لافتات (a sign, banners) and لافت (striking) read through marks or a colon with no إلى
    for text in ("وتجمع العشرات أمام المبنى ورفعوا لافتات «لا للغلاء» و«نريد العمل».",
                 "ووقف الطلاب تحت لافتة «معا نتعلم» طوال الحفل.",
                 "وعلق المدير على الباب لافتة تحمل العبارة التالية: «ممنوع التدخين».",
                 "واختار الكاتب لروايته عنوانا لافتا «المدينة الأخيرة».",
                 "وحمل المحتجون لافتات تقول: «الماء حق للجميع».",
                 "ورفع الشبان لافتات كتب على بعضها «ارحل»."):
        assert quotes_of(text) == [], text


def test_lafata_s_participle_with_ila_or_a_complementiser_still_reports():
    *_, q = quotes_of("وأكدت الوزيرة سلمى عادل أن الخطة جاهزة، لافتة إلى «أهمية التعاون بين الجميع».", {"سلمى عادل": "PER"})
    assert q.cue == "لافتة" and q.speaker == "سلمى عادل"
    [q] = quotes_of("وأكدت الوزيرة سلمى عادل التزامها بالخطة، لافتة أن التنفيذ يبدأ الشهر المقبل.", {"سلمى عادل": "PER"})
    assert q.cue == "لافتة" and q.speaker == "سلمى عادل"


def test_the_name_of_an_event_that_ended_is_no_quote():
    # اختتم / ختم (concluded) before a common noun and the short quoted name of the event, show or sale
    for text in ("اختتمت أمس فعاليات «صيفنا أحلى» في الحديقة العامة.",
                 "واختتمت الشركة مزاد «الأرقام المميزة» وسط حضور كبير.",
                 "واختتم المطرب الحفلة بأغنية «يا دار» وسط تصفيق الجمهور."):
        assert quotes_of(text) == [], text


def test_words_said_at_the_end_still_report():
    [q] = quotes_of("وأكد المدرب سامي عادل جاهزية الفريق. واختتم «نحن جاهزون».", {"سامي عادل": "PER"})
    assert q.quote == "نحن جاهزون" and q.speaker == "سامي عادل"
    [q] = quotes_of("واختتم الوزير: «لن نتراجع».")
    assert q.quote == "لن نتراجع" and q.speaker == "الوزير"
    [q] = quotes_of("واختتم سامي عادل الذي سيرتدي القميص رقم 10 «جئت لأفوز بالألقاب مع هذا النادي الكبير».",
                    {"سامي عادل": "PER"})
    assert q.speaker == "سامي عادل"


def test_a_participle_passes_over_an_object_read_as_an_earlier_verbs_subject():
    # «وأكدت سلامة الشبكة»: the common noun after أكد is its object, so «مضيفة» goes back to the company
    [q] = quotes_of("فنفت شركة الكهرباء مسؤوليتها عن الانقطاع وأكدت سلامة الشبكة، مضيفة أن العطل خارجي.",
                    {"شركة الكهرباء": "ORG"})
    assert q.speaker == "شركة الكهرباء"
    *_, q = quotes_of("واعتبر الوزير سامي عادل الرياضة رافدا مهما، واعتبر الفن مرآة للمجتمع، مشددا على أن الثقافة أساس.",
                      {"سامي عادل": "PER"})
    assert q.cue == "مشددا" and q.speaker == "سامي عادل"


def test_a_plural_participle_shares_the_plural_subject_of_the_verb_opening_its_sentence():
    [q] = quotes_of("وعبر منظمو المهرجان عن سعادتهم بالإقبال الكبير، مؤكدين أن الدورة القادمة ستكون أكبر.")
    assert q.speaker == "منظمو المهرجان"
    [q] = quotes_of("وثمنت قيادات الحزب جهود اللجنة وأكدوا أن الانتخابات ستجري في موعدها.")
    assert q.speaker == "قيادات الحزب"
    [q] = quotes_of("أجمع مسؤولو منطقة حائل على استنكار الحادث، وأكدوا أنه عمل إجرامي.")
    assert q.speaker == "مسؤولو منطقة حائل"
    [q] = quotes_of("وعبر النزلاء عن سعادتهم بالمبادرة، مشيرين إلى أن وقعها كان كبيرا.")
    assert q.speaker == "النزلاء"
    [q] = quotes_of("ورفض برلمانيون عراقيون الزيادة في الأسعار، مؤكدين أن المواطن لا يتحملها.")
    assert q.speaker == "برلمانيون عراقيون"  # the indefinite plural ends before the object


def test_a_feminine_participle_shares_a_feminine_body_subject():
    [q] = quotes_of("وعزت أمانة المدينة الزحام إلى أعمال الصيانة، مؤكدة أن الطرق ستفتح قريبا.")
    assert q.speaker == "أمانة المدينة"


def test_a_participle_that_disagrees_with_the_opening_subject_stays_unknown():
    [q] = quotes_of("وعزت أمانة المدينة الزحام إلى أعمال الصيانة، مؤكدين أن الطرق ستفتح قريبا.")
    assert q.speaker_kind == "unknown"
    [q] = quotes_of("وعبر منظمو المهرجان عن سعادتهم بالإقبال الكبير، مؤكدة أن الدورة القادمة ستكون أكبر.")
    assert q.speaker_kind == "unknown"
    [q] = quotes_of("وسجل الإقبال على المعرض رقما قياسيا، مؤكدين أن الدورة القادمة ستكون أكبر.")
    assert q.speaker_kind == "unknown"  # a singular subject takes no plural participle


def test_an_adverb_of_order_before_the_verb_is_no_subject():
    for opener in ("بدايةً", "بداية", "أولا", "وأخيرا"):
        [q] = quotes_of(f"ارتفاع الأسعار\n{opener} قال الشيخ سالم العمري إن الأسعار ارتفعت كثيرا.")
        assert q.speaker == "سالم العمري", opener


def test_an_antecedentless_plural_verb_takes_no_later_singular_speaker():
    text = "ارتفعت الأسعار في السوق. وأكدوا أن الأمن مستقر. وقال اللواء سالم العمري إن العمل مستمر."
    first, second = quotes_of(text)
    assert first.speaker_kind == "unknown" and second.speaker == "سالم العمري"


def test_a_quantifier_opening_its_clause_before_the_verb_is_a_generic_speaker():
    [q] = quotes_of("وتباينت الآراء حول الخطة، بعضهم يرى أن التنفيذ تأخر كثيرا.")
    assert (q.speaker, q.speaker_kind) == ("بعضهم", "group")
    [_, q] = quotes_of('وكتب أحد المتابعين: "القرار متأخر كثيرا" وآخر يقول: "القرار صائب تماما".')
    assert (q.speaker, q.speaker_kind) == ("آخر", "unnamed")
    [q] = quotes_of("والغريب في الأمر أن أحدهم ذكر أن المبنى قديم.")
    assert (q.speaker, q.speaker_kind) == ("أحدهم", "unnamed")


def test_a_quantifier_after_a_noun_is_its_adjective_not_the_verb_s_subject():
    [q] = quotes_of("ومن جهة أخرى صرح وزير الصحة خالد العلي بأن المستشفى جاهز.", {"خالد العلي": "PER"})
    assert q.speaker == "خالد العلي"


def test_the_relative_who_after_there_is_or_some_of_them_is_a_generic_speaker():
    # «هناك من يرى أن»، «ثمة من يقول:»، «ومنهم من قال إن»: whoever holds it, as the golds write «من قال»
    for text, who in (("وفي المقابل هناك من يرى أن التفاوض لا يصلح مع هذه الجماعات.", "من يرى"),
                      ("ثمة من يقول: الصبر مفتاح الفرج.", "من يقول"),
                      ("وتباينت آراء الأهالي، فمنهم من قال إن الطريق خطير.", "من قال")):
        [q] = quotes_of(text)
        assert (q.speaker, q.speaker_kind) == (who, "unnamed"), text


def test_whoever_is_no_antecedent_and_other_relatives_are_no_generic_speaker():
    qs = quotes_of("وقال الوزير سامي الخطيب إن المشروع مستمر. وهناك من يرى أن المشروع متأخر. وأضاف أن العمل يسير.",
                   {"سامي الخطيب": "PER"})
    assert [q.speaker for q in qs] == ["سامي الخطيب", "من يرى", "سامي الخطيب"]
    # a question «من قال إن …؟» and the object of a preposition or verb are not «whoever says»
    for text in ("من قال إن الحرب انتهت؟", "واحتفل الرئيس بالانتصار على من وصفهم بأنهم أعداء الوطن."):
        assert all(not q.speaker.startswith("من ") for q in quotes_of(text)), text


def test_an_attache_office_and_a_museum_are_bodies_that_speak():
    [q] = quotes_of("وأوضحت الملحقية أن الرسائل ستصل خلال أيام.")
    assert (q.speaker, q.speaker_kind) == ("الملحقية", "organisation")
    [q] = quotes_of("وقال المتحف في بيان إن المعرض يفتح أبوابه الأسبوع المقبل.")
    assert (q.speaker, q.speaker_kind) == ("المتحف", "organisation")
    [q] = quotes_of("أفادت الملحقية الثقافية في كندا بتأخر الرواتب، موضحة أن السبب فني.", {"كندا": "LOC"})
    assert q.speaker == "الملحقية الثقافية"


def test_a_coordinated_verb_shares_the_subject_after_an_opening_circumstantial_phrase():
    [q] = quotes_of("وخلال الاجتماع استعرض مدير الجامعة خطط التطوير، وأوضح أن العمل مستمر.")
    assert (q.speaker, q.speaker_kind) == ("مدير الجامعة", "title")
    [q] = quotes_of("وعقب المباراة حفز رئيس البعثة اللاعبين بمكافآت فورية وقال: «سرني أداء الفريق».")
    assert q.speaker == "رئيس البعثة"
    [q] = quotes_of("وبهذه المناسبة رفع مدير الجامعة التهنئة للقيادة، وأكد أن الجامعة تدعم الطلاب.")
    assert q.speaker == "مدير الجامعة"  # the subject ends before the object (التهنئة)


def test_the_circumstantial_phrase_s_subject_needs_agreement_and_no_other_person_between():
    [q] = quotes_of("وخلال الاجتماع استعرض مدير الجامعة خطط التطوير، وأكدوا أن العمل مستمر.")
    assert q.speaker_kind == "unknown"  # a plural verb does not go on with one director
    [q] = quotes_of("وخلال الاجتماع استعرض مدير الجامعة الخطط مع الوزير سامي العلي، وأكد أن العمل مستمر.",
                    {"سامي العلي": "PER"})
    assert q.speaker != "مدير الجامعة"  # the minister named between may be the one who spoke


def test_a_common_indefinite_noun_after_a_definite_title_is_the_verb_s_object():
    [q] = quotes_of("ونفى الوزير وجود أي تغيير في الموقف، لافتا إلى أن النظرة ثابتة.")
    assert (q.speaker, q.speaker_kind) == ("الوزير", "title")  # not «وجود أي تغيير»
    text = "وقال الوزير سامي العلي إن الفريق جاهز. ونفى الوزير وجود أي تغيير في الموقف، لافتا إلى أن النظرة ثابتة."
    assert quotes_of(text, {"سامي العلي": "PER"})[-1].speaker == "سامي العلي"  # the minister named before


def test_a_name_after_an_honorific_is_not_an_object():
    [q] = quotes_of("وأعربت الدكتورة ملحة العلي عن سعادتها بالمشاركة، مؤكدة أن المسرح أبو الفنون.",
                    {"ملحة العلي": "PER"})
    assert q.speaker == "ملحة العلي"


def test_no_preposition_is_split_off_before_lada():
    assert split_word("بلديه") == ("", "بلديه") and split_word("وبلديه") == ("و", "بلديه")
    assert split_word("بلدي") == ("", "بلدي") and split_word("ببلديه") == ("ب", "بلديه")
    assert split_word("بالجهود") == ("بال", "جهود")


def test_a_municipality_in_subject_position_is_the_speaker():
    [q] = quotes_of("وبينت بلدية الخبر أن المشكلة تكمن في ضخ المياه.", {"الخبر": "LOC"})
    assert q.speaker == "بلدية الخبر"  # بلدية is no ب + لديه «he has»
    [q] = quotes_of("وأكد رئيس بلدية الخبر أن المشروع تأخر.", {"الخبر": "LOC"})
    assert q.speaker == "رئيس بلدية الخبر"


def test_the_place_after_a_local_body_is_part_of_the_role_not_a_name():
    for body in ("بلدية", "أمانة", "مديرية", "إمارة"):
        text = (f"وأوضح مدير {body} وادي النخل المهندس سامي العلي أن المهرجان ناجح. "
                f"وأوضح مدير {body} وادي النخل أن الخيمة كبيرة.")
        assert [q.speaker for q in quotes_of(text, {"سامي العلي": "PER"})] == ["سامي العلي"] * 2


def test_an_honorific_and_a_family_name_complete_to_the_person_named_before():
    text = "وقال مدير الشرطة اللواء سامي الحربي إن الوضع مستقر. وأكد اللواء الحربي أن الدوريات منتشرة."
    assert [q.speaker for q in quotes_of(text, {"سامي الحربي": "PER"})] == ["سامي الحربي"] * 2
    text = "وقالت الدكتورة هدى العلي إن البرنامج ناجح. وبينت الدكتورة العلي أن التسجيل مفتوح."
    assert [q.speaker for q in quotes_of(text, {"هدى العلي": "PER"})] == ["هدى العلي"] * 2


def test_an_honorific_and_a_family_name_nobody_had_stay_as_written():
    text = "وقال الوزير سامي الحربي إن الوضع مستقر. وأكد الدكتور العلي أن الدوريات منتشرة."
    assert quotes_of(text, {"سامي الحربي": "PER"})[-1].speaker == "الدكتور العلي"


def test_a_cue_word_after_the_passive_auxiliary_is_no_report():
    # «تم نقل»: transported, with no agent; the content and the participle stay the speaker's
    text = "وأوضح المتحدث سامي العلي أنه تم نقل المصابين إلى المستشفى، مشيرا إلى أن حالتهم مستقرة."
    qs = quotes_of(text, {"سامي العلي": "PER"})
    assert [(q.speaker, q.cue) for q in qs] == [("سامي العلي", "وأوضح"), ("سامي العلي", "مشيرا")]
    [q] = quotes_of("وقال الوزير إن المرحلة الأولى انتهت، فيما سيتم نقل المعدات الأسبوع المقبل.")
    assert q.quote.endswith("الأسبوع المقبل")  # the quote does not stop at «نقل»


def test_the_subject_after_the_paper_spoken_to_and_a_comma():
    # «وقال لـ"الصحيفة"، X»: the comma closes the addressee; the subject follows it
    [q] = quotes_of('وقال لـ"الرياض"، خالد العمري نائب رئيس اللجنة، إن الرسوم لم ترتفع.', {"خالد العمري": "PER"})
    assert q.speaker == "خالد العمري"
    [q] = quotes_of("وأوضح لرويترز، الوزير سامي الخطيب أن المحادثات مستمرة.", {"سامي الخطيب": "PER"})
    assert q.speaker == "سامي الخطيب"
    [q] = quotes_of('وقال لـ"الرياض"، نائب رئيس اللجنة، إن الرسوم لم ترتفع.')
    assert q.speaker == "نائب رئيس اللجنة"
    [q] = quotes_of("وقال لـ«الوطن»، أمس، إن الرسوم لم ترتفع.")  # no subject after the comma
    assert q.speaker_kind == "unknown"


def test_a_title_that_is_also_a_first_name_is_the_subject_after_the_paper_spoken_to():
    # أمين، عميد: a title in construct or a first name, the verb's subject either way
    [q] = quotes_of("أكد لـ«عكاظ» أمين المنطقة الدكتور سامي الخطيب، أن المشروع اكتمل.", {"سامي الخطيب": "PER"})
    assert q.speaker == "سامي الخطيب"
    [q] = quotes_of("وقال لـ«الوطن» عميد الكلية إن القبول يبدأ الأحد.")
    assert q.speaker == "عميد الكلية"


def test_a_quantifier_subject_agrees_with_its_genitive_not_its_own_gender():
    # a masculine verb before a feminine noun reads it as the object, but not a quantifier with من or its genitive
    [q] = quotes_of("وأكد مجموعة من الخبراء أن السوق مستقرة.")
    assert q.speaker == "مجموعة من الخبراء"
    [q] = quotes_of("ويرى غالبية الخبراء أن السوق مستقرة.")
    assert q.speaker == "غالبية الخبراء"
    [q] = quotes_of("وشدد مجموعة من الخبراء على ضرورة الرقابة. وبينوا أن السوق مستقرة.")
    assert q.speaker == "مجموعة من الخبراء"
    # with an adjective of its own the quantifier is a thing, the verb's object
    [q] = quotes_of("ويرصد الكاتب سامي الخطيب مجموعة متواترة من الوقائع ويقول إن السوق مستقرة.", {"سامي الخطيب": "PER"})
    assert q.speaker == "سامي الخطيب"


def test_a_name_the_recogniser_missed_before_its_role_after_the_paper_spoken_to():
    # no entities: the plain words before the role are the holder's name
    [q] = quotes_of("صرح لـ«الصحيفة» سالم الهذلي الناطق الإعلامي للمستشفى بأن التحقيقات جارية.")
    assert q.speaker == "سالم الهذلي"
    [q] = quotes_of("وقال لـ«الصحيفة» سالم الهذلي، مدير الفرع، إن التحقيقات جارية.")
    assert q.speaker == "سالم الهذلي"
    [q] = quotes_of("وقال لـ«الصحيفة» في اتصال هاتفي إن التحقيقات جارية.")  # an adjunct, no name
    assert q.speaker_kind == "unknown"


def test_the_paper_spoken_to_in_brackets_or_between_two_closing_marks():
    # «لـ(عكاظ)»، «لـ”عين اليوم”»: marks the quotation segments do not pair still close the paper's name
    names = {"سامي الخطيب": "PER"}
    [q] = quotes_of("كشف لـ(الصحيفة) عميد كلية الطب الدكتور سامي الخطيب، أنه تم قبول ألف طالب.", names)
    assert q.speaker == "سامي الخطيب"
    [q] = quotes_of("وقال لـ”عين المدينة” مصدر مطلع في الوزارة، إن الضوابط جديدة.")
    assert q.speaker == "مصدر مطلع في الوزارة"
    [q] = quotes_of("تحدث لـ(الصحيفة) مدير المنتخب سابقا سامي الخطيب قائلا: نجحنا في الموسم الماضي.", names)
    assert q.speaker == "سامي الخطيب"
    # a bracket of more than three words is no paper's name
    [q] = quotes_of("وقال لـ(كل من يهمه الأمر في المدينة) الوزير إن الضوابط جديدة.")
    assert q.speaker_kind == "unknown"


def test_a_title_after_the_subject_s_comma_opens_no_bare_report():
    # «وقال X، المتحدث باسم …، في بيان»: the title is X's apposition, not the words reported
    assert quotes_of("وقال تامر كابور، المتحدث باسم الشركة، في بيان.") == []
    [q] = quotes_of("وقال الوزير للصحفيين الوضع صعب جدا هذه الأيام.")
    assert q.speaker == "الوزير" and q.quote.startswith("الوضع")


def test_a_misread_speaker_the_gate_refuses_gives_way_to_the_named_subject():
    text = ("ورفض الحربي بعض الانتقادات من باب زعم عدم دقة بعض الأمور المشار إليها قائلا: "
            "\"لا أتفق مع هذا الرأي\".")
    [q] = quotes_of(text, {"الحربي": "PER"})
    assert q.speaker == "الحربي" and q.speaker_kind == "named"
    text = ("وأبان سامر خليل الناطق الإعلامي لصحة الجنوبية في تصريح سابق بأن التحقيق بدأ بعد استلام "
            "الشكوى، مشددا على أن الملف تمت دراسته.")
    *_, q = quotes_of(text, {"سامر خليل": "PER"})
    assert q.quote == "الملف تمت دراسته" and q.speaker == "سامر خليل"


def test_a_title_alone_does_not_replace_a_misread_speaker():
    text = ("ورفض المدرب بعض الانتقادات من باب زعم عدم دقة بعض الأمور المشار إليها قائلا: "
            "\"لا أتفق مع هذا الرأي\".")
    [q] = quotes_of(text)
    assert q.speaker_kind == "unknown"


def test_the_imperfect_of_abraza_is_barza_stand_out_and_no_report():
    # يبرز / تبرز: a thing after it stands out (برز), nobody's words
    for text in ("وفي هذا السياق يبرز السؤال التالي: من يتحمل كلفة المشروع؟",
                 "وهنا تبرز مرحلتان: الأولى التخطيط والثانية التنفيذ.",
                 "وفي الأحياء القديمة تبرز بين الحين والآخر خلافات صغيرة على أمور لا تستحق أن تصل إلى المحاكم.",
                 "ويقدم المعرض لوحات تبرز «جمال الطبيعة» في الريف."):
        assert quotes_of(text) == [], text


def test_the_perfect_of_abraza_with_its_subject_still_reports():
    [q] = quotes_of("وأبرز الوزير سامي عادل أن الخطة تبدأ الشهر المقبل.", {"سامي عادل": "PER"})
    assert q.cue == "وأبرز" and q.speaker == "سامي عادل"


def test_the_reader_asked_to_notice_with_me_is_no_report():
    for text in ("هذا ملخص الأسئلة الواردة في رسالتك، ولاحظ معي أن الوزن يعود بعد ترك الحمية.",
                 "لاحظ معنا أن الأسعار ارتفعت في كل الأسواق."):
        assert quotes_of(text) == [], text
    [q] = quotes_of("ولاحظ الباحثون أن الطلاب ينامون أقل في أيام الامتحانات.")
    assert q.speaker == "الباحثون"


def test_a_cue_after_a_modal_is_a_verbal_noun_and_no_report():
    # «يمكن وصفها بأنها»، «ينبغي تذكّر أن»: after a modal or a word of obligation the verb's spelling is its
    # verbal noun (وصْف، تذكُّر), whose agent is only the writer and the reader
    for text in ("وقال المدير سامي عادل إن الخطة جاهزة. والمدارس الجديدة لا يمكن وصفها بأنها «قديمة».",
                 "وقال المدير سامي عادل إن الخطة جاهزة. وهنا ينبغي تذكّر أن المدينة كانت صغيرة.",
                 "وقال المدير سامي عادل إن الخطة جاهزة. وعلينا تذكر، أن الأسعار ارتفعت كثيرا.",
                 "وقال المدير سامي عادل إن الخطة جاهزة. هذا مع وجوب تذكر أن الطرق كانت مغلقة."):
        assert [q.quote for q in quotes_of(text, {"سامي عادل": "PER"})] == ["الخطة جاهزة"], text


def test_a_joined_verb_after_a_modal_still_reports():
    # «يمكن، وقال»: a verb with و opens a clause of its own
    [_, q] = quotes_of("وأكد الوزير سامي عادل أن العمل يمكن أن ينتهي قريبا كما يمكن. وقال إن الخطة جاهزة.",
                       {"سامي عادل": "PER"})
    assert q.quote == "الخطة جاهزة" and q.speaker == "سامي عادل"


def test_what_the_reader_may_think_is_no_report():
    # an imperfect in ت- after «you» (كنتَ، أنك، لأنك …) is the reader's thought, nobody's words
    for text in ("وقال المدير سامي عادل إن الخطة جاهزة. وإذا كنت تعتقد أن الأسعار ستنخفض فأنت مخطئ.",
                 "وقال المدير سامي عادل إن الخطة جاهزة. فأنت تشتري السهم لأنك تتوقع أن سعره سيرتفع."):
        assert [q.quote for q in quotes_of(text, {"سامي عادل": "PER"})] == ["الخطة جاهزة"], text
    # but a feminine subject's verb after كانت still reports
    [q] = quotes_of("وكانت الوزارة تتوقع أن الأسعار ستنخفض.")
    assert q.speaker == "الوزارة"


def test_the_preposition_bayna_is_no_report_verb():
    # بين after a content word or من / ما, before a noun phrase: between, among (not بيّن, explained)
    for text in ("أما الفارق بين الفريقين فهو أن الأول أكثر خبرة.",
                 "وكان الشعور العام بين التجار هو أن الأسعار ستنخفض.",
                 "ومن بين الأسباب الأخرى أن الطرق كانت مغلقة.",
                 "لكن حبال الود بين الجارين لم تلبث أن انقطعت."):
        assert quotes_of(text) == [], text
    # nor does it stand between another verb and its complementiser
    [q] = quotes_of("وقالت مصادر بين السكان المحليين إن المياه عادت إلى الحي.")
    assert q.cue == "وقالت" and q.quote == "المياه عادت إلى الحي"


def test_the_verb_bayyana_spelt_like_the_preposition_still_reports():
    for text, speaker in (("وقال المدير إن العمل بدأ، كما بين الظاهري أن الموقع جاهز.", "الظاهري"),
                          ("وفي نهاية الجولة بين المدير أن الصيانة انتهت.", "المدير"),
                          ("وأجرى المركز لقاء مع سامي عادل الذي بين أن الاستعدادات بدأت.", "سامي عادل")):
        *_, q = quotes_of(text, {"سامي عادل": "PER"})
        assert q.cue == "بين" and q.speaker == speaker, text
    [q] = quotes_of("وألقى الشيخ سامي عادل محاضرات بين فيها أن العلم نور.", {"سامي عادل": "PER"})
    assert q.cue == "بين"


def test_the_passive_yu_tabar_is_no_report():
    # «يُعتبر / تُعتبر X Y» (X is considered Y): a predicate right after the verb or after its subject,
    # or the verb after a relative pronoun with no complementiser: no one's words
    for text in ("وتعتبر المدينة من أجمل المدن الساحلية، وإن كانت أسعارها مرتفعة.",
                 "يعتبر الحوار أحد أهم أهداف المشروع «الذي بدأ قبل عامين».",
                 "وتعتبر الشركة الأولى من نوعها في المنطقة، حيث تستطيع أن تنتج ألف سيارة.",
                 "ووصول الوفد إلى المطار يعتبر تقدما كبيرا في «مسار المفاوضات بين الطرفين».",
                 "وزار الوفد الحديقة التي تعتبر أكبر حديقة في المدينة: «حديقة الملك».",
                 "والحركة هناك تعتبر هي الأعلى على مستوى البلاد، إلا أن لهذا الأمر أسبابا."):
        assert quotes_of(text) == [], text


def test_the_passive_yu_tabar_does_not_stand_between_a_verb_and_its_content():
    [q] = quotes_of("يؤكد سامي عادل الذي يعتبر من أكبر رجال الأعمال في البلاد أنه لا يخشى المنافسة.",
                    {"سامي عادل": "PER"})
    assert q.cue == "يؤكد" and q.speaker == "سامي عادل" and q.quote == "لا يخشى المنافسة"


def test_the_active_ya_tabir_still_reports():
    for text, speaker in (("ويعتبر الخبراء أن الأسعار سترتفع.", "الخبراء"),
                          ("ويعتبر الخبراء عموما أن الصيف جاف.", "الخبراء"),
                          ("وتعتبر الحكومة في بيانها أن الاتفاق «خطأ تاريخي».", "الحكومة"),
                          ("ويعتبر مراقبون أن الحكومة تحاول الخروج من أزمتها.", "مراقبون"),
                          ("وقال الوزير إن العمل بدأ. ويعتبر من جهته أن الخطة ناجحة.", "الوزير"),
                          ("وقالت الكاتبة سارة علي التي تعتبر أن الإيجار أرخص من الشراء.", "سارة علي")):
        *_, q = quotes_of(text, {"سارة علي": "PER"})
        assert q.speaker == speaker, text


def test_a_subject_from_a_body_after_ya_tabir_still_reports():
    # «من» after the subject names where the subject comes from, not a class it is counted in
    for text in ("ويعتبر باحثون من جامعة هارفارد أن الأسعار سترتفع.", "ويعتبر الخبراء من المعهد أن الأسعار سترتفع."):
        [q] = quotes_of(text)
        assert q.quote == "الأسعار سترتفع", text


def test_an_indefinite_plural_subject_is_the_antecedent_of_a_plural_verb():
    # «أثنى مواطنون على … . وقالوا إن»: an indefinite sound plural in the nominative heads a group of persons
    for text, speaker in (("أثنى مواطنون في المدينة على النجاح الكبير. وقالوا للصحيفة إن الأمن تحسن.", "مواطنون"),
                          ("أشاد مستهلكون بالخدمات الجديدة في الفروع. وقالوا إن الأسعار مستقرة.", "مستهلكون"),
                          ("واحتفل يمنيون مقيمون في المدينة بالعيد. وقالوا إن الفرحة عمت.", "يمنيون مقيمون")):
        [q] = quotes_of(text)
        assert q.speaker.startswith(speaker), text


def test_no_verb_number_or_singular_in_waun_is_a_plural_antecedent():
    # an imperfect verb (يتميزون), a number of tens (ثلاثون) or a singular spelt with ون (قانون) is no group
    for text in ("وهم أناس يتميزون بالصبر. وقالوا إن الأمن تحسن.",
                 "وحضر ثلاثون من الموظفين الحفل. وقالوا إن الأمن تحسن.",
                 "وصدر قانون جديد للمرور. وقالوا إن الأمن تحسن."):
        [q] = quotes_of(text)
        assert q.speaker in ("", "متحدث غير معروف") or "ثلاثون" not in q.speaker and "يتميزون" not in q.speaker \
            and "قانون" not in q.speaker, (text, q.speaker)


def test_a_plural_verb_after_alladhina_takes_no_earlier_plural_subject():
    # after الذين only the noun right before it is the antecedent, not an earlier group
    [q] = quotes_of("وحضر محققون إلى المحكمة. واستندت المحكمة إلى أقوال الشهود الأربعة في القضية الذين أكدوا أن "
                    "المتهم كان هناك.")
    assert not (q.cue == "أكدوا" and q.speaker == "محققون")


def test_people_a_quantity_is_of_are_no_addressee():
    # «أبلغ الوزير الصحفيين»: the reporters addressed; «عدد من الصحفيين»، «أحد الحاضرين»: the people counted
    for text, speaker in (("وأكد عدد من المشاركين أن التنظيم كان جيدا.", "عدد من المشاركين"),
                          ("وأوضح عدد من الحاضرين أنهم فوجئوا بالقرار.", "عدد من الحاضرين"),
                          ("وقال أحد الحاضرين إن الحفل كان ناجحا.", "أحد الحاضرين"),
                          ("وأكد بعض الصحفيين أن المؤتمر تأخر.", "بعض الصحفيين"),
                          ("وأبلغ الوزير الصحفيين أن المؤتمر تأخر.", "الوزير")):
        [q] = quotes_of(text)
        assert q.speaker == speaker, (text, q.speaker)


def test_an_imam_heads_a_speaker_though_it_normalises_like_amama():
    # «إمام» (hamza below) is the imam; «أمام» (in front of) opens no speaker
    [q] = quotes_of("وقال إمام المسجد إن الصلاة ستقام في موعدها.")
    assert q.speaker == "إمام المسجد"
    [q] = quotes_of("وقال أمام المحكمة إن الصلاة ستقام في موعدها.")
    assert q.speaker_kind == "unknown"


def test_an_imam_s_role_named_before_links_to_his_name():
    # «إمام وخطيب المسجد، الشيخ X» then «وتابع إمام وخطيب المسجد:»: the imam named before
    text = ("حذر إمام وخطيب المسجد الكبير، الشيخ سامي الخطيب، في خطبة الجمعة من الفتن. "
            "وتابع إمام وخطيب المسجد الكبير: «احذروا الفتن».")
    [q] = quotes_of(text, {"سامي الخطيب": "PER"})
    assert q.speaker == "سامي الخطيب"


def test_a_feminine_plural_participle_goes_on_with_women_after_a_verb_that_is_no_report():
    # «أشادت X …، مؤكدات أن»: a plural of women, or a quantity of them, is the participle's subject
    for text, speaker in (("أشاد عدد من سيدات المجتمع بالإنجاز الكبير، مؤكدات أنه ضاعف فرحتهن.", "عدد من سيدات المجتمع"),
                          ("وعبرت النساء عن سعادتهن بالقرار، مؤكدات أنه طال انتظاره.", "النساء"),
                          ("وشاركت بعض الطالبات في الحفل، مشيرات إلى أنه كان ممتعا.", "بعض الطالبات")):
        [q] = quotes_of(text)
        assert q.speaker == speaker, (text, q.speaker)
    [q] = quotes_of("وأشادت الوزارة بالإنجاز، مؤكدات أنه كبير.")  # a body, no plural of women
    assert q.speaker_kind == "unknown"


def test_a_plural_for_its_part_opens_the_sentence_before_its_verb():
    # «ومن جانبهم أشاد X …، مؤكدين أن»: like «من جهته»، the opener is no subject
    [q] = quotes_of("ومن جانبهم أشاد منظمو الحفل بالنجاح، مؤكدين أن الحضور كان كبيرا.")
    assert q.speaker == "منظمو الحفل"


def test_a_participle_after_a_verb_and_its_object_goes_on_with_the_elided_subject():
    # «ونفى وجود …، مؤكدا»: the verbal noun after نفى is its object, not the participle's speaker
    text = ("وقال المدير سامي عادل إن العمل مستمر. ونفى وجود أي خلاف داخل الشركة، مؤكدا أن "
            "الفريق متماسك.")
    qs = quotes_of(text, {"سامي عادل": "PER"})
    assert [q.speaker for q in qs] == ["سامي عادل", "سامي عادل"]


def test_a_participle_that_does_not_agree_with_the_verb_before_shares_no_subject():
    # «وأكدت صحة العقد …، مؤكدا»: a feminine verb and a masculine participle have different subjects
    text = ("وقال المدير سامي عادل إن العمل مستمر. وأكدت صحة العقد، الأمر الذي رفضه مؤكدا أنه "
            "لن يعود.")
    qs = quotes_of(text, {"سامي عادل": "PER"})
    assert qs[-1].speaker != "سامي عادل"


def test_a_participle_after_a_relative_clause_verb_keeps_its_own_subject():
    # «صوت الناقد الذي ينتقد المؤلف، قائلا»: the relative's head spoke, not the last speaker
    text = ("وقال المدير سامي عادل إن العمل مستمر. ثم نسمع صوت الناقد الذي ينتقد وجود الخطة، قائلا إنها "
            "لن تنجح.")
    qs = quotes_of(text, {"سامي عادل": "PER"})
    assert qs[-1].speaker != "سامي عادل"


def test_plural_groups_of_people_speak():
    # parents, opponents, hackers and women in the audience, as subjects of a report verb
    for text, speaker in (("ويرى أولياء الأمور أن المدارس بحاجة إلى الصيانة.", "أولياء الأمور"),
                          ("بينما يقول خصومه إنه لن يبقى طويلا.", "خصومه"),
                          ("ولم يكشف القراصنة عن دوافعهم لكنهم قالوا إنهم سينشرون البيانات.", "القراصنة"),
                          ("وأكد عدد من الحاضرات أن الورشة كانت مفيدة.", "عدد من الحاضرات")):
        [q] = quotes_of(text)
        assert q.speaker == speaker, (text, q.speaker)

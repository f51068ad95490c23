"""Span hygiene after the tagger (qawl.ner.hygiene), on sentences written for these tests."""
from qawl.ner.hygiene import clean_tags
from qawl.ner.persons import ali_in_names, glued_words, hashtag_surnames
from qawl.ner.words import is_verb


def tags_after(sentence: str, tags: str) -> list[str]:
    return clean_tags(sentence.split(), tags.split())


def test_a_verb_before_a_name_is_not_part_of_it():
    assert tags_after("وتوقعت ساكي أن يصل الوفد", "B-PER I-PER O O O") == ["O", "B-PER", "O", "O", "O"]


def test_a_short_verb_after_a_conjunction_is_not_a_first_name():
    assert tags_after("ورأى كولينز أن الحل قريب", "B-PER I-PER O O O") == ["O", "B-PER", "O", "O", "O"]


def test_a_possessed_role_before_a_name_is_not_part_of_it():
    got = tags_after("وقال إن زميلي مارك كولينز أكد", "O O B-PER I-PER I-PER O")
    assert got == ["O", "O", "O", "B-PER", "I-PER", "O"]
    assert tags_after("زار الرئيس مارك كولينز", "O B-PER I-PER I-PER") == ["O", "B-PER", "I-PER", "I-PER"]
    assert tags_after("قالت ماريانا كولينز", "O B-PER I-PER") == ["O", "B-PER", "I-PER"]   # a name, not ماريا + نا


def test_a_weekday_after_a_full_name_is_the_time_of_the_clause():
    got = tags_after("قال مارك كولينز الخميس إن", "O B-PER I-PER I-PER O")
    assert got == ["O", "B-PER", "I-PER", "O", "O"]
    assert tags_after("قال سعد الخميس إن", "O B-PER I-PER O") == ["O", "B-PER", "I-PER", "O"]   # a family name
    assert tags_after("وصلت بعثة الأمم المتحدة الخميس", "O B-ORG I-ORG I-ORG I-ORG")[-1] == "O"   # no organisation's


def test_a_noun_of_accompaniment_is_not_part_of_the_name():
    assert tags_after("وصل الرئيس بمصاحبة كارتر", "O O B-PER I-PER") == ["O", "O", "O", "B-PER"]


def test_a_future_verb_ends_a_run_on_organisation():
    got = tags_after("إن الاتحاد الأوروبي سيواصل حظر السلاح", "O B-ORG I-ORG I-ORG I-ORG I-ORG")
    assert got == ["O", "B-ORG", "I-ORG", "O", "O", "O"]


def test_a_trailing_preposition_is_dropped():
    assert tags_after("زار أنقرة في الصباح", "O B-LOC I-LOC O") == ["O", "B-LOC", "O", "O"]


def test_the_halves_of_a_transliterated_place_join():
    assert tags_after("حاكم ولاية ساوث كارولينا", "O O B-LOC B-LOC") == ["O", "O", "B-LOC", "I-LOC"]
    assert tags_after("وصل إلى سان فرانسيسكو", "O O O B-LOC") == ["O", "O", "B-LOC", "I-LOC"]


def test_a_place_after_an_organisation_head_names_the_organisation():
    assert tags_after("قائد فيلق القدس", "O O B-LOC") == ["O", "B-ORG", "I-ORG"]
    assert tags_after("أستاذ في جامعة شيكاغو", "O O O B-LOC") == ["O", "O", "B-ORG", "I-ORG"]
    assert tags_after("كتبت صحيفة بالتيمور صن", "O O B-LOC I-LOC") == ["O", "O", "B-ORG", "I-ORG"]


def test_a_name_after_a_company_team_or_paper_head_is_the_organisation():
    assert tags_after("أعلنت شركة ماركوني هولدنغ أرباحها", "O O B-PER I-PER O") == ["O", "O", "B-ORG", "I-ORG", "O"]
    assert tags_after("وقالت صحيفة « نيويورك تايمز »", "O O O B-LOC I-LOC O") == ["O", "O", "O", "B-ORG", "I-ORG", "O"]
    assert tags_after("فاز فريقي النجم الساحلي", "O O B-LOC I-LOC") == ["O", "O", "B-ORG", "I-ORG"]
    assert tags_after("وتغلب على ضيفه فالنسيا", "O O O B-LOC") == ["O", "O", "O", "B-ORG"]


def test_an_untagged_name_after_an_indefinite_naming_head_is_the_organisation():
    got = tags_after("وقعت شركة كوداك عقدا", "O O O O")
    assert got == ["O", "O", "B-ORG", "O"]
    assert tags_after("أسست شركة كبيرة فرعا", "O O O O") == ["O", "O", "O", "O"]   # an adjective of the head
    assert tags_after("تملك شركة نفط حقلا", "O O O O") == ["O", "O", "O", "O"]      # a noun (النفط is common)
    assert tags_after("وقالت الشركة تعمل", "O O O") == ["O", "O", "O"]              # a definite head: a subject


def test_an_untagged_rare_word_after_a_settlement_noun_is_the_place():
    assert tags_after("اقتحم الجنود بلدة الشميسة فجرا", "O O O O O") == ["O", "O", "O", "B-LOC", "O"]
    assert tags_after("دهمت القوات مخيم كفرنوسة شمالا", "O O O O O") == ["O", "O", "O", "B-LOC", "O"]
    got = tags_after("سيطروا على محافظة كفرنوسة الجنوبية", "O O O O O")
    assert got == ["O", "O", "O", "B-LOC", "O"]     # a nisba adjective after the name
    got = tags_after("على الطريق بين بلدتي الشميسة وطرموسة", "O O O O O O")
    assert got == ["O", "O", "O", "O", "B-LOC", "B-LOC"]     # a dual noun names two places


def test_an_adjective_a_clause_or_a_common_word_after_a_settlement_noun_stays_untagged():
    for sentence in ("تقع البلدة القديمة هنا",       # the noun with the article
                     "أقيمت منطقة عازلة هناك",       # an adjective (العازلة is commoner)
                     "زار بلدة فلسطينية أمس",        # an adjective in ية
                     "لا يقصد مدينة معينة",          # a common adjective in ة
                     "أعلنت منطقة خفض التصعيد",      # a noun in construct
                     "زارت مدينة يقطنها آلاف",        # a verb with its pronoun
                     "في منطقة ينشط فيها مسلحون",      # an imperfect verb (تنشط is common)
                     "كانت أول محافظة تحررت منهم",     # a past verb (تحرر is common)
                     "قام أبناء كل قرية بزيارة أقاربهم",  # a particle on a known word
                     "أساء للمدينة الشميسة",           # the noun with ل + the article
                     "زار قرية الصيادين أمس"):       # a common definite word
        words = sentence.split()
        assert tags_after(sentence, " ".join(["O"] * len(words))) == ["O"] * len(words), sentence


def test_a_currency_after_an_amount_is_misc():
    got = tags_after("بلغت الأرباح 40 مليون ريال وفاز ريال مدريد", "O O O O B-ORG O B-ORG I-ORG")
    assert got == ["O", "O", "O", "O", "B-MISC", "O", "B-ORG", "I-ORG"]


def test_an_untagged_currency_after_an_amount_is_misc_in_either_case():
    got = tags_after("ارتفع السعر 3 ملايين دولار ليصل إلى 70 دولارا وبقي الدولار قويا", "O O O O O O O O O O O O")
    assert got == ["O", "O", "O", "O", "B-MISC", "O", "O", "O", "B-MISC", "O", "O", "O"]
    assert tags_after("دفع دولارا واحدا", "O O O") == ["O", "O", "O"]     # no amount before it


def test_a_party_head_before_its_name_is_part_of_it():
    assert tags_after("فاز حزب ميرتس", "O O B-ORG") == ["O", "B-ORG", "I-ORG"]
    assert tags_after("قال الحزب ميرتس", "O O B-ORG") == ["O", "O", "B-ORG"]      # a definite head is apposed


def test_a_name_spelled_in_latin_letters_is_an_organisation():
    assert tags_after("وقالت بي بي سي إن", "O B-PER I-PER I-PER O") == ["O", "B-ORG", "I-ORG", "I-ORG", "O"]
    assert tags_after("شبكة سي إن إن", "O B-PER I-PER I-PER") == ["O", "B-ORG", "I-ORG", "I-ORG"]
    assert tags_after("قال دي ميستورا", "O B-PER I-PER") == ["O", "B-PER", "I-PER"]
    assert tags_after("شركة تي إن كي بي", "O O O B-PER I-PER") == ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"]
    assert tags_after("ظهر في بي بي سي", "O O B-PER I-PER I-PER") == ["O", "O", "B-ORG", "I-ORG", "I-ORG"]


def test_a_canal_a_general_and_an_untagged_word_stay_as_they_are():
    assert tags_after("عبرت السفينة قناة السويس", "O O O B-LOC") == ["O", "O", "O", "B-LOC"]
    assert tags_after("وصل الفريق سامي حداد", "O O B-PER I-PER") == ["O", "O", "B-PER", "I-PER"]
    assert tags_after("رئيس الوكالة كينجي ساتو", "O O B-PER I-PER") == ["O", "O", "B-PER", "I-PER"]
    assert tags_after("قال فريق التحقيق", "O O O") == ["O", "O", "O"]
    assert tags_after("قال فريق عمل", "O O O") == ["O", "O", "O"]


def flags(key: str) -> tuple[str, ...]:
    return {"برتغال": ("gz=country",), "فرنسا": ("gz=country",), "مانيا": ("gz=country",),
            "مغرب": ("gz=country",), "ستراسبورغ": ("gz=city",), "بيرغن": ("gz=city",),
            "هند": ("gz=country",), "اسيا": ("gz=country",), "سودان": ("gz=country",)}.get(key, ())


def test_a_place_with_a_masculine_nationality_adjective_is_a_club():
    got = clean_tags("فاز ستراسبورغ الفرنسي على ضيفه".split(), "O B-LOC O O O".split(), flags)
    assert got == ["O", "B-ORG", "O", "O", "O"]
    got = clean_tags("وصل إلى ستراسبورغ الفرنسية".split(), "O O B-LOC O".split(), flags)
    assert got == ["O", "O", "B-LOC", "O"]          # a city takes the feminine
    got = clean_tags("خسر أمام المغرب الفاسي".split(), "O O B-LOC O".split(), flags)
    assert got == ["O", "O", "B-LOC", "O"]          # a country's name is left alone
    got = clean_tags("وصل إلى ستراسبورغ الأمني".split(), "O O B-LOC O".split(), flags)
    assert got == ["O", "O", "B-LOC", "O"]          # not a nationality


def test_a_listed_name_without_the_article_before_a_nationality_adjective_is_a_club():
    got = clean_tags("وتعادل بيرغن الألماني مع".split(), "O O O O".split(), flags)
    assert got == ["O", "B-ORG", "O", "O"]
    got = clean_tags("وقال الرئيس الفرنسي إن".split(), "O O O O".split(), flags)
    assert got == ["O", "O", "O", "O"]              # a noun with the article
    got = clean_tags("وسدد البرتغالي كرة".split(), "O O O".split(), flags)
    assert got == ["O", "O", "O"]                   # a verb: not a listed name


def test_a_name_does_not_run_over_a_conjunction():
    assert tags_after("زار الوفد سورية وتونس أمس", "O O B-LOC I-LOC O") == ["O", "O", "B-LOC", "B-LOC", "O"]
    assert tags_after("التقى سمير وكمال", "O B-PER I-PER") == ["O", "B-PER", "B-PER"]
    assert tags_after("التقى وليد جنبلاط", "O B-PER I-PER") == ["O", "B-PER", "I-PER"]   # و of the name


def test_names_that_look_like_future_verbs_stay_names():
    assert not is_verb("سنغافورة") and not is_verb("ستانفورد")
    assert tags_after("زار سنغافورة أمس", "O B-LOC O") == ["O", "B-LOC", "O"]


def test_a_name_without_edge_words_is_unchanged():
    assert tags_after("قال وزير الخارجية سامح شكري", "O O O B-PER I-PER") == ["O", "O", "O", "B-PER", "I-PER"]


def test_common_names_that_start_like_future_verbs_are_kept():
    assert tags_after("التقى سيرجي لافروف نظيره", "O B-PER I-PER O") == ["O", "B-PER", "I-PER", "O"]
    assert tags_after("وصل إلى سيول أمس", "O O B-LOC O") == ["O", "O", "B-LOC", "O"]
    assert tags_after("في ساحل العاج", "O B-LOC I-LOC") == ["O", "B-LOC", "I-LOC"]


def test_the_name_ali_is_not_the_preposition_ala():
    assert tags_after("قال علي العمير إن", "O B-PER I-PER O") == ["O", "B-PER", "I-PER", "O"]
    assert tags_after("زار زين العابدين بن علي تونس", "O B-PER I-PER I-PER I-PER B-LOC") == \
        ["O", "B-PER", "I-PER", "I-PER", "I-PER", "B-LOC"]
    assert tags_after("هجوم على دمشق", "O B-LOC I-LOC") == ["O", "O", "B-LOC"]


def test_names_that_read_as_particles_or_short_verbs_are_kept():
    assert tags_after("قال فان باستن إن", "O B-PER I-PER O") == ["O", "B-PER", "I-PER", "O"]
    assert tags_after("هدف وروي ماكاي", "O B-PER I-PER") == ["O", "B-PER", "I-PER"]
    assert tags_after("زار دان حالوتس المكان", "O B-PER I-PER O") == ["O", "B-PER", "I-PER", "O"]
    assert tags_after("فاز أم صلال على السد", "O B-ORG I-ORG O B-ORG") == ["O", "B-ORG", "I-ORG", "O", "B-ORG"]


def test_a_trailing_conjunction_or_future_verb_is_cut():
    assert tags_after("هل يقبل الاتفاق أم سيرفضه", "O O B-ORG I-ORG I-ORG") == ["O", "O", "B-ORG", "O", "O"]
    assert tags_after("الإصابة ستبعد إيتو عن فريقه", "O B-PER I-PER O O") == ["O", "O", "B-PER", "O", "O"]


def test_an_adverbial_opener_or_an_interrogative_ends_a_name():
    assert tags_after("وقال مارك كولينز غداة لقائه", "O B-PER I-PER I-PER O") == ["O", "B-PER", "I-PER", "O", "O"]
    assert tags_after("وشرح كولينز كيف أن", "O B-PER I-PER O") == ["O", "B-PER", "O", "O"]


def test_two_persons_joined_by_wa_are_two_names():
    got = tags_after("والتقى مارك كولينز والسعودي سامي الخالد أمس", "O B-PER I-PER I-PER I-PER I-PER O")
    assert got == ["O", "B-PER", "I-PER", "O", "B-PER", "I-PER", "O"]
    assert tags_after("قال والتر كولينز", "O B-PER I-PER") == ["O", "B-PER", "I-PER"]   # a name, not و + التر


def test_a_month_beside_a_year_a_day_or_another_month_is_a_date():
    assert tags_after("في نيسان الماضي", "O B-ORG O") == ["O", "O", "O"]
    assert tags_after("حتى نيسان / أبريل 2018", "O B-ORG O O O") == ["O", "O", "O", "O", "O"]
    assert tags_after("في 15 تموز", "O O B-PER") == ["O", "O", "O"]
    assert tags_after("اشترت نيسان مصنعا", "O B-ORG O") == ["O", "B-ORG", "O"]   # the car maker


def test_a_preposition_inside_a_span_ends_it():
    got = tags_after("قضى عطلة نهاية الأسبوع إلى كامب ديفيد", "O B-MISC I-MISC I-MISC I-MISC I-MISC B-LOC")
    assert got == ["O", "B-MISC", "I-MISC", "I-MISC", "O", "B-LOC", "I-LOC"]


def test_a_place_prefix_before_a_name_read_as_a_person_makes_a_place():
    assert tags_after("وصل إلى كامب ديفيد", "O O O B-PER") == ["O", "O", "B-LOC", "I-LOC"]


def test_a_blessing_is_no_part_of_a_name():
    got = tags_after("قال الشيخ محمد بن صالح رحمه الله إن", "O O B-PER I-PER I-PER I-PER I-PER O")
    assert got == ["O", "O", "B-PER", "I-PER", "I-PER", "O", "O", "O"]
    assert tags_after("كما قال عز وجل", "O O B-PER I-PER") == ["O", "O", "O", "O"]


def test_an_honorific_inside_an_organisation_ends_it_and_introduces_a_person():
    got = tags_after("قالت جامعة أكسفورد الدكتورة ليلى حداد إن", "O B-ORG I-ORG I-ORG I-ORG I-ORG O")
    assert got == ["O", "B-ORG", "I-ORG", "O", "B-PER", "I-PER", "O"]
    got = tags_after("وأكد مستشفى بيروت الكبير والسيد كريم", "O B-LOC I-LOC I-LOC I-LOC I-LOC")
    assert got == ["O", "B-LOC", "I-LOC", "I-LOC", "O", "B-PER"]
    assert tags_after("زار مسجد الشيخ زايد", "O B-ORG I-ORG I-ORG") == ["O", "B-ORG", "I-ORG", "I-ORG"]


def test_a_crown_title_after_a_name_is_not_part_of_it():
    got = tags_after("استقبل سالم بن راشد ولي العهد", "O B-PER I-PER I-PER I-PER O")
    assert got == ["O", "B-PER", "I-PER", "I-PER", "O", "O"]
    got = tags_after("استقبل سالم بن راشد ولي ولي العهد", "O B-PER I-PER I-PER I-PER I-PER O")
    assert got[1:5] == ["B-PER", "I-PER", "I-PER", "O"]


def test_a_region_noun_alone_is_no_place_and_a_direction_before_a_country_is_left_out():
    got = clean_tags("هطلت الأمطار في ولايات بغرب وشمال الهند".split(), "O O O B-LOC B-LOC B-LOC I-LOC".split(), flags)
    assert got == ["O", "O", "O", "O", "O", "O", "B-LOC"]
    got = clean_tags("زار جنوب آسيا ثم جنوب السودان".split(), "O B-LOC I-LOC O B-LOC I-LOC".split(), flags)
    assert got == ["O", "B-LOC", "I-LOC", "O", "B-LOC", "I-LOC"]   # a continent's region, a country
    got = clean_tags("قصفت الطائرات ريف المدينة الغربي".split(), "O O B-LOC O O".split(), flags)
    assert got == ["O", "O", "O", "O", "O"]   # the countryside of a place, alone


def test_latin_initials_with_dots_belong_to_the_name():
    got = tags_after("وصرح إم . آر سميث بأن", "O B-PER O O B-PER O")
    assert got == ["O", "B-PER", "I-PER", "I-PER", "I-PER", "O"]
    assert tags_after("ذهب إلى . سميث", "O O O B-PER") == ["O", "O", "O", "B-PER"]   # no Latin letter


def test_an_organisation_named_after_bi_starts_there():
    got = tags_after("صرح عضو اللجنة السياسية بالحزب الاشتراكي", "O O B-ORG I-ORG I-ORG I-ORG")
    assert got == ["O", "O", "O", "O", "B-ORG", "I-ORG"]
    assert tags_after("كان مدرب الفريق بنادي الهلال", "O O B-ORG I-ORG I-ORG") == ["O", "O", "O", "B-ORG", "I-ORG"]


def test_a_w_name_after_a_first_name_continues_it():
    assert tags_after("قال ستيفن وايتمور إن", "O B-PER B-PER O") == ["O", "B-PER", "I-PER", "O"]
    assert tags_after("التقى كولينز وبلير", "O B-PER B-PER") == ["O", "B-PER", "B-PER"]


def test_a_name_after_a_bank_is_the_bank_s():
    assert tags_after("عمل في بنك سيلفرمان بروكس", "O O O B-PER I-PER") == ["O", "O", "O", "B-ORG", "I-ORG"]
    assert tags_after("قال محافظ بنك فرنسا", "O O O B-LOC") == ["O", "O", "O", "B-LOC"]


def test_ali_before_a_name_is_its_first_word_where_prepositions_are_written_with_alif_maqsura():
    sentences = [s.split() for s in ("وهاجمت قوات علي سالم الحمدي المدينة", "وسيطروا على المطار")]
    tags = [["O", "O", "O", "B-PER", "I-PER", "O"], ["O", "O", "O"]]
    ali_in_names(sentences, tags)
    assert tags[0] == ["O", "O", "B-PER", "I-PER", "I-PER", "O"]
    tags = [["O", "O", "O", "B-PER", "I-PER", "O"]]
    ali_in_names(sentences[:1], tags)      # علي may be على misspelt: left alone
    assert tags[0] == ["O", "O", "O", "B-PER", "I-PER", "O"]


def test_a_rare_family_nisba_after_a_name_joins_it():
    assert tags_after("قال المتحدث سالم الدعجاني إن", "O O B-PER O O") == ["O", "O", "B-PER", "I-PER", "O"]


def test_a_common_adjective_after_a_name_stays_outside():
    assert tags_after("قال الوزير سالم الأمريكي إن", "O O B-PER O O") == ["O", "O", "B-PER", "O", "O"]
    assert tags_after("وأعيد إلى بنات سالم اللاتي حضرن", "O O O B-PER O O")[4] == "O"


def test_a_nisba_after_a_royal_may_name_an_institution():
    assert tags_after("في مستشفى الملك فهد التخصصي", "O O O B-PER O")[4] == "O"


def test_a_time_of_day_before_a_weekday_is_no_name():
    assert tags_after("وأعلن التلفزيون صباح الخميس أن", "O B-ORG B-PER I-PER O") == ["O", "B-ORG", "O", "O", "O"]
    assert tags_after("وقالت صباح الأحمد إن", "O B-PER I-PER O") == ["O", "B-PER", "I-PER", "O"]


def test_the_word_after_a_lineage_link_is_a_name_not_a_verb_or_preposition():
    got = tags_after("وأكد سالم بن طالب الحربي أن", "O B-PER I-PER I-PER I-PER O")
    assert got == ["O", "B-PER", "I-PER", "I-PER", "I-PER", "O"]
    got = tags_after("وأوضح ماجد بن خلف أن", "O B-PER I-PER I-PER O")
    assert got == ["O", "B-PER", "I-PER", "I-PER", "O"]
    got = tags_after("ورحب ناصر آل طالب بالضيوف", "O B-PER I-PER I-PER O")
    assert got == ["O", "B-PER", "I-PER", "I-PER", "O"]
    assert tags_after("وقال سالم طالب الوفد", "O B-PER I-PER I-PER") == ["O", "B-PER", "O", "O"]   # a verb still ends it


def test_a_manner_adverbial_after_a_name_is_not_part_of_it():
    assert tags_after("فقال سامي بهدوء :", "O B-PER I-PER O") == ["O", "B-PER", "O", "O"]
    assert tags_after("وردت منى الحربي بغيظ :", "O B-PER I-PER I-PER O") == ["O", "B-PER", "I-PER", "O", "O"]


def test_the_persons_spoken_to_after_a_name_are_not_part_of_it():
    assert tags_after("قال مارك كولينز لصحفيين في المطار", "O B-PER I-PER I-PER O O") == ["O", "B-PER", "I-PER", "O", "O", "O"]
    assert tags_after("قال المدرب كولينز للمراسلين", "O O B-PER I-PER") == ["O", "O", "B-PER", "O"]
    assert tags_after("قالت الطبيبة سعاد ليسيل", "O O B-PER I-PER") == ["O", "O", "B-PER", "I-PER"]   # a name


def test_a_clause_verb_before_a_surname_named_elsewhere_is_not_a_first_name():
    sentences = [s.split() for s in ("وصل مارك كولينز إلى المدينة", "وساق كولينز الحجج للدفاع عن الخطة")]
    tags = [["O", "B-PER", "I-PER", "O", "O"], ["B-PER", "I-PER", "O", "O", "O", "O"]]
    glued_words(sentences, tags)
    assert tags[1] == ["O", "B-PER", "O", "O", "O", "O"]
    tags = [["O", "O", "O", "O", "O"], ["B-PER", "I-PER", "O", "O", "O", "O"]]
    glued_words(sentences, tags)   # no other mention of كولينز: left alone
    assert tags[1] == ["B-PER", "I-PER", "O", "O", "O", "O"]
    sentences = [s.split() for s in ("وصل مارك كولينز إلى المدينة", "وساق كولينز الحجج ، وسام كولينز")]
    tags = [["O", "B-PER", "I-PER", "O", "O"], ["B-PER", "I-PER", "O", "O", "B-PER", "I-PER"]]
    glued_words(sentences, tags)   # after a comma: a list of names, not a clause
    assert tags[1] == ["O", "B-PER", "O", "O", "B-PER", "I-PER"]
    sentences = [s.split() for s in ("وصل مارك كولينز إلى المدينة", "وساق كولينز الحجج")]
    sentences[1][0] = "وأبو"
    tags = [["O", "B-PER", "I-PER", "O", "O"], ["B-PER", "I-PER", "O", "O", "O", "O"]]
    glued_words(sentences, tags)   # a kunya opens the name
    assert tags[1] == ["B-PER", "I-PER", "O", "O", "O", "O"]
    sentences[1][0] = "وفهد"
    tags = [["O", "B-PER", "I-PER", "O", "O"], ["B-PER", "I-PER", "O", "O", "O", "O"]]
    glued_words(sentences, tags)   # a listed first name
    assert tags[1] == ["B-PER", "I-PER", "O", "O", "O", "O"]
    sentences[1][0] = "وليد"
    tags = [["O", "B-PER", "I-PER", "O", "O"], ["B-PER", "I-PER", "O", "O", "O", "O"]]
    glued_words(sentences, tags)   # وليد is a name, not و + a word
    assert tags[1] == ["B-PER", "I-PER", "O", "O", "O", "O"]


def test_a_name_starts_after_the_vocative():
    assert tags_after("دام مجدك يا يا سالم", "O B-PER I-PER I-PER I-PER") == ["O", "O", "O", "O", "B-PER"]


def test_an_adverb_of_manner_after_a_name_given_elsewhere_is_not_part_of_it():
    sentences = [s.split() for s in ("وصل مارك كولينز إلى المدينة", "وأجاب كولينز ضاحكا : لا")]
    tags = [["O", "B-PER", "I-PER", "O", "O"], ["O", "B-PER", "I-PER", "O", "O"]]
    glued_words(sentences, tags)
    assert tags[1] == ["O", "B-PER", "O", "O", "O"]
    sentences = [s.split() for s in ("وقالت سونيا نافكا إنها سعيدة", "وأضافت نافكا أن الحفل قريب")]
    tags = [["O", "B-PER", "I-PER", "O", "O"], ["O", "B-PER", "O", "O", "O", "O"]]
    glued_words(sentences, tags)   # نافكا stands alone too: a family name
    assert tags[0] == ["O", "B-PER", "I-PER", "O", "O"]
    sentences = [s.split() for s in ("وصل مارك كولينز", "وقال مدير المركز سعيد كولينز محيا أن الزوار كثر")]
    tags = [["O", "B-PER", "I-PER"], ["O", "O", "O", "B-PER", "I-PER", "I-PER", "O", "O", "O"]]
    glued_words(sentences, tags)   # no tanwin, no colon or comma after it: a family name
    assert tags[1][5] == "I-PER"
    sentences = [s.split() for s in ("وصل مارك كولينز", 'وأجاب كولينز ضاحكا " لا "', 'وقال المحلل كارلوس فارا " نعم "')]
    tags = [["O", "B-PER", "I-PER"], ["O", "B-PER", "I-PER", "O", "O", "O"], ["O", "O", "B-PER", "I-PER", "O", "O", "O"]]
    glued_words(sentences, tags)   # a participle before the quotation; فارا is no participle
    assert tags[1][2] == "O" and tags[2][3] == "I-PER"


def name_flags(key: str) -> tuple[str, ...]:
    return {"نوره": ("gz=pername2",), "وسام": ("gz=pername2",), "مولود": ("gz=pername2",), "فوز": ("gz=pername1",),
            "يكون": ("gz=pername2",), "سئل": ("gz=pername2",), "مالي": ("gz=pername2", "gz=country"),
            "رزق": ("gz=pername2",), "سامر": ("gz=pername3",)}.get(key, ())


def test_a_listed_given_name_before_a_persons_name_is_its_first_word():
    got = clean_tags("وقال الوزير ، مولود كاراكوش إن".split(), "O O O O B-PER O".split(), name_flags)
    assert got == ["O", "O", "O", "B-PER", "I-PER", "O"]
    got = clean_tags("وأكدت نورة حمدان أن".split(), "O O B-PER O".split(), name_flags)
    assert got == ["O", "B-PER", "I-PER", "O"]
    got = clean_tags("وأكد وسام حمدان أن".split(), "O O B-PER O".split(), name_flags)
    assert got == ["O", "B-PER", "I-PER", "O"]     # a name that shares a word cluster with roles


def test_a_clause_opening_word_before_a_full_name_is_its_verb():
    got = clean_tags("، رزق سامر الخطيب بابن".split(), "O O B-PER I-PER O".split(), name_flags)
    assert got == ["O", "O", "B-PER", "I-PER", "O"]          # the verb, then its subject
    got = clean_tags("، وسام الخطيب أن".split(), "O O B-PER O".split(), name_flags)
    assert got == ["O", "B-PER", "I-PER", "O"]               # a name of one word: its first name


def test_a_common_word_or_a_verb_before_a_name_is_not_its_first_word():
    assert clean_tags("وجاء فوز كاراكوش".split(), "O O B-PER".split(), name_flags)[1] == "O"    # Wikidata's rarest
    assert clean_tags("وقد يكون كاراكوش".split(), "O O B-PER".split(), name_flags)[1] == "O"    # a very common word
    assert clean_tags("وعندما سئل كاراكوش".split(), "O O B-PER".split(), name_flags)[1] == "O"  # after a particle
    assert clean_tags("السفير في مالي كاراكوش".split(), "O O O B-PER".split(), name_flags)[2] == "O"
    assert clean_tags("وقالت نورة ووليد حمدان".split(), "O O B-PER I-PER".split(), name_flags)[1] == "O"


def test_the_acronym_a_person_spoke_to_is_an_organisation():
    got = tags_after("وقال مارك كولينز لبي بي سي إن", "O B-PER I-PER I-PER I-PER I-PER O")
    assert got == ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "I-ORG", "O"]
    got = tags_after("وقال لبي بي سي العربية إن", "O B-PER I-PER I-PER I-PER O")
    assert got == ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]


def test_a_news_outlet_a_person_spoke_to_ends_the_name():
    got = tags_after("وقالت الرائد جين سميث لفرانس برس إن", "O O B-PER I-PER I-PER I-PER O")
    assert got == ["O", "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "O"]
    got = tags_after("وقال توم براون لرويترز أمس", "O B-PER I-PER I-PER I-PER")
    assert got == ["O", "B-PER", "I-PER", "B-ORG", "O"]
    got = tags_after("وقال توم براون لـCNN إن", "O B-PER I-PER I-PER O")
    assert got == ["O", "B-PER", "I-PER", "B-ORG", "O"]
    # a name word opening with ل is no outlet
    assert tags_after("وقالت سلمى لبنى إن", "O B-PER I-PER O") == ["O", "B-PER", "I-PER", "O"]
    assert tags_after("وقال سيرغي لافروف إن", "O B-PER I-PER O") == ["O", "B-PER", "I-PER", "O"]


def test_a_conjunction_with_a_preposition_opens_no_name():
    assert tags_after("وقال بأن كولينز غادر", "O B-PER I-PER O") == ["O", "O", "B-PER", "O"]
    assert tags_after("وقال لأن كولينز غادر", "O B-PER I-PER O") == ["O", "O", "B-PER", "O"]
    assert tags_after("وقال بان كي مون", "O B-PER I-PER I-PER") == ["O", "B-PER", "I-PER", "I-PER"]


def test_the_place_a_governor_governs_is_not_part_of_his_name():
    flags = {"سكوت": ("gz=pername3",), "محمد": ("gzf=PER",), "سالم": ("gzf=PER",)}.get
    got = clean_tags("وقال حاكم ماراتون سكوت كولينز إن".split(), "O O B-PER I-PER I-PER O".split(), lambda k: flags(k, ()))
    assert got == ["O", "O", "B-LOC", "B-PER", "I-PER", "O"]
    got = clean_tags("وقال محافظ سالم محمد الحربي إن".split(), "O O B-PER I-PER I-PER O".split(), lambda k: flags(k, ()))
    assert got == ["O", "O", "B-PER", "I-PER", "I-PER", "O"]    # a first name: the holder's own


def test_then_after_a_former_title_is_not_part_of_the_name():
    assert tags_after("قال الرئيس آنذاك مارك كولينز إن", "O O B-PER I-PER I-PER O") == ["O", "O", "O", "B-PER", "I-PER", "O"]


def test_ali_before_a_rare_family_name_is_a_person_where_prepositions_end_in_alif_maqsura():
    sentences = [s.split() for s in ("وصل الوفد إلى المدينة", "ويضيف علي الزعبلاوي أن الأمر صعب", "والتركيز علي الاقتصاد")]
    tags = [["O"] * len(s) for s in sentences]
    ali_in_names(sentences, tags)
    assert tags[1][1:3] == ["B-PER", "I-PER"]
    assert tags[2] == ["O", "O", "O"]     # a common noun: على written with ي
    sentences = [s.split() for s in ("ويضيف علي الزعبلاوي أن الأمر صعب",)]
    tags = [["O"] * len(sentences[0])]
    ali_in_names(sentences, tags)         # the text writes no preposition with ى
    assert tags[0] == ["O"] * len(sentences[0])


def test_a_given_name_does_not_join_a_prepositional_phrase_read_as_a_name():
    assert clean_tags("وقال وسام بدلال".split(), "O O B-PER".split(), name_flags)[1] == "O"


def test_a_given_name_before_a_lineage_link_opens_the_name():
    got = clean_tags("وأشارت نورة بنت سالم الحربي إلى".split(), "O O O B-PER I-PER O".split(), name_flags)
    assert got == ["O", "B-PER", "I-PER", "I-PER", "I-PER", "O"]
    assert clean_tags("وقد مولود كاراكوش".split(), "O O B-PER".split(), name_flags)[1] == "O"   # after وقد


def test_a_bylines_outlet_is_an_organisation():
    from qawl.ner.hygiene import byline_outlet
    flags = {"بغداد": ("gz=city",), "نابلس": ("gz=city",)}
    def outlet(sentence: str, tags: str) -> list[str]:
        toks, out = sentence.split(), tags.split()
        byline_outlet(toks, out, lambda k: flags.get(k, ()))
        return [t for t, g in zip(toks, out) if g.endswith("ORG")]
    assert outlet("سامر يوسف - نبض - بغداد : أعلنت الوزارة", "B-PER I-PER O O O B-LOC O O O") == ["نبض"]
    assert outlet("صدى الشارع – نابلس", "O O O B-LOC") == ["صدى", "الشارع"]
    assert outlet("سامر يوسف – صدى الشارع", "B-PER I-PER O O O") == ["صدى", "الشارع"]
    assert outlet("صدى الشارع – متابعات", "O O O O") == ["صدى", "الشارع"]
    assert outlet("سامر يوسف ـ نابلس", "B-PER I-PER O O") == []             # the reporter and the place
    assert outlet("عواصم - نبض : قال متحدث", "O O O O O O") == []           # the place comes first
    assert outlet("بغداد - نبض : قال متحدث", "B-LOC O O O O O") == []
    assert outlet("قال الوزير - في كلمة - إن", "O O O O O O O") == []


def test_a_spelled_acronym_with_its_services_adjective_is_an_organisation():
    assert tags_after("قال مراسل إف بي سي عربي إن", "O O B-PER I-PER I-PER I-PER O") == \
        ["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    assert tags_after("ذكرت إف بي سي الكورية أن", "O B-PER I-PER I-PER I-PER O")[1:5] == ["B-ORG"] + ["I-ORG"] * 3


def test_an_organisation_or_place_does_not_end_with_a_day():
    assert tags_after("وقالت صحيفة لوموند الخميس إن", "O O B-ORG I-ORG O") == ["O", "O", "B-ORG", "O", "O"]
    assert tags_after("زار وفد مجلس الشورى أمس", "O O B-ORG I-ORG I-ORG") == ["O", "O", "B-ORG", "I-ORG", "O"]
    assert tags_after("وذكرت قناة روسيا اليوم أن", "O O B-ORG I-ORG O") == ["O", "O", "B-ORG", "I-ORG", "O"]


def test_a_common_word_after_a_name_given_elsewhere_is_not_part_of_it():
    sentences = [s.split() for s in ("وصل مارك كولينز إلى المدينة", "وجاء كولينز وهو يبتسم للحضور",
                                     "وقال سامر حداد إن الطقس جميل", "ويرى سامر حداد كبير المهندسين أن الجسر متين")]
    tags = [["O", "B-PER", "I-PER", "O", "O"], ["O", "B-PER", "I-PER", "O", "O"],
            ["O", "B-PER", "I-PER", "O", "O", "O"], ["O", "B-PER", "I-PER", "I-PER", "O", "O", "O", "O"]]
    glued_words(sentences, tags)
    assert tags[1] == ["O", "B-PER", "O", "O", "O"]
    assert tags[3] == ["O", "B-PER", "I-PER", "O", "O", "O", "O", "O"]


def test_a_family_name_after_a_name_given_elsewhere_stays():
    def after(second: str, width: int) -> list[str]:
        sentences = [s.split() for s in ("وصل مارك كولينز إلى المدينة", second)]
        tags = [["O", "B-PER", "I-PER", "O", "O"], ["O", "B-PER"] + ["I-PER"] * (width - 1) + ["O"]]
        glued_words(sentences, tags)
        return tags[1]
    assert after("وقال مارك كولينز الشايع .", 3)[3] == "I-PER"     # a definite word: a family name
    assert after("وقال مارك كولينز ماهات .", 3)[3] == "I-PER"      # a word the counts lack
    assert after("وقال كولينز مالك .", 2)[2] == "I-PER"            # a listed first name
    assert after("وأوضح كولينز قائلا .", 2)[2] == "I-PER"          # a speech word: the quote rules' own
    sentences = [s.split() for s in ("وقال محمد مأمون إن", "وأعلن الوزير مأمون حميدة أن")]
    tags = [["O", "B-PER", "I-PER", "O"], ["O", "O", "B-PER", "I-PER", "O"]]
    glued_words(sentences, tags)   # a name-like word after a lone family name: another person
    assert tags[1] == ["O", "O", "B-PER", "I-PER", "O"]
    for first in ("وصل الملك عبدالله إلى", "وصل خالد بن عبدالله إلى"):
        sentences = [s.split() for s in (first, "وقال عبدالله كبير .")]
        tags = [["O", "O", "B-PER", "O"], ["O", "B-PER", "I-PER", "O"]]
        if "بن" in first:
            tags[0] = ["O", "B-PER", "I-PER", "I-PER", "O"]
        glued_words(sentences, tags)   # a name alone or a father's name may be another person's
        assert tags[1] == ["O", "B-PER", "I-PER", "O"]


def test_directions_before_a_continent_name_a_region_with_it():
    assert tags_after("تنمو الأسواق في شمال أفريقيا", "O O O O B-LOC") == ["O", "O", "O", "B-LOC", "I-LOC"]
    assert tags_after("زار الوفد جنوب شرقي آسيا", "O O O O B-LOC") == ["O", "O", "B-LOC", "I-LOC", "I-LOC"]
    assert tags_after("في الهند وجنوب شرق آسيا", "O B-LOC O O B-LOC") == ["O", "B-LOC", "B-LOC", "I-LOC", "I-LOC"]
    assert tags_after("تنمو الأسواق بشمال أفريقيا", "O O O B-LOC") == ["O", "O", "O", "B-LOC"]   # a preposition
    assert tags_after("في الشمال أفريقيا", "O O B-LOC") == ["O", "O", "B-LOC"]
    assert tags_after("في جنوب لبنان", "O O B-LOC") == ["O", "O", "B-LOC"]          # a country: no continent


def test_a_name_runs_over_a_hashtag_mark_into_its_family_name():
    toks = "قال الرئيس باراك # أوباما إن".split()
    tags = ["O", "O", "B-PER", "O", "B-PER", "O"]
    hashtag_surnames(toks, tags)
    assert tags == ["O", "O", "B-PER", "I-PER", "I-PER", "O"]
    toks = "قال الرئيس دونالد # ترمب إن".split()      # an untagged family name after a lone first name
    tags = ["O", "O", "B-PER", "O", "O", "O"]
    hashtag_surnames(toks, tags)
    assert tags == ["O", "O", "B-PER", "I-PER", "I-PER", "O"]
    toks = "وكان كيم جونغ أون # أعدم ضابطا".split()    # after a whole name the mark tags the verb
    tags = ["O", "B-PER", "I-PER", "I-PER", "O", "O", "O"]
    hashtag_surnames(toks, tags)
    assert tags == ["O", "B-PER", "I-PER", "I-PER", "O", "O", "O"]
    toks = "التقى دونالد # بالصحفيين".split()          # ب + the article: no name
    tags = ["O", "B-PER", "O", "O"]
    hashtag_surnames(toks, tags)
    assert tags == ["O", "B-PER", "O", "O"]


def test_a_datelines_outlet_in_parentheses_is_an_organisation():
    from qawl.ner.hygiene import dateline_outlet
    flags = {"ليبيا": ("gz=country",)}
    def outlet(sentence: str, tags: str) -> list[str]:
        toks, out = sentence.split(), tags.split()
        dateline_outlet(toks, out, lambda k: flags.get(k, ()))
        return [t for t, g in zip(toks, out) if g.endswith("ORG")]
    assert outlet("القاهرة ، مصر ( CNN ) – قال الوزير", "B-LOC O B-LOC O B-PER O O O O") == ["CNN"]
    assert outlet("باريس 12 أبريل ( رويترز ) - أعلنت الشركة", "B-LOC O O O O O O O O") == ["رويترز"]
    assert outlet("قال الوزير ( رويترز ) - إن", "O O O O O O O") == []          # no dateline before the marks
    assert outlet("تونس ( ليبيا ) - وصل الوفد", "B-LOC O O O O O O") == []      # a dateline's country
    assert outlet("عمان ( الحكومة الأردنية ) أعلنت", "B-LOC O O O O O") == []   # no dash after the marks


def test_a_rare_word_after_a_name_ending_with_a_first_name_is_its_family_name():
    got = clean_tags("وقال ستيفان كورتيلو المدير إن".split(), "O B-PER O O O".split(), name_flags)
    assert got == ["O", "B-PER", "I-PER", "O", "O"]
    got = clean_tags("وأكد خالد بن صالح الهريفي أن".split(), "O B-PER I-PER I-PER O O".split(), name_flags)
    assert got == ["O", "B-PER", "I-PER", "I-PER", "I-PER", "O"]
    # a word a little commoner is the family name when a role is apposed after it
    got = clean_tags("وقال أحمد سائق المدير التنفيذي".split(), "O B-PER O O O".split(), name_flags)
    assert got == ["O", "B-PER", "I-PER", "O", "O"]


def test_no_clitic_noun_adverb_or_time_word_continues_a_first_name():
    for sentence in ("وقال إبراهيم للصحفيين إن", "وقال خالد وكورتيلو إن", "وأكد خالد جدارة الفريق",
                     "وقال محمد غضبا إن", "وقال محمد أمس إن", "وقال محمد بالقاهرة إن",
                     "وقال محمد بهدوء إن", "وقال أحمد سائق الشاحنة"):
        assert clean_tags(sentence.split(), "O B-PER O O".split(), name_flags)[2] == "O", sentence
    # a plural in construct after the subject is the verb's object; so is a word before the clause goes on
    got = clean_tags("والتقى محمد مرافقي الوفد".split(), "O B-PER O O".split(), name_flags)
    assert got[2] == "O"
    assert clean_tags("وقال محمد كورتيلو بهدوء".split(), "O B-PER O O".split(), name_flags)[2] == "O"
    # a name that does not end with a listed first name is not continued
    assert clean_tags("وقال كورتيلو دوبريه إن".split(), "O B-PER O O".split(), name_flags)[2] == "O"


def test_a_foreign_one_word_organisation_joins_the_organisation_right_after_it():
    from qawl.ner.hygiene import join_organisations
    toks = "تغلب على مضيفه زيلانكو بوفيرتا بهدفين".split()
    tags = ["O", "O", "O", "B-ORG", "B-ORG", "O"]
    join_organisations(toks, tags)
    assert tags == ["O", "O", "O", "B-ORG", "I-ORG", "O"]
    toks = "التقى زيلانكو وبوفيرتا امس".split()            # two clubs joined by و
    tags = ["O", "B-ORG", "B-ORG", "O"]
    join_organisations(toks, tags)
    assert tags == ["O", "B-ORG", "B-ORG", "O"]
    toks = "قناة « زيلانكو بوفيرتا".split()                   # a quotation mark tagged alone joins nothing
    tags = ["O", "B-ORG", "B-ORG", "I-ORG"]
    join_organisations(toks, tags)
    assert tags == ["O", "B-ORG", "B-ORG", "I-ORG"]
    toks = "يقر الكونجرس الاتفاق".split()                     # a definite first name: two names
    tags = ["O", "B-ORG", "B-ORG"]
    join_organisations(toks, tags)
    assert tags == ["O", "B-ORG", "B-ORG"]
    toks = "نتائج 70 شركة أهمها زيلانكو".split()            # a common word before the name
    tags = ["O", "O", "O", "B-ORG", "B-ORG"]
    join_organisations(toks, tags)
    assert tags == ["O", "O", "O", "B-ORG", "B-ORG"]
    toks = "قالت منظمة الدول المنتجة للبن زيلكو امس".split()  # a whole name, then its acronym
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "B-ORG", "O"]
    join_organisations(toks, tags)
    assert tags[5] == "B-ORG"


def given_flags(key: str) -> tuple[str, ...]:
    return {"سعاد": ("gz=pername2", "gzf=PER"), "ستراسبورغ": ("gz=city",),
            "بورتلاند": ("gz=entLOC", "gz=pername3")}.get(key, ())


def test_an_unlisted_word_read_as_a_place_after_a_role_is_a_persons_first_name():
    got = clean_tags("وقال مدير الميناء بوريسلاف تيتاريكوف إن".split(), "O O O B-LOC O O".split(), given_flags)
    assert got == ["O", "O", "O", "B-PER", "I-PER", "O"]
    got = clean_tags("وقال المسؤول عن أمن الميناء بوريسلاف تيتاريكوف في مؤتمر".split(),
                     "O O O O O B-LOC O O O".split(), given_flags)
    assert got[5:7] == ["B-PER", "I-PER"]           # a role with its complement, an adjunct after
    got = clean_tags("وقالت رئيسة اللجنة سعاد زرقوطي ، إن".split(), "O O O O B-LOC O O".split(), given_flags)
    assert got[3:5] == ["B-PER", "I-PER"]           # after a listed first name: the family name


def test_a_place_after_a_preposition_or_without_a_role_stays_a_place():
    for sentence, tags in (("يعيش مع ابنته في مدينة بوريسلاف تيتاريكوف .", "O O O O O B-LOC O O"),
                           ("وصل الوزير إلى بوريسلاف تيتاريكوف .", "O O O B-LOC O O"),
                           ("وتقع بوريسلاف تيتاريكوف شمال البلاد", "O B-LOC O O O"),
                           ("وقال الوزير ستراسبورغ تيتاريكوف إن", "O O B-LOC O O"),
                           ("وقال رئيس بنك بورتلاند تيتاريكوف إن", "O O O B-LOC O O"),
                           ("وقال القائد إقليم بوريسلاف الأفغاني إن", "O O O B-LOC O O"),
                           ("وقال قضاة محكمة مدينة بوريسلاف تيتاريكوف إن", "O O O O B-LOC O O")):
        assert clean_tags(sentence.split(), tags.split(), given_flags) == tags.split(), sentence


def test_li_alone_is_to_me_not_a_person():
    assert tags_after("ثم قال لي إن الموعد قريب", "O O B-PER O O O") == ["O"] * 6
    assert tags_after("كانت الرحلة بالنسبة لي ممتعة", "O O O B-PER O") == ["O"] * 5


def test_li_before_a_common_word_is_to_me_and_no_name():
    assert tags_after("وتمنى لي النجاح في عملي", "O B-PER I-PER O O") == ["O"] * 5
    assert tags_after("فقال لي بهدوء إن الأمر بسيط", "O B-PER I-PER O O O") == ["O"] * 6
    assert tags_after("وتقول لي صديقتي إنها تعبت", "O B-PER I-PER O O") == ["O"] * 5


def test_li_before_a_foreign_name_is_the_name_lee():
    got = tags_after("والتقى الوزير الصيني لي باو دونغ", "O O O B-PER I-PER I-PER")
    assert got == ["O", "O", "O", "B-PER", "I-PER", "I-PER"]
    got = tags_after("وقال لي كه تشيانغ إن النمو قوي", "O B-PER I-PER I-PER O O O")
    assert got == ["O", "B-PER", "I-PER", "I-PER", "O", "O", "O"]


def test_li_before_an_honorific_is_to_me_and_the_name_starts_at_the_title():
    got = tags_after("وروى لي الأمير سعود أن الزيارة تمت", "O B-PER I-PER I-PER O O O")
    assert got == ["O", "O", "B-PER", "I-PER", "O", "O", "O"]


def test_li_alone_is_dropped_even_where_the_lexicon_lists_lee_as_a_given_name():
    lee_listed = lambda key: ("gz=pername3",) if key == "لي" else ()    # noqa: E731
    assert clean_tags("ثم قال لي إن الموعد قريب".split(), "O O B-PER O O O".split(), lee_listed) == ["O"] * 6

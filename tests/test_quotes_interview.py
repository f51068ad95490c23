"""An interview's first-person answers are the interviewee's (issue 8), on texts written for
these tests: the person the lead names first, after a question line; not without the question."""
from __future__ import annotations

from test_quotes_speakers import quotes_of

from qawl.quotes import UNKNOWN_SPEAKER
from qawl.quotes.interview import answers_question

LEAD = "حاورت الصحيفة الكاتب سامي الخطيب بمناسبة صدور روايته الجديدة.\n"
FIRST = ("* ما الذي تغير في كتابتك بعد كل هذه السنوات؟\n"
         "- الكثير. صرت أكتب ببطء، وأقرأ أكثر مما أكتب، وأعود إلى الكتب القديمة كثيرا. والقراءة عندي متعة "
         "قبل أن تكون عملا.\n")
QUESTION = "* كيف ترى الرواية العربية اليوم؟\n"
ANSWER = "- هذا سؤال صعب. أعتقد أن الرواية العربية تعيش أزهى عصورها.\n"


def test_a_first_person_report_in_an_answer_is_the_interviewee_s():
    [q] = quotes_of(LEAD + FIRST + QUESTION + ANSWER, {"سامي الخطيب": "PER"})
    assert q.speaker == "سامي الخطيب" and q.speaker_kind == "named"


def test_no_question_line_or_no_person_in_the_lead_leaves_it_unknown():
    [q] = quotes_of(LEAD + FIRST + "\n" + ANSWER, {"سامي الخطيب": "PER"})
    assert q.speaker == UNKNOWN_SPEAKER
    lead = "حاورت الصحيفة كاتبا معروفا بمناسبة صدور روايته الجديدة.\n"
    [q] = quotes_of(lead + FIRST + QUESTION + ANSWER)
    assert q.speaker == UNKNOWN_SPEAKER


def test_an_answer_opens_with_its_mark_right_after_a_question():
    text = QUESTION + ANSWER
    assert answers_question(text, text.index("أعتقد"))
    assert not answers_question(text, text.index("كيف"))
    text = "وقال إن الوضع صعب.\n" + ANSWER
    assert not answers_question(text, text.index("أعتقد"))

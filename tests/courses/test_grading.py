import pytest
from django.utils import translation

from courses.grading import AnswersInvalid, Question, answers_parse, grade

QUESTIONS = [
    Question(id="a", text="One?", choices=("x", "y", "z"), correct=1),
    Question(id="b", text="Two?", choices=("x", "y"), correct=0),
    Question(id="c", text="Three?", choices=("x", "y", "z", "w"), correct=3),
]


def test_all_correct_passes():
    answers = answers_parse(
        questions=QUESTIONS, data={"q-a": "1", "q-b": "0", "q-c": "3"}
    )
    result = grade(questions=QUESTIONS, answers=answers, pass_mark=70)

    assert (result.correct, result.total, result.score, result.passed) == (
        3,
        3,
        100,
        True,
    )


def test_score_below_pass_mark_fails():
    answers = answers_parse(
        questions=QUESTIONS, data={"q-a": "1", "q-b": "1", "q-c": "0"}
    )
    result = grade(questions=QUESTIONS, answers=answers, pass_mark=70)

    assert (result.correct, result.score, result.passed) == (1, 33, False)
    assert [r.is_correct for r in result.results] == [True, False, False]


def test_pass_mark_is_inclusive():
    answers = answers_parse(
        questions=QUESTIONS, data={"q-a": "1", "q-b": "0", "q-c": "0"}
    )

    assert grade(questions=QUESTIONS, answers=answers, pass_mark=66).passed
    assert not grade(questions=QUESTIONS, answers=answers, pass_mark=67).passed


@pytest.mark.parametrize(
    "data, expected",
    [
        ({"q-a": "1", "q-b": "0"}, "Please answer every question"),
        ({"q-a": "1", "q-b": "0", "q-c": ""}, "Please answer every question"),
        ({"q-a": "1", "q-b": "0", "q-c": "4"}, "not one of the choices"),
        ({"q-a": "1", "q-b": "0", "q-c": "-1"}, "not one of the choices"),
        ({"q-a": "1", "q-b": "0", "q-c": "correct"}, "not one of the choices"),
        ({"q-a": "1", "q-b": "0", "q-c": "3", "q-zzz": "0"}, "not in this quiz"),
    ],
)
def test_bad_answers_are_rejected_with_a_message(data, expected):
    with translation.override("en"):
        with pytest.raises(AnswersInvalid) as error:
            answers_parse(questions=QUESTIONS, data=data)
        messages = [str(message) for message in error.value.messages]

    assert any(expected in message for message in messages), messages


def test_an_empty_quiz_cannot_be_passed():
    with pytest.raises(AnswersInvalid):
        answers_parse(questions=[], data={})

import random

import pytest
from django.core import signing
from django.utils import translation

from courses.grading import (
    AnswersInvalid,
    Choice,
    DrawInvalid,
    Question,
    answers_parse,
    draw_read,
    draw_sign,
    grade,
    questions_draw,
)


def question(id, kind, correct, n=3):
    return Question(
        id=id,
        kind=kind,
        text=f"Question {id}?",
        choices=tuple(Choice(f"choice {i}") for i in range(n)),
        correct=frozenset(correct),
        explanation="Because.",
    )


QUESTIONS = [
    question("a", "single", {1}),
    question("b", "true_false", {0}, n=2),
    question("c", "multiple", {0, 2}, n=4),
    question("d", "picture", {3}, n=4),
]
RIGHT = {"q-a": "1", "q-b": "0", "q-c": ["0", "2"], "q-d": "3"}


def parse(data):
    return answers_parse(questions=QUESTIONS, data=data)


def test_all_correct_passes():
    result = grade(questions=QUESTIONS, answers=parse(RIGHT), pass_mark=70)

    assert (result.correct, result.total, result.score, result.passed) == (
        4,
        4,
        100,
        True,
    )


def test_multiple_choice_needs_exactly_the_right_set():
    for chosen in (["0"], ["0", "1", "2"], ["2"], ["1", "3"]):
        answers = parse(RIGHT | {"q-c": chosen})
        result = grade(questions=QUESTIONS, answers=answers, pass_mark=70)
        assert [r.is_correct for r in result.results] == [True, True, False, True]
    answers = parse(RIGHT | {"q-c": ["2", "0"]})
    assert grade(questions=QUESTIONS, answers=answers, pass_mark=100).passed


def test_score_is_rounded_down_and_the_pass_mark_is_inclusive():
    answers = parse(RIGHT | {"q-a": "0"})

    assert grade(questions=QUESTIONS, answers=answers, pass_mark=75).passed
    assert not grade(questions=QUESTIONS, answers=answers, pass_mark=76).passed
    wrong = parse({"q-a": "0", "q-b": "1", "q-c": "1", "q-d": "3"})
    result = grade(questions=QUESTIONS, answers=wrong, pass_mark=70)
    assert (result.correct, result.score, result.passed) == (1, 25, False)


def test_results_name_the_chosen_and_right_choices():
    answers = parse(RIGHT | {"q-c": "1"})
    result = grade(questions=QUESTIONS, answers=answers, pass_mark=70).results[2]

    assert result.chosen_labels == ["choice 1"]
    assert result.correct_labels == ["choice 0", "choice 2"]


@pytest.mark.parametrize(
    "data, expected",
    [
        ({"q-a": "1", "q-b": "0", "q-c": "0"}, "Please answer every question"),
        (RIGHT | {"q-d": ""}, "Please answer every question"),
        (RIGHT | {"q-c": []}, "Please answer every question"),
        (RIGHT | {"q-d": "4"}, "not one of the choices"),
        (RIGHT | {"q-d": "-1"}, "not one of the choices"),
        (RIGHT | {"q-d": "correct"}, "not one of the choices"),
        (RIGHT | {"q-c": ["0", "9"]}, "not one of the choices"),
        (RIGHT | {"q-zzz": "0"}, "not in this quiz"),
        (RIGHT | {"q-a": ["1", "2"]}, "one answer per choice"),
        (RIGHT | {"q-b": ["0", "0"]}, "one answer per choice"),
        (RIGHT | {"q-c": ["0", "0", "2"]}, "one answer per choice"),
    ],
)
def test_bad_answers_are_rejected_with_a_message(data, expected):
    with translation.override("en"):
        with pytest.raises(AnswersInvalid) as error:
            parse(data)
        messages = [str(message) for message in error.value.messages]

    assert any(expected in message for message in messages), messages


def test_messages_are_vietnamese_by_default():
    with translation.override("vi"):
        with pytest.raises(AnswersInvalid) as error:
            parse({})
        message = str(error.value.messages[0])

    assert message == "Bạn hãy trả lời tất cả câu hỏi trước khi nộp bài.", message


def test_an_empty_quiz_cannot_be_passed():
    with pytest.raises(AnswersInvalid):
        answers_parse(questions=[], data={})


def test_a_draw_takes_the_asked_number_in_random_order():
    pool = [question(str(i), "single", {0}) for i in range(8)]
    draws = [
        questions_draw(pool=pool, count=5, rng=random.Random(seed))
        for seed in range(20)
    ]

    assert all(len(draw) == len(set(draw)) == 5 for draw in draws)
    assert len({tuple(q.id for q in draw) for draw in draws}) > 1
    assert len(questions_draw(pool=pool, count=0, rng=random.Random(1))) == 8
    assert len(questions_draw(pool=pool, count=50, rng=random.Random(1))) == 8
    whole = questions_draw(pool=pool, count=0, rng=random.Random(3))
    assert sorted(q.id for q in whole) == [q.id for q in pool]


def test_a_signed_draw_reads_back_in_order():
    drawn = [QUESTIONS[2], QUESTIONS[0]]
    token = draw_sign(course_id=7, questions=drawn)

    assert draw_read(token=token, course_id=7, pool=QUESTIONS) == drawn
    assert "choice" not in signing.b64_decode(token.split(":")[0].encode()).decode()


@pytest.mark.parametrize(
    "token",
    [
        "",
        "not a token",
        draw_sign(course_id=8, questions=QUESTIONS),  # another course's quiz
        signing.dumps([7, ["a", "zzz"]], salt="courses.quiz.draw"),  # unknown id
        signing.dumps([7, ["a", "a"]], salt="courses.quiz.draw"),  # twice
        signing.dumps([7, []], salt="courses.quiz.draw"),  # nothing drawn
        signing.dumps([7, ["a"]], salt="another purpose"),
        signing.dumps([7, ["a"]], salt="courses.quiz.draw")[:-2] + "xx",  # forged
    ],
)
def test_a_forged_or_foreign_draw_is_refused(token):
    with pytest.raises(DrawInvalid):
        draw_read(token=token, course_id=7, pool=QUESTIONS)

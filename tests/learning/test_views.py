import io
import re
import unicodedata

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from pypdf import PdfReader

from learning.models import Certificate, Completion, Learner, QuizAttempt
from tests.conftest import PASSWORD, correct_answers, study

User = get_user_model()


def quiz_url(course):
    return reverse("learning:quiz", args=[course.pk])


@pytest.fixture
def logged_in(client, make_learner):
    learner = make_learner()
    client.force_login(learner.user)
    return learner


def test_sign_up_creates_the_learner_and_asks_for_the_commune(client, units):
    response = client.post(
        reverse("account_signup"),
        {
            "full_name": "  Nguyễn   Thị Hồng Nhung ",
            "email": "nhung@example.com",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("learning:commune_choose")
    learner = Learner.objects.get(user__email="nhung@example.com")
    assert learner.full_name == "Nguyễn Thị Hồng Nhung"
    assert unicodedata.is_normalized("NFC", learner.full_name)


def test_sign_up_stores_a_decomposed_name_composed(client, units):
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Hồng Nhung")
    client.post(
        reverse("account_signup"),
        {
            "full_name": decomposed,
            "email": "nfd@example.com",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )

    assert Learner.objects.get(user__email="nfd@example.com").full_name == (
        "Nguyễn Thị Hồng Nhung"
    )


@pytest.mark.parametrize(
    "data, field",
    [
        ({"email": "not-an-email"}, "email"),
        ({"password2": "something-else-9!"}, "password2"),
        ({"full_name": ""}, "full_name"),
        ({"full_name": "12345"}, "full_name"),
        ({"password1": "123", "password2": "123"}, "password1"),
    ],
)
def test_invalid_sign_up_is_refused_with_a_vietnamese_message(
    client, units, data, field
):
    form = {
        "full_name": "Trần Văn An",
        "email": "an@example.com",
        "password1": PASSWORD,
        "password2": PASSWORD,
        **data,
    }

    response = client.post(reverse("account_signup"), form)

    assert response.status_code == 400
    assert response.context["form"].errors[field]
    assert response["Content-Language"] == "vi"
    assert not User.objects.exists()
    assert not Learner.objects.exists()


def test_errors_are_in_english_when_the_learner_chose_english(client, units):
    client.cookies["django_language"] = "en"

    response = client.post(reverse("account_signup"), {"full_name": "12345"})

    assert response.status_code == 400
    assert "Please enter your real full name." in response.content.decode()


def test_errors_are_in_vietnamese_by_default(client, units):
    response = client.post(reverse("account_signup"), {"full_name": "12345"})

    assert response.status_code == 400
    assert "Bạn hãy nhập đúng họ và tên thật." in response.content.decode()


def test_vietnamese_is_the_default_even_for_an_english_phone(client, course):
    response = client.get(course.url, headers={"accept-language": "en-US,en;q=0.9"})

    assert response["Content-Language"] == "vi"
    assert 'lang="vi"' in response.content.decode()


def test_commune_picker_goes_province_then_commune(client, logged_in):
    url = reverse("learning:commune_choose")

    step1 = client.get(url)
    step2 = client.get(url, {"province": "01"})
    saved = client.post(url, {"province": "01", "commune": "00004"})

    assert step1.status_code == 200 and 'name="province"' in step1.content.decode()
    assert step2.status_code == 200 and "Phường Ba Đình" in step2.content.decode()
    assert saved.status_code == 302
    logged_in.refresh_from_db()
    assert logged_in.commune_id == "00004"


def test_commune_picker_returns_to_the_page_the_learner_came_from(client, logged_in):
    url = reverse("learning:commune_choose")
    back = "/learn/courses/5/quiz/"

    step2 = client.get(url, {"province": "01", "next": back})
    saved = client.post(url, {"province": "01", "commune": "00004", "next": back})
    foreign = client.post(
        url, {"province": "01", "commune": "00004", "next": "https://evil.example/"}
    )

    step1 = client.get(url, {"next": back})

    assert f'name="next" value="{back}"' in step1.content.decode()
    assert f'name="next" value="{back}"' in step2.content.decode()
    assert saved["Location"] == back
    assert foreign["Location"] == reverse("learning:dashboard")


@pytest.mark.parametrize(
    "data",
    [
        {"province": "01", "commune": "99999"},  # unknown commune
        {"province": "01", "commune": "01279"},  # a commune of another province
        {"province": "01", "commune": ""},
        {"province": "77", "commune": "00004"},  # unknown province
        {"commune": "00004"},  # no province at all
        {"province": "0" * 5000, "commune": "x" * 5000},
    ],
)
def test_unknown_commune_is_refused_and_nothing_changes(client, logged_in, data):
    response = client.post(reverse("learning:commune_choose"), data)

    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    logged_in.refresh_from_db()
    assert logged_in.commune_id == "00070"


def test_the_quiz_page_never_contains_the_answers(client, logged_in, course):
    study(logged_in, course)
    html = client.get(quiz_url(course)).content.decode()

    shown = [q for q in course.quiz_questions() if f'name="q-{q.id}"' in html]
    assert len(shown) == course.questions_drawn
    for question in shown:
        assert question.text in html
        assert question.explanation not in html
        # Every choice's input looks the same; only its position tells them apart.
        inputs = re.findall(rf'<input[^>]*name="q-{question.id}"[^>]*>', html)
        assert len(inputs) == len(question.choices)
        assert len({re.sub(r'value="\d+"', "", tag) for tag in inputs}) == 1
    assert "checked" not in html


def test_passing_the_quiz_over_http_completes_once_and_gives_a_certificate(
    client, logged_in, course
):
    study(logged_in, course)
    first = client.post(quiz_url(course), correct_answers(course))
    second = client.post(quiz_url(course), correct_answers(course))
    pdf = client.get(reverse("learning:certificate_download", args=[course.pk]))

    assert first.status_code == second.status_code == 200
    assert "100%" in first.content.decode()
    assert Completion.objects.filter(learner=logged_in, course=course).count() == 1
    assert pdf["Content-Type"] == "application/pdf"
    text = PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
    assert "Nguyễn Thị Hồng Nhung" in unicodedata.normalize("NFC", text)
    certificate = Certificate.objects.get()
    verify = client.get(reverse("certificates:verify", args=[certificate.code]))
    assert "Nguyễn Thị Hồng Nhung" in verify.content.decode()


def test_certificate_needs_a_completion(client, logged_in, course):
    response = client.get(reverse("learning:certificate_download", args=[course.pk]))

    assert response.status_code == 404
    assert not Certificate.objects.exists()


@pytest.mark.parametrize(
    "tamper",
    ["out_of_range", "missing", "unknown_question", "not_a_number", "forged_draw"],
)
def test_tampered_quiz_posts_get_400_and_store_nothing(
    client, logged_in, course, tamper
):
    data = correct_answers(course)
    first = next(key for key in data if key.startswith("q-"))
    if tamper == "out_of_range":
        data[first] = "9"
    elif tamper == "missing":
        del data[first]
    elif tamper == "forged_draw":
        data["draw"] = data["draw"][:-3] + "abc"
    elif tamper == "unknown_question":
        data["q-00000000-0000-0000-0000-000000000000"] = "0"
    else:
        data[first] = "đúng"

    response = client.post(quiz_url(course), data)

    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert not QuizAttempt.objects.exists()
    assert not Completion.objects.exists()


def test_a_flood_of_quiz_answers_is_stopped_before_grading(
    client, logged_in, course, settings
):
    settings.ACCOUNT_RATE_LIMITS = {
        **settings.ACCOUNT_RATE_LIMITS,
        "quiz_submit": "3/m/user",
    }
    study(logged_in, course)
    forged = {**correct_answers(course), "draw": "forged"}

    statuses = [client.post(quiz_url(course), forged).status_code for _ in range(3)]
    refused = client.post(quiz_url(course), correct_answers(course))

    assert statuses == [400, 400, 400]
    assert refused.status_code == 429
    assert not QuizAttempt.objects.exists()
    assert client.get(quiz_url(course)).status_code == 200


def test_a_rejected_quiz_keeps_the_answers_already_given(client, logged_in, course):
    singles = [q for q in course.quiz_questions() if q.kind == "single"]
    data = correct_answers(course, questions=singles)
    missing = f"q-{singles[0].id}"
    del data[missing]

    response = client.post(quiz_url(course), data)
    html = response.content.decode()

    assert response.status_code == 400
    for question in singles[1:]:
        value = min(question.correct)
        assert f'name="q-{question.id}" value="{value}" required checked>' in html
    assert f'name="{missing}" value="0" required>' in html


def test_a_learner_without_a_commune_is_asked_to_choose_one(
    client, make_learner, course
):
    learner = make_learner(commune_code=None)
    client.force_login(learner.user)

    response = client.post(quiz_url(course), correct_answers(course))

    assert response.status_code == 400
    assert reverse("learning:commune_choose") in response.content.decode()
    assert not QuizAttempt.objects.exists()


def test_the_quiz_needs_a_login(client, course):
    response = client.post(quiz_url(course), correct_answers(course))

    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]
    assert not QuizAttempt.objects.exists()


def test_healthz_reports_database_and_channel_layer(client, db):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"database": "ok", "channel_layer": "ok", "status": "ok"}


def test_healthz_answers_503_when_the_channel_layer_is_down(client, db, redis_down):
    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["database"] == "ok"
    assert response.json()["channel_layer"].startswith("error")


def test_residents_keep_learning_when_redis_is_down(
    client, logged_in, course, campaign, redis_down, django_capture_on_commit_callbacks
):
    from leaderboard.models import CampaignStanding

    study(logged_in, course)
    pages = [client.get(url) for url in ("/", course.url, quiz_url(course))]
    with django_capture_on_commit_callbacks(execute=True):
        result = client.post(quiz_url(course), correct_answers(course))

    assert [page.status_code for page in pages] == [200, 200, 200]
    assert result.status_code == 200
    assert Completion.objects.filter(learner=logged_in).count() == 1
    assert CampaignStanding.objects.get(commune_id="00070").completions == 1


def test_the_course_page_offers_the_certificate_once_completed(
    client, logged_in, course
):
    certificate_url = reverse("learning:certificate_download", args=[course.pk])

    before = client.get(course.url).content.decode()
    study(logged_in, course)
    client.post(quiz_url(course), correct_answers(course))
    after = client.get(course.url).content.decode()
    quiz_after = client.get(quiz_url(course)).content.decode()

    assert certificate_url not in before
    assert certificate_url in after
    assert certificate_url in quiz_after


def test_a_form_without_its_csrf_token_gets_a_clear_403(units):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(
        reverse("account_signup"), {"full_name": "Trần Văn An"}
    )

    assert response.status_code == 403
    assert "Bạn hãy thử lại" in response.content.decode()
    assert not User.objects.exists()


def test_the_language_switch_names_each_language_as_typed(client, db):
    html = client.get(reverse("leaderboard:index")).content.decode()

    assert 'value="vi" class="link" aria-current="true">Tiếng Việt</button>' in html
    assert 'value="en" class="link">English</button>' in html

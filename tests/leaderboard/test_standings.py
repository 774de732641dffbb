from leaderboard.models import CommuneStanding
from leaderboard.selectors import standing_for_province
from leaderboard.services import standings_rebuild
from learning.models import Commune, Province
from learning.services import completion_record, learner_commune_set


def _standings() -> dict[str, int]:
    return dict(CommuneStanding.objects.values_list("commune_id", "completions"))


def test_each_completion_adds_one_to_its_commune(
    course, make_learner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        for code in ["00070", "00070", "00004"]:
            completion_record(learner=make_learner(commune_code=code), course=course)

    assert _standings() == {"00070": 2, "00004": 1}


def test_a_repeated_completion_does_not_count_twice(
    course, make_learner, django_capture_on_commit_callbacks
):
    learner = make_learner()
    with django_capture_on_commit_callbacks(execute=True):
        completion_record(learner=learner, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        completion_record(learner=learner, course=course)

    assert _standings() == {"00070": 1}


def test_rebuild_gives_the_numbers_the_live_path_gave(
    course, make_learner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        for code in ["00070", "00070", "00004", "01279"]:
            completion_record(learner=make_learner(commune_code=code), course=course)
        mover = make_learner(commune_code="00070")
        completion_record(learner=mover, course=course)
        learner_commune_set(learner=mover, commune=Commune.objects.get(code="00004"))
    live = _standings()

    CommuneStanding.objects.update(completions=999)
    CommuneStanding.objects.create(commune_id="00008", completions=5)
    standings_rebuild()

    assert _standings() == live == {"00070": 3, "00004": 1, "01279": 1}


def test_province_board_ranks_every_commune(
    course, make_learner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        for code in ["00004", "00004", "00070"]:
            completion_record(learner=make_learner(commune_code=code), course=course)
    hanoi = Province.objects.get(code="01")

    board = standing_for_province(province=hanoi)

    assert len(board) == Commune.objects.filter(province=hanoi).count()
    assert [(c.code, c.total, c.rank) for c in board[:2]] == [
        ("00004", 2, 1),
        ("00070", 1, 2),
    ]
    assert {c.rank for c in board[2:]} == {3}


def test_board_page_shows_the_province(client, course, make_learner):
    response = client.get("/leaderboard/province/01/")

    assert response.status_code == 200
    assert "Phường Hoàn Kiếm" in response.content.decode()
    assert 'data-ws="/ws/leaderboard/province/01/"' in response.content.decode()


def test_unknown_province_board_is_404_and_picker_400(client, units):
    assert client.get("/leaderboard/province/99/").status_code == 404
    assert client.get("/leaderboard/", {"province": "99"}).status_code == 400
    assert client.get("/leaderboard/", {"province": "01"}).status_code == 302

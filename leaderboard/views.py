"""Leaderboard pages."""

from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from learning.selectors import learner_for_user, province_by_code, province_list

from .selectors import standing_for_province


@require_GET
def board_index(request):
    """Go to the chosen province, the learner's own, or let the visitor pick one."""
    code = request.GET.get("province")
    if code is not None:
        if province_by_code(code=code):
            return redirect("leaderboard:province", code)
        return render(
            request,
            "leaderboard/board_index.html",
            {"provinces": province_list(), "error": _("Unknown province.")},
            status=400,
        )
    learner = learner_for_user(user=request.user)
    if learner and learner.commune_id:
        return redirect("leaderboard:province", learner.commune.province_id)
    return render(
        request, "leaderboard/board_index.html", {"provinces": province_list()}
    )


@require_GET
def province_board(request, province_code: str):
    """The communes of one province ranked by completions, updated live."""
    province = province_by_code(code=province_code)
    if province is None:
        raise Http404(_("Unknown province."))
    learner = learner_for_user(user=request.user)
    return render(
        request,
        "leaderboard/province_board.html",
        {
            "province": province,
            "communes": standing_for_province(province=province),
            "provinces": province_list(),
            "my_commune": learner.commune_id if learner else None,
        },
    )

"""The resident's own record: profile, commune, data export and account deletion."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from .. import selectors, services
from ..forms import (
    AccountDeleteForm,
    CommuneForm,
    CommuneSearchForm,
    ProfileForm,
    ProvinceForm,
)
from ..phones import phone_display
from .core import _next_url

COMMUNE_RESULTS = selectors.COMMUNE_SEARCH_LIMIT


@login_required
@require_http_methods(["GET", "POST"])
def commune_choose(request):
    """Search by name, or province first then commune; works without JavaScript."""
    learner = services.learner_ensure(user=request.user)
    data = request.POST if request.method == "POST" else request.GET
    # Just signed up: the dashboard says what to learn first.
    dashboard = reverse("learning:dashboard")
    context = {
        "learner": learner,
        "next": _next_url(request, data.get("next"), default=dashboard),
    }

    def page(status=200, **extra):
        extra.setdefault("search_form", CommuneSearchForm())
        return render(
            request, "learning/commune_choose.html", context | extra, status=status
        )

    if request.method == "GET" and "q" in data:
        return _commune_search_page(data, learner, page)
    if request.method == "GET" and "province" not in data:
        initial = {"province": learner.commune.province_id} if learner.commune else {}
        return page(province_form=ProvinceForm(initial=initial))
    province_form = ProvinceForm(data)
    if not province_form.is_valid():
        return page(400, province_form=province_form)
    province = province_form.cleaned_data["province"]
    if request.method == "GET":
        commune_form = CommuneForm(
            province=province, initial={"commune": learner.commune_id}
        )
        return page(province=province, commune_form=commune_form)
    commune_form = CommuneForm(data, province=province)
    if not commune_form.is_valid():
        return page(400, province=province, commune_form=commune_form)
    commune = commune_form.cleaned_data["commune"]
    services.learner_commune_set(learner=learner, commune=commune)
    messages.success(
        request, _("Your commune is now %(commune)s.") % {"commune": commune.name}
    )
    return HttpResponseRedirect(context["next"])


def _commune_search_page(data, learner, page):
    """The communes matching the search box, each one a button that saves it."""
    initial = {"province": learner.commune.province_id} if learner.commune else {}
    province_form = ProvinceForm(initial=initial)
    search_form = CommuneSearchForm(data)
    if not search_form.is_valid():
        return page(400, province_form=province_form, search_form=search_form)
    results = selectors.commune_search(
        query=search_form.cleaned_data["q"], limit=COMMUNE_RESULTS + 1
    )
    return page(
        province_form=province_form,
        search_form=search_form,
        searched=True,
        results=results[:COMMUNE_RESULTS],
        more_results=len(results) > COMMUNE_RESULTS,
    )


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    """The learner's own details, the commune they count for, and their data rights."""
    learner = services.learner_ensure(user=request.user)
    status = 200
    if request.method == "POST":
        form = ProfileForm(request.POST)
        if form.is_valid():
            services.learner_profile_update(learner=learner, **form.cleaned_data)
            messages.success(request, _("Your profile is saved."))
            return HttpResponseRedirect(reverse("learning:profile"))
        status = 400
    else:
        form = ProfileForm(
            initial={
                "full_name": learner.full_name,
                "birth_year": learner.birth_year,
                "youth_union_member": learner.youth_union_member,
                "show_on_boards": learner.show_on_boards,
            }
        )
    user = request.user
    context = {
        "form": form,
        "learner": learner,
        "phone": phone_display(user.phone) if user.phone else "",
        "email": user.email,
    }
    return render(request, "learning/profile.html", context, status=status)


@never_cache
@login_required
@require_GET
def data_export(request):
    """Everything kept about the learner, as a JSON file they can keep or read."""
    learner = services.learner_ensure(user=request.user)
    data = selectors.learner_data(learner=learner)
    body = json.dumps(data, ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    day = timezone.localdate().isoformat()
    response["Content-Disposition"] = (
        f'attachment; filename="du-lieu-hoc-vu-so-{day}.json"'
    )
    return response


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def account_delete(request):
    """Delete the account after a confirmation; completions stay, without a name."""
    learner = services.learner_ensure(user=request.user)
    form = AccountDeleteForm(
        request.POST if request.method == "POST" else None, user=request.user
    )
    errors = []
    if request.method == "POST" and form.is_valid():
        try:
            services.learner_delete(learner=learner)
        except services.AccountNotDeletable as error:
            errors = error.messages
        else:
            logout(request)
            messages.success(
                request,
                _("Your account and personal data have been deleted. Thank you."),
            )
            return HttpResponseRedirect("/")
    completions = selectors.learner_completion_count(learner=learner)
    context = {
        "form": form,
        "learner": learner,
        "errors": errors,
        "completions": completions,
    }
    status = 400 if request.method == "POST" else 200
    return render(request, "learning/account_delete.html", context, status=status)

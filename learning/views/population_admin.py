"""Wagtail admin: import commune populations (upload, preview, confirm) and download
the template of the communes in the administrator's scope."""

import csv

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..admin_scope import AreaRequiredMixin, area_scope
from ..models import Commune, PopulationChange
from ..services.population import (
    MAX_BYTES,
    PopulationFileInvalid,
    population_file_read,
    population_import,
)


class PopulationUploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("File (.csv or .xlsx)"),
        help_text=gettext_lazy(
            "Columns: commune_code, population, year. At most 1 MB and 10,000 rows."
        ),
    )


POPULATION_PERMISSION = "learning.change_commune"


class PopulationImportView(AreaRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """Who may import: those who may change communes, within their scope."""

    area_permission = POPULATION_PERMISSION
    template_name = "learning/admin/population_import.html"
    page_title = gettext_lazy("Import populations")
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", PopulationUploadForm())
        context["history"] = self.scope.filter(
            PopulationChange.objects.select_related(
                "commune__province", "changed_by", "import_run"
            )
        ).order_by("-changed_at", "-pk")[:20]
        context["template_url"] = reverse("learning_population_template")
        return context

    def post(self, request, *args, **kwargs):
        if "token" in request.POST:
            return self.confirm(request)
        form = PopulationUploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        upload = form.cleaned_data["file"]
        try:
            preview = population_file_read(
                name=upload.name, data=upload.read(MAX_BYTES + 1), scope=self.scope
            )
        except PopulationFileInvalid as error:
            form.add_error("file", str(error))
            return self.render_to_response(self.get_context_data(form=form), status=400)
        context = self.get_context_data(form=form, preview=preview, name=upload.name)
        if preview.changes and not preview.errors:
            context["token"] = preview.token(user=request.user)
        return self.render_to_response(context, status=400 if preview.errors else 200)

    def confirm(self, request):
        name = request.POST.get("name", "")
        try:
            run = population_import(
                token=request.POST["token"],
                name=name,
                scope=self.scope,
                by=request.user,
            )
        except ValueError as error:
            messages.error(request, str(error))
            return self.render_to_response(self.get_context_data(), status=400)
        messages.success(
            request,
            _("%(count)s communes' populations saved from %(file)s.")
            % {"count": run.rows, "file": run.filename},
        )
        return redirect("learning_population_import")


def population_template(request) -> HttpResponse:
    """CSV of the communes in scope with their current population, to fill in."""
    scope = area_scope(request.user, permission=POPULATION_PERMISSION)
    if scope is None:
        raise PermissionDenied
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="dan-so-xa-phuong.csv"'
    response.write("\ufeff")  # so that Excel reads UTF-8
    writer = csv.writer(response)
    writer.writerow(["commune_code", "commune_name", "population", "year"])
    communes = scope.filter(Commune.objects.select_related("province"), commune="")
    for commune in communes.order_by("province_id", "code"):
        writer.writerow(
            [
                commune.code,
                commune.place,
                "" if commune.population is None else commune.population,
                commune.population_year or "",
            ]
        )
    return response

"""Certificates: the learner's PDF and credential, the public check, commune printing.

PDFs are rendered in a worker thread (`thread_sensitive=False`), so a batch of
hundreds of pages holds up neither the event loop nor other requests.
"""

from allauth.core import ratelimit
from asgiref.sync import sync_to_async
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from .. import badges, selectors, services
from ..certificates import CertificateData, certificates_pdf
from ..forms_certificates import CredentialForm, NumberForm, PrintForm
from ..models import Certificate
from .assisted import administered_communes

LOOKUP_RATE_LIMIT_ACTION = "certificate_lookup"
BATCH_MAX = 500


def site_url(path: str) -> str:
    """An absolute address on the public site (SITE_URL), never the request's Host."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def verify_url(certificate: Certificate) -> str:
    return site_url(reverse("certificates:verify", args=[certificate.code]))


def _place(certificate: Certificate) -> str:
    commune = certificate.completion.commune
    return commune.place if commune else ""


def _pages(certificates: list[Certificate]) -> list[CertificateData]:
    """What each certificate prints, in the reader's language."""
    selectors.certificates_for_print(certificates=certificates)
    labels = {
        "language": get_language() or settings.LANGUAGE_CODE,
        "heading": _("Certificate"),
        "awarded_to": _("This certifies that"),
        "for_completing": _("has completed the course"),
        "competences_label": _("Competences trained"),
        "completed_label": _("Completed on"),
        "number_label": _("No."),
        "scan_label": _("Scan the QR code or open this address to check it:"),
        "movement": _("Digital Education for All"),
        "national_header": (
            _("SOCIALIST REPUBLIC OF VIET NAM"),
            _("Independence – Freedom – Happiness"),
        ),
        "issuer": settings.CERTIFICATE_ISSUER_NAME,
    }
    return [
        CertificateData(
            full_name=certificate.full_name,
            course_title=certificate.course_shown.title,
            competences=tuple(
                f"{code} {label}" for code, label in certificate.competences_shown
            ),
            commune=_place(certificate),
            completed_on=timezone.localdate(certificate.completion.completed_at),
            number=certificate.number_display,
            verify_url=verify_url(certificate),
            **labels,
        )
        for certificate in certificates
    ]


async def _pdf_response(
    pages: list[CertificateData], *, filename: str, title: str = ""
):
    pdf = await sync_to_async(certificates_pdf, thread_sensitive=False)(
        pages, title=title
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _owned_certificate(request, course_id: int) -> Certificate:
    """The learner's own certificate for a course, issued on first download."""
    learner = selectors.learner_for_user(user=request.user)
    completion = (
        selectors.completion_for(learner=learner, course_id=course_id)
        if learner
        else None
    )
    if completion is None:
        raise Http404(_("You have not completed this course yet."))
    return services.certificate_issue(completion=completion)


@never_cache
@login_required
@require_GET
async def certificate_download(request, course_id: int):
    """The learner's certificate for a course they completed, as a PDF."""

    def prepare():
        certificate = _owned_certificate(request, course_id)
        if certificate.revocation():
            return certificate, _verify_page(request, certificate, status=410)
        return certificate, _pages([certificate])

    certificate, prepared = await sync_to_async(prepare)()
    if isinstance(prepared, HttpResponse):
        return prepared
    return await _pdf_response(
        prepared, filename=f"chung-nhan-{certificate.number_display}.pdf"
    )


def _course_shown(certificate: Certificate):
    """The certificate's course page in the reader's language."""
    return selectors.pages_in_active_language([certificate.completion.course])[0]


def _verify_page(request, certificate: Certificate, *, status: int = 200):
    context = {
        "certificate": certificate,
        "course": _course_shown(certificate),
        "revocation": certificate.revocation(),
    }
    return render(request, "learning/certificate_verify.html", context, status=status)


def _not_found(request, form=None):
    context = {"form": form or NumberForm(), "not_found": True}
    return render(request, "learning/certificate_lookup.html", context, status=404)


@require_GET
def certificate_verify(request, code: str):
    """Anyone holding the QR code or link sees whether the certificate is valid."""
    certificate = selectors.certificate_by_code(code=code)
    if certificate is None:
        return _not_found(request)
    return _verify_page(request, certificate)


@require_http_methods(["GET", "POST"])
def certificate_lookup(request):
    """Type the number printed on a certificate; rate-limited, as numbers are short."""
    if request.method == "GET":
        return render(
            request, "learning/certificate_lookup.html", {"form": NumberForm()}
        )
    if refused := ratelimit.consume_or_429(request, action=LOOKUP_RATE_LIMIT_ACTION):
        return refused
    form = NumberForm(request.POST)
    if not form.is_valid():
        return render(
            request, "learning/certificate_lookup.html", {"form": form}, status=400
        )
    certificate = selectors.certificate_by_number(number=form.cleaned_data["number"])
    if certificate is None:
        return _not_found(request, form)
    return HttpResponseRedirect(reverse("certificates:verify", args=[certificate.code]))


def _page_url(page) -> str:
    url = page.get_url()
    return site_url(url) if url.startswith("/") else url


def _credential(certificate: Certificate) -> dict:
    selectors.certificates_for_print(certificates=[certificate])
    course = certificate.completion.course
    return badges.credential(
        badges.BadgeData(
            credential_id=verify_url(certificate),
            number=certificate.number_display,
            full_name=certificate.full_name,
            achievement_id=_page_url(course),
            achievement_name=certificate.course_shown.title,
            achievement_description=certificate.course_shown.specific.summary,
            criteria=_(
                "Read every lesson of the course and passed its quiz "
                "(pass mark %(mark)s%%)."
            )
            % {"mark": course.pass_mark},
            competences=certificate.competences_shown,
            valid_from=certificate.current_since,
            completed_on=timezone.localdate(certificate.completion.completed_at),
            commune=_place(certificate),
            issuer_id=site_url(reverse("certificates:issuer")),
            issuer_name=settings.CERTIFICATE_ISSUER_NAME,
            issuer_url=site_url("/"),
            language=get_language() or settings.LANGUAGE_CODE,
        )
    )


def _credential_response(request, certificate: Certificate):
    if certificate.revocation() or not certificate.full_name:
        return _verify_page(request, certificate, status=410)
    token = badges.credential_sign(_credential(certificate))
    response = HttpResponse(token, content_type="application/jwt")
    response["Access-Control-Allow-Origin"] = "*"
    response["Content-Disposition"] = (
        f'attachment; filename="chung-nhan-{certificate.number_display}.jwt"'
    )
    return response


@require_GET
def certificate_verify_legacy(request, serial: str):
    """Addresses printed on early certificates: offer to check their number.

    The check itself goes through the rate-limited form, like any typed number.
    """
    form = NumberForm(initial={"number": serial[:40]})
    return render(request, "learning/certificate_lookup.html", {"form": form})


@require_GET
def credential_download(request, code: str):
    """The certificate as a signed Open Badges 3.0 credential (VC-JWT)."""
    certificate = selectors.certificate_by_code(code=code)
    if certificate is None:
        return _not_found(request)
    return _credential_response(request, certificate)


@never_cache
@login_required
@require_GET
def credential_owner_download(request, course_id: int):
    """The learner's own credential for a course, issued on first download."""
    return _credential_response(request, _owned_certificate(request, course_id))


@require_http_methods(["GET", "POST"])
def credential_check(request):
    """Check an Open Badges credential someone was given: signature, then status."""
    template = "learning/credential_check.html"
    if request.method == "GET":
        return render(request, template, {"form": CredentialForm()})
    if refused := ratelimit.consume_or_429(request, action=LOOKUP_RATE_LIMIT_ACTION):
        return refused
    form = CredentialForm(request.POST, request.FILES)
    if not form.is_valid():
        return render(request, template, {"form": form}, status=400)
    try:
        credential = badges.credential_verify(form.cleaned_data["token"])
    except badges.CredentialInvalid as error:
        form.add_error(None, str(error))
        return render(request, template, {"form": form}, status=400)
    # The signature is ours, so the id is one of our verification links, whatever
    # address the site had when it was signed.
    code = credential["id"].rstrip("/").rsplit("/", 1)[-1]
    certificate = selectors.certificate_by_code(code=code)
    if certificate is None:
        form.add_error(None, _("This credential's certificate no longer exists."))
        return render(request, template, {"form": form}, status=404)
    signed_name = badges.credential_name(credential)
    context = {
        "form": CredentialForm(),
        "checked": certificate,
        "signed_name": signed_name,
        "removed": not certificate.full_name,
        "superseded": bool(certificate.full_name)
        and signed_name != certificate.full_name,
        "revocation": certificate.revocation(),
        "course": _course_shown(certificate),
    }
    return render(request, template, context)


@require_GET
def issuer_profile(request):
    """The issuer's Open Badges profile, which names the key that signs credentials."""
    profile = badges.issuer_profile(
        issuer_id=site_url(reverse("certificates:issuer")),
        name=settings.CERTIFICATE_ISSUER_NAME,
        url=site_url("/"),
    )
    return _public_json(profile)


@require_GET
def issuer_keys(request):
    """The public key(s) that check credentials, as a JSON Web Key Set."""
    return _public_json(badges.jwks())


def _public_json(data: dict) -> JsonResponse:
    # Verifiers may run in a browser on another site.
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    return response


@never_cache
@login_required
@require_GET
def commune_certificates(request):
    """Certificates of a commune's residents for a date range, to print for them."""
    communes = administered_communes(request)
    form = PrintForm(request.GET or None, communes=communes)
    context = {"form": form, "communes": communes}
    if not request.GET:
        return render(request, "learning/commune_certificates.html", context)
    if not form.is_valid():
        return render(
            request, "learning/commune_certificates.html", context, status=400
        )
    completions = selectors.commune_completions_certifiable(
        commune=form.cleaned_data["commune"],
        start=form.cleaned_data["start"],
        end=form.cleaned_data["end"],
    ).select_related("learner", "course")
    context.update(
        count=completions.count(),
        completions=completions[:50],
        batch_max=BATCH_MAX,
    )
    return render(request, "learning/commune_certificates.html", context)


@login_required
@require_POST
async def commune_certificates_pdf(request):
    """One PDF of those certificates, one page each, issuing any not yet issued."""

    def prepare():
        communes = administered_communes(request)
        form = PrintForm(request.POST, communes=communes)
        if not form.is_valid():
            context = {"form": form, "communes": communes}
            return render(
                request, "learning/commune_certificates.html", context, status=400
            ), None
        commune = form.cleaned_data["commune"]
        completions = list(
            selectors.commune_completions_certifiable(
                commune=commune,
                start=form.cleaned_data["start"],
                end=form.cleaned_data["end"],
            ).select_related("learner", "course", "commune__province")[: BATCH_MAX + 1]
        )
        if not completions or len(completions) > BATCH_MAX:
            form.add_error(
                None,
                _("No certificate to print in this range.")
                if not completions
                else _(
                    "More than %(max)s certificates: choose a shorter range and "
                    "print them in parts."
                )
                % {"max": BATCH_MAX},
            )
            context = {"form": form, "communes": communes}
            return render(
                request, "learning/commune_certificates.html", context, status=400
            ), None
        certificates = services.certificates_issue(completions=completions)
        start, end = form.cleaned_data["start"], form.cleaned_data["end"]
        return _pages(certificates), (commune, start, end)

    result, batch = await sync_to_async(prepare)()
    if batch is None:
        return result
    commune, start, end = batch
    return await _pdf_response(
        result,
        title=_("Certificates of %(commune)s, %(start)s – %(end)s")
        % {"commune": commune.name, "start": start, "end": end},
        filename=f"chung-nhan-{commune.code}-{start:%Y%m%d}-{end:%Y%m%d}.pdf",
    )

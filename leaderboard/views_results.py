"""A campaign's results page, and the merit certificates of its winners."""

from django.conf import settings
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from learning.certificates import CertificateData, certificates_pdf

from . import selectors
from .models import Campaign
from .services.campaigns import campaign_winners
from .templatetags.leaderboard_tags import board_value
from .texts import division_label


def _results(campaign: Campaign) -> dict | None:
    """Winners with their division labels, or None while the campaign still runs."""
    settled = campaign.status == Campaign.Status.FROZEN or (
        campaign.counting and campaign.ends_at <= timezone.now()
    )
    if not settled:
        return None
    winners = campaign_winners(campaign=campaign)
    for band in winners["divisions"]:
        band["label"] = division_label(low=band["low"], high=band["high"])
    for row in [*winners["provinces"]] + [
        row for band in winners["divisions"] for row in band["rows"]
    ]:
        row["shown"] = board_value(row, campaign.metric)
    return winners


def _visible_campaign(request, pk: int) -> Campaign:
    campaign = selectors.campaign_by_id(pk=pk)
    if campaign is None:
        raise Http404(_("No campaign has this number."))
    if not selectors.campaign_visible(campaign=campaign, user=request.user):
        raise PermissionDenied(_("The results of this campaign are not public."))
    return campaign


@require_GET
def campaign_results(request, pk: int):
    """Who won, per division and among youth unions; final once frozen."""
    campaign = _visible_campaign(request, pk)
    context = {
        "campaign": campaign,
        "results": _results(campaign),
        "final": campaign.status == Campaign.Status.FROZEN,
        "can_print": campaign.status == Campaign.Status.FROZEN
        and request.user.has_perm("wagtailadmin.access_admin"),
    }
    return render(request, "leaderboard/campaign_results.html", context)


def _merit_pages(campaign: Campaign, results: dict) -> list[CertificateData]:
    """One merit certificate (Giấy khen) per winning commune and youth union."""
    results_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "leaderboard:results", args=[campaign.pk]
    )
    labels = {
        "language": get_language() or settings.LANGUAGE_CODE,
        "heading": _("Certificate of merit"),
        "awarded_to": _("Awarded to"),
        "course_title": campaign.title,
        "competences": (),
        "competences_label": "",
        "completed_on": timezone.localdate(campaign.frozen_at),
        "completed_label": _("Issued on"),
        "number_label": _("Reference"),
        "scan_label": _("Scan the QR code or open this address to see the results:"),
        "verify_url": results_url,
        "movement": _("Digital Education for All"),
        "national_header": (
            _("SOCIALIST REPUBLIC OF VIET NAM"),
            _("Independence – Freedom – Happiness"),
        ),
        "issuer": settings.CERTIFICATE_ISSUER_NAME,
    }
    pages = []
    for band in results["divisions"]:
        for row in band["rows"]:
            pages.append(
                CertificateData(
                    full_name=row["name"],
                    commune=row["province"],
                    for_completing=_(
                        "for ranking no. %(rank)s among communes of %(division)s "
                        "in the campaign"
                    )
                    % {"rank": row["rank"], "division": band["label"]},
                    number=f"{campaign.pk}/{band['index'] + 1}/{row['rank']}",
                    **labels,
                )
            )
    for row in results["youth"]:
        pages.append(
            CertificateData(
                full_name=_("Youth Union of %(commune)s") % {"commune": row["name"]},
                commune=row["province"],
                for_completing=_(
                    "for ranking no. %(rank)s in residents helped to learn "
                    "in the campaign"
                )
                % {"rank": row["rank"]},
                number=f"{campaign.pk}/Y/{row['rank']}",
                **labels,
            )
        )
    return pages


@login_required
@permission_required("wagtailadmin.access_admin", raise_exception=True)
@require_GET
def campaign_merit_pdf(request, pk: int):
    """Merit certificates for a frozen campaign's winners, one PDF to print."""
    campaign = selectors.campaign_by_id(pk=pk)
    if campaign is None:
        raise Http404(_("No campaign has this number."))
    results = _results(campaign)
    pages, error = [], None
    if campaign.status != Campaign.Status.FROZEN:
        error = _("Merit certificates are printed once the results are frozen.")
    else:
        pages = _merit_pages(campaign, results)
        if not pages:
            error = _("No commune won a place: there is no certificate to print.")
    if error:
        context = {"campaign": campaign, "results": results, "error": error}
        context["final"] = campaign.status == Campaign.Status.FROZEN
        return render(request, "leaderboard/campaign_results.html", context, status=409)
    pdf = certificates_pdf(
        pages,
        title=_("Certificates of merit – %(campaign)s") % {"campaign": campaign.title},
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="giay-khen-chien-dich-{campaign.pk}.pdf"'
    )
    return response

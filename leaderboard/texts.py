"""Sentences about a commune's place, in the reader's language."""

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


def _phrase(metric: str, neighbour: dict, behind: bool) -> str:
    gap, values = (
        neighbour["gap"],
        {"rank": neighbour["rank"], "name": neighbour["name"]},
    )
    if metric == "coverage":
        values["gap"] = number_format(gap * 100, decimal_pos=3)
        if behind:
            return _("%(gap)s percentage points behind #%(rank)s %(name)s") % values
        return _("%(gap)s percentage points ahead of #%(rank)s %(name)s") % values
    values["gap"] = gap
    if metric == "learners":
        if behind:
            text = ngettext(
                "%(gap)s learner behind #%(rank)s %(name)s",
                "%(gap)s learners behind #%(rank)s %(name)s",
                gap,
            )
        else:
            text = ngettext(
                "%(gap)s learner ahead of #%(rank)s %(name)s",
                "%(gap)s learners ahead of #%(rank)s %(name)s",
                gap,
            )
    elif metric == "assisted":
        if behind:
            text = ngettext(
                "%(gap)s resident assisted behind #%(rank)s %(name)s",
                "%(gap)s residents assisted behind #%(rank)s %(name)s",
                gap,
            )
        else:
            text = ngettext(
                "%(gap)s resident assisted ahead of #%(rank)s %(name)s",
                "%(gap)s residents assisted ahead of #%(rank)s %(name)s",
                gap,
            )
    elif behind:
        text = ngettext(
            "%(gap)s completion behind #%(rank)s %(name)s",
            "%(gap)s completions behind #%(rank)s %(name)s",
            gap,
        )
    else:
        text = ngettext(
            "%(gap)s completion ahead of #%(rank)s %(name)s",
            "%(gap)s completions ahead of #%(rank)s %(name)s",
            gap,
        )
    return text % values


def place_texts(*, summary: dict, metric: str) -> dict[str, str]:
    """'#12 of 126 in the province' and '3 completions behind #11 …'."""
    if summary["rank"] is None:
        return {
            "place": _("Not ranked: the population of this commune is not on record."),
            "gap": "",
        }
    place = _("#%(rank)s of %(of)s in the province") % {
        "rank": summary["rank"],
        "of": summary["of"],
    }
    gaps = []
    if summary["behind"] is None:
        gaps.append(_("First in the province!"))
    else:
        gaps.append(_phrase(metric, summary["behind"], behind=True))
    if summary["ahead"] is not None:
        gaps.append(_phrase(metric, summary["ahead"], behind=False))
    return {"place": place, "gap": " · ".join(gaps)}


def division_label(*, low: int, high: int | None) -> str:
    """'under 20,000 residents', '20,000 to 39,999 residents', '40,000 and more'."""
    if not low and high is None:
        return _("every commune")
    if not low:
        return _("under %(high)s residents") % {
            "high": number_format(high, force_grouping=True)
        }
    if high is None:
        return _("%(low)s residents and more") % {
            "low": number_format(low, force_grouping=True)
        }
    return _("%(low)s to %(high)s residents") % {
        "low": number_format(low, force_grouping=True),
        "high": number_format(high - 1, force_grouping=True),
    }

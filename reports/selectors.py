"""Reads of the per-commune rollups, for the commune report and dashboard panels.

Everything here sums CommuneDay rows; nothing counts the completions table.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import (
    Exists,
    ExpressionWrapper,
    F,
    FloatField,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
)
from django.db.models.functions import Coalesce, NullIf
from django.utils import timezone

from learning.models import Commune, Learner
from learning.scopes import Scope

from .models import ALL, CommuneDay

TREND_DAYS = 30


def _dimension(*, course: int | None, area: int | None) -> dict:
    """The rollup rows of one course, one competence area, or all courses."""
    if course and area:
        raise ValueError("Give a course or a competence area, not both.")
    return {"course": course or ALL, "area": area or ALL}


def _days(start: date | None, end: date | None) -> dict:
    lookups = {}
    if start is not None:
        lookups["day__gte"] = start
    if end is not None:
        lookups["day__lte"] = end
    return lookups


def _sum(counter: str, *, dimension: dict, start=None, end=None):
    """A commune's total of one counter over days, as a correlated subquery."""
    rows = (
        CommuneDay.objects.filter(
            commune=OuterRef("pk"), **dimension, **_days(start, end)
        )
        .order_by()
        .values("commune")
        .annotate(total=Sum(counter))
        .values("total")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), 0)


def commune_report(
    *,
    scope: Scope,
    start: date | None = None,
    end: date | None = None,
    course: int | None = None,
    area: int | None = None,
) -> QuerySet[Commune]:
    """The communes in scope with their figures for the period, in one query.

    `learner_count` are residents new in the period (with a course: its
    completions), `completion_count` the period's completions (Commune already has
    `learners` and `completions` relations), `assisted` residents first assisted
    in it, `trained` learners up to `end` (all time without one), `coverage`
    trained per 100 residents (None without a known population), `recent` and
    `previous` the completions of the 30 days ending at `end` (or today) and of
    the 30 days before.
    """
    dimension = _dimension(course=course, area=area)
    last = end or timezone.localdate()
    recent_start = last - timedelta(days=TREND_DAYS - 1)
    previous_start = recent_start - timedelta(days=TREND_DAYS)
    period = {"dimension": dimension, "start": start, "end": end}
    communes = scope.filter(Commune.objects.all(), commune="").select_related(
        "province"
    )
    return communes.annotate(
        learner_count=_sum("learners", **period),
        completion_count=_sum("completions", **period),
        assisted=_sum("assisted_learners", **period),
        trained=_sum("learners", dimension=dimension, end=end),
        recent=_sum("completions", dimension=dimension, start=recent_start, end=last),
        previous=_sum(
            "completions",
            dimension=dimension,
            start=previous_start,
            end=recent_start - timedelta(days=1),
        ),
    ).annotate(
        coverage=ExpressionWrapper(
            F("trained") * 100.0 / NullIf(F("population"), 0),
            output_field=FloatField(),
        )
    )


def communes_without_learners(*, scope: Scope) -> QuerySet[Commune]:
    """The communes in scope where no resident has signed up yet."""
    communes = scope.filter(Commune.objects.all(), commune="")
    return communes.filter(~Exists(Learner.objects.filter(commune=OuterRef("pk"))))


@dataclass(frozen=True)
class Totals:
    """The whole scope's figures, all time."""

    learners: int  # trained residents
    completions: int
    assisted: int  # assisted residents
    population: int | None  # of the communes whose population is known
    coverage: float | None  # trained per 100 residents, where the population is known


def totals(*, scope: Scope) -> Totals:
    """All-time totals of the scope; coverage counts only communes with a population."""
    rows = scope.filter(CommuneDay.objects.filter(course=ALL, area=ALL))
    # Named apart from the fields, which later aggregates refer to.
    summed = rows.aggregate(
        trained=Coalesce(Sum("learners"), 0),
        done=Coalesce(Sum("completions"), 0),
        helped=Coalesce(Sum("assisted_learners"), 0),
        counted=Coalesce(Sum("learners", filter=Q(commune__population__gt=0)), 0),
    )
    population = scope.filter(Commune.objects.all(), commune="").aggregate(
        total=Sum("population")
    )["total"]
    return Totals(
        learners=summed["trained"],
        completions=summed["done"],
        assisted=summed["helped"],
        population=population,
        coverage=summed["counted"] * 100 / population if population else None,
    )


def daily_completions(
    *, scope: Scope, days: int = 90, today: date | None = None
) -> list[tuple[date, int]]:
    """Completions in the scope on each of the last `days` days, zeros included."""
    last = today or timezone.localdate()
    first = last - timedelta(days=days - 1)
    rows = (
        scope.filter(CommuneDay.objects.filter(course=ALL, area=ALL))
        .filter(day__gte=first, day__lte=last)
        .order_by()
        .values("day")
        .annotate(total=Sum("completions"))
        .values_list("day", "total")
    )
    found = dict(rows)
    return [
        (day, found.get(day, 0))
        for day in (first + timedelta(days=n) for n in range(days))
    ]


def commune_trends(
    *,
    scope: Scope,
    communes: list[str],
    days: int = TREND_DAYS,
    end: date | None = None,
    course: int | None = None,
    area: int | None = None,
) -> dict[str, list[int]]:
    """Daily completions of each commune (by code) over `days` days ending at `end`
    (or today), for sparklines; communes outside the scope are left out."""
    last = end or timezone.localdate()
    first = last - timedelta(days=days - 1)
    in_scope = scope.filter(Commune.objects.filter(code__in=communes), commune="")
    trends = {code: [0] * days for code in in_scope.values_list("code", flat=True)}
    rows = CommuneDay.objects.filter(
        commune__in=list(trends),
        **_dimension(course=course, area=area),
        day__gte=first,
        day__lte=last,
    ).values_list("commune_id", "day", "completions")
    for code, day, completions in rows:
        trends[code][(day - first).days] += completions
    return trends

"""What part of the movement an administrator may see: the whole country, some
provinces, or some communes. Views, reports and exports filter their queries by
it, so a menu that forgets a check still shows nothing outside the scope."""

from dataclasses import dataclass

from django.db.models import Q, QuerySet

from .models import Commune, CommuneAdministrator, ProvinceAdministrator, User


@dataclass(frozen=True)
class Scope:
    national: bool = False
    provinces: frozenset[str] = frozenset()
    communes: frozenset[str] = frozenset()

    @property
    def empty(self) -> bool:
        return not (self.national or self.provinces or self.communes)

    def filter(self, queryset: QuerySet, *, commune: str = "commune") -> QuerySet:
        """The rows of `queryset` in scope; `commune` is the path from its model to
        the commune's code ("" when the model is Commune)."""
        if self.national:
            return queryset
        if self.empty:
            return queryset.none()
        code = commune or "code"
        province = f"{commune}__province" if commune else "province"
        return queryset.filter(
            Q(**{f"{code}__in": self.communes})
            | Q(**{f"{province}__in": self.provinces})
        )

    def includes(self, commune: Commune) -> bool:
        return (
            self.national
            or commune.pk in self.communes
            or commune.province_id in self.provinces
        )


def scope_for(*, user: User) -> Scope:
    """The user's scope: national for superusers and holders of
    learning.administer_country, else the provinces and communes they administer."""
    if not user.is_authenticated or not user.is_active:
        return Scope()
    if user.is_superuser or user.has_perm("learning.administer_country"):
        return Scope(national=True)
    return Scope(
        provinces=frozenset(
            ProvinceAdministrator.objects.filter(user=user).values_list(
                "province_id", flat=True
            )
        ),
        communes=frozenset(
            CommuneAdministrator.objects.filter(user=user).values_list(
                "commune_id", flat=True
            )
        ),
    )

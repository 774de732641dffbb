from django import template

from courses.models import CatalogPage

register = template.Library()


@register.simple_tag
def catalog_url() -> str:
    """Where the course list lives, for the site menu."""
    catalog = CatalogPage.objects.live().public().first()
    return catalog.url if catalog else "/"

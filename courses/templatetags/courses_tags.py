from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from courses.models import CatalogPage

register = template.Library()


@register.simple_tag
def catalog_url() -> str:
    """Where the course list lives, for the site menu."""
    catalog = CatalogPage.objects.live().public().first()
    return catalog.url if catalog else "/"


class TapToLoadNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        inner = self.nodelist.render(context)
        if not context.get("data_saver"):
            return inner
        # A closed <details> keeps its lazy images from loading until it is opened.
        return format_html(
            '<details class="tap-to-load"><summary>{}</summary>{}</details>',
            _("Show the picture"),
            mark_safe(inner),  # noqa: S308 - the template's own rendered output
        )


@register.tag
def tap_to_load(parser, token):
    """{% tap_to_load %}<img loading="lazy" ...>{% end_tap_to_load %}: with the data
    saver on (`data_saver` in the context), the picture loads only when tapped."""
    nodelist = parser.parse(("end_tap_to_load",))
    parser.delete_first_token()
    return TapToLoadNode(nodelist)

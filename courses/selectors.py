"""Reads of published course content."""

from django.conf import settings
from django.db.models import Prefetch
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.images import get_image_model
from wagtail.models import Locale

from .models import CompetenceArea, CoursePage
from .text import fold

CARD_IMAGE = "fill-640x360|format-webp"


def course_list(
    *, query: str = "", area: CompetenceArea | None = None, level: str = ""
) -> list[CoursePage]:
    """Live courses in the reader's language, or in the original where untranslated.

    Filters and search apply to the course whatever its language; search ignores
    diacritics and ranks by relevance, otherwise courses keep the catalogue order.
    """
    default = active = Locale.get_active()
    default_code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    if active.language_code != default_code:
        default = Locale.get_default()
    courses = CoursePage.objects.live().public().filter(locale=default)
    if area is not None:
        courses = courses.filter(competences__area=area).distinct()
    if level:
        courses = courses.filter(level=level)
    ranked: list = []
    if query.strip():
        found = (
            CoursePage.objects.live()
            .public()
            .filter(locale__in=[default, active])
            .search(fold(query), operator="and")
        )
        ranked = list(dict.fromkeys(page.translation_key for page in found))
        courses = courses.filter(translation_key__in=ranked)
    originals = list(_for_cards(courses.order_by("path")))
    if ranked:
        originals.sort(key=lambda page: ranked.index(page.translation_key))
    if active == default or not originals:
        return originals
    translated = {
        page.translation_key: page
        for page in _for_cards(
            CoursePage.objects.live()
            .public()
            .filter(
                locale=active,
                translation_key__in=[page.translation_key for page in originals],
            )
        )
    }
    return [translated.get(page.translation_key, page) for page in originals]


def _for_cards(courses):
    return courses.select_related("locale").prefetch_related(
        Prefetch(
            "cover_image",
            queryset=get_image_model().objects.prefetch_renditions(CARD_IMAGE),
        )
    )

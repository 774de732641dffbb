"""The read API's page endpoint, fetching what course listings show in bulk."""

from django.db.models import Prefetch
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images import get_image_model

from .models import API_COVER, CoursePage


class CoursePagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint; a list of courses costs the same few queries at any
    length instead of a handful per course."""

    def get_queryset(self):
        queryset = super().get_queryset()
        if queryset.model is not CoursePage:
            return queryset
        return queryset.select_related("locale").prefetch_related(
            "competences",
            Prefetch(
                "cover_image",
                queryset=get_image_model().objects.prefetch_renditions(API_COVER),
            ),
        )

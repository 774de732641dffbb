"""The read API's endpoints: pages, fetching what course listings show in bulk, and
images and documents; each with an offset that stays within what a database takes."""

import re

from django.db.models import Prefetch
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.v2.views import ImagesAPIViewSet

from .models import API_COVER, CoursePage


class BoundedPagination(WagtailPagination):
    """Wagtail's, with an offset of at most nine digits: a larger one would reach
    the database as an SQL OFFSET it refuses (a 500), not a 400."""

    def paginate_queryset(self, queryset, request, view=None):
        offset = request.GET.get("offset")
        if offset is not None and not re.fullmatch(r"[0-9]{1,9}", offset):
            raise BadRequestError("offset must be a positive integer")
        return super().paginate_queryset(queryset, request, view)


class CoursePagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint; a list of courses costs the same few queries at any
    length instead of a handful per course."""

    pagination_class = BoundedPagination

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


class BoundedImagesAPIViewSet(ImagesAPIViewSet):
    pagination_class = BoundedPagination


class BoundedDocumentsAPIViewSet(DocumentsAPIViewSet):
    pagination_class = BoundedPagination

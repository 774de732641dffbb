"""Wagtail page types (home, catalogue, course, lesson) and the competence framework."""

from random import Random

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Locale, Page
from wagtail.search import index

from .blocks import LessonStreamBlock, QuizStreamBlock
from .grading import (
    MULTIPLE,
    PICTURE,
    SINGLE,
    TRUE_FALSE,
    Choice,
    DrawInvalid,
    Question,
    draw_read,
    questions_draw,
)
from .text import fold

API_COVER = "fill-1200x675|format-webp"


class Translated(models.Model):
    """Names kept in Vietnamese (the official text) and English."""

    name = models.CharField(_("name (Vietnamese)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    description = models.TextField(_("description (Vietnamese)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)

    class Meta:
        abstract = True

    @property
    def label(self) -> str:
        """The name in the language of the page being shown."""
        return self.name_en if get_language() == "en" and self.name_en else self.name


class CompetenceArea(Translated):
    """One of the six areas of the learner digital competence framework."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)

    class Meta:
        ordering = ["number"]
        verbose_name = _("competence area")
        verbose_name_plural = _("competence areas")

    def __str__(self):
        return f"{self.number}. {self.name}"


class Competence(Translated):
    """A competence of the framework, such as 4.2 protecting personal data."""

    area = models.ForeignKey(
        CompetenceArea,
        on_delete=models.PROTECT,
        related_name="competences",
        verbose_name=_("area"),
    )
    code = models.CharField(_("code"), max_length=8, unique=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("competence")
        verbose_name_plural = _("competences")

    def __str__(self):
        return f"{self.code} {self.name}"


class ProficiencyLevel(Translated):
    """One of the framework's eight proficiency steps, grouped in four levels."""

    class Band(models.TextChoices):
        BASIC = "basic", _("Basic")
        INTERMEDIATE = "intermediate", _("Intermediate")
        ADVANCED = "advanced", _("Advanced")
        SPECIALISED = "specialised", _("Specialised")

    step = models.PositiveSmallIntegerField(
        _("step"), unique=True, validators=[MinValueValidator(1), MaxValueValidator(8)]
    )
    band = models.CharField(_("level"), max_length=16, choices=Band.choices)

    class Meta:
        ordering = ["step"]
        verbose_name = _("proficiency level")
        verbose_name_plural = _("proficiency levels")

    def __str__(self):
        return f"{self.step}. {self.name}"


class Level(models.TextChoices):
    BASIC = "basic", _("Basic")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class HomePage(Page):
    """The site's front page."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + ["intro"]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CatalogPage"]

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Serve a page that has no translation yet in its original language."""
        try:
            return super().route(request, path_components)
        except Http404:
            default = Locale.get_default()
            homes = self.get_translations().live().select_related("locale")
            for home in sorted(homes, key=lambda home: home.locale_id != default.pk):
                try:
                    return Page.route(home.specific, request, path_components)
                except Http404:
                    continue
            raise

    def get_context(self, request, *args, **kwargs):
        from .selectors import course_list

        context = super().get_context(request, *args, **kwargs)
        context["courses"] = course_list()[:6]
        context["catalog"] = CatalogPage.objects.child_of(self).live().first()
        return context


class CatalogPage(Page):
    """The list of courses, with search and filters."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + ["intro"]

    parent_page_types = ["courses.HomePage"]
    subpage_types = ["courses.CoursePage"]

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from .forms import CatalogFilterForm
        from .selectors import course_list

        context = super().get_context(request, *args, **kwargs)
        form = CatalogFilterForm(request.GET or None)
        filters = form.cleaned_data if form.is_valid() else {}
        context["form"] = form
        context["filtered"] = any(filters.values())
        context["courses"] = course_list(
            query=filters.get("q", ""),
            area=filters.get("area"),
            level=filters.get("level", ""),
        )
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if response.context_data["form"].errors:
            response.status_code = 400
        return response


class CoursePage(Page):
    """A micro-course: lessons below it and a quiz that completes it."""

    summary = models.TextField(_("summary"), max_length=500)
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(240)],
    )
    level = models.CharField(
        _("level"), max_length=16, choices=Level.choices, default=Level.BASIC
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("cover image"),
    )
    outcomes = StreamField(
        [("outcome", blocks.CharBlock(label=_("Outcome"), max_length=250))],
        blank=True,
        verbose_name=_("learning outcomes"),
        help_text=_("What a learner can do after the course, one per line."),
    )
    competences = ParentalManyToManyField(
        Competence,
        blank=True,
        related_name="courses",
        verbose_name=_("competences trained"),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    questions_drawn = models.PositiveSmallIntegerField(
        _("questions per attempt"),
        default=0,
        validators=[MaxValueValidator(50)],
        help_text=_(
            "How many questions each attempt draws from the pool, in random "
            "order. 0 asks every question."
        ),
    )
    min_minutes = models.PositiveSmallIntegerField(
        _("minimum minutes in the course"),
        default=3,
        validators=[MaxValueValidator(240)],
        help_text=_(
            "Time a learner must spend in the lessons and the quiz before the "
            "course can be completed. 0 sets no minimum."
        ),
    )
    quiz = StreamField(
        QuizStreamBlock(), blank=True, verbose_name=_("quiz question pool")
    )

    content_panels = Page.content_panels + [
        "summary",
        "estimated_minutes",
        "level",
        "cover_image",
        "outcomes",
        "competences",
        "pass_mark",
        "questions_drawn",
        "min_minutes",
        "quiz",
    ]
    search_fields = Page.search_fields + [
        index.SearchField("search_folded"),
        index.FilterField("level"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("estimated_minutes"),
        APIField("level"),
        APIField(
            "cover_image",
            serializer=ImageRenditionField(API_COVER),
        ),
        APIField("outcomes"),
        APIField("competence_codes"),
        APIField("pass_mark"),
        APIField("questions_drawn"),
        APIField("min_minutes"),
        APIField("quiz_public"),
    ]

    parent_page_types = ["courses.CatalogPage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("course")

    def search_folded(self) -> str:
        """Title, summary and outcomes without diacritics, for accent-free search."""
        outcomes = " ".join(block.value for block in self.outcomes)
        return fold(f"{self.title} {self.summary} {outcomes}")

    @property
    def competence_codes(self) -> list[str]:
        return [competence.code for competence in self.competences.all()]

    @property
    def quiz_public(self) -> list[dict]:
        """The question pool without its answers, for the read API."""
        return [
            {
                "id": question.id,
                "kind": question.kind,
                "text": question.text,
                "choices": [choice.label for choice in question.choices],
            }
            for question in self.quiz_questions()
        ]

    def lessons(self):
        return LessonPage.objects.child_of(self).live()

    def original(self) -> "CoursePage":
        """The course in the default language, which completions are recorded for."""
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return self
        return self.get_translation_or_none(default) or self

    def quiz_questions(self) -> list[Question]:
        """The question pool as plain grading data, including the right answers."""
        return [_question(block) for block in self.quiz]

    def quiz_draw(self, *, token: str = "") -> list[Question]:
        """The questions a returned form was drawn, or a fresh random draw."""
        pool = self.quiz_questions()
        if token and pool:
            try:
                return draw_read(token=token, course_id=self.pk, pool=pool)
            except DrawInvalid:
                pass
        return questions_draw(pool=pool, count=self.questions_drawn, rng=Random())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["lessons"] = self.lessons()
        context["competences"] = self.competences.all()
        return context


def _question(block) -> Question:
    value = block.value
    if block.block_type == "true_false":
        return Question(
            id=block.id,
            kind=TRUE_FALSE,
            text=value["question"],
            choices=(Choice(str(_("True"))), Choice(str(_("False")))),
            correct=frozenset([0 if value["is_true"] else 1]),
            explanation=value["explanation"],
        )
    kind = {"question": SINGLE, "multiple": MULTIPLE, "picture": PICTURE}[
        block.block_type
    ]
    choices = value["choices"]
    return Question(
        id=block.id,
        kind=kind,
        text=value["question"],
        choices=tuple(
            Choice(choice.get("text") or choice.get("label"), choice.get("image"))
            for choice in choices
        ),
        correct=frozenset(i for i, choice in enumerate(choices) if choice["correct"]),
        explanation=value["explanation"],
    )


class LessonPage(Page):
    """One short lesson of a course."""

    summary = models.CharField(_("summary"), max_length=300, blank=True)
    body = StreamField(LessonStreamBlock(), verbose_name=_("body"))

    content_panels = Page.content_panels + ["summary", "body"]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    api_fields = [APIField("summary"), APIField("body")]

    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")

    @cached_property
    def course(self) -> CoursePage:
        return CoursePage.objects.parent_of(self).get()

    def original(self) -> "LessonPage":
        """The lesson in the default language, which progress is recorded for."""
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return self
        return self.get_translation_or_none(default) or self

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        lessons = list(self.course.lessons().only("id", "title", "url_path", "path"))
        position = next(
            (i for i, lesson in enumerate(lessons) if lesson.pk == self.pk), 0
        )
        context.update(
            course=self.course,
            position=position + 1,
            lesson_count=len(lessons),
            previous_lesson=lessons[position - 1] if position > 0 else None,
            next_lesson=lessons[position + 1] if position + 1 < len(lessons) else None,
        )
        return context

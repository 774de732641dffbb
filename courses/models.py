"""Wagtail page types: home, course catalogue, course and lesson."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import LessonStreamBlock, SingleChoiceQuestionBlock
from .grading import Question


class HomePage(Page):
    """The site's front page."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + ["intro"]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CatalogPage"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["courses"] = CoursePage.objects.live().public().order_by("path")[:6]
        context["catalog"] = CatalogPage.objects.live().first()
        return context


class CatalogPage(Page):
    """The list of courses."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + ["intro"]

    parent_page_types = ["courses.HomePage"]
    subpage_types = ["courses.CoursePage"]

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["courses"] = CoursePage.objects.child_of(self).live().public()
        return context


class CoursePage(Page):
    """A micro-course: lessons below it and a quiz that completes it."""

    summary = models.TextField(_("summary"), max_length=500)
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(240)],
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    quiz = StreamField(
        [("question", SingleChoiceQuestionBlock())],
        blank=True,
        verbose_name=_("quiz questions"),
    )

    content_panels = Page.content_panels + [
        "summary",
        "estimated_minutes",
        "pass_mark",
        "quiz",
    ]
    search_fields = Page.search_fields + [index.SearchField("summary")]

    parent_page_types = ["courses.CatalogPage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("course")

    def lessons(self):
        return LessonPage.objects.child_of(self).live()

    def quiz_questions(self) -> list[Question]:
        """The quiz as plain grading data, including which answers are correct."""
        questions = []
        for block in self.quiz:
            choices = block.value["choices"]
            correct = next(
                (i for i, choice in enumerate(choices) if choice["correct"]), -1
            )
            questions.append(
                Question(
                    id=block.id,
                    text=block.value["question"],
                    choices=tuple(choice["text"] for choice in choices),
                    correct=correct,
                    explanation=block.value["explanation"],
                )
            )
        return questions

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["lessons"] = self.lessons()
        return context


class LessonPage(Page):
    """One short lesson of a course."""

    summary = models.CharField(_("summary"), max_length=300, blank=True)
    body = StreamField(LessonStreamBlock(), verbose_name=_("body"))

    content_panels = Page.content_panels + ["summary", "body"]
    search_fields = Page.search_fields + [index.SearchField("body")]

    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        course = self.get_parent().specific
        lessons = list(course.lessons())
        position = next(
            (i for i, lesson in enumerate(lessons) if lesson.pk == self.pk), 0
        )
        context.update(
            course=course,
            position=position + 1,
            lesson_count=len(lessons),
            previous_lesson=lessons[position - 1] if position > 0 else None,
            next_lesson=lessons[position + 1] if position + 1 < len(lessons) else None,
        )
        return context

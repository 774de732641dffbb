"""Create the demo site: home, catalogue and six courses in Vietnamese and English.

Running it again changes nothing: every page is looked up by its slug first.
"""

from collections.abc import Collection
from functools import lru_cache
from io import BytesIO

from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from . import demo_images
from .demo_content import COURSES
from .models import CatalogPage, Competence, CoursePage, HomePage, LessonPage

SITE_NAME = "Bình dân học vụ số"
HOME = {
    "vi": {
        "title": SITE_NAME,
        "intro": (
            "<p>Học kỹ năng số cơ bản trên điện thoại của bạn: mỗi khóa học chỉ "
            "5–15 phút, có bài kiểm tra ngắn và chứng nhận khi hoàn thành. Mỗi "
            "người dân học xong là một điểm cho xã, phường của mình.</p>"
        ),
    },
    "en": {
        "title": "Digital Education for All",
        "intro": (
            "<p>Learn basic digital skills on your phone: each course takes only "
            "5–15 minutes, ends with a short quiz and earns a certificate. Every "
            "resident who finishes is a point for their commune or ward.</p>"
        ),
    },
}
CATALOG = {
    "vi": {
        "title": "Khóa học",
        "intro": "<p>Các khóa học ngắn về kỹ năng số cho mọi người dân.</p>",
    },
    "en": {
        "title": "Courses",
        "intro": "<p>Short digital-skills courses for every resident.</p>",
    },
}
LANGUAGES = ("vi", "en")


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    return page


def _translate(page: Page, locale: Locale, **fields) -> Page:
    """The page's translation into `locale`, created and published if missing."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    return _publish(translation)


# Drawing is deterministic: within one process each picture is drawn once.
_icon_png = lru_cache(demo_images.icon_png)
_cover_png = lru_cache(demo_images.cover_png)


@lru_cache
def _screen_png(app: str, title: str, lines: tuple[str, ...], button: str, color: str):
    return demo_images.screen_png(
        app=app, title=title, lines=list(lines), button=button, color=color
    )


class _Images:
    """Illustrations drawn once per load and stored as Wagtail images."""

    def __init__(self):
        self.model = get_image_model()
        self.icons: dict[tuple[str, str], int] = {}

    def _save(self, title: str, png: bytes, name: str) -> int:
        image = self.model(title=title, file=ImageFile(BytesIO(png), name=name))
        image.save()
        return image.pk

    def icon(self, name: str, color: str) -> int:
        key = (name, color)
        if key not in self.icons:
            existing = self.model.objects.filter(title=f"icon: {name} {color}").first()
            self.icons[key] = (
                existing.pk
                if existing
                else self._save(
                    f"icon: {name} {color}",
                    _icon_png(name, color=color),
                    f"icon-{name}.png",
                )
            )
        return self.icons[key]

    def cover(self, spec: dict) -> int:
        cover = spec["cover"]
        return self._save(
            spec["vi"]["title"],
            _cover_png(cover["icon"], color=cover["color"]),
            f"cover-{spec['slug']}.png",
        )

    def screen(self, screen: dict, color: str) -> int:
        return self._save(
            f"{screen['app']}: {screen['title']}",
            _screen_png(
                screen["app"],
                screen["title"],
                tuple(screen["lines"]),
                screen["button"],
                color,
            ),
            "screen.png",
        )


def _body(blocks: list, images: _Images, color: str) -> list[dict]:
    raw = []
    for block_type, value in blocks:
        if block_type == "steps":
            value = {
                "steps": [
                    {
                        "title": step["title"],
                        "text": step.get("text", ""),
                        "screenshot": images.screen(step["screen"], color)
                        if step.get("screen")
                        else None,
                    }
                    for step in value
                ]
            }
        elif block_type == "tip":
            value = {"text": value}
        elif block_type == "image":
            value = {
                "image": {
                    "image": images.icon(value["icon"], color),
                    "decorative": False,
                    "alt_text": value["alt"],
                },
                "caption": value.get("caption", ""),
            }
        raw.append({"type": block_type, "value": value})
    return raw


def _quiz(questions: list[dict], images: _Images, color: str) -> list[dict]:
    raw = []
    for q in questions:
        value = {"question": q["text"], "explanation": q["explanation"]}
        if q["kind"] == "true_false":
            value["is_true"] = q["answer"]
        elif q["kind"] == "picture":
            value["choices"] = [
                {
                    "image": images.icon(choice["icon"], color),
                    "label": choice["label"],
                    "correct": choice["correct"],
                }
                for choice in q["choices"]
            ]
        else:
            value["choices"] = q["choices"]
        block_type = "question" if q["kind"] == "single" else q["kind"]
        raw.append({"type": block_type, "value": value})
    return raw


def _course_fields(version: dict, images: _Images, color: str) -> dict:
    return {
        "title": version["title"],
        "summary": version["summary"],
        "outcomes": [
            {"type": "outcome", "value": text} for text in version["outcomes"]
        ],
        "quiz": _quiz(version["questions"], images, color),
    }


def _course_load(spec: dict, catalog: CatalogPage, images: _Images) -> CoursePage:
    course = CoursePage.objects.child_of(catalog).filter(slug=spec["slug"]).first()
    if course is not None:
        return course
    color = spec["cover"]["color"]
    course = CoursePage(
        slug=spec["slug"],
        level=spec["level"],
        estimated_minutes=spec["estimated_minutes"],
        pass_mark=spec["pass_mark"],
        questions_drawn=spec["questions_drawn"],
        cover_image_id=images.cover(spec),
        **_course_fields(spec["vi"], images, color),
    )
    catalog.add_child(instance=course)
    course.competences.set(Competence.objects.filter(code__in=spec["competences"]))
    _publish(course)
    lessons = []
    for lesson in spec["vi"]["lessons"]:
        page = LessonPage(
            title=lesson["title"],
            slug=lesson["slug"],
            summary=lesson["summary"],
            body=_body(lesson["body"], images, color),
        )
        course.add_child(instance=page)
        lessons.append(_publish(page))
    for language in LANGUAGES[1:]:
        locale = Locale.objects.get(language_code=language)
        version = spec[language]
        _translate(course, locale, **_course_fields(version, images, color))
        for page, lesson in zip(lessons, version["lessons"], strict=True):
            _translate(
                page,
                locale,
                title=lesson["title"],
                summary=lesson["summary"],
                body=_body(lesson["body"], images, color),
            )
    return course


def _site_home() -> HomePage:
    home = HomePage.objects.filter(locale=Locale.get_default()).first()
    if home is not None:
        return home
    root = Page.get_first_root_node()
    home = HomePage(slug="trang-chu", **HOME["vi"])
    root.add_child(instance=home)
    _publish(home)
    site = Site.objects.filter(is_default_site=True).first()
    previous_root = site.root_page if site else None
    if site:
        site.root_page = home
        site.site_name = SITE_NAME
        site.save(update_fields=["root_page", "site_name"])
    else:
        Site.objects.create(
            hostname="localhost",
            root_page=home,
            is_default_site=True,
            site_name=SITE_NAME,
        )
    if previous_root and previous_root.specific_class is Page:
        previous_root.delete()
    return home


@transaction.atomic
def demo_pages_load(*, only: Collection[str] | None = None) -> dict[str, Page]:
    """Home, catalogue and the demo courses (or those whose slugs are `only`)."""
    home = _site_home()
    catalog = CatalogPage.objects.child_of(home).first()
    if catalog is None:
        catalog = CatalogPage(slug="khoa-hoc", **CATALOG["vi"])
        home.add_child(instance=catalog)
        _publish(catalog)
    for language in LANGUAGES[1:]:
        locale = Locale.objects.get_or_create(language_code=language)[0]
        _translate(home, locale, **HOME[language])
        _translate(catalog, locale, **CATALOG[language])
    images = _Images()
    courses = [
        _course_load(spec, catalog, images)
        for spec in COURSES
        if only is None or spec["slug"] in only
    ]
    return {
        "home": home,
        "catalog": catalog,
        "course": courses[0] if courses else None,
        "courses": courses,
    }

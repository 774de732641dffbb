"""Create the demo site's pages; running it again changes nothing."""

import json

from django.db import transaction
from wagtail.models import Page, Site

from .demo_content import VNEID_COURSE
from .models import CatalogPage, CoursePage, HomePage, LessonPage

HOME_INTRO = (
    "<p>Học kỹ năng số cơ bản trên điện thoại của bạn: mỗi khóa học chỉ 5–15 phút, "
    "có bài kiểm tra ngắn và chứng nhận khi hoàn thành. Mỗi người dân học xong "
    "là một điểm cho xã, phường của mình.</p>"
)
CATALOG_INTRO = "<p>Các khóa học ngắn về kỹ năng số cho mọi người dân.</p>"


def _publish(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _stream(blocks: list[tuple[str, object]]) -> str:
    raw = []
    for block_type, value in blocks:
        if block_type == "steps":
            value = {"steps": value}
        elif block_type == "tip":
            value = {"text": value}
        raw.append({"type": block_type, "value": value})
    return json.dumps(raw, ensure_ascii=False)


def _quiz(questions: list[dict]) -> str:
    return json.dumps(
        [
            {
                "type": "question",
                "value": {
                    "question": q["text"],
                    "choices": q["choices"],
                    "explanation": q["explanation"],
                },
            }
            for q in questions
        ],
        ensure_ascii=False,
    )


@transaction.atomic
def demo_pages_load() -> dict[str, Page]:
    """Home, catalogue and the VNeID course with its lessons and quiz."""
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        home = _publish(
            root,
            HomePage(title="Bình dân học vụ số", slug="trang-chu", intro=HOME_INTRO),
        )
        site = Site.objects.filter(is_default_site=True).first()
        previous_root = site.root_page if site else None
        if site:
            site.root_page = home
            site.site_name = "Bình dân học vụ số"
            site.save(update_fields=["root_page", "site_name"])
        else:
            Site.objects.create(
                hostname="localhost",
                root_page=home,
                is_default_site=True,
                site_name="Bình dân học vụ số",
            )
        if previous_root and previous_root.specific_class is Page:
            previous_root.delete()

    catalog = CatalogPage.objects.child_of(home).first()
    if catalog is None:
        catalog = _publish(
            home, CatalogPage(title="Khóa học", slug="khoa-hoc", intro=CATALOG_INTRO)
        )

    spec = VNEID_COURSE
    course = CoursePage.objects.child_of(catalog).filter(slug=spec["slug"]).first()
    if course is None:
        course = _publish(
            catalog,
            CoursePage(
                title=spec["title"],
                slug=spec["slug"],
                summary=spec["summary"],
                estimated_minutes=spec["estimated_minutes"],
                pass_mark=spec["pass_mark"],
                quiz=_quiz(spec["questions"]),
            ),
        )
        for lesson in spec["lessons"]:
            _publish(
                course,
                LessonPage(
                    title=lesson["title"],
                    slug=lesson["slug"],
                    summary=lesson["summary"],
                    body=_stream(lesson["body"]),
                ),
            )
    return {"home": home, "catalog": catalog, "course": course}

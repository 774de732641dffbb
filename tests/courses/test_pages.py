import json
from datetime import timedelta
from io import BytesIO

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, WorkflowState
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtailmedia.models import get_media_model

from courses import demo_images, roles
from courses.blocks import (
    MultipleChoiceQuestionBlock,
    SingleChoiceQuestionBlock,
    VideoBlock,
)
from courses.demo import demo_pages_load
from courses.demo_content import COURSES
from courses.models import CatalogPage, CoursePage, HomePage, LessonPage
from tests.conftest import VNEID_SLUG


def _image(name="icon"):
    png = demo_images.icon_png("phone", color="#1d4ed8", size=96)
    image = get_image_model()(title=name, file=ImageFile(BytesIO(png), name="i.png"))
    image.save()
    return image


def _user(username, *groups):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.com", password="x-Secret-42"
    )
    user.groups.set(Group.objects.filter(name__in=groups))
    return user


def _course_form(course=None):
    """What the admin's course form sends, for creating or previewing a course."""
    return nested_form_data(
        {
            "title": course.title if course else "Dùng ví điện tử",
            "slug": course.slug if course else "dung-vi-dien-tu",
            "summary": "Nạp tiền và trả tiền điện bằng ví điện tử.",
            "estimated_minutes": 10,
            "level": "basic",
            "pass_mark": 80,
            "questions_drawn": 0,
            "min_minutes": 3,
            "outcomes": streamfield([("outcome", "Trả tiền điện")]),
            "quiz": streamfield([]),
        }
    )


class PageTreeTests(WagtailPageTestCase):
    """home → catalogue → course → lessons, and nowhere else."""

    @classmethod
    def setUpTestData(cls):
        cls.pages = demo_pages_load(only=[VNEID_SLUG])

    def setUp(self):
        self.login()

    def test_parent_and_subpage_rules(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertAllowedParentPageTypes(CatalogPage, {HomePage})
        self.assertAllowedParentPageTypes(CoursePage, {CatalogPage})
        self.assertAllowedParentPageTypes(LessonPage, {CoursePage})
        self.assertAllowedSubpageTypes(HomePage, {CatalogPage})
        self.assertAllowedSubpageTypes(CatalogPage, {CoursePage})
        self.assertAllowedSubpageTypes(CoursePage, {LessonPage})
        self.assertAllowedSubpageTypes(LessonPage, set())
        self.assertCanNotCreateAt(HomePage, CoursePage)
        self.assertCanNotCreateAt(CatalogPage, LessonPage)

    def test_a_course_and_a_lesson_can_be_created_in_the_admin(self):
        self.assertCanCreate(self.pages["catalog"], CoursePage, _course_form())
        self.assertCanCreate(
            self.pages["course"],
            LessonPage,
            nested_form_data(
                {
                    "title": "Nạp tiền vào ví",
                    "slug": "nap-tien",
                    "summary": "",
                    "body": streamfield([("tip", {"text": "Thử nạp 10.000 đồng."})]),
                }
            ),
        )


class DemoContentTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pages = demo_pages_load()
        cls.en = Locale.objects.get(language_code="en")

    def test_six_courses_each_with_an_english_version(self):
        courses = self.pages["courses"]

        self.assertEqual(len(courses), len(COURSES))
        self.assertGreaterEqual(len(courses), 6)
        for course in courses:
            english = course.get_translation(self.en)
            self.assertTrue(english.live)
            self.assertNotEqual(english.title, course.title)
            lessons = list(course.lessons())
            self.assertTrue(3 <= len(lessons) <= 6, course.title)
            for lesson in lessons:
                self.assertTrue(lesson.get_translation(self.en).live)
            questions = course.quiz_questions()
            self.assertGreaterEqual(len(questions), 5)
            self.assertTrue(all(q.explanation for q in questions))
            self.assertIsNotNone(course.cover_image)
            self.assertTrue(course.competences.exists())
        kinds = {q.kind for c in courses for q in c.quiz_questions()}
        self.assertEqual(kinds, {"single", "multiple", "true_false", "picture"})

    def test_every_demo_page_renders_in_both_languages(self):
        for course in self.pages["courses"]:
            english = course.get_translation(self.en)
            for page in [course, *course.lessons(), english, *english.get_children()]:
                self.assertPageIsRenderable(page.specific)
        self.assertPageIsRenderable(self.pages["home"])
        self.assertPageIsRenderable(self.pages["catalog"])

    def test_loading_the_demo_again_duplicates_nothing(self):
        pages, images = Page.objects.count(), get_image_model().objects.count()

        again = demo_pages_load()

        self.assertEqual(Page.objects.count(), pages)
        self.assertEqual(get_image_model().objects.count(), images)
        self.assertEqual(again["course"].pk, self.pages["course"].pk)

    def test_every_demo_page_opens_in_the_admin_editor(self):
        self.login()
        course = self.pages["courses"][0]
        english = course.get_translation(self.en)
        for page in [self.pages["catalog"], course, *course.lessons(), english]:
            response = self.client.get(f"/admin/pages/{page.pk}/edit/")
            self.assertEqual(response.status_code, 200)
        competences = self.client.get("/admin/snippets/courses/competence/")
        self.assertContains(competences, "Bảo vệ dữ liệu cá nhân và quyền riêng tư")

    def test_lessons_lead_to_the_quiz(self):
        lessons = list(self.pages["course"].lessons())
        first = self.client.get(lessons[0].url)
        last = self.client.get(lessons[-1].url)

        self.assertContains(first, lessons[1].url)
        self.assertContains(last, f"/learn/courses/{self.pages['course'].pk}/quiz/")

    def test_steps_show_their_screenshots_as_webp(self):
        html = self.client.get(self.pages["course"].lessons()[1].url).content.decode()

        self.assertIn('class="screenshot"', html)
        self.assertIn(".webp", html)
        self.assertIn("srcset=", html)


class LessonBlocksTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pages = demo_pages_load(only=[VNEID_SLUG])

    def test_every_lesson_block_renders(self):
        image = _image()
        media = get_media_model()
        video = media.objects.create(
            title="Kích hoạt VNeID",
            type="video",
            file=ContentFile(b"\x00" * 64, name="kich-hoat.mp4"),
            duration=60,
        )
        small = media.objects.create(
            title="Kích hoạt VNeID (360p)",
            type="video",
            file=ContentFile(b"\x00" * 32, name="kich-hoat-360p.mp4"),
            duration=60,
        )
        audio = media.objects.create(
            title="Đọc bài",
            type="audio",
            file=ContentFile(b"\x00" * 64, name="doc-bai.mp3"),
            duration=60,
        )
        document = get_document_model().objects.create(
            title="Bảng kiểm trước khi đi làm thủ tục",
            file=ContentFile(b"%PDF-1.4", name="bang-kiem.pdf"),
        )
        lesson = LessonPage(
            title="Bài đủ loại khối",
            slug="bai-du-loai-khoi",
            body=json.dumps(
                [
                    {"type": "paragraph", "value": "<p>Đoạn <b>văn</b></p>"},
                    {
                        "type": "image",
                        "value": {
                            "image": {
                                "image": image.pk,
                                "decorative": False,
                                "alt_text": "Điện thoại",
                            },
                            "caption": "Chụp màn hình",
                        },
                    },
                    {
                        "type": "steps",
                        "value": {
                            "steps": [
                                {
                                    "title": "Mở ứng dụng",
                                    "text": "",
                                    "screenshot": image.pk,
                                }
                            ]
                        },
                    },
                    {
                        "type": "video",
                        "value": {
                            "embed": None,
                            "file": video.pk,
                            "small_file": small.pk,
                            "poster": image.pk,
                            "transcript": "Lời thoại của video",
                        },
                    },
                    {
                        "type": "audio",
                        "value": {"file": audio.pk, "transcript": "Lời đọc bài học"},
                    },
                    {"type": "tip", "value": {"text": "Thử ngay"}},
                    {
                        "type": "document",
                        "value": {"document": document.pk, "description": "In ra"},
                    },
                ]
            ),
        )
        self.pages["course"].add_child(instance=lesson)
        lesson.save_revision().publish()

        html = self.client.get(lesson.url).content.decode()

        self.assertIn("<b>văn</b>", html)
        self.assertIn('alt="Điện thoại"', html)
        self.assertIn("format-webp", html.replace(".webp", "format-webp"))
        self.assertIn('<video controls preload="none"', html)
        self.assertIn(video.url, html)
        # The low-resolution version is offered first, the full one by a link.
        self.assertLess(html.index(small.url), html.index(f'src="{video.url}"'))
        self.assertIn(f'<a href="{video.url}">', html)
        self.assertIn("Lời thoại của video", html)
        self.assertIn('<audio controls preload="none"', html)
        self.assertIn("Lời đọc bài học", html)
        self.assertIn("Thử ngay", html)
        self.assertIn(document.url, html)

    def test_question_blocks_check_their_correct_answers(self):
        single, multiple = SingleChoiceQuestionBlock(), MultipleChoiceQuestionBlock()
        for block, flags in (
            (single, [False, False]),
            (single, [True, True]),
            (multiple, [False, False]),
        ):
            value = block.to_python(
                {
                    "question": "Ai được biết mã OTP?",
                    "choices": [
                        {"text": "Chỉ mình bạn", "correct": flags[0]},
                        {"text": "Người gọi điện", "correct": flags[1]},
                    ],
                    "explanation": "Không đưa mã OTP cho ai.",
                }
            )
            with self.assertRaises(StructBlockValidationError):
                block.clean(value)
        value = multiple.to_python(
            {
                "question": "Đâu là dấu hiệu lừa đảo?",
                "choices": [
                    {"text": "Đòi mã OTP", "correct": True},
                    {"text": "Giục chuyển tiền gấp", "correct": True},
                ],
                "explanation": "Cả hai.",
            }
        )
        self.assertEqual(len(multiple.clean(value)["choices"]), 2)

    def test_a_video_needs_a_link_or_a_file(self):
        block = VideoBlock()
        value = block.to_python(
            {"embed": None, "file": None, "poster": None, "transcript": "Lời thoại"}
        )
        with self.assertRaises(StructBlockValidationError):
            block.clean(value)

    def test_a_low_resolution_video_goes_with_a_video_file(self):
        small = get_media_model().objects.create(
            title="Nhỏ",
            type="video",
            file=ContentFile(b"\x00" * 32, name="nho.mp4"),
            duration=60,
        )
        block = VideoBlock()
        value = block.to_python(
            {
                "embed": None,
                "file": None,
                "small_file": small.pk,
                "poster": None,
                "transcript": "Lời thoại",
            }
        )
        with self.assertRaises(StructBlockValidationError) as refused:
            block.clean(value)
        self.assertIn("small_file", refused.exception.block_errors)


class WorkflowTests(WagtailPageTestCase):
    """An editor submits, a reviewer rejects with a comment, then approves."""

    @classmethod
    def setUpTestData(cls):
        cls.pages = demo_pages_load(only=[VNEID_SLUG])
        cls.editor = _user("bientap", roles.EDITORS)
        cls.reviewer = _user("duyet", roles.REVIEWERS)
        cls.publisher = _user("xuatban", roles.PUBLISHERS)

    def _draft(self):
        course = CoursePage(
            title="Khóa học mới",
            slug="khoa-hoc-moi",
            summary="Bản nháp",
            owner=self.editor,
            live=False,
        )
        self.pages["catalog"].add_child(instance=course)
        course.save_revision(user=self.editor)
        return course

    def _act(self, user, course, action, comment=""):
        state = CoursePage.objects.get(pk=course.pk).current_workflow_task_state
        self.client.force_login(user)
        return self.client.post(
            f"/admin/pages/workflow/action/{course.pk}/{action}/{state.pk}/",
            {"comment": comment},
        )

    def test_submit_reject_resubmit_approve(self):
        course = self._draft()
        editor_can = course.permissions_for_user(self.editor)
        self.assertFalse(editor_can.can_publish())
        self.assertTrue(editor_can.can_submit_for_moderation())

        workflow = course.get_workflow()
        self.assertEqual(workflow.name, roles.WORKFLOW)
        workflow.start(course, self.editor)
        course.refresh_from_db()
        # The editor cannot approve their own course.
        self._act(self.editor, course, "approve")
        course.refresh_from_db()
        self.assertFalse(course.live)
        self.assertEqual(course.current_workflow_task_state.status, "in_progress")

        response = self._act(
            self.reviewer, course, "reject", comment="Sửa lại bước 2 cho đúng."
        )
        self.assertIn(response.status_code, (200, 302))
        course.refresh_from_db()
        self.assertFalse(course.live)
        state = WorkflowState.objects.get(object_id=str(course.pk))
        self.assertEqual(state.status, WorkflowState.STATUS_NEEDS_CHANGES)
        task_state = state.current_task_state
        self.assertEqual(task_state.status, "rejected")
        self.assertEqual(task_state.comment, "Sửa lại bước 2 cho đúng.")

        course.summary = "Đã sửa"
        course.save_revision(user=self.editor)
        state.resume(self.editor)
        course.refresh_from_db()
        self.assertFalse(course.live)

        self.assertFalse(course.permissions_for_user(self.reviewer).can_publish())
        self._act(self.reviewer, course, "approve", comment="Tốt.")
        course.refresh_from_db()
        self.assertTrue(course.live)
        self.assertEqual(course.summary, "Đã sửa")

    def test_scheduled_publishing_waits_for_its_time(self):
        course = self._draft()
        revision = course.save_revision(user=self.publisher)
        course.go_live_at = timezone.now() + timedelta(hours=1)
        revision = course.save_revision(user=self.publisher)
        revision.publish(user=self.publisher)
        course.refresh_from_db()
        self.assertFalse(course.live)

        call_command("publish_scheduled")
        course.refresh_from_db()
        self.assertFalse(course.live)

        # An hour passes: the scheduled time is now behind us.
        past = timezone.now() - timedelta(minutes=1)
        revision.approved_go_live_at = past
        revision.content["go_live_at"] = past.isoformat()
        revision.save(update_fields=["approved_go_live_at", "content"])
        call_command("publish_scheduled")
        course.refresh_from_db()
        self.assertTrue(course.live)

    def test_revisions_compare_preview_and_locking(self):
        course = self.pages["course"]
        first = course.latest_revision
        course.summary = "Tóm tắt mới"
        second = course.save_revision(user=self.publisher)
        self.client.force_login(self.publisher)

        compare = self.client.get(
            f"/admin/pages/{course.pk}/revisions/compare/{first.pk}...{second.pk}/"
        )
        self.assertEqual(compare.status_code, 200)
        self.assertContains(compare, "Tóm tắt mới")
        self.assertPageIsPreviewable(course, post_data=_course_form(course))
        lesson = course.lessons().first().specific
        self.assertPageIsPreviewable(
            lesson,
            post_data=nested_form_data(
                {
                    "title": lesson.title,
                    "slug": lesson.slug,
                    "summary": "Xem trước",
                    "body": streamfield([("tip", {"text": "Thử ngay"})]),
                }
            ),
        )

        self.client.force_login(self.publisher)
        self.assertEqual(
            self.client.post(f"/admin/pages/{course.pk}/lock/").status_code, 302
        )
        course.refresh_from_db()
        self.assertTrue(course.locked)
        self.assertTrue(course.permissions_for_user(self.editor).page_locked())
        self.client.force_login(self.editor)
        self.client.post(f"/admin/pages/{course.pk}/unlock/")
        course.refresh_from_db()
        self.assertTrue(course.locked)


class CatalogueTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pages = demo_pages_load()

    def _titles(self, params, language="vi"):
        self.client.cookies["django_language"] = language
        response = self.client.get(self.pages["catalog"].url, params)
        self.assertEqual(response.status_code, 200)
        return [course.title for course in response.context["courses"]]

    def test_search_ignores_diacritics(self):
        for query in ("dich vu cong", "Dịch vụ công", "DICH VU CONG", "dịch vu cong"):
            titles = self._titles({"q": query})
            self.assertTrue(titles, query)
            self.assertTrue(
                any("thủ tục" in title.lower() for title in titles), (query, titles)
            )
        scams = self._titles({"q": "lua dao"})
        self.assertTrue(any("lừa đảo" in title.lower() for title in scams), scams)
        self.assertEqual(self._titles({"q": "khong co khoa hoc nao nhu the"}), [])

    def test_english_search_finds_the_english_version(self):
        titles = self._titles({"q": "scams"}, language="en")

        self.assertTrue(titles)
        self.assertTrue(all(title.isascii() for title in titles), titles)

    def test_filters_by_competence_area_and_level(self):
        intermediate = self._titles({"level": "intermediate"})
        expected = [c.title for c in self.pages["courses"] if c.level == "intermediate"]
        self.assertEqual(sorted(intermediate), sorted(expected))

        safety = self._titles({"area": "4"})
        expected = [
            c.title
            for c in self.pages["courses"]
            if c.competences.filter(area__number=4).exists()
        ]
        self.assertEqual(sorted(safety), sorted(expected))
        self.assertLess(len(safety), len(self.pages["courses"]))
        self.assertEqual(self._titles({"area": "6"}), [])

    def test_bad_filters_get_a_400_with_a_message(self):
        for params in ({"area": "99"}, {"level": "expert"}, {"q": "x" * 101}):
            response = self.client.get(self.pages["catalog"].url, params)
            self.assertEqual(response.status_code, 400, params)
            self.assertContains(response, 'role="alert"', status_code=400)

    def test_catalogue_and_lesson_query_counts_do_not_grow_with_content(self):
        catalog, course = self.pages["catalog"], self.pages["course"]
        lesson_url = course.lessons().first().url
        self.client.get(catalog.url)  # renditions are made on the first view
        with CaptureQueriesContext(connection) as six:
            self.client.get(catalog.url)
        with CaptureQueriesContext(connection) as lesson_before:
            self.client.get(lesson_url)
        for n in range(3):
            extra = CoursePage(
                title=f"Khóa thêm {n}",
                slug=f"khoa-them-{n}",
                summary="…",
                cover_image=course.cover_image,
            )
            catalog.add_child(instance=extra)
            extra.save_revision().publish()
            page = LessonPage(title=f"Bài thêm {n}", slug=f"bai-them-{n}", body="[]")
            course.add_child(instance=page)
            page.save_revision().publish()
        self.client.get(catalog.url)
        with CaptureQueriesContext(connection) as nine:
            self.client.get(catalog.url)
        with CaptureQueriesContext(connection) as lesson_after:
            self.client.get(lesson_url)

        self.assertEqual(len(nine), len(six))
        self.assertLessEqual(len(six), 15)
        self.assertEqual(len(lesson_after), len(lesson_before))
        self.assertLessEqual(len(lesson_before), 20)


class TranslationTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pages = demo_pages_load(only=[VNEID_SLUG])
        cls.en = Locale.objects.get(language_code="en")

    def _get(self, url, language):
        self.client.cookies["django_language"] = language
        return self.client.get(url)

    def test_the_same_address_serves_each_language(self):
        course = self.pages["course"]
        english = course.get_translation(self.en)

        self.assertContains(self._get(course.url, "vi"), course.title)
        self.assertContains(self._get(course.url, "en"), english.title)

    def test_an_untranslated_course_falls_back_to_vietnamese(self):
        only_vi = CoursePage(
            title="Khóa học chưa dịch", slug="khoa-hoc-chua-dich", summary="Tóm tắt"
        )
        self.pages["catalog"].add_child(instance=only_vi)
        only_vi.save_revision().publish()
        lesson = LessonPage(title="Bài chưa dịch", slug="bai-chua-dich", body="[]")
        only_vi.add_child(instance=lesson)
        lesson.save_revision().publish()

        catalogue = self._get(self.pages["catalog"].url, "en")
        self.assertContains(catalogue, "Khóa học chưa dịch")
        self.assertContains(catalogue, "Not translated yet")
        self.assertContains(self._get(only_vi.url, "en"), "Khóa học chưa dịch")
        self.assertContains(self._get(lesson.url, "en"), "Bài chưa dịch")
        self.assertEqual(self._get("/khoa-hoc/khong-co/", "en").status_code, 404)

    def test_a_draft_translation_is_not_shown(self):
        course = self.pages["course"]
        english = course.get_translation(self.en)
        english.unpublish()

        response = self._get(course.url, "en")
        self.assertContains(response, course.title)
        self.assertNotContains(response, english.title)

    def test_competence_names_follow_the_language(self):
        competence = self.pages["course"].competences.first()
        with translation.override("en"):
            self.assertEqual(competence.label, competence.name_en)
        with translation.override("vi"):
            self.assertEqual(competence.label, competence.name)


class ApiTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pages = demo_pages_load(only=[VNEID_SLUG])

    def test_courses_are_listed_without_their_answers(self):
        response = self.client.get(
            "/api/v2/pages/",
            {"type": "courses.CoursePage", "fields": "*", "locale": "vi"},
        )
        self.assertEqual(response.status_code, 200)
        data = response.json()
        self.assertEqual(data["meta"]["total_count"], len(self.pages["courses"]))
        course = data["items"][0]
        for field in ("summary", "level", "outcomes", "competence_codes"):
            self.assertIn(field, course)
        self.assertTrue(course["quiz_public"])
        self.assertTrue(course["cover_image"]["url"].endswith(".webp"))
        text = json.dumps(data, ensure_ascii=False)
        self.assertNotIn('"correct"', text)
        self.assertNotIn('"is_true"', text)
        for question in self.pages["course"].quiz_questions():
            self.assertNotIn(question.explanation, text)

    def test_a_course_list_costs_the_same_queries_at_any_length(self):
        params = {"type": "courses.CoursePage", "fields": "*", "locale": "vi"}
        self.client.get("/api/v2/pages/", params)  # renditions are made once
        with CaptureQueriesContext(connection) as one:
            self.client.get("/api/v2/pages/", params)
        for n in range(3):
            extra = CoursePage(
                title=f"Khóa thêm {n}",
                slug=f"khoa-them-{n}",
                summary="…",
                cover_image=self.pages["course"].cover_image,
            )
            self.pages["catalog"].add_child(instance=extra)
            extra.save_revision().publish()
            extra.competences.set(self.pages["course"].competences.all())
        with CaptureQueriesContext(connection) as four:
            response = self.client.get("/api/v2/pages/", params)

        self.assertEqual(response.json()["meta"]["total_count"], 4)
        self.assertEqual(len(four), len(one))

    def test_lessons_of_a_course_with_their_body(self):
        course = self.pages["course"]
        response = self.client.get(
            "/api/v2/pages/",
            {"type": "courses.LessonPage", "child_of": course.pk, "fields": "*"},
        )
        data = response.json()
        self.assertEqual(data["meta"]["total_count"], course.lessons().count())
        lesson = self.client.get(f"/api/v2/pages/{data['items'][0]['id']}/").json()
        self.assertEqual(lesson["meta"]["parent"]["id"], course.pk)
        self.assertTrue(lesson["body"])
        self.assertEqual(lesson["meta"]["locale"], "vi")

    def test_english_courses_and_bad_requests(self):
        english = self.client.get(
            "/api/v2/pages/", {"type": "courses.CoursePage", "locale": "en"}
        ).json()
        self.assertEqual(english["meta"]["total_count"], len(self.pages["courses"]))
        bad = self.client.get("/api/v2/pages/", {"type": "courses.Nope"})
        self.assertEqual(bad.status_code, 400)
        self.assertEqual(self.client.get("/api/v2/pages/999999/").status_code, 404)


class TextSizeTests(WagtailPageTestCase):
    def test_larger_text_is_remembered_on_the_device(self):
        response = self.client.post("/learn/text-size/", {"size": "large", "next": "/"})
        self.assertEqual(response.status_code, 302)
        self.assertEqual(response.cookies["text_size"].value, "large")
        demo_pages_load(only=[])
        self.assertContains(self.client.get("/"), 'class="large-text"')

    def test_an_unknown_size_is_refused(self):
        response = self.client.post("/learn/text-size/", {"size": "huge"})
        self.assertEqual(response.status_code, 400)
        self.assertNotIn("text_size", response.cookies)

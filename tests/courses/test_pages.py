from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from courses.blocks import SingleChoiceQuestionBlock
from courses.demo import demo_pages_load
from courses.models import CatalogPage, CoursePage, HomePage, LessonPage
from learning.services import units_load


class PageTreeTests(WagtailPageTestCase):
    """home → catalogue → course → lessons, and nowhere else."""

    def test_parent_and_subpage_rules(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertAllowedSubpageTypes(HomePage, {CatalogPage})
        self.assertAllowedSubpageTypes(CatalogPage, {CoursePage})
        self.assertAllowedSubpageTypes(CoursePage, {LessonPage})
        self.assertAllowedSubpageTypes(LessonPage, set())
        self.assertCanNotCreateAt(HomePage, CoursePage)
        self.assertCanNotCreateAt(CatalogPage, LessonPage)


class DemoPagesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        units_load()
        cls.pages = demo_pages_load()

    def test_demo_pages_render(self):
        course = self.pages["course"]
        for page in [
            self.pages["home"],
            self.pages["catalog"],
            course,
            *course.lessons(),
        ]:
            self.assertPageIsRenderable(page)

    def test_demo_course_is_a_real_vneid_course(self):
        course = self.pages["course"]
        questions = course.quiz_questions()

        self.assertIn("VNeID", course.title)
        self.assertEqual(course.lessons().count(), 4)
        self.assertGreaterEqual(len(questions), 6)
        for question in questions:
            self.assertTrue(0 <= question.correct < len(question.choices))

    def test_loading_the_demo_again_duplicates_nothing(self):
        before = Page.objects.count()

        again = demo_pages_load()

        self.assertEqual(Page.objects.count(), before)
        self.assertEqual(again["course"].pk, self.pages["course"].pk)

    def test_home_is_the_site_root_and_lists_the_course(self):
        response = self.client.get("/")

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, self.pages["course"].title)
        self.assertContains(response, self.pages["course"].url)

    def test_lessons_lead_to_the_quiz(self):
        lessons = list(self.pages["course"].lessons())
        first = self.client.get(lessons[0].url)
        last = self.client.get(lessons[-1].url)

        self.assertContains(first, lessons[1].url)
        self.assertContains(last, f"/learn/courses/{self.pages['course'].pk}/quiz/")


class QuestionBlockTests(WagtailPageTestCase):
    def test_a_question_needs_exactly_one_correct_answer(self):
        block = SingleChoiceQuestionBlock()
        for flags in ([False, False], [True, True]):
            value = block.to_python(
                {
                    "question": "Ai được biết mã OTP?",
                    "choices": [
                        {"text": "Chỉ mình bạn", "correct": flags[0]},
                        {"text": "Người gọi điện", "correct": flags[1]},
                    ],
                    "explanation": "",
                }
            )
            with self.assertRaises(StructBlockValidationError):
                block.clean(value)


class AdminEditingTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        units_load()
        cls.pages = demo_pages_load()

    def test_editors_can_open_every_demo_page(self):
        self.login()
        course = self.pages["course"]
        for page in [
            self.pages["home"],
            self.pages["catalog"],
            course,
            *course.lessons(),
        ]:
            response = self.client.get(f"/admin/pages/{page.pk}/edit/")
            self.assertEqual(response.status_code, 200)

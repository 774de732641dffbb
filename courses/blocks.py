"""StreamField blocks for lessons and quizzes."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError


class StepBlock(blocks.StructBlock):
    """One numbered step of an instruction."""

    title = blocks.CharBlock(label=_("Step"), max_length=200)
    text = blocks.TextBlock(label=_("Details"), required=False)

    class Meta:
        icon = "list-ol"


class StepsBlock(blocks.StructBlock):
    """Numbered step-by-step instructions."""

    steps = blocks.ListBlock(StepBlock(), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Steps")
        template = "blocks/steps_block.html"
        preview_value = {
            "steps": [
                {"title": "Mở ứng dụng VNeID", "text": ""},
                {"title": "Chọn “Kích hoạt tài khoản”", "text": ""},
            ]
        }


class TipBlock(blocks.StructBlock):
    """A short "try it yourself" or "remember" callout."""

    text = blocks.TextBlock(label=_("Text"))

    class Meta:
        icon = "help"
        label = _("Try it yourself")
        template = "blocks/tip_block.html"
        preview_value = {"text": "Hãy mở ứng dụng và thử ngay."}


class LessonStreamBlock(blocks.StreamBlock):
    """What a lesson is made of."""

    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "ol", "ul", "link"],
        label=_("Paragraph"),
        template="blocks/paragraph_block.html",
    )
    steps = StepsBlock()
    tip = TipBlock()


class AnswerBlock(blocks.StructBlock):
    """One answer offered for a question."""

    text = blocks.CharBlock(label=_("Answer"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)


class SingleChoiceQuestionBlock(blocks.StructBlock):
    """A question with exactly one correct answer."""

    question = blocks.CharBlock(label=_("Question"), max_length=500)
    choices = blocks.ListBlock(AnswerBlock(), min_num=2, max_num=6)
    explanation = blocks.TextBlock(label=_("Explanation"), required=False)

    class Meta:
        icon = "radio-full"
        label = _("Single-choice question")
        preview_value = {
            "question": "Ai được biết mã OTP của bạn?",
            "choices": [
                {"text": "Chỉ mình bạn", "correct": True},
                {"text": "Cán bộ gọi điện", "correct": False},
            ],
            "explanation": "Không đưa mã OTP cho bất kỳ ai.",
        }

    def clean(self, value):
        value = super().clean(value)
        if sum(bool(choice["correct"]) for choice in value["choices"]) != 1:
            raise StructBlockValidationError(
                block_errors={
                    "choices": ValidationError(_("Mark exactly one answer as correct."))
                }
            )
        return value

"""StreamField blocks for lessons and quizzes."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtailmedia.blocks import AudioChooserBlock, VideoChooserBlock

RICH_TEXT_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class FigureBlock(blocks.StructBlock):
    """An image with its alt text and an optional caption."""

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), max_length=250, required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/figure_block.html"


class StepBlock(blocks.StructBlock):
    """One numbered step of an instruction, with a screenshot of the screen."""

    title = blocks.CharBlock(label=_("Step"), max_length=200)
    text = blocks.TextBlock(label=_("Details"), required=False)
    screenshot = ImageChooserBlock(label=_("Screenshot"), required=False)

    class Meta:
        icon = "list-ol"


class StepsBlock(blocks.StructBlock):
    """Numbered step-by-step instructions."""

    steps = blocks.ListBlock(StepBlock(), min_num=1, label=_("Steps"))

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


class VideoBlock(blocks.StructBlock):
    """A video from an embed link or an uploaded file, always with a transcript."""

    embed = EmbedBlock(
        label=_("Video link"),
        required=False,
        help_text=_("A YouTube or Vimeo address. Leave empty to upload a file."),
    )
    file = VideoChooserBlock(label=_("Video file"), required=False)
    small_file = VideoChooserBlock(
        label=_("Low-resolution video file"),
        required=False,
        help_text=_(
            "A small version of the file (360p or less) for weak signal: it plays "
            "first, with a link to the full one."
        ),
    )
    poster = ImageChooserBlock(label=_("Poster image"), required=False)
    transcript = blocks.TextBlock(label=_("Transcript"))

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video_block.html"

    def clean(self, value):
        value = super().clean(value)
        if value["small_file"] and not value["file"]:
            raise StructBlockValidationError(
                block_errors={
                    "small_file": ValidationError(
                        _("A low-resolution version goes with a video file.")
                    )
                }
            )
        if bool(value["embed"]) == bool(value["file"]):
            raise StructBlockValidationError(
                block_errors={
                    "file": ValidationError(
                        _("Give either a video link or a video file, not both.")
                    )
                }
            )
        return value


class AudioBlock(blocks.StructBlock):
    """Narration for residents who read with difficulty, with its transcript."""

    file = AudioChooserBlock(label=_("Audio file"))
    transcript = blocks.TextBlock(label=_("Transcript"))

    class Meta:
        icon = "media"
        label = _("Audio narration")
        template = "blocks/audio_block.html"


class TipBlock(blocks.StructBlock):
    """A short "try it yourself" or "remember" callout."""

    text = blocks.TextBlock(label=_("Text"))

    class Meta:
        icon = "help"
        label = _("Try it yourself")
        template = "blocks/tip_block.html"
        preview_value = {"text": "Hãy mở ứng dụng và thử ngay."}


class DocumentBlock(blocks.StructBlock):
    """A file to download, such as a printable checklist or form."""

    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.CharBlock(
        label=_("Description"), max_length=250, required=False
    )

    class Meta:
        icon = "doc-full"
        label = _("Document to download")
        template = "blocks/document_block.html"


class LessonStreamBlock(blocks.StreamBlock):
    """What a lesson is made of."""

    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Rich text"),
        template="blocks/paragraph_block.html",
    )
    image = FigureBlock()
    steps = StepsBlock()
    video = VideoBlock()
    audio = AudioBlock()
    tip = TipBlock()
    document = DocumentBlock()


class AnswerBlock(blocks.StructBlock):
    """One answer offered for a question."""

    text = blocks.CharBlock(label=_("Answer"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)


class PictureAnswerBlock(blocks.StructBlock):
    """One picture offered for a question; the label is read by screen readers."""

    image = ImageChooserBlock(label=_("Picture"))
    label = blocks.CharBlock(
        label=_("What the picture shows"),
        max_length=200,
        help_text=_("Read aloud by screen readers and shown under the picture."),
    )
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)


class QuestionBlock(blocks.StructBlock):
    """What every quiz question has: its text and the explanation shown after."""

    question = blocks.CharBlock(label=_("Question"), max_length=500)
    explanation = blocks.TextBlock(
        label=_("Explanation"), help_text=_("Shown after the learner answers.")
    )

    def _check_correct(self, value, *, exactly_one: bool):
        count = sum(bool(choice["correct"]) for choice in value["choices"])
        if exactly_one and count != 1:
            message = _("Mark exactly one answer as correct.")
        elif count == 0:
            message = _("Mark at least one answer as correct.")
        else:
            return value
        raise StructBlockValidationError(
            block_errors={"choices": ValidationError(message)}
        )


class SingleChoiceQuestionBlock(QuestionBlock):
    """A question with exactly one correct answer."""

    choices = blocks.ListBlock(AnswerBlock(), min_num=2, max_num=6, label=_("Answers"))

    class Meta:
        icon = "radio-full"
        label = _("Single choice")
        preview_value = {
            "question": "Ai được biết mã OTP của bạn?",
            "choices": [
                {"text": "Chỉ mình bạn", "correct": True},
                {"text": "Cán bộ gọi điện", "correct": False},
            ],
            "explanation": "Không đưa mã OTP cho bất kỳ ai.",
        }

    def clean(self, value):
        return self._check_correct(super().clean(value), exactly_one=True)


class MultipleChoiceQuestionBlock(QuestionBlock):
    """A question where the learner ticks every correct answer."""

    choices = blocks.ListBlock(AnswerBlock(), min_num=2, max_num=6, label=_("Answers"))

    class Meta:
        icon = "tasks"
        label = _("Multiple choice")

    def clean(self, value):
        return self._check_correct(super().clean(value), exactly_one=False)


class TrueFalseQuestionBlock(QuestionBlock):
    """A statement the learner marks as true or false."""

    is_true = blocks.BooleanBlock(label=_("The statement is true"), required=False)

    class Meta:
        icon = "tick"
        label = _("True or false")


class PictureQuestionBlock(QuestionBlock):
    """Choose the right picture."""

    choices = blocks.ListBlock(
        PictureAnswerBlock(), min_num=2, max_num=6, label=_("Pictures")
    )

    class Meta:
        icon = "image"
        label = _("Choose the right picture")

    def clean(self, value):
        return self._check_correct(super().clean(value), exactly_one=True)


class QuizStreamBlock(blocks.StreamBlock):
    """A course's question pool."""

    question = SingleChoiceQuestionBlock()
    multiple = MultipleChoiceQuestionBlock()
    true_false = TrueFalseQuestionBlock()
    picture = PictureQuestionBlock()

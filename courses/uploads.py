"""What editors may upload: each document, audio or video file must be what its name
says and no larger than its limit. Images are checked by Wagtail itself (their
format, size and pixels: WAGTAILIMAGES_* in the settings).

A renamed file (a script called "bai-hoc.pdf", a page called "video.mp4") is refused
before it is stored, so the site never serves it to residents under a trusted name.
"""

from __future__ import annotations

import zipfile

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image
from wagtail.documents.forms import BaseDocumentForm
from wagtailmedia.forms import BaseMediaForm

HEAD = 64  # bytes read to recognise a format


def _zip_holding(upload, name: str) -> bool:
    try:
        with zipfile.ZipFile(upload) as archive:
            return name in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def _text(upload) -> bool:
    data = upload.read(1_000_000)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return b"\x00" not in data


def _mp3(head: bytes) -> bool:
    return head.startswith(b"ID3") or (head[:1] == b"\xff" and head[1] & 0xE0 == 0xE0)


# For each extension: does the file's content match? `head` is its first bytes; the
# upload itself is there for formats told apart by what they contain.
SIGNATURES = {
    "pdf": lambda head, upload: head.startswith(b"%PDF-"),
    "docx": lambda head, upload: _zip_holding(upload, "word/document.xml"),
    "xlsx": lambda head, upload: _zip_holding(upload, "xl/workbook.xml"),
    "pptx": lambda head, upload: _zip_holding(upload, "ppt/presentation.xml"),
    "odt": lambda head, upload: _zip_holding(upload, "content.xml"),
    "txt": lambda head, upload: _text(upload),
    "mp3": lambda head, upload: _mp3(head),
    "aac": lambda head, upload: head[:1] == b"\xff" and head[1] & 0xF6 == 0xF0,
    "m4a": lambda head, upload: head[4:8] == b"ftyp",
    "mp4": lambda head, upload: head[4:8] == b"ftyp",
    "ogg": lambda head, upload: head.startswith(b"OggS"),
    "wav": lambda head, upload: head[:4] == b"RIFF" and head[8:12] == b"WAVE",
    "webm": lambda head, upload: head.startswith(b"\x1a\x45\xdf\xa3"),
}


def upload_check(upload, *, allowed: list[str], max_bytes: int) -> None:
    """Raise a ValidationError unless the upload is one of `allowed`, by its name
    and its content, and at most `max_bytes` long."""
    if upload.size > max_bytes:
        raise forms.ValidationError(
            _("This file is too large (%(size)s); the most is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(max_bytes)}
        )
    extension = upload.name.rpartition(".")[2].lower()
    if extension not in allowed:
        raise forms.ValidationError(
            _("Files of this kind cannot be uploaded here. Allowed: %(allowed)s.")
            % {"allowed": ", ".join(allowed)}
        )
    upload.seek(0)
    head = upload.read(HEAD)
    upload.seek(0)
    matches = SIGNATURES[extension](head, upload)
    upload.seek(0)
    if not matches:
        raise forms.ValidationError(
            _("This file is not a real .%(extension)s file.") % {"extension": extension}
        )


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form, with the content checked as well as the name."""

    def _post_clean(self):
        # A refused file is not kept, and Wagtail's model check would then add
        # "File extension “” is not allowed" under the real reason.
        if "file" not in self.errors:
            super()._post_clean()

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data:
            upload_check(
                upload,
                allowed=settings.WAGTAILDOCS_EXTENSIONS,
                max_bytes=settings.WAGTAILDOCS_MAX_UPLOAD_SIZE,
            )
        return upload


class MediaForm(BaseMediaForm):
    """wagtailmedia's form: audio and video of the kinds phones play, not too large."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data:
            media = settings.WAGTAILMEDIA
            allowed = {
                "audio": media["AUDIO_EXTENSIONS"],
                "video": media["VIDEO_EXTENSIONS"],
            }.get(
                self.instance.type,
                media["AUDIO_EXTENSIONS"] + media["VIDEO_EXTENSIONS"],
            )
            upload_check(
                upload, allowed=allowed, max_bytes=settings.MEDIA_MAX_UPLOAD_SIZE
            )
        return upload

    def clean_thumbnail(self):
        """wagtailmedia checks a thumbnail's name only: check it is an image."""
        upload = self.cleaned_data.get("thumbnail")
        if upload and "thumbnail" in self.changed_data:
            if upload.size > settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE:
                raise forms.ValidationError(_("This image is too large."))
            try:
                with Image.open(upload) as image:
                    image.verify()
            except (OSError, SyntaxError, Image.DecompressionBombError) as error:
                raise forms.ValidationError(_("This file is not an image.")) from error
            finally:
                upload.seek(0)
        return upload

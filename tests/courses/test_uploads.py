"""Uploads through the Wagtail admin: images, documents, audio and video are stored
only when their content is what their name says and they are within their limits.
(The population import and the credential check have tests of their own.)"""

from __future__ import annotations

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from reportlab.pdfgen import canvas
from wagtail.documents.models import Document
from wagtail.images.models import Image as WagtailImage
from wagtail.models import Collection
from wagtailmedia.models import Media

from learning.models import User


@pytest.fixture
def editor_client(client, db):
    client.force_login(User.objects.create_superuser(username="bien-tap", password="!"))
    return client


def pdf() -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Bai hoc")
    page.save()
    return out.getvalue()


def png(size=(20, 20)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, "#b3261e").save(out, "PNG")
    return out.getvalue()


def office(member: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(member, "<document/>")
    return out.getvalue()


MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 64
MP3 = b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x64" * 32
PAGE = b"<!DOCTYPE html><script>document.location='https://example.com'</script>"


def upload(client, url: str, name: str, content: bytes, **fields):
    return client.post(
        url,
        {
            "title": name,
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, content),
            **fields,
        },
    )


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("bai-hoc.pdf", pdf()),
        ("huong-dan.docx", office("word/document.xml")),
        ("danh-sach.xlsx", office("xl/workbook.xml")),
        ("ghi-chu.txt", "Chữ Việt có dấu".encode()),
    ],
)
def test_a_real_document_is_stored(editor_client, name, content):
    response = upload(editor_client, "/admin/documents/add/", name, content)

    assert response.status_code == 302, response.content.decode()[-2000:]
    assert Document.objects.get().file.read() == content


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bai-hoc.pdf", PAGE, "Tệp này không phải là tệp .pdf thật."),
        ("huong-dan.docx", office("xl/workbook.xml"), "không phải là tệp .docx thật"),
        ("huong-dan.docx", b"PK\x03\x04 broken", "không phải là tệp .docx thật"),
        ("ghi-chu.txt", b"MZ\x90\x00\x03\x00\x00\x00", "không phải là tệp .txt thật"),
        ("cai-dat.exe", b"MZ\x90\x00", "exe"),
        ("trang.html", PAGE, "html"),
    ],
)
def test_a_document_that_is_not_what_it_says_is_refused(
    editor_client, name, content, message
):
    response = upload(editor_client, "/admin/documents/add/", name, content)

    assert message in response.content.decode()
    assert "“”" not in response.content.decode()  # one reason, the right one
    assert not Document.objects.exists()


def test_a_document_over_the_limit_is_refused(editor_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1000
    response = upload(editor_client, "/admin/documents/add/", "bai-hoc.pdf", pdf())

    assert "Maximum filesize 1000" in response.content.decode()  # Wagtail's words
    assert not Document.objects.exists()


def test_a_real_image_is_stored(editor_client):
    response = upload(editor_client, "/admin/images/add/", "man-hinh.png", png())

    assert response.status_code == 302
    assert WagtailImage.objects.get().width == 20


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("man-hinh.png", PAGE),  # a page called an image
        ("hinh.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'),
    ],
)
def test_an_image_that_is_not_what_it_says_is_refused(editor_client, name, content):
    response = upload(editor_client, "/admin/images/add/", name, content)

    assert response.status_code == 200  # the form again, with its error
    assert 'class="error-message"' in response.content.decode()
    assert not WagtailImage.objects.exists()


def test_an_image_over_the_limits_is_refused(editor_client, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 100
    upload(editor_client, "/admin/images/add/", "lon.png", png((20, 20)))
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10
    upload(editor_client, "/admin/images/add/", "nang.png", png((20, 20)))

    assert not WagtailImage.objects.exists()


@pytest.mark.parametrize(
    ("kind", "name", "content"),
    [("video", "bai-1.mp4", MP4), ("audio", "doc.mp3", MP3)],
)
def test_real_audio_and_video_are_stored(editor_client, kind, name, content):
    response = upload(editor_client, f"/admin/media/{kind}/add/", name, content)

    assert response.status_code == 302, response.content.decode()[-2000:]
    assert Media.objects.get().type == kind


@pytest.mark.parametrize(
    ("kind", "name", "content", "message"),
    [
        ("video", "bai-1.mp4", PAGE, "không phải là tệp .mp4 thật"),
        ("video", "bai-1.avi", MP4, "avi"),
        ("audio", "doc.mp3", PAGE, "không phải là tệp .mp3 thật"),
        ("media", "bai-1.webm", MP4, "không phải là tệp .webm thật"),
    ],
)
def test_media_that_is_not_what_it_says_is_refused(
    editor_client, kind, name, content, message
):
    response = upload(editor_client, f"/admin/media/{kind}/add/", name, content)

    assert message in response.content.decode()
    assert not Media.objects.exists()


def test_media_over_the_limit_or_with_a_false_thumbnail_is_refused(
    editor_client, settings
):
    fake = SimpleUploadedFile("anh.jpg", PAGE)
    with_thumbnail = upload(
        editor_client, "/admin/media/video/add/", "bai-1.mp4", MP4, thumbnail=fake
    )
    settings.MEDIA_MAX_UPLOAD_SIZE = 10
    too_large = upload(editor_client, "/admin/media/video/add/", "bai-1.mp4", MP4)

    assert "Tệp này không phải là ảnh." in with_thumbnail.content.decode()
    assert "quá lớn" in too_large.content.decode()
    assert not Media.objects.exists()

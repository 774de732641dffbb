"""The SMS gateways: the console one tests read, and the HTTP one production uses."""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.urls import reverse

from learning import sms
from learning.models import User


class Operator(BaseHTTPRequestHandler):
    """A stand-in for an operator's SMS endpoint: a real HTTP server on loopback."""

    received: list = []
    status = 202

    def do_POST(self):  # noqa: N802 - http.server's naming
        length = int(self.headers["Content-Length"])
        Operator.received.append(
            {
                "body": json.loads(self.rfile.read(length).decode("utf-8")),
                "authorization": self.headers.get("Authorization"),
            }
        )
        self.send_response(Operator.status)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def operator(settings):
    Operator.received = []
    Operator.status = 202
    server = HTTPServer(("127.0.0.1", 0), Operator)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.SMS_GATEWAY = "learning.sms.HttpGateway"
    settings.SMS_HTTP_URL = f"http://127.0.0.1:{server.server_port}/send"
    settings.SMS_HTTP_TOKEN = "bi-mat"
    yield Operator
    server.shutdown()
    server.server_close()


def test_the_http_gateway_posts_the_message_as_json(operator):
    sms.sms_send(phone="+84912345678", text="Mã của bạn là 123456")

    assert operator.received == [
        {
            "body": {"to": "+84912345678", "text": "Mã của bạn là 123456"},
            "authorization": "Bearer bi-mat",
        }
    ]


def test_the_http_gateway_raises_when_the_operator_refuses(operator):
    operator.status = 500

    with pytest.raises(sms.SmsNotSent):
        sms.sms_send(phone="+84912345678", text="x")


def test_the_http_gateway_raises_when_nobody_answers(settings):
    settings.SMS_GATEWAY = "learning.sms.HttpGateway"
    settings.SMS_HTTP_URL = "http://127.0.0.1:1/send"  # nothing listens on port 1

    with pytest.raises(sms.SmsNotSent):
        sms.sms_send(phone="+84912345678", text="x")


def test_the_console_gateway_keeps_an_outbox_and_a_file(settings, tmp_path, capsys):
    sms.outbox.clear()
    settings.SMS_OUTBOX_FILE = str(tmp_path / "outbox.jsonl")

    sms.sms_send(phone="+84912345678", text="Mã: 654321")

    assert sms.outbox == [sms.Sms(phone="+84912345678", text="Mã: 654321")]
    line = json.loads((tmp_path / "outbox.jsonl").read_text("utf-8"))
    assert line == {"phone": "+84912345678", "text": "Mã: 654321"}
    assert "654321" in capsys.readouterr().out


def test_sign_up_goes_on_when_the_operator_is_down(client, units, settings):
    settings.SMS_GATEWAY = "learning.sms.HttpGateway"
    settings.SMS_HTTP_URL = "http://127.0.0.1:1/send"

    response = client.post(
        reverse("account_signup"),
        {
            "full_name": "Lò Văn Páo",
            "phone": "0912 345 678",
            "password1": "Hoc-vu-so-2025!",
            "password2": "Hoc-vu-so-2025!",
        },
        follow=True,
    )

    assert response.status_code == 200
    assert "Chưa gửi được tin nhắn SMS" in response.content.decode()
    assert User.objects.get(phone="+84912345678").phone_verified is False

"""A tiny Learning Record Store on 127.0.0.1 that records what it is sent."""

import json
import threading
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Received:
    path: str
    headers: Message  # names in any case, as in HTTP
    statements: list[dict]
    status: int


@dataclass
class Lrs:
    """`answers` are the statuses of the next requests; after them, 200."""

    url: str = ""
    answers: list[int] = field(default_factory=list)
    received: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def lrs_serve() -> tuple[Lrs, ThreadingHTTPServer]:
    lrs = Lrs()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            with lrs.lock:
                status = lrs.answers.pop(0) if lrs.answers else 200
                statements = json.loads(body)
                lrs.received.append(
                    Received(self.path, self.headers, statements, status)
                )
            reply = json.dumps(
                [s["id"] for s in statements] if status == 200 else {"error": status}
            ).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, format, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    lrs.url = f"http://127.0.0.1:{server.server_port}/xapi"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return lrs, server

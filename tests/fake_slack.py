"""A local stand-in for Slack's Web API on 127.0.0.1 that records every call, and a
client that sends requests signed the way Slack signs them."""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from slack_sdk.signature import SignatureVerifier

REPLIES = {
    "auth.test": {"user_id": "UBOT", "bot_id": "BBOT", "team_id": "T1", "user": "clerk", "url": "https://x/"},
    "chat.postMessage": {"ts": "1700000000.000200", "channel": "C1"},
    "chat.postEphemeral": {"message_ts": "1700000000.000300"},
    "files.completeUploadExternal": {"files": [{"id": "F0CHART", "title": "Board summary"}]},
    "files.info": {"file": {"id": "F0CHART"}},
}


class FakeSlack:
    """Records (method, payload) for every Web API call and response_url post."""

    def __init__(self):
        self.calls: list[tuple[str, dict]] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's name
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if self.path.startswith("/upload/"):  # the file bytes of files.getUploadURLExternal's URL
                    fake.calls.append(("upload", {"path": self.path, "bytes": raw}))
                    self.send_response(200)
                    self.send_header("Content-Length", "2")
                    self.end_headers()
                    self.wfile.write(b"OK")
                    return
                body = raw.decode()
                if "json" in (self.headers.get("Content-Type") or ""):
                    payload = json.loads(body or "{}")
                else:
                    payload = {k: v[0] for k, v in urllib.parse.parse_qs(body).items()}
                name = self.path.rsplit("/", 1)[-1] if self.path.startswith("/api/") else self.path
                fake.calls.append((name, payload))
                extra = {"upload_url": f"{fake.url}/upload/F0CHART", "file_id": "F0CHART"} \
                    if name == "files.getUploadURLExternal" else REPLIES.get(name, {})
                reply = json.dumps({"ok": True, **extra}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    def wait_for(self, name: str, count: int = 1, timeout: float = 10.0) -> list[dict]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [p for n, p in self.calls if n == name]
            if len(found) >= count:
                return found
            time.sleep(0.02)
        raise AssertionError(f"expected {count} call(s) to {name}; got {[n for n, _ in self.calls]}")

    def wait_for_text(self, name: str, text: str, timeout: float = 20.0) -> dict:
        """The first call to `name` whose text holds `text`: a slow answer to an earlier test is never mistaken
        for this one's."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [p for n, p in self.calls if n == name and text in p.get("text", "")]
            if found:
                return found[0]
            time.sleep(0.02)
        raise AssertionError(f"no call to {name} holding {text!r}; got {[n for n, _ in self.calls]}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise AssertionError(f"nothing listening on {port}")


class SignedClient:
    """Posts to the app the way Slack does: signed body, timestamp header, optional retry."""

    def __init__(self, url: str, secret: str):
        self.url, self.verifier = url, SignatureVerifier(secret)

    def post(self, body: str, content_type: str, timestamp: int | None = None, signature: str | None = None,
             headers: dict | None = None) -> tuple[int, str]:
        ts = str(timestamp if timestamp is not None else int(time.time()))
        sig = signature or self.verifier.generate_signature(timestamp=ts, body=body)
        request = urllib.request.Request(self.url, data=body.encode(), method="POST", headers={
            "Content-Type": content_type, "X-Slack-Request-Timestamp": ts, "X-Slack-Signature": sig,
            **(headers or {})})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode()

    def command(self, text: str, user: str = "U_STAFF", response_url: str = "", **kw) -> tuple[int, str]:
        form = {"command": "/clerk", "text": text, "user_id": user, "channel_id": "C1", "team_id": "T1",
                "trigger_id": f"trig-{time.monotonic_ns()}", "response_url": response_url}
        return self.post(urllib.parse.urlencode(form), "application/x-www-form-urlencoded", **kw)

    def event(self, event: dict, event_id: str, **kw) -> tuple[int, str]:
        body = json.dumps({"type": "event_callback", "team_id": "T1", "api_app_id": "A1", "event": event,
                           "event_id": event_id, "event_time": int(time.time())})
        return self.post(body, "application/json", **kw)

    def interaction(self, payload: dict) -> tuple[int, str]:
        body = urllib.parse.urlencode({"payload": json.dumps(payload)})
        return self.post(body, "application/x-www-form-urlencoded")

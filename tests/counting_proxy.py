"""A tiny threaded HTTP proxy that counts what a run sends to a calendar server (and can fail it).

Point a client at `proxy.url` instead of the server's URL: every request is forwarded to the
server unchanged (same path, headers and body) and recorded as a `Request`. `fault` is a hook for
fault injection: called with each request before it is forwarded, it may return a status code to
answer instead (e.g. 503, or 412 for a PUT), and the request is then not forwarded at all.

Absolute URLs in the server's bodies and Location headers are rewritten to the proxy's address,
so a client that follows hrefs keeps talking through the proxy.
"""

from __future__ import annotations

import http.client
import threading
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

#: Headers that belong to one connection, not to the request (RFC 9110 7.6.1).
_HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
}


@dataclass(frozen=True)
class Request:
    """One request as the proxy saw it: the status is what the client got back."""

    method: str
    path: str
    status: int
    bytes_in: int
    bytes_out: int
    headers: tuple[tuple[str, str], ...] = ()

    def header(self, name: str) -> str | None:
        """The value of a request header (case-insensitive), or None."""
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None


#: A fault hook: (method, path, request headers) -> a status to send instead, or None to forward.
FaultHook = Callable[[str, str, dict[str, str]], int | None]


class CountingProxy:
    """Forwards to `target` (a base URL such as "http://127.0.0.1:5232") and records each request."""

    def __init__(self, target: str, fault: FaultHook | None = None) -> None:
        parts = urllib.parse.urlsplit(target)
        self.target_host = parts.hostname or "127.0.0.1"
        self.target_port = parts.port or 80
        self.target_origin = f"{parts.scheme}://{parts.netloc}"
        self.fault = fault
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self.origin = f"http://127.0.0.1:{self.port}"
        self.url = self.origin + parts.path
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )

    def start(self) -> CountingProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def reset(self) -> None:
        """Forget the requests recorded so far."""
        with self._lock:
            self.requests.clear()

    def count(self, method: str | None = None) -> int:
        """How many requests were recorded (of one method, when given)."""
        with self._lock:
            return sum(1 for r in self.requests if method is None or r.method == method)

    def methods(self) -> list[str]:
        """The methods of the recorded requests, in order."""
        with self._lock:
            return [r.method for r in self.requests]

    def bytes_out(self) -> int:
        """The response bytes sent back to the client in total."""
        with self._lock:
            return sum(r.bytes_out for r in self.requests)

    def _record(self, request: Request) -> None:
        with self._lock:
            self.requests.append(request)

    def _rewrite(self, data: bytes) -> bytes:
        return data.replace(self.target_origin.encode(), self.origin.encode())

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                """Quiet: the recorded requests are the log."""

            def _forward(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
                recorded = tuple(headers.items())
                status = proxy.fault(self.command, self.path, headers) if proxy.fault else None
                reply: list[tuple[str, str]] = []
                data = b""
                if status is None:
                    status, reply, data = self._upstream(body, headers)
                # Recorded before the answer goes out: a client never sees an unrecorded reply.
                proxy._record(
                    Request(self.command, self.path, status, len(body), len(data), recorded)
                )
                self.send_response(status)
                for key, value in reply:
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(data)

            def _upstream(
                self, body: bytes, headers: dict[str, str]
            ) -> tuple[int, list[tuple[str, str]], bytes]:
                headers["Host"] = f"{proxy.target_host}:{proxy.target_port}"
                conn = http.client.HTTPConnection(proxy.target_host, proxy.target_port, timeout=30)
                try:
                    conn.request(self.command, self.path, body=body, headers=headers)
                    response = conn.getresponse()
                    data = proxy._rewrite(response.read())
                    reply = []
                    for key, value in response.getheaders():
                        if key.lower() in _HOP_BY_HOP or key.lower() == "content-length":
                            continue
                        if key.lower() == "location":
                            value = value.replace(proxy.target_origin, proxy.origin)
                        reply.append((key, value))
                    return response.status, reply, data
                finally:
                    conn.close()

            do_GET = do_PUT = do_DELETE = do_HEAD = do_POST = do_OPTIONS = _forward
            do_PROPFIND = do_PROPPATCH = do_REPORT = do_MKCALENDAR = do_MKCOL = _forward
            do_MOVE = do_COPY = _forward

        return Handler


@contextmanager
def counting_proxy(target: str, fault: FaultHook | None = None) -> Iterator[CountingProxy]:
    """A started CountingProxy in front of `target`, stopped on exit."""
    proxy = CountingProxy(target, fault).start()
    try:
        yield proxy
    finally:
        proxy.stop()

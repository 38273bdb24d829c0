"""The CalDAV HTTP client with retries: repeat what is safe to repeat, after a growing pause.

A request is repeated only when sending it twice cannot do more than sending it once (RFC 9110
9.2.2 idempotent methods): GET, HEAD, OPTIONS, PROPFIND and REPORT, and a PUT or DELETE that
carries If-Match or If-None-Match (RFC 9110 13.1: a repeat of a conditional write that already
succeeded fails its precondition, 412, instead of writing again). It is repeated after a lost
connection, a timeout, or a 429 / 5xx answer (RFC 9110 15.6.4: 503 is temporary), waiting
`backoff * 2**n` seconds, or the server's Retry-After (RFC 9110 10.2.3) up to `max_wait`.
A 412 is a conflict and never repeated; other 4xx answers are final too.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from caldav.davclient import DAVClient
from caldav.lib import error as dav_error
from caldav.lib.http_sync import requests

#: RFC 9110 9.2.2: methods whose repetition has the same effect as one request.
IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PROPFIND", "REPORT"})
#: Writes that are safe to repeat when conditional (RFC 9110 13.1.1 / 13.1.2).
CONDITIONAL_WRITES = frozenset({"PUT", "DELETE"})
#: Answers worth another try: rate limited, or a temporary server failure (RFC 9110 15.6).
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


def is_repeatable(method: str, headers: Mapping[str, str] | None) -> bool:
    """RFC 9110 9.2.2 / 13.1: idempotent, or a PUT/DELETE with If-Match or If-None-Match."""
    method = method.upper()
    if method in IDEMPOTENT:
        return True
    names = {name.lower() for name in headers or {}}
    return method in CONDITIONAL_WRITES and bool(names & {"if-match", "if-none-match"})


class RetryingClient(DAVClient):
    """DAVClient whose every request (the library's discovery and ours) goes through `request`.

    `attempts` is how many times the last request was sent: a caller that gets a 404 or 412 on
    a repeat knows the first try may have done the work before its answer was lost.
    """

    def __init__(
        self, *args: Any, retries: int = 3, backoff: float = 0.5, max_wait: float = 30, **kw: Any
    ) -> None:
        super().__init__(*args, **kw)
        self.retries = max(0, retries)
        self.backoff = max(0.0, backoff)
        self.max_wait = max_wait
        self.attempts = 0
        self.retried = 0  # repeats in total, for tests and `-v`

    def request(  # type: ignore[override]
        self,
        url: str,
        method: str = "GET",
        body: Any = "",
        headers: Mapping[str, str] | None = None,
        rate_limit_time_slept: float = 0,
    ) -> Any:
        repeatable = is_repeatable(method, headers)
        self.attempts = 0
        while True:
            self.attempts += 1
            last = not repeatable or self.attempts > self.retries
            pause = self.backoff * 2 ** (self.attempts - 1)
            try:
                response = self._sync_request(url, method, body, headers)  # type: ignore[arg-type]
            except dav_error.RateLimitError as exc:  # 429, or 503 with Retry-After
                if last:
                    raise
                pause = max(pause, min(exc.retry_after_seconds or 0.0, self.max_wait))
            except requests.exceptions.SSLError:  # a certificate problem does not go away
                raise
            except OSError:  # refused, reset, timed out (niquests' errors are OSErrors)
                if last:
                    raise
            else:
                if last or response.status not in RETRY_STATUSES:
                    return response
            self.retried += 1
            time.sleep(pause)

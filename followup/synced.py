"""A target whose listing is kept in the state file and refreshed with sync tokens (RFC 6578).

A nightly rerun then asks the server only "what changed since last time?" (one sync-collection
REPORT, plus a multiget when something did) instead of downloading the whole calendar. Servers
without sync tokens, or that reject an old one, get a full read (the clean fallback). A stale cache
can never cause harm: every write is conditional on the ETag, so a change it missed is a conflict
that is reported, not overwritten.
"""

from __future__ import annotations

import contextlib

from followup.connectors.base import ConnectorError, SourceItem, Target
from followup.state import State


class SyncedTarget:
    """Wraps a target that has `changes_since(token)` and `current_token()` (CalDAV)."""

    def __init__(self, inner: Target, state: State, key: str) -> None:
        self.inner = inner
        self.state = state
        self.key = key
        self.wrote = False

    def read_items(self) -> list[SourceItem]:
        from followup.connectors.caldav import SyncTokenInvalid

        token, _ = self.state.cached_items(self.key)
        if token is not None:
            try:
                new_token, changed, deleted = self.inner.changes_since(token)  # type: ignore[attr-defined]
            except SyncTokenInvalid:
                pass
            else:
                rows = [(i.name, i.etag, i.data) for i in changed]
                self.state.cache_items(self.key, new_token, rows, deleted)
                _, cached = self.state.cached_items(self.key)
                return [SourceItem(n, d, e) for n, e, d in cached]
        try:
            token = self.inner.current_token()  # type: ignore[attr-defined]
        except ConnectorError:  # no sync support, or no calendar yet: a plain read says which
            return self.inner.read_items()
        items = self.inner.read_items()
        rows = [(i.name, i.etag, i.data) for i in items]
        self.state.cache_items(self.key, token, rows, [], replace=True)
        return items

    def put(self, name: str, data: bytes, etag: str | None = None) -> str:
        self.wrote = True
        return self.inner.put(name, data, etag)

    def delete(self, name: str, etag: str) -> None:
        self.wrote = True
        self.inner.delete(name, etag)

    def name_for(self, uid: str) -> str:
        return self.inner.name_for(uid)

    def flush(self) -> None:
        """After writing, take in our own changes now, so that tomorrow's run finds none."""
        self.inner.flush()
        if self.wrote:
            self.wrote = False
            with contextlib.suppress(ConnectorError):  # the next run catches up instead
                self.read_items()

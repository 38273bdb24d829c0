"""An in-memory item store: the test double that implements both Source and Target (vdirsyncer)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from .base import ConflictError, ConnectorError, SourceItem, item_name


class MemoryStore:
    """Named items with server-style ETags ('"1"', '"2"', ...) kept in a dict.

    Test hooks: `writes` counts the puts and deletes that changed something; a name in `fail_on`
    makes its put/delete raise ConnectorError; `unreachable = True` makes every call raise, like a
    server that is down.
    """

    def __init__(self, items: Mapping[str, bytes] | None = None, *, where: str = "memory") -> None:
        self.where = where
        self._items: dict[str, tuple[bytes, str]] = {}
        self._counter = 0
        self.writes = 0
        self.fail_on: set[str] = set()
        self.unreachable = False
        for name, data in (items or {}).items():
            self._items[name] = (data, self._next_etag())

    def __repr__(self) -> str:
        return f"MemoryStore({sorted(self._items)!r})"

    def _next_etag(self) -> str:
        self._counter += 1
        return f'"{self._counter}"'

    def _check_reachable(self) -> None:
        if self.unreachable:
            raise ConnectorError("connection refused (test store marked unreachable)", self.where)

    def _check_writable(self, name: str) -> None:
        self._check_reachable()
        if name in self.fail_on:
            raise ConnectorError(f"cannot write {name!r} (test failure)", self.where)

    def read(self, start: datetime | None = None, end: datetime | None = None) -> list[SourceItem]:
        """Source protocol: every item, sorted by name."""
        return self.read_items()

    def read_items(self) -> list[SourceItem]:
        self._check_reachable()
        return [SourceItem(name, data, etag) for name, (data, etag) in sorted(self._items.items())]

    def put(self, name: str, data: bytes, etag: str | None = None) -> str:
        self._check_writable(name)
        stored = self._items.get(name)
        if stored is not None and stored[0] == data:
            return stored[1]
        if etag is None and stored is not None:
            raise ConflictError(f"{name!r} already exists", self.where)
        if etag is not None and (stored is None or stored[1] != etag):
            raise ConflictError(f"{name!r} changed or vanished since it was read", self.where)
        new_etag = self._next_etag()
        self._items[name] = (data, new_etag)
        self.writes += 1
        return new_etag

    def delete(self, name: str, etag: str) -> None:
        self._check_writable(name)
        stored = self._items.get(name)
        if stored is None or stored[1] != etag:
            raise ConflictError(f"{name!r} changed or vanished since it was read", self.where)
        del self._items[name]
        self.writes += 1

    def name_for(self, uid: str) -> str:
        return item_name(uid)

    def flush(self) -> None:
        self._check_reachable()

    def names(self) -> Iterable[str]:
        """The stored names, sorted (a test convenience)."""
        return sorted(self._items)

    def get(self, name: str) -> bytes | None:
        """The stored bytes of one item, or None (a test convenience)."""
        stored = self._items.get(name)
        return None if stored is None else stored[0]

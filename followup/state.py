"""What followup remembers between runs (SQLite, stdlib): where each reminder was written, and runs.

The calendar stays the source of truth: losing this file loses no reminder and creates no duplicate
(UIDs are deterministic and existing reminders are found in the target). What it adds is memory of
the user's own actions: a reminder that was written and has since vanished from the target was
deleted by the user, and is not recreated.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from followup.errors import FollowupError

SCHEMA_VERSION = 1
#: Runs kept in the history (`followup status` shows the last one).
KEEP_RUNS = 100

SCHEMA = """
CREATE TABLE IF NOT EXISTS reminders (
    target TEXT NOT NULL,          -- which target (kind and location, no secrets)
    uid TEXT NOT NULL,             -- the reminder's UID
    name TEXT NOT NULL,            -- item name or href in the target
    hash TEXT NOT NULL,            -- X-FOLLOWUP-HASH last written
    status TEXT NOT NULL,          -- 'written', 'user-edited' or 'user-deleted'
    source_uid TEXT NOT NULL,      -- the interview's UID
    stage TEXT NOT NULL,
    at TEXT NOT NULL,              -- the reminder time, ISO 8601
    updated TEXT NOT NULL,         -- when this row last changed (the run's now)
    PRIMARY KEY (target, uid)
);
CREATE TABLE IF NOT EXISTS sync_tokens (
    collection TEXT PRIMARY KEY,   -- a target, as in reminders.target
    token TEXT NOT NULL            -- RFC 6578 sync token of the items cached below
);
CREATE TABLE IF NOT EXISTS items (
    collection TEXT NOT NULL,
    name TEXT NOT NULL,
    etag TEXT,
    data BLOB NOT NULL,
    PRIMARY KEY (collection, name)
);
CREATE TABLE IF NOT EXISTS replies (  -- `followup replied`: the employer answered this interview
    uid TEXT NOT NULL,
    recurrence_id TEXT NOT NULL,   -- '' for a single event
    recorded TEXT NOT NULL,
    PRIMARY KEY (uid, recurrence_id)
);
CREATE TABLE IF NOT EXISTS edits (  -- reminders kept as the user edited them: how they differ
    target TEXT NOT NULL,
    uid TEXT NOT NULL,
    differs TEXT NOT NULL,         -- from what followup would write now: "time", "text", ...
    PRIMARY KEY (target, uid)
);
CREATE TABLE IF NOT EXISTS superseded (  -- interviews a later one with the company ended
    uid TEXT NOT NULL,
    recurrence_id TEXT NOT NULL,   -- '' for a single event
    recorded TEXT NOT NULL,
    PRIMARY KEY (uid, recurrence_id)
);
CREATE TABLE IF NOT EXISTS dismissed (  -- `followup dismiss`: this reminder is not wanted, ever
    uid TEXT PRIMARY KEY,
    recorded TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS calendar_urls (  -- a CalDAV calendar named by display name: its URL
    key TEXT PRIMARY KEY,          -- server, user and calendar name
    url TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS source_events (  -- what the last run into each target read
    target TEXT PRIMARY KEY,       -- as in reminders.target
    events INTEGER NOT NULL        -- the source's events (followup's own reminders aside)
);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    now TEXT NOT NULL,
    outcome TEXT NOT NULL,         -- 'ok', 'partial' or 'failed'
    created INTEGER NOT NULL,
    updated INTEGER NOT NULL,
    removed INTEGER NOT NULL,
    problems INTEGER NOT NULL
);
"""


@dataclass(frozen=True)
class Record:
    uid: str
    name: str
    hash: str
    status: str
    source_uid: str
    stage: str
    at: str


@dataclass(frozen=True)
class RunRecord:
    now: str
    outcome: str
    created: int
    updated: int
    removed: int
    problems: int


class State:
    """The state file. Open it with `State.open(path)`; every method is one transaction."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None) -> None:
        self._db = connection
        self.path = path

    @classmethod
    def open(cls, path: Path | None, *, read_only: bool = False) -> State:
        """Open (creating) the state file; None keeps the state in memory only (the demo).

        `read_only` (dry runs) reads an existing file without changing it, or starts empty.
        """
        if path is not None and read_only and path.exists():
            # A copy in memory: the file is never changed, and an older schema gets the new tables.
            source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            connection = sqlite3.connect(":memory:")
            source.backup(connection)
            source.close()
            return cls._checked(connection, path, create=True)
        if path is None or read_only:
            return cls._checked(sqlite3.connect(":memory:"), None, create=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        # It holds interviews and addresses: readable by the user only. SQLite gives its -wal and
        # -shm files the database file's mode, so creating it 0600 first covers those too.
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
        connection = sqlite3.connect(path, timeout=10)
        connection.execute("PRAGMA journal_mode=WAL")  # a crash never leaves it half-written
        return cls._checked(connection, path, create=True)

    @classmethod
    def _checked(cls, connection: sqlite3.Connection, path: Path | None, *, create: bool) -> State:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            connection.close()
            raise FollowupError(
                f"the state file {path} was written by a newer followup (schema {version}); "
                "upgrade followup, or move the file away to start afresh"
            )
        state = cls(connection, path)
        if create:
            with state._transaction():
                connection.executescript(SCHEMA)
                connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        return state

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._db:
            yield self._db

    def records(self, target: str) -> dict[str, Record]:
        rows = self._db.execute(
            "SELECT uid, name, hash, status, source_uid, stage, at FROM reminders WHERE target = ?",
            (target,),
        )
        return {row[0]: Record(*row) for row in rows}

    def written(
        self,
        target: str,
        *,
        uid: str,
        name: str,
        hash: str,
        source_uid: str,
        stage: str,
        at: datetime,
        now: datetime,
    ) -> None:
        with self._transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO reminders VALUES (?, ?, ?, ?, 'written', ?, ?, ?, ?)",
                (target, uid, name, hash, source_uid, stage, at.isoformat(), now.isoformat()),
            )

    def user_deleted(self, target: str, uid: str, now: datetime) -> None:
        with self._transaction() as db:
            db.execute(
                "UPDATE reminders SET status = 'user-deleted', updated = ? "
                "WHERE target = ? AND uid = ?",
                (now.isoformat(), target, uid),
            )

    def user_edited(self, target: str, uid: str, differs: str, now: datetime) -> bool:
        """Mark a reminder the target holds edited by the user, with how it differs from what
        followup would write now; True when it was not marked before."""
        with self._transaction() as db:
            changed = db.execute(
                "UPDATE reminders SET status = 'user-edited', updated = ? "
                "WHERE target = ? AND uid = ? AND status = 'written'",
                (now.isoformat(), target, uid),
            ).rowcount
            db.execute("INSERT OR REPLACE INTO edits VALUES (?, ?, ?)", (target, uid, differs))
        return bool(changed)

    def edits(self, target: str) -> dict[str, str]:
        """UID -> how the user's kept version differs from followup's ("" when it does not)."""
        rows = self._db.execute(
            "SELECT e.uid, e.differs FROM edits e JOIN reminders r ON r.target = e.target "
            "AND r.uid = e.uid AND r.status = 'user-edited' WHERE e.target = ?",
            (target,),
        )
        return dict(rows.fetchall())

    def forget(self, target: str, uid: str) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM reminders WHERE target = ? AND uid = ?", (target, uid))

    def cached_items(
        self, collection: str
    ) -> tuple[str | None, list[tuple[str, str | None, bytes]]]:
        """The sync token and the (name, etag, data) items cached for a collection."""
        row = self._db.execute(
            "SELECT token FROM sync_tokens WHERE collection = ?", (collection,)
        ).fetchone()
        items = self._db.execute(
            "SELECT name, etag, data FROM items WHERE collection = ? ORDER BY name", (collection,)
        ).fetchall()
        return (row[0] if row else None), [(n, e, bytes(d)) for n, e, d in items]

    def cache_items(
        self,
        collection: str,
        token: str,
        changed: list[tuple[str, str | None, bytes]],
        deleted: list[str],
        *,
        replace: bool = False,
    ) -> None:
        """Store a new sync token with the items it covers (all of them when `replace`)."""
        with self._transaction() as db:
            if replace:
                db.execute("DELETE FROM items WHERE collection = ?", (collection,))
            db.executemany(
                "DELETE FROM items WHERE collection = ? AND name = ?",
                [(collection, name) for name in deleted],
            )
            db.executemany(
                "INSERT OR REPLACE INTO items VALUES (?, ?, ?, ?)",
                [(collection, n, e, d) for n, e, d in changed],
            )
            db.execute("INSERT OR REPLACE INTO sync_tokens VALUES (?, ?)", (collection, token))

    def record_reply(self, uid: str, recurrence_id: str | None, now: datetime) -> None:
        with self._transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO replies VALUES (?, ?, ?)",
                (uid, recurrence_id or "", now.isoformat()),
            )

    def forget_reply(self, uid: str, recurrence_id: str | None) -> bool:
        """`followup replied --undo`; False when no reply was recorded."""
        with self._transaction() as db:
            done = db.execute(
                "DELETE FROM replies WHERE uid = ? AND recurrence_id = ?",
                (uid, recurrence_id or ""),
            )
        return done.rowcount > 0

    def replies(self) -> set[tuple[str, str | None]]:
        rows = self._db.execute("SELECT uid, recurrence_id FROM replies")
        return {(uid, rid or None) for uid, rid in rows}

    def record_superseded(self, keys: Iterable[tuple[str, str | None]], now: datetime) -> None:
        """Rule 5: these chains stay ended, even when the later round is deleted."""
        with self._transaction() as db:
            db.executemany(
                "INSERT OR IGNORE INTO superseded VALUES (?, ?, ?)",
                [(uid, rid or "", now.isoformat()) for uid, rid in keys],
            )

    def superseded(self) -> set[tuple[str, str | None]]:
        rows = self._db.execute("SELECT uid, recurrence_id FROM superseded")
        return {(uid, rid or None) for uid, rid in rows}

    def dismiss(self, uid: str, now: datetime) -> None:
        with self._transaction() as db:
            db.execute("INSERT OR REPLACE INTO dismissed VALUES (?, ?)", (uid, now.isoformat()))

    def undismiss(self, uid: str) -> bool:
        """`followup dismiss --undo`; False when the reminder was not dismissed."""
        with self._transaction() as db:
            done = db.execute("DELETE FROM dismissed WHERE uid = ?", (uid,))
        return done.rowcount > 0

    def dismissed(self) -> set[str]:
        return {row[0] for row in self._db.execute("SELECT uid FROM dismissed")}

    def calendar_urls(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT key, url FROM calendar_urls").fetchall())

    def remember_calendar_url(self, key: str, url: str) -> None:
        with self._transaction() as db:
            db.execute("INSERT OR REPLACE INTO calendar_urls VALUES (?, ?)", (key, url))

    def source_events(self, target: str) -> int | None:
        """Events the source held at the last run into this target; None before the first."""
        row = self._db.execute(
            "SELECT events FROM source_events WHERE target = ?", (target,)
        ).fetchone()
        return row[0] if row else None

    def remember_source_events(self, target: str, events: int) -> None:
        with self._transaction() as db:
            db.execute("INSERT OR REPLACE INTO source_events VALUES (?, ?)", (target, events))

    def record_run(self, run: RunRecord) -> None:
        """The run's outcome; only the last KEEP_RUNS are kept (`status` shows the last)."""
        with self._transaction() as db:
            db.execute(
                "INSERT INTO runs (now, outcome, created, updated, removed, problems) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (run.now, run.outcome, run.created, run.updated, run.removed, run.problems),
            )
            db.execute("DELETE FROM runs WHERE id <= (SELECT MAX(id) FROM runs) - ?", (KEEP_RUNS,))

    def prune(self, target: str, before: datetime) -> None:
        """Forget the reminders of `target` whose time is before `before` (aware)."""
        rows = self._db.execute("SELECT uid, at FROM reminders WHERE target = ?", (target,))
        old = [(target, uid) for uid, at in rows if _before(at, before)]
        if old:
            with self._transaction() as db:
                db.executemany("DELETE FROM reminders WHERE target = ? AND uid = ?", old)
                db.executemany("DELETE FROM edits WHERE target = ? AND uid = ?", old)

    def last_run(self) -> RunRecord | None:
        row = self._db.execute(
            "SELECT now, outcome, created, updated, removed, problems FROM runs "
            "ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return RunRecord(*row) if row else None


def _before(at: str, moment: datetime) -> bool:
    try:
        value = datetime.fromisoformat(at)
    except ValueError:
        return False
    return value.utcoffset() is not None and value < moment

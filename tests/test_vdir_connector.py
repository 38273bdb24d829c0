"""connectors/vdir.py, and the Target contract run against memory, vdir and the .ics collection."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from followup.connectors.base import (
    ConflictError,
    ConnectorError,
    Source,
    SourceItem,
    Target,
    content_etag,
    item_name,
)
from followup.connectors.ics_collection import IcsCollectionTarget
from followup.connectors.memory import MemoryStore
from followup.connectors.vdir import VdirStore
from tests.khal_client import Khal

UID = "followup-0123abcd@followup"


def event(uid: str, summary: str) -> bytes:
    """A VEVENT block as followup writes one: CRLF, a VALARM inside."""
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20261120T000000Z",
        "DTSTART:20261127T140000Z",
        "DURATION:PT15M",
        f"SUMMARY:{summary}",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:Reminder",
        "TRIGGER:PT0S",
        "END:VALARM",
        "END:VEVENT",
    ]
    return "".join(f"{line}\r\n" for line in lines).encode()


def calendar(*events: bytes) -> bytes:
    head = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//followup//followup//EN\r\n"
    return head + b"".join(events) + b"END:VCALENDAR\r\n"


FIRST = event(UID, "Send thank-you note to Jane Doe (Acme)")
SECOND = event(UID, "Send a nudge to Jane Doe (Acme)")

# --- one contract, every target --------------------------------------------------------------

Reopen = Callable[[], Target]


@pytest.fixture(params=["memory", "vdir", "ics-collection"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Target, Reopen]:
    """A target, and how to open the same storage afresh (to see what flush made durable)."""
    if request.param == "memory":
        memory = MemoryStore()
        return memory, lambda: memory
    if request.param == "vdir":
        folder = tmp_path / "calendars" / "followups"
        return VdirStore(folder), lambda: VdirStore(folder)
    path = tmp_path / "followups.ics"
    return IcsCollectionTarget(path), lambda: IcsCollectionTarget(path)


def test_contract_create_read_and_persist(store: tuple[Target, Reopen]) -> None:
    target, reopen = store
    assert isinstance(target, Target)
    assert target.read_items() == []
    name = target.name_for(UID)
    assert name == target.name_for(UID) != target.name_for(UID + "x")
    etag = target.put(name, calendar(FIRST))
    (item,) = target.read_items()
    assert (item.name, item.etag) == (name, etag)
    assert FIRST in item.data
    target.flush()
    assert [(i.name, i.etag, i.data) for i in reopen().read_items()] == [(name, etag, item.data)]


def test_contract_replace_with_the_current_etag(store: tuple[Target, Reopen]) -> None:
    target, reopen = store
    name = target.name_for(UID)
    first = target.put(name, calendar(FIRST))
    second = target.put(name, calendar(SECOND), first)
    assert second != first
    target.flush()
    (item,) = reopen().read_items()
    assert SECOND in item.data and FIRST not in item.data and item.etag == second


def test_contract_unchanged_bytes_keep_the_etag(store: tuple[Target, Reopen]) -> None:
    target, _ = store
    name = target.name_for(UID)
    etag = target.put(name, calendar(FIRST))
    assert target.put(name, calendar(FIRST), etag) == etag
    assert target.put(name, calendar(FIRST)) == etag  # a rerun after a half-finished run
    assert target.put(name, calendar(FIRST), '"stale"') == etag


def test_contract_refuses_stale_writes(store: tuple[Target, Reopen]) -> None:
    target, _ = store
    name = target.name_for(UID)
    etag = target.put(name, calendar(FIRST))
    target.put(name, calendar(SECOND), etag)
    with pytest.raises(ConflictError):
        target.put(name, calendar(FIRST), etag)  # someone else wrote since we read
    with pytest.raises(ConflictError):
        target.put(name, calendar(FIRST))  # "create", but it exists
    with pytest.raises(ConflictError):
        target.delete(name, etag)
    assert SECOND in target.read_items()[0].data


def test_contract_deletes(store: tuple[Target, Reopen]) -> None:
    target, reopen = store
    name = target.name_for(UID)
    other = target.name_for("followup-ffff@followup")
    etag = target.put(name, calendar(FIRST))
    target.put(other, calendar(event("followup-ffff@followup", "Other")))
    target.delete(name, etag)
    assert [item.name for item in target.read_items()] == [other]
    with pytest.raises(ConflictError):
        target.put(name, calendar(SECOND), etag)  # replacing what is gone
    with pytest.raises(ConflictError):
        target.delete(name, etag)
    target.flush()
    assert [item.name for item in reopen().read_items()] == [other]


# --- vdir ------------------------------------------------------------------------------------


def test_vdir_one_file_per_item_named_after_the_uid(tmp_path: Path) -> None:
    store = VdirStore(tmp_path / "new" / "vdir")  # missing folders are created on first write
    assert isinstance(store, Source) and store.read() == []
    etag = store.put(store.name_for(UID), calendar(FIRST))
    odd_uid = "040000008200E00074C5B7101A82E008/../x y"
    store.put(store.name_for(odd_uid), calendar(event(odd_uid, "Odd")))
    files = sorted(p.name for p in (tmp_path / "new" / "vdir").iterdir())
    assert files == sorted([f"{UID}.ics", item_name(odd_uid)])
    assert all("/" not in name and not name.startswith(".") for name in files)
    assert (tmp_path / "new" / "vdir" / f"{UID}.ics").read_bytes() == calendar(FIRST)
    assert etag == content_etag(calendar(FIRST))


def test_vdir_ignores_hidden_temporary_and_metadata_files(tmp_path: Path) -> None:
    (tmp_path / "color").write_text("#ff0000")
    (tmp_path / "displayname").write_text("Follow-ups")
    (tmp_path / ".hidden.ics").write_bytes(calendar(FIRST))
    (tmp_path / f".{UID}.ics.abc123.tmp").write_bytes(calendar(FIRST))
    (tmp_path / "notes.txt").write_bytes(calendar(FIRST))
    (tmp_path / "folder.ics").mkdir()
    (tmp_path / "dangling.ics").symlink_to(tmp_path / "nowhere")
    (tmp_path / "a.ics").write_bytes(calendar(SECOND))
    assert VdirStore(tmp_path).read(None, None) == [
        SourceItem("a.ics", calendar(SECOND), content_etag(calendar(SECOND)))
    ]


def test_vdir_etag_is_the_content_not_the_mtime(tmp_path: Path) -> None:
    store = VdirStore(tmp_path)
    etag = store.put("a.ics", calendar(FIRST))
    os.utime(tmp_path / "a.ics", ns=(1, 1))
    assert store.read_items()[0].etag == etag
    (tmp_path / "a.ics").write_bytes(calendar(SECOND))  # edited by hand (khal edit, vim)
    with pytest.raises(ConflictError):
        store.put("a.ics", calendar(FIRST), etag)
    assert (tmp_path / "a.ics").read_bytes() == calendar(SECOND)


def test_vdir_replaces_atomically_and_leaves_no_temp_files(tmp_path: Path) -> None:
    store = VdirStore(tmp_path)
    etag = store.put("a.ics", calendar(FIRST))
    (tmp_path / "a.ics").chmod(0o644)
    inode = (tmp_path / "a.ics").stat().st_ino
    store.put("a.ics", calendar(SECOND), etag)
    assert (tmp_path / "a.ics").stat().st_ino != inode  # a new file renamed over the old one
    assert (tmp_path / "a.ics").stat().st_mode & 0o777 == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.ics"]


def test_vdir_failed_write_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = VdirStore(tmp_path)
    etag = store.put("a.ics", calendar(FIRST))

    def crash(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    monkeypatch.setattr(os, "link", crash)
    with pytest.raises(ConnectorError, match="no space left"):
        store.put("a.ics", calendar(SECOND), etag)
    with pytest.raises(ConnectorError, match="no space left") as failed:
        store.put("b.ics", calendar(SECOND))
    assert failed.value.where == str(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.ics"]
    assert (tmp_path / "a.ics").read_bytes() == calendar(FIRST)


def test_vdir_create_detects_a_concurrent_creator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = VdirStore(tmp_path)
    theirs = calendar(event(UID, "Created by vdirsyncer a moment ago"))
    real_current = VdirStore._current

    def looked_before_they_wrote(self: VdirStore, name: str) -> bytes | None:
        found = real_current(self, name)
        (tmp_path / name).write_bytes(theirs)  # the other writer wins the race
        return found

    monkeypatch.setattr(VdirStore, "_current", looked_before_they_wrote)
    with pytest.raises(ConflictError, match="created since"):
        store.put("a.ics", calendar(FIRST))
    assert (tmp_path / "a.ics").read_bytes() == theirs
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.ics"]


def test_vdir_creates_without_hard_links(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_links(*args: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    store = VdirStore(tmp_path)
    store.put("a.ics", calendar(FIRST))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.ics"]
    assert (tmp_path / "a.ics").read_bytes() == calendar(FIRST)
    with pytest.raises(ConflictError):
        store._create("a.ics", calendar(SECOND))  # O_EXCL: never clobbers
    assert (tmp_path / "a.ics").read_bytes() == calendar(FIRST)


@pytest.mark.parametrize("name", ["../a.ics", "sub/a.ics", ".a.ics", "a.txt", "a"])
def test_vdir_refuses_names_that_are_not_items(tmp_path: Path, name: str) -> None:
    store = VdirStore(tmp_path / "vdir")
    with pytest.raises(ConnectorError, match="not a vdir item name"):
        store.put(name, calendar(FIRST))
    assert not (tmp_path / "a.ics").exists() and not (tmp_path / "vdir").exists()


def test_vdir_that_is_a_file_is_a_connector_error(tmp_path: Path) -> None:
    path = tmp_path / "calendar"
    path.write_text("not a folder")
    store = VdirStore(path)
    for call in (store.read_items, lambda: store.put("a.ics", calendar(FIRST))):
        with pytest.raises(ConnectorError) as failed:
            call()
        assert failed.value.where == str(path)
    assert path.read_text() == "not a folder"


def test_vdir_is_shared_with_khal(tmp_path: Path) -> None:
    khal = Khal(tmp_path / "home", timezone="UTC")
    store = VdirStore(khal.vdir)
    store.put(store.name_for(UID), calendar(FIRST))
    listed = khal("list", "2026-11-27", "1d")
    assert "Send thank-you note to Jane Doe (Acme)" in listed.stdout, listed.stderr
    source = tmp_path / "invite.ics"
    source.write_bytes(calendar(event("their-event@example.com", "Dentist")))
    assert khal.import_file(source).returncode == 0
    names = [item.name for item in store.read_items()]
    assert len(names) == 2 and f"{UID}.ics" in names
    assert all(name.endswith(".ics") for name in names)

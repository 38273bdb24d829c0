"""connectors/ics_collection.py: reminders written into an existing .ics, every other byte kept."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.connectors.base import ConflictError, ConnectorError, Source, Target, content_etag
from followup.connectors.ics_collection import IcsCollectionTarget, fresh_calendar
from followup.connectors.memory import MemoryStore

DATA = Path(__file__).parent / "data"
FILES = sorted(DATA.glob("*.ics"))
THANKS = "followup-1111aaaa@followup"
NUDGE = "followup-2222bbbb@followup"

ZURICH = [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Zurich",
    "BEGIN:STANDARD",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
]
LONG = "Dear Jane, thank you for your time today. " * 4


def lines(*text: str, newline: str = "\r\n") -> bytes:
    return "".join(f"{line}{newline}" for line in text).encode()


def reminder_event(uid: str, summary: str, newline: str = "\r\n") -> bytes:
    """A reminder VEVENT as followup writes it: a TZID, a folded long line, a VALARM."""
    description = f"DESCRIPTION:{LONG}"
    rest = range(75, len(description), 74)
    folded = [description[:75]] + [" " + description[i : i + 74] for i in rest]
    return lines(
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20261120T000000Z",
        "DTSTART;TZID=Europe/Zurich:20261127T090000",
        "DURATION:PT15M",
        f"SUMMARY:{summary}",
        *folded,
        "X-FOLLOWUP-STAGE:thank-you",
        "BEGIN:VALARM",
        "UID:alarm-of-the-reminder",
        "ACTION:DISPLAY",
        "DESCRIPTION:Reminder",
        "TRIGGER:PT0S",
        "END:VALARM",
        "END:VEVENT",
        newline=newline,
    )


def reminder(uid: str, summary: str) -> bytes:
    head = lines("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//followup//followup//EN", *ZURICH)
    return head + reminder_event(uid, summary) + b"END:VCALENDAR\r\n"


# --- real-world files: every foreign byte kept -----------------------------------------------


def as_lf(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n")


def no_final_newline(data: bytes) -> bytes:
    return data.rstrip(b"\r\n")


def lowercase_delimiters(data: bytes) -> bytes:
    for name in (b"VEVENT", b"VALARM", b"VTIMEZONE", b"STANDARD", b"DAYLIGHT"):
        data = data.replace(b"BEGIN:" + name, b"begin:" + name.lower())
        data = data.replace(b"END:" + name, b"End:" + name.capitalize())
    return data


def with_bom(data: bytes) -> bytes:
    return b"\xef\xbb\xbf" + data


VARIANTS: dict[str, Callable[[bytes], bytes]] = {
    "as-exported": lambda data: data,
    "lf": as_lf,
    "no-final-newline": no_final_newline,
    "lowercase": lowercase_delimiters,
    "bom": with_bom,
}


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("source", FILES, ids=[f.stem for f in FILES])
def test_foreign_bytes_survive_put_update_delete(
    tmp_path: Path, source: Path, variant: str
) -> None:
    original = VARIANTS[variant](source.read_bytes())
    path = tmp_path / "calendar.ics"
    path.write_bytes(original)
    foreign = {i.name: (i.etag, i.data) for i in IcsCollectionTarget(path).read_items()}

    store = IcsCollectionTarget(path)
    assert isinstance(store, Target) and isinstance(store, Source)
    thanks = store.put(store.name_for(THANKS), reminder(THANKS, "Send thank-you note"))
    nudge = store.put(NUDGE, reminder(NUDGE, "Send a nudge"))
    store.flush()
    store.put(THANKS, reminder(THANKS, "Send thank-you note to Jane Doe"), thanks)
    store.delete(NUDGE, nudge)
    store.flush()

    result = path.read_bytes()
    newline = "\n" if variant == "lf" else "\r\n"
    ours = reminder_event(THANKS, "Send thank-you note to Jane Doe", newline)
    zone = lines(*ZURICH, newline=newline)
    assert result.count(ours) == 1 and result.count(zone) == 1
    assert result.replace(ours, b"").replace(zone, b"") == original
    assert result[result.index(ours) + len(ours) :].startswith(b"END:VCALENDAR")  # appended
    assert b"BEGIN:VEVENT" not in result[: result.index(zone)].upper()  # zones before events

    parsed = icalendar.Calendar.from_ical(result)
    summaries = {str(c["UID"]): str(c["SUMMARY"]) for c in parsed.walk("VEVENT") if "UID" in c}
    assert summaries[THANKS] == "Send thank-you note to Jane Doe" and NUDGE not in summaries
    after = {i.name: (i.etag, i.data) for i in IcsCollectionTarget(path).read_items()}
    assert after.pop(THANKS)[0] == content_etag(ours)
    assert after == foreign  # every other item: same blocks, same ETag


@pytest.mark.parametrize("source", FILES, ids=[f.stem for f in FILES])
def test_flush_with_nothing_changed_leaves_the_file_untouched(tmp_path: Path, source: Path) -> None:
    path = tmp_path / "calendar.ics"
    path.write_bytes(source.read_bytes())
    store = IcsCollectionTarget(path)
    etag = store.put(THANKS, reminder(THANKS, "Send thank-you note"))
    store.flush()
    written = path.read_bytes()
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    before = path.stat()

    rerun = IcsCollectionTarget(path)
    assert rerun.read()[0].data == written
    items = {item.name: item for item in rerun.read_items()}
    assert rerun.put(THANKS, reminder(THANKS, "Send thank-you note"), items[THANKS].etag) == etag
    assert rerun.put(THANKS, as_lf(reminder(THANKS, "Send thank-you note"))) == etag
    rerun.flush()
    after = path.stat()
    assert path.read_bytes() == written
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


# --- items: one per UID -----------------------------------------------------------------------


def test_an_item_is_a_series_with_its_overrides_and_its_time_zones(tmp_path: Path) -> None:
    path = tmp_path / "calendar.ics"
    original = (DATA / "recurring_overrides.ics").read_bytes()
    path.write_bytes(original)
    store = IcsCollectionTarget(path)
    items = {item.name: item for item in store.read_items()}
    series = items["8f3c2a10-6b1d-4e0f-9a7c-2d4e5f6a7b8c"]
    calendar = icalendar.Calendar.from_ical(series.data)
    assert [c.name for c in calendar.subcomponents] == ["VTIMEZONE", "VEVENT", "VEVENT"]
    assert "RECURRENCE-ID" in calendar.subcomponents[1]  # the override, placed before its master
    assert series.data.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
    assert b"X-WR-CALNAME" not in series.data

    store.delete(series.name, str(series.etag))
    store.flush()
    rest = path.read_bytes()
    assert rest.count(b"BEGIN:VTIMEZONE") == 1  # time zones are shared, never deleted
    assert b"8f3c2a10" not in rest
    assert set(items) - {series.name} == {i.name for i in IcsCollectionTarget(path).read_items()}


def test_put_replaces_every_block_of_its_uid_where_the_first_one_was(tmp_path: Path) -> None:
    path = tmp_path / "calendar.ics"
    path.write_bytes((DATA / "recurring_overrides.ics").read_bytes())
    store = IcsCollectionTarget(path)
    uid = "8f3c2a10-6b1d-4e0f-9a7c-2d4e5f6a7b8c"
    etag = {item.name: item.etag for item in store.read_items()}[uid]
    store.put(uid, reminder(uid, "One event now"), etag)
    store.flush()
    parsed = icalendar.Calendar.from_ical(path.read_bytes())
    uids = [str(c["UID"]) for c in parsed.walk("VEVENT")]
    assert uids.count(uid) == 1 and uids.index(uid) == 0


def test_the_uid_is_the_blocks_own_not_a_nested_alarms(tmp_path: Path) -> None:
    path = tmp_path / "calendar.ics"
    path.write_bytes(
        lines(
            "BEGIN:VCALENDAR",
            "PRODID:-//test//EN",
            "BEGIN:VTODO",
            "BEGIN:VALARM",
            "UID:the-alarm",
            "END:VALARM",
            "UID:followup-3333cc",
            " cc@followup",
            "END:VTODO",
            "BEGIN:VEVENT",
            "UID:a\\,b",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "SUMMARY:no UID: nobody's item",
            "END:VEVENT",
            "BEGIN:VFREEBUSY",
            "UID:not-an-item",
            "END:VFREEBUSY",
            "END:VCALENDAR",
            newline="\n",
        )
    )
    names = [item.name for item in IcsCollectionTarget(path).read_items()]
    assert names == ["a,b", "followup-3333cccc@followup"]


def test_a_component_never_closed_is_nobodys_item(tmp_path: Path) -> None:
    path = tmp_path / "calendar.ics"
    original = lines(
        "BEGIN:VCALENDAR",
        "BEGIN:VEVENT",
        "UID:cut-off",
        "END:VCALENDAR",
    )
    path.write_bytes(original)
    store = IcsCollectionTarget(path)
    assert store.read_items() == []
    store.put(THANKS, reminder(THANKS, "Send thank-you note"))
    store.flush()
    assert (
        path.read_bytes()
        .replace(reminder_event(THANKS, "Send thank-you note"), b"")
        .replace(lines(*ZURICH), b"")
        == original
    )


def test_a_cut_off_file_is_read_but_not_appended_to(tmp_path: Path) -> None:
    path = tmp_path / "calendar.ics"
    original = (DATA / "allday_and_floating.ics").read_bytes().replace(b"END:VCALENDAR\r\n", b"")
    path.write_bytes(original)
    store = IcsCollectionTarget(path)
    assert len(store.read_items()) == 5
    with pytest.raises(ConnectorError, match="no END:VCALENDAR"):
        store.put(THANKS, reminder(THANKS, "Send thank-you note"))
    item = store.read_items()[0]
    with pytest.raises(ConnectorError, match="no END:VCALENDAR"):  # would need a new VTIMEZONE
        store.put(item.name, reminder(item.name, "Moved"), item.etag)
    assert store.read()[0].data == original
    store.flush()
    assert path.read_bytes() == original


def test_put_refuses_data_for_another_uid(tmp_path: Path) -> None:
    store = IcsCollectionTarget(tmp_path / "out.ics")
    with pytest.raises(ConnectorError, match="holds UID"):
        store.put(NUDGE, reminder(THANKS, "Send thank-you note"))
    with pytest.raises(ConnectorError, match="not a VCALENDAR"):
        store.put(NUDGE, b"hello")
    assert store.read_items() == []


# --- the file: fresh, foreign, changed meanwhile, failing -------------------------------------


@pytest.mark.parametrize("content", [None, b"", b"\r\n  \n"])
def test_a_missing_or_empty_file_starts_a_fresh_calendar(
    tmp_path: Path, content: bytes | None
) -> None:
    path = tmp_path / "sub" / "followups.ics"
    if content is not None:
        path.parent.mkdir()
        path.write_bytes(content)
    store = IcsCollectionTarget(path, calname="Follow-ups, mine")
    assert store.read_items() == []
    store.put(THANKS, reminder(THANKS, "Send thank-you note"))
    store.flush()
    result = path.read_bytes()
    assert result.startswith(fresh_calendar("Follow-ups, mine").removesuffix(b"END:VCALENDAR\r\n"))
    assert b"X-WR-CALNAME:Follow-ups\\, mine\r\n" in result
    parsed = icalendar.Calendar.from_ical(result)
    assert [c.name for c in parsed.subcomponents] == ["VTIMEZONE", "VEVENT"]


def test_a_missing_file_is_created_by_flush_even_with_no_reminders(tmp_path: Path) -> None:
    path = tmp_path / "followups.ics"
    store = IcsCollectionTarget(path)
    with pytest.raises(ConnectorError, match="no such file"):
        store.read()  # as a source the file must exist
    store.flush()  # as the generated file it always exists after a run
    assert path.read_bytes() == fresh_calendar("Follow-ups")


@pytest.mark.parametrize("content", [b"hello\n", b"<!DOCTYPE html><html>Sign in</html>"])
def test_a_file_that_is_not_a_calendar_is_never_written(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.ics"
    path.write_bytes(content)
    store = IcsCollectionTarget(path)
    for call in (store.read_items, store.read, store.flush):
        with pytest.raises(ConnectorError, match="not a calendar") as failed:
            call()
        assert failed.value.where == str(path)
    with pytest.raises(ConnectorError):
        store.put(THANKS, reminder(THANKS, "Send thank-you note"))
    assert path.read_bytes() == content


def test_flush_refuses_when_the_file_changed_meanwhile(tmp_path: Path) -> None:
    path = tmp_path / "calendar.ics"
    path.write_bytes((DATA / "google_x_wr_timezone.ics").read_bytes())
    store = IcsCollectionTarget(path)
    store.read()
    store.put(THANKS, reminder(THANKS, "Send thank-you note"))
    theirs = path.read_bytes().replace(b"Team lunch", b"Team brunch")
    path.write_bytes(theirs)  # the user's calendar app saved while we worked
    with pytest.raises(ConflictError, match="changed since it was read"):
        store.flush()
    assert path.read_bytes() == theirs


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "calendar.ics"
    original = (DATA / "outlook_windows_tzid.ics").read_bytes()
    path.write_bytes(original)
    store = IcsCollectionTarget(path)
    store.put(THANKS, reminder(THANKS, "Send thank-you note"))

    def crash(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(ConnectorError, match="no space left") as failed:
        store.flush()
    assert failed.value.where == str(path)
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["calendar.ics"]
    monkeypatch.undo()
    store.flush()  # the changes are still pending: the next flush writes them
    assert THANKS.encode() in path.read_bytes()


def test_source_and_target_in_one_object(tmp_path: Path) -> None:
    path = tmp_path / "calendar.ics"
    original = (DATA / "apple_x_apple_props.ics").read_bytes()
    path.write_bytes(original)
    store = IcsCollectionTarget(path)
    (item,) = store.read()
    assert (item.name, item.data, item.etag) == (str(path), original, content_etag(original))
    store.put(THANKS, reminder(THANKS, "Send thank-you note"))
    (pending,) = store.read()
    assert THANKS.encode() in pending.data and path.read_bytes() == original


# --- the same answers as the reference store ---------------------------------------------------

OPS = st.lists(
    st.tuples(
        st.sampled_from(["put", "create", "stale", "delete"]),
        st.sampled_from([THANKS, NUDGE]),
        st.sampled_from(["Send thank-you note", "Send a nudge"]),
        st.booleans(),  # flush after this step
    ),
    max_size=8,
)


@settings(max_examples=25, deadline=None)
@given(ops=OPS)
def test_answers_like_the_memory_store(
    tmp_path_factory: pytest.TempPathFactory, ops: list[tuple[str, str, str, bool]]
) -> None:
    path = tmp_path_factory.mktemp("hyp") / "calendar.ics"
    original = (DATA / "export_mixed_zones_recurring.ics").read_bytes()
    path.write_bytes(original)
    stores: list[Target] = [MemoryStore(), IcsCollectionTarget(path)]
    for op, uid, summary, flush in ops:
        outcomes = []
        for store in stores:
            name = store.name_for(uid)
            etag = {i.name: i.etag for i in store.read_items()}.get(name)
            try:
                if op == "delete":
                    store.delete(name, etag or '"stale"')
                else:
                    given_etag = {"put": etag, "create": None, "stale": '"stale"'}[op]
                    store.put(name, reminder(uid, summary), given_etag)
                outcomes.append("ok")
            except ConflictError:
                outcomes.append("conflict")
            if flush:
                store.flush()
        assert outcomes[0] == outcomes[1], (op, uid)
    stores[1].flush()
    memory = {i.name.removesuffix(".ics"): i.data for i in stores[0].read_items()}
    ours = {i.name for i in IcsCollectionTarget(path).read_items()} & {THANKS, NUDGE}
    assert ours == set(memory)
    result = path.read_bytes()
    for uid, data in memory.items():
        summary = icalendar.Calendar.from_ical(data).walk("VEVENT")[0]["SUMMARY"]
        result = result.replace(reminder_event(uid, str(summary)), b"")
    assert result.replace(lines(*ZURICH), b"") == original

"""One .ics file seen as a store of items, one per UID, edited in place byte for byte.

This is how followup writes its reminders into the very file it reads, and how it keeps a generated
file. The file is never re-serialised (todoman: round-trip, don't rebuild): it is split at line
level into top-level component blocks and the text between them, and only the blocks of the UIDs
that are put or deleted change; every other byte (the user's events, their folding, line endings,
order and oddities) stays as it was. Changes are kept in memory and written once by `flush()`.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .base import ConflictError, ConnectorError, SourceItem, content_etag
from .ics import os_reason, write_atomically

#: RFC 5545 3.6: the components an item is made of (one UID: a master and its overrides).
ITEM_KINDS = frozenset({"VEVENT", "VTODO", "VJOURNAL"})
PRODID = "-//followup//followup//EN"

_BOM = b"\xef\xbb\xbf"
#: RFC 5545 3.1: a content line is folded by inserting a line break followed by one space or tab.
_CONTINUATION = (b" ", b"\t")
_DELIMITER = re.compile(r"(?i)^(BEGIN|END):([A-Z0-9-]+)\s*$")
_TZID_PARAM = re.compile(r'(?i);TZID=("[^"]*"|[^;:]*)')
_TEXT_ESCAPE = re.compile(r"\\([\\;,nN])")


@dataclass
class _Block:
    """A run of whole lines of the file: a top-level component (`kind`), or other text ("")."""

    raw: bytes
    kind: str = ""
    uid: str | None = None
    tzid: str | None = None


@dataclass
class _Parsed:
    blocks: list[_Block]
    is_calendar: bool


def _logical_lines(data: bytes) -> list[tuple[bytes, str]]:
    """(raw bytes, unfolded text) per content line; CRLF, LF and a missing final newline alike."""
    groups: list[list[bytes]] = []
    for line in data.splitlines(keepends=True):
        if groups and line.startswith(_CONTINUATION):
            groups[-1].append(line)
        else:
            groups.append([line])
    return [
        (b"".join(group), _text(group[0]) + "".join(_text(line)[1:] for line in group[1:]))
        for group in groups
    ]


def _text(line: bytes) -> str:
    return line.rstrip(b"\r\n").decode("utf-8", "surrogateescape")


def _delimiter(text: str) -> tuple[str, str] | None:
    """("BEGIN" | "END", component name in capitals) for a BEGIN:/END: line in any letter case."""
    match = _DELIMITER.match(text.lstrip("\ufeff"))
    return (match.group(1).upper(), match.group(2).upper()) if match else None


def _split_property(text: str) -> tuple[str, str, str]:
    """(NAME, ;params, value) of a content line: the value starts at the first unquoted colon."""
    quoted = False
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            head = text[:index]
            cut = head.find(";")
            name, params = (head, "") if cut < 0 else (head[:cut], head[cut:])
            return name.strip().upper(), params, text[index + 1 :]
    return text.strip().upper(), "", ""


def _unescape(value: str) -> str:
    """RFC 5545 3.3.11 TEXT escapes, as icalendar reads a UID."""
    return _TEXT_ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _component(lines: list[tuple[bytes, str]], kind: str) -> _Block:
    """A finished top-level block; its UID/TZID come from its own lines, not nested VALARMs."""
    block = _Block(b"".join(raw for raw, _ in lines), kind)
    depth = 0
    for _, text in lines:
        delimiter = _delimiter(text)
        if delimiter:
            depth += 1 if delimiter[0] == "BEGIN" else -1
            continue
        if depth != 1:
            continue
        name, _, value = _split_property(text)
        if name == "UID" and block.uid is None and kind in ITEM_KINDS:
            block.uid = _unescape(value.strip())
        elif name == "TZID" and block.tzid is None and kind == "VTIMEZONE":
            block.tzid = value.strip()
    return block


def parse(data: bytes) -> _Parsed:
    """Split a calendar into top-level component blocks and the text around them, losslessly.

    Nesting is tracked by name, so a stray END:X is kept as a line of its block; a component
    that is never closed stays text (it is nobody's item).
    """
    blocks: list[_Block] = []
    text: list[bytes] = []
    current: list[tuple[bytes, str]] = []
    stack: list[str] = []
    in_calendar = is_calendar = False
    kind = ""

    def keep_text() -> None:
        if text:
            blocks.append(_Block(b"".join(text)))
            text.clear()

    for raw, line in _logical_lines(data):
        delimiter = _delimiter(line)
        if stack and delimiter == ("END", "VCALENDAR"):
            text.extend(r for r, _ in current)  # never closed: left as text
            current, stack = [], []
        if stack:
            current.append((raw, line))
            if delimiter and delimiter[0] == "BEGIN":
                stack.append(delimiter[1])
            elif delimiter and delimiter[1] in stack:
                while stack.pop() != delimiter[1]:
                    pass
            if not stack:
                keep_text()
                blocks.append(_component(current, kind))
                current = []
        elif not in_calendar:
            text.append(raw)
            if delimiter == ("BEGIN", "VCALENDAR"):
                in_calendar = is_calendar = True
        elif delimiter == ("END", "VCALENDAR"):
            keep_text()
            blocks.append(_Block(raw, "END:VCALENDAR"))
            in_calendar = False
        elif delimiter and delimiter[0] == "BEGIN":
            kind = delimiter[1]
            current, stack = [(raw, line)], [kind]
        else:
            text.append(raw)
    text.extend(r for r, _ in current)
    keep_text()
    return _Parsed(blocks, is_calendar)


def _newline(data: bytes) -> bytes:
    """The file's line break (RFC 5545 3.1 says CRLF; many tools write LF)."""
    return b"\r\n" if b"\r\n" in data or b"\n" not in data else b"\n"


def _with_newline(raw: bytes, newline: bytes) -> bytes:
    """A block's lines with the file's line break, so an LF file stays LF."""
    return b"".join(line.rstrip(b"\r\n") + newline for line in raw.splitlines(keepends=True))


def _tzids(raw: bytes) -> list[str]:
    """The TZIDs a block refers to (RFC 5545 3.2.19: ;TZID= parameters), in order of appearance."""
    found: list[str] = []
    for _, text in _logical_lines(raw):
        _, params, _ = _split_property(text)
        for match in _TZID_PARAM.finditer(params):
            tzid = match.group(1).strip('"')
            if tzid not in found:
                found.append(tzid)
    return found


def remove_leftovers(folder: Path, name: str = r".+\.ics") -> list[str]:
    """Delete the temporary files of writes killed half-way (`write_atomically`, vdir create).

    They are named ".<file name>.<8 random characters>.tmp" (tempfile.mkstemp); a run killed
    between writing one and renaming it leaves it behind for good. Runs hold the run lock, so
    no other run of ours is writing one now. Returns the names removed.
    """
    pattern = re.compile(rf"\.(?:{name})\.[A-Za-z0-9_]{{8}}\.tmp")
    removed: list[str] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if pattern.fullmatch(entry.name):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed.append(entry.name)
    return removed


def fresh_calendar(calname: str) -> bytes:
    """An empty calendar for a missing or empty file (RFC 5545 3.6: VERSION and PRODID required)."""
    name = calname.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{' '.join(name.split())}",
        "END:VCALENDAR",
    ]
    return "".join(f"{line}\r\n" for line in lines).encode()


class IcsCollectionTarget:
    """A whole .ics file as a store of items named by UID (Source and Target).

    An item is every VEVENT/VTODO/VJOURNAL block with one UID (a series and its RECURRENCE-ID
    overrides); its ETag is a hash of those raw blocks. VTIMEZONEs are shared, never items: a put
    adds the ones the file lacks, a delete leaves them. Puts and deletes change the text in
    memory; `flush()` writes the file once, atomically, only when its bytes changed, and refuses
    (ConflictError) when the file changed on disk since it was read.
    """

    def __init__(self, path: str | os.PathLike[str], *, calname: str = "Follow-ups") -> None:
        self.path = Path(path).expanduser()
        self.calname = calname
        self._read: bytes | None = None  # the file's bytes when loaded (None: missing)
        self._blocks: list[_Block] | None = None
        self._dirty = False

    def __repr__(self) -> str:
        return f"IcsCollectionTarget({str(self.path)!r})"

    # --- loading -----------------------------------------------------------------------------

    def _disk(self) -> bytes | None:
        try:
            return self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise ConnectorError(f"cannot read: {os_reason(exc)}", str(self.path)) from exc

    def _load(self) -> list[_Block]:
        """The blocks to work on: re-read from disk unless changes are pending."""
        if self._blocks is not None and self._dirty:
            return self._blocks
        data = self._disk()
        text = data if data is not None and data.strip(_BOM + b" \t\r\n") else b""
        parsed = parse(text or fresh_calendar(self.calname))
        if not parsed.is_calendar:
            raise ConnectorError(
                "not a calendar (no BEGIN:VCALENDAR): not read, and never written; "
                "move it away or choose another path",
                str(self.path),
            )
        self._read, self._blocks = data, parsed.blocks
        return parsed.blocks

    def _bytes(self) -> bytes:
        return b"".join(block.raw for block in self._load())

    # --- Source ------------------------------------------------------------------------------

    def read(self, start: object = None, end: object = None) -> list[SourceItem]:
        """The whole file as one item (with pending changes); a missing file is an error."""
        blocks = self._load()
        if self._read is None and not self._dirty:
            raise ConnectorError("no such file: check the path", str(self.path))
        data = b"".join(block.raw for block in blocks)
        return [SourceItem(str(self.path), data, content_etag(data))]

    # --- Target ------------------------------------------------------------------------------

    def read_items(self) -> list[SourceItem]:
        blocks = self._load()
        timezones = {b.tzid: b.raw for b in blocks if b.kind == "VTIMEZONE" and b.tzid}
        items = []
        for uid, raw in self._items(blocks).items():
            zones = b"".join(timezones[t] for t in _tzids(raw) if t in timezones)
            data = self._wrap(blocks, zones + raw)
            items.append(SourceItem(uid, data, content_etag(raw)))
        return sorted(items, key=lambda item: item.name)

    def put(self, name: str, data: bytes, etag: str | None = None) -> str:
        blocks = self._load()
        newline = _newline(b"".join(block.raw for block in blocks))
        new_blocks, zones = self._incoming(name, data, newline)
        new_raw = b"".join(block.raw for block in new_blocks)
        stored = self._items(blocks).get(name)
        if stored == new_raw:
            return content_etag(new_raw)
        self._check_etag(name, stored, etag)
        have = {block.tzid for block in blocks if block.kind == "VTIMEZONE"}
        missing = list({z.tzid: z for z in zones if z.tzid not in have}.values())
        where = [i for i, block in enumerate(blocks) if block.uid == name and block.kind]
        if missing or not where:
            self._end_index(blocks)  # a cut-off file: refused before anything changes
        if where:
            blocks[where[0] : where[0] + 1] = new_blocks
            for index in reversed(where[1:]):
                del blocks[index + len(new_blocks) - 1]
        else:
            index = self._end_index(blocks)
            blocks[index:index] = new_blocks
        if missing:
            index = self._zone_index(blocks)
            blocks[index:index] = missing
        self._dirty = True
        return content_etag(new_raw)

    def delete(self, name: str, etag: str) -> None:
        blocks = self._load()
        self._check_etag(name, self._items(blocks).get(name), etag)
        blocks[:] = [block for block in blocks if not (block.kind and block.uid == name)]
        self._dirty = True

    def name_for(self, uid: str) -> str:
        """An item is named by its UID: the file has no other names."""
        return uid

    def flush(self) -> None:
        """Write the file once, atomically, if its bytes changed and nobody changed it meanwhile.

        Temporary files of an earlier run killed while writing this file are removed first.
        """
        real = self.path.resolve()
        remove_leftovers(real.parent, re.escape(real.name))
        data = self._bytes()
        if data == self._read:
            self._dirty = False
            return
        if self._disk() != self._read:
            raise ConflictError(
                "the file changed since it was read: nothing written, the next run retries",
                str(self.path),
            )
        write_atomically(self.path, data)
        self._read, self._dirty = data, False

    # --- helpers -----------------------------------------------------------------------------

    @staticmethod
    def _items(blocks: list[_Block]) -> dict[str, bytes]:
        items: dict[str, bytes] = {}
        for block in blocks:
            if block.kind in ITEM_KINDS and block.uid is not None:
                items[block.uid] = items.get(block.uid, b"") + block.raw
        return items

    @staticmethod
    def _wrap(blocks: list[_Block], body: bytes) -> bytes:
        """`body` in a VCALENDAR with the file's VERSION and PRODID (defaults when it has none)."""
        lines = {"VERSION": "VERSION:2.0", "PRODID": f"PRODID:{PRODID}"}
        seen: set[str] = set()
        for block in blocks:
            for _, text in [] if block.kind else _logical_lines(block.raw):
                name = _split_property(text)[0]
                if name in lines and name not in seen:
                    lines[name] = text
                    seen.add(name)
        newline = _newline(b"".join(block.raw for block in blocks))
        head = ["BEGIN:VCALENDAR", *lines.values()]
        encoded = [line.encode("utf-8", "surrogateescape") + newline for line in head]
        return b"".join(encoded) + body + b"END:VCALENDAR" + newline

    def _incoming(
        self, name: str, data: bytes, newline: bytes
    ) -> tuple[list[_Block], list[_Block]]:
        """The item's blocks and VTIMEZONEs of a put, with the file's line breaks."""
        parsed = parse(data)
        ours = [b for b in parsed.blocks if b.kind in ITEM_KINDS]
        if not parsed.is_calendar or not ours:
            raise ConnectorError(f"{name!r}: data is not a VCALENDAR with an event", str(self.path))
        wrong = sorted({str(b.uid) for b in ours if b.uid != name})
        if wrong:
            raise ConnectorError(f"{name!r}: data holds UID {', '.join(wrong)}", str(self.path))
        zones = [b for b in parsed.blocks if b.kind == "VTIMEZONE" and b.tzid]
        for block in (*ours, *zones):
            block.raw = _with_newline(block.raw, newline)
        return ours, zones

    def _check_etag(self, name: str, stored: bytes | None, etag: str | None) -> None:
        """RFC 7232 If-Match / If-None-Match: *, on the hash of the item's raw blocks."""
        if etag is None and stored is not None:
            raise ConflictError(f"{name!r} already exists", str(self.path))
        if etag is not None and (stored is None or content_etag(stored) != etag):
            raise ConflictError(f"{name!r} changed or vanished since it was read", str(self.path))

    def _end_index(self, blocks: list[_Block]) -> int:
        ends = [i for i, block in enumerate(blocks) if block.kind == "END:VCALENDAR"]
        if not ends:
            raise ConnectorError("no END:VCALENDAR (a cut-off file?): not changed", str(self.path))
        return ends[-1]

    def _zone_index(self, blocks: list[_Block]) -> int:
        """After the last VTIMEZONE, else before the last calendar's first component."""
        end = self._end_index(blocks)
        zones = [i for i, block in enumerate(blocks[:end]) if block.kind == "VTIMEZONE"]
        if zones:
            return zones[-1] + 1
        start = max(
            (i for i in range(end) if b"BEGIN:VCALENDAR" in blocks[i].raw.upper()), default=0
        )
        return next((i for i in range(start, end) if blocks[i].kind), end)

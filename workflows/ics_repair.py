"""Damaged .ics text -> the parts that are whole, and the events that had to be left out.

Pure: no I/O. `occurrences.parse_calendar` calls `decode` on every file and `salvage` only when
the strict parse fails or finds no complete calendar, so a good file is never rewritten.

- `decode`: RFC 5545 3.1.4 says UTF-8, but old exports write Windows-1252/Latin-1; bytes that are
  not UTF-8 are read as Windows-1252 (Latin-1 where that has no character) instead of becoming
  U+FFFD, so "Müller" stays "Müller".
- `salvage`: a download cut short, a lost END line or a VTIMEZONE without rules (RFC 5545 3.6.5
  requires a STANDARD or DAYLIGHT) makes icalendar reject the whole file. The lines are walked
  instead: every component that is closed properly is kept, each one that is not is left out and
  named (UID and SUMMARY), and missing END lines of the calendar itself are added. A VTIMEZONE
  whose rule no time zone could have (`unsafe_zone_rule`) is left out and named too.
- `unsafe_zone_rule`: dateutil, which computes the offsets of a VTIMEZONE, walks an observance's
  RRULE step by step from its DTSTART (often 1601) to the time asked about: FREQ=SECONDLY is
  billions of steps and INTERVAL=0 never ends. One hostile invite would stall the nightly run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import icalendar

#: Components that can never sit inside a VEVENT or VTODO (RFC 5545 3.6): meeting one means the
#: open component lost its END line.
TOP_LEVEL = frozenset({"VCALENDAR", "VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE"})
_FOLD = re.compile(r"\r?\n[ \t]")
_PROPERTY = re.compile(r"(?P<name>[A-Za-z0-9-]+)(?:;[^:]*)?:(?P<value>.*)")


#: An observance recurs yearly in every real zone (RFC 5545 3.6.5 examples; tzdata); monthly is
#: still cheap. Anything more frequent is no time zone, and unbounded work for dateutil.
_ZONE_FREQS = ("YEARLY", "MONTHLY")


def unsafe_zone_rule(rule: str) -> str:
    """Why `rule`, the RRULE value of a VTIMEZONE's STANDARD or DAYLIGHT, cannot be used, or ""."""
    parts = dict(part.partition("=")[::2] for part in rule.upper().replace(" ", "").split(";"))
    freq = parts.get("FREQ", "")
    if freq not in _ZONE_FREQS:
        return f"has a rule with FREQ={freq or '(none)'}: time zones change yearly"
    if not re.fullmatch(r"0*[1-9][0-9]*", parts.get("INTERVAL", "1")):
        return "has a rule whose INTERVAL is not a positive integer (RFC 5545 3.3.10)"
    for name in ("BYHOUR", "BYMINUTE", "BYSECOND"):
        if "," in parts.get(name, ""):
            return f"has a rule with several {name} values: time zones change yearly"
    return ""


def decode(data: bytes) -> str:
    """Bytes as text: UTF-8 where it is valid, other bytes as Windows-1252 (else Latin-1).

    Outlook's "Save as" may write UTF-16 with a byte-order mark: read as that (RFC 5545 3.1.4
    names UTF-8, but a BOM leaves no doubt)."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    data = re.sub(rb"\r?\n[ \t]", b"", data)  # unfold first: folding may split a character
    parts: list[str] = []
    while data:
        try:
            parts.append(data.decode("utf-8"))
            break
        except UnicodeDecodeError as exc:
            parts.append(data[: exc.start].decode("utf-8"))
            for byte in data[exc.start : exc.end]:
                try:
                    parts.append(bytes([byte]).decode("cp1252"))
                except UnicodeDecodeError:
                    parts.append(bytes([byte]).decode("latin-1"))
            data = data[exc.end :]
    return "".join(parts)


@dataclass
class Dropped:
    """A component left out of the salvaged text, and why."""

    name: str  # VEVENT, VTIMEZONE, ...
    uid: str  # the TZID of a VTIMEZONE
    summary: str
    reason: str


@dataclass
class _Open:
    name: str
    lines: list[str] = field(default_factory=list)
    children: list[str] = field(default_factory=list)  # names of closed subcomponents

    def value(self, prop: str) -> str:
        for line in self.lines:
            match = _PROPERTY.fullmatch(line)
            if match and match["name"].upper() == prop:
                return match["value"].strip()
        return ""


def salvage(text: str) -> tuple[str, list[Dropped]]:
    """The whole components of `text` as a well-formed iCalendar stream, and what was left out."""
    walker = _Walker()
    for line in _FOLD.sub("", text).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        walker.feed(line)
    walker.finish()
    return "\r\n".join(walker.out) + "\r\n", walker.dropped


class _Walker:
    """Line by line: a stack of open components; closed ones are written out, broken ones named."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.dropped: list[Dropped] = []
        self.stack: list[_Open] = []

    def feed(self, line: str) -> None:
        upper = line.strip().upper()
        if upper == "BEGIN:VCALENDAR":
            self.finish()
            self.out.append("BEGIN:VCALENDAR")
            self.stack.append(_Open("VCALENDAR"))
        elif upper.startswith("BEGIN:"):
            name = upper[6:]
            while name in TOP_LEVEL and self._inside_component():
                self._drop(f"has no END line before the next BEGIN:{name}; left out")
            self.stack.append(_Open(name, [line]))
        elif upper.startswith("END:"):
            self._end(upper[4:], line)
        elif self.stack and self.stack[-1].name == "VCALENDAR":
            self.out.append(line)
        elif self.stack and line.strip():
            self.stack[-1].lines.append(line)

    def finish(self) -> None:
        """At the end (or a new VCALENDAR): drop what is cut short, close the calendar."""
        while self._inside_component():
            self._drop("is cut short (no END line: the file ends or breaks off here); left out")
        if self.stack:
            self.stack.pop()
            self.out.append("END:VCALENDAR")

    def _inside_component(self) -> bool:
        return bool(self.stack) and self.stack[-1].name != "VCALENDAR"

    def _drop(self, reason: str) -> None:
        component = self.stack.pop()
        while self.stack and self.stack[-1].name != "VCALENDAR" and not component.value("UID"):
            component = self.stack.pop()  # a VALARM cut short: name (and drop) its event
        uid = component.value("TZID" if component.name == "VTIMEZONE" else "UID")
        self.dropped.append(Dropped(component.name, uid, component.value("SUMMARY"), reason))

    def _end(self, name: str, line: str) -> None:
        if not any(c.name == name for c in self.stack):
            return  # a stray END line: nothing to close
        if name == "VCALENDAR":
            self.finish()
            return
        while self.stack[-1].name != name:
            self._drop(f"has no END line before END:{name}; left out")
            if not any(c.name == name for c in self.stack):
                return
        component = self.stack.pop()
        component.lines.append(line)
        if self._inside_component():
            self.stack[-1].lines.extend(component.lines)
            self.stack[-1].children.append(name)
        elif name == "VTIMEZONE" and (reason := _unusable_zone(component)):
            self.dropped.append(Dropped(name, component.value("TZID"), "", reason))
        else:
            self.out.extend(component.lines)


def _unusable_zone(component: _Open) -> str:
    """Why a closed VTIMEZONE is left out, or "" to keep it."""
    if not {"STANDARD", "DAYLIGHT"} & set(component.children):
        return "has no STANDARD or DAYLIGHT rules (RFC 5545 3.6.5); ignored"
    for line in component.lines:
        match = _PROPERTY.fullmatch(line)
        if (
            match
            and match["name"].upper() == "RRULE"
            and (reason := unsafe_zone_rule(match["value"]))
        ):
            return f"{reason}; ignored"
    try:  # what icalendar's parse does with an unknown TZID: a VTIMEZONE that fails it would
        # make the whole file unreadable (an observance without TZOFFSETTO, say)
        icalendar.Timezone.from_ical("\r\n".join(component.lines))
    except Exception as exc:
        return f"cannot be used ({exc}); ignored"
    return ""

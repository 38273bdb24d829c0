"""Raw .ics bytes -> only the parts that can hold an interview, for icalendar to parse.

A full parse of a 100,000-event export costs icalendar tens of seconds and hundreds of MB, while
a few dozen events can be interviews. `prefilter` scans the raw text line by line (after RFC
5545 3.1 unfolding, with icalendar's own unfolding and line splitting), decides which VEVENTs
can be interviews from their SUMMARY and CATEGORIES (`detect.is_interview`, on values unescaped
by icalendar's own functions), and returns the calendar with every other VEVENT left out.
Pure: bytes in, bytes out, no I/O, no clock.

What is kept, so that the pipeline reads exactly what a full parse would give it:
- every calendar-level line (X-WR-TIMEZONE, METHOD, ... : occurrences.parse_calendar reads them);
- never a VEVENT with an X-FOLLOWUP-STAGE line: followup's own reminders are no interviews
  (`extract.is_interview_event`), whatever their text says ("today's interview"), and in a
  calendar that is both source and target they are most of what there is to read;
- every VEVENT sharing a UID with a VEVENT that can be an interview (RFC 5545 3.8.4.4: a series
  and its RECURRENCE-ID overrides are one group; `occurrences.expand` expands a group when any
  of its VEVENTs is kept, and the pipeline keeps each occurrence that itself matches, so an
  override renamed "Interview" in a series of "Lunch" keeps the series, and a renamed override
  of an interview series goes with it);
- the first and the last VTIMEZONE of each TZID (icalendar caches the first per TZID for the
  whole process, `expand` uses the last), so every time reads the same;
- in doubt, more: a SUMMARY or CATEGORIES line with parameters may be unreadable to icalendar
  (and then absent), so both readings are tried; a repeated SUMMARY keeps the event.

Anything the scanner is not sure to read as icalendar does returns the input unchanged (a full
parse): no BEGIN:VCALENDAR, text outside a VCALENDAR, a VEVENT or VCALENDAR nested below the top,
an END that closes another component, an unclosed component, a BEGIN/END/SUMMARY/CATEGORIES/UID
line written oddly (parameters on BEGIN, spaces in a name), a VEVENT with an unreadable or
repeated UID.

Known difference, on purpose: problems in left-out events (a broken non-interview event, a
garbage line in a to-do) are no longer reported, and no longer make the whole file unreadable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from itertools import chain

from icalendar.parser import split_on_unescaped_comma, unescape_backslash

from .detect import TitleSigns, _compiled, any_excluded, is_interview
from .model import DetectRules
from .prefilter_hints import EventHints, needs_unfolding, unfold
from .titles import MAX_SUMMARY

#: One physical line starting with a name the scanner reads, or with a name icalendar may read
#: differently from the raw bytes (a non-token character before the first ":" or ";").
_BODY = (
    rb"((BEGIN|END|SUMMARY|CATEGORIES|UID|TZID|DTSTART|DTEND|DURATION|RRULE|RDATE|EXRULE"
    rb"|RECURRENCE-ID|X-FOLLOWUP-STAGE)([:;])([^\n]*)"
    rb"|(?![ \t])[\w.-]*[^\w.:;\n-][^\n]*)"
)
_FIRST_LINE = re.compile(_BODY, re.IGNORECASE)
_NEXT_LINE = re.compile(rb"\n" + _BODY, re.IGNORECASE)  # a literal prefix: fast to search
_WATCHED = frozenset(
    {"BEGIN", "END", "SUMMARY", "CATEGORIES", "UID", "TZID", "DTSTART", "DTEND", "DURATION"}
    | {"RRULE", "RDATE", "EXRULE", "RECURRENCE-ID"}
)
_COMPONENT_NAME = re.compile(rb"[A-Za-z0-9-]+")
_BLANK = re.compile(rb"[\r\n]*")
_BOM = b"\xef\xbb\xbf"
#: Found by calendar.walk() at any depth (the pipeline's events; icalendar caches every
#: VTIMEZONE): nested below the top they would escape the scanner.
_TOP_ONLY = frozenset({b"VEVENT", b"VTIMEZONE"})
_FOLD = b" \t"
#: Lines that make an event recur (RFC 5545 3.8.5): its days cannot be read off DTSTART alone.
_RECURRENCE = frozenset({b"RRULE", b"RDATE", b"EXRULE", b"RECURRENCE-ID"})
_DATE_DIGITS = re.compile(rb"(?:^|:)(\d{4})(\d\d)(\d\d)")
#: Slack around the window for raw dates read without their zone (at most +-14 h) and DTEND.
WINDOW_MARGIN = timedelta(days=3)


class _Unsure(Exception):
    """The scanner cannot be sure to read the file as icalendar does: use the whole file."""


@dataclass(slots=True)
class _Child:
    """A component directly inside a VCALENDAR: where it is, and what decides keeping it."""

    name: bytes
    start: int
    end: int = 0
    lines: list[tuple[bytes, bytes, bytes]] = field(default_factory=list)  # while open
    uid: str | None = None  # VEVENT: the group key; VTIMEZONE: the TZID (None: unsure)
    can_be: bool = False
    keep: bool = False
    #: VEVENT: the days it spans by its raw DTSTART/DTEND digits; None when unsure or recurring
    days: tuple[date, date] | None = None


@dataclass
class _Calendar:
    start: int
    end: int = 0
    children: list[_Child] = field(default_factory=list)


def prefilter(
    data: bytes,
    rules: DetectRules,
    window: tuple[date, date] | None = None,
    hints: tuple[str, ...] = (),
    title_sign: TitleSigns | None = None,
) -> bytes:
    """The calendar with only the VEVENT groups that can be interviews (see the module doc).

    design.md "reading the calendar": the keywords decide on SUMMARY and CATEGORIES; the other
    signs of real invites (detect.weighs_as_interview) need `title_sign` true of the SUMMARY
    (detect.title_may_weigh) or one of the `hints` in the event (detect.hint_words), so an event
    with neither can be left out. With a `window` (first and last day
    of interest), a group of single events that all lie WINDOW_MARGIN days or more outside it is
    left out too: years of past interviews cost nothing, and a broken one from long ago is no
    longer reported every night. Returns `data` itself when unsure.
    """
    text = data[len(_BOM) :] if data.startswith(_BOM) else data  # utf-8-sig, as icalendar
    if needs_unfolding(text):
        text = unfold(text)
    try:
        calendars = _scan(text, rules, EventHints(text, hints), title_sign)
        _choose(calendars, window)
    except _Unsure:
        return data
    pieces: list[bytes] = []
    for calendar in calendars:
        cursor = calendar.start
        for child in calendar.children:
            if not child.keep:
                pieces.append(text[cursor : child.start])  # calendar-level lines
                cursor = child.end
        pieces.append(text[cursor : calendar.end])
    return b"".join(pieces)


def _continued(text: bytes, rest: bytes, end: int) -> tuple[bytes, int]:
    """A line with its folded continuations (RFC 5545 3.1), and where it really ends.

    Only called with no blank line before a fold, so each fold is a lone CRLF or LF + space/tab.
    """
    pieces = [rest]
    while end + 1 < len(text) and text[end + 1] in _FOLD:
        following = text.find(b"\n", end + 1)
        following = len(text) if following < 0 else following
        if pieces[-1].endswith(b"\r"):
            pieces[-1] = pieces[-1][:-1]
        pieces.append(text[end + 2 : following])
        end = following
    return b"".join(pieces), end


def _scan(
    text: bytes,
    rules: DetectRules,
    hints: EventHints,
    title_sign: TitleSigns | None = None,
) -> list[_Calendar]:
    """The VCALENDARs of the text and their children; _Unsure on anything unusual."""
    calendars: list[_Calendar] = []
    stack: list[bytes] = []
    child: _Child | None = None
    outside = 0  # where the text outside every VCALENDAR resumes
    size = len(text)
    stems = _stems(rules)
    first = _FIRST_LINE.match(text)
    for match in chain([first] if first else [], _NEXT_LINE.finditer(text)):
        name, sep, rest = match.group(2, 3, 4)
        end = match.end()
        if name is None:
            _check_odd(*_continued(text, match.group(1), end))
            continue
        folded = end + 1 < size and text[end + 1] in _FOLD
        uname = name.upper()
        depth = len(stack)
        if uname == b"BEGIN" or uname == b"END":
            if folded:
                raise _Unsure
            if end < size:
                end += 1  # the line break
                if rest[-1:] == b"\r":
                    rest = rest[:-1]  # icalendar splits lines on \r?\n
            if sep != b":" or not _COMPONENT_NAME.fullmatch(rest):
                raise _Unsure
            component = rest.upper()
            start = match.start(1)
            if uname == b"BEGIN":
                if depth == 0:
                    if component != b"VCALENDAR" or not _blank(text[outside:start]):
                        raise _Unsure
                    calendars.append(_Calendar(start))
                elif component == b"VCALENDAR" or (component in _TOP_ONLY and depth > 1):
                    raise _Unsure
                elif depth == 1:
                    child = _Child(component, start)
                    calendars[-1].children.append(child)
                stack.append(component)
            else:
                if not stack or stack.pop() != component:
                    raise _Unsure
                if depth == 2 and child is not None:
                    _close(child, end, rules, stems, hints, title_sign)
                    child = None
                elif depth == 1:
                    calendars[-1].end = outside = end
        elif depth == 2 and child is not None:
            if folded:
                rest, end = _continued(text, rest, end)
            if end < size and rest[-1:] == b"\r":
                rest = rest[:-1]
            child.lines.append((uname, sep, rest))
    if stack or not calendars or not _blank(text[outside:]):
        raise _Unsure
    return calendars


def _close(
    child: _Child,
    end: int,
    rules: DetectRules,
    stems: re.Pattern[bytes] | None,
    hints: EventHints,
    title_sign: TitleSigns | None,
) -> None:
    """A child's END: decide what can be decided alone, and drop its lines."""
    child.end = end
    if child.name == b"VEVENT":
        child.uid = _uid(child.lines)
        hinted = hints.next_event()  # every VEVENT, in order: the count must not skip one
        if any(name == b"X-FOLLOWUP-STAGE" for name, _, _ in child.lines):
            child.lines = []  # followup's own reminder: never an interview (extract, issue 16)
            return
        hinted = hinted or (title_sign is not None and _title_signs(child.lines, title_sign))
        hinted = hinted and not _surely_excluded(child.lines, rules)
        child.can_be = hinted or _can_be_interview(child.lines, rules, stems)
        if child.can_be:
            child.days = _days(child.lines)
    elif child.name == b"VTIMEZONE":
        tzids = [(sep, value) for name, sep, value in child.lines if name == b"TZID"]
        value = _values(*tzids[0]) if len(tzids) == 1 else None
        child.uid = None if value is None else unescape_backslash(value)
    child.lines = []


def _blank(text: bytes) -> bool:
    return _BLANK.fullmatch(text) is not None


def _check_odd(line: bytes, end: int) -> None:
    """A line whose name icalendar may read as a watched one ("SUMMARY :", "ſummary", ...)."""
    head = re.split(rb"[:;]", line, maxsplit=1)[0]
    name = "".join(head.decode("utf-8", "replace").split()).upper()
    if name in _WATCHED:
        raise _Unsure


def _days(lines: list[tuple[bytes, bytes, bytes]]) -> tuple[date, date] | None:
    """The first and last day of a single event, read off the raw DTSTART/DTEND values.

    None (keep it) for anything but the plain case: recurrence (RRULE, RDATE, RECURRENCE-ID),
    DURATION, a repeated or unreadable time. The zone is ignored: WINDOW_MARGIN covers it.
    """
    found: dict[bytes, date] = {}
    for name, _, value in lines:
        if name in _RECURRENCE or name in found or name == b"DURATION":
            return None
        if name in (b"DTSTART", b"DTEND"):
            digits = _DATE_DIGITS.search(value)
            if digits is None:
                return None
            try:
                found[name] = date(int(digits[1]), int(digits[2]), int(digits[3]))
            except ValueError:
                return None  # an impossible date: the full parse reports it
    start = found.get(b"DTSTART")
    if start is None:
        return None
    return start, max(start, found.get(b"DTEND", start))


def _outside(days: tuple[date, date] | None, window: tuple[date, date] | None) -> bool:
    if days is None or window is None:
        return False
    return days[1] < window[0] - WINDOW_MARGIN or days[0] > window[1] + WINDOW_MARGIN


def _choose(calendars: list[_Calendar], window: tuple[date, date] | None = None) -> None:
    """Mark the children to keep: VEVENT groups that can be interviews, the VTIMEZONEs needed."""
    for calendar in calendars:
        groups: dict[str, list[_Child]] = {}
        kept: set[str] = set()
        for child in calendar.children:
            if child.name != b"VEVENT":
                continue
            if child.uid is None:  # occurrences._groups: a UID-less VEVENT is a group of its own
                child.keep = child.can_be and not _outside(child.days, window)
                continue
            groups.setdefault(child.uid, []).append(child)
            if child.can_be:
                kept.add(child.uid)
        for uid in kept:
            members = groups[uid]
            if all(_outside(m.days, window) for m in members):
                continue
            for member in members:
                member.keep = True
    _keep_time_zones(calendars)


@lru_cache(maxsize=8)
def _stems(rules: DetectRules) -> re.Pattern[bytes] | None:
    """A quick bytes test: the longest word of each keyword, which every match contains.

    Unescaping a TEXT value never joins letters, so a keyword found in the value is found in the
    raw line. Only for ASCII keywords (re.IGNORECASE on str folds "ſ" to "s", bytes do not).
    """
    stems = []
    for phrase in rules.keywords:
        words = [w for w in re.split(r"[\s_-]+", phrase) if w]
        if not words or not all(w.isascii() for w in words):
            return None
        stems.append(re.escape(max(words, key=len).encode("ascii")))
    return re.compile(b"|".join(stems), re.IGNORECASE) if stems else None


def _uid(lines: list[tuple[bytes, bytes, bytes]]) -> str | None:
    """The group key, as occurrences._groups reads it: the UID's text, stripped; None without."""
    uids = [(sep, value) for name, sep, value in lines if name == b"UID"]
    if len(uids) > 1:
        raise _Unsure  # icalendar makes a list of them
    if not uids:
        return None
    sep, raw = uids[0]
    if sep == b":" and raw.isascii() and b"\\" not in raw:
        return raw.decode("ascii").strip() or None  # the common case, quickly
    value = _values(sep, raw)
    if value is None:
        raise _Unsure
    return unescape_backslash(value).strip() or None


def _values(sep: bytes, rest: bytes) -> str | None:
    """The raw value of a line as icalendar splits it; None when a quote or backslash in the
    parameters could move the split (icalendar honors them, the scanner does not)."""
    if sep == b";":
        params, colon, value = rest.partition(b":")
        if not colon or b'"' in params or b"\\" in params or b"VALUE" in params.upper():
            return None
        rest = value
    return rest.decode("utf-8", "replace")


def _can_be_interview(
    props: list[tuple[bytes, bytes, bytes]], rules: DetectRules, stems: re.Pattern[bytes] | None
) -> bool:
    """True when icalendar's reading of SUMMARY and CATEGORIES may make this an interview.

    A line with parameters may fail to parse in icalendar and then be absent: the texts of such
    lines are tried with and without each (absence can lift an exclusion such as "prep").
    """
    lines = [line for line in props if line[0] in (b"SUMMARY", b"CATEGORIES")]
    if stems is not None:
        raw = b"\n".join(value for _, _, value in lines)
        if raw.isascii() and not stems.search(raw):
            return False
    if sum(1 for name, _, _ in lines if name == b"SUMMARY") > 1:
        return True  # icalendar makes a list: keep rather than guess
    sure: list[str] = []
    unsure: list[list[str]] = []
    for name, sep, rest in lines:
        value = _values(sep, rest)
        if value is None:
            return True
        texts = [unescape_backslash(value)] if name == b"SUMMARY" else _categories(value)
        if sep == b":":
            sure.extend(texts)
        else:
            unsure.append(texts)
    if is_interview("", sure, rules):
        return True
    return any(is_interview("", sure + texts, rules) for texts in unsure)


def _title_signs(props: list[tuple[bytes, bytes, bytes]], title_sign: TitleSigns) -> bool:
    """`title_sign` on the SUMMARY as icalendar reads it; True (keep) when unsure of that read."""
    summaries = [(sep, rest) for name, sep, rest in props if name == b"SUMMARY"]
    if len(summaries) != 1:
        return len(summaries) > 1  # icalendar makes a list: keep rather than guess
    if not title_sign.may_hold(summaries[0][1]):
        return False
    value = _values(*summaries[0])
    return value is None or title_sign(unescape_backslash(value))


def _surely_excluded(props: list[tuple[bytes, bytes, bytes]], rules: DetectRules) -> bool:
    """An exclude keyword in a SUMMARY or CATEGORIES that icalendar surely reads as written (no
    parameters, one SUMMARY): no sign makes that event an interview ("Interview prep")."""
    exclude = _compiled(rules)[1]
    lines = [line for line in props if line[0] in (b"SUMMARY", b"CATEGORIES")]
    if exclude is None or sum(1 for name, _, _ in lines if name == b"SUMMARY") > 1:
        return False
    for name, sep, rest in lines:
        if sep != b":":
            continue
        text = unescape_backslash(rest.decode("utf-8", "replace"))
        text = text[:MAX_SUMMARY] if name == b"SUMMARY" else text  # as the reader cuts it
        if any_excluded([text] if name == b"SUMMARY" else _categories(text), rules):
            return True
    return False


def _categories(value: str) -> list[str]:
    """CATEGORIES as icalendar splits it: on commas not escaped (RFC 5545 3.8.1.2)."""
    if "\\" in value:
        return split_on_unescaped_comma(value)
    return value.split(",")


def _keep_time_zones(calendars: list[_Calendar]) -> None:
    """The first VTIMEZONE of each TZID in the file (icalendar's process-wide cache), the last
    in each calendar (`expand`'s lookup), and any whose TZID cannot be read surely."""
    first: dict[str, _Child] = {}
    for calendar in calendars:
        last: dict[str, _Child] = {}
        for child in calendar.children:
            if child.name != b"VTIMEZONE":
                continue
            if child.uid is None:
                child.keep = True
                continue
            first.setdefault(child.uid, child).keep = True
            last[child.uid] = child
        for child in last.values():
            child.keep = True

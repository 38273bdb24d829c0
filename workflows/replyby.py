"""The `Reply by:` promise ("Dec 3", "Friday", "within 5 business days") as a date. Pure, no clock.

Every phrase is read relative to the interview's day, never to today. dateutil does the calendar
arithmetic (relativedelta for weekdays and months, rrule for business days). Its parser is not used:
with fuzzy matching it reads "within 5 business days" as the 5th of the month, it has no notion of
"the next Dec 3 on or after the interview", and it raises a zoo of exceptions on odd input; a few
anchored regexes are both stricter and predictable in time (the input is capped, nothing nests).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from dateutil.relativedelta import FR, TU, WE, relativedelta, weekday
from dateutil.rrule import DAILY, rrule

_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_NUMBER_WORDS = {
    "a couple": 2,
    "couple": 2,
    "a few": 3,
    "few": 3,
    "an": 1,
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_MAX_TEXT = 300  # a reply-by line is short; capping keeps every regex fast on fuzzed input
_MAX_COUNT = 999  # "within 10000 days" is no promise; also keeps dates far from date.max

_NUM = r"\d{1,4}|" + "|".join(sorted(map(re.escape, _NUMBER_WORDS), key=len, reverse=True))
_WORD = r"[a-z]{3,9}"

Handler = Callable[[re.Match[str], date], date | None]


def _name_index(token: str, names: tuple[str, ...]) -> int | None:
    """Index of the name `token` abbreviates ("dec", "sept", "thurs"; 3+ letters), else None."""
    if len(token) < 3:
        return None
    return next((i for i, name in enumerate(names) if name.startswith(token)), None)


def _number(token: str | None) -> int:
    if not token:
        return 0
    token = " ".join(token.split())
    return int(token) if token.isdigit() else _NUMBER_WORDS.get(token, 0)


def _next_on_or_after(month: int, day: int, start: date) -> date | None:
    """The first `month/day` on or after `start`, rolling the year (Feb 29 waits for a leap one)."""
    for year in range(start.year, start.year + 9):
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found >= start:
            return found
    return None


def _month_day(month_token: str, day: str, year: str | None, start: date) -> date | None:
    month = _name_index(month_token, _MONTH_NAMES)
    if month is None:
        return None
    if year:
        return date(int(year), month + 1, int(day))
    return _next_on_or_after(month + 1, int(day), start)


def _iso(m: re.Match[str], start: date) -> date | None:
    return date(int(m[1]), int(m[2]), int(m[3]))


def _us_numeric(m: re.Match[str], start: date) -> date | None:
    """US order, month first: "12/03/2026" is December 3 ("31/12/2026" can only be day first)."""
    month, day, year = int(m[1]), int(m[2]), m[3]
    if month > 12 >= day:
        month, day = day, month
    if year is None:
        return _next_on_or_after(month, day, start)
    return date(int(year) + (2000 if len(year) == 2 else 0), month, day)


def _month_then_day(m: re.Match[str], start: date) -> date | None:
    return _month_day(m[1], m[2], m[3], start)


def _day_then_month(m: re.Match[str], start: date) -> date | None:
    return _month_day(m[2], m[1], m[3], start)


def _this_week(day_of_week: weekday, weeks: int = 0) -> Handler:
    """That weekday of the interview's week (+ `weeks`); for a weekend interview the coming one."""

    def handler(m: re.Match[str], start: date) -> date | None:
        monday = start - timedelta(days=start.weekday())
        base = start if weeks == 0 else monday + timedelta(weeks=weeks)
        return base + relativedelta(weekday=day_of_week(+1))

    return handler


def _named_weekday_next_week(m: re.Match[str], start: date) -> date | None:
    """ "next Monday" / "Monday next week": that weekday of the following (Monday-based) week."""
    index = _name_index(m[1] or m[2], _WEEKDAY_NAMES)
    if index is None:
        return None
    monday = start - timedelta(days=start.weekday())
    return monday + timedelta(weeks=1, days=index)


def _named_weekday(m: re.Match[str], start: date) -> date | None:
    """ "Friday": the next Friday strictly after the interview day."""
    index = _name_index(m[1], _WEEKDAY_NAMES)
    if index is None:
        return None
    return start + relativedelta(days=1, weekday=weekday(index)(+1))


def _span(m: re.Match[str], start: date) -> date | None:
    """ "within 5 business days", "in 2 weeks", "a day or two" (the larger number wins)."""
    count = max(_number(m["low"]), _number(m["n"]), _number(m["high"]))
    if not 0 < count <= _MAX_COUNT:
        return None
    unit = m["unit"]
    if m["biz"] and unit == "day":
        return rrule(DAILY, dtstart=start + timedelta(days=1), byweekday=range(5), count=count)[
            -1
        ].date()
    if unit == "month":
        return start + relativedelta(months=count)
    return start + timedelta(days=count * (7 if unit == "week" else 1))


def _offset(days: int) -> Handler:
    return lambda m, start: start + timedelta(days=days)


def _end_of_month(months: int) -> Handler:
    return lambda m, start: start + relativedelta(months=months, day=31)


#: Tried in order; the first match that yields a date wins (specific phrases before general ones).
_RULES: tuple[tuple[re.Pattern[str], Handler], ...] = tuple(
    (re.compile(pattern), handler)
    for pattern, handler in (
        (r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)", _iso),
        (r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/])", _us_numeric),
        (rf"\b({_WORD})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}})\b)?", _month_then_day),
        (
            rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_WORD})\b\.?(?:,?\s+(\d{{4}})\b)?",
            _day_then_month,
        ),
        (r"\bday after tomorrow\b", _offset(2)),
        (r"\btomorrow\b", _offset(1)),
        (r"\b(?:today|tonight|eod|end of (?:the )?day)\b", _offset(0)),
        (r"\bearly next week\b", _this_week(TU, weeks=1)),
        (r"\b(?:mid|middle of) next week\b", _this_week(WE, weeks=1)),
        (r"\bweek after next\b", _this_week(FR, weeks=2)),
        (
            rf"\bnext\s+({_WORD})\b(?!\s+(?:week|month))|\b({_WORD})\s+(?:of\s+)?next\s+week\b",
            _named_weekday_next_week,
        ),
        (r"\bnext week\b", _this_week(FR, weeks=1)),
        (r"\b(?:end of (?:the |this )?week|this week|eow)\b", _this_week(FR)),
        (r"\b(?:end of (?:the |this )?month|this month)\b", _end_of_month(0)),
        (r"\bnext month\b", _end_of_month(1)),
        (
            rf"\b(?:(?P<low>{_NUM})\s*(?:or|to|-)\s*)?(?P<n>{_NUM})\s+(?:of\s+)?"
            rf"(?P<biz>(?:business|working|work)\s+)?(?P<unit>day|week|month)s?\b"
            rf"(?:\s+or\s+(?P<high>{_NUM})\b)?",
            _span,
        ),
        (rf"\b({_WORD})\b", _named_weekday),
    )
)


def parse_reply_by(text: str, interview_day: date) -> date | None:
    """design.md `Reply by:` line: the date they promised to answer by, read from the interview day.

    ISO "2026-11-24"; US "12/03/2026"; "Dec 3" / "3rd of December" (next on or after the interview
    day); "Friday" (next one strictly after); "tomorrow"; "end of week"/"this week" (that week's
    Friday); "next week" (its Friday); "early next week" (its Tuesday); "next Monday";
    "within 5 business days"; "in 2 weeks"; "a day or two". None when nothing is recognised,
    and for a date before the interview day (a typo: a nudge would fall before the interview).
    """
    if not isinstance(text, str):
        return None
    normal = " ".join(text[:_MAX_TEXT].lower().split())
    for pattern, handler in _RULES:
        for match in pattern.finditer(normal):
            try:
                found = handler(match, interview_day)
            except (ValueError, OverflowError, IndexError):
                found = None
            if found is not None and found >= interview_day:  # a promise is never in the past
                return found
    return None

"""`Reply by:` phrases read from the interview day (design.md "Contract: reading the calendar")."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.workflows.replyby import parse_reply_by

FRIDAY = date(2026, 11, 20)
WEDNESDAY = date(2026, 11, 18)
SUNDAY = date(2026, 11, 22)


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        ("2026-11-24", FRIDAY, date(2026, 11, 24)),
        ("by 2026-12-01 at the latest", FRIDAY, date(2026, 12, 1)),
        ("12/03/2026", FRIDAY, date(2026, 12, 3)),
        ("12/03/26", FRIDAY, date(2026, 12, 3)),
        ("12/03", FRIDAY, date(2026, 12, 3)),
        ("31/12/2026", FRIDAY, date(2026, 12, 31)),  # only day-first makes sense
        ("Dec 3", FRIDAY, date(2026, 12, 3)),
        ("December 3rd", FRIDAY, date(2026, 12, 3)),
        ("dec. 3, 2027", FRIDAY, date(2027, 12, 3)),
        ("the 3rd of December", FRIDAY, date(2026, 12, 3)),
        ("Sept 1", FRIDAY, date(2027, 9, 1)),  # rolls into next year
        ("Nov 20", FRIDAY, date(2026, 11, 20)),  # on the interview day itself
        ("Feb 29", FRIDAY, date(2028, 2, 29)),  # the next leap year
        ("Friday", FRIDAY, date(2026, 11, 27)),  # strictly after the interview day
        ("Friday", WEDNESDAY, date(2026, 11, 20)),
        ("by Monday", FRIDAY, date(2026, 11, 23)),
        ("Tues", FRIDAY, date(2026, 11, 24)),
        ("tomorrow", FRIDAY, date(2026, 11, 21)),
        ("end of day", FRIDAY, FRIDAY),
        ("end of week", WEDNESDAY, date(2026, 11, 20)),
        ("this week", FRIDAY, FRIDAY),
        ("end of the week", SUNDAY, date(2026, 11, 27)),  # a weekend interview: the coming Friday
        ("next week", WEDNESDAY, date(2026, 11, 27)),
        ("next week", SUNDAY, date(2026, 11, 27)),  # weeks start on Monday
        ("early next week", FRIDAY, date(2026, 11, 24)),
        ("mid next week", FRIDAY, date(2026, 11, 25)),
        ("next Monday", WEDNESDAY, date(2026, 11, 23)),
        ("Thursday next week", WEDNESDAY, date(2026, 11, 26)),
        ("week after next", FRIDAY, date(2026, 12, 4)),
        ("within 5 business days", FRIDAY, date(2026, 11, 27)),
        ("in 5 working days", WEDNESDAY, date(2026, 11, 25)),
        ("2-3 business days", FRIDAY, date(2026, 11, 25)),
        ("within 3 days", FRIDAY, date(2026, 11, 23)),
        ("in 2 weeks", FRIDAY, date(2026, 12, 4)),
        ("within two weeks", FRIDAY, date(2026, 12, 4)),
        ("within TEN days", FRIDAY, date(2026, 11, 30)),
        ("a day or two", FRIDAY, date(2026, 11, 22)),
        ("in a couple of weeks", FRIDAY, date(2026, 12, 4)),
        ("within a month", FRIDAY, date(2026, 12, 20)),
        ("end of month", FRIDAY, date(2026, 11, 30)),
        ("next month", FRIDAY, date(2026, 12, 31)),
    ],
)
def test_phrases(text: str, day: date, expected: date) -> None:
    assert parse_reply_by(text, day) == expected


@pytest.mark.parametrize(
    "text", ["", "soon", "ASAP", "2026-13-40", "02/30/2026", "13/13", "in 0 days", "in 5000 days"]
)
def test_unparseable_is_none(text: str) -> None:
    assert parse_reply_by(text, FRIDAY) is None


def test_dates_near_the_end_of_the_calendar_give_none_not_an_error() -> None:
    assert parse_reply_by("within 10 business days", date.max) is None
    assert parse_reply_by("Dec 3", date(9999, 12, 30)) is None


_VOCABULARY = (
    "by within in next this end of the week weeks day days business working friday mon dec december"
    " 3rd 12/03 2026-11-24 12/03/2026 31/12 a couple few two ten 5 - , . / or early mid month"
    " tomorrow eow 99999999999999 0"
)
_TEXT = st.one_of(
    st.text(max_size=400), st.lists(st.sampled_from(_VOCABULARY.split()), max_size=30).map(" ".join)
)


@settings(max_examples=300)
@given(text=_TEXT, day=st.dates())
def test_any_text_gives_a_date_or_none(text: str, day: date) -> None:
    found = parse_reply_by(text, day)
    assert found is None or isinstance(found, date)


def test_huge_adversarial_input_returns() -> None:
    texts = ["1" * 100_000, "a " * 100_000, "dec " * 50_000, "/1" * 50_000, "next " * 50_000]
    for text in texts:
        assert parse_reply_by(text, FRIDAY) is None

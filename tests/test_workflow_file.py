"""Workflow files: the bundled interview workflow, user files, every problem reported at once."""

from __future__ import annotations

from datetime import time, timedelta
from importlib.resources import files

import pytest

from followup.workflows.model import Stage, Workflow
from followup.workflows.workflow_file import (
    WorkflowError,
    apply_overrides,
    bundled_names,
    bundled_workflow,
    parse_duration,
    parse_workflow,
    parse_working_hours,
)

BUNDLED_TEXT = files("followup.workflows").joinpath("interview.toml").read_text(encoding="utf-8")


def problems_of(text: str) -> list[str]:
    with pytest.raises(WorkflowError) as caught:
        parse_workflow(text, source="my.toml")
    assert caught.value.problems, "a WorkflowError must list its problems"
    assert all(p.startswith("my.toml: ") for p in caught.value.problems)
    return caught.value.problems


def test_bundled_interview_workflow_matches_the_contract() -> None:
    wf = bundled_workflow()
    assert wf == bundled_workflow("interview")
    assert wf.name == "interview"
    assert (wf.lookback_days, wf.horizon_days, wf.business_days) == (30, 365, True)
    assert wf.working_hours == (time(9, 0), time(18, 0))
    assert wf.stale_after == timedelta(days=2)
    assert wf.stages == (
        Stage(
            name="thank-you",
            template="thank-you",
            summary="{company}: thank-you note to {to}",
            anchor="end",
            offset=timedelta(hours=1),
            due=timedelta(hours=24),
            recipients="interviewers",
            only_active=False,
            max_words=150,
        ),
        Stage(
            name="nudge",
            template="nudge",
            summary="{company}: nudge {to}",
            anchor="reply_by",
            offset=timedelta(days=2),
            fallback_anchor="end",
            fallback_offset=timedelta(days=7),
            recipients="contact",
            only_active=True,
            max_words=80,
        ),
        Stage(
            name="check-in",
            template="check-in",
            summary="{company}: final check-in",
            anchor="nudge",
            offset=timedelta(days=2),
            recipients="contact",
            only_active=True,
            max_words=50,
        ),
    )


def test_bundled_names_and_unknown_bundled_workflow() -> None:
    assert "interview" in bundled_names()
    with pytest.raises(WorkflowError, match="no bundled workflow 'nope'.*interview"):
        bundled_workflow("nope")
    with pytest.raises(WorkflowError):
        bundled_workflow("../interview")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30m", timedelta(minutes=30)),
        ("90m", timedelta(minutes=90)),
        ("1h", timedelta(hours=1)),
        ("24h", timedelta(days=1)),
        ("2d", timedelta(days=2)),
        ("1w", timedelta(days=7)),
        ("1d12h", timedelta(days=1, hours=12)),
        (" 2D ", timedelta(days=2)),
        ("0m", timedelta(0)),
    ],
)
def test_parse_duration(text: str, expected: timedelta) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["", "2", "d", "1h2d", "-1h", "1.5h", "2 days", "1s"])
def test_parse_duration_rejects(text: str) -> None:
    with pytest.raises(WorkflowError, match="not a duration"):
        parse_duration(text)


def test_workflow_error_is_a_value_error_with_exit_code_2() -> None:
    err = WorkflowError(["a", "b"])
    assert isinstance(err, ValueError)
    assert err.exit_code == 2
    assert str(err) == "a\nb"


def test_parse_working_hours() -> None:
    assert parse_working_hours("08:30-17:00") == (time(8, 30), time(17, 0))
    assert parse_working_hours("9:00 - 18:00") == (time(9, 0), time(18, 0))
    for bad in ("9-18", "18:00-09:00", "09:00-09:00", "25:00-26:00", "09:60-10:00"):
        with pytest.raises(WorkflowError, match="working hours"):
            parse_working_hours(bad)


def test_a_copy_with_weekends_and_a_fourth_stage() -> None:
    text = BUNDLED_TEXT.replace("business_days = true", "business_days = false") + (
        '\n[[stage]]\nname = "last-word"\nanchor = "check-in"\noffset = "1w"\n'
    )
    wf = parse_workflow(text, source="mine.toml")
    assert wf.business_days is False
    last = wf.stages[-1]
    assert (last.name, last.template, last.anchor, last.offset) == (
        "last-word",
        "last-word",
        "check-in",
        timedelta(weeks=1),
    )
    assert last.summary == "{company}: {stage} to {to}"
    assert (last.recipients, last.only_active, last.due) == ("contact", True, None)


def test_name_defaults_to_the_file_name() -> None:
    text = '[[stage]]\nname = "thanks"\nanchor = "end"\noffset = "1h"\n'
    wf = parse_workflow(text, source="/home/me/short.toml")
    assert wf.name == "short"
    assert wf == Workflow(name="short", stages=wf.stages)


def test_every_problem_is_reported_at_once() -> None:
    text = """
name = "broken"
lookback_days = -1
business_days = "yes"
working_hours = "18:00-09:00"
stale_after = 2
colour = "blue"

[[stage]]
name = "thank-you"
anchor = "start"
offset = "1 hour"
recipients = "everyone"
summary = "Thank {interviewer}"

[[stage]]
name = "nudge"
anchor = "check-in"
offset = "2d"
max_words = 0
only_active = "no"

[[stage]]
name = "check-in"
anchor = "reply_by"
offset = "2d"
due = "soon"
typo_key = 1

[[stage]]
name = "nudge"
anchor = "end"
offset = "1d"
fallback_anchor = "end"
"""
    problems = "\n".join(problems_of(text))
    for expected in [
        "lookback_days: -1 is not a whole number >= 0",
        "business_days: 'yes' is not true or false",
        "working_hours: working hours '18:00-09:00' must start before they end",
        "stale_after: 2 is not a duration",
        "unknown key 'colour'",
        "stage 1 (thank-you) anchor: unknown anchor 'start'",
        "stage 1 (thank-you) offset: '1 hour' is not a duration",
        "recipients 'everyone' is not one of interviewers, contact",
        "unknown field(s) 'interviewer'",
        "stage 2 (nudge) anchor: 'check-in' is this or a later stage",
        "stage 2 (nudge) max_words: 0 is not a whole number >= 1",
        "stage 2 (nudge) only_active: 'no' is not true or false",
        "stage 3 (check-in): anchor 'reply_by' needs fallback_anchor and fallback_offset",
        "stage 3 (check-in) due: 'soon' is not a duration",
        "stage 3 (check-in): unknown key 'typo_key'",
        "stage 4 (nudge): the stage name 'nudge' is used twice",
        "stage 4 (nudge): fallback_anchor and fallback_offset apply only to anchor 'reply_by'",
    ]:
        assert expected in problems


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("name = [", "not valid TOML"),
        ('name = "x"', "no stages"),
        ('[stage]\nname = "a"', "[[stage]] table (double brackets)"),
        ("[[stage]]\n", "missing 'name'"),
        ('[[stage]]\nname = "end"\nanchor = "end"\noffset = "1h"', "cannot be called 'end'"),
        ('[[stage]]\nname = "a b"\nanchor = "end"\noffset = "1h"', "'a b' is not a name"),
        ('[[stage]]\nname = "a"\nanchor = "a"\noffset = "1h"', "this or a later stage"),
        ('[[stage]]\nname = "a"\nanchor = "end"\noffset = "1h"\nsummary = "{to"', "summary"),
        (
            '[[stage]]\nname = "a"\nanchor = "reply_by"\noffset = "1h"\n'
            'fallback_anchor = "reply_by"\nfallback_offset = "1d"',
            "unknown anchor 'reply_by' (allowed: 'end')",
        ),
    ],
)
def test_single_problems(text: str, expected: str) -> None:
    assert any(expected in p for p in problems_of(text))


def test_apply_overrides() -> None:
    wf = bundled_workflow()
    changed = apply_overrides(
        wf,
        lookback_days=10,
        business_days=False,
        working_hours="08:00-16:30",
        horizon_days=None,
        stage_offsets={"nudge": "3d", "check-in": "1d12h"},
    )
    assert (changed.lookback_days, changed.business_days) == (10, False)
    assert changed.horizon_days == wf.horizon_days
    assert changed.working_hours == (time(8, 0), time(16, 30))
    by_name = {s.name: s for s in changed.stages}
    assert by_name["nudge"].offset == timedelta(days=3)
    assert by_name["nudge"].fallback_offset == timedelta(days=7)
    assert by_name["check-in"].offset == timedelta(days=1, hours=12)
    assert by_name["thank-you"] == wf.stages[0]
    assert apply_overrides(wf) == wf


def test_apply_overrides_reports_every_problem() -> None:
    with pytest.raises(WorkflowError) as caught:
        apply_overrides(
            bundled_workflow(),
            lookback_days="30",
            working_hours="9 to 5",
            colour="red",
            stage_offsets={"nudge": "soon", "follow": "1d"},
        )
    problems = "\n".join(caught.value.problems)
    assert len(caught.value.problems) == 5
    for expected in [
        "lookback_days: '30' is not a whole number",
        "working hours '9 to 5'",
        "unknown setting 'colour'",
        "offsets.nudge: 'soon' is not a duration",
        "offsets.follow: no such stage (stages: thank-you, nudge, check-in)",
    ]:
        assert expected in problems

"""Email drafts: bundled templates rendered with realistic data, overrides, sandbox, the lint."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.workflows.drafts import (
    DraftError,
    count_words,
    find_emoji,
    lint_draft,
    make_environment,
    render_draft,
    template_names,
)
from followup.workflows.model import Candidate, Draft, FollowUp, Interview, Person, Stage

TZ = ZoneInfo("America/New_York")
START = datetime(2026, 11, 20, 10, 0, tzinfo=TZ)  # a Friday
JANE = Person("Jane Doe", "jane@acme.example")
CANDIDATE = Candidate("Alex Morgan", "alex@example.com", "America/New_York", "Alex Morgan")

#: The bundled workflow's stages: (name, offset of the reminder from the interview end, word limit).
STAGES = {
    "thank-you": (timedelta(hours=1), 150),
    "nudge": (timedelta(days=7), 80),
    "check-in": (timedelta(days=9), 50),
}
THANKS = "Thank you for taking the time to speak with me"  # advice: gratitude for the time
LEARNED = "I really appreciated learning more about"  # advice: what was learned about role, company
ENTHUSIASM = "even more enthusiastic about the role"  # advice: enthusiasm for the role
NEXT_STEPS = "Could you let me know what the next steps are and when I might expect to hear back?"


def interview(
    company: str = "Acme",
    role: str = "Site Reliability Engineer",
    reply_by: date | None = None,
    summary: str = "Interview with Acme - SRE",
    interviewers: tuple[Person, ...] = (JANE,),
    recurrence_id: str | None = None,
) -> Interview:
    return Interview(
        uid="abc@example.com",
        recurrence_id=recurrence_id,
        summary=summary,
        company=company,
        role=role,
        start=START,
        end=START + timedelta(hours=1),
        reply_by=reply_by,
        status="active",
        interviewers=interviewers,
    )


def followup(
    stage: str,
    iv: Interview | None = None,
    to: tuple[Person, ...] = (JANE,),
    at: datetime | None = None,
    template: str | None = None,
) -> FollowUp:
    iv = iv if iv is not None else interview()
    offset, max_words = STAGES.get(stage, (timedelta(hours=1), 150))
    rule = Stage(
        name=stage,
        template=template or stage,
        summary="Send {stage} to {to} ({company})",
        anchor="end",
        offset=offset,
        max_words=max_words,
    )
    return FollowUp(iv, rule, at or iv.end + offset, None, to, f"{stage}-uid")


@pytest.fixture(scope="module")
def env():
    return make_environment()


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# --- the bundled templates ------------------------------------------------------------------------

SCENARIOS = {
    "known company and role": dict(company="Acme", role="Site Reliability Engineer"),
    "unknown company": dict(company="", role="Backend Engineer"),
    "unknown role": dict(company="Globex Corporation", role=""),
    "unknown both": dict(company="", role=""),
    "long names": dict(
        company="Initech Financial Services International", role="Senior Staff Platform Engineer"
    ),
}
RECIPIENTS = {
    "named": ((JANE,), "Hi Jane,"),
    "no name": ((Person("", "recruiting@acme.example"),), "Hello,"),
    "no recipient": ((), "Hello,"),
    "two recipients": ((JANE, Person("Bo Li", "bo@acme.example")), "Hello,"),
}


def test_bundled_templates_are_the_three_stages():
    assert template_names() == ("check-in", "nudge", "thank-you")


@pytest.mark.parametrize("stage", sorted(STAGES))
@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
@pytest.mark.parametrize("who", sorted(RECIPIENTS))
@pytest.mark.parametrize("reply_by", [None, date(2026, 11, 27)])
def test_bundled_template_renders_clean(env, stage, scenario, who, reply_by):
    to, greeting = RECIPIENTS[who]
    iv = interview(reply_by=reply_by, **SCENARIOS[scenario])
    draft = render_draft(followup(stage, iv, to=to), CANDIDATE, env)

    assert draft.warnings == ()
    assert draft.to == to
    assert draft.subject and "\n" not in draft.subject
    lines = draft.body.split("\n")
    assert lines[0] == greeting
    assert lines[-2:] == ["Best regards,", "Alex Morgan"]
    assert count_words(draft.body) <= STAGES[stage][1]
    for text in (draft.subject, draft.body):
        assert "  " not in text and " ," not in text and " ." not in text and ".." not in text
        assert "None" not in text and "the the" not in text.lower()
        assert not re.search(r"\b(at|for|about|on) ?[.,]", text), text
    for part in (iv.company, iv.role):
        if part:
            assert part in draft.body
    if stage != "thank-you":
        assert "?" in draft.body or "update" in draft.body


@pytest.mark.parametrize("reply_by", [None, date(2026, 11, 27)])
@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_thank_you_has_the_three_elements_and_asks_next_steps_only_without_reply_by(
    env, reply_by, scenario
):
    iv = interview(reply_by=reply_by, **SCENARIOS[scenario])
    body = render_draft(followup("thank-you", iv), CANDIDATE, env).body

    assert THANKS in body
    assert LEARNED in body
    assert ENTHUSIASM in body
    paragraphs = body.split("\n\n")
    if reply_by is None:
        assert body.count(NEXT_STEPS) == 1
        assert paragraphs[-2] == NEXT_STEPS  # the last line before the sign-off
    else:
        assert "next steps" not in body
        assert paragraphs[-2] == "I look forward to hearing from you."


def test_thank_you_is_personal(env):
    draft = render_draft(followup("thank-you"), CANDIDATE, env)
    assert draft.body.startswith("Hi Jane,\n\n")
    assert "the Site Reliability Engineer position and the team at Acme" in draft.body


def test_unknown_company_and_role_fall_back_to_plain_words(env):
    iv = interview(company="", role="")
    body = render_draft(followup("thank-you", iv), CANDIDATE, env).body
    assert "learning more about the position and your team" in body
    nudge = render_draft(followup("nudge", iv), CANDIDATE, env)
    assert nudge.subject == "Following up on my interview"
    assert "my November 20 interview." in nudge.body


@pytest.mark.parametrize(
    "at, subject, phrase",
    [
        (START + timedelta(hours=2), "Thank you for today's interview", "with me today."),
        (START + timedelta(days=1), "Thank you for the interview yesterday", "with me yesterday."),
        (START + timedelta(days=3), "Thank you for the interview on Friday", "with me on Friday."),
        (
            START + timedelta(days=10),
            "Thank you for the interview on November 20",
            "on November 20.",
        ),
    ],
)
def test_thank_you_names_the_day_as_seen_when_sent(env, at, subject, phrase):
    draft = render_draft(followup("thank-you", at=at), CANDIDATE, env)
    assert draft.subject == subject
    assert phrase in draft.body


def test_nudge_and_check_in_are_friendly_and_short(env):
    nudge = render_draft(followup("nudge"), CANDIDATE, env)
    check_in = render_draft(followup("check-in"), CANDIDATE, env)
    for scolding in ("still haven't", "have not heard", "promised", "as you said", "no response"):
        assert scolding not in nudge.body.lower()
    assert "still very interested" in nudge.body
    assert "checking in" in check_in.body
    assert "anything I can help with" in check_in.body
    assert count_words(check_in.body) < count_words(nudge.body) < 80


def test_signature_falls_back_to_the_name(env):
    candidate = Candidate("Alex Morgan", "alex@example.com", "UTC", "")
    assert render_draft(followup("nudge"), candidate, env).body.endswith(
        "Best regards,\nAlex Morgan"
    )
    signed = Candidate("Alex Morgan", "alex@example.com", "UTC", "Alex\n+1 555 0100")
    assert render_draft(followup("nudge"), signed, env).body.endswith("regards,\nAlex\n+1 555 0100")


# --- user overrides -------------------------------------------------------------------------------


def test_user_template_wins_and_others_stay_bundled(tmp_path):
    write(tmp_path, "nudge.j2", "Subject: Hello from {{ company }}\n\nMy own nudge, {{ stage }}.\n")
    write(tmp_path, "extra.j2", "Subject: x\n\ny\n")
    env = make_environment(tmp_path)

    nudge = render_draft(followup("nudge"), CANDIDATE, env)
    assert (nudge.subject, nudge.body) == ("Hello from Acme", "My own nudge, nudge.")
    assert render_draft(followup("check-in"), CANDIDATE, env).body.startswith("Hi Jane,")
    assert template_names(env) == ("check-in", "extra", "nudge", "thank-you")


def test_render_adds_nothing_and_strips_trailing_whitespace(tmp_path):
    write(tmp_path, "nudge.j2", "\nSubject:   Hi there  \n\n\nLine one   \n\tLine two\t\n\n\n  \n")
    draft = render_draft(followup("nudge"), CANDIDATE, make_environment(tmp_path))
    assert draft.subject == "Hi there"
    assert draft.body == "Line one\n\tLine two"


@pytest.mark.parametrize(
    "text, problem",
    [
        ("Subject: x\n\n{% if company %}open block", "line 3"),
        ("Subject: x\n\nHi {{ first_name }}", "'first_name' is undefined"),
        ("Subject: x\n\n{{ interview.nope }}", "has no attribute 'nope'"),
        ("Subject: x\n\n{{ 1 / 0 }}", "ZeroDivisionError"),
        ("Dear Jane,\n\nno subject line", 'first line must be "Subject: ..."'),
        ("Subject:\n\nbody", '"Subject:" line is empty'),
        ("", 'first line must be "Subject: ..."'),
    ],
)
def test_broken_user_template_raises_draft_error_naming_the_file(tmp_path, text, problem):
    path = write(tmp_path, "thank-you.j2", text)
    with pytest.raises(DraftError) as caught:
        render_draft(followup("thank-you"), CANDIDATE, make_environment(tmp_path))
    message = str(caught.value)
    assert str(path) in message
    assert problem in message


def test_undefined_name_error_gives_the_line(tmp_path):
    path = write(tmp_path, "nudge.j2", "Subject: x\n\nHi,\n\n{{ oops }}\n")
    with pytest.raises(DraftError, match=re.escape(f"{path}, line 5: 'oops' is undefined")):
        render_draft(followup("nudge"), CANDIDATE, make_environment(tmp_path))


def test_missing_template_raises_draft_error(env):
    with pytest.raises(DraftError, match=r"template no-such-stage\.j2: not found"):
        render_draft(followup("nudge", template="no-such-stage"), CANDIDATE, env)


@pytest.mark.parametrize(
    "expression",
    [
        "''.__class__.__mro__",
        "interview.__class__.__init__.__globals__",
        "candidate.__dict__",
        "company.__class__",
    ],
)
def test_sandbox_blocks_private_attribute_access(tmp_path, expression):
    write(tmp_path, "check-in.j2", f"Subject: x\n\n{{{{ {expression} }}}}\n")
    with pytest.raises(DraftError, match="unsafe"):
        render_draft(followup("check-in"), CANDIDATE, make_environment(tmp_path))


# --- event text is data --------------------------------------------------------------------------

INJECTION = "{{ 7*7 }} {% for x in range(3) %}x{% endfor %} {# c #}"


def test_event_text_with_template_syntax_stays_literal(env, tmp_path):
    iv = interview(company=INJECTION, role=INJECTION, summary=f"Interview {INJECTION}")
    person = Person(f"{INJECTION} Doe", "jane@acme.example")
    draft = render_draft(followup("thank-you", iv, to=(person,)), CANDIDATE, env)
    assert INJECTION in draft.body
    assert "49" not in draft.body and "xxx" not in draft.body
    assert any("leftover template syntax" in w for w in draft.warnings)

    write(tmp_path, "nudge.j2", "Subject: {{ interview.summary }}\n\n{{ recipient.name }}\n")
    user = render_draft(followup("nudge", iv, to=(person,)), CANDIDATE, make_environment(tmp_path))
    assert user.subject == f"Interview {INJECTION}"
    assert user.body == f"{INJECTION} Doe"


EVENT_TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=40).map(
    str.strip
)
_ENV = make_environment()  # hypothesis runs the test many times: one environment for all


@settings(max_examples=40, deadline=None)
@given(company=EVENT_TEXT, role=EVENT_TEXT, name=EVENT_TEXT)
def test_any_event_text_renders_literally(company, role, name):
    iv = interview(company=company, role=role)
    person = Person(name, "someone@example.com")
    draft = render_draft(followup("check-in", iv, to=(person,)), CANDIDATE, _ENV)
    position = f"the {role} position" if role else "the position"
    at_company = f" at {company}" if company else ""
    assert draft.subject == f"Checking in on {position}{at_company}"
    assert f"I am just checking in on {position}{at_company}." in draft.body


# --- the lint ------------------------------------------------------------------------------------


def lint(subject: str = "Thanks", body: str = "Hi Jane,\n\nThank you.", max_words: int = 150):
    draft = Draft(to=(JANE,), subject=subject, body=body)
    return lint_draft(draft, max_words=max_words, template="thank-you.j2", interview=interview())


def test_lint_clean_draft_has_no_warnings():
    assert lint(body="Hi Jane,\n\nThank you! See you \u2192 soon \u00a9 2026.") == ()


def test_lint_word_count_names_template_and_interview():
    body = " ".join(["word"] * 163)
    assert lint(body=body) == (
        'thank-you.j2 for "Interview with Acme - SRE" (abc@example.com): '
        "body has 163 words (limit 150)",
    )
    assert lint(body=" ".join(["word"] * 150) + " - -- ...") == ()


def test_lint_names_the_occurrence_of_a_recurring_interview():
    draft = Draft(to=(), subject="s", body="Great! Really!")
    iv = interview(recurrence_id="2026-11-20T10:00:00-05:00")
    (warning,) = lint_draft(draft, max_words=50, template="check-in.j2", interview=iv)
    assert warning.startswith(
        'check-in.j2 for "Interview with Acme - SRE" (abc@example.com, 2026-11-20T10:00:00-05:00): '
    )


def test_lint_exclamation_marks_count_subject_and_body():
    assert lint(subject="Thanks!", body="Great to meet you.") == ()
    (warning,) = lint(subject="Thanks!", body="Great to meet you!")
    assert warning.endswith('has 2 exclamation marks (at most one "!")')


@pytest.mark.parametrize("emoji", ["\U0001f600", "\u2764\ufe0f", "\u2b50", "\U0001f44d\U0001f3fd"])
def test_lint_flags_emoji(emoji):
    (warning,) = lint(body=f"Thank you {emoji}")
    assert "contains emoji" in warning
    assert f"U+{ord(emoji[0]):04X}" in warning


def test_find_emoji_ignores_ordinary_symbols():
    assert find_emoji("Caf\u00e9 \u2014 \u00a9 \u2122 \u2192 50\u00b0 \u20ac5") == ()
    assert find_emoji("ok \u2705 \U0001f389 \u2705") == ("\u2705", "\U0001f389")


@pytest.mark.parametrize("syntax", ["{{", "}}", "{%", "%}", "{#", "#}"])
def test_lint_flags_leftover_template_syntax(syntax):
    (warning,) = lint(body=f"Hi Jane, {syntax} name")
    assert warning.endswith(f"has leftover template syntax ({syntax})")


def test_lint_reports_every_problem():
    warnings = lint(subject="", body="Wow! Great! \U0001f600 {{ x }} " + "w " * 20, max_words=10)
    problems = [w.split(": ", 1)[1] for w in warnings]
    assert [p.split(" ")[0] for p in problems] == ["body", "subject", "has", "contains", "has"]


def test_count_words():
    assert count_words("Hi Jane,\n\nI'm well - thanks \u2014 truly.") == 6
    assert count_words("") == 0

"""Draft the follow-up emails from Jinja2 templates, then lint them.

advice: a thank-you thanks for the time, appreciates what was learned about the role and company,
shows enthusiasm for the role, and asks about next steps when no reply date was given; the nudge is
brief and friendly; the check-in very short. All: professional, no emoji, at most one "!".

A template ("<name>.j2", bundled in `followup.templates` or overridden by a file of the same name in
the user's `[templates] dir`) renders to ``Subject: <subject>``, a blank line, then the body with
its sign-off. It runs in a `SandboxedEnvironment` with `StrictUndefined`: a misspelt name is an
error, never an empty string.

Context variables every template gets:

- ``candidate``: the Candidate (``name``, ``email``, ``signature``); sign with
  ``candidate.signature or candidate.name``.
- ``recipient``: the one Person the email goes to (``first_name``, ``name``, ``email``), or None
  with no recipient or more than one; greet "Hi Jane," or, with no first name, "Hello,".
- ``recipients``: every Person on the To: line (a tuple, possibly empty).
- ``interview``: the Interview (``company``, ``role``, ``summary``, ``start``, ``end``, ...).
- ``company``, ``role``: strings, "" when unknown (fall back to "the position", "your team").
- ``interview_day``: the weekday of the interview, "Tuesday".
- ``interview_date``: the day of the interview, "November 20".
- ``interview_when``: the interview day seen from the reminder time: "today", "yesterday",
  "on Tuesday" (within the past week) or "on November 20".
- ``reply_by``: the date they said they would reply by, or None.
- ``ask_next_steps``: True when no reply-by date is known (advice: then ask about next steps)
  and this note is the one that asks: of several interviewers' thank-you notes only the
  contact's (else the first interviewer's) asks, so the panel does not get the question thrice.
- ``notes``: the `Notes for <name>:` line of this recipient, else the `Notes:` line, else "":
  what the thank-you says was learned or discussed instead of a generic line.
- ``variant``: 0, 1, 2, ...: this recipient's place among the interview's interviewers, so that
  the notes of one panel are not word for word the same (interviewers compare notes).
- ``stage``: the stage name, "thank-you", "nudge" or "check-in".

Event text (summary, names, company, role) is only ever passed as data, never compiled as a
template: a summary holding "{{ 7*7 }}" comes out literally. The lint checks the rendered text
without knowing where braces came from, so it flags those as leftover template syntax too; on
purpose, as braces in an email are worth a look either way.
"""

from __future__ import annotations

import re
import traceback
import unicodedata
from datetime import datetime
from pathlib import Path
from typing import Any

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PackageLoader,
    StrictUndefined,
    Template,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
)
from jinja2.sandbox import SandboxedEnvironment

from .model import Candidate, Draft, FollowUp, Interview
from .people import name_key

TEMPLATE_PACKAGE = "followup.templates"
TEMPLATE_SUFFIX = ".j2"

#: Left in a rendered draft, these mean template syntax leaked into the email.
LEFTOVER_SYNTAX = ("{{", "}}", "{%", "%}", "{#", "#}")

#: Unicode blocks that hold emoji (Unicode TR51): the pictograph planes, misc symbols and dingbats.
_EMOJI_RANGES = (
    (0x1F000, 0x1FAFF),  # mahjong .. symbols and pictographs extended-A, incl. regional indicators
    (0x2600, 0x27BF),  # miscellaneous symbols, dingbats
    (0x2B00, 0x2BFF),  # miscellaneous symbols and arrows (the star, the circles)
    (0x2300, 0x23FF),  # miscellaneous technical (watch, hourglass, alarm clock)
)
_EMOJI_SELECTOR = "\ufe0f"  # VARIATION SELECTOR-16: "show the previous character as emoji"

_SUBJECT = re.compile(r"Subject:[ \t]*(?P<subject>.*)", re.IGNORECASE)


class DraftError(Exception):
    """A template that cannot be rendered: syntax, undefined name, sandbox violation, bad format."""

    def __init__(self, template: str, problem: str) -> None:
        super().__init__(f"template {template}: {problem}")
        self.template = template
        self.problem = problem


def make_environment(user_dir: Path | None = None) -> SandboxedEnvironment:
    """The Jinja2 environment: templates in `user_dir` win over the bundled ones of the same name.

    Sandboxed (a user template is code, maybe copied from anywhere), StrictUndefined (templates
    fail loudly), no autoescaping (plain-text email), block tags take their own line break.
    """
    loaders: list[BaseLoader] = []
    if user_dir is not None:
        loaders.append(FileSystemLoader(user_dir))
    loaders.append(PackageLoader(TEMPLATE_PACKAGE, ""))
    return SandboxedEnvironment(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


def template_names(env: Environment | None = None) -> tuple[str, ...]:
    """The template names (without ".j2") that `env` can load; with no env, the bundled ones."""
    env = env if env is not None else make_environment()
    return tuple(
        sorted(
            {
                name.removesuffix(TEMPLATE_SUFFIX)
                for name in env.list_templates()
                if name.endswith(TEMPLATE_SUFFIX) and "/" not in name
            }
        )
    )


def render_draft(followup: FollowUp, candidate: Candidate, env: Environment) -> Draft:
    """Render the follow-up's stage template into a Draft, with the lint warnings filled in.

    Raises DraftError naming the template file and the problem.
    """
    name = followup.stage.template + TEMPLATE_SUFFIX
    template = _load(env, name)
    where = template.filename or name
    try:
        text = template.render(_context(followup, candidate))
    except TemplateError as exc:
        raise DraftError(_with_line(where, exc), _message(exc)) from exc
    except Exception as exc:  # a user template can raise anything (1/0, bad strftime format, ...)
        raise DraftError(_with_line(where, exc), f"{type(exc).__name__}: {exc}") from exc
    subject, body = _split(text, where)
    draft = Draft(to=followup.to, subject=subject, body=body)
    warnings = lint_draft(
        draft, max_words=followup.stage.max_words, template=name, interview=followup.interview
    )
    return Draft(to=draft.to, subject=draft.subject, body=draft.body, warnings=warnings)


def lint_draft(
    draft: Draft, *, max_words: int, template: str, interview: Interview
) -> tuple[str, ...]:
    """Check a rendered draft against the advice: one warning per problem, naming the template.

    advice: short (the stage's word limit), professional: at most one exclamation mark, no emoji,
    no typos (here: no template syntax left over in the text).
    """
    rid = f", {interview.recurrence_id}" if interview.recurrence_id else ""
    prefix = f'{template} for "{interview.summary}" ({interview.uid}{rid})'
    text = f"{draft.subject}\n{draft.body}"
    problems: list[str] = []

    words = count_words(draft.body)
    if words > max_words:
        problems.append(f"body has {words} words (limit {max_words})")
    if not draft.subject.strip():
        problems.append("subject is empty")
    bangs = text.count("!")
    if bangs > 1:
        problems.append(f'has {bangs} exclamation marks (at most one "!")')
    emoji = find_emoji(text)
    if emoji:
        listed = ", ".join(f"U+{ord(c):04X} {c}" for c in emoji)
        problems.append(f"contains emoji ({listed})")
    leftovers = [s for s in LEFTOVER_SYNTAX if s in text]
    if leftovers:
        problems.append(f"has leftover template syntax ({' '.join(leftovers)})")
    return tuple(f"{prefix}: {p}" for p in problems)


def count_words(text: str) -> int:
    """Words as a reader counts them: whitespace-separated runs with a letter or digit in them."""
    return sum(1 for token in text.split() if any(c.isalnum() for c in token))


def find_emoji(text: str) -> tuple[str, ...]:
    """The distinct emoji in `text`, in order of appearance (Unicode TR51 blocks, category So)."""
    found: dict[str, None] = {}
    for char in text:
        if char == _EMOJI_SELECTOR or _is_pictograph(char):
            found.setdefault(char, None)
    return tuple(found)


def _is_pictograph(char: str) -> bool:
    code = ord(char)
    if not any(low <= code <= high for low, high in _EMOJI_RANGES):
        return False
    return unicodedata.category(char) == "So"


def _load(env: Environment, name: str) -> Template:
    try:
        return env.get_template(name)
    except TemplateNotFound as exc:
        raise DraftError(name, "not found in the templates dir or the bundled ones") from exc
    except TemplateSyntaxError as exc:
        where = exc.filename or name
        raise DraftError(f"{where}, line {exc.lineno}", exc.message or str(exc)) from exc
    except TemplateError as exc:
        raise DraftError(name, _message(exc)) from exc


def _context(followup: FollowUp, candidate: Candidate) -> dict[str, Any]:
    interview = followup.interview
    start = interview.start
    return {
        "candidate": candidate,
        "recipient": followup.to[0] if len(followup.to) == 1 else None,
        "recipients": followup.to,
        "interview": interview,
        "company": interview.company,
        "role": interview.role,
        "interview_day": start.strftime("%A"),
        "interview_date": f"{start:%B} {start.day}",
        "interview_when": _when(start, followup.at),
        "reply_by": interview.reply_by,
        "ask_next_steps": interview.reply_by is None and _asks(followup),
        "notes": _notes(followup),
        "variant": _place(followup),
        "stage": followup.stage.name,
    }


def _place(followup: FollowUp) -> int:
    """The recipient's place among the interviewers (0 when alone or not one of them)."""
    people = followup.interview.interviewers
    return people.index(followup.to[0]) if len(followup.to) == 1 and followup.to[0] in people else 0


def _asks(followup: FollowUp) -> bool:
    """Whether this note asks about next steps: the contact's thank-you, else the first one."""
    interview = followup.interview
    if len(followup.to) != 1 or followup.to[0] not in interview.interviewers:
        return True
    lead = interview.contact if interview.contact in interview.interviewers else None
    return followup.to[0] == (lead or interview.interviewers[0])


def _notes(followup: FollowUp) -> str:
    """`Notes for Jane:` (by first or full name) of the one recipient, else `Notes:`."""
    interview = followup.interview
    person = followup.to[0] if len(followup.to) == 1 else None
    if person is not None and person.name:
        names = {name_key(person.name), name_key(person.first_name)} - {""}
        for name, text in interview.notes_for:  # names as people.name_key gives them
            if name in names:
                return text.rstrip(" .")
    return interview.notes.rstrip(" .")


def _when(start: datetime, at: datetime) -> str:
    """The interview day in words, as seen on the day the email is written."""
    day = start.astimezone(at.tzinfo).date() if at.tzinfo and start.tzinfo else start.date()
    days = (at.date() - day).days
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    if 1 < days < 7:
        return f"on {start:%A}"
    return f"on {start:%B} {start.day}"


def _split(text: str, where: str) -> tuple[str, str]:
    """`Subject: ...`, a blank line, the body; trailing whitespace stripped from every line."""
    lines = [line.rstrip() for line in text.strip("\n").rstrip().split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    match = _SUBJECT.fullmatch(lines[0]) if lines else None
    if match is None:
        first = lines[0] if lines else "(nothing)"
        raise DraftError(where, f'the first line must be "Subject: ...", got {first!r}')
    subject = match.group("subject").strip()
    if not subject:
        raise DraftError(where, 'the "Subject:" line is empty')
    body = "\n".join(lines[1:]).strip("\n")
    return subject, body


def _message(exc: BaseException) -> str:
    return getattr(exc, "message", None) or str(exc) or type(exc).__name__


def _with_line(where: str, exc: BaseException) -> str:
    """`where`, plus the template line the error was raised on (Jinja rewrites the traceback)."""
    line = None
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        if frame.f_code.co_filename == where:
            line = lineno
    return f"{where}, line {line}" if line is not None else where

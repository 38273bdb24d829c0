"""What the commands print: the plan as a table or as JSON (contract shape), and the run summary."""

from __future__ import annotations

import json
import shutil
import textwrap
from datetime import date, datetime
from typing import Any

from followup.pipeline import Plan, PlannedFollowUp, RunReport
from followup.workflows.model import Interview, Person


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _person(person: Person) -> dict[str, str]:
    return {"name": person.name, "email": person.email}


def _followup_json(planned: PlannedFollowUp) -> dict[str, Any]:
    fu = planned.followup
    return {
        "stage": fu.stage.name,
        "at": _iso(fu.at),
        "due": _iso(fu.due),
        "to": [p.email for p in fu.to if p.email],
        "subject": planned.draft.subject,
        "body": planned.draft.body,
        "uid": fu.uid,
    }


def _interview_json(interview: Interview, followups: list[PlannedFollowUp]) -> dict[str, Any]:
    return {
        "uid": interview.uid,
        "recurrence_id": interview.recurrence_id,
        "summary": interview.summary,
        "company": interview.company,
        "role": interview.role,
        "start": _iso(interview.start),
        "end": _iso(interview.end),
        "reply_by": _iso(interview.reply_by),
        "status": interview.status,
        "interviewers": [_person(p) for p in interview.interviewers],
        "followups": [_followup_json(p) for p in followups],
    }


def plan_json(plan: Plan) -> str:
    """Contract: `followup plan --json` prints one object of this shape."""
    data = {
        "now": _iso(plan.now),
        "interviews": [_interview_json(i.interview, i.followups) for i in plan.interviews],
    }
    return json.dumps(data, indent=2, ensure_ascii=False)


def _when(value: datetime) -> str:
    return value.strftime("%a %Y-%m-%d %H:%M")


def _recipients(planned: PlannedFollowUp) -> str:
    names = [
        f"{p.name} <{p.email}>" if p.name and p.email else p.display for p in planned.followup.to
    ]
    return ", ".join(names) or "(recipient to fill in)"


def _fit(line: str, width: int, indent: int) -> list[str]:
    """A line wrapped at `width` with a hanging indent (words longer than a line are kept)."""
    if len(line) <= width:
        return [line]
    lead = " " * indent
    return textwrap.wrap(
        line, width, subsequent_indent=lead, break_long_words=False, break_on_hyphens=False
    )


def paragraph(text: str, width: int | None = None, indent: int = 0) -> str:
    """A message wrapped to the terminal's width (`width`, default shutil's guess), its later
    lines indented by `indent`."""
    return "\n".join(_fit(text, max(40, width or shutil.get_terminal_size().columns), indent))


def kept_edit(differs: str) -> str:
    """What `plan` and `status` say of a reminder the calendar holds as the user edited it."""
    if differs == "no longer planned":
        return "your edited version kept; no longer planned"
    if not differs:
        return "your edited version kept"
    verb = "differ" if "," in differs else "differs"
    return f"your edited version kept; its {differs} {verb} from this plan"


def plan_table(plan: Plan, width: int | None = None) -> str:
    """A readable listing: one block per interview, one line per follow-up, each wrapped to
    `width` (the terminal's; default: shutil's guess, 80 off a terminal)."""
    width = max(40, width or shutil.get_terminal_size().columns)
    if not plan.interviews:
        return f"No interviews in the window (now {_when(plan.now)}).\n"
    lines = [f"Now: {_when(plan.now)} {plan.now.tzname()}", ""]
    for item in plan.interviews:
        iv = item.interview
        who = " / ".join(x for x in (iv.company, iv.role) if x) or "company unknown"
        head = f"{iv.summary}  [{who}]  {_when(iv.start)}-{iv.end.strftime('%H:%M')}  {iv.status}"
        if iv.reply_by:
            head += f", reply by {iv.reply_by.isoformat()}"
        lines.extend(_fit(head, width, 4))
        if not item.followups:
            lines.append("    no follow-ups")
        for planned in item.followups:
            fu = planned.followup
            mark = ""
            if planned.dismissed:
                mark = "  (dismissed)"
            elif planned.kept_edit is not None:
                mark = f"  ({kept_edit(planned.kept_edit)})"
            elif planned.written:
                mark = "  (written)" if fu.at >= plan.now else "  (past, written)"
            elif planned.stale:
                mark = "  (past: not written)"
            elif fu.at < plan.now:
                mark = "  (past)"
            line = (
                f"    {fu.stage.name:<10} {_when(fu.at)}  to {_recipients(planned)}: "
                f"{planned.draft.subject}{mark}"
            )
            lines.extend(_fit(line, width, 15))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


STATUS_HEAD = ("WHEN", "", "STAGE", "INTERVIEW", "TO", "WHERE", "REMINDER")


def status_table(rows: list[tuple[str, ...]], width: int | None = None) -> str:
    """`status`'s rows (cells in STATUS_HEAD's order) as a table when it fits `width`, else one
    block per reminder: when, stage and interview, then who, where and the UID indented below."""
    width = max(40, width or shutil.get_terminal_size().columns)
    table = [STATUS_HEAD, *rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(STATUS_HEAD))]
    if sum(widths) + 2 * (len(widths) - 1) <= width:
        lines = [
            "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
            for row in table
        ]
        return "\n".join(lines) + "\n"
    lines = []
    for when, kind, stage, interview, to, where, uid in rows:
        lines.extend(_fit(f"{when}  {kind}  {stage}  {interview}", width, 4))
        lines.extend(_fit(f"    to {to}; {where}; reminder {uid}", width, 7))
    return "\n".join(lines) + "\n"


def run_summary(report: RunReport, *, verbose: bool = False) -> list[str]:
    """Contract: silent when nothing changed; one summary line when something was."""
    ch = report.changes
    if not ch.changed:
        return []
    line = (
        f"followup: {len(ch.create)} created, {len(ch.update)} updated, "
        f"{len(ch.delete)} removed in {report.target}"
    )
    if not verbose:
        return [line]
    details = [line]
    for verb, events in (("created", ch.create), ("updated", ch.update), ("removed", ch.delete)):
        details.extend(
            f"  {verb}: {e.get('SUMMARY')} at {e.decoded('DTSTART'):%Y-%m-%d %H:%M}" for e in events
        )
    return details

"""The commented starter config that `followup init` writes: every key documented, as in
config.example.toml (which ships in the repository, not in the package, so the text is built here).

Answers that are not known are written as commented `# TODO:` lines, so the file is always valid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from followup.config_check import is_url

TODO = "# TODO: "
PASSWORD_METHODS = ("command", "env", "file", "later")
DEFAULT_TARGET = "~/followups.ics"
#: A feed URL rather than a CalDAV server: Google's ".../basic.ics", iCloud/Outlook "ical" links.
_FEED_HINT = re.compile(r"ical|basic\.ics", re.IGNORECASE)


@dataclass(frozen=True)
class Answers:
    """What `init` learned, from options or prompts. Empty strings are unknowns (TODO lines)."""

    name: str = ""
    email: str = ""
    timezone: str = "UTC"
    source_kind: str = ""  # "ics", "vdir", "caldav"; "" = not given
    source: str = ""  # path or URL
    username: str = ""
    password_method: str = "later"  # one of PASSWORD_METHODS
    password_value: str = ""  # the command, the variable's name, or the password itself
    target_kind: str = "ics"
    target: str = DEFAULT_TARGET


def detect_source_kind(location: str) -> str:
    """'vdir' for an existing folder, 'ics' for a file or feed URL, 'caldav' for any other URL."""
    if location.lower().startswith(("webcal://", "webcals://")):
        return "ics"
    if is_url(location):
        url_path = location.split("?", 1)[0].split("#", 1)[0]
        feed = url_path.lower().endswith(".ics") or _FEED_HINT.search(location)
        return "ics" if feed else "caldav"
    return "vdir" if Path(location).expanduser().is_dir() else "ics"


def toml_string(value: str) -> str:
    """A TOML basic string (TOML 1.0: escape '"', '\\' and control characters but tab)."""
    out = []
    for char in value:
        if char in '"\\':
            out.append("\\" + char)
        elif (ord(char) < 0x20 and char != "\t") or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _entry(key: str, value: str, comment: str, *, todo_example: str = "") -> str:
    """`key = "value"  # comment`, or a TODO line with an example when the value is unknown."""
    if value:
        line = f"{key} = {toml_string(value)}"
    else:
        line = f"{TODO}{key} = {toml_string(todo_example)}"
    return f"{line:<37}# {comment}" if len(line) < 37 else f"{line}  # {comment}"


def _candidate(a: Answers) -> str:
    return "\n".join(
        [
            "[candidate]",
            _entry("name", a.name, "used in the drafts", todo_example="Your Name"),
            _entry(
                "email",
                a.email,
                "your address: never treated as an interviewer",
                todo_example="you@example.com",
            ),
            _entry("timezone", a.timezone, "IANA zone; default: the machine's zone"),
            '# signature = "..."                 # how the drafts are signed; default: name',
        ]
    )


_NETWORK = [
    "timeout = 30                         # seconds per request (URL, CalDAV)",
    "verify_tls = true                    # check the server's certificate (https)",
]
_PASSWORD_HELP = [
    "# One of these three gives the password; it is never printed or logged:",
    '# password_command = "pass show caldav"     # its first line of output (no shell: quote arguments)',
    '# password_env = "FOLLOWUP_PASSWORD"        # an environment variable',
    '# password = "..."                          # in this file: keep the file private (chmod 600)',
]
_KIND_HELP = [
    '# "ics" (a file or an http(s) feed), "vdir" (a folder of .ics',
    '                                     # files, as khal/vdirsyncer keep them) or "caldav"',
]


def _kind(kind: str, help_lines: list[str]) -> list[str]:
    """`kind = "..."` with its help as a trailing comment continued on the next lines."""
    first = f"kind = {toml_string(kind)}"
    return [f"{first:<37}{help_lines[0]}", *help_lines[1:]]


def _password(a: Answers) -> list[str]:
    key = {"command": "password_command", "env": "password_env", "file": "password"}
    if a.password_method in key and a.password_value:
        return [*_PASSWORD_HELP, f"{key[a.password_method]} = {toml_string(a.password_value)}"]
    return [*_PASSWORD_HELP, f'{TODO}password_command = "pass show caldav"']


def _source(a: Answers) -> str:
    head = "[source]                             # where interviews are read"
    if a.source_kind == "caldav":
        return "\n".join(
            [
                head,
                *_kind("caldav", _KIND_HELP),
                f"url = {toml_string(a.source)}",
                "# path = ...                         # for kind ics or vdir: the file or folder",
                _entry("username", a.username, "CalDAV login", todo_example="your login"),
                *_password(a),
                'calendar = ""                        # a calendar\'s display name or URL; "" reads them all',
                *_NETWORK,
            ]
        )
    if a.source_kind:
        key = "url" if is_url(a.source) else "path"
        other = (
            '# path = "~/calendars/personal.ics"  # ics or vdir: the file or folder'
            if key == "url"
            else '# url = "https://example.com/calendar.ics"   # an ics feed, or a CalDAV server'
        )
        return "\n".join(
            [
                head,
                *_kind(a.source_kind, _KIND_HELP),
                f"{key} = {toml_string(a.source)}",
                other,
                *_NETWORK,
                '# For kind = "caldav": url = the server, and:',
                '# username = ""                     # CalDAV login',
                *_PASSWORD_HELP,
                '# calendar = ""                     # a calendar\'s display name or URL; "" reads them all',
            ]
        )
    return "\n".join(
        [
            head,
            "# TODO: say where your calendar is (until then give --source PATH|URL), one of:",
            '# kind = "ics"                       # "ics" (a file or an http(s) feed), "vdir" (a folder of',
            '#                                    # .ics files, as khal/vdirsyncer keep them) or "caldav"',
            '# path = "~/calendars/personal.ics"  # ics or vdir: the file or folder',
            '# url = "https://example.com/calendar.ics"   # an ics feed, or the CalDAV server',
            "# timeout = 30                       # seconds per request (URL, CalDAV)",
            "# verify_tls = true                  # check the server's certificate (https)",
            '# username = ""                      # CalDAV login',
            *_PASSWORD_HELP,
            '# calendar = ""                      # CalDAV: a calendar\'s display name or URL; "" reads them all',
        ]
    )


def _target(a: Answers) -> str:
    head = "[target]                             # where reminders are written"
    kinds = [
        '# "ics" (a generated file, or the source file itself: only',
        '                                     # followup\'s reminders in it are ever changed), "vdir", "caldav"',
    ]
    common = [
        "attach_eml = true                    # false: leave out the .eml draft attachment",
        'name = "Follow-ups"                  # calendar name written into a new .ics file',
    ]
    if a.target_kind == "caldav":
        return "\n".join(
            [
                head,
                *_kind("caldav", kinds),
                "# Same server and login as [source]; url, username, password_*, timeout and",
                "# verify_tls may be given here to write elsewhere.",
                'calendar = "Follow-ups"              # display name or URL; may be the source calendar',
                "create = true                        # create the calendar when it is missing",
                *common,
                '# path = "~/followups.ics"           # for kind ics or vdir: the file or folder',
            ]
        )
    return "\n".join(
        [
            head,
            *_kind(a.target_kind, kinds),
            f"path = {toml_string(a.target)}",
            *common,
            '# For kind = "caldav" (url, username, password_*, timeout, verify_tls as in [source]; by',
            "# default the same server and login as a caldav [source]):",
            '# calendar = "Follow-ups"            # display name or URL; may be the source calendar itself',
            "# create = true                      # create the calendar when it is missing",
        ]
    )


_REST = """\
[workflow]
name = "interview"                   # the bundled workflow, or a path to your own .toml copy of it
lookback_days = 30                   # interviews that ended longer ago are ignored
horizon_days = 365                   # how far ahead interviews are read
business_days = true                 # reminders only Monday to Friday
working_hours = "09:00-18:00"        # reminders only inside these hours
# offsets = { nudge = "3d", check-in = "3d" }   # change a stage's offset without copying the workflow

[detect]                             # an interview: a keyword in SUMMARY or CATEGORIES, no exclusion
keywords = ["interview", "phone screen", "screening call", "technical screen", "onsite", "on-site",
            "hiring manager", "final round"]
exclude = ["prep", "preparation", "mock", "practice"]

[templates]
# dir = "~/.config/followup/templates"   # your own thank-you.j2, nudge.j2, check-in.j2 win over the bundled ones

[state]
# path = "~/.local/state/followup/state.sqlite"   # what was written where (default shown)
"""

_HEADER = """\
# followup configuration, written by `followup init`: every key, with its default.
# Lines starting with "# TODO:" still need you: uncomment them and fill them in.
# Relative paths are taken relative to the folder of this file.
# This file may hold a password: keep it readable only by you (chmod 600).
"""


def render(answers: Answers) -> str:
    """The whole starter config, documented section by section."""
    parts = [_HEADER, _candidate(answers), _source(answers), _target(answers), _REST]
    return "\n\n".join(p.rstrip("\n") for p in parts) + "\n"


def todo_keys(text: str) -> list[str]:
    """The keys still left as TODO lines, e.g. ['name', 'password_command']."""
    return re.findall(rf"^{re.escape(TODO)}(\w+) =", text, flags=re.MULTILINE)

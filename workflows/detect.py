"""Which calendar events are interviews: keyword rules on SUMMARY and CATEGORIES. Pure, no I/O."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .model import DetectRules

#: Between the words of a phrase: "phone screen" also matches "phone-screen" and "Phone  Screen".
_GAP = r"[\s_-]+"


def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """One case-insensitive regex matching any phrase as whole words; None without phrases."""
    words = ([w for w in re.split(_GAP, phrase) if w] for phrase in phrases)
    alternatives = sorted(
        {_GAP.join(map(re.escape, ws)) for ws in words if ws}, key=len, reverse=True
    )
    if not alternatives:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=32)
def _compiled(rules: DetectRules) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The (keywords, exclude) regexes of a rules object, compiled once (DetectRules is frozen)."""
    return _phrase_pattern(rules.keywords), _phrase_pattern(rules.exclude)


def is_interview(summary: str, categories: Iterable[str], rules: DetectRules) -> bool:
    """design.md: an interview when SUMMARY or a CATEGORY matches a keyword and no exclude does.

    Matching is case-insensitive on whole words ("Interview prep" is excluded, "Interviewer" is no
    keyword); spaces, hyphens and underscores inside a phrase are interchangeable.
    """
    keywords, exclude = _compiled(rules)
    if keywords is None:
        return False
    texts = [summary or "", *(str(c) for c in categories)]
    if not any(keywords.search(t) for t in texts):
        return False
    return exclude is None or not any(exclude.search(t) for t in texts)

"""Interview detection: design.md "an interview when its SUMMARY or CATEGORIES match"."""

from __future__ import annotations

import pytest

from followup.workflows.detect import _compiled, is_interview
from followup.workflows.model import DetectRules

RULES = DetectRules()


@pytest.mark.parametrize(
    "summary",
    [
        "Interview with Acme - Backend Engineer",
        "Phone Screen",
        "Acme ONSITE",
        "on-site at Globex",
        "On site: Globex",
        "Final round - Acme",
        "Hiring manager chat (Hooli)",
        "Technical screen - Initech",
        "Screening call with Initech",
        "interview",
        "Acme phone-screen",
    ],
)
def test_interviews_are_detected(summary: str) -> None:
    assert is_interview(summary, [], RULES)


@pytest.mark.parametrize(
    "summary",
    [
        "Interview prep",
        "Mock interview with Sam",
        "Practice onsite",
        "Onsite preparation",
        "Interview-prep with Sam",
        "Dentist",
        "Interviewer training",  # "interview" only as a whole word
        "Phones screening",
        "",
    ],
)
def test_non_interviews_are_not_detected(summary: str) -> None:
    assert not is_interview(summary, [], RULES)


def test_a_category_alone_makes_an_interview() -> None:
    assert is_interview("Acme", ["Work", "Interview"], RULES)
    assert not is_interview("Acme", ["Work"], RULES)


def test_an_exclude_word_in_a_category_wins() -> None:
    assert not is_interview("Acme interview", ["Mock"], RULES)


def test_custom_rules_replace_the_defaults() -> None:
    rules = DetectRules(keywords=("coffee chat",), exclude=("cancelled",))
    assert is_interview("Coffee chat with Acme", [], rules)
    assert not is_interview("Interview with Acme", [], rules)
    assert not is_interview("Coffee chat (cancelled)", [], rules)


def test_no_keywords_detect_nothing_and_no_excludes_exclude_nothing() -> None:
    assert not is_interview("Interview", ["interview"], DetectRules(keywords=()))
    assert is_interview("Interview prep", [], DetectRules(exclude=()))


def test_keywords_are_literal_text_not_regex() -> None:
    rules = DetectRules(keywords=("c++ screen", "a.b"), exclude=())
    assert is_interview("C++ screen with Acme", [], rules)
    assert not is_interview("axb", [], rules)


def test_each_rules_object_is_compiled_once() -> None:
    rules = DetectRules(keywords=("chat",))
    is_interview("x", [], rules)
    hits = _compiled.cache_info().hits
    is_interview("y", [], DetectRules(keywords=("chat",)))  # equal rules share the compiled regex
    assert _compiled.cache_info().hits == hits + 1

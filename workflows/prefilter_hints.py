"""Which VEVENTs of a raw calendar hold a hint word (detect.hint_words), for the prefilter.

The signs other than keywords read the description and the senders, which the prefilter's line
scanner skips for speed; each sign has hint words one of which every text it takes holds, so an
event holding none can be left out unparsed. The words are found in C over the whole buffer:
the text unfolded (RFC 5545 3.1: a fold may split a word) and lower-cased, a piece at a time,
one `find` per word, each hit given to the VEVENT it follows (BEGIN:VEVENT lines are never
folded: `prefilter._scan` refuses those). Pure: bytes in, a set of event numbers out.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

#: icalendar's UFOLD on bytes (RFC 5545 3.1: a line break followed by a space or tab is a fold);
#: folds are ASCII, so unfolding bytes equals unfolding the decoded text.
_UNFOLD = re.compile(rb"(?:(?<!\n)\r\n|(?<![\r\n])\n)(?:\r?\n)*[ \t]")
#: Blank lines right before a fold: UFOLD removes them with the fold, so the file is unfolded
#: first (rare; otherwise folds are followed in place, sparing a copy of the file).
BLANK_BEFORE_FOLD = re.compile(rb"\n\r?\n[ \t]")
#: One C pass that lower-cases ASCII and makes "-" and "_" spaces: "Take_Home" and "take-home"
#: are both found as "take home" (the signs' regexes take all three).
_LOWER_AND_SPACED = bytes.maketrans(bytes(range(65, 91)) + b"-_", bytes(range(97, 123)) + b"  ")
_SEPARATORS = str.maketrans("-_", "  ")
#: UTF-8 of the letters that Python's case-insensitive regexes take for ASCII ones: "ı" (i),
#: "ſ" (s), the Kelvin sign (k); a piece holding one is case-folded before the finds.
_ODD_CASES = ("ı".encode(), "ſ".encode(), "\u212a".encode())
_PIECE = 1 << 22  # unfold and lower-case 4 MiB at a time: a copy of that, not of the file


class EventHints:
    """The VEVENTs, by their number in file order, that hold a hint.

    "-" and "_" count as spaces on both sides. A hit must start a word (or follow an escaped
    "\\n") so that "around" holds no "round", and end one unless the hint ends with "*"
    ("interview" is not in "Interviewer"). ASCII is lower-cased in C and other bytes are left
    as they are; a piece holding a letter Python's regexes also take for an ASCII one ("ı" for
    "i"), or every piece when a hint is not ASCII, is case-folded
    instead, so that no sign matches what the hints miss. A hit between two events counts for
    the one before: more is kept, never less.
    """

    def __init__(self, text: bytes, hints: tuple[str, ...]) -> None:
        self.seen = 0  # VEVENTs the scanner has closed so far, in file order
        self.marked: set[int] = set()
        words = [(_fold(h.rstrip("*")), not h.endswith("*")) for h in dict.fromkeys(hints)]
        words = [(w.translate(_SEPARATORS), whole) for w, whole in words if w]
        ascii_words = all(w.isascii() for w, _ in words)
        base = 0  # VEVENTs in the pieces before
        for piece in _pieces(text) if words else ():
            plain = _unfold_plain(piece).translate(_LOWER_AND_SPACED)
            if ascii_words and not any(c in plain for c in _ODD_CASES):
                flat = plain.decode("latin-1")  # one char a byte: the ASCII finds stay exact
            else:  # case-fold the text as the regexes compare it (rare: the slow way)
                flat = _fold(plain.decode("utf-8", "replace"))
            starts = _vevent_starts(flat)
            self.marked.update(base + bisect_right(starts, at) - 1 for at in _hits(flat, words))
            base += len(starts)

    def next_event(self) -> bool:
        """Whether the next VEVENT in file order holds a hint."""
        self.seen += 1
        return self.seen - 1 in self.marked


def _fold(text: str) -> str:
    return text.casefold().replace("ı", "i").replace("ſ", "s")


def _hits(flat: str, words: list[tuple[str, bool]]) -> list[int]:
    """Where each word stands as a word (the class doc) in `flat`."""
    found = []
    for word, whole in words:
        at = flat.find(word)
        while at >= 0:
            starts_word = at == 0 or not flat[at - 1].isalpha() or flat[at - 2 : at] == "\\n"
            after = flat[at + len(word) : at + len(word) + 1]
            if starts_word and not (whole and after.isalpha()):
                found.append(at)
            at = flat.find(word, at + 1)
    return found


def _vevent_starts(flat: str) -> list[int]:
    """Where each BEGIN:VEVENT line starts (`find`: a regex without a literal prefix would try
    every position)."""
    starts = []
    at = flat.find("begin:vevent")
    while at >= 0:
        after = flat[at + 12 : at + 14]
        if (at == 0 or flat[at - 1] == "\n") and (after[:1] == "\n" or after == "\r\n"):
            starts.append(at)
        at = flat.find("begin:vevent", at + 12)
    return starts


def _pieces(text: bytes) -> Iterator[bytes]:
    """The text in pieces that end just before a BEGIN:VEVENT line (no fold, word or event
    spans two pieces), each about _PIECE long."""
    start = 0
    while start < len(text):
        cut = text.find(b"\nBEGIN:VEVENT", start + _PIECE)
        end = len(text) if cut < 0 else cut + 1
        yield text[start:end]
        start = end


def _unfold_plain(data: bytes) -> bytes:
    """`unfold` where no blank line precedes a fold (the prefilter unfolds such a file first)."""
    for fold in (b"\r\n ", b"\r\n\t", b"\n ", b"\n\t"):
        if fold in data:
            data = data.replace(fold, b"")
    return data


def unfold(data: bytes) -> bytes:
    """RFC 5545 3.1 unfolding, exactly as icalendar's UFOLD does it (plain replaces when no
    blank line precedes a fold: the same result, many times faster)."""
    if needs_unfolding(data):
        return _UNFOLD.sub(b"", data)
    return _unfold_plain(data)


def needs_unfolding(data: bytes) -> bool:
    """Whether folds cannot be followed in place (by plain replaces): a blank line before a fold
    (UFOLD removes it with the fold), or a lone CR before a folded CRLF ("\r\r\n "), whose
    removal makes a new fold of the CR and the next line break that UFOLD's one pass keeps."""
    return BLANK_BEFORE_FOLD.search(data) is not None or b"\r\r\n" in data

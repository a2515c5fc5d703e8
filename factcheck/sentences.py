"""Sentence boundaries as character offsets, shared by corpus splitting and claim extraction.

Hand-written rather than spaCy/pysbd: it must return exact character offsets into the original
text, run in microseconds, and import nothing heavy (``factcheck extract`` never loads torch).
"""

from __future__ import annotations

import re

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st mt ft vs etc inc ltd co corp no nos fig figs al approx est
    jan feb mar apr jun jul aug sep sept oct nov dec gen gov sen rep rev col lt capt sgt
    u.s u.k u.n e.g i.e a.m p.m""".split()
)

_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+|$)|\n\s*\n|\n(?=\s*(?:[#>*+-]|\d+[.)])\s)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences of ``text``, stripped of outer white space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if m.group().startswith((".", "!", "?")) and _is_abbreviation(text, m.start()):
            continue
        if m.group().startswith(".") and _next_is_lower(text, end):
            continue
        _append(text, start, end, spans)
        start = end
    _append(text, start, len(text), spans)
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    i = dot
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    word = text[i:dot].lower()
    if word in _ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isalpha()  # initials: "J. K. Rowling"


def _next_is_lower(text: str, end: int) -> bool:
    rest = text[end : end + 3].lstrip()
    return bool(rest) and rest[0].islower()


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))

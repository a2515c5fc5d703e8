"""Sentence boundaries as character offsets, shared by corpus splitting and claim extraction.

Hand-written rather than spaCy/pysbd: it must return exact character offsets into the original
text, run in microseconds, and import nothing heavy (``factcheck extract`` never loads torch).
``docs/extraction.md`` has the measurements behind the choice.

Two passes. Lines are first grouped into blocks: a blank line, a Markdown heading, list item,
block quote or table row, a setext underline, and a short line without final punctuation (a
headline, a dateline, a byline) followed by a line that starts a sentence, all end a block; hard
wrapped lines of one paragraph stay together. Each block is then cut after ``.``, ``!`` or ``?``
(with any closing quotes or brackets) followed by white space and not by a lower-case word,
unless the full stop ends an abbreviation ("Aug.", "U.S.", "Dr.", "J. K.") or a decimal. Block
markup ("# ", "- ", "> ", "1. ", "*…*") is left outside the spans, so a span's text is the
sentence as a reader sees it.
"""

from __future__ import annotations

import re


def _words(text: str) -> list[str]:
    """The white-space separated words of a vocabulary written as one string."""
    return text.split()


__all__ = ["split_sentences", "block_markup"]

# Abbreviations that never end a sentence: titles and references followed by a name or number.
_TITLE_ABBREVIATIONS = frozenset(
    _words(
        """mr mrs ms dr prof gen gov sen rep rev col lt capt sgt cpl maj adm cmdr st mt ft no nos
    fig figs vs v approx est e.g i.e al cf pp vol ch sec art para dept op hon pres supt insp
    messrs mme mlle gov't"""
    )
)
# Abbreviations that may end a sentence: they do when a typical sentence opener follows.
_END_ABBREVIATIONS = frozenset(
    _words(
        """etc inc ltd co corp plc llc bros jr sr u.s u.k u.n u.s.a e.u a.m p.m d.c l.a n.y jan feb
    mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun"""
    )
)
_OPENERS = frozenset(
    _words(
        """the a an he she it they we i you his her its their our this that these those there here
    in on at after before when while but and however meanwhile some many most all both last next
    according if as for with by from since during one two three its"""
    )
)

_TERMINAL = re.compile(r"[.!?]+[\"'”’)\]*_]*(?=\s|$)")
_LINE = re.compile(r"[^\n]*(?:\n|$)")
_BLOCK_MARKER = re.compile(r"^\s{0,3}(?:#{1,6}\s|>|[-*+•]\s|\d{1,3}[.)]\s|\|)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
_SETEXT = re.compile(r"^\s{0,3}(?:=+|-{2,}|\*{3,}|_{3,})\s*$")
_MARKUP_PREFIX = re.compile(r"(?:#{1,6}[ \t]+|>[ \t]?|[-*+•][ \t]+|\d{1,3}[.)][ \t]+|\[[ xX]\][ \t]+|\|[ \t]*)")
_FUNCTION_WORD_END = re.compile(
    r"\b(?:the|a|an|of|to|in|on|at|by|for|and|or|but|with|from|as|that|which|its|his|her|their|was|is|were|are)\s*$",
    re.I,
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences of ``text``, stripped of outer white space
    and of Markdown block markup."""
    spans: list[tuple[int, int]] = []
    for b_start, b_end in _blocks(text):
        start = b_start
        while start < b_end and text[start].isspace():
            start += 1
        m0 = _MARKUP_PREFIX.match(text, start, b_end)
        scan_from = m0.end() if m0 else start
        for m in _TERMINAL.finditer(text, scan_from, b_end):
            end = m.end()
            if _is_abbreviation(text, m.start(), end, b_end):
                continue
            if _next_is_lower(text, end, b_end):
                continue
            _append(text, start, end, spans)
            start = end
        _append(text, start, b_end, spans)
    return spans


def block_markup(text: str, start: int) -> str:
    """The Markdown markup in front of the sentence starting at ``start`` on its line ("# ", "- ", "> ")."""
    line_start = text.rfind("\n", 0, start) + 1
    return text[line_start:start].strip()


def _blocks(text: str) -> list[tuple[int, int]]:
    """Group lines into blocks (paragraphs, headings, list items, quotes) as offsets."""
    blocks: list[tuple[int, int]] = []
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.end() > m.start()]
    block_start: int | None = None
    prev_line = ""
    for idx, (ls, le) in enumerate(lines):
        line = text[ls:le].rstrip("\n")
        stripped = line.strip()
        if not stripped or _SETEXT.match(line) and block_start is not None and idx > 0:
            if block_start is not None:
                blocks.append((block_start, ls))
            block_start = None
            prev_line = ""
            continue
        if not stripped:
            continue
        starts_new = block_start is not None and (
            _BLOCK_MARKER.match(line) is not None or _ends_block(prev_line, stripped)
        )
        if starts_new and block_start is not None:
            blocks.append((block_start, ls))
            block_start = None
        if block_start is None:
            block_start = ls
        prev_line = line
        if _HEADING.match(line):
            blocks.append((block_start, le))
            block_start = None
            prev_line = ""
    if block_start is not None:
        blocks.append((block_start, len(text)))
    return blocks


def _ends_block(prev_line: str, next_stripped: str) -> bool:
    """A single newline ends a block after a title-like line: no final punctuation, and short or
    title-cased, or wholly emphasised; and only when the next line starts a sentence."""
    prev = prev_line.strip()
    if not prev or not (next_stripped[0].isupper() or next_stripped[0].isdigit() or next_stripped[0] in "\"'“‘*_(["):
        return False
    if prev[-1] in '.!?:;"”’)':
        return False
    if prev.startswith(("*", "_")) and prev.endswith(("*", "_")):
        return True
    if prev[-1] in ",-–—(" or _FUNCTION_WORD_END.search(prev):
        return False
    words = prev.split()
    capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return len(prev) < 60 or capitalised >= 0.6 * len(words)


def _is_abbreviation(text: str, dot: int, end: int, limit: int) -> bool:
    """Whether the terminal mark at ``dot`` is the full stop of an abbreviation, not a sentence end."""
    if text[dot] != "." or end - dot > 1 and text[dot + 1] == ".":
        return False
    i = dot
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] in ".'"):
        i -= 1
    word = text[i:dot].lower().strip(".")
    if not word:
        return False
    nxt = text[end : min(limit, end + 64)].lstrip()  # the next word is all we need; bounded for long lines
    next_word = re.match(r"[\w'’]+", nxt)
    if word in _TITLE_ABBREVIATIONS:
        return True
    if word in _END_ABBREVIATIONS:
        if nxt[:1].isdigit():
            return True  # "Aug. 24", "U.S. 1"
        return not (next_word and next_word.group(0).lower() in _OPENERS)
    if len(word) == 1 and word.isalpha() and text[dot - 1].isupper():
        return not (next_word and next_word.group(0).lower() in _OPENERS and text[dot - 2 : dot - 1] != ".")
    if "." in word and len(word) <= 8:  # "e.g", "a.k.a", "Ph.D"
        return not (next_word and next_word.group(0).lower() in _OPENERS)
    return False


def _next_is_lower(text: str, end: int, limit: int) -> bool:
    rest = text[end : min(limit, end + 4)].lstrip(" \t\"'“‘(")
    return bool(rest) and rest[0].islower()


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while True:  # Markdown block markup stays outside the sentence
        m = _MARKUP_PREFIX.match(text, start, end)
        if not m or m.end() == start:
            break
        start = m.end()
        while start < end and text[start].isspace():
            start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "|#"):
        end -= 1
    # emphasis opened before or closed after the sentence: "*Draft, not for publication.*";
    # kept when closed inside it ("**LONDON** — …")
    run = re.match(r"[*_]+", text[start:end])
    if run and end - start > 2 * run.end() and text[end - run.end() : end] == run.group(0):
        start, end = start + run.end(), end - run.end()  # wraps the whole sentence
        run = None
    opened_outside = run and run.group(0) not in text[start + run.end() : end]
    if run and opened_outside and not text[start + run.end() : start + run.end() + 1].isspace():
        start += run.end()
    # trailing emphasis run, found by a backwards scan: re.search(r"[*_]+$") is quadratic on long runs
    tail_start = end
    while tail_start > start and text[tail_start - 1] in "*_":
        tail_start -= 1
    if tail_start < end:
        tail = text[tail_start:end]
        closed_outside = tail not in text[start:tail_start]
        if closed_outside and tail_start > start and not text[tail_start - 1].isspace():
            end = tail_start
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and any(c.isalnum() for c in text[start:end]):
        spans.append((start, end))

"""Adversarial text through corpus ingest and splitting: no exception, offsets that round-trip, and
bounded time (no catastrophic regex backtracking, no quadratic scans).

Time is measured as CPU time of a forked child, so a busy machine does not make the test flaky,
and a child that hangs is killed after a wall-clock limit instead of hanging the suite. The
extraction side (factcheck.extract) has its own fuzz test, owned with that module.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.corpus import MAX_LINE_CHARS, _parse_header, check_line_lengths, iter_documents, split_document
from factcheck.errors import InputError
from factcheck.models import Document
from factcheck.sentences import split_sentences

WALL_LIMIT = 120.0  # a child still running after this is a hang

FRAGMENTS = [
    "1" * 40, "3.14159", "1,000,000", "€5.5m", "2024-08-24", "...", "!!!", "?!", ". ", ".\n", "\n\n", "\n",
    "* * *", "---", "===", "|", "| a | b |", "#", "###### ", "# ", "> ", "- ", "1. ", "A. ", "U.S. ", "e.g. ",
    "Dr. ", "Aug. ", " ", "\t", "   ", "中文句子。", "العربية ", "हिन्दी ", "Ünïcødé ", "🙂", "\u200d", "\u202e",
    "\u0301", "'", '"', "“", "”", "(", ")", "[", "]", "_", "**", "`", "The mill employed 1,200 workers.",
    "Source: x", "Date: 2020", "\u2028", "\r\n", "\x0b", "\ufeff",
]

adversarial_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(min_size=1, max_size=12)), min_size=1, max_size=200
).map("".join)


def _check_document(text: str) -> None:
    """Split ``text`` as ingest does and check every invariant of the result."""
    spans = split_sentences(text)
    last = 0
    for start, end in spans:
        assert last <= start < end <= len(text)
        last = end
    doc = Document(id="d", text=text)
    for p in split_document(doc, sentences=3, stride=2):
        assert text[p.start : p.end] == p.text
    title, meta, body = _parse_header(text, is_markdown=True)
    assert 0 <= body <= len(text)
    assert "\n" not in title and all("\n" not in v for v in meta.values())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(adversarial_text)
def test_splitting_adversarial_text_never_fails_and_stays_fast(text: str) -> None:
    t0 = time.process_time()
    _check_document(text)
    assert time.process_time() - t0 < 1.0, f"{len(text)} characters took too long"


def _child(conn: Any, make: Callable[[int], str], sizes: tuple[int, ...]) -> None:
    try:
        timings = []
        for size in sizes:
            text = make(size)
            t0 = time.process_time()
            _check_document(text)
            timings.append((len(text), time.process_time() - t0))
        conn.send(("ok", timings))
    except BaseException as exc:  # reported to the parent, which fails the test
        conn.send(("error", f"{type(exc).__name__}: {exc}"))


def _cpu_seconds(make: Callable[[int], str], sizes: tuple[int, ...]) -> list[tuple[int, float]]:
    """``(characters, CPU seconds)`` of checking ``make(size)`` for each size, in a forked child
    that is killed after WALL_LIMIT."""
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, make, sizes), daemon=True)
    proc.start()
    child.close()
    try:
        if not parent.poll(WALL_LIMIT):
            proc.kill()
            pytest.fail(f"splitting did not finish within {WALL_LIMIT:.0f} s")
        status, value = parent.recv()
    finally:
        proc.join(timeout=10)
        parent.close()
    assert status == "ok", value
    return list(value)


# Worst cases for each kind of pattern; ``make(n)`` repeats a unit about ``n`` times. The
# largest texts reach the 1 MB a line may have (longer lines are refused, see
# test_lines_over_the_limit_are_refused).
ADVERSARIAL: dict[str, tuple[Callable[[int], str], int]] = {
    "digit-run": (lambda n: "1" * n, 1_000_000),
    "digits-and-dots": (lambda n: "1." * n, 200_000),
    "repeated-full-stops": (lambda n: "." * n, 400_000),
    "repeated-question-marks": (lambda n: "?" * n + " Next.", 400_000),
    "repeated-newlines": (lambda n: "\n" * n, 400_000),
    "repeated-table-separators": (lambda n: "|-" * n, 200_000),
    "repeated-hashes": (lambda n: "#" * n, 400_000),
    "heading-with-space-run": (lambda n: "# a" + " " * n + "b\n\nBody.", 200_000),
    "heading-with-hash-run": (lambda n: "# a" + "#" * n + "b\n\nBody.", 200_000),
    "metadata-with-space-run": (lambda n: "Source: a" + " " * n + "b\n\nBody.", 200_000),
    "mixed-scripts": (lambda n: "Ünïcødé 中文 العربية हिन्दी 🙂\u200d\u202e. " * n, 8_000),
    "words-on-one-line": (lambda n: "word " * n, 200_000),
    "short-title-lines": (lambda n: "Ab\n" * n, 60_000),
    "sentences-on-one-line": (lambda n: "The harbour handles 2.4 million tonnes. " * n, 5_000),
    # once quadratic in sentences.py (a backtracking trailing-emphasis search and an unbounded
    # look-ahead after each full stop); kept as regression cases
    "star-run-after-words": (lambda n: "a " + "*" * n + "b.", 12_000),
    "initials": (lambda n: "A. " * n, 100_000),
    "sentences-on-one-1MB-line": (lambda n: "The harbour handles 2.4 million tonnes. " * n, 25_000),
}
HANG = 30.0  # CPU seconds no input within the line limit may take


@pytest.mark.parametrize(
    ("make", "n"),
    [pytest.param(make, n, id=name) for name, (make, n) in ADVERSARIAL.items()],
)
def test_adversarial_text_splits_in_linear_time(make: Callable[[int], str], n: int) -> None:
    # Growth, not speed: 4x the text may take ~4x the time (up to 10x for noise), where
    # quadratic work takes 16x. Comparing two sizes in one process keeps a busy machine from
    # making this flaky.
    (small, t_small), (big, t_big) = _cpu_seconds(make, (n // 4, n))
    assert t_big < HANG, f"{big:,} characters took {t_big:.1f} s of CPU"
    assert t_big < 0.05 + 10 * t_small, f"{small:,} chars: {t_small:.2f} s, {big:,} chars: {t_big:.2f} s of CPU"


def test_lines_over_the_limit_are_refused(tmp_path: Path) -> None:
    check_line_lengths("a\n" * 10 + "b" * MAX_LINE_CHARS, "ok.txt")  # exactly at the limit: fine
    with pytest.raises(InputError, match=r"long\.txt:11: a line of 1,000,001 characters"):
        check_line_lengths("a\n" * 10 + "b" * (MAX_LINE_CHARS + 1) + "\nc", "long.txt")
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a", "text": "fine"}\n' + '{"id": "b", "text": "' + "x" * MAX_LINE_CHARS + '"}\n')
    with pytest.raises(InputError, match=r"feed\.jsonl:2: .*split the file"):
        list(iter_documents([feed]))

"""Sentence splitting: abbreviations, decimals, quotes, Markdown blocks, title lines, offsets."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.sentences import block_markup, split_sentences


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was detained on Aug. 24 at the airport. He was freed.", ["He was detained on Aug. 24 at the airport.", "He was freed."]),
        ("Dr. Smith met officials of the U.S. Treasury. Talks went well.", ["Dr. Smith met officials of the U.S. Treasury.", "Talks went well."]),
        ("The rate is 4.25 percent. It was 5.5 percent.", ["The rate is 4.25 percent.", "It was 5.5 percent."]),
        ("J. K. Rowling wrote seven books. They sold well.", ["J. K. Rowling wrote seven books.", "They sold well."]),
        ('"We will appeal," he said. "It is absurd!" she added.', ['"We will appeal," he said.', '"It is absurd!" she added.']),
        ("Prices rose in the U.S. The Fed held rates.", ["Prices rose in the U.S.", "The Fed held rates."]),
        ("Is it true? Yes. It is.", ["Is it true?", "Yes.", "It is."]),
        ("The firm, Acme Inc., grew. It hired staff.", ["The firm, Acme Inc., grew.", "It hired staff."]),
        ("It opened at 9 a.m. on Monday. Crowds came.", ["It opened at 9 a.m. on Monday.", "Crowds came."]),
        ("She moved to St. Louis in 1990. No. 5 was hers.", ["She moved to St. Louis in 1990.", "No. 5 was hers."]),
    ],
    ids=["month-abbrev", "title-and-country", "decimals", "initials", "quotes", "abbrev-ends-sentence",
         "question", "inc-comma", "am-pm", "st-and-no"],
)  # fmt: skip
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


def test_markdown_blocks() -> None:
    text = (
        "# Council approves budget\n\n"
        "*Draft, not for publication.*\n\n"
        "- The budget is $1.2 billion\n"
        "- Spending rises 4.5%.\n"
        "1. First item. Second sentence.\n\n"
        '> "We are pleased," the mayor said.\n'
    )
    assert _split(text) == [
        "Council approves budget",
        "Draft, not for publication.",
        "The budget is $1.2 billion",
        "Spending rises 4.5%.",
        "First item.",
        "Second sentence.",
        '"We are pleased," the mayor said.',
    ]
    starts = [s for s, _ in split_sentences(text)]
    assert block_markup(text, starts[0]) == "#"
    assert block_markup(text, starts[2]) == "-"
    assert block_markup(text, starts[6]) == ">"


def test_title_line_without_punctuation_is_its_own_sentence() -> None:
    text = "Council approves budget\nSPRINGFIELD — The council voted 7-2 on Tuesday.\n"
    assert _split(text) == ["Council approves budget", "SPRINGFIELD — The council voted 7-2 on Tuesday."]


def test_hard_wrapped_paragraph_stays_together() -> None:
    text = (
        "The Fed cut its benchmark rate by a quarter of a percentage point on\n"
        "18 December 2024, leaving the target range at 4.25-4.50 percent at the\n"
        "end of the year. Markets rose.\n"
    )
    sentences = _split(text)
    assert len(sentences) == 2
    assert sentences[0].endswith("end of the year.")


def test_setext_heading() -> None:
    assert _split("Results\n=======\nSales rose 5%.\n") == ["Results", "Sales rose 5%."]


def test_emphasis_closed_inside_is_kept() -> None:
    assert _split("**LONDON** — Sales rose 5%.") == ["**LONDON** — Sales rose 5%."]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .!?\n#>-*1\"“”'()U.S")), max_size=200))
def test_offsets_are_exact_and_ordered(text: str) -> None:
    spans = split_sentences(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip()
        previous_end = end


@pytest.mark.parametrize(
    "text",
    ["x" * 1_000_000, "." * 200_000, "\n" * 100_000 + "x", "# a\n" * 20_000, "a. " * 50_000, '"' * 100_000],
    ids=["1MB-word", "dots", "newlines", "headings", "many-sentences", "quotes"],
)
def test_pathological_input_is_bounded(text: str) -> None:
    t0 = time.perf_counter()
    split_sentences(text)
    assert time.perf_counter() - t0 < 5.0

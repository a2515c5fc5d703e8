"""Rendering as pure functions over hand-built reports: golden Markdown, escaping, annotated draft,
JSON records and ClaimReview. No model, no index: these run in milliseconds."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from factcheck.models import (
    AlignedPart,
    Claim,
    ClaimVerdict,
    Evidence,
    PartStatus,
    Passage,
    Report,
    ReportConfig,
    Span,
    Stance,
    Verdict,
)
from factcheck.report import (
    FORMATS,
    claimreview_records,
    escape_md,
    render,
    render_annotated,
    render_jsonl,
    render_markdown,
    verdict_record,
)

from .conftest import FIXTURES

GOLDEN = FIXTURES / "golden"
UPDATE = os.environ.get("FACTCHECK_UPDATE_GOLDEN", "") not in ("", "0")

DRAFT = (
    "# Velmora news\n"
    "\n"
    "The harbour of Velmora opened on 14 March 1921. The Orsk textile mill employed 2,000 workers at its peak.\n"
    "Velmora has a tram.\n"
)


def _span(text: str, line: int) -> Span:
    start = DRAFT.index(text)
    return Span(file="drafts/velmora.md", start=start, end=start + len(text), line=line)


def _passage(pid: str, text: str, **meta: str | None) -> Passage:
    return Passage(id=pid, doc_id=pid.split("#")[0], text=text, start=0, end=len(text), **meta)  # type: ignore[arg-type]


def sample_report() -> Report:
    harbour = _passage("harbour#0", "The harbour of Velmora opened on 14 March 1921. It handles about 2.4 million tonnes.",
                       title="Velmora harbour", source="Velmora Gazette", date="2023-05-02",
                       url="https://example.org/harbour")
    mill = _passage("mill#0", "The Orsk textile mill employed 1,200 workers at its peak in 1957.",
                    title="Velmora textile mill", source="corpus/mill.txt")
    bakery = _passage("bakery#0", "Rennick & Sons has baked bread in Velmora since 1899.", title="Rennick bakery")
    c1 = "The harbour of Velmora opened on 14 March 1921."
    c2 = "The Orsk textile mill employed 2,000 workers at its peak."
    c3 = "Velmora has a tram."
    supported = ClaimVerdict(
        claim=Claim(id="c1", text=c1, span=_span(c1, 3)),
        verdict=Verdict.SUPPORTED, confidence=0.93,
        reason="14 March 1921 matches 14 March 1921 (harbour#0)",
        evidence=(
            Evidence(passage=harbour, score=0.8123, stance=Stance.SUPPORTS, text=harbour.text, parts=(
                AlignedPart(kind="date", status=PartStatus.MATCHED, claim_text="14 March 1921", evidence_text="14 March 1921"),
                AlignedPart(kind="entity", status=PartStatus.MATCHED, claim_text="Velmora", evidence_text="Velmora"),
            )),
            Evidence(passage=bakery, score=0.31, stance=Stance.NEUTRAL, parts=(
                AlignedPart(kind="date", status=PartStatus.MISSING, claim_text="14 March 1921"),
            )),
        ),
    )
    contradicted = ClaimVerdict(
        claim=Claim(id="c2", text=c2, span=_span(c2, 3)),
        verdict=Verdict.CONTRADICTED, confidence=0.85,
        reason="2,000 in the claim, 1,200 in the evidence (mill#0)",
        evidence=(
            Evidence(passage=mill, score=0.77, stance=Stance.CONTRADICTS, parts=(
                AlignedPart(kind="quantity", status=PartStatus.MISMATCHED, claim_text="2,000", evidence_text="1,200"),
                AlignedPart(kind="entity", status=PartStatus.MATCHED, claim_text="Orsk", evidence_text="Orsk"),
            )),
        ),
    )
    unverified = ClaimVerdict(
        claim=Claim(id="c3", text=c3, span=_span(c3, 4)),
        verdict=Verdict.UNVERIFIED, confidence=0.6,
        reason="unverified: no relevant passage",
        evidence=(Evidence(passage=bakery, score=0.21),),
    )
    config = ReportConfig(version="0.1.0", model="all-MiniLM-L6-v2", index_path=".factcheck/index",
                          index_checksum="0123456789abcdef",
                          settings={"top_k": 5, "min_similarity": 0.35, "use_verifier": False, "model": "all-MiniLM-L6-v2"})
    return Report(source="drafts/velmora.md", verdicts=(supported, contradicted, unverified), config=config)


def _check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    assert text == path.read_text("utf-8"), f"{name} differs; rerun with FACTCHECK_UPDATE_GOLDEN=1 if intended"


def test_markdown_report_matches_golden_file() -> None:
    _check_golden("velmora.report.md", render_markdown(sample_report(), Verdict.CONTRADICTED))


def test_markdown_report_is_byte_identical_on_a_second_run() -> None:
    first = render(sample_report(), "md", gate=Verdict.CONTRADICTED).encode("utf-8")
    again = Report.model_validate_json(sample_report().model_dump_json())
    assert render(again, "md", gate=Verdict.CONTRADICTED).encode("utf-8") == first


def test_markdown_report_has_title_summary_claims_and_config() -> None:
    md = render_markdown(sample_report(), Verdict.CONTRADICTED)
    assert md.startswith("# Fact-check report: drafts/velmora.md\n")
    assert "| ✅ supported | 1 |" in md and "| ❌ contradicted | 1 |" in md and "| ❔ unverified | 1 |" in md
    assert "| gate (fail on contradicted) | ❌ **failed**: 1 claim |" in md
    assert "drafts/velmora.md:3" in md and "drafts/velmora.md:4" in md
    assert "<https://example.org/harbour>" in md and "2023-05-02" in md and "Velmora Gazette" in md
    assert md.index("## Config") > md.index("### 3.")
    assert "| index checksum | 0123456789abcdef |" in md
    assert "| fail_on | contradicted |" in md


def test_matched_and_mismatched_parts_are_emphasised() -> None:
    md = render_markdown(sample_report())
    assert "opened on **14 March 1921**" in md  # in the claim and in the evidence
    assert "employed **2,000** workers" in md  # the claim's mismatched figure
    assert "employed **1,200** workers" in md  # the evidence's figure
    assert "✗ 2,000 ↔ 1,200" in md


def test_verifier_and_sentence_long_polarity_parts_are_said_in_words() -> None:
    report = sample_report()
    mill = report.verdicts[1].evidence[0]
    sentence = "The Orsk textile mill never employed more than a thousand workers at any time."
    parts = mill.parts + (
        AlignedPart(kind="polarity", status=PartStatus.MISMATCHED, claim_text=report.verdicts[1].claim.text,
                    evidence_text=sentence, note="the evidence negates what the claim states"),
        AlignedPart(kind="verifier", status=PartStatus.MISMATCHED, claim_text="",
                    note="verifier: entailment 0.05, neutral 0.10, contradiction 0.85"),
    )
    changed = report.verdicts[1].model_copy(update={"evidence": (mill.model_copy(update={"parts": parts}),)})
    md = render_markdown(report.model_copy(update={"verdicts": (report.verdicts[0], changed, report.verdicts[2])}))
    line = next(x for x in md.splitlines() if "✗ 2,000 ↔ 1,200" in x)
    assert "✗ the evidence negates what the claim states" in line
    assert "✗ verifier: entailment 0.05, neutral 0.10, contradiction 0.85" in line
    assert sentence not in md and "✗  ·" not in line and not line.rstrip().endswith("✗")


def test_claims_are_listed_in_draft_order() -> None:
    report = sample_report()
    shuffled = report.model_copy(update={"verdicts": tuple(reversed(report.verdicts))})
    assert render_markdown(shuffled) == render_markdown(report)


def test_gate_never_passes_and_says_so() -> None:
    md = render_markdown(sample_report(), None)
    assert "| gate (fail on never) | passed (never fails) |" in md


HOSTILE = "Revenue | profit *rose* `fast` <script>alert(1)</script> [x](javascript:alert(1)) &amp; ~~no~~\n# not a heading"


def _unescaped_pipes(line: str) -> int:
    return len(re.findall(r"(?<!\\)\|", line))


def test_hostile_text_neither_breaks_tables_nor_injects_html() -> None:
    base = sample_report()
    cv = base.verdicts[1]
    hostile_passage = cv.evidence[0].passage.model_copy(update={"title": "A | B <b>", "url": "javascript:alert(1)"})
    hostile = cv.model_copy(update={
        "claim": cv.claim.model_copy(update={"text": HOSTILE}),
        "reason": HOSTILE,
        "evidence": (cv.evidence[0].model_copy(update={"passage": hostile_passage, "text": HOSTILE}),),
    })
    config = base.config.model_copy(update={"index_path": "idx|<i>", "settings": {"weird|key": "a|b"}})  # type: ignore[union-attr]
    report = base.model_copy(update={"source": "x|<script>.md", "verdicts": (hostile,), "config": config})
    draft = "Intro. " + HOSTILE + "\n"
    start = draft.index(HOSTILE)
    span = Span(file="x.md", start=start, end=start + len(HOSTILE), line=1)
    annotated = render_annotated(report.model_copy(update={"verdicts": (hostile.model_copy(update={
        "claim": hostile.claim.model_copy(update={"span": span})}),)}), draft)
    # The draft itself is the editor's text and stays as it is; what factcheck adds is escaped.
    added = annotated.split("[^1]", 1)[1]
    for out in (render_markdown(report), added):
        assert "<script" not in out and "<b>" not in out and "<i>" not in out
        assert not re.search(r"(?<!\\)\]\(", out) and "<javascript:" not in out
        assert "\n# not a heading" not in out
    md = render_markdown(report)
    for line in md.splitlines():
        if line.startswith("|"):
            assert _unescaped_pipes(line) == 3, line  # every table row keeps exactly two cells
        else:
            assert _unescaped_pipes(line) == 0, line
    assert r"profit \*rose\* \`fast\`" in md


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cost (about) 5-6 #1, up 3%", "cost (about) 5-6 #1, up 3%"),
        ("snake_case names", "snake_case names"),
        ("version 0.1.0", "version 0.1.0"),
        ("Rennick & Sons", "Rennick & Sons"),
        ("# a heading", r"\# a heading"),
        ("- a list", r"\- a list"),
        ("1921. A year", r"1921\. A year"),
        ("a | b", r"a \| b"),
        ("<script>", "&lt;script>"),
        ("&amp;", "&amp;amp;"),
        ("two\nlines", "two lines"),
    ],
    ids=["running-text", "underscore-in-word", "dotted-number", "ampersand", "heading", "list", "ordered-list",
         "pipe", "html", "entity", "newline"],
)
def test_escape_md_escapes_only_what_markdown_would_interpret(text: str, expected: str) -> None:
    assert escape_md(text) == expected


_MARKER = re.compile(r"\[\^(?:fc-)?\d+\]")


def test_annotated_draft_is_the_draft_plus_footnotes() -> None:
    report = sample_report()
    out = render_annotated(report, DRAFT)
    body, _, notes = out.partition("\n\n[^1]: ")
    assert _MARKER.sub("", body) + "\n" == DRAFT
    assert "1921.[^1] The Orsk" in body and "at its peak.[^2]" in body and "has a tram.[^3]" in body
    footnotes = re.findall(r"^\[\^\d+\]: ", "[^1]: " + notes, flags=re.M)
    assert len(footnotes) == 3
    assert "❌ **contradicted** (confidence 0.85): 2,000 in the claim, 1,200 in the evidence" in notes
    assert "*Velmora textile mill*" in notes and "**1,200**" in notes
    _check_golden("velmora.annotated.md", out)


def test_annotated_draft_avoids_clashing_with_its_own_footnotes() -> None:
    draft = DRAFT.replace("Velmora has a tram.", "Velmora has a tram.[^1]") + "\n[^1]: The editor's note.\n"
    report = sample_report()
    shifted = []
    for cv in report.verdicts:
        span = cv.claim.span
        assert span is not None
        start = draft.index(cv.claim.text)
        shifted.append(cv.model_copy(update={"claim": cv.claim.model_copy(
            update={"span": span.model_copy(update={"start": start, "end": start + len(cv.claim.text)})})}))
    out = render_annotated(report.model_copy(update={"verdicts": tuple(shifted)}), draft)
    assert "[^fc-1]" in out and "[^fc-3]: " in out
    assert out.count("[^1]") == 2  # the draft's own marker and definition, untouched


def test_annotated_needs_spans() -> None:
    report = sample_report()
    cv = report.verdicts[0]
    loose = report.model_copy(update={"verdicts": (cv.model_copy(update={"claim": cv.claim.model_copy(update={"span": None})}),)})
    with pytest.raises(ValueError, match="spans"):
        render_annotated(loose, DRAFT)


def test_json_records_follow_the_design_contract() -> None:
    report = sample_report()
    body = json.loads(render(report, "json", gate=Verdict.UNVERIFIED))
    assert set(body) >= {"claims", "summary"}
    assert body["summary"] == {"claims": 3, "supported": 1, "contradicted": 1, "unverified": 1,
                               "gate": {"fail_on": "unverified", "passed": False}}
    records = [json.loads(line) for line in render_jsonl(report).splitlines()]
    assert records == body["claims"]
    first = records[0]
    assert list(first) == ["id", "claim", "verdict", "confidence", "reason", "span", "evidence"]
    assert first["span"] == {"file": "drafts/velmora.md", "start": DRAFT.index(first["claim"]),
                             "end": DRAFT.index(first["claim"]) + len(first["claim"]), "line": 3}
    assert {"passage_id", "doc_id", "title", "text", "score", "stance", "source", "url"} <= set(first["evidence"][0])
    assert {r["verdict"] for r in records} == {"supported", "contradicted", "unverified"}
    assert all(ev["stance"] in {"supports", "contradicts", "neutral"} for r in records for ev in r["evidence"])


def test_claims_file_fields_are_carried_through_without_overriding() -> None:
    cv = sample_report().verdicts[0]
    claim = cv.claim.model_copy(update={"span": None, "extra": {"kind": "paraphrase", "verdict": "bogus"}})
    record = verdict_record(cv.model_copy(update={"claim": claim}))
    assert record["kind"] == "paraphrase" and record["verdict"] == "supported" and "span" not in record


def test_claimreview_has_every_required_field() -> None:
    reviews = claimreview_records(sample_report(), author="Velmora Gazette fact desk", date="2026-11-29",
                                  author_url="https://example.org")
    assert len(reviews) == 3
    for review, verdict in zip(reviews, ("supported", "contradicted", "unverified"), strict=True):
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert review["claimReviewed"] and review["datePublished"] == "2026-11-29"
        assert review["author"] == {"@type": "Organization", "name": "Velmora Gazette fact desk", "url": "https://example.org"}
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating" and rating["alternateName"] == verdict
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        assert rating["ratingExplanation"]
        item = review["itemReviewed"]
        assert item["@type"] == "Claim"
        assert item["appearance"]["@type"] == "CreativeWork" and item["appearance"]["url"] == "drafts/velmora.md"
    ratings = [r["reviewRating"]["ratingValue"] for r in reviews]
    assert ratings[0] == reviews[0]["reviewRating"]["bestRating"] and ratings[1] == reviews[1]["reviewRating"]["worstRating"]
    assert reviews[1]["citation"][0]["name"] == "Velmora textile mill"
    assert reviews[0]["itemReviewed"]["appearance"]["name"] == "drafts/velmora.md, line 3"


def test_every_format_renders_deterministically() -> None:
    for fmt in FORMATS:
        once = render(sample_report(), fmt, draft=DRAFT, date="2026-11-29")
        assert once == render(sample_report(), fmt, draft=DRAFT, date="2026-11-29"), fmt


def test_golden_files_exist() -> None:
    assert sorted(p.name for p in Path(GOLDEN).iterdir()) == ["velmora.annotated.md", "velmora.report.md"]


def test_long_evidence_lists_are_cut_but_keep_both_sides() -> None:
    report = sample_report()
    cv = report.verdicts[0]
    support = cv.evidence[0]
    against = report.verdicts[1].evidence[0]
    many = tuple(support.model_copy(update={"passage": support.passage.model_copy(update={"id": f"harbour#{i}"})})
                 for i in range(5)) + (against,)
    md = render_markdown(report.model_copy(update={"verdicts": (cv.model_copy(update={"evidence": many}),)}))
    assert md.count("- **supports** · ") == 2 and md.count("- **contradicts** · ") == 1
    assert "… and 3 more supporting or contradicting passages" in md

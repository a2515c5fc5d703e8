"""Evaluation metrics checked against a confusion matrix computed by hand."""

from __future__ import annotations

import json

import pytest

from factcheck.evaluate import EvalResult, render_eval, score
from factcheck.models import Claim, ClaimVerdict, Evidence, Passage, Verdict


def verdict(label: str, docs: tuple[str, ...] = ()) -> ClaimVerdict:
    evidence = tuple(
        Evidence(passage=Passage(id=f"{d}#0", doc_id=d, text="x", start=0, end=1), score=0.5) for d in docs
    )
    return ClaimVerdict(
        claim=Claim(id="c", text="t"), verdict=Verdict(label), confidence=0.5, reason="r", evidence=evidence
    )


# gold -> predicted, 10 claims:
#   supported:    S S S U        (3 right, 1 as unverified)
#   contradicted: C C S          (2 right, 1 as supported)
#   unverified:   U U C          (2 right, 1 as contradicted)
PAIRS = [
    ("supported", "supported", "a"),
    ("supported", "supported", "a"),
    ("supported", "supported", "b"),
    ("supported", "unverified", "a"),
    ("contradicted", "contradicted", "b"),
    ("contradicted", "contradicted", "b"),
    ("contradicted", "supported", "a"),
    ("unverified", "unverified", "c"),
    ("unverified", "unverified", "c"),
    ("unverified", "contradicted", "c"),
]


@pytest.fixture()
def result() -> EvalResult:
    gold = [{"label": g, "kind": k} for g, _, k in PAIRS]
    return score(gold, [verdict(p) for _, p, _ in PAIRS])


def test_accuracy_and_confusion(result: EvalResult) -> None:
    assert result.n == 10
    assert result.accuracy == pytest.approx(7 / 10)
    assert result.confusion["supported"] == {"supported": 3, "contradicted": 0, "unverified": 1}
    assert result.confusion["contradicted"] == {"supported": 1, "contradicted": 2, "unverified": 0}
    assert result.confusion["unverified"] == {"supported": 0, "contradicted": 1, "unverified": 2}


def test_per_class_and_macro_f1(result: EvalResult) -> None:
    # supported: P = 3/4, R = 3/4 -> F1 0.75; contradicted: P = 2/3, R = 2/3; unverified: P = 2/3, R = 2/3
    assert result.per_class["supported"].precision == pytest.approx(0.75)
    assert result.per_class["supported"].recall == pytest.approx(0.75)
    assert result.per_class["contradicted"].f1 == pytest.approx(2 / 3)
    assert result.per_class["unverified"].support == 3
    assert result.macro_f1 == pytest.approx((0.75 + 2 / 3 + 2 / 3) / 3)


def test_accuracy_per_kind(result: EvalResult) -> None:
    # kind a: S S U(wrong) S(wrong) -> 2/4; b: S C C -> 3/3; c: U U C(wrong) -> 2/3
    assert result.per_kind["a"].accuracy == pytest.approx(0.5)
    assert result.per_kind["b"].accuracy == pytest.approx(1.0)
    assert result.per_kind["c"].correct == 2


def test_evidence_recall_at_k() -> None:
    gold = [
        {"label": "supported", "evidence_ids": ["d1"]},
        {"label": "supported", "evidence_ids": ["d9"]},
        {"label": "unverified", "evidence_ids": []},
        {"label": "contradicted", "evidence_ids": ["d3", "d4"]},
    ]
    verdicts = [
        verdict("supported", ("d0", "d1")),
        verdict("supported", ("d0", "d1", "d2", "d3", "d4", "d9")),  # d9 is 6th: outside k=5
        verdict("unverified"),
        verdict("contradicted", ("d4",)),
    ]
    res = score(gold, verdicts, k=5)
    assert res.evidence_n == 3
    assert res.evidence_recall == pytest.approx(2 / 3)


def test_no_evidence_ids_means_no_recall(result: EvalResult) -> None:
    assert result.evidence_recall is None


def test_class_never_predicted_has_zero_precision() -> None:
    res = score([{"label": "supported"}, {"label": "contradicted"}], [verdict("supported"), verdict("supported")])
    assert res.per_class["contradicted"].precision == 0.0
    assert res.per_class["contradicted"].f1 == 0.0
    assert res.per_class["unverified"].support == 0


def test_mismatched_lengths_and_bad_labels_raise() -> None:
    with pytest.raises(ValueError, match="pair up"):
        score([{"label": "supported"}], [])
    with pytest.raises(ValueError, match="expected one of"):
        score([{"label": "SUPPORT"}], [verdict("supported")])


def test_render_json_round_trips(result: EvalResult) -> None:
    data = json.loads(render_eval(result, "json"))
    assert data["accuracy"] == pytest.approx(0.7)
    assert EvalResult.model_validate(data) == result


def test_render_markdown_has_every_table(result: EvalResult) -> None:
    md = render_eval(result, "md")
    assert "macro-F1: 0.694" in md
    assert "| supported | 3 | 0 | 1 |" in md
    assert "## Accuracy per kind" in md
    with pytest.raises(ValueError, match="md, json"):
        render_eval(result, "html")

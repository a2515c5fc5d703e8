"""Scoring verdicts against labelled claims: accuracy, macro-F1, per-class figures, confusion, recall@k.

``score(gold, verdicts)`` compares the verdicts with the gold records of a claims file (same
order: ``label``, optional ``kind``, optional ``evidence_ids``) and returns an
:class:`EvalResult`; ``render_eval(result, "md" | "json")`` formats it. Pure functions: no I/O.

Definitions: per-class precision = correct predictions of the class / predictions of the class
(0 when there are none), recall = correct / gold of the class (0 when there are none), F1 their
harmonic mean (0 when both are 0); macro-F1 is the unweighted mean of the three classes' F1.
Evidence recall@k is the share of claims with gold ``evidence_ids`` for which one of those ids is
the ``doc_id`` of one of the first ``k`` evidence passages of the verdict.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import Field

from factcheck.models import ClaimVerdict, Frozen, Verdict

__all__ = ["ClassScores", "EvalResult", "score", "render_eval"]

LABELS: tuple[str, ...] = tuple(v.value for v in Verdict)


class ClassScores(Frozen):
    precision: float
    recall: float
    f1: float
    support: int  # gold claims of the class


class KindScores(Frozen):
    n: int
    correct: int
    accuracy: float


class EvalResult(Frozen):
    """The figures of one evaluation run."""

    n: int
    accuracy: float
    macro_f1: float
    per_class: dict[str, ClassScores]
    confusion: dict[str, dict[str, int]]  # gold label -> predicted label -> count
    per_kind: dict[str, KindScores] = Field(default_factory=dict)
    evidence_recall: float | None = None  # recall@k over claims that carry evidence ids
    evidence_n: int = 0
    k: int = 5


def _label(value: Any) -> str:
    text = value.value if isinstance(value, Verdict) else str(value)
    if text not in LABELS:
        raise ValueError(f"unknown label {text!r}; expected one of {', '.join(LABELS)}")
    return text


def _f1(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def score(gold: Sequence[Mapping[str, Any]], verdicts: Sequence[ClaimVerdict], *, k: int = 5) -> EvalResult:
    """Score ``verdicts`` against ``gold`` records given in the same order."""
    if len(gold) != len(verdicts):
        raise ValueError(f"{len(gold)} gold records but {len(verdicts)} verdicts; they must pair up in order")
    if k < 1:
        raise ValueError(f"k must be >= 1, got {k}")
    confusion = {g: {p: 0 for p in LABELS} for g in LABELS}
    kinds: dict[str, list[int]] = {}
    ev_hits = 0
    ev_n = 0
    for record, verdict in zip(gold, verdicts, strict=True):
        g = _label(record["label"])
        p = verdict.verdict.value
        confusion[g][p] += 1
        kind = record.get("kind")
        if kind:
            counts = kinds.setdefault(str(kind), [0, 0])
            counts[0] += 1
            counts[1] += int(g == p)
        ids = record.get("evidence_ids") or []
        if ids:
            ev_n += 1
            got = {e.passage.doc_id for e in verdict.evidence[:k]}
            ev_hits += int(bool(got & set(map(str, ids))))
    n = len(gold)
    correct = sum(confusion[c][c] for c in LABELS)
    per_class = {}
    for c in LABELS:
        predicted = sum(confusion[g][c] for g in LABELS)
        actual = sum(confusion[c].values())
        prec = confusion[c][c] / predicted if predicted else 0.0
        rec = confusion[c][c] / actual if actual else 0.0
        per_class[c] = ClassScores(precision=prec, recall=rec, f1=_f1(prec, rec), support=actual)
    return EvalResult(
        n=n,
        accuracy=correct / n if n else 0.0,
        macro_f1=sum(cs.f1 for cs in per_class.values()) / len(LABELS),
        per_class=per_class,
        confusion=confusion,
        per_kind={kd: KindScores(n=v[0], correct=v[1], accuracy=v[1] / v[0]) for kd, v in sorted(kinds.items())},
        evidence_recall=ev_hits / ev_n if ev_n else None,
        evidence_n=ev_n,
        k=k,
    )


def render_eval(result: EvalResult, fmt: str = "md") -> str:
    """The figures as Markdown (``md``) or JSON (``json``)."""
    if fmt == "json":
        return json.dumps(result.model_dump(), indent=2, sort_keys=False) + "\n"
    if fmt != "md":
        raise ValueError(f"unknown format {fmt!r}; expected one of md, json")
    lines = [
        "# Evaluation",
        "",
        f"- claims: {result.n}",
        f"- accuracy: {result.accuracy:.3f}",
        f"- macro-F1: {result.macro_f1:.3f}",
    ]
    if result.evidence_recall is not None:
        lines.append(
            f"- evidence recall@{result.k}: {result.evidence_recall:.3f} ({result.evidence_n} claims with gold evidence)"
        )
    lines += ["", "## Per class", "", "| label | precision | recall | F1 | gold |", "|---|---|---|---|---|"]
    for c, cs in result.per_class.items():
        lines.append(f"| {c} | {cs.precision:.3f} | {cs.recall:.3f} | {cs.f1:.3f} | {cs.support} |")
    lines += [
        "",
        "## Confusion (rows gold, columns predicted)",
        "",
        "| gold \\ predicted | " + " | ".join(LABELS) + " |",
        "|---|" + "---|" * len(LABELS),
    ]
    for g in LABELS:
        lines.append(f"| {g} | " + " | ".join(str(result.confusion[g][p]) for p in LABELS) + " |")
    if result.per_kind:
        lines += ["", "## Accuracy per kind", "", "| kind | n | correct | accuracy |", "|---|---|---|---|"]
        for kd, ks in result.per_kind.items():
            lines.append(f"| {kd} | {ks.n} | {ks.correct} | {ks.accuracy:.3f} |")
    return "\n".join(lines) + "\n"

"""Rendering: pure functions from a Report to Markdown, JSON or JSONL text.

Text from drafts and the corpus is data: the Markdown renderer escapes it, so a claim holding
``|``, ``*``, backticks or ``<script>`` neither breaks a table nor injects HTML.
"""

from __future__ import annotations

import json
import re
from typing import Any

from factcheck.models import ClaimVerdict, Evidence, Report, Stance, Verdict

FORMATS = ("md", "json", "jsonl")

MARKERS = {Verdict.SUPPORTED: "✅ supported", Verdict.CONTRADICTED: "❌ contradicted", Verdict.UNVERIFIED: "❔ unverified"}

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|<>~])")


def escape_md(text: str) -> str:
    """Escape Markdown and HTML metacharacters and fold line breaks, for inline use."""
    text = " ".join(text.split())
    return _MD_SPECIAL.sub(r"\\\1", text).replace("&", "&amp;")


def evidence_record(ev: Evidence) -> dict[str, Any]:
    p = ev.passage
    return {
        "passage_id": p.id,
        "doc_id": p.doc_id,
        "title": p.title,
        "text": ev.quote,
        "score": round(ev.score, 4),
        "stance": ev.stance.value,
        "source": p.source,
        "url": p.url,
        "date": p.date,
    }


def verdict_record(cv: ClaimVerdict) -> dict[str, Any]:
    """One claim's output record, as DESIGN.md's "Output records" fixes it."""
    c = cv.claim
    record: dict[str, Any] = {
        "id": c.id,
        "claim": c.text,
        "verdict": cv.verdict.value,
        "confidence": round(cv.confidence, 3),
        "reason": cv.reason,
    }
    if c.span is not None:
        record["span"] = {"file": c.span.file, "start": c.span.start, "end": c.span.end, "line": c.span.line}
    record["evidence"] = [evidence_record(e) for e in cv.evidence]
    for key, value in c.extra.items():
        record.setdefault(key, value)
    return record


def summary(report: Report, gate: Verdict | None = None) -> dict[str, Any]:
    counts = report.counts()
    out: dict[str, Any] = {"claims": len(report.verdicts), **{v.value: counts[v] for v in Verdict}}
    if gate is not None:
        out["gate"] = {"fail_on": gate.value, "passed": gate_passed(report, gate)}
    return out


def gate_passed(report: Report, fail_on: Verdict | None) -> bool:
    """False when some claim's verdict is at or beyond ``fail_on`` (None: never fail)."""
    if fail_on is None:
        return True
    return all(cv.verdict.severity < fail_on.severity for cv in report.verdicts)


def render_json(report: Report, gate: Verdict | None = None) -> str:
    body = {"source": report.source, "claims": [verdict_record(cv) for cv in report.verdicts], "summary": summary(report, gate)}
    if report.config is not None:
        body["config"] = report.config.model_dump()
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def render_jsonl(report: Report) -> str:
    return "".join(json.dumps(verdict_record(cv), ensure_ascii=False) + "\n" for cv in report.verdicts)


def render_markdown(report: Report, gate: Verdict | None = None) -> str:
    name = report.source or "claims"
    lines = [f"# Fact-check report: {escape_md(name)}", ""]
    counts = report.counts()
    lines += ["| verdict | claims |", "|---|---|"]
    lines += [f"| {MARKERS[v]} | {counts[v]} |" for v in Verdict]
    lines.append(f"| total | {len(report.verdicts)} |")
    if gate is not None:
        lines.append(f"| gate (fail on {gate.value}) | {'passed' if gate_passed(report, gate) else '**failed**'} |")
    lines.append("")
    for note in report.notes:
        lines += [f"> {escape_md(note)}", ""]
    for n, cv in enumerate(report.verdicts, start=1):
        c = cv.claim
        where = f"{escape_md(c.span.file or name)}:{c.span.line}" if c.span else escape_md(c.id)
        lines += [f"## {n}. {MARKERS[cv.verdict]} — {where}", ""]
        lines += [f"> {escape_md(c.text)}", ""]
        lines += [f"**Verdict:** {cv.verdict.value} (confidence {cv.confidence:.2f})  ", f"**Reason:** {escape_md(cv.reason)}", ""]
        shown = [e for e in cv.evidence if e.stance != Stance.NEUTRAL] or list(cv.evidence[:1])
        for ev in shown:
            p = ev.passage
            meta = [f"*{escape_md(p.title or p.doc_id)}*", f"`{p.id}`", escape_md(p.source)]
            if p.date:
                meta.append(escape_md(p.date))
            if p.url:
                meta.append(f"<{p.url}>" if re.fullmatch(r"https?://[^\s<>]+", p.url) else escape_md(p.url))
            lines += [f"- {ev.stance.value} (score {ev.score:.3f}) — " + " · ".join(meta), f"  > {escape_md(ev.quote)}"]
        if shown:
            lines.append("")
    if report.config is not None:
        cfg = report.config
        lines += ["## Config", "", "| setting | value |", "|---|---|"]
        lines += [f"| factcheck | {cfg.version} |", f"| model | {escape_md(cfg.model)} |",
                  f"| index | {escape_md(cfg.index_path)} |", f"| index checksum | {cfg.index_checksum} |"]
        lines += [f"| {k} | {escape_md(str(v))} |" for k, v in sorted(cfg.settings.items())]
        lines.append("")
    return "\n".join(lines)


def render(report: Report, fmt: str, *, gate: Verdict | None = None) -> str:
    if fmt == "md":
        return render_markdown(report, gate)
    if fmt == "json":
        return render_json(report, gate)
    if fmt == "jsonl":
        return render_jsonl(report)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")

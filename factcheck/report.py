"""Rendering: pure functions from a Report to Markdown, an annotated draft, JSON, JSONL or ClaimReview JSON-LD.

Every renderer is deterministic: the same report gives byte-identical text (no clock, no set
order). Text from drafts and the corpus is data: the Markdown renderers escape it with
:func:`escape_md`, so a claim holding ``|``, ``*``, backticks or ``<script>`` neither breaks a
table nor injects HTML, while ``#``, ``(`` or ``-`` inside running text stay as they are.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import quote as url_quote

from factcheck.models import AlignedPart, ClaimVerdict, Evidence, PartStatus, Report, Stance, Verdict

FORMATS = ("md", "json", "jsonl", "annotated", "claimreview")

MARKERS = {Verdict.SUPPORTED: "✅ supported", Verdict.CONTRADICTED: "❌ contradicted", Verdict.UNVERIFIED: "❔ unverified"}

# ClaimReview rating: one step per verdict, worst (contradicted) = 1, best (supported) = 3.
RATING = {Verdict.CONTRADICTED: 1, Verdict.UNVERIFIED: 2, Verdict.SUPPORTED: 3}

# Characters that change meaning anywhere in running Markdown text: emphasis, code, links,
# table cells, strikethrough, escapes. `<` becomes an entity (some renderers ignore `\<`).
_INLINE_SPECIAL = re.compile(r"([\\`*\[\]|~])")
# `_` only opens emphasis at a word boundary; snake_case stays readable.
_UNDERSCORE = re.compile(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# At the start of a line these open a heading, list, quote or rule; they are escaped there only.
_BLOCK_START = re.compile(r"^(#{1,6}(?=\s|$)|>|[-+](?=\s|$)|\d{1,9}[.)](?=\s|$))")
_URL = re.compile(r"https?://[^\s<>()\[\]|`*]+")


def escape_md(text: str) -> str:
    """Fold line breaks and escape what Markdown or HTML would interpret, for inline use."""
    return _escape_block_start(_escape_inline(" ".join(text.split())))


def _escape_inline(text: str) -> str:
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    text = _UNDERSCORE.sub(r"\\_", text)
    return _ENTITY.sub("&amp;", text).replace("<", "&lt;")


def _escape_block_start(text: str) -> str:
    return _BLOCK_START.sub(lambda m: m.group(1)[:-1] + "\\" + m.group(1)[-1], text, count=1)


def _link(url: str | None) -> str:
    """An autolink for a plain http(s) URL; anything else is shown as escaped text, never linked."""
    if not url:
        return ""
    return f"<{url}>" if _URL.fullmatch(url) else escape_md(url)


def emphasise(text: str, needles: Iterable[str]) -> str:
    """``text`` folded and escaped, with the first whole-word occurrence of each needle in **bold**."""
    text = " ".join(text.split())
    spans: list[tuple[int, int]] = []
    for needle in sorted({" ".join(n.split()) for n in needles if n and n.strip()}, key=lambda n: (-len(n), n)):
        for m in re.finditer(re.escape(needle), text):
            s, e = m.span()
            if (s > 0 and text[s - 1].isalnum() and needle[0].isalnum()) or (
                e < len(text) and text[e].isalnum() and needle[-1].isalnum()
            ):
                continue
            if all(e <= a or s >= b for a, b in spans):
                spans.append((s, e))
                break
    out, pos = [], 0
    for s, e in sorted(spans):
        out += [_escape_inline(text[pos:s]), "**", _escape_inline(text[s:e]), "**"]
        pos = e
    out.append(_escape_inline(text[pos:]))
    return _escape_block_start("".join(out))


# --- records (JSON, JSONL) -------------------------------------------------------------------


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
    """One claim's output record, as DESIGN.md's "Output records" fixes it (fields of a claims
    file are carried through after the record's own; they never replace one)."""
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


def gate_passed(report: Report, fail_on: Verdict | None) -> bool:
    """False when some claim's verdict is at or beyond ``fail_on`` (None: never fail)."""
    if fail_on is None:
        return True
    return all(cv.verdict.severity < fail_on.severity for cv in report.verdicts)


def summary(report: Report, gate: Verdict | None = None) -> dict[str, Any]:
    """Counts per verdict and the gate's result (``gate`` None is ``--fail-on never``)."""
    counts = report.counts()
    return {
        "claims": len(report.verdicts),
        **{v.value: counts[v] for v in Verdict},
        "gate": {"fail_on": gate.value if gate else "never", "passed": gate_passed(report, gate)},
    }


def render_json(report: Report, gate: Verdict | None = None) -> str:
    body: dict[str, Any] = {
        "source": report.source,
        "claims": [verdict_record(cv) for cv in report.verdicts],
        "summary": summary(report, gate),
    }
    if report.notes:
        body["notes"] = list(report.notes)
    if report.config is not None:
        body["config"] = report.config.model_dump()
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def render_jsonl(report: Report) -> str:
    return "".join(json.dumps(verdict_record(cv), ensure_ascii=False) + "\n" for cv in report.verdicts)


# --- ClaimReview JSON-LD ---------------------------------------------------------------------


def claimreview_records(
    report: Report, *, author: str, date: str, author_url: str | None = None
) -> list[dict[str, Any]]:
    """One schema.org ClaimReview per claim; ``date`` is ``datePublished`` (YYYY-MM-DD)."""
    org: dict[str, Any] = {"@type": "Organization", "name": author}
    if author_url:
        org["url"] = author_url
    out = []
    for cv in _in_draft_order(report.verdicts):
        c = cv.claim
        draft = (c.span.file if c.span and c.span.file else None) or report.source or ""
        appearance: dict[str, Any] = {"@type": "CreativeWork", "url": draft, "name": draft}
        if c.span is not None:
            appearance["name"] = f"{draft}, line {c.span.line}"
        review: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "identifier": c.id,
            "claimReviewed": c.text,
            "datePublished": date,
            "author": org,
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": RATING[cv.verdict],
                "bestRating": RATING[Verdict.SUPPORTED],
                "worstRating": RATING[Verdict.CONTRADICTED],
                "alternateName": cv.verdict.value,
                "ratingExplanation": cv.reason,
            },
            "itemReviewed": {"@type": "Claim", "appearance": appearance},
        }
        cited = [e for e in cv.evidence if e.stance != Stance.NEUTRAL]
        if cited:
            review["citation"] = [_citation(e) for e in cited]
        out.append(review)
    return out


def _citation(ev: Evidence) -> dict[str, Any]:
    p = ev.passage
    work: dict[str, Any] = {"@type": "CreativeWork", "identifier": p.id, "name": p.title or p.doc_id}
    if p.url:
        work["url"] = p.url
    if p.date:
        work["datePublished"] = p.date
    return work


def render_claimreview(report: Report, *, author: str, date: str, author_url: str | None = None) -> str:
    records = claimreview_records(report, author=author, date=date, author_url=author_url)
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


# --- Markdown evidence report ----------------------------------------------------------------


def _in_draft_order(verdicts: Sequence[ClaimVerdict]) -> list[ClaimVerdict]:
    if all(cv.claim.span is not None for cv in verdicts):
        return sorted(verdicts, key=lambda cv: cv.claim.span.start if cv.claim.span else 0)
    return list(verdicts)


MAX_SHOWN = 3


def shown_evidence(cv: ClaimVerdict, limit: int = MAX_SHOWN) -> list[Evidence]:
    """The passages a reader needs, at most ``limit``: those that support or contradict (each
    stance present keeps at least one place, so conflicting evidence shows both sides); when
    none does, the closest passage."""
    telling = [e for e in cv.evidence if e.stance != Stance.NEUTRAL]
    if not telling:
        return list(cv.evidence[:1])
    keep: list[Evidence] = []
    for stance in (Stance.CONTRADICTS, Stance.SUPPORTS):
        keep += [e for e in telling if e.stance == stance][:1]
    keep += [e for e in telling if e not in keep][: max(0, limit - len(keep))]
    return sorted(keep, key=telling.index)


def _checked(parts: Iterable[AlignedPart]) -> list[AlignedPart]:
    return [p for p in parts if p.status in (PartStatus.MATCHED, PartStatus.MISMATCHED)]


def _part_text(p: AlignedPart) -> str:
    mark = "✓" if p.status == PartStatus.MATCHED else "✗"
    if p.kind == "verifier":  # no text of the claim's: the probabilities are the part
        return f"{mark} {escape_md(p.note or 'verifier')}"
    if p.kind == "polarity" and p.note and len(p.claim_text) > 40:
        # whole sentences on both sides: the quote above shows the passage; say what differs
        return f"{mark} {escape_md(p.note)}"
    if p.evidence_text is None or p.evidence_text == p.claim_text:
        return f"{mark} {escape_md(p.claim_text)}"
    return f"{mark} {escape_md(p.claim_text)} ↔ {escape_md(p.evidence_text)}"


def _where(cv: ClaimVerdict, source: str | None) -> str:
    span = cv.claim.span
    if span is None:
        return escape_md(cv.claim.id)
    return f"{escape_md(span.file or source or 'draft')}:{span.line}"


def _evidence_meta(ev: Evidence) -> str:
    p = ev.passage
    meta = [f"*{escape_md(p.title or p.doc_id)}*"]
    if p.source and p.source != p.title:
        meta.append(escape_md(p.source))
    if p.date:
        meta.append(escape_md(p.date))
    if p.url:
        meta.append(_link(p.url))
    meta += [escape_md(p.id), f"score {ev.score:.3f}"]
    return " · ".join(meta)


def _gate_cell(report: Report, gate: Verdict | None) -> tuple[str, str]:
    if gate is None:
        return "gate (fail on never)", "passed (never fails)"
    if gate_passed(report, gate):
        return f"gate (fail on {gate.value})", "✅ passed"
    failing = sum(cv.verdict.severity >= gate.severity for cv in report.verdicts)
    return f"gate (fail on {gate.value})", f"❌ **failed**: {failing} claim{'s' if failing != 1 else ''}"


def render_markdown(report: Report, gate: Verdict | None = None) -> str:
    """The evidence report: summary table, each claim in draft order with its evidence, config."""
    name = report.source or "claims"
    lines = [f"# Fact-check report: {escape_md(name)}", ""]
    counts = report.counts()
    lines += ["| verdict | claims |", "|---|---:|"]
    lines += [f"| {MARKERS[v]} | {counts[v]} |" for v in Verdict]
    lines.append(f"| total | {len(report.verdicts)} |")
    lines += ["| {} | {} |".format(*_gate_cell(report, gate)), ""]
    for note in report.notes:
        lines += [f"> {escape_md(note)}", ""]
    if report.verdicts:
        lines += ["## Claims", ""]
    for n, cv in enumerate(_in_draft_order(report.verdicts), start=1):
        lines += _claim_section(n, cv, report.source)
    lines += _config_section(report, gate)
    return "\n".join(lines).rstrip("\n") + "\n"


def _claim_section(n: int, cv: ClaimVerdict, source: str | None) -> list[str]:
    shown = shown_evidence(cv)
    claim_needles = [p.claim_text for e in shown if e.stance != Stance.NEUTRAL for p in _checked(e.parts)]
    lines = [f"### {n}. {MARKERS[cv.verdict]} · {_where(cv, source)}", ""]
    lines += [f"> {emphasise(cv.claim.text, claim_needles)}", ""]
    lines += [f"- **Verdict:** {cv.verdict.value} (confidence {cv.confidence:.2f})", f"- **Reason:** {escape_md(cv.reason)}", ""]
    if not shown:
        return lines + ["No evidence passage was retrieved.", ""]
    lines += ["**Evidence**" if any(e.stance != Stance.NEUTRAL for e in shown) else "**Closest passage**", ""]
    for ev in shown:
        checked = _checked(ev.parts)
        lines += [f"- **{ev.stance.value}** · {_evidence_meta(ev)}", ""]
        lines += [f"  > {emphasise(ev.quote, [p.evidence_text or '' for p in checked])}", ""]
        if checked:
            lines += ["  " + " · ".join(_part_text(p) for p in checked), ""]
    more = sum(e.stance != Stance.NEUTRAL for e in cv.evidence) - sum(e.stance != Stance.NEUTRAL for e in shown)
    if more > 0:
        lines += [f"… and {more} more supporting or contradicting passage{'s' if more != 1 else ''} "
                  "(`--format json` lists them all).", ""]
    return lines


def _config_section(report: Report, gate: Verdict | None) -> list[str]:
    cfg = report.config
    if cfg is None:
        return []
    lines = ["## Config", "", "| setting | value |", "|---|---|"]
    lines += [f"| factcheck version | {escape_md(cfg.version)} |", f"| model | {escape_md(cfg.model)} |",
              f"| index | {escape_md(cfg.index_path)} |", f"| index checksum | {escape_md(cfg.index_checksum or '—')} |",
              f"| fail_on | {gate.value if gate else 'never'} |"]
    lines += [f"| {escape_md(k)} | {escape_md(_value(v))} |" for k, v in sorted(cfg.settings.items()) if k != "model"]
    return lines + [""]


def _value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


# --- annotated draft -------------------------------------------------------------------------


def render_annotated(report: Report, draft: str, gate: Verdict | None = None) -> str:
    """The draft unchanged, with a footnote marker after each checked claim and the footnotes at
    the end: verdict, confidence, reason and evidence. Labels are ``[^1]``, ``[^2]``… or, when the
    draft has footnotes of its own, ``[^fc-1]``… so that they cannot clash."""
    verdicts = [cv for cv in _in_draft_order(report.verdicts) if cv.claim.span is not None]
    if len(verdicts) != len(report.verdicts):
        raise ValueError("an annotated draft needs claims extracted from the draft (with spans)")
    prefix = "fc-" if "[^" in draft else ""
    labels = {id(cv): f"[^{prefix}{n}]" for n, cv in enumerate(verdicts, start=1)}
    out, pos = [], 0
    for cv in verdicts:
        span = cv.claim.span
        assert span is not None
        if not pos <= span.end <= len(draft):
            raise ValueError(f"claim {cv.claim.id}: span {span.start}..{span.end} is not inside this draft")
        out += [draft[pos : span.end], labels[id(cv)]]
        pos = span.end
    out.append(draft[pos:])
    if not verdicts:
        return "".join(out)
    text = "".join(out)
    if not text.endswith("\n"):
        text += "\n"
    notes = [_footnote(labels[id(cv)], cv) for cv in verdicts]
    return text + "\n" + "\n\n".join(notes) + "\n"


def _footnote(label: str, cv: ClaimVerdict) -> str:
    lines = [f"{label}: {MARKERS[cv.verdict].split()[0]} **{cv.verdict.value}** (confidence {cv.confidence:.2f}): "
             f"{escape_md(cv.reason)}"]
    for ev in shown_evidence(cv):
        checked = _checked(ev.parts)
        quote = emphasise(ev.quote, [p.evidence_text or "" for p in checked])
        lines.append(f"    {ev.stance.value}: {_evidence_meta(ev)}: “{quote}”")
    return "\n\n".join(lines)


# --- batches ---------------------------------------------------------------------------------


def batch_summary(
    reports: Sequence[tuple[Report, str | None]], gate: Verdict | None, errors: Sequence[str] = ()
) -> dict[str, Any]:
    """Counts over many drafts: one row a draft (with its report file, if written), the errors, totals."""
    drafts = []
    for report, written in reports:
        row: dict[str, Any] = {"source": report.source, **summary(report, gate)}
        if written is not None:
            row["report"] = written
        drafts.append(row)
    totals: dict[str, Any] = {"drafts": len(reports), "claims": sum(len(r.verdicts) for r, _ in reports)}
    for v in Verdict:
        totals[v.value] = sum(r.counts()[v] for r, _ in reports)
    totals["errors"] = len(errors)
    totals["gate"] = {"fail_on": gate.value if gate else "never", "passed": all(gate_passed(r, gate) for r, _ in reports)}
    return {"drafts": drafts, "errors": list(errors), "summary": totals}


def render_batch_summary(
    reports: Sequence[tuple[Report, str | None]], gate: Verdict | None, errors: Sequence[str] = (), *, fmt: str = "md"
) -> str:
    """The summary of a batch run, as Markdown (``fmt`` md or annotated) or JSON (any other)."""
    body = batch_summary(reports, gate, errors)
    if fmt not in ("md", "annotated"):
        return json.dumps(body, ensure_ascii=False, indent=2) + "\n"
    t = body["summary"]
    gate_text = "✅ passed" if t["gate"]["passed"] else "❌ **failed**"
    lines = ["# Fact-check summary", "",
             f"{t['drafts']} drafts, {t['claims']} claims: {t['supported']} supported, {t['contradicted']} "
             f"contradicted, {t['unverified']} unverified. Gate (fail on {t['gate']['fail_on']}): {gate_text}.", ""]
    lines += ["| draft | claims | ✅ | ❌ | ❔ | gate |", "|---|---:|---:|---:|---:|---|"]
    for row in body["drafts"]:
        name = escape_md(row["source"] or "claims")
        if "report" in row:
            name = f"[{name}]({url_quote(row['report'])})"
        lines.append(f"| {name} | {row['claims']} | {row['supported']} | {row['contradicted']} | {row['unverified']} | "
                     f"{'passed' if row['gate']['passed'] else '**failed**'} |")
    if errors:
        lines += ["", "## Not checked", ""]
        lines += [f"- {escape_md(e)}" for e in errors]
    return "\n".join(lines) + "\n"


def render(
    report: Report,
    fmt: str,
    *,
    gate: Verdict | None = None,
    draft: str | None = None,
    author: str = "factcheck",
    author_url: str | None = None,
    date: str | None = None,
) -> str:
    """Render ``report`` in ``fmt`` (one of FORMATS). ``annotated`` needs the ``draft`` text;
    ``claimreview`` needs the ``date`` it is published on."""
    if fmt == "md":
        return render_markdown(report, gate)
    if fmt == "json":
        return render_json(report, gate)
    if fmt == "jsonl":
        return render_jsonl(report)
    if fmt == "annotated":
        if draft is None:
            raise ValueError("the annotated format needs the draft's text")
        return render_annotated(report, draft, gate)
    if fmt == "claimreview":
        if date is None:
            raise ValueError("the claimreview format needs a datePublished date")
        return render_claimreview(report, author=author, date=date, author_url=author_url)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")

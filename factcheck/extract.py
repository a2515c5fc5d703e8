"""Claim extraction: the checkable sentences of a draft, with spans, quantities, entities, hedges
and a retrieval query whose subject is resolved from context.

(First version: every sentence with a digit is a claim; the extraction work replaces it.)
"""

from __future__ import annotations

import hashlib

from factcheck.models import Claim, Span
from factcheck.quantities import parse_quantities
from factcheck.sentences import split_sentences


def extract_claims(text: str, *, source: str | None = None) -> list[Claim]:
    """Return the checkable claims of ``text`` in order, each anchored to its span in ``text``."""
    claims: list[Claim] = []
    for start, end in split_sentences(text):
        sentence = text[start:end]
        quantities = parse_quantities(sentence)
        if not quantities:
            continue
        line = text.count("\n", 0, start) + 1
        cid = "c" + hashlib.sha1(f"{start}:{sentence}".encode()).hexdigest()[:8]
        claims.append(
            Claim(
                id=cid,
                text=sentence,
                query=sentence,
                span=Span(file=source, start=start, end=end, line=line),
                quantities=tuple(quantities),
                why=("has a number",),
            )
        )
    return claims


def claim_from_text(text: str, *, claim_id: str, extra: dict[str, object] | None = None) -> Claim:
    """Build a Claim from a sentence given directly (a claims file), parsing its checkable parts."""
    return Claim(
        id=claim_id,
        text=text,
        query=text,
        quantities=tuple(parse_quantities(text)),
        extra=dict(extra or {}),
    )

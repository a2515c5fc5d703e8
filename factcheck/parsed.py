"""Passage parses stored in the index, so that a check does not parse its evidence again.

Parsing a passage (sentences, quantities, names, negation) is most of what aligning a claim
with it costs. ``factcheck index`` parses each passage once and stores what is costly to find:
each sentence's span, quantities, names, scores and negation. ``check`` reads that back and
re-derives only the cheap parts (tokens, content words) from the passage text, several times
faster than parsing (docs/benchmarks.md).

A stored parse is only used by the factcheck that wrote it: ``parse_version()`` is a digest of
the source of the modules that parse, so any change to them makes old parses stale. A stale or
absent parse is never an error: the passage is parsed at check time as before, and the next
``factcheck index`` run stores fresh parses.

The format is zlib-compressed JSON (plain lists, strings and numbers), like the rest of the
index: nothing in an index directory is unpickled, so one handed over by someone else cannot
run code.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from factcheck import align, entities, models, quantities, sentences
from factcheck.align import Score, Sent, sentence_content, tokenize
from factcheck.models import Entity, Operator, Quantity, QuantityKind

FORMAT = 1


@lru_cache(maxsize=1)
def parse_version() -> str:
    """A digest of the parsing code and of this module's format; stored parses carry it."""
    h = hashlib.sha256(f"stored parse format {FORMAT}".encode())
    for module in (align, entities, models, quantities, sentences):
        h.update(Path(module.__file__ or "").read_bytes())
    h.update(Path(__file__).read_bytes())
    return h.hexdigest()[:16]


def _quantity(q: Quantity) -> list[Any]:
    return [q.text, q.kind.value, q.value, q.unit, q.operator.value, q.start, q.end, q.measure]


def encode(sents: Sequence[Sent], own: Sequence[int] | None = None) -> bytes:
    """A passage's parse as stored: per sentence its span, negation, quantities (the first
    ``own[i]`` its own, the rest placed by an earlier sentence's date), names and scores."""
    rows = []
    for i, s in enumerate(sents):
        rows.append([
            s.start, s.end, s.negated, len(s.quantities) if own is None else own[i],
            [_quantity(q) for q in s.quantities],
            [[e.text, e.label, e.start, e.end] for e in s.entities],
            [[x.a, x.b, x.text, x.start, x.end] for x in s.scores],
        ])
    return zlib.compress(json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)


def decode(blob: bytes, text: str) -> tuple[Sent, ...]:
    """The parse of passage ``text`` that ``encode`` stored; ValueError when ``blob`` is not one."""
    try:
        rows = json.loads(zlib.decompress(blob))
        out = []
        for start, end, negated, own, qs, ents, scores in rows:
            if not (0 <= start <= end <= len(text)):
                raise ValueError("sentence span outside the passage")
            sent_text = text[start:end]
            tokens = tokenize(sent_text)
            quantities = tuple(
                Quantity(text=t, kind=QuantityKind(k), value=v, unit=u, operator=Operator(o), start=a, end=b, measure=m)
                for t, k, v, u, o, a, b, m in qs
            )
            out.append(Sent(
                text=sent_text,
                start=start,
                end=end,
                tokens=tokens,
                content=sentence_content(sent_text, tokens, quantities[:own]),
                quantities=quantities,
                entities=tuple(Entity(text=t, label=lab, start=a, end=b) for t, lab, a, b in ents),
                scores=tuple(Score(a, b, t, s, e) for a, b, t, s, e in scores),
                negated=bool(negated),
            ))
    except (zlib.error, UnicodeDecodeError, TypeError, ValueError) as exc:  # JSONDecodeError is a ValueError
        raise ValueError(f"not a stored parse ({type(exc).__name__}: {exc})") from None
    return tuple(out)


def parse_for_store(text: str) -> bytes:
    """Parse one passage and encode it for the index."""
    sents = align.parse_passage_text(text)
    own = [len(align.parse_sentence_cached(text[s.start : s.end]).quantities) for s in sents]
    return encode(sents, own)

"""The data types every stage hands to the next: frozen pydantic models and the one verdict vocabulary.

No stage passes raw dicts. Every model is immutable (``frozen=True``) and rejects unknown fields
(``extra="forbid"``), so a typo in a field name fails where it is made, not three stages later.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Frozen(BaseModel):
    """Base of every factcheck model: immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Verdict(str, Enum):
    """The one verdict vocabulary, spelled the same in code, JSON, reports and tests."""

    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    UNVERIFIED = "unverified"

    @property
    def severity(self) -> int:
        """Order used by the publication gate: supported < unverified < contradicted."""
        return {"supported": 0, "unverified": 1, "contradicted": 2}[self.value]


class Stance(str, Enum):
    """What one evidence passage says of a claim."""

    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"
    NEUTRAL = "neutral"


class QuantityKind(str, Enum):
    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    DATE = "date"
    DURATION = "duration"
    FREQUENCY = "frequency"
    MEASURE = "measure"
    ORDINAL = "ordinal"


class Operator(str, Enum):
    """How a hedge bounds a stated value: "about" is ``~``, "more than" is ``>``, and so on."""

    EQ = "="
    APPROX = "~"
    GT = ">"
    GE = ">="
    LT = "<"
    LE = "<="


class Quantity(Frozen):
    """A normalised number found in a text.

    ``value`` is in base units (5000000 for "€5 million"; metres for lengths; days for durations)
    or, for dates, an ISO-8601 string: ``2024-08-24``, ``--08-24`` (no year), ``2024-08`` (month),
    ``2024`` (year). ``unit`` is the ISO 4217 code for money, ``%`` for percent (``pp`` for
    percentage points), a unit name for measures and durations, or None for bare counts.
    ``start``/``end`` are character offsets of ``text`` in the sentence it was parsed from, and
    ``measure`` is the noun the number counts or measures ("users", "bail"), when one is found.
    """

    text: str
    kind: QuantityKind
    value: float | str
    unit: str | None = None
    operator: Operator = Operator.EQ
    start: int = 0
    end: int = 0
    measure: str | None = None


class Entity(Frozen):
    """A named entity in a claim or passage, with its character offsets in that text."""

    text: str
    label: str = "ENTITY"
    start: int = 0
    end: int = 0


class Document(Frozen):
    """One reference document of the corpus, as ingested from a file or a JSONL line."""

    id: str
    text: str
    title: str = ""
    source: str = ""
    url: str | None = None
    date: str | None = None
    content_hash: str = ""


class Passage(Frozen):
    """A window of consecutive sentences of a document; ``document.text[start:end] == text``."""

    id: str
    doc_id: str
    text: str
    start: int
    end: int
    title: str = ""
    source: str = ""
    url: str | None = None
    date: str | None = None

    @model_validator(mode="after")
    def _offsets_ordered(self) -> Passage:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"passage {self.id}: bad offsets {self.start}..{self.end}")
        return self


class Span(Frozen):
    """Where a claim stands in its draft: character offsets and 1-based line number."""

    file: str | None = None
    start: int
    end: int
    line: int


class Claim(Frozen):
    """A checkable statement. ``text`` is as written; ``query`` is what retrieval searches for
    (the text with its subject resolved from context: "He" becomes "Durov")."""

    id: str
    text: str
    query: str = ""
    span: Span | None = None
    quantities: tuple[Quantity, ...] = ()
    entities: tuple[Entity, ...] = ()
    negated: bool = False
    why: tuple[str, ...] = ()
    extra: dict[str, Any] = Field(default_factory=dict)

    @property
    def search_text(self) -> str:
        return self.query or self.text


class PartStatus(str, Enum):
    MATCHED = "matched"
    MISMATCHED = "mismatched"
    MISSING = "missing"


class AlignedPart(Frozen):
    """One comparison between a checkable part of the claim and the evidence."""

    kind: str  # "quantity", "date", "entity", "polarity", "relation", "verifier"
    status: PartStatus
    claim_text: str
    evidence_text: str | None = None
    note: str = ""


class Evidence(Frozen):
    """A retrieved passage with its score and what it says of the claim."""

    passage: Passage
    score: float
    stance: Stance = Stance.NEUTRAL
    text: str = ""  # the best-matching sentence with its neighbours; the passage text if empty
    parts: tuple[AlignedPart, ...] = ()

    @property
    def quote(self) -> str:
        return self.text or self.passage.text


class ClaimVerdict(Frozen):
    """The answer for one claim: verdict, confidence in [0, 1], the reason and the evidence."""

    claim: Claim
    verdict: Verdict
    confidence: float = Field(ge=0.0, le=1.0)
    reason: str
    evidence: tuple[Evidence, ...] = ()


class ReportConfig(Frozen):
    """What a report states about how it was made (rendered as its ``## Config`` section)."""

    version: str
    model: str
    index_path: str
    index_checksum: str = ""
    settings: dict[str, Any] = Field(default_factory=dict)


class Report(Frozen):
    """All verdicts of one run over one draft (``source``) or one claims file."""

    source: str | None = None
    verdicts: tuple[ClaimVerdict, ...] = ()
    config: ReportConfig | None = None
    notes: tuple[str, ...] = ()

    def counts(self) -> dict[Verdict, int]:
        out = {v: 0 for v in Verdict}
        for cv in self.verdicts:
            out[cv.verdict] += 1
        return out

    def worst(self) -> Verdict | None:
        if not self.verdicts:
            return None
        return max((cv.verdict for cv in self.verdicts), key=lambda v: v.severity)


class Hit(Frozen):
    """One retrieval candidate: the passage, its fused rank score and its cosine similarity."""

    passage: Passage
    score: float  # fused retrieval score (higher is better); comparable within one query only
    similarity: float  # cosine similarity of claim query and passage, in [-1, 1]
    rank: int

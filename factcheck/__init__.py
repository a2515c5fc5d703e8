"""factcheck: check the factual claims of a draft against a trusted reference corpus, offline."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "Claim",
    "ClaimVerdict",
    "Document",
    "Evidence",
    "FactcheckError",
    "Index",
    "Passage",
    "Quantity",
    "Report",
    "Settings",
    "Verdict",
    "check_claims",
    "check_text",
    "extract_claims",
]

from factcheck.errors import FactcheckError  # noqa: E402
from factcheck.models import Claim, ClaimVerdict, Document, Evidence, Passage, Quantity, Report, Verdict  # noqa: E402
from factcheck.settings import Settings  # noqa: E402


def __getattr__(name: str) -> object:
    # Index and the pipeline pull in numpy; load them on first use so `import factcheck` stays light.
    if name == "Index":
        from factcheck.index import Index

        return Index
    if name in ("check_text", "check_claims"):
        from factcheck import pipeline

        return getattr(pipeline, name)
    if name == "extract_claims":
        from factcheck.extract import extract_claims

        return extract_claims
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")

"""Numbers in text, normalised: money with currency, counts, percentages, dates, durations,
frequencies, measures and ordinals, each with the operator its hedge gives.

(First version: digits and a few scale words only; the extraction work replaces it.)
"""

from __future__ import annotations

import re

from factcheck.models import Operator, Quantity, QuantityKind

_NUM = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(million|billion|thousand)?\b", re.I)
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


def parse_quantities(text: str) -> list[Quantity]:
    """Return the quantities of one sentence, in order of appearance."""
    out: list[Quantity] = []
    for m in _NUM.finditer(text):
        value = float(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))
        if m.group(3):
            value *= _SCALE[m.group(3).lower()]
        out.append(
            Quantity(
                text=m.group(0).strip(),
                kind=QuantityKind.COUNT,
                value=value,
                operator=Operator.EQ,
                start=m.start(),
                end=m.end(),
            )
        )
    return out

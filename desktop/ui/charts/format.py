"""Numbers as the charts and tables print them."""

from __future__ import annotations


def money(amount: float, currency: str) -> str:
    return f"{amount:,.0f} {currency}"


def tokens(count: float) -> str:
    for size, unit in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(count) >= size:
            value = count / size
            return f"{value:,.{0 if value >= 100 else 1}f}{unit}"
    return f"{count:,.0f}"

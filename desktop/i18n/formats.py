"""Numbers, money, percentages, dates, plurals and token volumes as one locale prints them.

The GUI (desktop/ui/charts/format.py) and the report (desktop/report/text.py) both call this, so a
figure reads the same on screen and on paper. Babel knows the local rules (grouping, decimal mark,
where the currency goes); we add only what CLDR leaves open: whole-unit money, large volumes in
words a reader knows ("20 Mio." / "20 M") and a space between a letter currency code and its number.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from functools import lru_cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import get_currency_symbol, parse_pattern

from .locales import SWISS_GROUP, language_of, pick_locale

NBSP = "\u00a0"
# Large counts in words: (size, German, English). German follows the Duden abbreviations.
SCALES = ((1e12, "Bio.", "T"), (1e9, "Mrd.", "B"), (1e6, "Mio.", "M"), (1e3, "Tsd.", "k"))
_CODE_DIGIT = re.compile(r"([A-Z]{3})(?=[-\d])")
_DIGIT_CODE = re.compile(r"(?<=\d)([A-Z]{3})")


@lru_cache(maxsize=32)
def _currency_pattern(locale: Locale, decimals: int):
    return _with_decimals(locale.currency_formats["standard"], decimals)


def _with_decimals(pattern, decimals: int):
    pattern = copy.copy(parse_pattern(pattern))  # Babel caches parsed patterns: change a copy only
    pattern.frac_prec = (decimals, decimals)
    return pattern


def _no_negative_zero(value: float, decimals: int) -> float:
    return 0.0 if round(value, decimals) == 0 else value


def _plain(text: str) -> str:
    return text.replace(SWISS_GROUP, "'")


class Formats:
    """One reader's formats: `Formats("de", "CH").money(5003, "CHF")` -> "CHF 5'003"."""

    def __init__(self, lang: str = "en", country: str | None = None):
        self.lang = language_of(lang)
        self.country = country
        self.locale = pick_locale(lang, country)

    @property
    def tag(self) -> str:
        return f"{self.locale.language}-{self.locale.territory}"

    def __repr__(self) -> str:
        return f"Formats({self.tag})"

    # -- numbers -----------------------------------------------------------------------------------
    def num(self, value: float, decimals: int = 0) -> str:
        return _plain(_with_decimals("#,##0", decimals).apply(_no_negative_zero(value, decimals), self.locale))

    def pct(self, share: float, decimals: int = 0) -> str:
        """share 0.25 -> '25 %' (de-DE) / '25%' (en, de-CH)."""
        return _plain(_with_decimals(self.locale.percent_formats[None], decimals).apply(
            _no_negative_zero(share, decimals + 2), self.locale))

    def money(self, amount: float, currency: str, decimals: int = 0) -> str:
        """Whole units by default: an assessment's figures are estimates, cents would claim too much."""
        amount = _no_negative_zero(amount, decimals)
        text = _plain(_currency_pattern(self.locale, decimals).apply(amount, self.locale, currency=currency,
                                                                      currency_digits=False))
        # CLDR asks for a space between a letter code and the digits ("CHF 5'003", "5.003 CHF");
        # Babel leaves that to us.
        text = _CODE_DIGIT.sub(lambda m: m.group(1) + NBSP, text)
        return _DIGIT_CODE.sub(lambda m: NBSP + m.group(1), text)

    def currency_symbol(self, currency: str) -> str:
        return get_currency_symbol(currency, locale=self.locale)

    def money_short(self, amount: float, currency: str) -> str:
        """Axis labels: '€1k' / '10 Tsd. €' / 'CHF 2 Mio.'."""
        for size, de, en in SCALES:
            if abs(amount) >= size:
                value = amount / size
                number = self.num(value, 0 if abs(value) >= 10 or value == int(value) else 1)
                word = f"{number}{NBSP}{de}" if self.lang == "de" else f"{number}{en}"
                return self._place_currency(word, currency)
        return self.money(amount, currency)

    def _place_currency(self, number: str, currency: str) -> str:
        """Put the currency where this locale puts it, around a number already formatted."""
        sample = self.money(1, currency)
        symbol = self.currency_symbol(currency)
        before, _, after = sample.partition("1")
        return f"{before}{number}{after}" if symbol in sample else f"{number} {symbol}"

    def tokens(self, count: float) -> str:
        """A token volume in words a reader knows: 20e6 -> '20 Mio.' / '20 M'; below a thousand as is."""
        for size, de, en in SCALES:
            if abs(count) >= size:
                value = count / size
                whole = abs(value - round(value)) < 1e-9 * max(1.0, abs(value))  # 10**log10(2e7) is 19.999…
                number = self.num(value, 0 if abs(value) >= 100 or whole else 1)
                return f"{number}{NBSP}{de if self.lang == 'de' else en}"
        return self.num(count)

    # -- dates -------------------------------------------------------------------------------------
    def date(self, day: dt.date) -> str:
        """'5. März 2026' / '5 March 2026' / 'March 5, 2026'."""
        return format_date(day, "long", locale=self.locale)

    def short_date(self, day: dt.date) -> str:
        return format_date(day, "medium", locale=self.locale)

    def iso_date(self, value) -> str:
        """A date given as an ISO string or date, in the long form ('' when unknown)."""
        if not value:
            return ""
        if isinstance(value, str):
            try:
                value = dt.date.fromisoformat(value[:10])
            except ValueError:
                return value
        return self.date(value)

    # -- words -------------------------------------------------------------------------------------
    def plural_category(self, count: float) -> str:
        """CLDR plural category ('one', 'other') of a count in this language."""
        return self.locale.plural_form(abs(count))

    def plural(self, count: float, one: str, other: str) -> str:
        """'1 Replikat' / '2 Replikate': the count formatted, then the form its number asks for."""
        shown = self.num(count, 0 if float(count) == int(count) else 1)
        word = one if self.plural_category(count) == "one" and shown in ("1", "-1") else other
        return f"{shown}{NBSP}{word}"

    def join(self, items: list[str]) -> str:
        items = [i for i in items if i]
        if len(items) <= 1:
            return "".join(items)
        last = " und " if self.lang == "de" else " and "
        return ", ".join(items[:-1]) + last + items[-1]

"""Which locale a reader gets: the UI or report language, made regional by the organisation's country.

German for a Swiss organisation prints "CHF 5'003", for a German one "15.988 €"; English for an Irish
one "€15,988". The five locales we test are de-DE, de-AT, de-CH, en-GB and en-US; any other country
Babel knows for the language works too (en-IE, en-CH, de-LU), and one it does not falls back to the
language's default region.
"""

from __future__ import annotations

from functools import lru_cache

from babel import Locale, UnknownLocaleError

LANGUAGES = ("en", "de")
SUPPORTED = ("de_DE", "de_AT", "de_CH", "en_GB", "en_US")
DEFAULT_REGION = {"de": "DE", "en": "GB"}  # our clients are European: English without a country is British


def language_of(lang: str) -> str:
    """'de-CH', 'de_CH' or 'de' -> 'de'; an unsupported language is refused with the ones we have."""
    base = lang.replace("-", "_").split("_")[0].lower()
    if base not in LANGUAGES:
        raise ValueError(f"language {lang!r} is not supported; expected one of: {', '.join(LANGUAGES)}")
    return base


class _Locale(Locale):
    """Babel's locale, with one workaround: Babel strips a group separator that is an ASCII apostrophe
    (de-CH "1'234'567" comes out as "1234567", its pattern-quote rule). We format with U+2019 and
    Formats turns it back into the apostrophe Swiss readers type."""

    @property
    def number_symbols(self):
        # Babel asks for these on every number it formats: build them once per locale.
        cached = self.__dict__.get("_symbols")
        if cached is None:
            symbols = super().number_symbols
            cached = {system: ({**dict(table), "group": SWISS_GROUP} if dict(table).get("group") == "'" else table)
                      for system, table in symbols.items()}
            self.__dict__["_symbols"] = cached
        return cached


SWISS_GROUP = "\u2019"


@lru_cache(maxsize=64)
def pick_locale(lang: str, country: str | None = None) -> Locale:
    """The Babel locale for a language and the organisation's country (ISO 3166 alpha-2)."""
    base = language_of(lang)
    parts = lang.replace("-", "_").split("_")
    region = (country or (parts[1] if len(parts) > 1 else "") or DEFAULT_REGION[base]).upper()
    try:
        return _Locale.parse(f"{base}_{region}")
    except (UnknownLocaleError, ValueError):
        return _Locale.parse(f"{base}_{DEFAULT_REGION[base]}")


def locale_tag(lang: str, country: str | None = None) -> str:
    """'de-CH' style tag of the picked locale."""
    loc = pick_locale(lang, country)
    return f"{loc.language}-{loc.territory}" if loc.territory else loc.language

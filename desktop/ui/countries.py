"""Countries as people type them: a name in the UI language, stored as the ISO 3166-1 alpha-2 code.

The countries an SME in our markets names most (the EU, the EEA, Switzerland, the UK and the larger
trading partners) carry translated names; every other territory Qt knows follows with its English name.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

NAMED = {
    "AT": QT_TRANSLATE_NOOP("Countries", "Austria"), "BE": QT_TRANSLATE_NOOP("Countries", "Belgium"),
    "BG": QT_TRANSLATE_NOOP("Countries", "Bulgaria"), "HR": QT_TRANSLATE_NOOP("Countries", "Croatia"),
    "CY": QT_TRANSLATE_NOOP("Countries", "Cyprus"), "CZ": QT_TRANSLATE_NOOP("Countries", "Czechia"),
    "DK": QT_TRANSLATE_NOOP("Countries", "Denmark"), "EE": QT_TRANSLATE_NOOP("Countries", "Estonia"),
    "FI": QT_TRANSLATE_NOOP("Countries", "Finland"), "FR": QT_TRANSLATE_NOOP("Countries", "France"),
    "DE": QT_TRANSLATE_NOOP("Countries", "Germany"), "GR": QT_TRANSLATE_NOOP("Countries", "Greece"),
    "HU": QT_TRANSLATE_NOOP("Countries", "Hungary"), "IE": QT_TRANSLATE_NOOP("Countries", "Ireland"),
    "IT": QT_TRANSLATE_NOOP("Countries", "Italy"), "LV": QT_TRANSLATE_NOOP("Countries", "Latvia"),
    "LT": QT_TRANSLATE_NOOP("Countries", "Lithuania"), "LU": QT_TRANSLATE_NOOP("Countries", "Luxembourg"),
    "MT": QT_TRANSLATE_NOOP("Countries", "Malta"), "NL": QT_TRANSLATE_NOOP("Countries", "Netherlands"),
    "PL": QT_TRANSLATE_NOOP("Countries", "Poland"), "PT": QT_TRANSLATE_NOOP("Countries", "Portugal"),
    "RO": QT_TRANSLATE_NOOP("Countries", "Romania"), "SK": QT_TRANSLATE_NOOP("Countries", "Slovakia"),
    "SI": QT_TRANSLATE_NOOP("Countries", "Slovenia"), "ES": QT_TRANSLATE_NOOP("Countries", "Spain"),
    "SE": QT_TRANSLATE_NOOP("Countries", "Sweden"), "IS": QT_TRANSLATE_NOOP("Countries", "Iceland"),
    "LI": QT_TRANSLATE_NOOP("Countries", "Liechtenstein"), "NO": QT_TRANSLATE_NOOP("Countries", "Norway"),
    "CH": QT_TRANSLATE_NOOP("Countries", "Switzerland"), "GB": QT_TRANSLATE_NOOP("Countries", "United Kingdom"),
    "US": QT_TRANSLATE_NOOP("Countries", "United States"), "CA": QT_TRANSLATE_NOOP("Countries", "Canada"),
    "CN": QT_TRANSLATE_NOOP("Countries", "China"), "JP": QT_TRANSLATE_NOOP("Countries", "Japan"),
    "IN": QT_TRANSLATE_NOOP("Countries", "India"), "TR": QT_TRANSLATE_NOOP("Countries", "Turkey"),
    "UA": QT_TRANSLATE_NOOP("Countries", "Ukraine"), "RU": QT_TRANSLATE_NOOP("Countries", "Russia"),
    "AU": QT_TRANSLATE_NOOP("Countries", "Australia"), "BR": QT_TRANSLATE_NOOP("Countries", "Brazil"),
    "IL": QT_TRANSLATE_NOOP("Countries", "Israel"), "AE": QT_TRANSLATE_NOOP("Countries", "United Arab Emirates"),
    "SG": QT_TRANSLATE_NOOP("Countries", "Singapore"), "KR": QT_TRANSLATE_NOOP("Countries", "South Korea"),
}


@cache
def _qt_territories() -> dict[str, str]:
    """Every territory Qt knows with a two-letter code: code -> English name."""
    out: dict[str, str] = {}
    for territory in QLocale.Country:
        code = QLocale.territoryToCode(territory)
        if len(code) == 2 and code.isalpha() and code.isupper():
            out.setdefault(code, QLocale.territoryToString(territory))
    return out


def countries() -> list[tuple[str, str]]:
    """(code, name) sorted by the name people read; named countries in the UI language."""
    names = dict(_qt_territories())
    for code, name in NAMED.items():
        names[code] = QCoreApplication.translate("Countries", name)
    return sorted(names.items(), key=lambda item: item[1].casefold())


def display(code: str) -> str:
    names = dict(countries())
    return f"{names[code]} ({code})" if code in names else code


def code_for(text: str) -> str | None:
    """The code a typed text means: a code, a name (any case), or 'Name (CC)'; None when nothing fits."""
    wanted = text.strip()
    if not wanted:
        return None
    if wanted.endswith(")") and "(" in wanted and len(wanted[wanted.rindex("(") + 1:-1].strip()) == 2:
        wanted = wanted[wanted.rindex("(") + 1:-1].strip()  # "Austria (AT)", as the list shows it
    table = countries()
    for code, name in table:
        if wanted.upper() == code or wanted.casefold() == name.casefold():
            return code
    for code, name in NAMED.items():  # the English name also works in German
        if wanted.casefold() == name.casefold():
            return code
    return None

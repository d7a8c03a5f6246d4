"""One formatting layer: the five locales print money, numbers, dates and volumes their own way, and
the GUI's formatter and the report's Text print the same figure the same way."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.i18n import SUPPORTED, Formats, locale_tag
from desktop.report.text import Text

NBSP = "\u00a0"


def plain(text: str) -> str:
    return text.replace(NBSP, " ")


@pytest.mark.parametrize(("lang", "country", "amount", "currency", "expected"), [
    ("de", "CH", 5003.2, "CHF", "CHF 5'003"),
    ("de", "DE", 15988, "EUR", "15.988 €"),
    ("de", "AT", 15988, "EUR", "€ 15.988"),
    ("en", "IE", 15988, "EUR", "€15,988"),
    ("en", "GB", 15988, "EUR", "€15,988"),
    ("en", "US", 15988, "USD", "$15,988"),
    ("de", "DE", 7149, "EUR", "7.149 €"),
    ("de", "CH", 1234567, "CHF", "CHF 1'234'567"),  # Babel drops an ASCII-apostrophe group: we work around it
    ("en", "CH", 5003, "CHF", "CHF 5'003"),
    ("de", "DE", 5003, "CHF", "5.003 CHF"),
])
def test_money_the_local_way(lang, country, amount, currency, expected):
    assert plain(Formats(lang, country).money(amount, currency)) == expected


def test_the_locale_comes_from_language_and_country():
    assert [locale_tag(*tag.split("_")) for tag in SUPPORTED] == ["de-DE", "de-AT", "de-CH", "en-GB", "en-US"]
    assert locale_tag("de", None) == "de-DE"
    assert locale_tag("en", None) == "en-GB"
    assert locale_tag("de", "US") == "de-DE"  # Babel has no de-US: the language's default region
    assert locale_tag("en", "IE") == "en-IE"
    with pytest.raises(ValueError, match="not supported"):
        Formats("fr", "FR")


@pytest.mark.parametrize(("tag", "number", "share", "date"), [
    ("de_DE", "1.234.567,89", "25,3 %", "5. März 2026"),
    ("de_AT", "1.234.567,89", "25,3 %", "5. März 2026"),
    ("de_CH", "1'234'567.89", "25.3%", "5. März 2026"),
    ("en_GB", "1,234,567.89", "25.3%", "5 March 2026"),
    ("en_US", "1,234,567.89", "25.3%", "March 5, 2026"),
])
def test_numbers_percentages_and_dates(tag, number, share, date):
    f = Formats(*tag.split("_"))
    assert plain(f.num(1234567.891, 2)) == number
    assert plain(f.pct(0.2534, 1)) == share
    assert f.date(dt.date(2026, 3, 5)) == date
    assert f.iso_date("2026-03-05") == date
    assert f.iso_date("") == ""


@pytest.mark.parametrize(("lang", "count", "expected"), [
    ("de", 20e6, "20 Mio."), ("en", 20e6, "20 M"), ("de", 1.5e9, "1,5 Mrd."), ("en", 1.5e9, "1.5 B"),
    ("de", 189e6, "189 Mio."), ("en", 2e12, "2 T"), ("de", 950, "950"), ("de", 12_500, "12,5 Tsd."),
])
def test_token_volumes_in_words(lang, count, expected):
    assert plain(Formats(lang).tokens(count)) == expected


@pytest.mark.parametrize(("lang", "count", "one", "other", "expected"), [
    ("de", 1, "Replikat", "Replikate", "1 Replikat"),
    ("de", 2, "Replikat", "Replikate", "2 Replikate"),
    ("de", 0, "Pflicht", "Pflichten", "0 Pflichten"),
    ("en", 1, "replica", "replicas", "1 replica"),
    ("en", 1.5, "GPU", "GPUs", "1.5 GPUs"),
])
def test_plurals(lang, count, one, other, expected):
    assert plain(Formats(lang).plural(count, one, other)) == expected


def test_no_negative_zero():
    assert Formats("de").num(-0.4) == "0"
    assert plain(Formats("en").money(-0.2, "EUR")) == "€0"


@pytest.mark.parametrize("tag", SUPPORTED)
@given(amount=st.floats(min_value=-1e12, max_value=1e12, allow_nan=False))
def test_money_keeps_the_whole_units(tag, amount):
    """From the rule: the printed digits, read back, are the amount rounded to whole units."""
    f = Formats(*tag.split("_"))
    text = plain(f.money(amount, "EUR"))
    digits = re.sub(r"[^\d]", "", text)
    assert int(digits) == abs(round(amount)) or (round(amount) == 0 and digits == "0")
    assert ("-" in text) == (round(amount) < 0)


@pytest.mark.parametrize("tag", SUPPORTED)
def test_gui_and_report_print_the_same(tag):
    from desktop.ui.charts import format as gui

    lang, country = tag.split("_")
    gui.set_locale(lang, country)
    t = Text(lang, country)
    try:
        for amount in (0, 7149, 15988.4, -320.5, 5_003_000):
            for currency in ("EUR", "CHF", "USD"):
                assert gui.money(amount, currency) == t.money(amount, currency)
        for count in (0, 950, 20e6, 1.5e9, 3.2e12):
            assert gui.tokens(count) == t.tokens(count)
    finally:
        gui.set_locale("en")


def test_report_text_keeps_its_interface():
    t = Text("de")
    assert plain(t.money(7149, "EUR")) == "7.149 €"
    assert plain(t.pct(0.25)) == "25 %"
    assert plain(t.money_short(20e6, "EUR")) == "20 Mio. €"
    assert t.join(["a", "b", "c"]) == "a, b und c"
    assert plain(Text("de", "CH").money(5003, "CHF")) == "CHF 5'003"
    with pytest.raises(ValueError):
        Text("fr")

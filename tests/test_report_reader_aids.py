"""Aids for the report's readers: a glossary of the technical words the report uses, in both languages, and
a 'How to verify' box on the signature page (Adobe Reader with a self-signed identity, the fingerprint
received separately, pdfsig, paper cannot be verified)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.domain.portfolio_file import load_portfolio
from desktop.engine.assess import Catalog, assess_portfolio
from desktop.i18n.help import glossary as shared_glossary
from desktop.report.content import SignerInfo, build_report_pdf
from desktop.report.text import T

ROOT = Path(__file__).resolve().parent.parent
GENERATED = dt.datetime(2026, 11, 25, 10, 30, tzinfo=dt.UTC)
SIGNER = SignerInfo("A. Berater", "Beratung GmbH", ":".join(["AB"] * 32))

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")


@pytest.fixture(scope="module")
def texts(catalog, tmp_path_factory):
    """lang -> pages of the Swiss sample's signed report."""
    portfolio = load_portfolio(ROOT / "resources/samples/ch-professional-services.json")
    assessment = assess_portfolio(portfolio, Catalog.from_kb(catalog), today=GENERATED.date())
    out = {}
    for lang in ("en", "de"):
        path = tmp_path_factory.mktemp("aids") / f"{lang}.pdf"
        path.write_bytes(build_report_pdf(portfolio, assessment, catalog, lang=lang, signer=SIGNER,
                                          generated=GENERATED))
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                              text=True).stdout
        out[lang] = [" ".join(page.split()) for page in text.split("\f") if page.strip()]
    return out


@pytest.mark.parametrize("lang", ["en", "de"])
def test_glossary_explains_the_words_the_report_uses(texts, lang):
    whole = " ".join(texts[lang])
    pages = texts[lang]
    start = next(i for i, p in enumerate(pages) if ("Glossary" if lang == "en" else "Glossar") in p[:200])
    glossary = " ".join(pages[start:start + 2])  # the glossary may run onto a second page
    for word in ("mxfp4", "q4_k_m", "Replica" if lang == "en" else "Replikat", "P5 / P50 / P95", "Tornado", "PUE",
                 "PAdES", "DPA", "TCO"):
        assert word in glossary, word
    for term in ("q4_k_m", "PUE"):  # words of the report body that the glossary is there for
        assert whole.count(term) > glossary.count(term)
    german = {g.id: g for g in shared_glossary("de")}  # the Help dialog's entries, in both languages
    for en in shared_glossary("en"):
        de = german[en.id]
        assert en.text and de.text and en.text != de.text, en.id


@pytest.mark.parametrize("lang", ["en", "de"])
def test_how_to_verify_box_on_the_signature_page(texts, lang):
    last = texts[lang][-1]
    for key in ("verify_title", "verify_paper"):
        assert T[key][0 if lang == "en" else 1][:40] in last, key
    assert "pdfsig" in last and "Adobe Acrobat Reader" in last and "SHA-256" in last
    assert ("self-signed" if lang == "en" else "selbst signiert") in last

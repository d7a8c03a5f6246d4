"""What legal counsel reads: every verdict (open weights and API contracts) names its deciding clause or
contract term with its URL and the knowledge base's as-of date; the obligations checklist holds every AI Act
duty the AI Act section lists and the data-protection items (DPA) of the recommended APIs; the risk register
carries the engine's risks with severity, mitigation and owner."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.domain.portfolio_file import load_portfolio
from desktop.engine.assess import Catalog, assess_portfolio
from desktop.report.content import build_report_pdf

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ("de-manufacturing-sme", "ch-professional-services")
GENERATED = dt.datetime(2026, 11, 25, 10, 30, tzinfo=dt.UTC)

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def reports(catalog, tmp_path_factory):
    cat = Catalog.from_kb(catalog)
    out = {}
    for sample in SAMPLES:
        portfolio = load_portfolio(ROOT / "resources/samples" / f"{sample}.json")
        assessment = assess_portfolio(portfolio, cat, today=GENERATED.date())
        path = tmp_path_factory.mktemp("legal") / f"{sample}.pdf"
        path.write_bytes(build_report_pdf(portfolio, assessment, catalog, lang="en", generated=GENERATED))
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                              text=True).stdout
        out[sample] = (assessment, cat, flat(text))
    return out


def section(text: str, start: str, end: str) -> str:
    begin = text.index(start, text.index("Page 2 of"))  # past the contents page
    return text[begin:text.index(end, begin)]


@pytest.mark.parametrize("sample", SAMPLES)
def test_every_verdict_names_its_deciding_term_url_and_as_of_date(reports, sample):
    assessment, cat, text = reports[sample]
    deciding = text.count("Deciding clause") + text.count("Deciding contract term")
    assert deciding > 0 and text.count("Knowledge base as of:") == deciding
    apis = 0
    for ua in assessment.use_cases:
        for ca in ua.candidates:
            d = ca.license.deciding_reason if ca.license else None
            assert d is not None, ca.label  # APIs carry a contract verdict too
            assert d.source in text.replace(" ", ""), (ca.label, d.source)  # long URLs wrap
            if ca.candidate.kind == "api":
                api = cat.api(ca.candidate.api)
                if api is not None and api.contract is not None:
                    apis += 1
                    assert f"contract facts of {ca.candidate.api} {api.contract.as_of.isoformat()}" in text
            for lid in ca.license.licenses:
                lic = cat.licenses.get(lid.lower())
                if lic is not None:
                    assert f"{lid} {lic.as_of.isoformat()}" in text, lid
    assert apis > 0


@pytest.mark.parametrize("sample", SAMPLES)
def test_checklist_holds_every_ai_act_duty_and_the_dpas(reports, sample):
    assessment, _, text = reports[sample]
    checklist = section(text, "Obligations checklist", "Duty texts and quotes come from")  # its closing note
    articles = {d.article for ua in assessment.use_cases if ua.ai_act for d in ua.ai_act.duties}
    assert articles
    for article in articles:
        assert f"EU AI Act {article} ·" in checklist, article
    data = checklist[checklist.index("Data protection"):checklist.index("Other duties")]
    dpas = []
    for ua in assessment.use_cases:
        if not (ua.chosen and ua.chosen.license):
            continue
        own = [d for d in ua.data_protection.duties if d.topic == "processor_contract"] if ua.data_protection else []
        for o in ua.chosen.license.obligations:
            if o.clause != "dpa":
                continue
            dpas.append(o)
            assert o.source in data.replace(" ", "")  # the vendor's agreement, linked either way
            if own:  # the organisation's own law asks for it: listed once, under that law's article
                assert all(f"{d.article} ·" in data for d in own) and o.license not in data
            else:
                assert o.license in data
    if sample == "de-manufacturing-sme":
        assert "Art. 50(2)" in checklist and dpas  # the support bot marks synthetic text; two APIs need a DPA


@pytest.mark.parametrize("sample", SAMPLES)
def test_risk_register_lists_the_engines_risks_with_mitigation_and_owner(reports, sample):
    assessment, _, text = reports[sample]
    register = section(text, "Risk register", "2 Use cases")
    assert "Likelihood Impact Mitigation Owner" in register
    recommended = [r for r in assessment.risks if r.recommended]
    assert recommended
    for r in recommended:
        assert r.subject[:30] in register, r.subject
    for r in recommended:  # the engine's likelihood and impact, as the register prints them
        assert r.likelihood in ("high", "medium", "low") and r.impact in ("high", "medium", "low")
    from desktop.report.sections.memo import SEVERITY

    order = [SEVERITY[r.severity] for r in recommended]
    assert order == sorted(order), "the engine's register lists the most severe first"


def test_a_license_with_binding_terms_is_not_shown_as_without_obligations(reports):
    for assessment, _, text in reports.values():
        for ua in assessment.use_cases:
            for ca in ua.candidates:
                if ca.license and ca.license.risk_flags and not ca.license.obligations:
                    assert "the license's terms still bind" in text


@pytest.mark.parametrize("sample", SAMPLES)
def test_api_terms_link_the_contract_not_the_price_page(reports, sample):
    assessment, cat, text = reports[sample]
    checklist = section(text, "Obligations checklist", "Duty texts and quotes come from")
    terms = checklist[checklist.index("API terms to accept"):]
    nospace = terms.replace(" ", "")
    for ua in assessment.use_cases:
        ca = ua.chosen
        if ca is None or ca.candidate.kind != "api":
            continue
        api = cat.api(ca.candidate.api)
        if api is None or api.contract is None:
            continue
        linked = api.contract.usage_policy_url or api.contract.sources[0]
        assert linked in nospace, api.id
        if api.source not in (linked, *api.contract.sources):
            assert api.source not in nospace, f"{api.id}: price page linked as its terms"


@pytest.mark.parametrize("sample", SAMPLES)
def test_appendix_lists_primary_sources_first_and_marks_the_others(reports, sample):
    _, _, text = reports[sample]
    appendix = text[text.rindex("Appendix: sources"):]
    tables = appendix.split("Record As of Checked Sources")[1:]
    assert len(tables) >= 4  # licenses, API contract terms, models, accelerators, APIs …
    for table in tables:
        levels = [w for w in table.split() if w in ("primary", "secondary", "unverified")]
        order = {"primary": 0, "secondary": 1, "unverified": 2}
        assert levels == sorted(levels, key=order.get), levels
    assert "API contract terms" in appendix

"""Data protection from data: the organisation's own law (GDPR in the EU/EEA, the Swiss FADP, professional
secrecy) decides which duties a deployment brings; the engine carries them in its result, and the report's
checklist lists them once, in the reader's language, in place of the API contract's own DPA line."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from conftest import SAMPLES
from pydantic import ValidationError

from desktop.domain.portfolio import Candidate, Organisation, Portfolio, UseCase
from desktop.domain.portfolio_file import load_portfolio
from desktop.domain.regulation import Provision
from desktop.domain.usage import UsageContext
from desktop.engine.assess import assess_portfolio
from desktop.engine.data_protection import DataProtectionRules, assess_data_protection
from desktop.knowledge.sources import KNOWLEDGE_DIR, load_sources

TODAY = dt.date(2026, 12, 2)


def _duties(ua) -> dict[str, str]:
    return {d.id: d.certainty for d in ua.data_protection.duties}


def _by_name(result, word: str):
    return next(u for u in result.use_cases if word in u.name)


def test_a_swiss_organisation_gets_the_fadp_not_the_gdpr(engine_catalog):
    result = assess_portfolio(load_portfolio(SAMPLES / "ch-professional-services.json"), engine_catalog, TODAY)
    triage = _by_name(result, "e-mail triage")
    assert triage.chosen is not None and triage.chosen.candidate.kind == "api"
    duties = _duties(triage)
    assert duties["ch-fadp/art-9"] == "possible"  # a vendor processes; personal data not declared: asked
    assert {"ch-fadp/art-19", "ch-fadp/art-62", "ch-stgb/art-321"} <= set(duties)  # 'client' points to secrecy
    assert not any(d.startswith("eu-") for r in result.use_cases for d in _duties(r))
    # Mistral processes in the EU, but its terms do not promise it: the disclosure abroad is a question
    assert duties["ch-fadp/art-16"] == "possible"
    memo = _by_name(result, "Tax memo")  # in-house on an owned machine: no vendor, no secrecy question
    assert memo.chosen is not None and memo.chosen.candidate.kind == "self-hosted"
    assert set(_duties(memo)) == {"ch-fadp/art-12"}
    questions = [q.text for q in triage.data_protection.open_questions]
    assert len(questions) == len(set(questions)) >= 2  # a question several duties hang on is asked once


def test_an_eu_organisation_gets_the_gdpr_and_a_us_vendor_a_transfer_duty(engine_catalog):
    result = assess_portfolio(load_portfolio(SAMPLES / "de-manufacturing-sme.json"), engine_catalog, TODAY)
    for ua in result.use_cases:
        chosen = ua.chosen
        duties = _duties(ua)
        assert not any(d.startswith("ch-") for d in duties)
        if chosen is not None and chosen.candidate.kind == "api":
            assert "eu-gdpr/art-28" in duties, ua.name
            api = engine_catalog.apis[chosen.candidate.api.lower()]
            eu = api.contract.eu_processing_contractual if api.contract else api.eu_data_residency
            assert ("eu-gdpr/art-44" in duties) == (not eu), ua.name  # promised EU processing: no transfer


def _portfolio(country: str, candidate: Candidate, uses: list[str] | None = None, name: str = "Assistant") -> Portfolio:
    uc = UseCase(id="u", name=name, usage=UsageContext(licensee_country=country, uses=uses or []),
                 candidates=[candidate])
    return Portfolio(name="p", organisation=Organisation(country=country, currency="EUR"), use_cases=[uc])


API = Candidate(id="c", kind="api", api="anthropic/claude-sonnet-4-6")
OWNED = Candidate(id="c", kind="self-hosted", model="Qwen/Qwen3-32B", accelerator="h100-pcie", acquisition="owned")


@pytest.fixture(scope="module")
def rules(catalog) -> DataProtectionRules:
    return DataProtectionRules.from_kb(catalog)


def _assess(rules, engine_catalog, portfolio: Portfolio, **kw):
    uc = portfolio.use_cases[0]
    cand = uc.candidates[0]
    api = engine_catalog.apis.get((cand.api or "").lower())
    return assess_data_protection(uc, portfolio.organisation, rules, cand, api, **kw)


def test_declared_personal_data_makes_the_duties_certain(rules, engine_catalog):
    found = _assess(rules, engine_catalog, _portfolio("DE", API, ["personal-data-profiling"]))
    duties = {d.id: d.certainty for d in found.duties}
    assert duties["eu-gdpr/art-28"] == duties["eu-gdpr/art-35"] == duties["eu-gdpr/art-30"] == "yes"
    assert "eu-gdpr/art-22" not in duties  # profiling alone is no automated decision
    assert not found.open_questions or all("personal data" not in q.text for q in found.open_questions)
    decided = _assess(rules, engine_catalog, _portfolio("AT", API, ["employment-decisions"]))
    assert "eu-gdpr/art-22" in {d.id for d in decided.duties}  # Austria: the GDPR as an EU state


def test_in_house_hardware_brings_no_vendor_duties_but_a_rented_machine_does(rules, engine_catalog):
    owned = _assess(rules, engine_catalog, _portfolio("CH", OWNED))
    assert {d.topic for d in owned.duties} == {"records"}
    rented = _assess(rules, engine_catalog, _portfolio("CH", OWNED.model_copy(update={"acquisition": "rent"})),
                     rented=True)
    assert "processor_contract" in {d.topic for d in rented.duties}


def test_a_country_without_provisions_gets_none_and_secrecy_follows_the_words(rules, engine_catalog):
    assert _assess(rules, engine_catalog, _portfolio("US", API)).duties == []
    plain = _assess(rules, engine_catalog, _portfolio("DE", API, name="Marketing texts"))
    assert "de-stgb/203" not in {d.id for d in plain.duties}
    clinic = _assess(rules, engine_catalog, _portfolio("DE", API, name="Arztbriefe für die Praxis"))
    assert {d.id: d.certainty for d in clinic.duties}["de-stgb/203"] == "possible"
    assert "Anthropic" in next(d for d in clinic.duties if d.id == "de-stgb/203").message.text


def test_every_bundled_provision_is_sourced_and_names_its_law():
    provisions = [r for r in load_sources(KNOWLEDGE_DIR).of("regulation") if r.type == "data_protection"]
    assert len(provisions) >= 15
    for p in provisions:
        assert p.jurisdictions and p.sources and p.as_of >= dt.date(2026, 12, 1) and p.note, p.id
        assert p.regulation != "Regulation (EU) 2024/1689", p.id  # not the AI Act's default
        assert all(s.startswith("https://") for s in p.sources), p.id


@pytest.mark.parametrize(("changes", "needle"), [
    ({"jurisdictions": []}, "jurisdictions"),
    ({"bearers": ["deployer"]}, "jurisdictions"),
    ({"when": ["personal_data", "moon_phase"]}, "when"),
])
def test_a_malformed_data_protection_provision_is_refused(changes, needle):
    base = {"id": "x/1", "type": "data_protection", "jurisdictions": ["CH"], "article": "Art. 1", "title": "t",
            "text": "t", "message": "m", "sources": ["https://example.org"], "as_of": "2026-12-02",
            "verification": "secondary"}
    with pytest.raises(ValidationError) as err:
        Provision.model_validate({**base, **changes})
    assert needle in str(err.value)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_checklist_lists_the_swiss_duties_once_in_the_readers_words(lang, cli, tmp_path):
    import pypdfium2

    out = tmp_path / f"ch-{lang}.pdf"
    code, _, err = cli("report", str(SAMPLES / "ch-professional-services.json"), "-o", str(out), "--lang", lang)
    assert code == 0, err
    pdf = pypdfium2.PdfDocument(out)
    text = "\n".join(page.get_textpage().get_text_range() for page in pdf)
    pdf.close()
    flat = " ".join(text.split())
    article9 = "Art. 9 FADP" if lang == "en" else "Art. 9 DSG"
    assert article9 in flat and ("Art. 62 FADP" if lang == "en" else "Art. 62 DSG") in flat
    assert "https://legal.mistral.ai/terms/data-processing-addendum" in flat  # the vendor's agreement, linked
    head, ai_act = ("Obligations checklist", "EU AI Act") if lang == "en" else ("Checkliste der Pflichten", "EU-KI-")
    number = int(re.findall(rf"(\d+) {head}", flat)[-1])  # the section heading, not the contents line
    start = flat.rindex(f"{number} {head}")
    checklist = flat[start:flat.index(f"{number + 1} {ai_act}", start)]
    assert article9 in checklist
    assert "GDPR Art. 28" not in checklist and "DSGVO Art. 28" not in checklist  # not the contract's own DPA line
    memo = flat[:flat.index(head)]
    assert f"({article9}) " in memo  # the next step cites the organisation's own law
    assert "https://www.fedlex.admin.ch/eli/cc/2022/491/en" in flat
    assert ("FADP (nDSG)" if lang == "en" else "DSG (nDSG)") in flat  # the glossary explains the law it cites
    if lang == "de":
        assert "Auftragsbearbeitungsbedingungen" in flat and "Zu klären:" in flat
    else:
        assert "To check:" in flat


def test_the_json_carries_the_same_duties(cli):
    data = json.loads(cli("assess", str(SAMPLES / "ch-professional-services.json"), "--json")[1])
    triage = next(u for u in data["use_cases"] if "triage" in u["name"])
    ids = [d["id"] for d in triage["data_protection"]["duties"]]
    assert ids[0] == "ch-fadp/art-9"  # in the law's order: Art. 9 before Art. 12
    assert triage["data_protection"]["country"] == "CH"


def test_a_german_report_explains_no_swiss_law(cli, tmp_path):
    import pypdfium2

    out = tmp_path / "de.pdf"
    code, _, err = cli("report", str(SAMPLES / "de-manufacturing-sme.json"), "-o", str(out), "--lang", "de")
    assert code == 0, err
    pdf = pypdfium2.PdfDocument(out)
    flat = " ".join(" ".join(page.get_textpage().get_text_range() for page in pdf).split())
    pdf.close()
    assert "Art. 28 DSGVO" in flat and "DSG (nDSG)" not in flat and "Art. 321 StGB" not in flat


def test_a_rented_machine_is_judged_where_the_engine_priced_it(engine_catalog):
    """No cloud named: the engine prices an offer itself, and the duties name that provider and its region."""
    rented = Candidate(id="c", kind="self-hosted", model="Qwen/Qwen3-32B", accelerator="h100-pcie", acquisition="rent")
    result = assess_portfolio(_portfolio("DE", rented), engine_catalog, TODAY)
    ua = result.use_cases[0]
    assert ua.chosen is not None and ua.chosen.cloud
    cloud = engine_catalog.clouds[ua.chosen.cloud.lower()]
    contract = next(d for d in ua.data_protection.duties if d.id == "eu-gdpr/art-28")
    assert contract.message.params["vendor"] == cloud.provider and "the provider" not in contract.message.text


def test_nothing_recommended_means_no_duty_yet(rules, engine_catalog):
    portfolio = _portfolio("CH", API)
    found = assess_data_protection(portfolio.use_cases[0], portfolio.organisation, rules, None)
    assert found.duties == [] and found.open_questions == []


def test_every_eu_state_gets_the_gdpr(rules, engine_catalog):
    from desktop.domain.usage import EU_MEMBER_STATES

    assert len(EU_MEMBER_STATES) == 27  # Hungary was missing
    for country in sorted(EU_MEMBER_STATES | {"IS", "LI", "NO"}):
        found = _assess(rules, engine_catalog, _portfolio(country, API))
        assert "eu-gdpr/art-28" in {d.id for d in found.duties}, country


@pytest.mark.parametrize(("region", "contractual", "place", "inside"), [
    ("westeurope", False, True, True),  # Azure's Netherlands region, not "west"
    ("Sweden Central", False, True, True),
    ("fr-par-2 (Paris)", False, True, True),
    ("EU (zone chosen at order)", False, True, True),
    ("eastus", False, False, False),
    ("us-east-1", False, True, False),
    ("global (third-party hosts)", False, False, False),
    ("United States", False, True, False),
    ("EU/US", False, True, False),  # names the US too
    ("Neu-Delhi", False, True, False),  # not the EU because it contains 'eu'
    ("EU", False, False, None),  # an API's word, not its promise
    ("EU", True, False, True),
    ("somewhere", False, True, None),
])
def test_region_words_are_read_as_whole_words(region, contractual, place, inside):
    from desktop.engine.data_protection import _inside

    assert _inside([region], contractual, place) is inside


def test_the_appendix_lists_the_provisions_the_checklist_cites(cli, tmp_path):
    import pypdfium2

    out = tmp_path / "ch.pdf"
    code, _, err = cli("report", str(SAMPLES / "ch-professional-services.json"), "-o", str(out))
    assert code == 0, err
    pdf = pypdfium2.PdfDocument(out)
    flat = " ".join(" ".join(page.get_textpage().get_text_range() for page in pdf).split())
    pdf.close()
    appendix = flat[flat.rindex("Appendix: sources"):]
    assert "Data-protection and secrecy law" in appendix
    for provision in ("ch-fadp/art-9", "ch-stgb/art-321"):
        assert provision in appendix
    assert "Art. 9 FADP: Processing by a processor" in appendix and "eu-gdpr/art-28" not in appendix

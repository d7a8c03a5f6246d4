"""The engine's result is the one answer: the CLI's JSON, the GUI's chart data, the PDF's embedded assessment
and its page text say the same thing; and regression tests for the defects the one-answer issue listed."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.portfolio import Candidate, Organisation, Portfolio, UseCase, Workload
from desktop.domain.portfolio_file import load_portfolio
from desktop.engine.assess import assess_portfolio
from desktop.engine.curves import cost_picture, sensitivity

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
TODAY = dt.date(2026, 12, 2)
FILES = {"de": SAMPLES / "de-manufacturing-sme.json", "ch": SAMPLES / "ch-professional-services.json"}


def assessed(cat, name: str, today: dt.date = TODAY):
    portfolio = load_portfolio(FILES[name])
    return portfolio, assess_portfolio(portfolio, cat, today)


def facts(result: dict) -> dict:
    """What every view must agree on, from an assessment in its JSON form."""
    return {
        "reference_api": {u["use_case"]: u["reference_api"] for u in result["use_cases"]},
        "recommended": {u["use_case"]: u["recommended"] for u in result["use_cases"]},
        "break_even": {(u["use_case"], c["candidate"]["id"]): c["cost"]["break_even_tokens_per_month"]
                       for u in result["use_cases"] for c in u["candidates"]},
        "exclusions": {(u["use_case"], c["candidate"]["id"]): [(e["question"], e["reason"])
                                                              for e in c["score"]["exclusions"]]
                       for u in result["use_cases"] for c in u["candidates"]},
        "risks": [(r["kind"], r["severity"], r["subject"], r["message"]) for r in result["risks"]],
        "totals": (result["total_monthly"], result["total_tco"], result["total_capex"]),
        "shares": [m["share"] for m in result["mix"]],
        "scenarios": [(s["name"], s["monthly"], s["tco"], s["capex"]) for s in result["scenarios"]],
    }


# -- agreement ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["de", "ch"])
def test_cli_json_gui_charts_and_pdf_agree(name, engine_catalog, catalog, cli, tmp_path):
    portfolio, result = assessed(engine_catalog, name)
    mine = facts(result.model_dump(mode="json"))

    # the CLI (today's date: compare only what does not move with the date)
    code, out, err = cli("assess", str(FILES[name]), "--json")
    assert code == 0, err
    cli_result = json.loads(out)
    now = assess_portfolio(portfolio, engine_catalog)
    assert facts(cli_result) == facts(now.model_dump(mode="json"))
    for key in ("kind", "severity", "subject", "message", "source"):
        assert all(key in r for r in cli_result["risks"])
    assert abs(sum(mine["shares"]) - 1.0) <= 0.0005
    assert {s for s, *_ in mine["scenarios"]} == {"all_api", "all_self_hosted", "recommended", "consolidated"}

    # the charts: break-even markers and the reference API come from the result
    for ua in result.use_cases:
        picture = cost_picture(portfolio, engine_catalog, result, ua.use_case)
        assert picture.reference_api == ua.reference_api
        for curve in picture.curves:
            ca = ua.candidate(curve.candidate)
            assert not ca.score.excluded or ca.candidate.id == ua.recommended  # excluded options are not drawn
            expected = ca.cost.break_even_tokens_per_month
            assert (curve.break_even[0] if curve.break_even else None) == expected
        for ca in ua.candidates:
            if ca.candidate.kind == "self-hosted" and not ca.score.excluded and ua.reference_api:
                tor = sensitivity(portfolio, engine_catalog, result, ua.use_case, ca.candidate.id).tornado
                assert tor is not None and tor.base_break_even == ca.cost.break_even_tokens_per_month

    # the PDF: the embedded assessment is the result; the page text prints its totals and break-evens
    from pyhanko.pdf_utils.reader import PdfFileReader

    from desktop.report.attachment import read_attachment
    from desktop.report.pipeline import KnowledgeSnapshot, ReportRequest, finished_pdf
    from desktop.report.text import Text

    generated = dt.datetime(2026, 12, 2, 10, 0, tzinfo=dt.UTC)
    request = ReportRequest(portfolio, result, KnowledgeSnapshot.take(catalog, TODAY), generated, lang="en")
    pdf, _ = finished_pdf(request)
    embedded = read_attachment(PdfFileReader(io.BytesIO(pdf)))
    assert facts(embedded["assessment"]) == mine
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    text = " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                                   text=True).stdout.split())
    t = Text("en")
    assert " ".join(t.money(result.total_monthly, result.currency).split()) in text  # split(): no-break spaces
    for ua in result.use_cases:
        for ca in ua.candidates:
            be = ca.cost.break_even_tokens_per_month
            if be and not ca.score.excluded:
                assert " ".join(t.tokens(be).split()) in text, (ua.name, ca.label)


# -- regressions ----------------------------------------------------------------------------------------------
def test_a_service_deprecated_before_today_is_excluded_on_question_4(engine_catalog):
    _, result = assessed(engine_catalog, "de")
    flash = next(c for u in result.use_cases for c in u.candidates if c.candidate.api == "google/gemini-2.5-flash")
    assert flash.score.excluded
    assert flash.score.exclusions[0].question == 4 and "2026-12-01" in flash.score.exclusions[0].reason


def test_a_deprecation_within_the_horizon_is_a_risk_and_a_forced_switch(engine_catalog):
    portfolio, result = assessed(engine_catalog, "de")
    mini = next(c for u in result.use_cases for c in u.candidates if c.candidate.api == "openai/gpt-5-mini")
    assert mini.cost.forced_migration_month == 1
    assert any(r.kind == "deprecation" and "2026-12-11" in r.message for r in mini.risks)
    a = portfolio.assumptions
    reserve = a.migration_cost_api / a.model_switch_months
    assert mini.cost.tco[0] == pytest.approx(mini.cost.monthly_total - reserve + a.migration_cost_api, abs=0.02)
    assert any(r.kind == "deprecation" for r in result.risks)


def test_a_slow_fit_scores_low_but_is_not_excluded(engine_catalog):
    uc = UseCase(id="u", name="tight", workload=Workload(latency_target_ms=1, min_tokens_per_s=50_000,
                                                         peak_concurrency=1),
                 candidates=[Candidate(id="q", kind="self-hosted", model="Qwen/Qwen3-32B", precision="fp8",
                                       accelerator="l40s")])
    result = assess_portfolio(Portfolio(use_cases=[uc]), engine_catalog, TODAY)
    ca = result.use_cases[0].candidates[0]
    hardware = next(s for s in ca.score.subscores if s.question == 2)
    assert ca.sizing.fits and hardware.score == 0
    assert not ca.score.excluded and result.use_cases[0].recommended == "q"
    assert any(r.kind == "latency" for r in ca.risks)


def test_a_note_does_not_exclude(engine_catalog):
    rented = next(a.id for a in engine_catalog.accelerators.values()
                  if a.price_usd and not any(c.accelerator_id.lower() == a.id.lower()
                                             for c in engine_catalog.clouds.values()) and a.memory_gb >= 40)
    uc = UseCase(id="u", name="rent", candidates=[Candidate(id="r", kind="self-hosted", model="Qwen/Qwen3-8B",
                                                            accelerator=rented, acquisition="rent")])
    ca = assess_portfolio(Portfolio(use_cases=[uc]), engine_catalog, TODAY).use_cases[0].candidates[0]
    assert any("priced as bought" in n for n in ca.notes)
    assert not ca.problems and not ca.score.excluded


def test_an_api_excluded_by_the_in_house_rule_names_the_rule_not_the_license(engine_catalog):
    _, result = assessed(engine_catalog, "de")
    api = next(c for c in result.use_case("contracts").candidates if c.candidate.kind == "api")
    assert api.score.exclusions[0].question == "rule"
    assert api.score.exclusions[0].rule == "sensitive-data-in-house"
    assert api.license is None or api.license.verdict.value != "blocked"


def test_mix_shares_add_up_to_one(engine_catalog):
    for name in FILES:
        _, result = assessed(engine_catalog, name)
        assert abs(sum(m.share for m in result.mix) - 1.0) <= 0.0005
        assert sum(round(m.share * 100, 1) for m in result.mix) == pytest.approx(100.0, abs=0.05)


def test_owned_hardware_has_no_capex_and_costs_less_than_bought(engine_catalog):
    def one(acquisition: str):
        uc = UseCase(id="u", name="own", candidates=[Candidate(id="c", kind="self-hosted", model="Qwen/Qwen3-8B",
                                                               accelerator="l40s", acquisition=acquisition)])
        return assess_portfolio(Portfolio(use_cases=[uc]), engine_catalog, TODAY).use_cases[0].candidates[0].cost

    bought, owned = one("buy"), one("owned")
    assert owned.capex == 0 and bought.capex > 0
    assert owned.monthly.hardware == 0 and owned.monthly_total < bought.monthly_total
    assert owned.monthly.power == pytest.approx(bought.monthly.power)
    assert bought.running_monthly == pytest.approx(bought.monthly_total - bought.monthly.hardware, abs=0.01)


def test_present_value_discounts_and_cash_by_year_adds_up(engine_catalog):
    portfolio = load_portfolio(FILES["de"])
    flat_rate = assess_portfolio(portfolio, engine_catalog, TODAY)
    portfolio.organisation.cost_of_capital = 0.08
    discounted = assess_portfolio(portfolio, engine_catalog, TODAY)
    assert flat_rate.total_tco_present_value == pytest.approx(flat_rate.total_tco, abs=1)
    assert discounted.total_tco_present_value < discounted.total_tco
    for ua in discounted.use_cases:
        for ca in ua.candidates:
            c = ca.cost
            assert sum(c.cash_out_by_year) - c.end_book_value == pytest.approx(c.tco_total, abs=0.1)
            assert len(c.cash_out_by_year) == 3


def test_a_switch_in_the_last_month_is_not_charged_inside_the_horizon(engine_catalog):
    uc = UseCase(id="u", name="api", candidates=[Candidate(id="a", kind="api", api="anthropic/claude-sonnet-4-6")])
    p = Portfolio(use_cases=[uc])
    p.assumptions.model_switch_months = 18
    c = assess_portfolio(p, engine_catalog, TODAY).use_cases[0].candidates[0].cost
    steps = [b - a for a, b in zip([0.0, *c.tco[:-1]], c.tco, strict=True)]
    assert steps[17] > steps[16]  # month 18: a switch
    assert steps[35] == pytest.approx(steps[34])  # month 36 is the horizon's end: none


def test_shared_platform_pools_the_load_and_counts_staff_once(engine_catalog):
    def uc(i: int, platform: str | None):
        return UseCase(id=f"u{i}", name=f"use case {i}", workload=Workload(input_tokens_per_month=40e6,
                                                                          output_tokens_per_month=8e6),
                       candidates=[Candidate(id=f"q{i}", kind="self-hosted", model="Qwen/Qwen3-8B", precision="fp8",
                                             accelerator="l40s", platform=platform),
                                   Candidate(id=f"a{i}", kind="api", api="openai/gpt-5-nano")])

    alone = assess_portfolio(Portfolio(use_cases=[uc(1, None), uc(2, None)]), engine_catalog, TODAY)
    shared = Portfolio(use_cases=[uc(1, "p"), uc(2, "p")],
                       platforms=[{"id": "p", "name": "GPU box", "accelerator": "l40s"}])
    pooled = assess_portfolio(shared, engine_catalog, TODAY)
    assert [p.id for p in pooled.platforms][:1] == ["p"]
    platform = pooled.platforms[0]
    assert platform.fits and sorted(m.use_case for m in platform.members) == ["u1", "u2"]
    assert sum(m.share for m in platform.members) == pytest.approx(1.0)
    staff = portfolio_staff = Portfolio().assumptions.ops_fte_self_hosted * Organisation().staff_cost_per_fte_year / 12
    assert platform.monthly.staff == pytest.approx(staff)  # once per platform
    own = [ua.candidate(f"q{i}") for i, ua in enumerate(pooled.use_cases, start=1)]
    solo = [ua.candidate(f"q{i}") for i, ua in enumerate(alone.use_cases, start=1)]
    assert sum(c.cost.monthly.staff for c in own) == pytest.approx(portfolio_staff)
    assert sum(c.cost.monthly_total for c in own) < sum(c.cost.monthly_total for c in solo)


def test_consolidation_pools_use_cases_on_one_model_when_it_wins(engine_catalog):
    cases = [UseCase(id=f"u{i}", name=f"use case {i}", must_stay_in_house=True, data_sensitivity="secret",
                     workload=Workload(input_tokens_per_month=20e6, output_tokens_per_month=4e6),
                     candidates=[Candidate(id=f"q{i}", kind="self-hosted", model="Qwen/Qwen3-8B", precision="fp8",
                                           accelerator="l40s")]) for i in range(3)]
    result = assess_portfolio(Portfolio(use_cases=cases), engine_catalog, TODAY)
    by_name = {s.name: s for s in result.scenarios}
    assert by_name["consolidated"].tco < by_name["all_self_hosted"].tco + 1 or by_name["consolidated"].platforms
    assert result.recommended_scenario == "consolidated" and "pooling" in result.scenario_reason
    assert all(ua.pooled_on for ua in result.use_cases)
    assert result.total_tco == pytest.approx(by_name["consolidated"].tco, abs=1)
    assert result.total_monthly == pytest.approx(by_name["consolidated"].monthly, abs=0.1)
    assert by_name["all_api"].unserved and by_name["all_api"].unserved[0].reason


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    volume=st.floats(min_value=1e5, max_value=5e10),
    concurrency=st.integers(min_value=1, max_value=512),
    latency=st.one_of(st.none(), st.floats(min_value=1, max_value=20_000)),
    model_index=st.integers(min_value=0, max_value=10_000),
    gpu_index=st.integers(min_value=0, max_value=10_000),
    api_index=st.integers(min_value=0, max_value=10_000),
    in_house=st.booleans(),
    team=st.floats(min_value=0, max_value=5),
)
def test_random_portfolios_keep_the_promises(engine_catalog, volume, concurrency, latency, model_index, gpu_index,
                                             api_index, in_house, team):
    cat = engine_catalog
    models, gpus, apis = sorted(cat.models), sorted(cat.accelerators), sorted(cat.apis)
    cases = [UseCase(id=f"u{i}", name=f"u{i}", must_stay_in_house=in_house and i == 0,
                     workload=Workload(input_tokens_per_month=volume * (i + 1), output_tokens_per_month=volume / 5,
                                       peak_concurrency=concurrency, latency_target_ms=latency),
                     candidates=[Candidate(id="s", kind="self-hosted", model=models[(model_index + i) % len(models)],
                                           accelerator=gpus[(gpu_index + i) % len(gpus)], precision="fp8"),
                                 Candidate(id="t", kind="self-hosted", model=models[model_index % len(models)],
                                           accelerator=gpus[gpu_index % len(gpus)], precision="fp8"),
                                 Candidate(id="a", kind="api", api=apis[(api_index + i) % len(apis)])])
             for i in range(3)]
    result = assess_portfolio(Portfolio(use_cases=cases, organisation=Organisation(team_fte=team)), cat, TODAY)
    assert abs(sum(m.share for m in result.mix) - 1.0) <= 0.0005 or result.total_monthly == 0
    for ua in result.use_cases:
        for ca in ua.candidates:
            assert 0 <= ca.score.total <= 100 and ca.score.combination
            assert ca.score.excluded == bool(ca.score.exclusions)
            assert all(e.question in (1, 2, 3, 4, 5, "rule") and e.reason for e in ca.score.exclusions)
            assert ca.cost.monthly_total >= 0
            if ua.reference_api and ca.candidate.kind == "self-hosted" and not ca.score.excluded:
                assert ca.cost.break_even_against == ua.reference_api
        ref = ua.reference_api
        if ref is not None:
            api = next(c for c in ua.candidates if c.candidate.api == ref)
            assert not api.score.excluded
    names = [s.name for s in result.scenarios]
    assert names == ["all_api", "all_self_hosted", "recommended", "consolidated"]
    rec = result.scenario("recommended")
    assert rec.monthly == pytest.approx(result.total_monthly, abs=0.05)
    assert rec.tco == pytest.approx(result.total_tco, rel=1e-5, abs=2)  # pooled shares round per member


def emitted_messages(result) -> list:
    """Every message id+params the engine put in a result (what a view must render in its language)."""
    out = []
    for ua in result.use_cases:
        out += list(ua.reason_messages) + ([ua.summary_message] if ua.summary_message else [])
        for ca in ua.candidates:
            out += [m for s in ca.score.subscores for m in s.messages]
            out += [ca.outcome_message] if ca.outcome_message else []
    out += [result.scenario_reason_message] if result.scenario_reason_message else []
    out += [u.message for s in result.scenarios for u in s.unserved if u.message]
    return out


def test_every_engine_message_has_an_id_and_an_english_rendering(engine_catalog):
    from desktop.engine.messages import ENGLISH, english

    for name in FILES:
        _, result = assessed(engine_catalog, name)
        messages = emitted_messages(result)
        assert messages
        for m in messages:
            assert m.id in ENGLISH, m.id
            text = english(m)
            assert text and "{" not in text, (m.id, text)
        for ua in result.use_cases:
            assert ua.reasons == [english(m) for m in ua.reason_messages]
            for ca in ua.candidates:
                assert ca.outcome == english(ca.outcome_message)
                for e in ca.score.exclusions:
                    assert f"ex.{e.kind}" in ENGLISH, e.kind

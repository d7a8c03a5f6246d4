"""Cost engine properties, portfolio files, and the whole assessment."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.portfolio import SCHEMA_VERSION, Candidate, Organisation, Portfolio, UseCase, Workload
from desktop.domain.portfolio_file import PortfolioError, load_portfolio, parse_portfolio, save_portfolio
from desktop.engine.assess import Catalog, assess_portfolio
from desktop.engine.cost import break_even_volume, to_currency
from desktop.engine.curves import api_line, engines, monte_carlo, tornado

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"


@pytest.fixture(scope="module")
def cat(catalog):
    return Catalog.from_kb(catalog)


def curve_of(portfolio: Portfolio, cat, candidate: str = "self"):
    """The engine's cost curve of a candidate of the portfolio's first use case."""
    result = assess_portfolio(portfolio, cat)
    return engines(portfolio, cat, result, portfolio.use_cases[0].id)[1][candidate]


def api_cost_curve(api, uc, portfolio, scale):
    return api_line(api, uc, portfolio).at(scale)


def one_case(**workload) -> tuple[Portfolio, UseCase]:
    uc = UseCase(
        id="uc", name="Test",
        workload=Workload(**{"input_tokens_per_month": 100e6, "output_tokens_per_month": 20e6, "peak_concurrency": 4,
                             "context_length": 8192, "prompt_tokens": 1000, **workload}),
        candidates=[
            Candidate(id="self", kind="self-hosted", model="Qwen/Qwen3-32B", precision="fp8", accelerator="l40s", gpus=1),
            Candidate(id="api", kind="api", api="anthropic/claude-sonnet-4-6"),
        ],
    )
    return Portfolio(name="t", use_cases=[uc]), uc


def test_samples_load_and_assess(cat):
    files = sorted(SAMPLES.glob("*.json"))
    assert len(files) >= 2
    for path in files:
        result = assess_portfolio(load_portfolio(path), cat)
        assert result.use_cases and result.total_monthly > 0
        for ua in result.use_cases:
            assert ua.recommended, (path.name, ua.name, ua.summary)
            for ca in ua.candidates:
                assert not ca.problems, (path.name, ca.label, ca.problems)
                assert len(ca.score.subscores) == 5
                assert {s.question for s in ca.score.subscores} == {1, 2, 3, 4, 5}


def test_german_sample_encodes_the_judgement(cat):
    result = assess_portfolio(load_portfolio(SAMPLES / "de-manufacturing-sme.json"), cat)
    by_id = {ua.use_case: ua for ua in result.use_cases}
    contracts = by_id["contracts"]
    chosen = next(c for c in contracts.candidates if c.candidate.id == contracts.recommended)
    assert chosen.candidate.kind == "self-hosted"  # sensitive data stays in-house
    api = next(c for c in contracts.candidates if c.candidate.kind == "api")
    assert api.score.excluded and any("in-house" in r for r in api.score.exclusion_reasons)
    invoices = by_id["invoices"]
    scout = next(c for c in invoices.candidates if "Llama-4-Scout" in c.label)
    assert scout.license.verdict.value == "blocked" and scout.score.excluded  # EU multimodal clause


def test_pinning_overrules_the_ranking(cat):
    portfolio = load_portfolio(SAMPLES / "de-manufacturing-sme.json")
    uc = next(u for u in portfolio.use_cases if u.id == "marketing")
    before = assess_portfolio(portfolio, cat)
    other = next(c.id for c in uc.candidates if c.id != next(x for x in before.use_cases if x.use_case == "marketing").recommended)
    uc.pinned = other
    after = assess_portfolio(portfolio, cat)
    ua = next(x for x in after.use_cases if x.use_case == "marketing")
    assert ua.recommended == other and ua.pinned


def test_self_hosted_cost_is_monotone_in_volume(cat):
    portfolio, uc = one_case()
    curve = curve_of(portfolio, cat)
    scale = np.linspace(0.01, 500, 500)
    own = curve.monthly_at(scale)
    assert np.all(np.diff(own) >= -1e-9)
    api = api_cost_curve(cat.apis["openai/gpt-5-mini"], uc, portfolio, scale)
    assert np.all(np.diff(api) > 0)


def test_break_even_is_consistent_with_both_curves(cat):
    portfolio, uc = one_case()
    result = assess_portfolio(portfolio, cat)
    own = next(c for c in result.use_cases[0].candidates if c.candidate.id == "self")
    be = own.cost.break_even_tokens_per_month
    assert be is not None and be > 0
    curve = curve_of(portfolio, cat)
    api = cat.apis["anthropic/claude-sonnet-4-6"]
    volume = uc.workload.tokens_per_month
    at = lambda v: (curve.monthly_at(np.array([v / volume]))[0], api_cost_curve(api, uc, portfolio, np.array([v / volume]))[0])  # noqa: E731
    own_at, api_at = at(be * 1.0001)
    assert own_at <= api_at * 1.001
    own_before, api_before = at(be * 0.98)
    assert own_before > api_before


def test_no_break_even_when_a_replica_costs_more_than_the_tokens_it_serves(cat):
    portfolio, uc = one_case()
    uc.candidates[1] = Candidate(id="api", kind="api", api="openai/gpt-5-nano")
    result = assess_portfolio(portfolio, cat)
    own = next(c for c in result.use_cases[0].candidates if c.candidate.id == "self")
    assert own.cost.break_even_tokens_per_month is None


def test_break_even_volume_on_steps():
    # 1 replica (cost 100) up to volume 10, then 2 replicas (cost 200) up to 20 ...
    assert break_even_volume([100, 200], [10, 20], 20.0) == pytest.approx(5.0)
    assert break_even_volume([100, 200], [10, 20], 5.0) is None  # never cheaper within range
    assert break_even_volume([100, 250], [4, 20], 20.0) == pytest.approx(12.5)


def test_currency_conversion_uses_the_user_rate():
    org = Organisation(currency="EUR", usd_per_unit=1.25)
    assert to_currency(125.0, "USD", org) == pytest.approx(100.0)
    assert to_currency(100.0, "EUR", org) == 100.0


def test_tornado_and_monte_carlo(cat):
    portfolio, uc = one_case()
    curve = curve_of(portfolio, cat)
    t = tornado("self", curve, portfolio.assumptions.sensitivity_pct, api_line(cat.apis["openai/gpt-5-mini"], uc, portfolio))
    assert t.bars and t.bars[0].swing >= t.bars[-1].swing
    staff = next(b for b in t.bars if b.assumption == "staff")
    assert staff.low_monthly < t.base_monthly < staff.high_monthly
    band = monte_carlo("self", curve, portfolio.assumptions.sensitivity_pct, draws=1000)
    assert band.p5 <= band.p50 <= band.p95
    api_band = monte_carlo("api", api_line(cat.apis["openai/gpt-5-mini"], uc, portfolio), 20)
    assert api_band.p5 < api_band.p95


def test_unknown_ids_are_named_not_crashing(cat):
    portfolio, uc = one_case()
    uc.candidates.append(Candidate(id="ghost", kind="self-hosted", model="acme/NoSuchModel", accelerator="h100-sxm"))
    result = assess_portfolio(portfolio, cat)
    ghost = next(c for c in result.use_cases[0].candidates if c.candidate.id == "ghost")
    assert ghost.problems[0].startswith("unknown model 'acme/NoSuchModel'") and ghost.score.excluded
    assert ghost.score.exclusions[0].question == 1 and ghost.score.exclusions[0].kind == "unknown_model"


def test_portfolio_files_refuse_bad_input(tmp_path):
    with pytest.raises(PortfolioError, match="not valid JSON"):
        parse_portfolio("{broken")
    with pytest.raises(PortfolioError, match="newer version"):
        parse_portfolio(json.dumps({"schema_version": 99, "name": "x"}))
    with pytest.raises(PortfolioError, match="use_cases.0.workload.peak_concurrency"):
        parse_portfolio(json.dumps({"schema_version": 1, "use_cases": [{"name": "a", "workload": {"peak_concurrency": -3}}]}))
    with pytest.raises(PortfolioError, match="no such file"):
        load_portfolio(tmp_path / "missing.json")


def test_version_0_files_migrate():
    old = {"name": "old", "usecases": [{"name": "Chat"}]}
    portfolio = parse_portfolio(json.dumps(old))
    assert portfolio.schema_version == SCHEMA_VERSION and portfolio.use_cases[0].name == "Chat"


def test_atomic_save_round_trips_and_keeps_mode(tmp_path):
    portfolio = load_portfolio(SAMPLES / "ch-professional-services.json")
    target = tmp_path / "p.json"
    save_portfolio(portfolio, target)
    assert load_portfolio(target) == portfolio
    assert (target.stat().st_mode & 0o644) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["p.json"]


workloads = st.builds(
    Workload,
    input_tokens_per_month=st.floats(min_value=0, max_value=1e12),
    output_tokens_per_month=st.floats(min_value=0, max_value=1e11),
    cached_input_share=st.floats(min_value=0, max_value=1),
    peak_concurrency=st.integers(min_value=1, max_value=2000),
    context_length=st.integers(min_value=128, max_value=1_000_000),
    prompt_tokens=st.integers(min_value=1, max_value=1_000_000),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(workload=workloads, model_index=st.integers(0, 500), gpu_index=st.integers(0, 500), gpus=st.sampled_from([1, 2, 4, 8]),
       api_index=st.integers(0, 500), team=st.floats(min_value=0, max_value=20))
def test_random_portfolios_assess_without_error(cat, workload, model_index, gpu_index, gpus, api_index, team):
    models, gpu_ids, apis = sorted(cat.models), sorted(cat.accelerators), sorted(cat.apis)
    uc = UseCase(name="random", workload=workload, candidates=[
        Candidate(id="a", kind="self-hosted", model=models[model_index % len(models)],
                  accelerator=gpu_ids[gpu_index % len(gpu_ids)], gpus=gpus),
        Candidate(id="b", kind="api", api=apis[api_index % len(apis)]),
    ])
    portfolio = Portfolio(use_cases=[uc], organisation=Organisation(team_fte=team))
    result = assess_portfolio(portfolio, cat)
    for ca in result.use_cases[0].candidates:
        assert ca.cost.monthly_total >= 0
        assert all(0 <= s.score <= 100 for s in ca.score.subscores)

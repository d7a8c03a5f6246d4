"""Question 3 from the user's own results, and the engine's suggestions."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.portfolio_file import load_portfolio
from desktop.engine.assess import Catalog
from desktop.engine.evaluations import EvaluationError, import_evaluations, scores_from_csv
from desktop.engine.license import Verdict
from desktop.engine.suggest import suggest_candidates

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def contracts():
    portfolio = load_portfolio(ROOT / "resources" / "samples" / "de-manufacturing-sme.json")
    return portfolio, next(u for u in portfolio.use_cases if u.id == "contracts")


def test_csv_scores_match_ids_and_models(contracts):
    _, uc = contracts
    scores, unmatched = import_evaluations(FIXTURES / "evaluations.csv", uc)
    assert scores["qwen3-32b-l40s"] == 83.0  # 0-1 scaled to 0-100
    assert scores["gpt-oss-120b-h100"] == 79.0  # matched by model id
    assert unmatched == ["nobody/unknown-model"]


def test_lm_eval_results_give_the_mean_of_primary_metrics(contracts):
    _, uc = contracts
    scores, unmatched = import_evaluations(FIXTURES / "lm_eval_results.json", uc)
    assert scores == {"qwen3-32b-l40s": pytest.approx((80.12 + 87.4 + 82.0) / 3, abs=0.01)}
    assert not unmatched


@pytest.mark.parametrize("text,needle", [
    ("name,value\na,1\n", "'candidate' and 'score'"),
    ("candidate,score\nqwen3-32b-l40s,lots\n", "line 2"),
    ("candidate,score\nqwen3-32b-l40s,140\n", "outside 0-100"),
])
def test_bad_csv_is_named(contracts, text, needle):
    _, uc = contracts
    with pytest.raises(EvaluationError, match=needle):
        scores_from_csv(text, uc)


def test_bad_json_is_named(contracts, tmp_path):
    _, uc = contracts
    bad = tmp_path / "r.json"
    bad.write_text('{"config": {}}', encoding="utf-8")
    with pytest.raises(EvaluationError, match="no 'results'"):
        import_evaluations(bad, uc)


def test_suggestions_respect_license_fit_and_residency(catalog, contracts):
    portfolio, _ = contracts
    cat = Catalog.from_kb(catalog)
    invoices = next(u for u in portfolio.use_cases if u.id == "invoices")
    found = suggest_candidates(invoices, portfolio.organisation, cat)
    self_hosted = [c for c in found if c.kind == "self-hosted"]
    assert self_hosted
    for cand in self_hosted:
        model = cat.model(cand.model)
        assert model.multimodal  # the use case needs vision
        assert cat.license_assessment(model, invoices.usage).verdict != Verdict.blocked  # no Llama 4 in the EU
    for cand in found:
        if cand.kind == "api":
            assert cat.apis[cand.api.lower()].eu_data_residency  # confidential data
    in_house = next(u for u in portfolio.use_cases if u.id == "contracts")
    assert all(c.kind == "self-hosted" for c in suggest_candidates(in_house, portfolio.organisation, cat))

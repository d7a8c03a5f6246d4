"""License verdicts from the license texts, one scenario at a time, and the engine's properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import USE_CATEGORIES
from desktop.domain.usage import UsageContext
from desktop.engine.license import Verdict, assess_license


def check(catalog, model_id: str, **context):
    model = catalog.model(model_id)
    return assess_license(model, [catalog.license(i) for i in model.license_ids], UsageContext(**context))


SCOUT = "meta-llama/Llama-4-Scout-17B-16E-Instruct"


def test_llama4_multimodal_blocked_for_eu_company(catalog):
    result = check(catalog, SCOUT, licensee_country="DE")
    assert result.verdict == Verdict.blocked
    assert result.deciding_reason.kind == "GeographicRestriction"
    assert "European Union" in (result.deciding_reason.quote or "")


def test_llama4_eu_end_user_exception_and_non_eu_countries(catalog):
    assert check(catalog, SCOUT, licensee_country="DE", deployment="third-party-service").verdict != Verdict.blocked
    for country in ("CH", "NO", "GB", "US"):  # the clause names the EU, not the EEA
        assert check(catalog, SCOUT, licensee_country=country).verdict != Verdict.blocked, country


def test_llama_text_model_has_no_eu_problem(catalog):
    result = check(catalog, "meta-llama/Llama-3.3-70B-Instruct", licensee_country="FR", customer_facing=True)
    assert result.verdict == Verdict.allowed_with_obligations
    ids = {o.id for o in result.obligations}
    assert any("built-with" in i for i in ids)


def test_llama_700m_mau_measured_at_release_for_the_group(catalog):
    big = check(catalog, "meta-llama/Llama-3.1-8B-Instruct", licensee_country="US", group_mau_at_release=800_000_000)
    assert big.verdict == Verdict.blocked
    grown_later = check(catalog, "meta-llama/Llama-3.1-8B-Instruct", licensee_country="US", product_mau=900_000_000)
    assert grown_later.verdict != Verdict.blocked


def test_llama_naming_rule_for_distributed_fine_tunes(catalog):
    wrong = check(catalog, "meta-llama/Llama-3.1-8B-Instruct", fine_tune=True, redistribute_weights=True,
                  derived_model_name="AcmeGPT-8B")
    # A name the user can change is a condition, not a block: the fix comes first, in plain words.
    assert wrong.verdict == Verdict.allowed_with_obligations
    assert wrong.obligations[0].cure
    assert "'AcmeGPT-8B' does not comply" in wrong.obligations[0].text
    assert "'Llama-AcmeGPT-8B'" in wrong.obligations[0].text
    right = check(catalog, "meta-llama/Llama-3.1-8B-Instruct", fine_tune=True, redistribute_weights=True,
                  derived_model_name="Llama-Acme-8B")
    assert right.verdict == Verdict.allowed_with_obligations
    assert any(o.kind == "naming" for o in right.obligations)
    internal = check(catalog, "meta-llama/Llama-3.1-8B-Instruct", fine_tune=True, derived_model_name="AcmeGPT-8B")
    assert internal.verdict != Verdict.blocked  # an internal fine-tune is not "distributed or made available"


def test_llama3_and_llama2_forbid_training_other_llms(catalog):
    for model in ("meta-llama/Meta-Llama-3-8B-Instruct", "meta-llama/Llama-2-13b-chat-hf"):
        assert check(catalog, model, train_other_models=True).verdict == Verdict.blocked, model
    assert check(catalog, "meta-llama/Llama-3.1-8B-Instruct", train_other_models=True).verdict != Verdict.blocked


def test_military_use_blocked_by_aup(catalog):
    result = check(catalog, "meta-llama/Llama-3.3-70B-Instruct", uses=["military"])
    assert result.verdict == Verdict.blocked
    assert result.deciding_reason.kind == "UseRestriction"


def test_non_commercial_licenses(catalog):
    assert check(catalog, "Qwen/Qwen2.5-3B-Instruct").verdict == Verdict.blocked  # Qwen Research
    assert check(catalog, "Qwen/Qwen2.5-3B-Instruct", commercial=False).verdict != Verdict.blocked
    assert check(catalog, "CohereLabs/c4ai-command-r-plus-08-2024").verdict == Verdict.blocked  # CC-BY-NC
    assert check(catalog, "mistralai/Codestral-22B-v0.1").verdict == Verdict.blocked  # MNPL
    assert check(catalog, "mistralai/Mistral-Large-Instruct-2407").verdict == Verdict.blocked  # MRL


def test_qwen_2024_threshold_counts_product_users(catalog):
    assert check(catalog, "Qwen/Qwen2.5-72B-Instruct", product_mau=150_000_000).verdict == Verdict.blocked
    assert check(catalog, "Qwen/Qwen2.5-72B-Instruct", product_mau=50_000_000).verdict != Verdict.blocked
    assert check(catalog, "Qwen/Qwen2.5-72B-Instruct", product_mau=150_000_000, commercial=False).verdict != Verdict.blocked


def test_mistral_modified_mit_revenue_cap(catalog):
    small = check(catalog, "mistralai/Devstral-2-123B-Instruct-2512", group_monthly_revenue_usd=5_000_000)
    large = check(catalog, "mistralai/Devstral-2-123B-Instruct-2512", group_monthly_revenue_usd=25_000_000)
    assert small.verdict != Verdict.blocked and large.verdict == Verdict.blocked
    assert large.deciding_reason.kind == "RevenueThreshold"


def test_apache_and_mit_allow_internal_use_without_duties(catalog):
    assert check(catalog, "Qwen/Qwen3-32B").verdict == Verdict.allowed
    assert check(catalog, "deepseek-ai/DeepSeek-R1").verdict == Verdict.allowed
    shipped = check(catalog, "Qwen/Qwen3-32B", fine_tune=True, redistribute_weights=True)
    assert shipped.verdict == Verdict.allowed_with_obligations
    assert {"apache-license-copy", "apache-modification-notice"} <= {o.id for o in shipped.obligations}


def test_derived_models_inherit_base_terms(catalog):
    distill = catalog.model("deepseek-ai/DeepSeek-R1-Distill-Llama-70B")
    assert any(i.startswith("LicenseRef-Llama") for i in distill.license_ids)
    result = check(catalog, "deepseek-ai/DeepSeek-R1-Distill-Llama-70B", fine_tune=True, redistribute_weights=True,
                   derived_model_name="Acme-R1")
    # the Llama naming rule travels with the distill
    assert result.verdict == Verdict.allowed_with_obligations
    assert result.obligations[0].cure and "'Llama-Acme-R1'" in result.obligations[0].text


def test_deepseek_license_restrictions_travel_and_risk_flag(catalog):
    result = check(catalog, "deepseek-ai/DeepSeek-V3", uses=["military"])
    assert result.verdict == Verdict.blocked
    assert any(f.kind == "remote-restriction" for f in check(catalog, "deepseek-ai/DeepSeek-V3").risk_flags)


def test_gemma_flags_remote_restriction(catalog):
    result = check(catalog, "google/gemma-3-27b-it")
    assert any(f.kind == "remote-restriction" for f in result.risk_flags)


@settings(max_examples=150, deadline=None)
@given(
    model_index=st.integers(min_value=0, max_value=200),
    country=st.sampled_from(["DE", "FR", "US", "CH", "IT", "CN"]),
    commercial=st.booleans(), customer_facing=st.booleans(), hosted=st.booleans(), fine_tune=st.booleans(),
    redistribute=st.booleans(), train=st.booleans(), end_user=st.booleans(),
    mau=st.integers(min_value=0, max_value=2_000_000_000), revenue=st.floats(min_value=0, max_value=1e9),
    uses=st.lists(st.sampled_from(USE_CATEGORIES), max_size=3, unique=True),
    name=st.sampled_from([None, "Llama-Acme", "AcmeGPT"]),
)
def test_no_allowed_when_a_blocking_clause_matched(catalog, model_index, country, commercial, customer_facing, hosted,
                                                   fine_tune, redistribute, train, end_user, mau, revenue, uses, name):
    models = catalog.records("models")
    model = models[model_index % len(models)]
    ctx = UsageContext(
        licensee_country=country, commercial=commercial, customer_facing=customer_facing, hosted_service=hosted,
        fine_tune=fine_tune, redistribute_weights=redistribute, train_other_models=train,
        deployment="third-party-service" if end_user else "self-hosted", product_mau=mau, group_mau_at_release=mau,
        group_monthly_revenue_usd=revenue, uses=uses, derived_model_name=name,
    )
    result = assess_license(model, [catalog.license(i) for i in model.license_ids], ctx)
    blocking = any(r.impact == "blocks" for r in result.reasons)
    reviewing = any(r.impact == "review" for r in result.reasons)
    if blocking:
        assert result.verdict == Verdict.blocked
    elif reviewing:
        assert result.verdict == Verdict.needs_review
    else:
        assert result.verdict in (Verdict.allowed, Verdict.allowed_with_obligations)
    assert result.question == 1
    for reason in result.reasons:
        assert reason.source.startswith("http")


@pytest.mark.parametrize("field,value", [("product_mau", -1), ("group_monthly_revenue_usd", -5.0),
                                         ("licensee_country", "Germany"), ("group_mau_at_release", 10**12)])
def test_absurd_context_values_are_refused(field, value):
    with pytest.raises(ValueError):
        UsageContext(**{field: value})

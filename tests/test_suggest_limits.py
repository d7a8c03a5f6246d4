"""Suggest respects what the organisation can pay for and run, and says why it added each option."""

from __future__ import annotations

from desktop.domain.portfolio import Organisation, UseCase, Workload
from desktop.engine.cost import to_currency
from desktop.engine.suggest import SMALL_TEAM_FTE, suggest_candidates


def use_case() -> UseCase:
    return UseCase(id="u", name="Drafting", quality_need="strong",
                   workload=Workload(input_tokens_per_month=40e6, output_tokens_per_month=8e6, peak_concurrency=8))


def test_a_small_team_gets_one_single_device_option_and_reasons(engine_catalog):
    org = Organisation(team_fte=0.2)
    found = suggest_candidates(use_case(), org, engine_catalog)
    own = [c for c in found if c.kind == "self-hosted"]
    assert len(own) <= 1 and all(c.gpus == 1 for c in own)
    assert all(c.note and c.note.startswith("suggested: ") and len(c.note) > 20 for c in found)
    assert all(f"{org.team_fte:g} FTE" in c.note for c in own)
    assert org.team_fte < SMALL_TEAM_FTE


def test_suggestions_stay_within_the_hardware_budget(engine_catalog):
    org = Organisation(team_fte=2, hardware_budget=6_000)
    found = suggest_candidates(use_case(), org, engine_catalog)
    for c in found:
        if c.kind == "self-hosted":
            acc = engine_catalog.accelerator(c.accelerator)
            assert to_currency((acc.price_usd or 0) * c.gpus, "USD", org) <= 6_000
            assert "budget" in c.note
    unlimited = suggest_candidates(use_case(), Organisation(team_fte=2), engine_catalog)
    assert any(c.gpus > 1 or (engine_catalog.accelerator(c.accelerator).price_usd or 0) > 6_000 / 0.9
               for c in unlimited if c.kind == "self-hosted") or unlimited

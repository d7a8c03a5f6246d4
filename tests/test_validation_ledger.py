"""The sizing engine against the public measurements in the validation ledger."""

from __future__ import annotations

from desktop.engine.validation import ledger_from_kb


def test_ledger_covers_what_the_issue_asks(catalog):
    ledger = ledger_from_kb(catalog)
    assert len(ledger.points) >= 30
    classes = {p.hardware_class for p in ledger.points}
    assert len(classes) >= 10
    assert any(c.startswith("apple") for c in classes) and any(c.startswith("cpu") for c in classes)
    moe = {m.id for m in catalog.records("models") if m.architecture.is_moe}
    assert any(p.model in moe for p in ledger.points)
    metrics = {p.metric for p in ledger.points}
    assert {"decode_tokens_per_s", "prefill_tokens_per_s", "memory_gb"} <= metrics


def test_every_ledger_point_is_evaluated(catalog):
    ledger = ledger_from_kb(catalog)
    assert len(ledger.points) == len(catalog.measurements())


def test_prediction_error_stays_bounded(catalog):
    """A regression guard, not the target: the target (≤ 15 % per class) and the figures are in the README."""
    ledger = ledger_from_kb(catalog)
    assert ledger.overall_mape_pct <= 20.0
    memory = [p for p in ledger.points if p.metric == "memory_gb"]
    assert all(abs(p.error_pct) <= 20 for p in memory)


def test_error_band_of_a_class(catalog):
    ledger = ledger_from_kb(catalog)
    band = ledger.band_for("apple-m-ultra")
    assert band["points"] >= 3 and band["mape_pct"] > 0
    unknown = ledger.band_for("nvidia-volta")
    assert unknown["points"] == 0 and unknown["mape_pct"] == ledger.overall_mape_pct

"""The fitted constants: where they come from, and that out-of-source figures never see their own source."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from desktop.engine import constants
from desktop.engine.calibrate import SPEED_METRICS, Problem, case_for, leave_one_source_out
from desktop.engine.validation import FEW_POINTS, ledger_from_kb, slices


@pytest.fixture(scope="module")
def cases(catalog):
    models = {m.id.lower(): m for m in catalog.records("models")}
    gpus = {g.id.lower(): g for g in catalog.records("gpus")}
    return [
        case_for(m, models[m.model.lower()], gpus[m.accelerator_id.lower()])
        for m in catalog.measurements() if m.metric in SPEED_METRICS
    ]


def test_shipped_constants_are_the_fit_of_the_shipped_ledger(cases):
    """scripts/fit_sizing.py wrote constants.FITTED from these measurements: a changed ledger needs a refit."""
    problem = Problem(cases)
    groups, glob = problem.tables(problem.fit())
    assert set(groups) == set(constants.FITTED)
    for key, cal in groups.items():
        shipped = constants.FITTED[key]
        for name in cal.__dataclass_fields__:
            assert getattr(shipped, name) == pytest.approx(getattr(cal, name), rel=0.02), (key, name)
        assert "fitted on" in constants.FIT_SOURCES[key] and "https://" in constants.FIT_SOURCES[key]
    for name, value in glob.items():
        assert constants.GLOBAL_FITTED[name] == pytest.approx(value, rel=0.02)


def test_out_of_source_predictions_ignore_their_own_source(cases):
    source = sorted({c.source for c in cases})[0]
    before = leave_one_source_out(Problem(cases))
    shifted = [replace(c, measured=c.measured * 10) if c.source == source else c for c in cases]
    after = leave_one_source_out(Problem(shifted))
    for c in cases:
        if c.source == source:
            assert after[c.id] == pytest.approx(before[c.id], rel=1e-9)


def test_fit_recovers_constants_that_generated_the_data(cases):
    problem = Problem(cases)
    rng = np.random.default_rng(7)
    truth = problem.prior + rng.normal(0, 0.15, problem.size)
    problem.measured = problem.predict(truth)
    fitted = problem.fit(iterations=80)
    error = np.abs(problem.predict(fitted) / problem.measured - 1)
    # The priors pull a little (that is their job), so the recovery is close, not exact.
    assert error.mean() < 0.02 and error.max() < 0.1


def test_ledger_meets_the_issue_counts_and_reports_both_errors(catalog):
    ledger = ledger_from_kb(catalog, out_of_source=True)
    counts = {name: row[0] for name, row in slices(ledger).items()}
    assert counts["all"] >= 150 and counts["concurrency >= 8"] >= 50 and counts["mixture of experts"] >= 20
    assert counts["multi-GPU"] >= 15 and counts["Apple"] >= 10 and counts["AMD"] >= 10
    for m in catalog.measurements():
        assert m.sources[0].startswith("https://") and m.as_of
    assert all(p.error_out_of_source_pct is not None for p in ledger.points)
    assert ledger.mape_out_of_source_pct > 0 and ledger.sources >= 10
    for c in ledger.classes:
        assert c.few_points == (c.points < FEW_POINTS)
    # A regression guard, not the target: the figures and the target are in docs/accuracy.md.
    assert ledger.overall_mape_pct <= 15 and ledger.mape_out_of_source_pct <= 20


def test_error_band_says_when_a_class_has_few_points(catalog):
    ledger = ledger_from_kb(catalog)
    for c in ledger.classes:
        band = ledger.band_for(c.hardware_class)
        assert band["few_points"] == (c.points < FEW_POINTS)
        if c.points < FEW_POINTS:
            assert f"only {c.points}" in band["basis"] and band["mape_pct"] >= ledger.overall_mape_pct
    assert ledger.band_for("nvidia-volta")["few_points"]

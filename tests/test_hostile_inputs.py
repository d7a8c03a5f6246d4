"""Portfolio input a hostile or unlucky user can write: every reader limit answers with exit 2 naming the
field (one error type, PortfolioError), and mutations of both samples go through `assess` and the report
without a traceback, a LayoutError or a broken engine invariant.

Examples: 100 per property in `make test`; HYPOTHESIS_PROFILE=nightly runs 500 (see conftest)."""

from __future__ import annotations

import copy
import json
import os
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.portfolio import (
    MAX_CANDIDATES,
    MAX_CANDIDATES_TOTAL,
    MAX_DESCRIPTION,
    MAX_NOTE,
    MAX_USE_CASES,
    Portfolio,
)
from desktop.domain.portfolio_file import MAX_FILE_BYTES, PortfolioError, parse_portfolio
from desktop.engine.invariants import AssessmentRefused, check_assessment

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "resources" / "samples").glob("*.json"))
SAMPLE = SAMPLES[0]


def _sample() -> dict:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def _set(data: dict, path: tuple, value) -> dict:
    data = copy.deepcopy(data)
    node = data
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return data


# -- the reader's limits: exit 2, the field named -------------------------------------------------------------
UC = ("use_cases", 0)
LIMITS = {
    "nested 1,000 deep": ("[" * 1000 + "]" * 1000, "nested"),
    "nested 100,000 deep": ("[" * 100_000 + "]" * 100_000, "nested"),
    "an integer of 5,000 digits": ('{"name": ' + "9" * 5000 + "}", "too large"),
    "an escaped lone surrogate": (json.dumps(_set(_sample(), ("consultant",), "x")).replace('"x"', '"\\ud800"'),
                                  "consultant"),
    "NaN written as a literal": (json.dumps(_set(_sample(), ("organisation", "usd_per_unit"), float("nan"))),
                                 "finite"),
    "usd_per_unit 5e-324": (json.dumps(_set(_sample(), ("organisation", "usd_per_unit"), 5e-324)), "usd_per_unit"),
    "utilisation 5e-324": (json.dumps(_set(_sample(), ("assumptions", "utilisation"), 5e-324)), "utilisation"),
    "utilisation 1e308": (json.dumps(_set(_sample(), ("assumptions", "utilisation"), 1e308)), "utilisation"),
    "a consultant of 8,000 characters": (json.dumps(_set(_sample(), ("consultant",), "Ä" * 8000)), "consultant"),
    "a description over the cap": (json.dumps(_set(_sample(), (*UC, "description"), "d" * (MAX_DESCRIPTION + 1))),
                                   "description"),
    "a 10 MB description": (json.dumps(_set(_sample(), (*UC, "description"), "d" * 10_000_000)), "MiB"),
    "a note over the cap": (json.dumps(_set(_sample(), (*UC, "candidates", 0, "note"), "n" * (MAX_NOTE + 1))),
                            "note"),
    "too many candidates": (json.dumps(_set(_sample(), (*UC, "candidates"),
                                            [dict(_sample()["use_cases"][0]["candidates"][0], id=f"c{i}")
                                             for i in range(MAX_CANDIDATES + 1)])), "candidates"),
    "too many candidates in all": (json.dumps(_set(_sample(), ("use_cases",), [
        dict(_sample()["use_cases"][0], id=f"u{u}", candidates=[
            dict(_sample()["use_cases"][0]["candidates"][0], id=f"c{i}") for i in range(MAX_CANDIDATES)],
             evaluations={}, pinned=None)
        for u in range(MAX_CANDIDATES_TOTAL // MAX_CANDIDATES + 1)])), "candidates in all use cases"),
    "too many use cases": (json.dumps(_set(_sample(), ("use_cases",),
                                           [dict(_sample()["use_cases"][0], id=f"u{i}")
                                            for i in range(MAX_USE_CASES + 1)])), "use_cases"),
}


@pytest.mark.parametrize("case", list(LIMITS))
def test_reader_limits_answer_with_exit_2_naming_the_field(tmp_path, cli, case):
    text, named = LIMITS[case]
    path = tmp_path / "portfolio.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    before = path.read_bytes()
    for command in (("assess", str(path), "--json"), ("report", str(path), "-o", str(tmp_path / "r.pdf"))):
        code, out, err = cli(*command)
        assert code == 2, (case, command, err)
        assert named in err and "Traceback" not in err, (case, err)
        assert out == ""
    assert path.read_bytes() == before and not (tmp_path / "r.pdf").exists()


def _within(seconds: float, func, *args):
    box: dict = {}

    def run():
        try:
            box["value"] = func(*args)
        except BaseException as exc:  # noqa: BLE001
            box["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "no answer: the reader hangs"
    return box


@pytest.mark.parametrize("special", ["fifo", "/dev/zero", "folder", "oversized"])
def test_special_files_are_refused_before_reading(tmp_path, special):
    from desktop.domain.portfolio_file import load_portfolio

    if special == "fifo":
        path = tmp_path / "pipe.json"
        os.mkfifo(path)
    elif special == "folder":
        path = tmp_path
    elif special == "oversized":
        path = tmp_path / "big.json"
        with open(path, "wb") as handle:
            handle.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    else:
        path = Path(special)
        if not path.exists():
            pytest.skip("no /dev/zero here")
    box = _within(20, load_portfolio, path)
    assert isinstance(box.get("error"), PortfolioError), box


# -- the engine's invariant --------------------------------------------------------------------------------
def test_the_invariant_names_negative_and_non_finite_amounts_and_scores():
    bad = {"use_cases": [{"candidates": [{"cost": {"monthly_total": -6.5e24, "tco": [1.0, float("nan")]},
                                          "score": {"total": 116.0, "rules": [{"points": -5}]}}]}],
           "total_monthly": float("inf")}
    problems = check_assessment(bad, scores=True)
    assert any("monthly_total" in p and "negative" in p for p in problems)
    assert any("tco[1]" in p for p in problems) and any("total_monthly" in p for p in problems)
    assert any("score.total" in p for p in problems)
    assert not any("points" in p for p in problems)  # rule points may be negative


# -- mutations of both samples -----------------------------------------------------------------------------
NUMBERS = st.one_of(
    st.sampled_from([0, -1, 1, 5e-324, -5e-324, 1e-9, 0.01, 0.99, 1.0, 100, 1e6, 1e15, 1e308, -1e308, 10**18, 2**63]),
    st.floats(allow_nan=False, allow_infinity=False), st.floats(min_value=0, max_value=1e16),
    st.integers(min_value=-(10**20), max_value=10**20), st.integers(min_value=0, max_value=10**7),
)
TEXTS = st.one_of(st.text(max_size=30), st.sampled_from(
    ["", " ", "x" * 199, "x" * 250, "Ä" * 1200, "\u202e", "<b>&amp;</b>", "\x00", "h100-sxm", "DE", "ch", "XX"]))
FREE_TEXT = {"name", "description", "consultant", "note"}
HOSTILE = st.one_of(st.none(), st.booleans(), NUMBERS, TEXTS, st.just([]), st.just({}))


def _at(data, path):
    for step in path:
        data = data[step]
    return data


def _paths(data, prefix=()):
    yield prefix
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _paths(value, (*prefix, i))


@st.composite
def mutated(draw, same_kind_only: bool = False):
    """A sample with 1-3 values replaced, retyped, deleted or duplicated; `same_kind_only` keeps numbers
    numbers and texts texts, so most examples pass the reader and reach the engine and the layout."""
    data = json.loads(draw(st.sampled_from(SAMPLES)).read_text(encoding="utf-8"))
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(data) if p]
        if same_kind_only:
            paths = [p for p in paths if (isinstance(_at(data, p), int | float) and not isinstance(_at(data, p), bool))
                     or p[-1] in FREE_TEXT]
        path = draw(st.sampled_from(paths))
        parent = data
        for step in path[:-1]:
            parent = parent[step]
        action = "same kind" if same_kind_only else draw(
            st.sampled_from(["same kind"] * 5 + ["any value"] * 3 + ["delete", "duplicate"]))
        current = parent[path[-1]]
        if same_kind_only and isinstance(current, int | float):
            scaled = current * draw(st.sampled_from([0, 1e-6, 1e-3, 0.1, 0.5, 0.99, 1.01, 2, 10, 1e3, 1e6]))
            parent[path[-1]] = round(scaled) if isinstance(current, int) else scaled  # extreme, mostly in range
        elif action == "delete":
            del parent[path[-1]]
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(current))
        elif action == "same kind" and isinstance(current, int | float) and not isinstance(current, bool):
            parent[path[-1]] = draw(NUMBERS)  # most likely to pass the reader and reach the engine
        elif action == "same kind" and isinstance(current, str):
            parent[path[-1]] = draw(TEXTS)
        else:
            parent[path[-1]] = draw(HOSTILE)
    return data


def _fuzz_settings(share: float = 1.0):
    examples = max(1, int(settings().max_examples * share))
    return settings(max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_fuzz_settings()
@given(data=st.one_of(mutated(), mutated(same_kind_only=True)))
def test_mutated_portfolios_are_refused_or_assessed_within_the_invariant(engine_catalog, data):
    from desktop.engine.assess import assess_portfolio

    text = json.dumps(data, allow_nan=True)
    try:
        portfolio = parse_portfolio(text, "mutated.json")
    except PortfolioError as exc:
        assert str(exc).startswith("mutated.json: ")
        return
    try:
        assessment = assess_portfolio(portfolio, engine_catalog)
    except AssessmentRefused as exc:  # exit 2 with a message: allowed, but the inputs should prevent it
        pytest.fail(f"input bounds let through an assessment the engine refuses: {exc}")
    assert check_assessment(assessment, scores=False) == []
    json.dumps(assessment.model_dump(mode="json"), ensure_ascii=False).encode("utf-8")  # no lone surrogates


@_fuzz_settings(share=0.2)
@given(data=mutated(same_kind_only=True))
def test_mutated_portfolios_lay_out_as_a_report(catalog, engine_catalog, data):
    from desktop.engine.assess import assess_portfolio
    from desktop.report import content

    try:
        portfolio = parse_portfolio(json.dumps(data, allow_nan=True), "mutated.json")
    except PortfolioError:
        return
    assessment = assess_portfolio(portfolio, engine_catalog)
    pdf = content.build_report_pdf(portfolio, assessment, catalog, lang="de")
    assert pdf.startswith(b"%PDF-")


def test_a_portfolio_at_every_cap_lays_out(catalog, engine_catalog):
    """Unbreakable words at the caps of every free-text field and the most candidates a use case may have."""
    from desktop.engine.assess import assess_portfolio
    from desktop.report import content

    data = _sample()
    data["consultant"] = data["name"] = "W" * 200
    uc = data["use_cases"][0]
    uc["name"], uc["description"] = "N" * 200, "D" * MAX_DESCRIPTION
    apis = [r.id for r in catalog.records("apis")]
    template = uc["candidates"]
    uc["candidates"] = []
    for i in range(MAX_CANDIDATES):
        cand = dict(template[i % len(template)], id=f"c{i}", note="Notiz " * (MAX_NOTE // 6))
        if cand["kind"] == "api":
            cand["api"] = apis[i % len(apis)]
        uc["candidates"].append(cand)
    uc["evaluations"], uc["pinned"] = {}, None
    portfolio = Portfolio.model_validate(data)
    pdf = content.build_report_pdf(portfolio, assess_portfolio(portfolio, engine_catalog), catalog, lang="en")
    assert pdf.startswith(b"%PDF-")

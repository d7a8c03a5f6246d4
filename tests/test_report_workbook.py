"""The companion workbook (`report PORTFOLIO --xlsx FILE`): the cost model with live formulas. Recalculated
by the `formulas` package, its per-candidate monthly costs and TCOs and its scenario totals equal the
assessment's (and so the report's); changing an assumption changes the totals; the CLI keeps its contract."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from desktop.domain.portfolio_file import load_portfolio
from desktop.engine.assess import Catalog, assess_portfolio
from desktop.report.workbook import CANDIDATE_COLUMNS, build_workbook

formulas = pytest.importorskip("formulas")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ("de-manufacturing-sme", "ch-professional-services")
TODAY = dt.date(2026, 11, 25)


def column(name: str) -> str:
    return chr(ord("A") + CANDIDATE_COLUMNS.index(name))


@pytest.fixture(scope="module")
def books(catalog, tmp_path_factory):
    """sample -> (assessment, path, formulas model, recalculated cells)."""
    out = {}
    for sample in SAMPLES:
        portfolio = load_portfolio(ROOT / "resources/samples" / f"{sample}.json")
        assessment = assess_portfolio(portfolio, Catalog.from_kb(catalog), today=TODAY)
        path = tmp_path_factory.mktemp("xlsx") / f"{sample}.xlsx"
        path.write_bytes(build_workbook(portfolio, assessment))
        model = formulas.ExcelModel().loads(str(path)).finish()
        out[sample] = (portfolio, assessment, path, model, model.calculate())
    return out


def value(solution, path: Path, sheet: str, cell: str) -> float:
    return float(solution[f"'[{path.name}]{sheet.upper()}'!{cell}"].value[0][0])


@pytest.mark.parametrize("sample", SAMPLES)
def test_recalculated_workbook_equals_the_assessment(books, sample):
    _, assessment, path, _, sol = books[sample]
    row = 2
    for ua in assessment.use_cases:
        for ca in ua.candidates:
            assert value(sol, path, "Candidates", f"{column('monthly')}{row}") == pytest.approx(
                ca.cost.monthly_total, abs=0.5), ca.label
            assert value(sol, path, "Candidates", f"{column('tco')}{row}") == pytest.approx(
                ca.cost.tco_total, abs=1.0), ca.label
            row += 1
    for r, scenario in enumerate(assessment.scenarios, start=2):
        assert value(sol, path, "Scenarios", f"B{r}") == pytest.approx(scenario.monthly, abs=0.5), scenario.name
        assert value(sol, path, "Scenarios", f"C{r}") == pytest.approx(scenario.tco, abs=1.0), scenario.name
        assert value(sol, path, "Scenarios", f"D{r}") == pytest.approx(scenario.capex, abs=1.0), scenario.name
        if scenario.name == assessment.recommended_scenario:  # the report's totals
            assert value(sol, path, "Scenarios", f"B{r}") == pytest.approx(assessment.total_monthly, abs=0.5)
            assert value(sol, path, "Scenarios", f"C{r}") == pytest.approx(assessment.total_tco, abs=1.0)
            assert value(sol, path, "Scenarios", f"D{r}") == pytest.approx(assessment.total_capex, abs=1.0)


def test_the_formulas_are_live(books):
    portfolio, assessment, path, model, sol = books["de-manufacturing-sme"]
    staff = f"'[{path.name}]ASSUMPTIONS'!B12"  # staff cost per FTE and year (the 9th input, row 12)
    assert value(sol, path, "Assumptions", "B12") == portfolio.organisation.staff_cost_per_fte_year
    doubled = model.calculate(inputs={staff: portfolio.organisation.staff_cost_per_fte_year * 2})
    first = assessment.use_cases[0].candidates[0]
    before = value(sol, path, "Candidates", f"{column('monthly')}2")
    after = value(doubled, path, "Candidates", f"{column('monthly')}2")
    assert after - before == pytest.approx(first.cost.monthly.staff, rel=1e-6)
    horizon = f"'[{path.name}]ASSUMPTIONS'!B4"
    longer = model.calculate(inputs={horizon: portfolio.assumptions.horizon_months + 12})
    assert value(longer, path, "Scenarios", "C4") > value(sol, path, "Scenarios", "C4")


def test_cli_writes_the_workbook_alone_or_beside_the_pdf(cli, tmp_path):
    sample = str(ROOT / "resources/samples/ch-professional-services.json")
    book = tmp_path / "model.xlsx"
    data = cli.json("report", sample, "--xlsx", str(book))
    assert data["xlsx"] == str(book) and book.read_bytes()[:2] == b"PK"
    assert not list(tmp_path.glob("*.pdf"))
    code, _, err = cli("report", sample, "--xlsx", str(book))
    assert code == 2 and "exists" in err  # nothing replaced without --force
    pdf = tmp_path / "r.pdf"
    data = cli.json("report", sample, "-o", str(pdf), "--xlsx", str(tmp_path / "b.xlsx"))
    assert {"file", "bytes", "signed", "lang", "paper", "knowledge_base_version", "seconds",
            "fingerprint_sha256"} <= set(data) and data["xlsx"].endswith("b.xlsx")
    assert pdf.read_bytes().startswith(b"%PDF") and (tmp_path / "b.xlsx").exists()
    code, _, err = cli("report", sample)
    assert code == 2 and "--xlsx" in err
    json.dumps(data)

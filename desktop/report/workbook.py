"""The companion workbook for the client's controller: the cost model with live formulas (XlsxWriter), so
the numbers can be audited and changed in the spreadsheet they know.

Sheets:
- Assumptions: the portfolio's cost assumptions and organisation figures (the inputs, editable);
- Candidates: per use case and candidate, the monthly cost by kind and the TCO over the horizon, as
  formulas over the Assumptions sheet (amortisation, staff time, switching reserve, switches, book value)
  and the assessment's per-candidate figures that depend on hardware data (power, upkeep, vendor fees);
- Scenarios: the engine's scenarios, each the sum of the candidates it chooses.

The formulas restate the engine's cost model (desktop.engine.cost) for the spreadsheet; every cell also
carries the engine's value as its cached result, and a test recalculates the formulas and compares them
with the assessment. Nothing here decides: choices come from the assessment.
"""

from __future__ import annotations

import io

import xlsxwriter
from xlsxwriter.utility import xl_rowcol_to_cell

from desktop.domain.portfolio import Portfolio
from desktop.engine.result import PortfolioAssessment

from .text import Text

# (key, attribute path, number format): the inputs on the Assumptions sheet, in this order
ASSUMPTIONS = (
    ("horizon_months", "assumptions.horizon_months", "0"),
    ("amortisation_months", "assumptions.amortisation_months", "0"),
    ("residual_share", "assumptions.residual_share", "0.0%"),
    ("model_switch_months", "assumptions.model_switch_months", "0"),
    ("migration_cost_self_hosted", "assumptions.migration_cost_self_hosted", "#,##0"),
    ("migration_cost_api", "assumptions.migration_cost_api", "#,##0"),
    ("ops_fte_self_hosted", "assumptions.ops_fte_self_hosted", "0.00"),
    ("ops_fte_api", "assumptions.ops_fte_api", "0.00"),
    ("staff_cost_per_fte_year", "organisation.staff_cost_per_fte_year", "#,##0"),
    ("usd_per_unit", "organisation.usd_per_unit", "0.00"),
    ("electricity_per_kwh", "organisation.electricity_per_kwh", "0.000"),
    ("pue", "organisation.pue", "0.00"),
)

CANDIDATE_COLUMNS = (
    "use_case", "candidate", "kind", "recommended", "capex", "fte", "hardware", "power", "colocation",
    "maintenance", "api", "staff", "migration", "monthly", "switch_cost", "switches", "forced_switch",
    "book_value", "tco",
)


def _get(obj, path: str):
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


def build_workbook(portfolio: Portfolio, assessment: PortfolioAssessment, *, lang: str = "en") -> bytes:
    """The workbook as .xlsx bytes."""
    t = Text(lang, portfolio.organisation.country)
    buffer = io.BytesIO()
    wb = xlsxwriter.Workbook(buffer, {"in_memory": True})
    bold = wb.add_format({"bold": True})
    head = wb.add_format({"bold": True, "bg_color": "#1F3A5F", "font_color": "#FFFFFF", "text_wrap": True,
                          "valign": "top"})
    money = wb.add_format({"num_format": "#,##0"})
    money_bold = wb.add_format({"num_format": "#,##0", "bold": True})
    note = wb.add_format({"italic": True, "font_color": "#5A5A5A", "text_wrap": True})
    cur = assessment.currency

    # -- Assumptions ---------------------------------------------------------------------------------
    sa = wb.add_worksheet(t("xl_sheet_assumptions"))
    sa.set_column(0, 0, 46)
    sa.set_column(1, 1, 16)
    sa.write(0, 0, t("xl_assumptions_title", portfolio=portfolio.name), bold)
    sa.write(1, 0, t("xl_assumptions_note"), note)
    ref: dict[str, str] = {}
    for row, (key, path, fmt) in enumerate(ASSUMPTIONS, start=3):
        sa.write(row, 0, t(f"a_{key}") if t.has(f"a_{key}") else t(f"xl_{key}"))
        sa.write_number(row, 1, float(_get(portfolio, path)), wb.add_format({"num_format": fmt, **_INPUT}))
        ref[key] = f"'{sa.name}'!{xl_rowcol_to_cell(row, 1, row_abs=True, col_abs=True)}"
    last = 3 + len(ASSUMPTIONS)
    sa.write(last + 1, 0, t("xl_currency", currency=cur), note)
    sa.write(last + 2, 0, t("xl_vat"), note)

    # -- Candidates ------------------------------------------------------------------------------------
    sc = wb.add_worksheet(t("xl_sheet_candidates"))
    sc.freeze_panes(1, 2)
    sc.set_row(0, 42)
    sc.set_column(0, 1, 34)
    sc.set_column(2, len(CANDIDATE_COLUMNS) - 1, 12)
    for number, name in enumerate(CANDIDATE_COLUMNS):
        sc.write(0, number, t(f"xl_col_{name}", months=assessment.horizon_months, currency=cur), head)
    col = {name: i for i, name in enumerate(CANDIDATE_COLUMNS)}
    where: dict[tuple[str, str], dict[str, str]] = {}  # (use case, candidate) -> column -> cell reference
    row = 1
    for ua in assessment.use_cases:
        for ca in ua.candidates:
            c, cost = ca.candidate, ca.cost
            m = cost.monthly

            def cell(name: str, r: int = row) -> str:
                return xl_rowcol_to_cell(r, col[name])

            self_hosted = c.kind == "self-hosted"
            sc.write(row, col["use_case"], ua.name)
            sc.write(row, col["candidate"], ca.label)
            sc.write(row, col["kind"], t(f"kind_{c.kind}"))
            sc.write(row, col["recommended"], "★" if c.id == ua.recommended else ("✗" if ca.score.excluded else ""))
            sc.write_number(row, col["capex"], cost.capex, wb.add_format({"num_format": "#,##0", **_INPUT}))
            fte_ref = ref["ops_fte_self_hosted" if self_hosted else "ops_fte_api"]
            staff_fte = m.staff / (_get(portfolio, "organisation.staff_cost_per_fte_year") / 12) \
                if _get(portfolio, "organisation.staff_cost_per_fte_year") else 0.0
            default_fte = _get(portfolio, "assumptions.ops_fte_self_hosted" if self_hosted else "assumptions.ops_fte_api")
            if abs(staff_fte - default_fte) < 1e-9:
                sc.write_formula(row, col["fte"], f"={fte_ref}", wb.add_format({"num_format": "0.00"}), staff_fte)
            else:  # the assessment shares staff time differently (a pooled platform): its figure, editable
                sc.write_number(row, col["fte"], staff_fte, wb.add_format({"num_format": "0.00", **_INPUT}))
            # amortisation of bought hardware from its price; rent and owned hardware as assessed
            if cost.capex:
                sc.write_formula(row, col["hardware"],
                                 f"=({cell('capex')}-{cell('capex')}*{ref['residual_share']})/{ref['amortisation_months']}",
                                 money, m.hardware)
            else:
                sc.write_number(row, col["hardware"], m.hardware, wb.add_format({"num_format": "#,##0", **_INPUT}))
            for name in ("power", "colocation", "maintenance", "api"):
                sc.write_number(row, col[name], getattr(m, name), wb.add_format({"num_format": "#,##0", **_INPUT}))
            sc.write_formula(row, col["staff"], f"={cell('fte')}*{ref['staff_cost_per_fte_year']}/12", money, m.staff)
            mig = ref["migration_cost_self_hosted" if self_hosted else "migration_cost_api"]
            sc.write_formula(row, col["switch_cost"], f"={mig}", money, mig_value(portfolio, self_hosted))
            sc.write_formula(row, col["migration"], f"={cell('switch_cost')}/{ref['model_switch_months']}", money,
                             m.migration)
            sc.write_formula(row, col["monthly"], f"=SUM({cell('hardware')}:{cell('migration')})", money_bold,
                             cost.monthly_total)
            # planned switches strictly inside the horizon, every model_switch_months
            sc.write_formula(row, col["switches"],
                             f"=INT(({ref['horizon_months']}-1)/{ref['model_switch_months']})", None,
                             (portfolio.assumptions.horizon_months - 1) // portfolio.assumptions.model_switch_months)
            forced = cost.forced_migration_month
            if forced:
                sc.write_number(row, col["forced_switch"], forced, wb.add_format({"num_format": "0", **_INPUT}))
            book = (f"{cell('capex')}-({cell('capex')}-{cell('capex')}*{ref['residual_share']})"
                    f"*MIN(1,{ref['horizon_months']}/{ref['amortisation_months']})")
            sc.write_formula(row, col["book_value"], f"={book}", money, cost.end_book_value)
            running = f"({cell('monthly')}-{cell('migration')}-IF({cell('capex')}>0,{cell('hardware')},0))"
            forced_term = (f"IF(AND({cell('forced_switch')}>=1,{cell('forced_switch')}<={ref['horizon_months']}),1,0)")
            sc.write_formula(row, col["tco"],
                             f"={cell('capex')}+{running}*{ref['horizon_months']}"
                             f"+{cell('switch_cost')}*({cell('switches')}+{forced_term})-{cell('book_value')}",
                             money_bold, cost.tco_total)
            where[(ua.use_case, c.id)] = {name: f"'{sc.name}'!{cell(name)}" for name in ("monthly", "tco", "capex")}
            row += 1

    # -- Scenarios -------------------------------------------------------------------------------------
    ss = wb.add_worksheet(t("xl_sheet_scenarios"))
    ss.set_column(0, 0, 30)
    ss.set_column(1, 3, 16)
    ss.set_column(4, 4, 60)
    for c_, name in enumerate(("col_scenario", "col_monthly", "col_tco", "col_upfront", "col_note")):
        ss.write(0, c_, t(name, months=assessment.horizon_months), head)
    for r, scen in enumerate(assessment.scenarios, start=1):
        title = t(f"sc_{scen.name}") if t.has(f"sc_{scen.name}") else scen.title
        ss.write(r, 0, title, bold if scen.name == assessment.recommended_scenario else None)
        picked = [where[(uc, cid)] for uc, cid in scen.choices.items() if (uc, cid) in where]
        if scen.platforms or len(picked) != len(scen.choices):
            # pooled on shared platforms: the engine's totals (the platform cost is not one candidate's)
            ss.write_number(r, 1, scen.monthly, money)
            ss.write_number(r, 2, scen.tco, money)
            ss.write(r, 4, t("xl_pooled"), note)
        else:
            ss.write_formula(r, 1, "=" + ("+".join(p["monthly"] for p in picked) or "0"), money, scen.monthly)
            ss.write_formula(r, 2, "=" + ("+".join(p["tco"] for p in picked) or "0"), money, scen.tco)
            notes = [t("sc_unserved", n=len(scen.unserved))] if scen.unserved else []
            if scen.name == assessment.recommended_scenario:
                notes.insert(0, t("sc_chosen"))
            ss.write(r, 4, "; ".join(notes))
        if picked and not scen.platforms and len(picked) == len(scen.choices):
            ss.write_formula(r, 3, "=" + "+".join(p["capex"] for p in picked), money, scen.capex)
        else:
            ss.write_number(r, 3, scen.capex, money)
    wb.close()
    return buffer.getvalue()


_INPUT = {"bg_color": "#FFF2CC"}  # yellow: an input the controller may change


def mig_value(portfolio: Portfolio, self_hosted: bool) -> float:
    a = portfolio.assumptions
    return a.migration_cost_self_hosted if self_hosted else a.migration_cost_api

"""The assumptions: organisation profile, cost assumptions and question weights."""

from __future__ import annotations

from ..document import Report
from ..markup import e as _e


def render(rep: Report, number: str) -> list:
    t, o, a, w = rep.t, rep.p.organisation, rep.p.assumptions, rep.p.weights
    story: list = [rep.heading(number, t("sec_assumptions"), 0), rep.P(_e(t("assumptions_intro")))]
    org = [
        (t("org_name"), _e(o.name)),
        (t("org_country"), _e(o.country)),
        (t("org_currency"), _e(o.currency)),
        (t("org_usd"), _e(t("org_usd_value", currency=o.currency, rate=t.num(o.usd_per_unit, 2)))),
        (t("org_electricity"), _e(t("org_electricity_value", price=t.money(o.electricity_per_kwh, o.currency, 2)))),
        (t("org_pue"), _e(t.num(o.pue, 2))),
        (t("org_staff"), _e(t.money(o.staff_cost_per_fte_year, o.currency))),
        (t("org_team"), _e(t("fte", n=t.num(o.team_fte, 1)))),
        (t("org_colocation"), _e(t.money(o.colocation_per_kw_month, o.currency))),
        (t("org_mau"), _e(t.num(o.group_mau))),
        (t("org_revenue"), _e(t.num(o.group_monthly_revenue_usd))),
    ]
    story += [rep.P(_e(t("org_profile")), "h3"), rep.kv_table(org, 0.45)]
    fmt = {
        "horizon_months": t("months", n=a.horizon_months),
        "amortisation_months": t("months", n=a.amortisation_months),
        "residual_share": t.pct(a.residual_share),
        "maintenance_share_per_year": t.pct(a.maintenance_share_per_year, 1),
        "server_cost": t.money(a.server_cost, "USD"),
        "server_w": t("watts", n=t.num(a.server_w)),
        "gpus_per_server": t.num(a.gpus_per_server),
        "utilisation": t.pct(a.utilisation),
        "ops_fte_self_hosted": t("fte", n=t.num(a.ops_fte_self_hosted, 2)),
        "ops_fte_api": t("fte", n=t.num(a.ops_fte_api, 2)),
        "model_switch_months": t("months", n=a.model_switch_months),
        "migration_cost_self_hosted": rep.money(a.migration_cost_self_hosted),
        "migration_cost_api": rep.money(a.migration_cost_api),
        "sensitivity_pct": "±" + t.pct(a.sensitivity_pct / 100),
    }
    story += [rep.P(_e(t("cost_assumptions")), "h3"),
              rep.kv_table([(t(f"a_{k}"), _e(v)) for k, v in fmt.items()], 0.45)]
    weights = [(t("question_n", n=i, topic=t(f"q{i}")), _e(t.num(v, 1)))
               for i, v in enumerate((w.license, w.hardware, w.use_case, w.support, w.cost), start=1)]
    story += [rep.P(_e(t("question_weights")), "h3"), rep.kv_table(weights, 0.45),
              rep.P(_e(t("assumption_notes")), "note")]
    return story

"""The executive summary: the recommended mix, key figures and top risks."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from .. import charts
from ..document import Report
from ..markup import e as _e
from ..styles import FONT, INK, LIGHT
from . import checklist

MIX_CHART_ROWS = 15


def render(rep: Report, number: str) -> list:
    t, a = rep.t, rep.a
    story: list = [rep.heading(number, t("sec_summary"), 0)]
    kinds = {"self-hosted": 0, "api": 0}
    for ua in a.use_cases:
        ca = rep.chosen(ua)
        if ca is not None:
            kinds[ca.candidate.kind] += 1
    story.append(rep.P(_e(t("summary_intro", n=len(a.use_cases), monthly=rep.money(a.total_monthly),
                               tco=rep.money(a.total_tco), months=a.horizon_months))
                        + " " + _e(t("summary_split", self_hosted=kinds["self-hosted"], api=kinds["api"]))))
    n_obl = len(checklist.items(rep)["all"])
    kpis = [(rep.money(a.total_monthly), t("kpi_monthly")),
            (rep.money(a.total_tco), t("kpi_tco", months=a.horizon_months)),
            (str(len(a.use_cases)), t("kpi_use_cases")),
            (str(n_obl), t("kpi_obligations"))]
    cells = [[Paragraph(_e(v), rep.s["kpi_value"]) for v, _ in kpis],
             [Paragraph(_e(lbl), rep.s["kpi_label"]) for _, lbl in kpis]]
    kpi = Table(cells, colWidths=[rep.text_w / 4] * 4, hAlign="LEFT")
    kpi.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 8),
        ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
        ("LINEBEFORE", (1, 0), (-1, -1), 2, colors.white),
        ("TOPPADDING", (0, 0), (-1, 0), 8), ("BOTTOMPADDING", (0, 1), (-1, 1), 8),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
    ]))
    story += [Spacer(1, 4), kpi, Spacer(1, 6)]
    story.append(rep.P(_e(t("recommended_mix")), "h3"))
    rows = [[_e(t("col_use_case")), _e(t("col_recommendation")), _e(t("col_kind")), _e(t("col_monthly")),
             _e(t("col_share")), _e(t("col_tco", months=a.horizon_months))]]
    chart_items = []
    for ua, mix in zip(a.use_cases, a.mix, strict=False):
        ca = rep.chosen(ua)
        if ca is None:
            rows.append([_e(ua.name), f"<i>{_e(t('none_qualifies'))}</i>", "—", "—", "—", "—"])
            continue
        rows.append([_e(ua.name), _e(rep.label(ca)), _e(t(f"kind_{ca.candidate.kind}")),
                     _e(rep.money(mix.monthly)), _e(t.pct(mix.share)), _e(rep.money(ca.cost.tco_total))])
        chart_items.append((ua.name, mix.monthly, ca.candidate.kind))
    rows.append([f"<b>{_e(t('total'))}</b>", "", "", f"<b>{_e(rep.money(a.total_monthly))}</b>",
                 f"<b>{_e(t.pct(1.0 if a.total_monthly else 0))}</b>", f"<b>{_e(rep.money(a.total_tco))}</b>"])
    story.append(rep.table(rows, [0.26, 0.29, 0.11, 0.12, 0.09, 0.13], align_right_from=3,
                            extra=[("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
                                   ("BACKGROUND", (0, -1), (-1, -1), colors.white)]))
    if len(chart_items) > MIX_CHART_ROWS:
        chart_items.sort(key=lambda i: -i[1])
        rest = chart_items[MIX_CHART_ROWS - 1:]
        chart_items = chart_items[:MIX_CHART_ROWS - 1] + [
            (t("mix_others", n=len(rest)), sum(i[1] for i in rest), "mixed")]
    if chart_items:
        story.append(Spacer(1, 8))
        story.append(KeepTogether([rep.P(_e(t("chart_mix_title")), "h3k"),
                                   charts.mix_chart(chart_items, rep.cur, t, rep.text_w)]))
    story += risk_register(rep)
    return story


# Mitigation and owner by the engine's risk kind (message id): this report's advice, not a judgement.
MITIGATION = {"deprecation": ("mit_deprecation", "owner_it"), "stale_price": ("mit_stale_price", "owner_cfo"),
              "unpriced_hardware": ("mit_unpriced_hardware", "owner_cfo"),
              "data_to_api": ("mit_data_to_api", "owner_legal"), "quality_gap": ("mit_quality", "owner_uc"),
              "no_evaluation": ("mit_quality", "owner_uc"), "latency": ("mit_latency", "owner_it"),
              "latency_unknown": ("mit_latency", "owner_it"), "unserved": ("mit_unserved", "owner_uc"),
              "pinned_excluded": ("mit_unserved", "owner_uc"), "close_call": ("mit_close_call", "owner_md"),
              "near_break_even": ("mit_near_break_even", "owner_cfo")}


def mitigation(kind: str) -> tuple[str, str]:
    if kind.startswith("license_"):
        return "mit_license", "owner_legal"
    return MITIGATION.get(kind, ("mit_other", "owner_uc"))


def risk_register(rep: Report) -> list:
    """The engine's risk register for the recommended options, most severe first."""
    from .memo import top_risks  # noqa: PLC0415 - one order for the memo and the register

    t = rep.t
    story: list = [rep.P(_e(t("risk_register")), "h3"), rep.P(_e(t("risk_register_intro")), "small")]
    risks, seen = [], set()
    for r in top_risks(rep):
        text = rep.risk_text(r)
        if text not in seen:
            seen.add(text)
            risks.append((r, text))
    if not risks:
        return [*story, rep.P(_e(t("no_risks")))]
    rows = [[_e(t("col_risk")), _e(t("col_severity")), _e(t("col_mitigation")), _e(t("col_owner"))]]
    for r, text in risks:
        mit, owner = mitigation(r.kind)
        sev = t(f"sev_{r.severity}")
        rows.append([_e(text), f"<b>{_e(sev)}</b>" if r.severity == "high" else _e(sev), _e(t(mit)), _e(t(owner))])
    story.append(rep.table(rows, [0.42, 0.11, 0.28, 0.19]))
    return story

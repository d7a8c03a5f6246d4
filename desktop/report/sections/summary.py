"""The executive summary: the recommended mix, key figures and top risks."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from .. import charts
from ..document import Report
from ..flowables import Paragraph
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
    chart_items: list[tuple[str, float, str]] = []
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
    story += shared_platforms(rep)
    story += risk_register(rep)
    return story


def shared_platforms(rep: Report) -> list:
    """The platforms the assessment pools use cases on, with the pooled break-even (the engine's figures)."""
    t, a = rep.t, rep.a
    if not a.platforms:
        return []
    names = {ua.use_case: ua.name for ua in a.use_cases}
    rows = [[_e(t("col_platform")), _e(t("col_pooled_use_cases")), _e(t("col_monthly")), _e(t("col_capex")),
             _e(t("col_pooled_break_even"))]]
    for p in a.platforms:
        be = (t("break_even_at", tokens=t.tokens(p.break_even_tokens_per_month)) if p.break_even_tokens_per_month
              else t("break_even_never"))
        rows.append([_e(f"{p.name} ({p.gpus}× {p.accelerator})"),
                     _e(", ".join(names.get(m.use_case, m.use_case) for m in p.members)),
                     _e(rep.money(p.monthly_total)), _e(rep.money(p.capex)) if p.capex else "—",
                     _e(be) + "<br/>" + _e(t("pooled_today", tokens=t.tokens(p.tokens_per_month)))])
    return [rep.P(_e(t("shared_platforms")), "h3"), rep.P(_e(t("shared_platforms_intro")), "small"),
            rep.table(rows, [0.24, 0.3, 0.13, 0.13, 0.2], align_right_from=2)]


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
    rows = [[_e(t("col_risk")), _e(t("col_likelihood")), _e(t("col_impact")), _e(t("col_mitigation")),
             _e(t("col_owner"))]]
    for r, text in risks:  # likelihood, impact, mitigation and owner are the engine's register
        mit = f"mit_{r.mitigation}" if t.has(f"mit_{r.mitigation}") else "mit_other"
        owner = f"owner_{r.owner}" if t.has(f"owner_{r.owner}") else "owner_uc"
        cells = [t(f"sev_{r.likelihood}"), t(f"sev_{r.impact}")]
        rows.append([_e(text), *(f"<b>{_e(c)}</b>" if lvl == "high" else _e(c)
                                 for c, lvl in zip(cells, (r.likelihood, r.impact), strict=True)),
                     _e(t(mit)), _e(t(owner))])
    story.append(rep.table(rows, [0.36, 0.11, 0.1, 0.26, 0.17]))
    return story

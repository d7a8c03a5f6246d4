"""Sensitivity: the engine's Monte Carlo band and tornado per recommended option."""

from __future__ import annotations

from reportlab.platypus import KeepTogether

from desktop.engine.curves import ASSUMPTIONS, MC_DRAWS
from desktop.engine.curves import sensitivity as engine_sensitivity

from .. import charts
from ..document import Report
from ..markup import e as _e


def render(rep: Report, number: str) -> list:
    t = rep.t
    pct = rep.p.assumptions.sensitivity_pct
    story: list = [rep.heading(number, t("sec_sensitivity"), 0),
                   rep.P(_e(t("sens_intro", pct=t.pct(pct / 100), draws=t.num(MC_DRAWS))))]
    rows = [[_e(t("col_use_case")), _e(t("col_recommendation")), _e(t("col_base")), _e(t("col_p5")),
             _e(t("col_p50")), _e(t("col_p95"))]]
    tornados = []
    for ua in rep.a.use_cases:
        uc, ca = rep.ucs.get(ua.use_case), rep.chosen(ua)
        if uc is None or ca is None:
            continue
        sens = engine_sensitivity(rep.p, rep.cat, rep.a, ua.use_case, ca.candidate.id, draws=MC_DRAWS)
        if sens.band is None:
            continue
        band = sens.band
        rows.append([_e(ua.name), _e(rep.label(ca)), _e(rep.money(ca.cost.monthly_total)),
                     _e(rep.money(band.p5)), _e(rep.money(band.p50)), _e(rep.money(band.p95))])
        if ca.candidate.kind == "self-hosted" and sens.tornado is not None:
            tornados.append((ua, uc, ca, sens.tornado, rep.reference_api(ua)))
    story += [rep.P(_e(t("mc_title")), "h3"),
              rep.table(rows, [0.27, 0.29, 0.11, 0.11, 0.11, 0.11], align_right_from=2)]
    if not tornados:
        story.append(rep.P(_e(t("no_self_hosted_rec")), "note"))
    for ua, uc, ca, tor, ref in tornados:
        bars = [(t(f"as_{b.assumption}") if t.has(f"as_{b.assumption}") else ASSUMPTIONS.get(b.assumption, b.assumption),
                 b.low_monthly, b.high_monthly) for b in tor.bars]
        block = [rep.P(_e(t("tornado_title", uc=ua.name, label=rep.label(ca))), "h3k"),
                 charts.tornado_chart(bars, tor.base_monthly, rep.cur, t, rep.text_w, tor.spread_pct),
                 rep.P(_e(t("tornado_note", pct=t.pct(tor.spread_pct / 100), base=rep.money(tor.base_monthly))),
                        "note")]
        if ca.cost.break_even_tokens_per_month and ref is not None:
            block.append(rep.P(_e(t("tornado_break_even", api=ref.id,
                                     tokens=t.tokens(ca.cost.break_even_tokens_per_month),
                                     today=t.tokens(uc.workload.tokens_per_month))), "small"))
        story.append(KeepTogether(block))
    return story

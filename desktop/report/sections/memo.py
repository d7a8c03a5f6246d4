"""Page 1: the decision memo for a managing director, a CFO and legal counsel.

The decision asked for, the recommendation per use case in one plain sentence with the engine's deciding
reason, the upfront investment, the monthly cost by kind and the cash out by year, the engine's scenario
comparison, the top risks of the recommendation, next steps with owners, and the VAT and exchange-rate basis.
Every figure is a field of the assessment; nothing is computed here.
"""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import KeepInFrame, Spacer, Table, TableStyle

from desktop.engine.ai_act import DutyFinding
from desktop.engine.result import CandidateAssessment, UseCaseAssessment
from desktop.i18n.messages import candidate_label

from ..document import Report
from ..flowables import Paragraph
from ..markup import e as _e
from ..markup import short_model
from ..styles import FONT, INK, LIGHT, MARGIN_BOTTOM, MARGIN_TOP
from .checklist import dp_article

MEMO_ROWS = 6  # use cases listed on page 1; more point to section 1
MEMO_RISKS = 3
SEVERITY = {"high": 0, "medium": 1, "low": 2}
# The cost kinds in the order a CFO reads them; the engine's CostBreakdown fields.
COST_KINDS = ("api", "hardware", "maintenance", "power", "colocation", "staff", "migration")
ALWAYS = {"api", "hardware", "power", "staff", "migration"}


def plain_recommendation(rep: Report, ua: UseCaseAssessment) -> str:
    """The recommendation as one sentence in the report's language, from the candidate's fields."""
    t, ca = rep.t, ua.chosen
    if ca is None:
        return t("plain_none")
    c = ca.candidate
    if c.kind == "api":
        api = rep.cat.api(c.api)
        text = t("plain_api", vendor=api.vendor if api else c.api, api=c.api)
    elif ua.pooled_on:
        platform = next((p for p in rep.a.platforms if p.id == ua.pooled_on), None)
        text = t("plain_self_hosted_platform", model=short_model(c.model),
                 platform=platform.name if platform else ua.pooled_on)
    else:
        text = t("plain_self_hosted", model=short_model(c.model), gpus=c.gpus, accelerator=c.accelerator,
                 acquisition=t(f"acq_{c.acquisition}") if t.has(f"acq_{c.acquisition}") else c.acquisition)
    return text + (" " + t("plain_pinned") if ua.pinned else "")


def top_risks(rep: Report) -> list:
    """The engine's risks of the recommended options, most severe first (the engine's order within a severity)."""
    risks = [r for r in rep.a.risks if r.recommended]
    return sorted(risks, key=lambda r: SEVERITY.get(r.severity, 3))


def _grid(rep: Report, rows: list[list], widths: list[float], right_from: int, total_row: bool = False,
          width: float | None = None, head: bool = True, left: tuple = ()) -> Table:
    """A compact table: 7.5 pt cells, header in the accent colour, numbers right-aligned."""
    width = width or rep.text_w
    cells = []
    for r, row in enumerate(rows):
        out = []
        for c, cell in enumerate(row):
            if head and r == 0:
                style = "memo_head_right" if c >= right_from and c not in left else "memo_head"
            else:
                style = "memo_right" if c >= right_from and c not in left else "memo_cell"
            out.append(cell if not isinstance(cell, str) else Paragraph(cell, memo_styles(rep)[style]))
        cells.append(out)
    tbl = Table(cells, colWidths=[w / sum(widths) * width for w in widths], repeatRows=1 if head else 0,
                hAlign="LEFT")
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("FONT", (0, 0), (-1, -1), FONT, 7.5)]
    if head:
        cmds += [("BACKGROUND", (0, 0), (-1, 0), INK)]
    if total_row:
        cmds += [("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)]
    tbl.setStyle(TableStyle(cmds))
    return tbl


def memo_styles(rep: Report) -> dict:
    if rep._memo_styles is None:
        s = rep.s
        cell = s["cell"].clone("memo_cell", fontSize=7.5, leading=8.9)
        rep._memo_styles = {
            "memo_cell": cell,
            "memo_right": cell.clone("memo_right", alignment=2),
            "memo_head": s["cell_head"].clone("memo_head", fontSize=7.5, leading=9.2),
            "memo_head_right": s["cell_head"].clone("memo_head_right", fontSize=7.5, leading=9.2, alignment=2),
            "memo_h": s["h3"].clone("memo_h", fontSize=9.5, leading=12, spaceBefore=5, spaceAfter=2),
            "memo_body": s["body"].clone("memo_body", fontSize=8.5, leading=11, spaceAfter=2),
            "memo_reason": cell.clone("memo_reason", fontSize=6.8, leading=8.2),
            "memo_small": s["small"].clone("memo_small", fontSize=7, leading=8.8, spaceAfter=1),
            "memo_title": s["h1"].clone("memo_title", fontSize=15, leading=18, spaceAfter=1),
        }
    return rep._memo_styles


def render(rep: Report) -> list:
    """The memo, shrunk as a whole if need be so that it stays on page 1 (Letter is shorter than A4)."""
    height = rep.page_h - MARGIN_TOP - MARGIN_BOTTOM - 2
    return [KeepInFrame(rep.text_w, height, memo(rep), mode="shrink", name="memo")]


def memo(rep: Report) -> list:
    t, a, st = rep.t, rep.a, memo_styles(rep)
    story: list = [Paragraph(_e(t("memo_title")), st["memo_title"])]
    meta = t("memo_meta", portfolio=rep.p.name, client=rep.p.organisation.name, date=t.date(rep.today))
    meta = f"{_e(meta)} · <b>{_e(t('unsigned_draft'))}</b>" if rep.signer is None else _e(meta)
    kb = (_e(t("kb_version")) + ": " + _e(rep.info.get("version", a.knowledge_base_version)) + " · "
          + _e(t("kb_range")) + ": " + _e(t("kb_range_value", oldest=t.iso_date(rep.info.get("oldest_as_of")),
                                              newest=t.iso_date(rep.info.get("newest_as_of")))))
    story.append(Paragraph(f"{meta}<br/>{kb}", st["memo_small"]))
    if rep.signer is not None:
        story.append(Paragraph(f"{_e(t('signed_by'))}: {_e(rep.signer.name)}, {_e(rep.signer.organisation)} · "
                               f"{_e(t('fingerprint'))}:<br/>{_e(rep.signer.fingerprint_sha256.upper())}",
                               st["memo_small"]))

    # -- the decision ------------------------------------------------------------------------------
    story.append(Paragraph(_e(t("memo_decision")), st["memo_h"]))
    key = "memo_decision_text_n1" if len(a.use_cases) == 1 else "memo_decision_text"
    story.append(Paragraph(_e(t(key, n=len(a.use_cases), capex=rep.money(a.total_capex),
                                monthly=rep.money(a.total_monthly), tco=rep.money(a.total_tco),
                                months=a.horizon_months)), st["memo_body"]))

    # -- recommendation per use case ---------------------------------------------------------------
    story.append(Paragraph(_e(t("memo_recommendations")), st["memo_h"]))
    why = t("memo_col_why_en")
    rows = [[_e(t("col_use_case")), _e(t("col_recommendation")), _e(why), _e(t("col_monthly"))]]
    mix = {m.use_case: m for m in a.mix}
    for ua in a.use_cases[:MEMO_ROWS]:
        reason = rep.words(ua.reason_messages[0]) if ua.reason_messages else rep.words(ua.summary_message)
        monthly = mix[ua.use_case].monthly if ua.use_case in mix and ua.chosen is not None else None
        rows.append([f"<b>{_e(ua.name)}</b>", _e(plain_recommendation(rep, ua)),
                     Paragraph(_e(reason), st["memo_reason"]),
                     _e(rep.money(monthly)) if monthly is not None else "—"])
    story.append(_grid(rep, rows, [0.22, 0.27, 0.395, 0.115], right_from=3))
    if len(a.use_cases) > MEMO_ROWS:
        story.append(Paragraph(_e(t("memo_more_use_cases", n=len(a.use_cases) - MEMO_ROWS)), st["memo_small"]))

    # -- what it costs: by kind | key figures ------------------------------------------------------
    story.append(Spacer(1, 5))
    b = a.monthly_breakdown
    split = [[_e(t("cost_split")), _e(t("col_monthly"))]]
    for kind in COST_KINDS:
        value = getattr(b, kind)
        if kind in ALWAYS or value:
            split.append([_e(t(f"cb_{kind}")), _e(rep.money(value))])
    split.append([f"<b>{_e(t('total'))}</b>", f"<b>{_e(rep.money(a.total_monthly))}</b>"])
    figures = [[_e(t("key_figures")), ""],
               [_e(t("kf_capex")), f"<b>{_e(rep.money(a.total_capex))}</b>"],
               [_e(t("kf_monthly")), _e(rep.money(a.total_monthly))],
               [_e(t("kf_tco", months=a.horizon_months)), f"<b>{_e(rep.money(a.total_tco))}</b>"]]
    for i, cash in enumerate(a.cash_out_by_year, start=1):
        figures.append([_e(t("kf_year", n=i)), _e(rep.money(cash))])
    half = (rep.text_w - 12) / 2
    pair = Table([[_grid(rep, split, [0.68, 0.32], 1, total_row=True, width=half),
                   _grid(rep, figures, [0.68, 0.32], 1, width=half)]],
                 colWidths=[half + 12, half], hAlign="LEFT")
    pair.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 7.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    story.append(pair)

    # -- scenarios -----------------------------------------------------------------------------------
    if a.scenarios:
        story.append(Paragraph(_e(t("memo_scenarios")), st["memo_h"]))
        rows = [[_e(t("col_scenario")), _e(t("col_monthly")), _e(t("col_tco", months=a.horizon_months)),
                 _e(t("col_upfront")), _e(t("col_note"))]]
        chosen_row = None
        for sc in a.scenarios:
            notes = []
            if sc.name == a.recommended_scenario:
                notes.append(t("sc_chosen"))
                chosen_row = len(rows)
            if sc.unserved:
                notes.append(t("sc_unserved", n=len(sc.unserved)))
            if sc.platforms:
                notes.append(t("sc_pooled", n=len(sc.platforms)))
            title = t(f"sc_{sc.name}") if t.has(f"sc_{sc.name}") else sc.title
            rows.append([_e(title), _e(rep.money(sc.monthly)), _e(rep.money(sc.tco)), _e(rep.money(sc.capex)),
                         _e("; ".join(notes))])
        tbl = _grid(rep, rows, [0.25, 0.14, 0.14, 0.14, 0.33], right_from=1, left=(4,))
        if chosen_row is not None:
            tbl.setStyle(TableStyle([("BACKGROUND", (0, chosen_row), (-1, chosen_row), LIGHT)]))
        story.append(tbl)

    # -- top risks -----------------------------------------------------------------------------------
    risks = top_risks(rep)
    story.append(Paragraph(_e(t("memo_risks")), st["memo_h"]))
    if risks:
        texts = list(dict.fromkeys(rep.risk_text(r) for r in risks))
        for text in texts[:MEMO_RISKS]:
            story.append(Paragraph(_e(text), st["memo_small"].clone("memo_bullet", leftIndent=9, bulletIndent=0,
                                                                   textColor=INK), bulletText="•"))
        if len(texts) > MEMO_RISKS:
            story.append(Paragraph(_e(t("memo_more_risks", n=len(texts) - MEMO_RISKS)), st["memo_small"]))
    else:
        story.append(Paragraph(_e(t("no_risks")), st["memo_small"]))

    # -- next steps ----------------------------------------------------------------------------------
    story.append(Paragraph(_e(t("memo_next")), st["memo_h"]))
    rows = [[_e(t("col_step")), _e(t("col_owner")), _e(t("col_by"))]]
    for step, owner, by in next_steps(rep):
        rows.append([_e(step), _e(owner), _e(by)])
    story.append(_grid(rep, rows, [0.6, 0.19, 0.21], right_from=9))
    story.append(Spacer(1, 4))
    o = rep.p.organisation
    when = t.iso_date(a.assessed_on) or t.date(rep.today)
    basis = (t("memo_vat_dated", currency=a.currency, rate=t.num(o.usd_per_unit, 2), rate_date=t.date(o.rate_as_of),
               date=when) if o.rate_as_of else
             t("memo_vat", currency=a.currency, rate=t.num(o.usd_per_unit, 2), date=when))
    story.append(Paragraph(_e(basis), st["memo_small"]))
    return story


def next_steps(rep: Report) -> list[tuple[str, str, str]]:
    """(step, owner, by) from what the assessment found: the approval, the hardware to order, the DPAs the
    contract verdicts require, the vendor retirements with their dates, evaluations still missing, and the
    AI Act duties that apply (with the date they apply from)."""
    t, a = rep.t, rep.a
    steps = [(t("ns_approve"), t("owner_md"), t("by_now"))]
    if a.total_capex:
        steps.append((t("ns_order", capex=rep.money(a.total_capex)), t("owner_cfo"), t("by_after_approval")))
    dpas: dict[str, tuple] = {}
    laws: dict[str, None] = {}  # the law that asks for the agreement: the organisation's own (FADP, GDPR)
    for ua in a.use_cases:
        ca: CandidateAssessment | None = ua.chosen
        if ca is None:
            continue
        what = ca.candidate.api or ca.cloud or candidate_label(ca.candidate, t.lang)
        own = [f for f in (ua.data_protection.duties if ua.data_protection else []) if f.topic == "processor_contract"]
        for finding in own:
            laws.setdefault(dp_article(rep, finding))
            dpas.setdefault(what, (str(finding.message.params.get("vendor") or t("dp_provider")), what))
        if own or ca.license is None:
            continue
        for o in ca.license.obligations:  # no provision for the country: the contract's own DPA term
            if o.clause == "dpa" and ca.candidate.api:
                api = rep.cat.api(ca.candidate.api)
                laws.setdefault(t("gdpr_art28"))
                dpas.setdefault(ca.candidate.api, (api.vendor if api else ca.candidate.api, ca.candidate.api))
    if dpas:
        steps.append((t("ns_dpa", law="; ".join(laws), vendor=t.join([f"{v} ({what})" for v, what in dpas.values()])),
                      t("owner_legal"), t("by_before_data")))
    retiring = {str(r.params.get("api", r.subject)): str(r.params["date"]) for r in top_risks(rep)
                if r.kind == "deprecation" and "date" in r.params}
    if retiring:
        first = min(retiring.values())
        steps.append((t("ns_switch", api=t.join([f"{api} ({t.iso_date(day)})" for api, day in retiring.items()])),
                      t("owner_it"), t.iso_date(first)))
    unevaluated = list(dict.fromkeys(ua.name for ua in a.use_cases
                                     for r in a.risks if r.recommended and r.kind == "no_evaluation"
                                     and r.use_case == ua.use_case))
    if unevaluated:
        what = t("ns_evaluate", ucs=t.join(unevaluated)) if len(unevaluated) <= 2 else t("ns_evaluate_n",
                                                                                        n=len(unevaluated))
        steps.append((what, t("owner_uc"), t("by_before_go_live")))
    duties: dict[str, DutyFinding] = {}
    for ua in a.use_cases:
        for d in (ua.ai_act.duties if ua.ai_act else []):
            if d.certainty == "yes":
                duties.setdefault(d.id, d)
    from .ai_act import ai_title  # noqa: PLC0415 - sibling section, imported where used

    by_date: dict[dt.date | None, list] = {}
    for d in sorted(duties.values(), key=lambda d: (d.applies_from.date if d.applies_from else rep.today, d.id)):
        by_date.setdefault(d.applies_from.date if d.applies_from else None, []).append(d)
    for when, group in by_date.items():
        by = (t("by_in_force", date=t.date(when)) if when and when <= rep.today else
              t.date(when) if when else t("by_before_go_live"))
        what = "; ".join(f"{d.article} ({ai_title(rep, d)})" for d in group)
        steps.append((t("ns_ai_act", duties=what), t("owner_compliance"), by))
    return steps

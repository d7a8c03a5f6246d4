"""One section per use case: requirements, candidates compared, license verdicts, memory fit, cost
and break-even, and the recommendation by the five questions, as the engine decided them."""

from __future__ import annotations

from reportlab.platypus import KeepTogether, Spacer

from desktop.domain.portfolio import UseCase
from desktop.engine.curves import cost_picture
from desktop.engine.result import CandidateAssessment, UseCaseAssessment

from .. import charts
from ..document import Report
from ..flowables import Paragraph
from ..markup import e as _e
from ..markup import link as _link
from ..markup import link_text as _link_text
from ..styles import INK, LIGHT


def render(rep: Report, number: str, ua: UseCaseAssessment, first: bool, section_number: str) -> list:
    t = rep.t
    uc = rep.ucs.get(ua.use_case)
    story: list = []
    if first:
        story.append(rep.heading(section_number, t("sec_use_cases"), 0))
    story.append(rep.heading(number, ua.name, 1))
    if uc is not None and uc.description:
        story.append(rep.P(_e(uc.description)))
    if uc is not None:
        story += requirements(rep, uc)
    story += candidates_table(rep, ua, uc)
    story += license_section(rep, ua)
    story += memory_section(rep, ua)
    if uc is not None:
        story += cost_section(rep, ua, uc)
    story += recommendation_section(rep, ua, uc)
    return story


def requirements(rep: Report, uc: UseCase) -> list:
    t, w, u = rep.t, uc.workload, uc.usage
    load = t("tokens_in_out", inp=t.tokens(w.input_tokens_per_month), out=t.tokens(w.output_tokens_per_month))
    if w.cached_input_share:
        load += f"; {t('cached_share', pct=t.pct(w.cached_input_share))}"
    targets = []
    if w.latency_target_ms:
        targets.append(t("ttft_target", ms=t.num(w.latency_target_ms)))
    if w.min_tokens_per_s:
        targets.append(t("tps_target", tps=t.num(w.min_tokens_per_s)))
    sens = t(f"sens_{uc.data_sensitivity}") + (f" ({t('in_house')})" if uc.must_stay_in_house else "")
    ctx = [t("ctx_country", country=u.licensee_country),
           t("ctx_commercial") if u.commercial else t("ctx_non_commercial"),
           t("ctx_customer_facing") if u.customer_facing else t("ctx_internal"),
           t("ctx_third_party") if u.deployment == "third-party-service" else t("ctx_self_hosted")]
    if u.hosted_service:
        ctx.append(t("ctx_hosted_service"))
    if u.product_mau:
        ctx.append(t("ctx_mau", mau=t.num(u.product_mau)))
    if u.fine_tune:
        ctx.append(t("ctx_fine_tune"))
    if u.redistribute_weights:
        ctx.append(t("ctx_redistribute"))
    if u.train_other_models:
        ctx.append(t("ctx_train_other"))
    if u.multimodal:
        ctx.append(t("ctx_multimodal"))
    if u.uses:
        ctx.append(t("ctx_uses", uses=", ".join(t.enum("use", x) for x in u.uses)))
    pairs = [
        (t("workload"), _e(load)),
        (t("peak"), _e(t.num(w.peak_concurrency))),
        (t("context"), _e(t("context_value", context=t.num(w.context_length), prompt=t.num(w.prompt_tokens)))),
        (t("targets"), _e("; ".join(targets) if targets else t("no_targets"))),
        (t("sensitivity"), _e(sens)),
        (t("quality_need"), _e(t(f"qn_{uc.quality_need}"))
         + (f" — {_e(t('needs'))}: {_e(', '.join(t.enum('need', n) for n in uc.needs))}" if uc.needs else "")),
        (t("usage_context"), _e("; ".join(ctx))),
    ]
    return [KeepTogether([rep.P(_e(t("requirements")), "h3k"), rep.kv_table(pairs, 0.27)])]


def candidates_table(rep: Report, ua: UseCaseAssessment, uc: UseCase | None) -> list:
    t = rep.t
    w = rep.p.weights
    head = [_e(t("col_candidate"))] + [_e(t("q_short", n=i)) for i in range(1, 6)] + \
           [_e(t("col_rules")), _e(t("col_score")), _e(t("col_monthly"))]
    rows = [head]
    notes = []
    bold_rows = []
    for ca in ua.candidates:
        subs = {s.question: s.score for s in ca.score.subscores}
        bonus = ca.score.rule_points
        star = "★ " if ca.candidate.id == ua.recommended else ""
        if ca.candidate.id == ua.recommended:
            bold_rows.append(len(rows))
        score = "✗ " + _e(t("excluded_short")) if ca.score.excluded else t.num(ca.score.total, 1)
        rows.append([f"{star}{_e(rep.label(ca))}"] + [t.num(subs[q]) if q in subs else "—" for q in range(1, 6)]
                    + [f"+{t.num(bonus)}" if bonus else "—", score, _e(rep.money(ca.cost.monthly_total))])
        if ca.score.excluded:
            notes.append(t("excluded_because", label=rep.label(ca), reasons="; ".join(exclusions(rep, ca))))
    weights = " / ".join(t.num(x, 1) for x in (w.license, w.hardware, w.use_case, w.support, w.cost))
    for r in bold_rows:
        rows[r] = [f"<b>{cell}</b>" for cell in rows[r]]
    tbl = rep.table(rows, [0.33, 0.055, 0.055, 0.055, 0.055, 0.055, 0.09, 0.12, 0.185], align_right_from=1,
                     extra=[("BACKGROUND", (0, r), (-1, r), LIGHT) for r in bold_rows])
    legend = ", ".join(f"{t('q_short', n=i)} {t(f'q{i}')}" for i in range(1, 6))
    story = rep.keep(_e(t("candidates_compared")), tbl,
                      rep.P(_e(t("scores_note", weights=weights, legend=legend)), "note"), rows=len(rows))
    story += [rep.P(_e(n), "note") for n in notes]
    return story


def exclusions(rep: Report, ca: CandidateAssessment) -> list[str]:
    """The engine's exclusions, each with the question that answered it."""
    out = []
    for e in ca.score.exclusions:
        text = rep.messages.exclusion(e)
        where = rep.t("ex_rule_q") if e.question == "rule" else rep.t("question_n", n=e.question,
                                                                       topic=rep.t(f"q{e.question}"))
        out.append(f"{text} ({where})")
    return out or [rep.t("excluded")]


def license_section(rep: Report, ua: UseCaseAssessment) -> list:
    t = rep.t
    story: list = [rep.P(_e(t("license_verdicts")), "h3")]
    groups: dict[tuple, list[CandidateAssessment]] = {}
    for ca in ua.candidates:
        lic = ca.license
        key: tuple
        if lic is None:
            key = ("api", ca.candidate.api)
        else:
            d = lic.deciding_reason
            key = ("lic", lic.license, lic.verdict.value, d.clause if d else "", d.summary if d else "",
                   tuple(o.id for o in lic.obligations))
        groups.setdefault(key, []).append(ca)
    marks = {"allowed": "✓", "allowed_with_obligations": "✓", "needs_review": "⚠", "blocked": "✗"}
    for key, members in groups.items():
        names = ", ".join(rep.label(c) for c in members)
        block: list = []
        if key[0] == "api":
            api = rep.cat.apis.get((members[0].candidate.api or "").lower())
            vendor = api.vendor if api else (members[0].candidate.api or "")
            url = api.source if api else ""
            block.append(rep.P(f"<b>{_e(names)}</b> — " + _link_text(t("vendor_terms", vendor=vendor, url="{url}"),
                                                                     url)))
            story.append(KeepTogether(block))
            continue
        lic = members[0].license
        assert lic is not None  # the group's key says it has a license answer
        verdict = t(f"verdict_{lic.verdict.value}")
        block.append(rep.P(f"{marks[lic.verdict.value]} <b>{_e(lic.license)}</b> — <b>{_e(verdict)}</b>"
                            f"<br/>{_e(t('lic_candidates', names=names))}"))
        d = lic.deciding_reason
        if d is not None:
            which = t("deciding_term", clause=d.clause) if d.kind == "ApiContract" else t("deciding_clause", clause=d.clause)
            text = f"{_e(which)}: {_e(d.summary)}"
            block.append(Paragraph(text, rep.s["body"].clone("lic_body", leftIndent=10, spaceAfter=1)))
            if d.quote:
                block.append(rep.P(f"“{_e(d.quote)}”", "quote"))
            block.append(Paragraph(f"{_e(t('source'))}: {_link(d.source)}",
                                   rep.s["small"].clone("lic_src", leftIndent=10, spaceAfter=1)))
        as_of = verdict_as_of(rep, members[0])
        if as_of:
            block.append(Paragraph(_e(as_of), rep.s["small"].clone("lic_asof", leftIndent=10, spaceAfter=3)))
        # the verdict with its deciding clause stays together; notes and obligations may run on
        story.append(KeepTogether(block))
        block = []
        for flag in lic.risk_flags:
            block.append(Paragraph(f"⚠ {_e(flag.summary)} <font color='#5A5A5A' size='7'>({_e(flag.clause)}; "
                                   f"{_link(flag.source)})</font>",
                                   rep.s["small"].clone("lic_flag", leftIndent=10, spaceAfter=2, textColor=INK)))
        if lic.obligations:
            block.append(Paragraph(f"<b>{_e(t('obligations'))}</b>", rep.s["body"].clone(
                "lic_ob", leftIndent=10, spaceAfter=1)))
            for o in lic.obligations:
                block.append(Paragraph(f"{_e(o.text)} <font color='#5A5A5A' size='7'>({_e(o.license)}, "
                                       f"{_e(o.clause)})</font>",
                                       rep.s["bullet"].clone("lic_ob_item", leftIndent=22, bulletIndent=12),
                                       bulletText="–"))
        else:
            none = t("no_obligations_but_terms") if lic.risk_flags else t("no_obligations")
            block.append(Paragraph(_e(none), rep.s["small"].clone("lic_none", leftIndent=10, spaceAfter=4)))
        story += block
    # the heading goes with the first verdict, never alone at the foot of a page
    if len(story) > 1 and isinstance(story[1], KeepTogether):
        story[:2] = [KeepTogether([rep.P(_e(t("license_verdicts")), "h3k"), *story[1]._content])]
    return story


def verdict_as_of(rep: Report, ca: CandidateAssessment) -> str:
    """'Knowledge base as of …' for the records a verdict rests on: the license texts of an open-weight
    model, the contract facts of an API (and the license of the open model it serves, if any)."""
    t, dates = rep.t, []
    c = ca.candidate
    if c.kind == "api":
        api = rep.cat.api(c.api)
        record = api.contract if api is not None and api.contract is not None else api
        if record is not None:
            dates.append((t("asof_contract", api=c.api), record.as_of, record.verification.value))
    for lid in ca.license.licenses if ca.license else []:
        lic = rep.cat.licenses.get(lid.lower())
        if lic is not None:
            dates.append((lid, lic.as_of, lic.verification.value))
    if not dates:
        return ""
    parts = [t("asof_item", what=what, date=day.isoformat(), level=t(f"ver_{level}")) for what, day, level in dates]
    return t("asof_line", items="; ".join(parts))


def memory_section(rep: Report, ua: UseCaseAssessment) -> list:
    t = rep.t
    title = _e(t("memory_speed"))
    rows = [[_e(t("col_candidate")), _e(t("col_memory")), _e(t("col_fits")), _e(t("col_concurrency")),
             _e(t("col_decode")), _e(t("col_ttft")), _e(t("col_replicas"))]]
    for ca in ua.candidates:
        sz = ca.sizing
        if sz is None:
            continue
        mem = f"{t.num(sz.memory.total_gb, 1)} / {t.num(sz.memory.usable_gb, 1)} GB"
        rows.append([_e(rep.label(ca)), _e(mem), _e(t("yes") if sz.fits else t("no")),
                     t.num(sz.max_concurrency_at_context), t.num(sz.decode_tokens_per_s, 1),
                     f"{t.num(sz.ttft_s, 2)} s", t.num(ca.cost.replicas)])
    if len(rows) == 1:
        return rep.keep(title, rep.P(_e(t("no_self_hosted"))))
    return rep.keep(title, rep.table(rows, [0.31, 0.17, 0.07, 0.1, 0.12, 0.1, 0.13], align_right_from=1),
                     rows=len(rows))


def cost_series(rep: Report, ua: UseCaseAssessment, uc: UseCase) -> tuple[list[charts.Series], float]:
    picture = cost_picture(rep.p, rep.cat, rep.a, ua.use_case)
    out = []
    for curve in picture.curves:
        ca = ua.candidate(curve.candidate)
        series = charts.Series(label=rep.label(ca) if ca else curve.label, kind=curve.kind, index=curve.index,
                               tokens=curve.tokens, monthly=curve.monthly, recommended=curve.recommended)
        series.break_even = curve.break_even
        out.append(series)
    return out, picture.volume


def cost_section(rep: Report, ua: UseCaseAssessment, uc: UseCase) -> list:
    t, a = rep.t, rep.a
    title = _e(t("cost_break_even"))
    rows = [[_e(t("col_candidate")), _e(t("col_monthly")), _e(t("col_per_mtok")),
             _e(t("col_tco", months=a.horizon_months)), _e(t("col_capex")), _e(t("col_break_even"))]]
    for ca in ua.candidates:
        c = ca.cost
        if ca.candidate.kind == "api":
            be = "—"
        elif c.break_even_tokens_per_month:
            be = t("break_even_at", tokens=t.tokens(c.break_even_tokens_per_month))
        else:
            be = t("break_even_never")
        rows.append([_e(rep.label(ca)), _e(rep.money(c.monthly_total)), _e(rep.money(c.cost_per_million_tokens, 2)),
                     _e(rep.money(c.tco_total)), _e(rep.money(c.capex)) if c.capex else "—", _e(be)])
    story: list = rep.keep(title, rep.table(rows, [0.31, 0.12, 0.12, 0.13, 0.15, 0.17], align_right_from=1),
                            rows=len(rows))
    if uc.workload.tokens_per_month > 0:
        series, volume = cost_series(rep, ua, uc)
        if series:
            ref = rep.reference_api(ua)
            drawing = charts.cost_volume_chart(series, volume, rep.cur, t, rep.text_w,
                                               reference_api=ref.id if ref else None)
            story.append(KeepTogether([
                Spacer(1, 6),
                rep.P(f"<b>{_e(t('chart_cost_title'))}</b>", "small"),
                drawing,
                rep.P(_e(t("chart_cost_note", volume=t.tokens(volume))), "note"),
            ]))
    return story


def recommendation_section(rep: Report, ua: UseCaseAssessment, uc: UseCase | None) -> list:
    return [KeepTogether(_recommendation(rep, ua, uc))]


def _recommendation(rep: Report, ua: UseCaseAssessment, uc: UseCase | None) -> list:
    t = rep.t
    story: list = [rep.P(_e(t("recommendation")), "h3k")]
    ca = rep.chosen(ua)
    if ca is None:
        story.append(rep.P(f"<b>{_e(t('rec_none'))}</b>"))
        return story
    key = "rec_pinned" if ua.pinned else "rec_line"
    story.append(rep.P(f"<b>{_e(t(key, label=rep.label(ca), score=t.num(ca.score.total, 1)))}</b>"))
    m = ca.cost.monthly  # where the monthly money goes: the engine's breakdown, zero parts left out
    parts = [t("rec_part", kind=t(f"cb_{kind}"), amount=rep.money(getattr(m, kind)))
             for kind in ("api", "hardware", "maintenance", "power", "colocation", "staff", "migration")
             if getattr(m, kind) >= 0.5]
    story.append(rep.P(_e(t("rec_split", monthly=rep.money(ca.cost.monthly_total), parts="; ".join(parts))),
                       "small"))
    rows = []
    for q in range(1, 6):
        sub = next((s for s in ca.score.subscores if s.question == q), None)
        rows.append([f"<b>{_e(t('question_n', n=q, topic=t(f'q{q}')))}</b>",
                     t.num(sub.score) if sub else "—", _e("; ".join(rep.words(m) for m in sub.messages) if sub else "")])
    story.append(rep.table(rows, [0.17, 0.07, 0.76], header=False,
                            extra=[("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    if t.lang != "en":
        story.append(rep.P(_e(t("engine_words")), "note"))
    if ca.score.combination:
        story.append(rep.P(_e(t("rec_combination", how=ca.score.combination)), "small"))
    if ca.score.rules:
        hits = ", ".join(f"{h.name} ({'+' if h.points >= 0 else ''}{t.num(h.points)})" for h in ca.score.rules)
        story.append(rep.P(_e(t("rec_rules", rules=hits)), "small"))
    others = [c for c in ua.candidates if c is not ca and c.outcome]
    if others:
        story.append(rep.P(_e(t("rec_others")), "small"))
        for c in others:
            story.append(rep.P(f"{_e(rep.label(c))}: {_e(rep.words(c.outcome_message))}", "small", bulletText="–"))
    return story

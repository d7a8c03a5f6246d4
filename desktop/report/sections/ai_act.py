"""The EU AI Act section. Renders the engine's AiActAssessment (desktop.engine.ai_act); decides nothing."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Spacer

from desktop.domain.usage import EU_MEMBER_STATES
from desktop.engine.ai_act import AiActAssessment, AiActRules, ApplicationDate, DutyFinding, Message

from ..ai_act_summary import duty_title, message_text
from ..document import AI_ACT_URL, Report
from ..markup import e as _e
from ..markup import link as _link


def ai_act_results(rep: Report) -> dict[str, AiActAssessment]:
    """The engine's AI Act answer per use case id, as the assessment carries it."""
    return {ua.use_case: ua.ai_act for ua in rep.a.use_cases if ua.ai_act is not None}


def ai_act_rules(rep: Report) -> AiActRules:
    if rep._ai_act_rules is None:
        rep._ai_act_rules = AiActRules.from_kb(rep.kb)
    return rep._ai_act_rules


def ai_msg(rep: Report, msg: Message) -> str:
    return message_text(msg, rep.t)


def ai_title(rep: Report, duty: DutyFinding) -> str:
    return duty_title(duty, rep.t)


def ai_act_checklist_items(rep: Report) -> list[tuple[str, str, dict]]:
    """(group, duty id, item) for every AI Act duty the engine finds, as the AI Act section lists them (a
    duty that only possibly applies is marked so at its use case): transparency duties are things to
    display, the rest other duties."""
    items: dict[str, tuple[str, str, dict]] = {}
    for ua in rep.a.use_cases:
        result = ai_act_results(rep).get(ua.use_case)
        for duty in result.duties if result else []:
            group = "display" if duty.article.startswith("Art. 50") else "other"
            text = ai_msg(rep, duty.message)
            item = items.setdefault(duty.id, (group, duty.id, {
                "text": text, "ucs": [],
                "ref": rep.t("ref_ai_act", article=duty.article), "source": duty.source}))[2]
            item["ucs"].append(ua.name + ("" if duty.certainty == "yes" else f" ({rep.t('ai_possibly')})"))
    return list(items.values())


def ai_date_text(rep: Report, day: ApplicationDate) -> str:
    t = rep.t
    text = ai_msg(rep, day.message)
    if day.original_date is not None:
        text += " " + t("ai_date_amended", instrument=day.instrument, date=t.date(day.original_date))
    for change in day.pending:
        text += " " + t("ai_date_proposed", instrument=change.instrument, date=t.date(change.date))
    return text


def render(rep: Report, number: str) -> list:
    t = rep.t
    story: list = [rep.heading(number, t("sec_ai_act"), 0), rep.P(_e(t("ai_intro")))]
    country = rep.p.organisation.country.upper()
    if country not in EU_MEMBER_STATES:
        story.append(rep.P(_e(t("ai_outside_eu", country=country))))
    results = [ai_act_results(rep)[ua.use_case] for ua in rep.a.use_cases
               if ua.use_case in ai_act_results(rep)]

    story.append(rep.P(_e(t("ai_roles")), "h3"))
    rows = [[_e(t("col_use_case")), _e(t("col_role")), _e(t("col_why")), _e(t("col_transparency")),
             _e(t("col_high_risk"))]]
    for r in results:
        role = f"<b>{_e(t(f'role_{r.primary_role}'))}</b>"
        for f in r.roles:
            if f.certainty == "possible":
                role += "<br/>" + _e(t("high_risk_maybe", why=t(f"role_{f.role}")))
        why = "; ".join(dict.fromkeys(ai_msg(rep, f.why) for f in r.roles
                                      if f.role == r.primary_role and f.certainty == "yes"))
        transparency = "; ".join(f"{d.article} {ai_title(rep, d)}" + ("" if d.certainty == "yes" else f" ({t('ai_possibly')})")
                                 for d in r.duties if d.article.startswith("Art. 50"))
        hr = "; ".join(t("high_risk_yes" if s.found_in == "uses" else "high_risk_maybe", why=ai_msg(rep, s.message))
                       + f" ({t('hr_found_in', where=t(f'hr_where_{s.found_in}'))})" for s in r.signals)
        rows.append([_e(r.name), role, _e(why), _e(transparency or t("transparency_no")),
                     _e(hr or t("high_risk_no"))])
    story.append(rep.table(rows, [0.22, 0.15, 0.2, 0.23, 0.2]))
    story.append(rep.P(_e(t("ai_provider_note")), "note"))

    story.append(rep.P(_e(t("ai_dates")), "h3"))
    rows = [[_e(t("col_from")), _e(t("col_what")), _e(t("col_concerns"))]]
    for day in ai_act_rules(rep).timeline(rep.today):
        concerned = [r.name for r in results
                     if any(d.applies_from is not None and d.applies_from.id == day.id for d in r.duties)]
        if concerned and len(concerned) == len(results) > 1:
            concerns = t("all_use_cases")
        else:
            concerns = rep.names(concerned)
        rows.append([f"<b>{_e(t.date(day.date))}</b>", _e(ai_date_text(rep, day)), _e(concerns or "—")])
    story.append(rep.table(rows, [0.17, 0.53, 0.30]))

    story.append(rep.P(_e(t("ai_duties")), "h3"))
    rows = [[_e(t("col_duty")), _e(t("col_bearer")), _e(t("col_from")), _e(t("col_concerns"))]]
    by_duty: dict[str, tuple] = {}
    for r in results:
        for d in r.duties:
            entry = by_duty.setdefault(d.id, (d, [], {}))
            entry[1].append(r.name + ("" if d.certainty == "yes" else f" ({t('ai_possibly')})"))
            entry[2].update(dict.fromkeys(d.bearers))
    for d, names, bearers in sorted(by_duty.values(), key=lambda e: (e[0].applies_from.date if e[0].applies_from
                                                                     else dt.date.max, e[0].id)):
        when = t.date(d.applies_from.date) if d.applies_from else "—"
        state = t("ai_applies_now") if d.applies_now else t("ai_applies_later")
        duty = f"<b>{_e(d.article)}</b> {_e(ai_title(rep, d))}<br/><font size='7'>{_e(ai_msg(rep, d.message))}</font>"
        concerns = t("all_use_cases") if len(names) == len(results) > 1 else rep.names(names, 8)
        rows.append([duty, _e(", ".join(t(f"role_{b}") for b in bearers)), _e(f"{when} ({state})"),
                     _e(concerns)])
    if len(rows) > 1:
        story.append(rep.table(rows, [0.46, 0.14, 0.17, 0.23]))

    story.append(rep.P(_e(t("ai_high_risk")), "h3"))
    story.append(rep.P(_e(t("ai_high_risk_text"))))
    flagged = [r for r in results if r.signals]
    for r in flagged:
        why = "; ".join(ai_msg(rep, s.message) for s in r.signals)
        story.append(rep.P(f"<b>{_e(r.name)}</b>: {_e(why)}", "bullet", bulletText="•"))
    if not flagged:
        story.append(rep.P(_e(t("ai_high_risk_none"))))
    questions = [(r.name, q) for r in results for q in r.open_questions]
    if questions:
        story.append(rep.P(_e(t("ai_open_questions")), "h3"))
        for name, q in questions:
            story.append(rep.P(f"<b>{_e(name)}</b>: {_e(ai_msg(rep, q))}", "bullet", bulletText="•"))
    story.append(Spacer(1, 6))
    story.append(rep.P(f"<b>{_e(t('ai_not_legal_advice'))}</b> " + _e(t("ai_cite", url="")) + _link(AI_ACT_URL),
                        "small"))
    return story

"""The obligations checklist: license duties, vendor terms and AI Act duties of the recommended options."""

from __future__ import annotations

from reportlab.platypus import KeepTogether

from ..ai_act_summary import message_text
from ..document import Report
from ..markup import e as _e
from ..markup import link as _link
from . import ai_act

GROUPS = ("display", "ship", "names", "data", "other", "vendor")
DATA_TERMS = {"dpa", "training", "retention", "regions", "subprocessors"}  # contract facts about the customer's data
DATA_RISKS = {"data_to_api"}


def items(rep: Report) -> dict[str, list]:
    """Grouped to-dos from the recommended candidates' license obligations, the API terms and the
    AI Act duties; each item: (text, wording, where, use case names, reference, source)."""
    if rep._checklist is not None:
        return rep._checklist
    groups: dict[str, dict] = {"display": {}, "ship": {}, "names": {}, "data": {}, "other": {}, "vendor": {}}
    for ua in rep.a.use_cases:
        ca = rep.chosen(ua)
        if ca is None:
            continue
        dp = ua.data_protection
        topics = dp.topics() if dp is not None else set()
        if ca.license is not None:
            for o in ca.license.obligations:
                group = {"attribution": "display", "license-copy": "ship", "notice": "ship",
                         "modification-notice": "ship", "naming": "names"}.get(o.kind, "other")
                if o.clause in DATA_TERMS:  # a contract term about the customer's data: data protection
                    group = "data"
                    if o.clause == "dpa" and "processor_contract" in topics:
                        continue  # the organisation's own law asks for the agreement below, with this link
                lic = rep.cat.licenses.get(o.license.lower())
                ob = next((x for x in lic.obligations if x.id == o.id), None) if lic else None
                if group == "names" and ob is not None and ob.name_prefix:
                    text = rep.t("cl_name_rule", prefix=ob.name_prefix)
                else:
                    text = o.text
                item = groups[group].setdefault((o.license, o.id), {
                    "text": text, "ucs": [], "ref": rep.t("cl_ref", lic=o.license, clause=o.clause),
                    "source": o.source})
                item["ucs"].append(ua.name)
        if ca.candidate.kind == "api":
            api = rep.cat.apis.get((ca.candidate.api or "").lower())
            if api is not None:
                contract = api.contract
                source = (contract.usage_policy_url or contract.sources[0]) if contract is not None else api.source
                item = groups["vendor"].setdefault(api.id, {
                    "text": rep.t("cl_api_terms", vendor=api.vendor, api=api.id, region=api.region),
                    "ucs": [], "ref": api.vendor, "source": source})
                item["ucs"].append(ua.name)
    for risk in rep.a.risks:  # the engine's data-protection risks of the recommended options
        if risk.recommended and risk.kind in DATA_RISKS:
            item = groups["data"].setdefault(f"{risk.kind}:{risk.subject}", {
                "text": rep.t("cl_resolve", risk=rep.risk_text(risk)), "ucs": [],
                "ref": rep.t("cl_ref_risk", severity=rep.t(f"sev_{risk.severity}")), "source": risk.source})
    for key, item in data_protection_items(rep):
        groups["data"][key] = item
    for group, duty_id, item in ai_act.ai_act_checklist_items(rep):
        groups[group][duty_id] = item
    out = {k: list(v.values()) for k, v in groups.items()}
    out["all"] = [i for k in GROUPS for i in out[k]]
    rep._checklist = out
    return out


def dp_article(rep: Report, duty) -> str:
    """A data-protection duty's article as the reader cites it (DSG, DSGVO in German); English keeps the
    knowledge base's label."""
    key = f"{duty.message.id}_article"
    return rep.t(key) if rep.t.lang != "en" and rep.t.has(key) else duty.article


def data_protection_items(rep: Report) -> list[tuple[str, dict]]:
    """The duties of the organisation's data-protection and secrecy law that the engine found for the
    recommendations: one item per duty naming every vendor it concerns, with each vendor's agreement linked;
    a duty that only possibly applies is marked so at its use case, and its question is asked under the group."""
    found: dict[str, dict] = {}
    for ua in rep.a.use_cases:
        if ua.chosen is None:
            continue
        dp = ua.data_protection
        for duty in dp.duties if dp is not None else []:
            entry = found.setdefault(duty.id, {"duty": duty, "vendors": {}, "agreements": {}, "ucs": []})
            entry["vendors"].setdefault(str(duty.message.params.get("vendor") or ""))
            if duty.topic == "processor_contract" and duty.message.params.get("dpa_url"):
                entry["agreements"].setdefault(str(duty.message.params["dpa_url"]))
            entry["ucs"].append(ua.name + ("" if duty.certainty == "yes" else f" ({rep.t('ai_possibly')})"))
    in_law_order = {p.id: i for i, p in enumerate(rep.cat.data_protection.provisions)}  # the engine's order
    items = []
    for duty_id, entry in sorted(found.items(), key=lambda kv: in_law_order.get(kv[0], len(in_law_order))):
        duty = entry["duty"]
        vendors = [v for v in entry["vendors"] if v] or [rep.t("dp_provider")]
        if rep.t.has(duty.message.id):  # the wording names them all ("A, B and C"); T's English is the record's
            text = rep.t(duty.message.id, **{**duty.message.params, "vendor": rep.t.join(vendors)})
        else:  # a provision the report has no words for (a user's own): the engine's English
            text = message_text(duty.message, rep.t)
        ref = " · ".join([dp_article(rep, duty), *(rep.t("cl_vendor_dpa", url=url) for url in entry["agreements"])])
        items.append((duty_id, {"text": text, "ucs": entry["ucs"], "ref": ref, "source": duty.source}))
    return items


def data_protection_questions(rep: Report) -> list[str]:
    """The open questions on which 'possibly' duties hang, each once, in the report's language."""
    asked: dict[str, None] = {}
    for ua in rep.a.use_cases:
        for q in ua.data_protection.open_questions if ua.data_protection is not None else []:
            asked.setdefault(message_text(q, rep.t))
    return list(asked)


def render(rep: Report, number: str) -> list:
    t = rep.t
    found = items(rep)
    story: list = [rep.heading(number, t("sec_checklist"), 0), rep.P(_e(t("checklist_intro")))]
    for group, title, empty in (("display", "cl_display", "cl_none_display"), ("ship", "cl_ship", "cl_none_ship"),
                                ("names", "cl_names", "cl_none_names"), ("data", "cl_data", "cl_none_data"),
                                ("other", "cl_other", "cl_none_other"),
                                ("vendor", "cl_vendor", None)):
        if not found[group] and empty is None:
            continue
        story.append(rep.P(_e(t(title)), "h3"))
        if not found[group]:
            if empty is not None:
                story.append(rep.P(f"<i>{_e(t(empty))}</i>", "small"))
            continue
        for item in found[group]:
            ref = _e(item["ref"]) + (f" · {_link(item['source'])}" if item["source"] else "")
            if item["ucs"]:
                ref = _e(t("cl_for", ucs="; ".join(dict.fromkeys(item["ucs"])))) + "<br/>" + ref
            story.append(KeepTogether([rep.P(_e(item["text"]), "check", bulletText="☐"),
                                       rep.P(ref, "check_ref")]))
        if group == "data":
            for question in data_protection_questions(rep):
                story.append(rep.P(f"<i>{_e(t('cl_question'))}</i> {_e(question)}", "check_ref"))
    # The closing note stays with the last item: alone, it made a page of its own.
    note = rep.P(_e(t("kb_english_note")), "note")
    story[-1:] = [KeepTogether([story[-1], note])]
    return story

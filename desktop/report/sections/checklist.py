"""The obligations checklist: license duties, vendor terms and AI Act duties of the recommended options."""

from __future__ import annotations

from reportlab.platypus import KeepTogether

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
        if ca.license is not None:
            for o in ca.license.obligations:
                group = {"attribution": "display", "license-copy": "ship", "notice": "ship",
                         "modification-notice": "ship", "naming": "names"}.get(o.kind, "other")
                if o.clause in DATA_TERMS:  # a contract term about the customer's data: data protection
                    group = "data"
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
    for group, duty_id, item in ai_act.ai_act_checklist_items(rep):
        groups[group][duty_id] = item
    out = {k: list(v.values()) for k, v in groups.items()}
    out["all"] = [i for k in GROUPS for i in out[k]]
    rep._checklist = out
    return out


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
    story.append(rep.P(_e(t("kb_english_note")), "note"))
    return story

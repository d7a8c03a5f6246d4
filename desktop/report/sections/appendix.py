"""The appendix: every knowledge record the assessment touched, with as-of date, verification and sources."""

from __future__ import annotations

import datetime as dt

from desktop.domain import ApiOffering
from desktop.domain.vocabulary import STALE_DAYS

from ..document import AI_ACT_URL, Report
from ..flowables import Paragraph
from ..markup import e as _e
from ..markup import link as _link


def render(rep: Report, number: str) -> list:
    t = rep.t
    story: list = [rep.heading(number, t("sec_appendix"), 0), rep.P(_e(t("appendix_intro")))]
    cutoff = rep.today - dt.timedelta(days=STALE_DAYS)
    groups: dict[str, list] = {kind: list(rep.used[kind].values()) for kind in ("licenses", "models", "gpus", "apis", "clouds", "rules")}
    # the API contracts (data use, DPA, usage policy) are records of their own, dated and verified apart from prices
    groups["contracts"] = [_ContractRecord(api) for api in rep.used["apis"].values()
                           if isinstance(api, ApiOffering) and api.contract is not None]
    # the data-protection provisions the checklist cites, with their own dates and verification
    cited = {d.id for ua in rep.a.use_cases if ua.chosen is not None and ua.data_protection
             for d in ua.data_protection.duties}
    groups["data_protection"] = [p for p in rep.cat.data_protection.provisions if p.id in cited]
    for kind in ("licenses", "contracts", "models", "gpus", "apis", "clouds", "rules", "data_protection"):
        # primary sources first: the licensor's or vendor's own text before third-party copies
        records = sorted(groups[kind], key=lambda r: (LEVELS.get(r.verification.value, 3), r.id.lower()))
        if not records:
            continue
        rows = [[_e(t("col_record")), _e(t("col_as_of")), _e(t("col_verification")), _e(t("col_sources"))]]
        for r in records:
            name = getattr(r, "name", None) or (f"{r.article}: {r.title}" if kind == "data_protection" else None)
            title = f"<b>{_e(r.id)}</b>" + (f"<br/>{_e(name)}" if name and name != r.id else "")
            # the clause texts a verdict quoted come first: they are what decided
            urls = list(dict.fromkeys([*sorted(rep.clause_sources.get(r.id, ())), *r.sources]))
            as_of = _e(r.as_of.isoformat())
            if r.as_of < cutoff:
                as_of += f"<br/><font size='6.5'>⚠ {_e(t('stale_mark'))}</font>"
            level = _e(t(f"ver_{r.verification.value}"))
            level = f"<b>{level}</b>" if r.verification.value == "primary" else f"<i>{level}</i>"
            rows.append([title, as_of, level,
                         Paragraph("<br/>".join(_link(u) for u in urls), rep.s["cell_small"])])
        story.append(rep.P(_e(t(f"kind_{kind}")), "h3"))
        story.append(rep.table(rows, [0.28, 0.12, 0.15, 0.45]))
    story.append(rep.P(_e(t("other_sources")), "h3"))
    story.append(rep.P(_e(t("ai_cite", url="")) + _link(AI_ACT_URL), "bullet", bulletText="•"))
    return story


LEVELS = {"primary": 0, "secondary": 1, "unverified": 2}


class _ContractRecord:
    """An API's contract facts shown as an appendix row: id, as-of date, verification and its pages."""

    def __init__(self, api):
        c = api.contract
        self.id, self.name = api.id, f"{api.vendor}"
        self.as_of, self.verification = c.as_of, c.verification
        self.sources = [u for u in (*c.sources, c.dpa_url, c.usage_policy_url, c.subprocessors_url,
                                    *c.fact_sources.values()) if u]

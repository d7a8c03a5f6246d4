"""The appendix: every knowledge record the assessment touched, with as-of date, verification and sources."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Paragraph

from desktop.domain.vocabulary import STALE_DAYS

from ..document import AI_ACT_URL, Report
from ..markup import e as _e
from ..markup import link as _link


def render(rep: Report, number: str) -> list:
    t = rep.t
    story: list = [rep.heading(number, t("sec_appendix"), 0), rep.P(_e(t("appendix_intro")))]
    cutoff = rep.today - dt.timedelta(days=STALE_DAYS)
    for kind in ("licenses", "models", "gpus", "apis", "clouds", "rules"):
        records = sorted(rep.used[kind].values(), key=lambda r: r.id.lower())
        if not records:
            continue
        rows = [[_e(t("col_record")), _e(t("col_as_of")), _e(t("col_verification")), _e(t("col_sources"))]]
        for r in records:
            name = getattr(r, "name", None)
            title = f"<b>{_e(r.id)}</b>" + (f"<br/>{_e(name)}" if name and name != r.id else "")
            urls = list(dict.fromkeys([*r.sources, *sorted(rep.clause_sources.get(r.id, ()))]))
            as_of = _e(r.as_of.isoformat())
            if r.as_of < cutoff:
                as_of += f"<br/><font size='6.5'>⚠ {_e(t('stale_mark'))}</font>"
            rows.append([title, as_of, _e(t(f"ver_{r.verification.value}")),
                         Paragraph("<br/>".join(_link(u) for u in urls), rep.s["cell_small"])])
        story.append(rep.P(_e(t(f"kind_{kind}")), "h3"))
        story.append(rep.table(rows, [0.27, 0.12, 0.16, 0.45]))
    story.append(rep.P(_e(t("other_sources")), "h3"))
    story.append(rep.P(_e(t("ai_cite", url="")) + _link(AI_ACT_URL), "bullet", bulletText="•"))
    return story

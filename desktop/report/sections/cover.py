"""About this report (below the contents): title, client, consultant, date, knowledge-base version and signer.
Page 1 is the decision memo (sections/memo.py)."""

from __future__ import annotations

from reportlab.platypus import Spacer

from ..document import Report
from ..markup import e as _e


def render(rep: Report) -> list:
    t, info = rep.t, rep.info
    story: list = [Spacer(1, 10), rep.P(_e(t("about_report")), "h3k"),
                   rep.P(f"<b>{_e(rep.p.name)}</b> — {_e(t('subtitle'))}")]
    v = info.get("verification", {})
    rows = [
        (t("client"), _e(rep.p.organisation.name)),
        (t("consultant"), _e(rep.p.consultant) if rep.p.consultant.strip() else f"<i>{_e(t('not_given'))}</i>"),
        (t("date"), _e(t.date(rep.today))),
        (t("kb_version"), _e(info.get("version", rep.a.knowledge_base_version))),
        (t("kb_range"), _e(t("kb_range_value", oldest=t.iso_date(info.get("oldest_as_of")),
                              newest=t.iso_date(info.get("newest_as_of"))))),
        (t("kb_verification"), _e(t("kb_verification_value", primary=v.get("primary", 0),
                                     secondary=v.get("secondary", 0), unverified=v.get("unverified", 0)))),
    ]
    if rep.signer is not None:
        rows.append((t("signed_by"), _e(f"{rep.signer.name}, {rep.signer.organisation}")))
        rows.append((t("fingerprint"), rep.fingerprint_html()))
    else:
        rows.append((t("signed_by"), f"<b>{_e(t('unsigned_draft'))}</b>"))
    story.append(rep.kv_table(rows, 0.32))
    story.append(Spacer(1, 6))
    story.append(rep.P(_e(t("cover_note")), "small"))
    story.append(rep.P(_e(t("cover_verify")), "small"))
    return story

"""The signature page: signer and fingerprint above the box left empty for the signature stamp."""

from __future__ import annotations

from reportlab.platypus import Spacer

from ..document import Report
from ..markup import e as _e


def render(rep: Report, number: str) -> list:
    t = rep.t
    story: list = [rep.heading(number, t("sec_signature"), 0)]
    if rep.signer is not None:
        story.append(rep.P(_e(t("sig_intro_signed"))))
        story.append(rep.kv_table([(t("sig_name"), _e(rep.signer.name)),
                                    (t("sig_org"), _e(rep.signer.organisation)),
                                    (t("sig_generated"), _e(t.date(rep.today)))], 0.3))
        story.append(Spacer(1, 8))
        story.append(rep.P(_e(t("sig_compare"))))
        story.append(rep.P(f"<b>{_e(t('fingerprint'))}</b><br/>{rep.fingerprint_html()}", "fingerprint"))
    else:
        story.append(rep.P(f"<b>{_e(t('sig_unsigned'))}</b>"))
        story.append(rep.kv_table([(t("sig_generated"), _e(t.date(rep.today)))], 0.3))
    story.append(Spacer(1, 6))
    story.append(rep.P(_e(t("sig_box_note")), "note"))
    return story

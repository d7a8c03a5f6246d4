"""The signature page: signer and fingerprint above the box left empty for the signature stamp."""

from __future__ import annotations

from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from ..document import Report
from ..flowables import Paragraph
from ..markup import e as _e
from ..styles import ACCENT, FONT, LIGHT

VERIFY_STEPS = ("verify_adobe", "verify_fingerprint", "verify_pdfsig", "verify_tool", "verify_paper")


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
    story.append(Spacer(1, 4))
    story.append(how_to_verify(rep))
    return story


def how_to_verify(rep: Report):
    """A boxed note for the recipient: what a PDF reader shows for a self-signed identity and why, how to
    compare the fingerprint received separately, pdfsig, and that paper cannot be verified."""
    t = rep.t
    small = rep.s["small"].clone("verify", textColor=rep.s["body"].textColor, fontSize=7.5, leading=9.6,
                                 leftIndent=9, bulletIndent=0, spaceAfter=2)
    content = [Paragraph(f"<b>{_e(t('verify_title'))}</b>", rep.s["body"].clone("verify_h", spaceAfter=3))]
    content += [Paragraph(_e(t(key)), small, bulletText="•") for key in VERIFY_STEPS]
    box = Table([[content]], colWidths=[rep.text_w], hAlign="LEFT")
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), LIGHT), ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                             ("FONT", (0, 0), (-1, -1), FONT, 7.5), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return KeepTogether([box])

"""The report's shared machinery: the context every section renders with (assessment, language, styles,
table builders), the page decoration, and the single layout pass that assembles the sections.

Built in a single layout pass: page totals ("Page N of M") and the page numbers in the table of contents
are form XObjects drawn where they belong and filled in once the last page is known.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from html import unescape

from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Table,
    TableStyle,
)

from desktop.domain.portfolio import Portfolio
from desktop.domain.provenance import Record
from desktop.domain.vocabulary import STALE_DAYS
from desktop.engine.ai_act import AiActRules
from desktop.engine.assess import Catalog
from desktop.engine.result import CandidateAssessment, PortfolioAssessment, UseCaseAssessment
from desktop.i18n.engine_text import for_assessment
from desktop.i18n.messages import Messages

from . import charts
from .flowables import Heading, Paragraph, SubHeading
from .markup import e as _e
from .markup import short_model as _short_model
from .styles import (
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    RULE,
    ZEBRA,
    paper_size,
    register_fonts,
    styles,
)
from .text import Text

AI_ACT_URL = "https://eur-lex.europa.eu/eli/reg/2024/1689/oj"

# The reserved rectangle on the last page (PDF points from the lower left corner).
SIGNATURE_BOX_WIDTH = 330.0
SIGNATURE_BOX_HEIGHT = 110.0
SIGNATURE_BOX_BOTTOM = 84.0


@dataclass
class SignerInfo:
    name: str
    organisation: str
    fingerprint_sha256: str  # hex, colon-separated


def signature_box(paper: str = "a4") -> tuple[float, float, float, float]:
    """(x1, y1, x2, y2) in PDF points of the area left empty on the last page for the signature stamp."""
    paper_size(paper)  # validates the name
    x1, y1 = MARGIN_X, SIGNATURE_BOX_BOTTOM
    return (x1, y1, x1 + SIGNATURE_BOX_WIDTH, y1 + SIGNATURE_BOX_HEIGHT)



class Report:
    """What every section shares: the assessment, the language, the styles, the table builders, the page
    decoration and the single-pass assembly."""

    def __init__(self, portfolio: Portfolio, assessment: PortfolioAssessment, kb, lang: str, paper: str,
                 signer: SignerInfo | None, generated: dt.datetime | None):
        register_fonts()
        self.p, self.a, self.kb = portfolio, assessment, kb
        self.t = Text(lang, portfolio.organisation.country)  # CHF 5'003 in Switzerland, 15.988 € in Germany
        self.paper = paper.lower() if isinstance(paper, str) else paper
        self.page_w, self.page_h = paper_size(self.paper)
        self.text_w = self.page_w - 2 * MARGIN_X
        self.signer = signer
        self.generated = generated or dt.datetime.now().astimezone()
        self.today = self.generated.date()
        self.s = styles()
        self.cur = assessment.currency
        self.cat = Catalog.from_kb(kb)
        # The engine's own sentences in the report's language (its reasons, outcomes, scenario reasons).
        self.words = for_assessment(lang, assessment, self.cat.rules, self.t.formats)
        self.messages = Messages(lang, assessment, self.cat.rules, self.t.formats)  # risks, exclusions, words
        self.info = kb.info(today=self.today)
        self.ucs = {u.id: u for u in portfolio.use_cases}
        self.anchors: dict[str, int] = {}
        self.toc: list[tuple[str, str, str, int]] = []  # (number, title, key, level)
        self.toc_forms: dict[str, tuple[str, str, float]] = {}
        self.pages = 0
        self._engines: dict[tuple[str, str], tuple | None] = {}
        self.used: dict[str, dict[str, Record]] = {k: {} for k in ("licenses", "models", "gpus", "apis", "clouds",
                                                                  "rules")}
        self.clause_sources: dict[str, set[str]] = {}
        # Built on first use by the sections that share them (memo styles, AI Act rules, the checklist).
        self._memo_styles: dict | None = None
        self._ai_act_rules: AiActRules | None = None
        self._checklist: dict[str, list] | None = None

    def P(self, text: str, style: str = "body", **kw) -> Paragraph:  # noqa: N802
        if style == "h3":
            return SubHeading(text, self.s[style], **kw)
        if style == "h3k":  # inside a KeepTogether
            return Paragraph(text, self.s["h3"], **kw)
        return Paragraph(text, self.s[style], **kw)

    def keep(self, title: str, *flowables, rows: int = 0) -> list:
        """A sub-heading with what follows: small tables stay with it, long ones may split across pages."""
        if rows <= 12:
            return [KeepTogether([self.P(title, "h3k"), *flowables])]
        return [self.P(title, "h3"), *flowables]

    def heading(self, number: str, title: str, level: int, style: str | None = None, toc: bool = True) -> Heading:
        key = f"sec{len(self.toc)}"
        if toc:
            self.toc.append((number, title, key, level))
        text = f"{_e(number)}&nbsp;&nbsp;{_e(title)}" if number else _e(title)
        return Heading(text, self.s[style or ("h1" if level == 0 else "h2")], key=key if toc else None,
                        level=level, report=self, plain=f"{number} {title}".strip())

    def table(self, rows: list[list], widths: list[float], header: bool = True, zebra: bool = True,
              extra: list | None = None, align_right_from: int | None = None) -> Table:
        """A table with Paragraph cells; widths are shares of the text width."""
        total = sum(widths)
        col_w = [w / total * self.text_w for w in widths]
        cells = []
        for r, row in enumerate(rows):
            out = []
            for c, cell in enumerate(row):
                if isinstance(cell, Flowable):
                    out.append(cell)
                    continue
                if header and r == 0:
                    style = "cell_head_right" if align_right_from is not None and c >= align_right_from else "cell_head"
                else:
                    style = "cell_right" if align_right_from is not None and c >= align_right_from else "cell"
                markup = paths_broken(_MONEY.sub("\\1&nbsp;", str(cell)), col_w[c] - 8)
                out.append(Paragraph(markup, fitted(self.s[style], markup, col_w[c] - 8)))
            cells.append(out)
        tbl = Table(cells, colWidths=col_w, repeatRows=1 if header else 0, hAlign="LEFT")
        cmds = [
            ("FONT", (0, 0), (-1, -1), FONT, 8),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
        ]
        if header:
            cmds += [("BACKGROUND", (0, 0), (-1, 0), ACCENT), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
        if zebra:
            start = 1 if header else 0
            for r in range(start + 1, len(rows), 2):
                cmds.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
        cmds += extra or []
        tbl.setStyle(TableStyle(cmds))
        return tbl

    def kv_table(self, pairs: list[tuple[str, str]], key_share: float = 0.34) -> Table:
        rows = [[f"<b>{_e(k)}</b>", v] for k, v in pairs]
        return self.table(rows, [key_share, 1 - key_share], header=False, zebra=True)

    def names(self, names: list[str], limit: int = 5) -> str:
        """Use case names in a sentence, or their count when there are many."""
        if len(names) > limit:
            return self.t("n_use_cases", n=len(names))
        return self.t.join(names)

    def money(self, amount: float, decimals: int = 0) -> str:
        return self.t.money(amount, self.cur, decimals)

    def label(self, ca: CandidateAssessment) -> str:
        c = ca.candidate
        if c.kind == "api":
            return f"API {c.api}"
        return f"{_short_model(c.model)} · {c.gpus}× {c.accelerator} ({c.precision}, {self.t(f'acq_{c.acquisition}')})"

    def toc_form(self, key: str, font: str, size: float) -> str:
        name = f"mssToc{len(self.toc_forms)}"
        self.toc_forms[name] = (key, font, size)
        return name

    def reference_api(self, ua: UseCaseAssessment):
        return self.cat.api(ua.reference_api)

    def chosen(self, ua: UseCaseAssessment) -> CandidateAssessment | None:
        return next((c for c in ua.candidates if c.candidate.id == ua.recommended), None)

    def collect_sources(self) -> None:
        rules = {r.id: r for r in self.cat.rules}
        for ua in self.a.use_cases:
            for ca in ua.candidates:
                c = ca.candidate
                model = None
                if c.kind == "api":
                    api = self.cat.apis.get((c.api or "").lower())
                    if api is not None:
                        self.used["apis"][api.id] = api
                        if api.open_weight_model:
                            model = self.cat.model(api.open_weight_model)
                else:
                    model = self.cat.model(c.model or "")
                    acc = self.cat.accelerator(c.accelerator)
                    if acc is not None:
                        self.used["gpus"][acc.id] = acc
                    cloud = self.cat.clouds.get((ca.cloud or "").lower())
                    if cloud is not None:
                        self.used["clouds"][cloud.id] = cloud
                if model is not None:
                    self.used["models"][model.id] = model
                    for lid in model.license_ids:
                        lic = self.cat.licenses.get(lid.lower())
                        if lic is not None:
                            self.used["licenses"][lic.id] = lic
                if ca.license:
                    for r in ca.license.reasons:
                        self.clause_sources.setdefault(r.license, set()).add(r.source)
                    for o in ca.license.obligations:
                        self.clause_sources.setdefault(o.license, set()).add(o.source)
                for hit in ca.score.rules:
                    if hit.rule in rules:
                        self.used["rules"][hit.rule] = rules[hit.rule]

    def risks(self) -> list[str]:
        """The engine's risk register, for the recommended options, in the report's language."""
        return list(dict.fromkeys(self.risk_text(r) for r in self.a.risks if r.recommended))

    def risk_text(self, risk) -> str:
        """'Subject: finding' in the report's language, from the risk's message id (resources/i18n)."""
        return self.messages.risk(risk)

    def stale_records(self) -> int:
        cutoff = self.today - dt.timedelta(days=STALE_DAYS)
        return sum(r.as_of < cutoff for group in self.used.values() for r in group.values())

    def _footer(self, canv, doc) -> None:
        t = self.t
        self.pages = max(self.pages, canv.getPageNumber())
        canv.saveState()
        y = MARGIN_BOTTOM - 0.95 * cm
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, y + 10, self.page_w - MARGIN_X, y + 10)
        canv.setFont(FONT, 7.5)
        canv.setFillColor(MUTED)
        left = f"{self.p.organisation.name} · {t.date(self.today)}"
        if self.signer is None:
            left += f" · {t('unsigned_draft')}"
        canv.drawString(MARGIN_X, y, charts._fit(left, self.text_w - 110, FONT, 7.5))
        right = self.page_w - MARGIN_X
        canv.drawRightString(right - 16, y, t("page_of", n=canv.getPageNumber()))
        canv.translate(right - 13.5, y)
        canv.doForm("mssTotal")
        canv.restoreState()

    def _header(self, canv, doc) -> None:
        canv.saveState()
        y = self.page_h - MARGIN_TOP + 0.75 * cm
        canv.setFont(FONT, 7.5)
        canv.setFillColor(MUTED)
        canv.drawString(MARGIN_X, y, charts._fit(self.p.name, self.text_w * 0.62, FONT, 7.5))
        canv.drawRightString(self.page_w - MARGIN_X, y, self.t("title"))
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, y - 4, self.page_w - MARGIN_X, y - 4)
        canv.restoreState()

    def on_cover(self, canv, doc) -> None:
        canv.saveState()
        canv.setFillColor(ACCENT)
        canv.rect(0, self.page_h - 0.9 * cm, self.page_w, 0.9 * cm, stroke=0, fill=1)
        canv.restoreState()
        self._footer(canv, doc)

    def on_body(self, canv, doc) -> None:
        self._header(canv, doc)
        self._footer(canv, doc)

    def on_signature(self, canv, doc) -> None:
        self.on_body(canv, doc)
        x1, y1, x2, y2 = signature_box(self.paper)
        canv.saveState()
        canv.setFont(FONT_BOLD, 9)
        canv.setFillColor(INK)
        canv.drawString(x1, y2 + 8, self.t("signature_caption"))
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(x1, y2 + 4, x2, y2 + 4)
        canv.restoreState()

    def fingerprint_html(self) -> str:
        fp = (self.signer.fingerprint_sha256 if self.signer else "").upper()
        parts = fp.split(":")
        if len(parts) > 16:
            return _e(":".join(parts[:16])) + "<br/>" + _e(":".join(parts[16:]))
        return _e(fp)

    def build(self) -> bytes:
        from .sections import (  # noqa: PLC0415 - the sections import this module
            ai_act,
            appendix,
            assumptions,
            checklist,
            contents,
            cover,
            glossary,
            memo,
            sensitivity,
            signature,
            summary,
            use_case,
        )

        self.collect_sources()
        t = self.t
        body: list = []
        n = 1
        body += summary.render(self, str(n))
        n += 1
        uc_section = str(n)
        for i, ua in enumerate(self.a.use_cases, start=1):
            body.append(PageBreak())
            body += use_case.render(self, f"{uc_section}.{i}", ua, i == 1, uc_section)
        if not self.a.use_cases:
            body += [PageBreak(), self.heading(uc_section, t("sec_use_cases"), 0)]
        for section in (checklist.render, ai_act.render, assumptions.render, sensitivity.render,
                        glossary.render, appendix.render):
            n += 1
            body.append(PageBreak())
            body += section(self, str(n))
        n += 1
        body += [NextPageTemplate("signature"), PageBreak()]
        body += signature.render(self, str(n))

        story = [NextPageTemplate("body"), *memo.render(self), PageBreak()]
        story += contents.render(self, list(self.toc)) + cover.render(self) + [PageBreak()] + body

        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer, pagesize=(self.page_w, self.page_h), leftMargin=MARGIN_X, rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=f"{t('title')}: {self.p.name}",
            author=self.p.consultant or self.p.organisation.name, subject=self.p.organisation.name,
            creator="Model Strategy Studio", lang=self.t.lang, initialFontName=FONT, initialFontSize=9,
        )
        frame_h = self.page_h - MARGIN_TOP - MARGIN_BOTTOM
        body_frame = Frame(MARGIN_X, MARGIN_BOTTOM, self.text_w, frame_h, id="body", leftPadding=0, rightPadding=0,
                           topPadding=0, bottomPadding=0)
        x1, y1, x2, y2 = signature_box(self.paper)
        sig_bottom = y2 + 26
        sig_frame = Frame(MARGIN_X, sig_bottom, self.text_w, self.page_h - MARGIN_TOP - sig_bottom, id="sig",
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([
            PageTemplate("cover", [body_frame], onPage=self.on_cover),
            PageTemplate("body", [body_frame], onPage=self.on_body),
            PageTemplate("signature", [sig_frame], onPage=self.on_signature),
        ])
        doc._doSave = 0
        doc.build(story)
        canv = doc.canv
        self.finish_forms(canv)
        canv.save()
        return buffer.getvalue()

    def finish_forms(self, canv) -> None:
        """Fill in what was unknown while laying out: the page total and the contents' page numbers."""
        canv.beginForm("mssTotal", lowerx=0, lowery=-3, upperx=60, uppery=12)
        canv.setFont(FONT, 7.5)
        canv.setFillColor(MUTED)
        canv.drawString(0, 0, str(self.pages))
        canv.endForm()
        for name, (key, font, size) in self.toc_forms.items():
            canv.beginForm(name, lowerx=0, lowery=-3, upperx=30, uppery=14)
            canv.setFont(font, size)
            canv.setFillColor(INK)
            canv.drawRightString(26, 0, str(self.anchors.get(key, "")))
            canv.endForm()


MIN_CELL_FONT = 5.5


def paths_broken(markup: str, width: float) -> str:
    """A word too wide for its column even at the smallest cell font, such as
    'mistralai/Mistral-Small-3.2-24B-Instruct-2506', breaks after its '/', never inside a name."""
    for word in _TAG.sub(" ", markup.replace("&nbsp;", " ")).split():
        if "/" in word and "://" not in word and stringWidth(unescape(word), FONT_BOLD, MIN_CELL_FONT) > width * 0.96:
            head, _, tail = word.partition("/")
            markup = markup.replace(word, f"{head}/<br/>{tail}")
    return markup
_TAG = re.compile(r"<[^>]+>")
_MONEY = re.compile(r"\b([A-Z]{3}) (?=[−-]?\d)")  # 'CHF 160,708' is one unit: it shrinks, never wraps


def fitted(style, markup: str, width: float):
    """The cell's style, its font made smaller when a single word (an id such as
    'mistralai/Mistral-Small-3.2-24B-Instruct-2506') would not fit the column: reportlab would otherwise
    break it mid-name. Bold is assumed, the wider face."""
    words = [w for w in re.split(r"[ \t\n]+", _TAG.sub(" ", markup)) if w]  # '&nbsp;' joins, as in print
    if not words:
        return style
    widest = max(stringWidth(unescape(w), FONT_BOLD, style.fontSize) for w in words)
    width *= 0.96  # reportlab's line breaking keeps a little slack
    if widest <= width:
        return style
    size = max(MIN_CELL_FONT, style.fontSize * width / widest)
    key = (style.name, round(size, 1))
    if key not in _FITTED:
        _FITTED[key] = style.clone(f"{style.name}_{size:.1f}", fontSize=size,
                                   leading=style.leading * size / style.fontSize)
    return _FITTED[key]


_FITTED: dict = {}

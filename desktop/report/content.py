"""The assessment report as a PDF (reportlab platypus): cover, contents, executive summary, one section
per use case, obligations checklist, EU AI Act, assumptions, sensitivity, sources and a signature page.

Built in a single layout pass: page totals ("Page N of M") and the page numbers in the table of contents
are form XObjects drawn where they belong and filled in once the last page is known.

The last page keeps the rectangle `signature_box(paper)` empty for the visible signature stamp that
desktop.report.sign adds afterwards; the signer's certificate fingerprint is printed on the cover and on
that page so a recipient can compare it over the phone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
from dataclasses import dataclass
from html import escape

from reportlab.lib import colors
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
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.domain.portfolio import Portfolio, UseCase
from desktop.domain.usage import EU_MEMBER_STATES
from desktop.domain.vocabulary import STALE_DAYS
from desktop.engine.ai_act import (
    AiActAssessment,
    AiActRules,
    ApplicationDate,
    DutyFinding,
    Message,
)
from desktop.engine.assess import Catalog
from desktop.engine.curves import ASSUMPTIONS, MC_DRAWS, cost_picture, sensitivity
from desktop.engine.result import CandidateAssessment, PortfolioAssessment, UseCaseAssessment

from . import charts
from .ai_act_summary import duty_title, message_text
from .styles import (
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    LIGHT,
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
MIX_CHART_ROWS = 15

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


# -- flowables that feed the single-pass page numbering ---------------------------------------------
class _Heading(Paragraph):
    """A heading that is a PDF outline entry, a link target and a table-of-contents anchor."""

    def __init__(self, text, style, key: str | None = None, level: int = 0, report=None, plain: str = "", **kw):
        super().__init__(text, style, **kw)
        self.key, self.level, self.report, self.plain = key, level, report, plain

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab's signature
        return []  # a heading moves to the next page whole

    def draw(self):
        if self.key and self.report is not None:
            canv = self.canv
            canv.bookmarkHorizontal(self.key, 0, self.height + 4)
            canv.addOutlineEntry(self.plain, self.key, level=self.level, closed=self.level > 0)
            self.report.anchors[self.key] = canv.getPageNumber()
        super().draw()


class _SubHeading(Paragraph):
    """A sub-heading that goes to the next page unless some room is left below it (instead of
    keepWithNext, which would push a whole following table onto a new page)."""

    MIN_FOLLOW = 80

    def wrap(self, availWidth, availHeight):  # noqa: N803
        w, h = super().wrap(availWidth, availHeight)
        if availHeight < h + self.MIN_FOLLOW:
            return w, availHeight + 1  # does not fit here: the frame moves it on
        return w, h

    def split(self, availWidth, availHeight):  # noqa: N803
        return []


class _TocRow(Flowable):
    """One line of the table of contents; its page number is a form filled in after the build."""

    def __init__(self, number: str, title: str, key: str, level: int, report):
        super().__init__()
        self.number, self.title, self.key, self.level, self.report = number, title, key, level, report
        self.row_h = 17 if level == 0 else 14
        self.size = 10 if level == 0 else 9

    def wrap(self, availWidth, availHeight):  # noqa: N803
        self.width = availWidth
        return availWidth, self.row_h

    def draw(self):
        c = self.canv
        font = FONT_BOLD if self.level == 0 else FONT
        indent = 0 if self.level == 0 else 22
        num_w = 22 if self.level == 0 else 30
        c.setFont(font, self.size)
        c.setFillColor(INK)
        y = 4
        c.drawString(indent, y, self.number)
        room = self.width - indent - num_w - 46
        title = charts._fit(self.title, room, font, self.size)
        c.drawString(indent + num_w, y, title)
        start = indent + num_w + stringWidth(title, font, self.size) + 4
        end = self.width - 30
        if end > start:
            c.saveState()
            c.setStrokeColor(RULE)
            c.setLineWidth(0.6)
            c.setDash(0.6, 2.4)
            c.line(start, y, end, y)
            c.restoreState()
        c.saveState()
        c.translate(self.width - 26, y)
        c.doForm(self.report.toc_form(self.key, font, self.size))
        c.restoreState()
        c.linkRect("", self.key, (0, 0, self.width, self.row_h), relative=1, thickness=0)


# -- helpers -----------------------------------------------------------------------------------------
def _e(text) -> str:
    return escape(str(text), quote=False)


def _link(url: str) -> str:
    u = _e(url)
    if url.startswith(("http://", "https://")):
        return f'<a href="{escape(url)}" color="#1F3A5F">{u}</a>'
    return u


def _short_model(model_id: str | None) -> str:
    return (model_id or "").split("/")[-1]


# -- the report --------------------------------------------------------------------------------------
class _Report:
    def __init__(self, portfolio: Portfolio, assessment: PortfolioAssessment, kb, lang: str, paper: str,
                 signer: SignerInfo | None, generated: dt.datetime | None):
        register_fonts()
        self.p, self.a, self.kb = portfolio, assessment, kb
        self.t = Text(lang)
        self.paper = paper.lower() if isinstance(paper, str) else paper
        self.page_w, self.page_h = paper_size(self.paper)
        self.text_w = self.page_w - 2 * MARGIN_X
        self.signer = signer
        self.generated = generated or dt.datetime.now().astimezone()
        self.today = self.generated.date()
        self.s = styles()
        self.cur = assessment.currency
        self.cat = Catalog.from_kb(kb)
        self.info = kb.info(today=self.today)
        self.ucs = {u.id: u for u in portfolio.use_cases}
        self.anchors: dict[str, int] = {}
        self.toc: list[tuple[str, str, str, int]] = []  # (number, title, key, level)
        self.toc_forms: dict[str, str] = {}
        self.pages = 0
        self._engines: dict[tuple[str, str], tuple | None] = {}
        self.used: dict[str, dict[str, object]] = {k: {} for k in ("licenses", "models", "gpus", "apis", "clouds",
                                                                  "rules")}
        self.clause_sources: dict[str, set[str]] = {}

    # -- small builders ----------------------------------------------------------------------------
    def P(self, text: str, style: str = "body", **kw) -> Paragraph:  # noqa: N802
        if style == "h3":
            return _SubHeading(text, self.s[style], **kw)
        if style == "h3k":  # inside a KeepTogether
            return Paragraph(text, self.s["h3"], **kw)
        return Paragraph(text, self.s[style], **kw)

    def keep(self, title: str, *flowables, rows: int = 0) -> list:
        """A sub-heading with what follows: small tables stay with it, long ones may split across pages."""
        if rows <= 12:
            return [KeepTogether([self.P(title, "h3k"), *flowables])]
        return [self.P(title, "h3"), *flowables]

    def heading(self, number: str, title: str, level: int, style: str | None = None, toc: bool = True) -> _Heading:
        key = f"sec{len(self.toc)}"
        if toc:
            self.toc.append((number, title, key, level))
        text = f"{_e(number)}&nbsp;&nbsp;{_e(title)}" if number else _e(title)
        return _Heading(text, self.s[style or ("h1" if level == 0 else "h2")], key=key if toc else None,
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
                out.append(Paragraph(str(cell), self.s[style]))
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

    # -- what the engine decided -------------------------------------------------------------------
    def reference_api(self, ua: UseCaseAssessment):
        return self.cat.api(ua.reference_api)

    def chosen(self, ua: UseCaseAssessment) -> CandidateAssessment | None:
        return next((c for c in ua.candidates if c.candidate.id == ua.recommended), None)

    # -- which knowledge records the assessment touched ----------------------------------------------
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

    # -- risks ---------------------------------------------------------------------------------------
    def risks(self) -> list[str]:
        """The engine's risk register, for the recommended options, in the report's language."""
        return list(dict.fromkeys(self.risk_text(r) for r in self.a.risks if r.recommended))

    def risk_text(self, risk) -> str:
        key = f"rk_{risk.kind}"
        if self.t.has(key):
            params = dict(risk.params)
            if "sensitivity" in params:
                params["sensitivity"] = self.t(f"sens_{params['sensitivity']}")
            with contextlib.suppress(KeyError, IndexError, ValueError):
                return self.t(key, subject=risk.subject, **params)
        return f"{risk.subject}: {risk.message}"

    def stale_records(self) -> int:
        cutoff = self.today - dt.timedelta(days=STALE_DAYS)
        return sum(1 for group in self.used.values() for r in group.values() if r.as_of < cutoff)

    # -- page decoration -----------------------------------------------------------------------------
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
        canv.rect(MARGIN_X, self.page_h * 0.70, 1.6 * cm, 0.16 * cm, stroke=0, fill=1)
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

    # -- sections ------------------------------------------------------------------------------------
    def cover(self) -> list:
        t, info = self.t, self.info
        story: list = [Spacer(1, self.page_h * 0.30 - MARGIN_TOP)]
        story.append(self.P(_e(t("title")), "cover_title"))
        story.append(self.P(_e(t("subtitle")), "cover_sub"))
        story.append(self.P(_e(self.p.name), "cover_name"))
        v = info.get("verification", {})
        rows = [
            (t("client"), _e(self.p.organisation.name)),
            (t("consultant"), _e(self.p.consultant) if self.p.consultant.strip() else f"<i>{_e(t('not_given'))}</i>"),
            (t("date"), _e(t.date(self.today))),
            (t("kb_version"), _e(info.get("version", self.a.knowledge_base_version))),
            (t("kb_range"), _e(t("kb_range_value", oldest=t.iso_date(info.get("oldest_as_of")),
                                  newest=t.iso_date(info.get("newest_as_of"))))),
            (t("kb_verification"), _e(t("kb_verification_value", primary=v.get("primary", 0),
                                         secondary=v.get("secondary", 0), unverified=v.get("unverified", 0)))),
        ]
        if self.signer is not None:
            rows.append((t("signed_by"), _e(f"{self.signer.name}, {self.signer.organisation}")))
            rows.append((t("fingerprint"), self.fingerprint_html()))
        else:
            rows.append((t("signed_by"), f"<b>{_e(t('unsigned_draft'))}</b>"))
        story.append(self.kv_table(rows, 0.32))
        story.append(Spacer(1, 18))
        story.append(self.P(_e(t("cover_note")), "small"))
        story.append(self.P(_e(t("cover_verify")), "small"))
        return story

    def fingerprint_html(self) -> str:
        fp = (self.signer.fingerprint_sha256 if self.signer else "").upper()
        parts = fp.split(":")
        if len(parts) > 16:
            return _e(":".join(parts[:16])) + "<br/>" + _e(":".join(parts[16:]))
        return _e(fp)

    def contents(self, toc_entries: list[tuple[str, str, str, int]]) -> list:
        story: list = [self.P(_e(self.t("contents")), "h1"), Spacer(1, 4)]
        for number, title, key, level in toc_entries:
            story.append(_TocRow(number, title, key, level, self))
        return story

    def summary(self, number: str) -> list:
        t, a = self.t, self.a
        story: list = [self.heading(number, t("sec_summary"), 0)]
        kinds = {"self-hosted": 0, "api": 0}
        for ua in a.use_cases:
            ca = self.chosen(ua)
            if ca is not None:
                kinds[ca.candidate.kind] += 1
        story.append(self.P(_e(t("summary_intro", n=len(a.use_cases), monthly=self.money(a.total_monthly),
                                   tco=self.money(a.total_tco), months=a.horizon_months))
                            + " " + _e(t("summary_split", self_hosted=kinds["self-hosted"], api=kinds["api"]))))
        n_obl = len(self.checklist_items()["all"])
        kpis = [(self.money(a.total_monthly), t("kpi_monthly")),
                (self.money(a.total_tco), t("kpi_tco", months=a.horizon_months)),
                (str(len(a.use_cases)), t("kpi_use_cases")),
                (str(n_obl), t("kpi_obligations"))]
        cells = [[Paragraph(_e(v), self.s["kpi_value"]) for v, _ in kpis],
                 [Paragraph(_e(lbl), self.s["kpi_label"]) for _, lbl in kpis]]
        kpi = Table(cells, colWidths=[self.text_w / 4] * 4, hAlign="LEFT")
        kpi.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, 8),
            ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
            ("LINEBEFORE", (1, 0), (-1, -1), 2, colors.white),
            ("TOPPADDING", (0, 0), (-1, 0), 8), ("BOTTOMPADDING", (0, 1), (-1, 1), 8),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ]))
        story += [Spacer(1, 4), kpi, Spacer(1, 6)]
        story.append(self.P(_e(t("recommended_mix")), "h3"))
        rows = [[_e(t("col_use_case")), _e(t("col_recommendation")), _e(t("col_kind")), _e(t("col_monthly")),
                 _e(t("col_share")), _e(t("col_tco", months=a.horizon_months))]]
        chart_items = []
        for ua, mix in zip(a.use_cases, a.mix, strict=False):
            ca = self.chosen(ua)
            if ca is None:
                rows.append([_e(ua.name), f"<i>{_e(t('none_qualifies'))}</i>", "—", "—", "—", "—"])
                continue
            rows.append([_e(ua.name), _e(self.label(ca)), _e(t(f"kind_{ca.candidate.kind}")),
                         _e(self.money(mix.monthly)), _e(t.pct(mix.share)), _e(self.money(ca.cost.tco_total))])
            chart_items.append((ua.name, mix.monthly, ca.candidate.kind))
        rows.append([f"<b>{_e(t('total'))}</b>", "", "", f"<b>{_e(self.money(a.total_monthly))}</b>",
                     f"<b>{_e(t.pct(1.0 if a.total_monthly else 0))}</b>", f"<b>{_e(self.money(a.total_tco))}</b>"])
        story.append(self.table(rows, [0.26, 0.29, 0.11, 0.12, 0.09, 0.13], align_right_from=3,
                                extra=[("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
                                       ("BACKGROUND", (0, -1), (-1, -1), colors.white)]))
        if len(chart_items) > MIX_CHART_ROWS:
            chart_items.sort(key=lambda i: -i[1])
            rest = chart_items[MIX_CHART_ROWS - 1:]
            chart_items = chart_items[:MIX_CHART_ROWS - 1] + [
                (t("mix_others", n=len(rest)), sum(i[1] for i in rest), "mixed")]
        if chart_items:
            story.append(Spacer(1, 8))
            story.append(KeepTogether([self.P(_e(t("chart_mix_title")), "h3k"),
                                       charts.mix_chart(chart_items, self.cur, t, self.text_w)]))
        story.append(self.P(_e(t("top_risks")), "h3"))
        risks = self.risks()
        if risks:
            for r in risks[:7]:
                story.append(self.P(_e(r), "bullet", bulletText="•"))
        else:
            story.append(self.P(_e(t("no_risks"))))
        return story

    # -- one use case --------------------------------------------------------------------------------
    def use_case(self, number: str, ua: UseCaseAssessment, first: bool, section_number: str) -> list:
        t = self.t
        uc = self.ucs.get(ua.use_case)
        story: list = []
        if first:
            story.append(self.heading(section_number, t("sec_use_cases"), 0))
        story.append(self.heading(number, ua.name, 1))
        if uc is not None and uc.description:
            story.append(self.P(_e(uc.description)))
        if uc is not None:
            story += self.requirements(uc)
        story += self.candidates_table(ua, uc)
        story += self.license_section(ua)
        story += self.memory_section(ua)
        if uc is not None:
            story += self.cost_section(ua, uc)
        story += self.recommendation_section(ua, uc)
        return story

    def requirements(self, uc: UseCase) -> list:
        t, w, u = self.t, uc.workload, uc.usage
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
        return [KeepTogether([self.P(_e(t("requirements")), "h3k"), self.kv_table(pairs, 0.27)])]

    def candidates_table(self, ua: UseCaseAssessment, uc: UseCase | None) -> list:
        t = self.t
        w = self.p.weights
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
            rows.append([f"{star}{_e(self.label(ca))}"] + [t.num(subs[q]) if q in subs else "—" for q in range(1, 6)]
                        + [f"+{t.num(bonus)}" if bonus else "—", score, _e(self.money(ca.cost.monthly_total))])
            if ca.score.excluded:
                notes.append(t("excluded_because", label=self.label(ca), reasons="; ".join(self.exclusions(ca))))
        weights = " / ".join(t.num(x, 1) for x in (w.license, w.hardware, w.use_case, w.support, w.cost))
        for r in bold_rows:
            rows[r] = [f"<b>{cell}</b>" for cell in rows[r]]
        tbl = self.table(rows, [0.33, 0.055, 0.055, 0.055, 0.055, 0.055, 0.09, 0.12, 0.185], align_right_from=1,
                         extra=[("BACKGROUND", (0, r), (-1, r), LIGHT) for r in bold_rows])
        legend = ", ".join(f"{t('q_short', n=i)} {t(f'q{i}')}" for i in range(1, 6))
        story = self.keep(_e(t("candidates_compared")), tbl,
                          self.P(_e(t("scores_note", weights=weights, legend=legend)), "note"), rows=len(rows))
        story += [self.P(_e(n), "note") for n in notes]
        return story

    def exclusions(self, ca: CandidateAssessment) -> list[str]:
        """The engine's exclusions, each with the question that answered it."""
        out = []
        for e in ca.score.exclusions:
            key = f"ex_{e.kind}"
            text = e.reason
            if self.t.has(key):
                with contextlib.suppress(KeyError, IndexError, ValueError):
                    text = self.t(key, **e.params)
            where = self.t("ex_rule_q") if e.question == "rule" else self.t("question_n", n=e.question,
                                                                           topic=self.t(f"q{e.question}"))
            out.append(f"{text} ({where})")
        return out or [self.t("excluded")]

    def license_section(self, ua: UseCaseAssessment) -> list:
        t = self.t
        story: list = [self.P(_e(t("license_verdicts")), "h3")]
        groups: dict[tuple, list[CandidateAssessment]] = {}
        for ca in ua.candidates:
            lic = ca.license
            if lic is None:
                key = ("api", ca.candidate.api)
            else:
                d = lic.deciding_reason
                key = ("lic", lic.license, lic.verdict.value, d.clause if d else "", d.summary if d else "",
                       tuple(o.id for o in lic.obligations))
            groups.setdefault(key, []).append(ca)
        marks = {"allowed": "✓", "allowed_with_obligations": "✓", "needs_review": "⚠", "blocked": "✗"}
        for key, members in groups.items():
            names = ", ".join(self.label(c) for c in members)
            block: list = []
            if key[0] == "api":
                api = self.cat.apis.get((members[0].candidate.api or "").lower())
                vendor = api.vendor if api else (members[0].candidate.api or "")
                url = api.source if api else ""
                block.append(self.P(f"<b>{_e(names)}</b> — " + _link_text(t("vendor_terms", vendor=vendor, url="{url}"),
                                                                         url)))
                story.append(KeepTogether(block))
                continue
            lic = members[0].license
            verdict = t(f"verdict_{lic.verdict.value}")
            block.append(self.P(f"{marks[lic.verdict.value]} <b>{_e(lic.license)}</b> — <b>{_e(verdict)}</b>"
                                f"<br/>{_e(t('lic_candidates', names=names))}"))
            d = lic.deciding_reason
            if d is not None:
                text = f"{_e(t('deciding_clause', clause=d.clause))}: {_e(d.summary)}"
                block.append(Paragraph(text, self.s["body"].clone("lic_body", leftIndent=10, spaceAfter=1)))
                if d.quote:
                    block.append(self.P(f"“{_e(d.quote)}”", "quote"))
                block.append(Paragraph(f"{_e(t('source'))}: {_link(d.source)}",
                                       self.s["small"].clone("lic_src", leftIndent=10, spaceAfter=3)))
            if lic.obligations:
                block.append(Paragraph(f"<b>{_e(t('obligations'))}</b>", self.s["body"].clone(
                    "lic_ob", leftIndent=10, spaceAfter=1)))
                for o in lic.obligations:
                    block.append(Paragraph(f"{_e(o.text)} <font color='#5A5A5A' size='7'>({_e(o.license)}, "
                                           f"{_e(o.clause)})</font>",
                                           self.s["bullet"].clone("lic_ob_item", leftIndent=22, bulletIndent=12),
                                           bulletText="–"))
            else:
                block.append(Paragraph(_e(t("no_obligations")), self.s["small"].clone("lic_none", leftIndent=10,
                                                                                      spaceAfter=4)))
            story.append(KeepTogether(block))
        return story

    def memory_section(self, ua: UseCaseAssessment) -> list:
        t = self.t
        title = _e(t("memory_speed"))
        rows = [[_e(t("col_candidate")), _e(t("col_memory")), _e(t("col_fits")), _e(t("col_concurrency")),
                 _e(t("col_decode")), _e(t("col_ttft")), _e(t("col_replicas"))]]
        for ca in ua.candidates:
            sz = ca.sizing
            if sz is None:
                continue
            mem = f"{t.num(sz.memory.total_gb, 1)} / {t.num(sz.memory.usable_gb, 1)} GB"
            rows.append([_e(self.label(ca)), _e(mem), _e(t("yes") if sz.fits else t("no")),
                         t.num(sz.max_concurrency_at_context), t.num(sz.decode_tokens_per_s, 1),
                         f"{t.num(sz.ttft_s, 2)} s", t.num(ca.cost.replicas)])
        if len(rows) == 1:
            return self.keep(title, self.P(_e(t("no_self_hosted"))))
        return self.keep(title, self.table(rows, [0.31, 0.17, 0.07, 0.1, 0.12, 0.1, 0.13], align_right_from=1),
                         rows=len(rows))

    def cost_series(self, ua: UseCaseAssessment, uc: UseCase) -> tuple[list[charts.Series], float]:
        picture = cost_picture(self.p, self.cat, self.a, ua.use_case)
        out = []
        for curve in picture.curves:
            ca = ua.candidate(curve.candidate)
            series = charts.Series(label=self.label(ca) if ca else curve.label, kind=curve.kind, index=curve.index,
                                   tokens=curve.tokens, monthly=curve.monthly, recommended=curve.recommended)
            series.break_even = curve.break_even
            out.append(series)
        return out, picture.volume

    def cost_section(self, ua: UseCaseAssessment, uc: UseCase) -> list:
        t, a = self.t, self.a
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
            rows.append([_e(self.label(ca)), _e(self.money(c.monthly_total)), _e(self.money(c.cost_per_million_tokens, 2)),
                         _e(self.money(c.tco_total)), _e(self.money(c.capex)) if c.capex else "—", _e(be)])
        story: list = self.keep(title, self.table(rows, [0.31, 0.12, 0.12, 0.13, 0.15, 0.17], align_right_from=1),
                                rows=len(rows))
        if uc.workload.tokens_per_month > 0:
            series, volume = self.cost_series(ua, uc)
            if series:
                ref = self.reference_api(ua)
                drawing = charts.cost_volume_chart(series, volume, self.cur, t, self.text_w,
                                                   reference_api=ref.id if ref else None)
                story.append(KeepTogether([
                    Spacer(1, 6),
                    self.P(f"<b>{_e(t('chart_cost_title'))}</b>", "small"),
                    drawing,
                    self.P(_e(t("chart_cost_note", volume=t.tokens(volume))), "note"),
                ]))
        return story

    def recommendation_section(self, ua: UseCaseAssessment, uc: UseCase | None) -> list:
        return [KeepTogether(self._recommendation(ua, uc))]

    def _recommendation(self, ua: UseCaseAssessment, uc: UseCase | None) -> list:
        t = self.t
        story: list = [self.P(_e(t("recommendation")), "h3k")]
        ca = self.chosen(ua)
        if ca is None:
            story.append(self.P(f"<b>{_e(t('rec_none'))}</b>"))
            return story
        key = "rec_pinned" if ua.pinned else "rec_line"
        story.append(self.P(f"<b>{_e(t(key, label=self.label(ca), score=t.num(ca.score.total, 1)))}</b>"))
        rows = []
        reasons = self.five_questions(ca, ua, uc)
        for q in range(1, 6):
            sub = next((s for s in ca.score.subscores if s.question == q), None)
            rows.append([f"<b>{_e(t('question_n', n=q, topic=t(f'q{q}')))}</b>",
                         t.num(sub.score) if sub else "—", _e(reasons.get(q, ""))])
        story.append(self.table(rows, [0.17, 0.07, 0.76], header=False,
                                extra=[("ALIGN", (1, 0), (1, -1), "RIGHT")]))
        family = "open-weight" if ca.candidate.kind == "self-hosted" else "api"
        hits = [h.name for h in ca.score.rules if h.favours == family]
        if hits:
            story.append(self.P(_e(t("rec_rules", rules=", ".join(hits))), "small"))
        others = sorted((c for c in ua.candidates if c is not ca and not c.score.excluded),
                        key=lambda c: -c.score.total)
        if others:
            story.append(self.P(_e(t("rec_runner_up", label=self.label(others[0]),
                                     score=t.num(others[0].score.total, 1))), "small"))
        return story

    def five_questions(self, ca: CandidateAssessment, ua: UseCaseAssessment, uc: UseCase | None) -> dict[int, str]:
        t = self.t
        c = ca.candidate
        api = self.cat.apis.get((c.api or "").lower()) if c.kind == "api" else None
        model = self.cat.model(c.model or "") if c.kind == "self-hosted" else None
        out: dict[int, str] = {}
        if ca.license is None:
            out[1] = t("r_q1_api", vendor=api.vendor if api else c.api)
        else:
            out[1] = t("r_q1", verdict=t(f"verdict_{ca.license.verdict.value}"), lic=ca.license.license,
                       n=len(ca.license.obligations))
        if ca.sizing is None:
            out[2] = t("r_q2_api")
            if api and api.typical_latency_ms and uc and uc.workload.latency_target_ms \
                    and api.typical_latency_ms > uc.workload.latency_target_ms:
                out[2] += " " + t("r_q2_latency_miss", ms=t.num(api.typical_latency_ms),
                                  target=t.num(uc.workload.latency_target_ms))
        else:
            sz = ca.sizing
            if sz.fits:
                out[2] = t("r_q2", need=t.num(sz.memory.total_gb), usable=t.num(sz.memory.usable_gb),
                           tps=t.num(sz.decode_tokens_per_s), ttft=t.num(sz.ttft_s, 2), replicas=ca.cost.replicas)
            else:
                out[2] = t("r_q2_nofit", need=t.num(sz.memory.total_gb), usable=t.num(sz.memory.usable_gb))
        if uc is not None and c.id in uc.evaluations:
            out[3] = t("r_q3_eval", score=t.num(uc.evaluations[c.id]))
        elif uc is not None:
            tier = model.quality_tier if model else (api.quality_tier if api else "mid")
            out[3] = t("r_q3_tier", tier=t(f"tier_{tier}"), need=t(f"qn_{uc.quality_need}"))
        if model is not None:
            s = model.support
            out[4] = t("r_q4", maintainer=s.maintainer, engines=", ".join(s.engines) or "—",
                       community=t(f"community_{s.community}"))
        elif api is not None:
            out[4] = t("r_q4_api", vendor=api.vendor)
            if api.deprecation_date is not None:
                out[4] += " " + t("r_q4_deprecated", date=t.date(api.deprecation_date),
                                  month=ca.cost.forced_migration_month or "—")
        cost_sub = next((s for s in ca.score.subscores if s.question == 5), None)
        if cost_sub is not None and cost_sub.score < 99.95:
            extra = t("r_q5_ratio", pct=t.pct(cost_sub.score / 100))
        else:
            extra = t("r_q5_cheapest")
        out[5] = t("r_q5", monthly=self.money(ca.cost.monthly_total), tco=self.money(ca.cost.tco_total),
                   months=self.a.horizon_months, cheapest=extra)
        return out

    # -- obligations checklist -----------------------------------------------------------------------
    def checklist_items(self) -> dict[str, list]:
        """Grouped to-dos from the recommended candidates' license obligations, the API terms and the
        AI Act duties; each item: (text, wording, where, use case names, reference, source)."""
        if hasattr(self, "_checklist"):
            return self._checklist
        groups: dict[str, dict] = {"display": {}, "ship": {}, "names": {}, "other": {}, "vendor": {}}
        for ua in self.a.use_cases:
            ca = self.chosen(ua)
            if ca is None:
                continue
            if ca.license is not None:
                for o in ca.license.obligations:
                    group = {"attribution": "display", "license-copy": "ship", "notice": "ship",
                             "modification-notice": "ship", "naming": "names"}.get(o.kind, "other")
                    lic = self.cat.licenses.get(o.license.lower())
                    ob = next((x for x in lic.obligations if x.id == o.id), None) if lic else None
                    if group == "names" and ob is not None and ob.name_prefix:
                        text = self.t("cl_name_rule", prefix=ob.name_prefix)
                    else:
                        text = o.text
                    item = groups[group].setdefault(o.id, {
                        "text": text, "ucs": [], "ref": self.t("cl_ref", lic=o.license, clause=o.clause),
                        "source": o.source})
                    item["ucs"].append(ua.name)
            if ca.candidate.kind == "api":
                api = self.cat.apis.get((ca.candidate.api or "").lower())
                if api is not None:
                    item = groups["vendor"].setdefault(api.id, {
                        "text": self.t("cl_api_terms", vendor=api.vendor, api=api.id, region=api.region),
                        "ucs": [], "ref": api.vendor, "source": api.source})
                    item["ucs"].append(ua.name)
        for group, duty_id, item in self.ai_act_checklist_items():
            groups[group][duty_id] = item
        out = {k: list(v.values()) for k, v in groups.items()}
        out["all"] = [i for k in ("display", "ship", "names", "other", "vendor") for i in out[k]]
        self._checklist = out
        return out

    def checklist(self, number: str) -> list:
        t = self.t
        items = self.checklist_items()
        story: list = [self.heading(number, t("sec_checklist"), 0), self.P(_e(t("checklist_intro")))]
        for group, title, empty in (("display", "cl_display", "cl_none_display"), ("ship", "cl_ship", "cl_none_ship"),
                                    ("names", "cl_names", "cl_none_names"), ("other", "cl_other", "cl_none_other"),
                                    ("vendor", "cl_vendor", None)):
            if not items[group] and empty is None:
                continue
            story.append(self.P(_e(t(title)), "h3"))
            if not items[group]:
                story.append(self.P(f"<i>{_e(t(empty))}</i>", "small"))
                continue
            for item in items[group]:
                ref = f"{_e(item['ref'])} · {_link(item['source'])}"
                if item["ucs"]:
                    ref = _e(t("cl_for", ucs="; ".join(dict.fromkeys(item["ucs"])))) + "<br/>" + ref
                story.append(KeepTogether([self.P(_e(item["text"]), "check", bulletText="☐"),
                                           self.P(ref, "check_ref")]))
        story.append(self.P(_e(t("kb_english_note")), "note"))
        return story

    # -- EU AI Act -----------------------------------------------------------------------------------
    # Renders the engine's AiActAssessment (desktop.engine.ai_act); it decides nothing itself.
    def ai_act_results(self) -> dict[str, AiActAssessment]:
        """The engine's AI Act answer per use case id, as the assessment carries it."""
        return {ua.use_case: ua.ai_act for ua in self.a.use_cases if ua.ai_act is not None}

    def ai_act_rules(self) -> AiActRules:
        if not hasattr(self, "_ai_act_rules"):
            self._ai_act_rules = AiActRules.from_kb(self.kb)
        return self._ai_act_rules

    def ai_msg(self, msg: Message) -> str:
        return message_text(msg, self.t)

    def ai_title(self, duty: DutyFinding) -> str:
        return duty_title(duty, self.t)

    def ai_act_checklist_items(self) -> list[tuple[str, str, dict]]:
        """(group, duty id, item) for every AI Act duty the engine says applies (not merely possibly):
        transparency duties are things to display, the rest other duties."""
        items: dict[str, tuple[str, str, dict]] = {}
        for ua in self.a.use_cases:
            result = self.ai_act_results().get(ua.use_case)
            for duty in result.duties if result else []:
                if duty.certainty != "yes":
                    continue
                group = "display" if duty.article.startswith("Art. 50") else "other"
                item = items.setdefault(duty.id, (group, duty.id, {
                    "text": self.ai_msg(duty.message), "ucs": [],
                    "ref": self.t("ref_ai_act", article=duty.article), "source": duty.source}))[2]
                item["ucs"].append(ua.name)
        return list(items.values())

    def ai_date_text(self, day: ApplicationDate) -> str:
        t = self.t
        text = self.ai_msg(day.message)
        if day.original_date is not None:
            text += " " + t("ai_date_amended", instrument=day.instrument, date=t.date(day.original_date))
        for change in day.pending:
            text += " " + t("ai_date_proposed", instrument=change.instrument, date=t.date(change.date))
        return text

    def ai_act(self, number: str) -> list:
        t = self.t
        story: list = [self.heading(number, t("sec_ai_act"), 0), self.P(_e(t("ai_intro")))]
        country = self.p.organisation.country.upper()
        if country not in EU_MEMBER_STATES:
            story.append(self.P(_e(t("ai_outside_eu", country=country))))
        results = [self.ai_act_results()[ua.use_case] for ua in self.a.use_cases
                   if ua.use_case in self.ai_act_results()]

        story.append(self.P(_e(t("ai_roles")), "h3"))
        rows = [[_e(t("col_use_case")), _e(t("col_role")), _e(t("col_why")), _e(t("col_transparency")),
                 _e(t("col_high_risk"))]]
        for r in results:
            role = f"<b>{_e(t(f'role_{r.primary_role}'))}</b>"
            for f in r.roles:
                if f.certainty == "possible":
                    role += "<br/>" + _e(t("high_risk_maybe", why=t(f"role_{f.role}")))
            why = "; ".join(dict.fromkeys(self.ai_msg(f.why) for f in r.roles
                                          if f.role == r.primary_role and f.certainty == "yes"))
            transparency = "; ".join(f"{d.article} {self.ai_title(d)}" + ("" if d.certainty == "yes" else f" ({t('ai_possibly')})")
                                     for d in r.duties if d.article.startswith("Art. 50"))
            hr = "; ".join(t("high_risk_yes" if s.found_in == "uses" else "high_risk_maybe", why=self.ai_msg(s.message))
                           + f" ({t('hr_found_in', where=t(f'hr_where_{s.found_in}'))})" for s in r.signals)
            rows.append([_e(r.name), role, _e(why), _e(transparency or t("transparency_no")),
                         _e(hr or t("high_risk_no"))])
        story.append(self.table(rows, [0.22, 0.15, 0.2, 0.23, 0.2]))
        story.append(self.P(_e(t("ai_provider_note")), "note"))

        story.append(self.P(_e(t("ai_dates")), "h3"))
        rows = [[_e(t("col_from")), _e(t("col_what")), _e(t("col_concerns"))]]
        for day in self.ai_act_rules().timeline(self.today):
            concerned = [r.name for r in results
                         if any(d.applies_from is not None and d.applies_from.id == day.id for d in r.duties)]
            if concerned and len(concerned) == len(results) > 1:
                concerns = t("all_use_cases")
            else:
                concerns = self.names(concerned)
            rows.append([f"<b>{_e(t.date(day.date))}</b>", _e(self.ai_date_text(day)), _e(concerns or "—")])
        story.append(self.table(rows, [0.17, 0.53, 0.30]))

        story.append(self.P(_e(t("ai_duties")), "h3"))
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
            duty = f"<b>{_e(d.article)}</b> {_e(self.ai_title(d))}<br/><font size='7'>{_e(self.ai_msg(d.message))}</font>"
            concerns = t("all_use_cases") if len(names) == len(results) > 1 else self.names(names, 8)
            rows.append([duty, _e(", ".join(t(f"role_{b}") for b in bearers)), _e(f"{when} ({state})"),
                         _e(concerns)])
        if len(rows) > 1:
            story.append(self.table(rows, [0.46, 0.14, 0.17, 0.23]))

        story.append(self.P(_e(t("ai_high_risk")), "h3"))
        story.append(self.P(_e(t("ai_high_risk_text"))))
        flagged = [r for r in results if r.signals]
        for r in flagged:
            why = "; ".join(self.ai_msg(s.message) for s in r.signals)
            story.append(self.P(f"<b>{_e(r.name)}</b>: {_e(why)}", "bullet", bulletText="•"))
        if not flagged:
            story.append(self.P(_e(t("ai_high_risk_none"))))
        questions = [(r.name, q) for r in results for q in r.open_questions]
        if questions:
            story.append(self.P(_e(t("ai_open_questions")), "h3"))
            for name, q in questions:
                story.append(self.P(f"<b>{_e(name)}</b>: {_e(self.ai_msg(q))}", "bullet", bulletText="•"))
        story.append(Spacer(1, 6))
        story.append(self.P(f"<b>{_e(t('ai_not_legal_advice'))}</b> " + _e(t("ai_cite", url="")) + _link(AI_ACT_URL),
                            "small"))
        return story

    # -- assumptions ---------------------------------------------------------------------------------
    def assumptions(self, number: str) -> list:
        t, o, a, w = self.t, self.p.organisation, self.p.assumptions, self.p.weights
        story: list = [self.heading(number, t("sec_assumptions"), 0), self.P(_e(t("assumptions_intro")))]
        org = [
            (t("org_name"), _e(o.name)),
            (t("org_country"), _e(o.country)),
            (t("org_currency"), _e(o.currency)),
            (t("org_usd"), _e(t("org_usd_value", currency=o.currency, rate=t.num(o.usd_per_unit, 2)))),
            (t("org_electricity"), _e(t("org_electricity_value", price=t.money(o.electricity_per_kwh, o.currency, 2)))),
            (t("org_pue"), _e(t.num(o.pue, 2))),
            (t("org_staff"), _e(t.money(o.staff_cost_per_fte_year, o.currency))),
            (t("org_team"), _e(t("fte", n=t.num(o.team_fte, 1)))),
            (t("org_colocation"), _e(t.money(o.colocation_per_kw_month, o.currency))),
            (t("org_mau"), _e(t.num(o.group_mau))),
            (t("org_revenue"), _e(t.num(o.group_monthly_revenue_usd))),
        ]
        story += [self.P(_e(t("org_profile")), "h3"), self.kv_table(org, 0.45)]
        fmt = {
            "horizon_months": t("months", n=a.horizon_months),
            "amortisation_months": t("months", n=a.amortisation_months),
            "residual_share": t.pct(a.residual_share),
            "maintenance_share_per_year": t.pct(a.maintenance_share_per_year, 1),
            "server_cost": t.money(a.server_cost, "USD"),
            "server_w": t("watts", n=t.num(a.server_w)),
            "gpus_per_server": t.num(a.gpus_per_server),
            "utilisation": t.pct(a.utilisation),
            "ops_fte_self_hosted": t("fte", n=t.num(a.ops_fte_self_hosted, 2)),
            "ops_fte_api": t("fte", n=t.num(a.ops_fte_api, 2)),
            "model_switch_months": t("months", n=a.model_switch_months),
            "migration_cost_self_hosted": self.money(a.migration_cost_self_hosted),
            "migration_cost_api": self.money(a.migration_cost_api),
            "sensitivity_pct": "±" + t.pct(a.sensitivity_pct / 100),
        }
        story += [self.P(_e(t("cost_assumptions")), "h3"),
                  self.kv_table([(t(f"a_{k}"), _e(v)) for k, v in fmt.items()], 0.45)]
        weights = [(t("question_n", n=i, topic=t(f"q{i}")), _e(t.num(v, 1)))
                   for i, v in enumerate((w.license, w.hardware, w.use_case, w.support, w.cost), start=1)]
        story += [self.P(_e(t("question_weights")), "h3"), self.kv_table(weights, 0.45),
                  self.P(_e(t("assumption_notes")), "note")]
        return story

    # -- sensitivity ---------------------------------------------------------------------------------
    def sensitivity(self, number: str) -> list:
        t = self.t
        pct = self.p.assumptions.sensitivity_pct
        story: list = [self.heading(number, t("sec_sensitivity"), 0),
                       self.P(_e(t("sens_intro", pct=t.pct(pct / 100), draws=t.num(MC_DRAWS))))]
        rows = [[_e(t("col_use_case")), _e(t("col_recommendation")), _e(t("col_base")), _e(t("col_p5")),
                 _e(t("col_p50")), _e(t("col_p95"))]]
        tornados = []
        for ua in self.a.use_cases:
            uc, ca = self.ucs.get(ua.use_case), self.chosen(ua)
            if uc is None or ca is None:
                continue
            sens = sensitivity(self.p, self.cat, self.a, ua.use_case, ca.candidate.id, draws=MC_DRAWS)
            if sens.band is None:
                continue
            band = sens.band
            rows.append([_e(ua.name), _e(self.label(ca)), _e(self.money(ca.cost.monthly_total)),
                         _e(self.money(band.p5)), _e(self.money(band.p50)), _e(self.money(band.p95))])
            if ca.candidate.kind == "self-hosted" and sens.tornado is not None:
                tornados.append((ua, uc, ca, sens.tornado, self.reference_api(ua)))
        story += [self.P(_e(t("mc_title")), "h3"),
                  self.table(rows, [0.27, 0.29, 0.11, 0.11, 0.11, 0.11], align_right_from=2)]
        if not tornados:
            story.append(self.P(_e(t("no_self_hosted_rec")), "note"))
        for ua, uc, ca, tor, ref in tornados:
            bars = [(t(f"as_{b.assumption}") if t.has(f"as_{b.assumption}") else ASSUMPTIONS.get(b.assumption, b.assumption),
                     b.low_monthly, b.high_monthly) for b in tor.bars]
            block = [self.P(_e(t("tornado_title", uc=ua.name, label=self.label(ca))), "h3k"),
                     charts.tornado_chart(bars, tor.base_monthly, self.cur, t, self.text_w, tor.spread_pct),
                     self.P(_e(t("tornado_note", pct=t.pct(tor.spread_pct / 100), base=self.money(tor.base_monthly))),
                            "note")]
            if ca.cost.break_even_tokens_per_month and ref is not None:
                block.append(self.P(_e(t("tornado_break_even", api=ref.id,
                                         tokens=t.tokens(ca.cost.break_even_tokens_per_month),
                                         today=t.tokens(uc.workload.tokens_per_month))), "small"))
            story.append(KeepTogether(block))
        return story

    # -- appendix ------------------------------------------------------------------------------------
    def appendix(self, number: str) -> list:
        t = self.t
        story: list = [self.heading(number, t("sec_appendix"), 0), self.P(_e(t("appendix_intro")))]
        cutoff = self.today - dt.timedelta(days=STALE_DAYS)
        for kind in ("licenses", "models", "gpus", "apis", "clouds", "rules"):
            records = sorted(self.used[kind].values(), key=lambda r: r.id.lower())
            if not records:
                continue
            rows = [[_e(t("col_record")), _e(t("col_as_of")), _e(t("col_verification")), _e(t("col_sources"))]]
            for r in records:
                name = getattr(r, "name", None)
                title = f"<b>{_e(r.id)}</b>" + (f"<br/>{_e(name)}" if name and name != r.id else "")
                urls = list(dict.fromkeys([*r.sources, *sorted(self.clause_sources.get(r.id, ()))]))
                as_of = _e(r.as_of.isoformat())
                if r.as_of < cutoff:
                    as_of += f"<br/><font size='6.5'>⚠ {_e(t('stale_mark'))}</font>"
                rows.append([title, as_of, _e(t(f"ver_{r.verification.value}")),
                             Paragraph("<br/>".join(_link(u) for u in urls), self.s["cell_small"])])
            story.append(self.P(_e(t(f"kind_{kind}")), "h3"))
            story.append(self.table(rows, [0.27, 0.12, 0.16, 0.45]))
        story.append(self.P(_e(t("other_sources")), "h3"))
        story.append(self.P(_e(t("ai_cite", url="")) + _link(AI_ACT_URL), "bullet", bulletText="•"))
        return story

    # -- signature page ------------------------------------------------------------------------------
    def signature(self, number: str) -> list:
        t = self.t
        story: list = [self.heading(number, t("sec_signature"), 0)]
        if self.signer is not None:
            story.append(self.P(_e(t("sig_intro_signed"))))
            story.append(self.kv_table([(t("sig_name"), _e(self.signer.name)),
                                        (t("sig_org"), _e(self.signer.organisation)),
                                        (t("sig_generated"), _e(t.date(self.today)))], 0.3))
            story.append(Spacer(1, 8))
            story.append(self.P(_e(t("sig_compare"))))
            story.append(self.P(f"<b>{_e(t('fingerprint'))}</b><br/>{self.fingerprint_html()}", "fingerprint"))
        else:
            story.append(self.P(f"<b>{_e(t('sig_unsigned'))}</b>"))
            story.append(self.kv_table([(t("sig_generated"), _e(t.date(self.today)))], 0.3))
        story.append(Spacer(1, 6))
        story.append(self.P(_e(t("sig_box_note")), "note"))
        return story

    # -- assembly ------------------------------------------------------------------------------------
    def build(self) -> bytes:
        self.collect_sources()
        t = self.t
        body: list = []
        n = 1
        body += self.summary(str(n))
        n += 1
        uc_section = str(n)
        for i, ua in enumerate(self.a.use_cases, start=1):
            body.append(PageBreak())
            body += self.use_case(f"{uc_section}.{i}", ua, i == 1, uc_section)
        if not self.a.use_cases:
            body += [PageBreak(), self.heading(uc_section, t("sec_use_cases"), 0)]
        for section in (self.checklist, self.ai_act, self.assumptions, self.sensitivity, self.appendix):
            n += 1
            body.append(PageBreak())
            body += section(str(n))
        n += 1
        body += [NextPageTemplate("signature"), PageBreak()]
        body += self.signature(str(n))

        story = self.cover() + [NextPageTemplate("body"), PageBreak()]
        story += self.contents(list(self.toc)) + [PageBreak()] + body

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


def _link_text(template: str, url: str) -> str:
    """Escape a sentence and put a clickable URL where '{url}' stands."""
    head, _, tail = template.partition("{url}")
    return _e(head) + (_link(url) if url else "—") + _e(tail)


def build_report_pdf(portfolio: Portfolio, assessment: PortfolioAssessment, kb, *, lang: str = "en",
                     paper: str = "a4", signer: SignerInfo | None = None,
                     generated: dt.datetime | None = None) -> bytes:
    """The assessment report as PDF bytes (unsigned; desktop.report.sign signs them)."""
    return _Report(portfolio, assessment, kb, lang, paper, signer, generated).build()

"""The report view: what the assessment report will say, as readable text, refreshed with every edit."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desktop.domain.vocabulary import VERDICT_COLOURS
from desktop.i18n.engine_text import for_assessment
from desktop.i18n.messages import Messages, candidate_label

from ..charts.format import current, money
from ..document import PortfolioDocument


class ReportView(QWidget):
    # The user asked for one of the report actions; the main window carries them out.
    exportRequested = Signal()
    printRequested = Signal()
    printPreviewRequested = Signal()
    verifyRequested = Signal()

    def __init__(self, doc: PortfolioDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)  # never online: links are shown, not opened
        self.note = QLabel(self.tr("A preview of what the assessment report says. Export it as a PDF (signed "
                                   "with your identity, or as an unsigned draft), print it, or check a report "
                                   "someone sent you."))
        self.note.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export report…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.preview_button = QPushButton(self.tr("Print preview…"))
        self.verify_button = QPushButton(self.tr("Verify a report…"))
        self.export_button.clicked.connect(self.exportRequested)
        self.print_button.clicked.connect(self.printRequested)
        self.preview_button.clicked.connect(self.printPreviewRequested)
        self.verify_button.clicked.connect(self.verifyRequested)
        buttons = QHBoxLayout()
        for button in (self.export_button, self.print_button, self.preview_button, self.verify_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addWidget(self.browser)
        doc.assessmentChanged.connect(self.refresh)
        self.refresh()

    def html(self) -> str:
        # Texts are translated before they go into the f-strings: lupdate does not look inside f-strings.
        a, p = self.doc.assessment, self.doc.portfolio
        if a is None:
            failed = self.tr("The assessment could not be computed:")
            return f"<p>{escape(failed)} {escape(self.doc.assessment_error or '')}</p>"
        cur = a.currency
        # Words and numbers in the UI language and the organisation's locale (charts.format is set by the window).
        fmt = current()
        lang = fmt.lang
        rules = getattr(self.doc.catalog, "rules", None)
        words = Messages(lang, a, rules, fmt)
        sentences = for_assessment(lang, a, rules, fmt)
        labels = {ca.candidate.id: candidate_label(ca.candidate, lang) for ua in a.use_cases for ca in ua.candidates}
        kb, mix, per_month = self.tr("knowledge base"), self.tr("Recommended mix"), self.tr("per month")
        over = self.tr("over {0} months").format(a.horizon_months)
        month = self.tr("month")
        verdicts = {
            "allowed": self.tr("allowed"),
            "allowed_with_obligations": self.tr("allowed with obligations"),
            "needs_review": self.tr("needs review"),
            "blocked": self.tr("blocked"),
        }
        heads = [self.tr("Candidate"), self.tr("License (1)"), self.tr("Fits (2)"), self.tr("Score"), self.tr("Monthly")]
        parts = [
            f"<h2>{escape(p.name)}</h2>",
            f"<p>{escape(p.organisation.name)} · {escape(kb)} {escape(a.knowledge_base_version)}</p>",
            f"<h3>{escape(mix)}</h3>",
            f"<p><b>{escape(money(a.total_monthly, cur))}</b> {escape(per_month)}, "
            f"<b>{escape(money(a.total_tco, cur))}</b> {escape(over)}</p><ul>",
        ]
        for item in a.mix:
            label = labels.get(item.candidate or "", item.label or "—")
            parts.append(f"<li>{escape(item.name)}: {escape(label)} "
                         f"({escape(money(item.monthly, cur))}/{escape(month)}, {escape(fmt.pct(item.share, 1))})</li>")
        parts.append("</ul>")
        scenarios = self.tr("Scenarios")
        sc_heads = [self.tr("Scenario"), self.tr("Monthly"), self.tr("TCO"), self.tr("Capex"), self.tr("Unserved")]
        titles = {"all_api": self.tr("All API"), "all_self_hosted": self.tr("All self-hosted"),
                  "recommended": self.tr("Recommended mix"), "consolidated": self.tr("Best consolidation")}
        parts.append(f"<h3>{escape(scenarios)}</h3><table cellpadding='3'><tr>"
                     + "".join(f"<th align='left'>{escape(h)}</th>" for h in sc_heads) + "</tr>")
        for sc in a.scenarios:
            mark = "<b>" if sc.name == a.recommended_scenario else ""
            end = "</b>" if mark else ""
            parts.append(f"<tr><td>{mark}{escape(titles.get(sc.name, sc.title))}{end}</td>"
                         f"<td align='right'>{escape(money(sc.monthly, cur))}</td>"
                         f"<td align='right'>{escape(money(sc.tco, cur))}</td>"
                         f"<td align='right'>{escape(money(sc.capex, cur))}</td><td>{len(sc.unserved) or '—'}</td></tr>")
        parts.append("</table>")
        if a.scenario_reason:
            reason = sentences(a.scenario_reason_message) if a.scenario_reason_message else a.scenario_reason
            parts.append(f"<p><i>{escape(reason)}</i></p>")
        shown_risks = [r for r in a.risks if r.recommended]  # the register the PDF prints
        if shown_risks:
            risks = self.tr("Risks")
            parts.append(f"<h3>{escape(risks)}</h3><ul>")
            parts += [f"<li>[{escape(words.severity(r.severity))}] {escape(words.risk(r))}</li>" for r in shown_risks]
            parts.append("</ul>")
        for ua in a.use_cases:
            summary = sentences(ua.summary_message) if ua.summary_message else ua.summary
            parts.append(f"<h3>{escape(ua.name)}</h3><p>{escape(summary)}</p><table cellpadding='3'>")
            parts.append(f"<tr><th align='left'>{escape(heads[0])}</th><th>{escape(heads[1])}</th>"
                         f"<th>{escape(heads[2])}</th><th>{escape(heads[3])}</th>"
                         f"<th align='right'>{escape(heads[4])}</th></tr>")
            for ca in sorted(ua.candidates, key=lambda c: -c.score.total):
                verdict = ca.license.verdict.value if ca.license else "vendor terms"
                colour = VERDICT_COLOURS.get(verdict, "#555")
                shown = verdicts.get(verdict, self.tr("vendor terms"))
                fits = "—" if ca.sizing is None else ("✓" if ca.sizing.fits else "✗")
                parts.append(
                    f"<tr><td>{escape(labels[ca.candidate.id])}</td><td style='color:{colour}'>{escape(shown)}</td>"
                    f"<td align='center'>{fits}</td><td align='right'>{ca.score.total:.0f}</td>"
                    f"<td align='right'>{escape(money(ca.cost.monthly_total, cur))}</td></tr>")
            parts.append("</table>")
            chosen = next((c for c in ua.candidates if c.candidate.id == ua.recommended), None)
            if chosen and chosen.license and chosen.license.obligations:
                obligations = self.tr("Obligations")
                parts.append(f"<p><b>{escape(obligations)}</b></p><ul>")
                parts += [f"<li>{escape(o.text)} <i>({escape(o.license)} {escape(o.clause)})</i></li>"
                          for o in chosen.license.obligations]
                parts.append("</ul>")
        return "".join(parts)

    def refresh(self) -> None:
        ready = self.doc.assessment is not None  # verifying another report needs no assessment of ours
        for button in (self.export_button, self.print_button, self.preview_button):
            button.setEnabled(ready)
        if self.window().isVisible() and not self.isVisible():
            self._stale = True  # a hidden page of the main window redraws when it is shown
            return
        self._stale = False
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(self.html())
        self.browser.verticalScrollBar().setValue(scroll)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self.refresh()

"""The main window: navigation between the views, files, undo/redo, the status bar."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.portfolio_file import PortfolioError, load_portfolio
from desktop.engine.assess import Catalog
from desktop.knowledge.base import KnowledgeBase
from desktop.knowledge.sources import RESOURCES

from .add_model import add_model_from_disk
from .app import language_for
from .charts.format import set_locale
from .document import PortfolioDocument
from .settings import Settings
from .views.assessment import AssessmentView
from .views.candidates import CandidatesView
from .views.knowledge import KnowledgeView
from .views.organisation import OrganisationView
from .views.report import ReportView
from .views.use_cases import UseCasesView

SAMPLE = RESOURCES / "samples" / "de-manufacturing-sme.json"
FILE_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Model Strategy portfolio (*.json);;All files (*)")


class MainWindow(QMainWindow):
    def __init__(self, kb: KnowledgeBase, settings: Settings, parent: QWidget | None = None,
                 doc: PortfolioDocument | None = None):
        super().__init__(parent)
        self.kb = kb
        self.settings = settings
        # `doc`: the open portfolio handed over when the language changes (app.switch_language).
        self.doc = doc or PortfolioDocument(Catalog.from_kb(kb), self)
        self.doc.setParent(self)
        # Numbers follow the language and the organisation's country; set before any view redraws.
        self.doc.portfolioLoaded.connect(self.apply_locale)
        self.doc.portfolioChanged.connect(lambda parts: "organisation" in parts and self.apply_locale())
        self.apply_locale()
        self.setMinimumSize(QSize(960, 640))
        # A 1366x768 laptop must see the whole window, including the detail panes on the right.
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen is not None else QSize(1380, 860)
        self.resize(QSize(1380, 860).boundedTo(room))

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Views"))
        self.nav.setFixedWidth(150)
        self.stack = QStackedWidget()
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setVisible(False)
        self.hint.setStyleSheet("padding: 6px 10px; background: palette(alternate-base); border-radius: 4px;")

        self.organisation_view = OrganisationView(self.doc)
        self.use_cases_view = UseCasesView(self.doc)
        self.candidates_view = CandidatesView(self.doc)
        self.assessment_view = AssessmentView(self.doc)
        self.knowledge_view = KnowledgeView(kb)
        self.report_view = ReportView(self.doc)
        self._report_actions = None  # built on first use: PDF and signing libraries load after first paint
        self.views: list[tuple[str, QWidget]] = [
            (self.tr("Organisation"), self.organisation_view),
            (self.tr("Use cases"), self.use_cases_view),
            (self.tr("Candidates"), self.candidates_view),
            (self.tr("Assessment"), self.assessment_view),
            (self.tr("Knowledge base"), self.knowledge_view),
            (self.tr("Report"), self.report_view),
        ]
        for title, view in self.views:
            self.nav.addItem(title)
            self.stack.addWidget(view)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.hint)
        right_layout.addWidget(self.stack)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(right, 1)
        self.setCentralWidget(central)

        self.kb_label = QLabel()
        self.statusBar().addPermanentWidget(self.kb_label)
        self._build_menus()
        self._build_toolbar()
        self._connect()
        self._update_kb_status()
        self._update_title()

    # -- wiring ------------------------------------------------------------------------------------
    def _connect(self) -> None:
        doc = self.doc
        doc.undo_stack.cleanChanged.connect(lambda _clean: self._update_title())
        doc.portfolioLoaded.connect(self._update_title)
        doc.portfolioChanged.connect(lambda _parts: self._update_title())
        doc.pathChanged.connect(lambda _p: self._update_title())
        doc.editRefused.connect(lambda reason: self.statusBar().showMessage(self.tr("Refused: {0}").format(reason), 8000))
        doc.autosaveFailed.connect(self._autosave_failed)
        self.use_cases_view.currentUseCaseChanged.connect(self.candidates_view.set_use_case)
        self.candidates_view.useCaseChosen.connect(self.use_cases_view.select)
        self.knowledge_view.overlayChanged.connect(self._knowledge_changed)
        self.report_view.exportRequested.connect(lambda: self.report_actions.export_report())
        self.report_view.printRequested.connect(lambda: self.report_actions.print_report())
        self.report_view.printPreviewRequested.connect(lambda: self.report_actions.preview_report())
        self.report_view.verifyRequested.connect(lambda: self.report_actions.verify_report())

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.action_new = self._action(file_menu, self.tr("&New"), self.new_portfolio, QKeySequence.StandardKey.New)
        self.action_open = self._action(file_menu, self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._action(file_menu, self.tr("Open &sample portfolio"), lambda: self.open_path(SAMPLE, remember=False))
        file_menu.addSeparator()
        self.action_save = self._action(file_menu, self.tr("&Save"), self.save, QKeySequence.StandardKey.Save)
        self._action(file_menu, self.tr("Save &as…"), self.save_as, QKeySequence.StandardKey.SaveAs)
        file_menu.addSeparator()
        self.action_export = self._action(file_menu, self.tr("&Export report…"), lambda: self.report_actions.export_report(),
                                          QKeySequence("Ctrl+E"))
        self.action_export_xlsx = self._action(file_menu, self.tr("Export Excel &workbook…"),
                                               lambda: self.report_actions.export_workbook())
        self.action_print = self._action(file_menu, self.tr("&Print…"), lambda: self.report_actions.print_report(),
                                         QKeySequence.StandardKey.Print)
        self.action_preview = self._action(file_menu, self.tr("Print pre&view…"),
                                           lambda: self.report_actions.preview_report())
        self.action_verify = self._action(file_menu, self.tr("Veri&fy a report…"), lambda: self.report_actions.verify_report())
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Update &knowledge base from file…"), self.update_knowledge)
        self._action(file_menu, self.tr("Roll &back knowledge update"), self.roll_back_knowledge)
        self._action(file_menu, self.tr("Add &model from disk…"), lambda: add_model_from_disk(self, self.kb) and self.reload_knowledge())
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.doc.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.doc.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.action_undo, self.action_redo = undo, redo

        view_menu = bar.addMenu(self.tr("&View"))
        for row, (title, _view) in enumerate(self.views):
            action = self._action(view_menu, title, lambda _=False, row=row: self.nav.setCurrentRow(row))
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
        view_menu.addSeparator()
        self.action_workshop = self._action(view_menu, self.tr("&Workshop"), self.show_workshop,
                                            QKeySequence(Qt.Key.Key_F11))

        settings_menu = bar.addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        for code, label in (("system", self.tr("Follow the system")), ("en", "English"), ("de", "Deutsch")):
            action = self._action(language_menu, label, lambda _=False, code=code: self.set_language(code))
            action.setCheckable(True)
            action.setChecked(self.settings.language == code)
        self._action(settings_menu, self.tr("&Identities…"), lambda: self.report_actions.manage_identities())

        help_menu = bar.addMenu(self.tr("&Help"))
        self.action_help = self._action(help_menu, self.tr("&User guide"), lambda: self.show_help(),
                                        QKeySequence(Qt.Key.Key_F1))
        self._action(help_menu, self.tr("&Glossary"), lambda: self.show_help("glossary"))
        help_menu.addSeparator()
        self._action(help_menu, self.tr("&About Model Strategy Studio"), self.about)

    def _build_toolbar(self) -> None:
        """The everyday file and report actions, one click away; icons arrive after the first paint."""
        self.toolbar = self.addToolBar(self.tr("Main"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar_actions = {
            "new": self.action_new, "open": self.action_open, "save": self.action_save, "undo": self.action_undo,
            "redo": self.action_redo, "export": self.action_export, "print": self.action_print,
        }
        for key, action in self.toolbar_actions.items():
            if key in ("undo", "export"):
                self.toolbar.addSeparator()
            self.toolbar.addAction(action)
            if key in ("undo", "redo"):  # their text names the step ("Undo Change …"): icon and tooltip only
                self.toolbar.widgetForAction(action).setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        QTimer.singleShot(0, self, self.apply_icons)  # with the window as context: dropped if it is gone first

    NAV_ICONS = ("organisation", "use-cases", "candidates", "assessment", "knowledge", "report")

    def apply_icons(self) -> None:
        from .icons import icon

        for row, key in enumerate(self.NAV_ICONS):
            item = self.nav.item(row)
            if item is not None:
                item.setIcon(icon(key))
        for key, action in self.toolbar_actions.items():
            action.setIcon(icon(key))
        view = self.assessment_view
        for button, key in ((view.apply_button, "apply"), (view.reset_button, "reset"), (view.pin_button, "pin"),
                            (view.unpin_button, "unpin")):
            button.setIcon(icon(key))
        for key, button in self.candidates_view.buttons.items():
            button.setIcon(icon({"self-hosted": "add", "api": "add"}.get(key, key)))

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    @property
    def report_actions(self):
        if self._report_actions is None:
            from .report.actions import ReportActions

            self._report_actions = ReportActions(self, self.doc, self.kb, language_for(self.settings))
        return self._report_actions

    def apply_locale(self) -> None:
        set_locale(language_for(self.settings), self.doc.portfolio.organisation.country)

    # -- status ------------------------------------------------------------------------------------
    def _update_title(self) -> None:
        self.setWindowTitle(f"Model Strategy Studio — {self.doc.title}[*]")
        self.setWindowModified(self.doc.modified)

    def _update_kb_status(self) -> None:
        info = self.kb.info()
        stale = info["stale_facts"]
        text = self.tr("Knowledge base {0} · newest fact {1}").format(info["version"][:8], info["newest_as_of"])
        if stale:
            text += " · " + self.tr("{0} facts older than 12 months").format(stale)
        self.kb_label.setText(text)
        self.kb_label.setToolTip(self.tr("{0} licenses, {1} models, {2} accelerators, {3} API offerings").format(
            info["counts"]["licenses"], info["counts"]["models"], info["counts"]["gpus"], info["counts"]["apis"]))
        problems = info.get("problems") or []  # a skipped overlay entry, a state file set aside: named, not fatal
        if problems:
            more = f" (+{len(problems) - 1})" if len(problems) > 1 else ""
            self.statusBar().showMessage(self.tr("Knowledge base: {0}").format(problems[0]) + more)
            self.kb_label.setToolTip(self.kb_label.toolTip() + "\n" + "\n".join(problems))

    def show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def update_knowledge(self) -> None:
        from .knowledge_update import choose_and_import

        if choose_and_import(self) is not None:
            self.reload_knowledge()

    def roll_back_knowledge(self) -> None:
        from .knowledge_update import roll_back

        if roll_back(self) is not None:
            self.reload_knowledge()

    def reload_knowledge(self) -> None:
        """Open the newly active knowledge, swap the browser, and re-assess the same portfolio."""
        old = self.kb
        self.kb = KnowledgeBase.open()
        index = self.stack.indexOf(self.knowledge_view)
        view = KnowledgeView(self.kb)
        view.overlayChanged.connect(self._knowledge_changed)
        self.stack.insertWidget(index, view)
        self.stack.removeWidget(self.knowledge_view)
        self.knowledge_view.deleteLater()
        self.knowledge_view = view
        self.views[index] = (self.views[index][0], view)
        self.doc.set_catalog(Catalog.from_kb(self.kb))
        if self._report_actions is not None:
            self._report_actions.kb = self.kb
        self._update_kb_status()
        old.close()

    def _knowledge_changed(self) -> None:
        self.doc.set_catalog(Catalog.from_kb(self.kb))
        self._update_kb_status()

    # -- files ---------------------------------------------------------------------------------------
    @contextlib.contextmanager
    def busy(self, text: str):
        """A progress indicator for anything that takes longer than half a second."""
        dialog = QProgressDialog(text, None, 0, 0, self)
        dialog.setMinimumDuration(500)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        try:
            yield dialog
        finally:
            dialog.close()
            dialog.deleteLater()

    def confirm_discard(self) -> bool:
        """True when there are no unsaved changes or the user saved or discarded them."""
        if not self.doc.modified:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("“{0}” has unsaved changes. Save them first?").format(self.doc.title),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_portfolio(self) -> None:
        if self.confirm_discard():
            self.doc.new()
            self.show_hint("")

    def open_dialog(self) -> None:
        if not self.confirm_discard():
            return
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open portfolio"), "", self.tr(FILE_FILTER))
        if name:
            self.open_path(Path(name), confirm=False)

    def open_path(self, path: Path, remember: bool = True, confirm: bool = True) -> bool:
        """Open a file; a broken or newer file is named in a dialog and the current work stays."""
        if confirm and not self.confirm_discard():
            return False
        try:
            with self.busy(self.tr("Opening {0}…").format(Path(path).name)):
                load_portfolio(Path(path))  # check before anything changes
                self.doc.load(Path(path))
        except PortfolioError as exc:
            QMessageBox.critical(self, self.tr("Cannot open portfolio"), str(exc))
            return False
        if remember:
            self.settings.add_recent(Path(path))
        self.show_hint("")
        return True

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        if not recent:
            action = self.recent_menu.addAction(self.tr("(none)"))
            action.setEnabled(False)
        for path in recent:
            self.recent_menu.addAction(str(path), lambda p=path: self.open_path(p))

    def save(self) -> bool:
        if self.doc.path is None or self.doc.path.resolve() == SAMPLE.resolve():
            return self.save_as()
        return self._save_to(self.doc.path)

    def save_as(self) -> bool:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save portfolio as"), f"{self.doc.title}.json",
                                              self.tr(FILE_FILTER))
        if not name:
            return False
        path = Path(name) if name.endswith(".json") else Path(name + ".json")
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        try:
            with self.busy(self.tr("Saving…")):
                self.doc.save(path)
        except PortfolioError as exc:
            QMessageBox.critical(self, self.tr("Cannot save portfolio"), str(exc))
            return False
        self.settings.add_recent(path)
        self.statusBar().showMessage(self.tr("Saved {0}").format(path), 4000)
        return True

    # -- settings, about, close ----------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        """Redraw in the new language at once, with the same open portfolio (and its undo history)."""
        from .app import switch_language

        switch_language(self, code)

    def show_help(self, topic: str | None = None) -> None:
        """F1: the guide at the part for the view on screen (or `topic`), in the UI language."""
        from .help import HelpDialog, section_for

        if getattr(self, "_help", None) is None:
            self._help = HelpDialog(language_for(self.settings), self)
        self._help.open_topic(topic or section_for(self.stack.currentWidget()))
        self._help.show()
        self._help.raise_()

    def show_workshop(self) -> None:
        """F11: the open portfolio full screen, in large type, for the decision meeting."""
        from .workshop import WorkshopWindow

        self.workshop = WorkshopWindow(self.doc, language_for(self.settings), self)
        self.workshop.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.workshop.languageRequested.connect(self._workshop_language)
        self.workshop.destroyed.connect(lambda _=None: setattr(self, "workshop", None))
        screen = self.screen() or QApplication.primaryScreen()
        self.workshop.setGeometry(screen.geometry())  # also without a window manager (projector laptops vary)
        self.workshop.showFullScreen()

    def _workshop_language(self, code: str) -> None:
        """Switch the language from inside the workshop and carry on there, on the same page."""
        from .app import switch_language

        old = self.workshop
        page, chart = (old.pages.currentIndex(), old.chart_box.currentIndex()) if old is not None else (0, 0)
        replacement = switch_language(self, code)
        replacement.show_workshop()
        replacement.workshop.show_page(page)
        replacement.workshop.show_chart(chart)

    def about(self) -> None:
        info = self.kb.info()
        QMessageBox.about(self, self.tr("About Model Strategy Studio"), self.tr(
            "<b>Model Strategy Studio</b><br>License, hardware and cost assessment of open-weight language models "
            "and APIs. Works without any network.<br><br>Knowledge base {0}, facts dated {1} to {2}.").format(
            info["version"], info["oldest_as_of"], info["newest_as_of"]))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.confirm_discard():
            self.doc.clear_recovery()
            self.settings.sync()
            # Discarded work: the undo stack announces "clean" while it is destroyed with the window, and
            # the window's slots must not run then (they would meet a deleted window).
            self.doc.autosave_timer.stop()
            self.doc.undo_stack.blockSignals(True)
            self.doc.blockSignals(True)
            event.accept()
        else:
            event.ignore()

    def _autosave_failed(self, message: str) -> None:
        """In the window, not on stderr: the status bar while it lasts, a dialog the first time."""
        if not message:
            self.statusBar().showMessage(self.tr("Autosave works again."), 8000)
            return
        self.statusBar().showMessage(message)
        if not getattr(self, "_autosave_warned", False):
            self._autosave_warned = True
            QMessageBox.warning(self, self.tr("Autosave failed"), message)

    def offer_recovery(self) -> None:
        data, problem = PortfolioDocument.check_recovery()
        if problem:
            self.statusBar().showMessage(problem)
            QMessageBox.warning(self, self.tr("Recovery file set aside"), problem)
        if not data:
            return
        name = data.get("portfolio", {}).get("name", "")
        answer = QMessageBox.question(
            self, self.tr("Recover unsaved work?"),
            self.tr("Model Strategy Studio did not close normally. Recover the unsaved portfolio “{0}” from the last "
                    "autosave?").format(name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self.doc.recover(data)
                self.show_hint(self.tr("Recovered from the last autosave: save it to keep it."))
            except PortfolioError as exc:
                QMessageBox.warning(self, self.tr("Recovery failed"), str(exc))
        else:
            self.doc.clear_recovery()

    def start(self, file: Path | None) -> None:
        """What the user sees first: the file asked for, else the last file, else the sample on the very first start."""
        last = self.settings.last_file()
        if file is not None:
            self.open_path(file, confirm=False)
        elif last is not None and not self.settings.first_start:
            self.open_path(last, confirm=False)  # where the user left off
        elif self.settings.first_start:
            self.open_path(SAMPLE, remember=False, confirm=False)
            self.show_hint(self.tr("This is a sample portfolio of a German manufacturer. Click a use case to edit it, "
                                   "see the verdicts in Assessment, or start your own with File ▸ New."))
        self.settings.mark_started()
        QTimer.singleShot(0, self, self.offer_recovery)

"""File ▸ Export report: language, paper, signing identity and target; built and signed off the GUI thread."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.report.identity import IdentityError
from desktop.report.output import OutputError
from desktop.report.pipeline import ExportResult, ReportRequest, export_report
from desktop.report.sign import SigningError

from . import store
from .identities import IdentitiesDialog, expired
from .jobs import Job
from .store import grouped

STEPS = ("unlock", "layout", "attach", "sign", "write")
OK_STYLE = "padding: 6px; border-radius: 4px; background: #e3f1e6; color: #14532d;"
ERROR_STYLE = "padding: 6px; border-radius: 4px; background: #fbe3e1; color: #7f1d1d;"


def default_paper() -> str:
    return "letter" if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "a4"


def default_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def file_name_for(title: str) -> str:
    return (re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip() or "report") + ".pdf"


class ExportDialog(QDialog):
    exported = Signal(object)  # ExportResult: the file is written
    exportFailed = Signal(str)  # the message shown; nothing was written

    def __init__(self, doc, kb, language: str = "en", parent: QWidget | None = None,
                 identities_folder: Path | None = None):
        super().__init__(parent)
        self.doc, self.kb = doc, kb
        self.identities_folder = identities_folder
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None
        self.result: ExportResult | None = None
        self.setWindowTitle(self.tr("Export report"))

        self.language = QComboBox()
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem("Letter", "letter")
        self.paper.setCurrentIndex(self.paper.findData(default_paper()))
        self.identity = QComboBox()
        self.identity.currentIndexChanged.connect(self._identity_changed)
        manage = QPushButton(self.tr("Identities…"))
        manage.clicked.connect(self.manage_identities)
        identity_row = QHBoxLayout()
        identity_row.addWidget(self.identity, 1)
        identity_row.addWidget(manage)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("unlocks the identity; not stored"))
        self.target = QLineEdit(str(default_folder() / file_name_for(doc.title)))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_target)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Sign as"), identity_row)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Save to"), target_row)
        self.form = form
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setVisible(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setDefault(True)
        self.open_button = self.buttons.addButton(self.tr("Open"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setVisible(False)
        self.export_button.clicked.connect(self.start_export)
        self.open_button.clicked.connect(self.open_result)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        self.fill_identities()
        # What is left to do when it opens: the passphrase of the identity it signs with (typed at once).
        (self.passphrase if self.passphrase.isEnabled() else self.export_button).setFocus()

    # -- identities ---------------------------------------------------------------------------------
    def fill_identities(self, select: Path | None = None) -> None:
        current = select or self.identity.currentData()
        self.identity.blockSignals(True)
        self.identity.clear()
        self.identity.addItem(self.tr("None — an unsigned draft"), None)
        first_valid = None
        for entry in store.list_identities(self.identities_folder or store.identities_dir()):
            label = f"{entry.name} — {entry.organisation}" if entry.organisation else entry.name
            if expired(entry.valid_until):
                label = self.tr("{0} (expired)").format(label)
            elif first_valid is None:
                first_valid = entry.path
            self.identity.addItem(label, entry.path)
        if current is None and first_valid is not None and not getattr(self, "_filled", False):
            current = first_valid  # the client gets the signed report: a draft only when asked for
        self._filled = True
        # By equal path, not findData: Qt matches a Python object only by identity, and the list is new.
        paths = [self.identity.itemData(i) for i in range(self.identity.count())]
        self.identity.setCurrentIndex(paths.index(current) if current in paths else 0)
        self.identity.blockSignals(False)
        self._identity_changed()

    def _identity_changed(self) -> None:
        signing = self.identity.currentData() is not None
        self.passphrase.setEnabled(signing)
        if not signing:
            self.passphrase.clear()

    def manage_identities(self) -> None:
        folder = self.identities_folder or store.identities_dir()
        before = {entry.path for entry in store.list_identities(folder)}
        dialog = IdentitiesDialog(self, self.identities_folder)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        # An identity made or imported just now is the one the user means to sign with.
        added = [e.path for e in store.list_identities(folder) if e.path not in before and not expired(e.valid_until)]
        self.fill_identities(select=added[0] if added else None)

    # -- target ---------------------------------------------------------------------------------------
    def choose_target(self) -> None:
        # We ask about replacing ourselves, for a typed path too: no second question from the file dialog.
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as"), self.target.text(),
                                              self.tr("PDF document (*.pdf)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if name:
            self.target.setText(name)

    def target_path(self) -> Path | None:
        text = self.target.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    # -- export -----------------------------------------------------------------------------------------
    def request(self) -> ReportRequest:
        identity = self.identity.currentData()
        return ReportRequest.of(
            self.doc.portfolio, self.doc.assessment, self.kb, lang=self.language.currentData(),
            paper=self.paper.currentData(), identity=Path(identity) if identity else None,
            passphrase=self.passphrase.text().encode("utf-8"))

    def start_export(self) -> bool:
        """Check the choices, confirm replacing, then build, sign and write on the thread pool."""
        if self.job is not None and self.job.running:
            return False
        if self.doc.assessment is None:
            return self._fail(self.tr("There is no assessment to report: {0}").format(self.doc.assessment_error or ""))
        target = self.target_path()
        if target is None:
            return self._fail(self.tr("Choose where to save the report."))
        if self.identity.currentData() is not None and not self.passphrase.text():
            self.passphrase.setFocus()
            return self._fail(self.tr("Enter the passphrase of the identity, or choose “None” for an unsigned draft."))
        replace = False
        if target.exists():
            answer = QMessageBox.question(
                self, self.tr("Replace the file?"),
                self.tr("“{0}” already exists in {1}. Replace it?").format(target.name, target.parent),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
            replace = True
        request = self.request()
        self.job = Job(lambda progress: export_report(request, target, replace=replace, progress=progress))
        self.job.progressed.connect(self._progressed)
        self.job.succeeded.connect(self._succeeded)
        self.job.failed.connect(self._failed)
        self._busy(True)
        self.job.start()
        return True

    def _busy(self, busy: bool) -> None:
        for widget in (self.language, self.paper, self.identity, self.passphrase, self.target, self.export_button):
            widget.setEnabled(not busy)
        if not busy:
            self._identity_changed()
        if busy:
            self.status.setVisible(False)
            self.open_button.setVisible(False)
            self.progress = QProgressDialog(self.tr("Preparing the report…"), None, 0, len(STEPS), self)
            self.progress.setWindowTitle(self.tr("Export report"))
            self.progress.setWindowModality(Qt.WindowModality.WindowModal)
            self.progress.setMinimumDuration(300)
            self.progress.setValue(0)
        elif self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    @Slot(str)
    def _progressed(self, step: str) -> None:
        labels = {
            "unlock": self.tr("Unlocking the identity…"),
            "layout": self.tr("Laying out the report…"),
            "attach": self.tr("Embedding the assessment…"),
            "sign": self.tr("Embedding the assessment and signing…"),
            "write": self.tr("Writing the file…"),
        }
        if self.progress is not None:
            self.progress.setLabelText(labels.get(step, step))
            self.progress.setValue(STEPS.index(step) + 1 if step in STEPS else 0)

    @Slot(object)
    def _succeeded(self, result: ExportResult) -> None:
        self._busy(False)
        self.result = result
        self.passphrase.clear()
        size = QLocale().formattedDataSize(result.size)
        if result.identity is not None:
            text = self.tr("✓ Written: {0} ({1}), signed by {2}, {3}.\nFingerprint (SHA-256): {4}").format(
                result.path, size, result.identity.name, result.identity.organisation or "—",
                grouped(result.identity.fingerprint_sha256))
        else:
            text = self.tr("✓ Written: {0} ({1}), an unsigned draft.").format(result.path, size)
        self._show(text, OK_STYLE)
        self.open_button.setVisible(True)
        self.open_button.setFocus()
        self.exported.emit(result)

    @Slot(object)
    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        if isinstance(exc, IdentityError):
            self.passphrase.setFocus()
            self.passphrase.selectAll()
            text = self.tr("The passphrase does not unlock “{0}”, or the file is not a PKCS#12 identity. "
                           "Nothing was written.").format(self.identity.currentText())
        elif isinstance(exc, OutputError):
            text = self.tr("The report could not be saved: {0}\nNothing was written; any earlier file there is "
                           "unchanged.").format(exc)
        elif isinstance(exc, SigningError):
            text = self.tr("The report could not be signed: {0}\nNothing was written.").format(exc)
        else:
            text = self.tr("The export failed: {0}\nNothing was written.").format(exc)
        self._fail(text)

    def _fail(self, text: str) -> bool:
        self._show(self.tr("✗ {0}").format(text), ERROR_STYLE)
        self.exportFailed.emit(text)
        return False

    def _show(self, text: str, style: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(style)
        self.status.setVisible(True)

    def open_result(self) -> bool:
        """The written file in the system's PDF viewer (a local file URL: nothing goes online)."""
        if self.result is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.path)))

    def reject(self) -> None:
        if self.job is not None and self.job.running:
            return  # the file is being written; closing now would leave the user guessing
        super().reject()

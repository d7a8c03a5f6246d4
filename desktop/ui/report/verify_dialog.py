"""File ▸ Verify a report: signer, signing time, integrity and reproduction of a report PDF, checked offline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.report.verify import EXIT_INVALID, EXIT_VALID, Verification, verify_file

from .jobs import Job, close_dialog, progress_dialog
from .store import grouped

# Colour is a second channel only: every state also says what it is in words and with a symbol.
STYLES = {
    "valid": "background: #e3f1e6; color: #14532d; border: 1px solid #1b7f3b;",
    "invalid": "background: #fbe3e1; color: #7f1d1d; border: 1px solid #b3261e;",
    "unusable": "background: #fdf0d5; color: #6b4300; border: 1px solid #a86200;",
}
BANNER = "padding: 8px; border-radius: 4px; font-weight: bold; "


def state_of(result: Verification) -> str:
    return {EXIT_VALID: "valid", EXIT_INVALID: "invalid"}.get(result.exit_code, "unusable")


class VerifyDialog(QDialog):
    verified = Signal(object)  # the Verification, once shown

    def __init__(self, catalog, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.catalog = catalog  # desktop.engine.assess.Catalog: plain data, safe to read on a worker thread
        self.lang = language
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None
        self.result: Verification | None = None
        self.setWindowTitle(self.tr("Verify a report"))

        self.file_label = QLabel(self.tr("Choose a report PDF to check its signature and re-run its assessment."))
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose a PDF…"))
        choose.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)

        self.status = QLabel()
        self.status.setObjectName("verifyStatus")
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        self.status.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setVisible(False)

        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (
            ("signer", self.tr("Signer")),
            ("organisation", self.tr("Organisation")),
            ("fingerprint", self.tr("Fingerprint (SHA-256)")),
            ("issuer", self.tr("Certificate")),
            ("signed_at", self.tr("Signed at")),
            ("integrity", self.tr("Integrity")),
            ("knowledge", self.tr("Knowledge base")),
            ("reproduction", self.tr("Reproduction")),
        ):
            value = QLabel("—")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if key == "fingerprint":
                value.setFont(mono)
            self.fields[key] = value
            form.addRow(label, value)
        self.phone_note = QLabel(self.tr("Compare this fingerprint with the signer, for example by phone: it is "
                                         "what proves who signed, since a self-signed identity is not confirmed "
                                         "by a certificate authority."))
        self.phone_note.setWordWrap(True)
        self.phone_note.setStyleSheet("color: palette(placeholder-text);")
        form.insertRow(3, "", self.phone_note)
        self.form = form

        self.differences = QTableWidget(0, 5)
        self.differences.setHorizontalHeaderLabels([self.tr("Use case"), self.tr("Candidate"), self.tr("What"),
                                                    self.tr("In the report"), self.tr("Now")])
        self.differences.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.differences.verticalHeader().setVisible(False)
        self.differences.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.differences.setVisible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # After comparing the fingerprint (by phone), the user may pin this signer: later reports by the
        # same certificate then read "signed by <name> (trusted)", a look-alike does not.
        self.trust_button = buttons.addButton(self.tr("Trust this signer"), QDialogButtonBox.ButtonRole.ActionRole)
        self.trust_button.setVisible(False)
        self.trust_button.clicked.connect(self.trust_signer)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.detail)
        layout.addLayout(form)
        layout.addWidget(self.differences, 1)
        layout.addStretch(0)  # takes the spare room while the differences table is hidden
        layout.addWidget(buttons)
        self.resize(760, 560)

    # -- checking -----------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Verify a report"), str(Path.home()),
                                              self.tr("PDF document (*.pdf);;All files (*)"))
        if name:
            self.verify_path(Path(name))

    def verify_path(self, path: Path) -> bool:
        if self.job is not None and self.job.running:
            return False
        path = Path(path)
        self.file_label.setText(str(path))
        catalog = self.catalog
        self.job = Job(lambda _progress: verify_file(path, catalog))
        self.job.succeeded.connect(self.show_result)
        self.job.failed.connect(self._failed)
        self.progress = progress_dialog(self, self.tr("Checking the signature and re-running the assessment…"),
                                        self.tr("Verify a report"))
        self.job.start()
        return True

    def _close_progress(self) -> None:
        close_dialog(self.progress)
        self.progress = None

    @Slot(object)
    def _failed(self, exc: Exception) -> None:
        self.show_result(Verification(file=self.file_label.text(), problem="unreadable", notes=[]), str(exc))

    # -- showing ------------------------------------------------------------------------------------------
    def headline(self, result: Verification) -> str:
        state = state_of(result)
        name = (result.signer or {}).get("name") or "?"
        signer = result.signer or {}
        if state == "valid":
            if signer.get("trusted_signer"):
                return self.tr("✓ Valid: signed by {0} (trusted), unchanged since signing").format(name)
            if signer.get("lookalike_of"):
                return self.tr("⚠ Valid signature, but by a different, untrusted signer who uses the name {0}").format(
                    signer["lookalike_of"])
            return self.tr("✓ Valid: signed by {0}, unchanged since signing").format(name)
        if state == "invalid":
            if result.problem == "tampered":
                what = ", ".join(result.changes)
                if what:
                    return self.tr("✗ Invalid: the report was changed after signing ({0})").format(what)
                return self.tr("✗ Invalid: the report was changed after signing (tampered)")
            if result.problem == "cert_invalid":
                return self.tr("✗ Invalid: the signing certificate was not valid for signing ({0})").format(
                    "; ".join(result.details))
            if result.problem == "not_reproduced":
                return self.tr("✗ Invalid: the embedded assessment does not reproduce under the knowledge base "
                               "version it names")
            if result.problem == "unexpected_signer":
                return self.tr("✗ Invalid: signed by someone other than the expected signer")
            return self.tr("✗ Invalid: the signature does not match the content (tampered or damaged)")
        if result.problem == "malformed":
            return self.tr("? Not checked: the PDF's structure is malformed ({0})").format("; ".join(result.details))
        if result.problem == "unsigned":
            return self.tr("? Unsigned: this report carries no signature; its content cannot be trusted as signed")
        if result.problem == "not_ours":
            return self.tr("? Not checked: this PDF is not a Model Strategy Studio report")
        return self.tr("? Unreadable: the file cannot be checked")

    @Slot(object)
    def show_result(self, result: Verification, error: str = "") -> None:
        self._close_progress()
        self.result = result
        state = state_of(result)
        self.status.setText(self.headline(result))
        self.status.setStyleSheet(BANNER + STYLES[state])
        self.status.setVisible(True)
        self.detail.setText(result.message(self.lang) + (f"\n{error}" if error else ""))
        self.detail.setVisible(bool(self.detail.text()))

        signer = result.signer or {}
        f = self.fields
        f["signer"].setText(signer.get("name") or "—")
        f["organisation"].setText(signer.get("organisation") or "—")
        f["fingerprint"].setText(grouped(signer.get("fingerprint_sha256")) or "—")
        self.phone_note.setVisible(bool(signer))
        self.trust_button.setVisible(bool(signer) and result.valid and not signer.get("trusted_signer"))
        if signer:
            issuer = self.tr("self-signed") if signer.get("self_signed") else signer.get("issuer", "")
            trust = self.tr("confirmed by a trusted certificate authority") if signer.get("trusted") else self.tr(
                "not confirmed by a certificate authority: compare the fingerprint")
            if signer.get("trusted_signer"):
                trust = self.tr("on your list of trusted signers")
            elif signer.get("lookalike_of"):
                trust = self.tr("NOT your trusted signer {0}: same name, different certificate").format(
                    signer["lookalike_of"])
            f["issuer"].setText(f"{issuer}; {trust}")
        else:
            f["issuer"].setText("—")
        f["signed_at"].setText(self._when(result.signed_at))
        f["integrity"].setText(self._integrity(result))
        self._show_reproduction(result)
        self.verified.emit(result)

    def trust_signer(self) -> bool:
        """Add the verified report's signing certificate to the trusted signers and show it again."""
        from desktop.report.identity import IdentityError
        from desktop.report.trust import certificate_from_file, trust

        if self.result is None:
            return False
        try:
            trust(certificate_from_file(Path(self.result.file)))
        except (IdentityError, OSError) as exc:
            self.detail.setText(str(exc))
            self.detail.setVisible(True)
            return False
        return self.verify_path(Path(self.result.file))

    def _when(self, iso: str | None) -> str:
        if not iso:
            return "—"
        try:
            when = dt.datetime.fromisoformat(iso)
        except ValueError:
            return iso
        local = when.astimezone() if when.tzinfo else when
        return self.tr("{0} (as the signer's computer recorded it)").format(local.strftime("%Y-%m-%d %H:%M:%S %Z"))

    def _integrity(self, result: Verification) -> str:
        if not result.signed:
            return self.tr("not signed: nothing proves the content is unchanged")
        if result.intact is False or result.problem == "broken":
            return self.tr("✗ modified: the signed bytes were changed after signing")
        if result.problem == "tampered":
            return self.tr("✗ modified after signing: content was added or changed by a later update ({0})").format(
                result.modification_level or "?")
        if result.modified_after_signing:
            return self.tr("✓ intact; later additions only add signatures or validation data")
        return self.tr("✓ intact: the signature covers the whole file, unchanged since signing")

    def _what(self, field: str) -> str:
        return {
            "verdict": self.tr("license verdict"),
            "monthly_cost": self.tr("monthly cost"),
            "recommended": self.tr("recommendation"),
            "candidate": self.tr("candidate"),
            "use_case": self.tr("use case"),
            "total_monthly": self.tr("total per month"),
        }.get(field, field)

    def _show_reproduction(self, result: Verification) -> None:
        rep = result.reproduction
        f = self.fields
        self.differences.setRowCount(0)
        self.differences.setVisible(False)
        if not rep:
            f["knowledge"].setText(result.attachment.get("knowledge_base_version") or "—")
            f["reproduction"].setText(self.tr("not re-run: the report holds no assessment to re-run")
                                      if not result.attachment.get("present") else "—")
            return
        before, now = rep["knowledge_base_version_report"], rep["knowledge_base_version_now"]
        if before == now:
            f["knowledge"].setText(self.tr("{0}, the same as the report's").format(now))
        else:
            f["knowledge"].setText(self.tr("⚠ differs: the report used {0}, this computer has {1}").format(
                before or "?", now))
        if rep.get("error"):
            f["reproduction"].setText(self.tr("✗ could not be re-run: {0}").format(rep["error"]))
        elif rep.get("same"):
            f["reproduction"].setText(self.tr("✓ the same verdicts and costs as in the report"))
        else:
            diffs = rep.get("differences") or []
            f["reproduction"].setText(self.tr("⚠ {0} result(s) differ from the report:").format(len(diffs)))
            self.differences.setRowCount(len(diffs))
            for row, d in enumerate(diffs):
                cells = [d.get("use_case") or "—", d.get("candidate") or "—", self._what(d.get("field", "")),
                         self._value(d.get("report")), self._value(d.get("now"))]
                for column, text in enumerate(cells):
                    self.differences.setItem(row, column, QTableWidgetItem(text))
            self.differences.setVisible(True)

    @staticmethod
    def _value(value) -> str:
        if isinstance(value, float):
            return f"{value:,.2f}"
        return "—" if value is None else str(value)

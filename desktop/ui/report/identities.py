"""Settings ▸ Identities: the user's signing identities — list, create, import, unlock, remove."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.report.identity import Identity, IdentityError
from desktop.report.output import OutputError

from . import store
from .store import IdentityExists, StoredIdentity

MIN_PASSPHRASE = 8


def expired(valid_until: str | None, now: dt.datetime | None = None) -> bool:
    if not valid_until:
        return False
    try:
        until = dt.datetime.fromisoformat(valid_until)
    except ValueError:
        return False
    if until.tzinfo is None:
        until = until.replace(tzinfo=dt.UTC)
    return until < (now or dt.datetime.now(dt.UTC))


class CreateIdentityDialog(QDialog):
    """Name, organisation and the passphrase twice; Create stays disabled until they make sense."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a signing identity"))
        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.passphrase = QLineEdit()
        self.repeat = QLineEdit()
        for field in (self.passphrase, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        intro = QLabel(self.tr("A self-signed certificate (EC P-256, valid for three years) with its private key, "
                               "kept in your user folder and protected by the passphrase. The passphrase cannot "
                               "be recovered: keep it safe."))
        intro.setWordWrap(True)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("problem")
        self.problem_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Repeat passphrase"), self.repeat)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        for field in (self.name, self.organisation, self.passphrase, self.repeat):
            field.textChanged.connect(self._check)
        self.setMinimumWidth(460)
        self._check()

    def problem(self) -> str:
        if not self.name.text().strip():
            return self.tr("Enter the name that the signature shows.")
        if not self.organisation.text().strip():
            return self.tr("Enter the organisation.")
        if len(self.passphrase.text()) < MIN_PASSPHRASE:
            return self.tr("The passphrase needs at least {0} characters.").format(MIN_PASSPHRASE)
        if self.passphrase.text() != self.repeat.text():
            return self.tr("The two passphrases differ.")
        return ""

    def _check(self) -> None:
        problem = self.problem()
        self.create_button.setEnabled(not problem)
        self.problem_label.setText(problem)

    def values(self) -> tuple[str, str, bytes]:
        return self.name.text().strip(), self.organisation.text().strip(), self.passphrase.text().encode("utf-8")


class IdentitiesDialog(QDialog):
    identitiesChanged = Signal()  # one was created, imported or removed

    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Signing identities"))
        self.folder = folder or store.identities_dir()
        self.unlocked: dict[Path, Identity] = {}
        self.entries: list[StoredIdentity] = []

        intro = QLabel(self.tr("Reports are signed with one of these identities. A recipient checks a signature by "
                               "comparing its fingerprint with you, for example by phone. Unlock an identity to "
                               "show the fingerprint its certificate holds."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Organisation"), self.tr("Valid until"),
                                              self.tr("Fingerprint (SHA-256)")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(self.COLUMNS - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self.tr("No identity yet. Create one, or import the PKCS#12 file (.p12, .pfx) that "
                                    "your company's certificate authority issued."))
        self.empty.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.create_button = QPushButton(self.tr("Create…"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.unlock_button = QPushButton(self.tr("Unlock…"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.create_button.clicked.connect(self.create_identity)
        self.import_button.clicked.connect(self.import_identity)
        self.unlock_button.clicked.connect(self.unlock_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        for button in (self.create_button, self.import_button, self.unlock_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(860, 380)
        self.refresh()

    # -- the list ---------------------------------------------------------------------------------
    def refresh(self, select: Path | None = None) -> None:
        self.entries = store.list_identities(self.folder)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            ident = self.unlocked.get(entry.path)
            name = ident.name if ident else entry.name
            organisation = ident.organisation if ident else entry.organisation
            until = ident.not_after.isoformat() if ident else entry.valid_until
            shown_until = (until or "")[:10] or "—"
            if expired(until):
                shown_until = self.tr("{0} (expired)").format(shown_until)
            fingerprint = ident.fingerprint_sha256 if ident else self.tr("locked — unlock to show")
            cells = [name, organisation or "—", shown_until, fingerprint]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(entry.path) if column == 0 else text)
                if column == 3 and ident:
                    item.setFont(mono)
                self.table.setItem(row, column, item)
            if select is not None and entry.path == select:
                self.table.selectRow(row)
        self.empty.setVisible(not self.entries)
        self._update_buttons()

    def selected(self) -> StoredIdentity | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.unlock_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def ask_passphrase(self, what: str) -> bytes | None:
        text, ok = QInputDialog.getText(self, self.tr("Passphrase"),
                                        self.tr("Passphrase of “{0}”:").format(what), QLineEdit.EchoMode.Password)
        return text.encode("utf-8") if ok else None

    # -- create -------------------------------------------------------------------------------------
    def create_identity(self) -> StoredIdentity | None:
        dialog = CreateIdentityDialog(self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return self.create_from(*dialog.values())
        finally:
            dialog.deleteLater()

    def create_from(self, name: str, organisation: str, passphrase: bytes) -> StoredIdentity | None:
        try:
            entry = store.create(name, organisation, passphrase, self.folder)
        except (IdentityError, OutputError) as exc:
            QMessageBox.warning(self, self.tr("Cannot create the identity"), str(exc))
            return None
        self.unlocked[entry.path] = store.unlock(entry, passphrase)
        self.refresh(select=entry.path)
        self._say(self.tr("Created “{0}”. Its fingerprint: {1}").format(entry.name, entry.fingerprint_sha256))
        self.identitiesChanged.emit()
        return entry

    # -- import -------------------------------------------------------------------------------------
    def import_identity(self) -> StoredIdentity | None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a signing identity"), str(Path.home()),
                                              self.tr("PKCS#12 identity (*.p12 *.pfx);;All files (*)"))
        if not name:
            return None
        passphrase = self.ask_passphrase(Path(name).name)
        if passphrase is None:
            return None
        return self.import_from(Path(name), passphrase)

    def import_from(self, source: Path, passphrase: bytes) -> StoredIdentity | None:
        try:
            entry = store.import_file(source, passphrase, self.folder)
        except IdentityExists as exc:
            QMessageBox.information(self, self.tr("Already there"),
                                    self.tr("This certificate is already among your identities as “{0}”.")
                                    .format(exc.existing.name))
            self.refresh(select=exc.existing.path)
            return None
        except (IdentityError, OutputError) as exc:
            QMessageBox.warning(self, self.tr("Cannot import the identity"), self.tr(
                "“{0}” was not imported: the passphrase does not unlock it, or it is not a PKCS#12 file with a "
                "private key and its certificate.\n\n{1}").format(source.name, exc))
            return None
        self.unlocked[entry.path] = store.unlock(entry, passphrase)
        self.refresh(select=entry.path)
        self._say(self.tr("Imported “{0}”. Its fingerprint: {1}").format(entry.name, entry.fingerprint_sha256))
        self.identitiesChanged.emit()
        return entry

    # -- unlock, remove -------------------------------------------------------------------------------
    def unlock_selected(self) -> Identity | None:
        entry = self.selected()
        if entry is None:
            return None
        passphrase = self.ask_passphrase(entry.name)
        if passphrase is None:
            return None
        try:
            identity = store.unlock(entry, passphrase)
        except IdentityError:
            QMessageBox.warning(self, self.tr("Wrong passphrase"),
                                self.tr("The passphrase does not unlock “{0}”.").format(entry.name))
            return None
        self.unlocked[entry.path] = identity
        self.refresh(select=entry.path)
        self._say(self.tr("“{0}” is unlocked for this window; the fingerprint comes from its certificate.")
                  .format(identity.name))
        return identity

    def remove_selected(self) -> bool:
        entry = self.selected()
        if entry is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Remove identity"),
            self.tr("Remove the identity “{0}”?\n\nReports already signed with it stay valid, but you can no "
                    "longer sign with it unless you keep a copy of its file.").format(entry.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        store.remove(entry)
        self.unlocked.pop(entry.path, None)
        self.refresh()
        self._say(self.tr("Removed “{0}”.").format(entry.name))
        self.identitiesChanged.emit()
        return True

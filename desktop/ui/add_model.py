"""File ▸ Add model from disk…: identify a model folder or GGUF file and keep it among the user's models.

The dialog only shows what desktop.knowledge.modelfiles decided (license, confidence, base model);
the full-file SHA-256 runs in a worker thread with a progress bar and can be cancelled.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.knowledge.modelfiles import (
    AddResult,
    ModelFileError,
    add_to_overlay,
    full_sha256,
    read_model,
    weight_paths,
    with_file_hash,
)


class _HashWorker(QObject):
    progress = Signal(int)
    done = Signal(str)
    failed = Signal(str)

    def __init__(self, paths: list[Path]):
        super().__init__()
        self.paths = paths
        self.stop = threading.Event()

    def run(self) -> None:
        try:
            digest = full_sha256(self.paths, lambda d, t: self.progress.emit(int(1000 * d / max(t, 1))),
                                 self.stop.is_set)
        except ModelFileError as exc:
            self.failed.emit(str(exc))
            return
        self.done.emit(digest or "")


class AddModelDialog(QDialog):
    def __init__(self, kb, parent: QWidget | None = None):
        super().__init__(parent)
        self.kb = kb
        self.result_: AddResult | None = None
        self.digest: str | None = None
        self._thread: QThread | None = None
        self._worker: _HashWorker | None = None
        self.setWindowTitle(self.tr("Add model from disk"))
        self.resize(720, 520)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Hugging Face model folder or .gguf file"))
        folder = QPushButton(self.tr("&Folder…"))
        folder.clicked.connect(self.choose_folder)
        gguf = QPushButton(self.tr("&GGUF file…"))
        gguf.clicked.connect(self.choose_file)
        identify = QPushButton(self.tr("&Identify"))
        identify.clicked.connect(lambda: self.identify(Path(self.path_edit.text().strip())))
        row = QHBoxLayout()
        for widget in (self.path_edit, folder, gguf, identify):
            row.addWidget(widget)
        self.summary = QTextBrowser()
        self.license_label = QLabel()
        self.license_label.setWordWrap(True)
        self.hash_button = QPushButton(self.tr("Compute full &SHA-256"))
        self.hash_button.setEnabled(False)
        self.hash_button.clicked.connect(self.start_hash)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setVisible(False)
        hash_row = QHBoxLayout()
        hash_row.addWidget(self.hash_button)
        hash_row.addWidget(self.progress)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Add to my models"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.license_label)
        layout.addWidget(self.summary)
        layout.addLayout(hash_row)
        layout.addWidget(self.buttons)

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Model folder"))
        if name:
            self.identify(Path(name))

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("GGUF file"), "", self.tr("GGUF models (*.gguf);;All files (*)"))
        if name:
            self.identify(Path(name))

    def identify(self, path: Path) -> AddResult | None:
        self.cancel_hash()
        self.path_edit.setText(str(path))
        self.result_, self.digest = None, None
        try:
            self.result_ = read_model(path, self.kb)
        except ModelFileError as exc:
            self.license_label.setText(self.tr("Not a model this app can read:"))
            self.summary.setPlainText(str(exc))
        else:
            self._show(self.result_)
        ok = self.result_ is not None and self.result_.record is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        self.hash_button.setEnabled(ok)
        return self.result_

    def _show(self, result: AddResult) -> None:
        disk = result.disk
        self.license_label.setText(self.tr("License: {0} — {1} (confidence {2})").format(
            " + ".join(disk.license_ids), disk.license_status, f"{disk.license_confidence:.2f}"))
        lines = [
            f"{disk.name} — {disk.format}, {disk.architecture_name or '?'}",
            f"{disk.params_total / 1e9:.2f} B parameters, {disk.weights_gb:.2f} GB weights, mostly {disk.precision}",
            f"context {disk.context_length or '?'}, modalities {', '.join(disk.modalities)}",
            disk.license_basis,
            *(f"  differs: {p}" for p in disk.license_match.differing_passages),
            f"base model: {disk.base_model} → {disk.base_model_id or 'not in the catalog'}" if disk.base_model else "",
            f"fingerprint sha256:{disk.fingerprint}",
            *disk.notes,
            result.problem or "",
        ]
        self.summary.setPlainText("\n".join(line for line in lines if line))

    def start_hash(self) -> None:
        if self.result_ is None or self._thread is not None:
            return
        self._thread = QThread(self)
        self._worker = _HashWorker(weight_paths(self.result_.disk))
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self.progress.setValue)
        self._worker.done.connect(self._hashed)
        self._worker.failed.connect(self._hash_failed)
        self.progress.setVisible(True)
        self.hash_button.setEnabled(False)
        self._thread.start()

    def _finish_thread(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None
            self._worker = None

    def _hashed(self, digest: str) -> None:
        self._finish_thread()
        if digest:
            self.digest = digest
            self.summary.append(f"full SHA-256: {digest}")
        self.progress.setVisible(False)

    def _hash_failed(self, message: str) -> None:
        self._finish_thread()
        self.summary.append(message)
        self.progress.setVisible(False)

    def cancel_hash(self) -> None:
        if self._worker is not None:
            self._worker.stop.set()
        self._finish_thread()

    def save(self) -> None:
        if self.result_ is None or self.result_.record is None:
            return
        self.cancel_hash()
        record = with_file_hash(self.result_.record, self.digest) if self.digest else self.result_.record
        add_to_overlay(record, self.kb.overlay)
        self.accept()

    def reject(self) -> None:
        self.cancel_hash()
        super().reject()


def add_model_from_disk(parent: QWidget, kb) -> bool:
    """Open the dialog; True when a model was added (the caller reloads the knowledge base)."""
    return AddModelDialog(kb, parent).exec() == QDialog.DialogCode.Accepted

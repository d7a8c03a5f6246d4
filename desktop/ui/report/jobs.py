"""Run a slow pure-Python step (lay out, sign, verify) on the thread pool and hear back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog


class Job(QObject):
    """`work(progress)` runs on a pool thread; its result or exception comes back as a signal.

    The signals belong to this object, which lives on the GUI thread, so connected slots of widgets run
    there (queued). Give it no parent: the pool thread holds it until the work is done, so a dialog closed
    meanwhile takes only its connections with it, not the object the thread is about to signal on."""

    progressed = Signal(str)  # a step name the work reported
    succeeded = Signal(object)  # the work's return value
    failed = Signal(object)  # the exception it raised

    def __init__(self, work: Callable[[Callable[[str], None]], object], parent: QObject | None = None):
        super().__init__(parent)
        self._work = work
        self.running = False

    def start(self) -> None:
        self.running = True
        QThreadPool.globalInstance().start(self._run)

    def _run(self) -> None:
        try:
            result = self._work(self.progressed.emit)
        except Exception as exc:  # noqa: BLE001 - every failure is reported to the GUI, none kills the thread
            self.running = False
            self.failed.emit(exc)
        else:
            self.running = False
            self.succeeded.emit(result)


def progress_dialog(parent, text: str, title: str) -> QProgressDialog:
    """A busy indicator shown only when the job takes longer than 0.3 s."""
    dialog = QProgressDialog(text, None, 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    return dialog


def close_dialog(dialog: QProgressDialog | None) -> None:
    if dialog is not None:
        dialog.close()
        dialog.deleteLater()

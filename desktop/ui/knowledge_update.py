"""File ▸ Update knowledge base from file…: verify a signed bundle, install it, say what changed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.knowledge.bundle import BundleError, InstallResult, import_bundle, rollback


def choose_and_import(parent: QWidget) -> InstallResult | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("KnowledgeUpdate", "Update knowledge base from file"), "",
        QCoreApplication.translate("KnowledgeUpdate", "Knowledge bundles (*.mssbundle *.zip);;All files (*)"))
    return import_with_messages(parent, Path(name)) if name else None


def import_with_messages(parent: QWidget, path: Path) -> InstallResult | None:
    """All checks run before anything is installed; a refusal names the reason and changes nothing."""
    try:
        result = import_bundle(path)
    except BundleError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("KnowledgeUpdate", "Knowledge update refused"),
                            QCoreApplication.translate("KnowledgeUpdate", "{0}\n\nThe installed knowledge base is unchanged.").format(exc))
        return None
    changes = result.changes
    lines = []
    for label, table in ((QCoreApplication.translate("KnowledgeUpdate", "added"), changes.added), (QCoreApplication.translate("KnowledgeUpdate", "changed"), changes.changed),
                         (QCoreApplication.translate("KnowledgeUpdate", "removed"), changes.removed)):
        for kind, ids in sorted(table.items()):
            if ids:
                shown = ", ".join(ids[:6]) + (" …" if len(ids) > 6 else "")
                lines.append(f"{kind} {label} ({len(ids)}): {shown}")
    QMessageBox.information(
        parent, QCoreApplication.translate("KnowledgeUpdate", "Knowledge base updated"),
        QCoreApplication.translate("KnowledgeUpdate", "Installed knowledge {0}, released {1}.\n\n{2}\n\nThe previous version is kept: "
                  "File ▸ Roll back knowledge update returns to it.").format(
            result.manifest.version, f"{result.manifest.released:%Y-%m-%d}",
            "\n".join(lines) or QCoreApplication.translate("KnowledgeUpdate", "No record changed.")))
    return result


def roll_back(parent: QWidget) -> str | None:
    try:
        version = rollback()
    except BundleError as exc:
        QMessageBox.information(parent, QCoreApplication.translate("KnowledgeUpdate", "Roll back knowledge"), str(exc))
        return None
    QMessageBox.information(parent, QCoreApplication.translate("KnowledgeUpdate", "Roll back knowledge"),
                            QCoreApplication.translate("KnowledgeUpdate", "The knowledge base is back at version {0}.").format(version))
    return version

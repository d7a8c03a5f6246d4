"""The Help dialog: the user guide and the glossary, offline, in the UI language (desktop.i18n.help)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n.help import glossary, glossary_markdown, guide

GLOSSARY = "glossary"
# Which part of the guide F1 opens on each view (by the view's class name).
VIEW_SECTION = {
    "OrganisationView": "portfolio",
    "UseCasesView": "portfolio",
    "CandidatesView": "portfolio",
    "AssessmentView": "charts",
    "KnowledgeView": "questions",
    "ReportView": "verify",
}


def section_for(view: QWidget | None) -> str:
    return VIEW_SECTION.get(type(view).__name__, "questions") if view is not None else "questions"


class HelpDialog(QDialog):
    """Sections of the guide on the left, the text on the right; the glossary can be searched."""

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("help")
        self.setWindowTitle(self.tr("Help"))
        self.resize(900, 640)
        self.topics = QListWidget()
        self.topics.setObjectName("helpTopics")
        self.topics.setFixedWidth(230)
        for section in guide(lang):
            item = QListWidgetItem(section.title)
            item.setData(Qt.ItemDataRole.UserRole, section.id)
            self.topics.addItem(item)
        item = QListWidgetItem(self.tr("Glossary"))
        item.setData(Qt.ItemDataRole.UserRole, GLOSSARY)
        self.topics.addItem(item)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the glossary (e.g. PUE, KV cache)"))
        self.search.setClearButtonEnabled(True)
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpText")
        self.browser.setOpenExternalLinks(False)  # offline: nothing to open
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)

        right = QVBoxLayout()
        right.addWidget(self.search)
        right.addWidget(self.browser, 1)
        body = QHBoxLayout()
        body.addWidget(self.topics)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)

        self.topics.currentItemChanged.connect(lambda item, _old: item and self._show(item.data(Qt.ItemDataRole.UserRole)))
        self.search.textChanged.connect(self._search)
        self.open_topic("questions")

    def open_topic(self, topic: str) -> None:
        for row in range(self.topics.count()):
            if self.topics.item(row).data(Qt.ItemDataRole.UserRole) == topic:
                self.topics.setCurrentRow(row)
                return

    def current_topic(self) -> str | None:
        item = self.topics.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show(self, topic: str) -> None:
        if topic == GLOSSARY:
            self._search(self.search.text())
            return
        section = next((s for s in guide(self.lang) if s.id == topic), None)
        if section is not None:
            self.browser.setMarkdown(section.markdown)

    def _search(self, text: str) -> None:
        words = text.strip().casefold()
        entries = [e for e in glossary(self.lang)
                   if not words or words in e.term.casefold() or words in e.text.casefold()
                   or any(words in m.casefold() for m in e.match)]
        if self.current_topic() != GLOSSARY:
            self.topics.blockSignals(True)
            self.open_topic(GLOSSARY)
            self.topics.blockSignals(False)
        if entries:
            self.browser.setMarkdown(glossary_markdown(self.lang, entries))
        else:
            self.browser.setMarkdown(self.tr("Nothing in the glossary matches “{0}”.").format(text))

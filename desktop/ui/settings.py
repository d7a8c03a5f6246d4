"""User settings (recent files, language, first start), kept in the user data directory as INI."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.knowledge import paths

MAX_RECENT = 8


class Settings:
    def __init__(self) -> None:
        self.qsettings = QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)

    @property
    def first_start(self) -> bool:
        return not self.qsettings.contains("started_before")

    def mark_started(self) -> None:
        self.qsettings.setValue("started_before", True)

    @property
    def language(self) -> str:
        return str(self.qsettings.value("language", "system"))

    @language.setter
    def language(self, value: str) -> None:
        self.qsettings.setValue("language", value)

    def recent_files(self) -> list[Path]:
        """Recent portfolios that still exist; missing ones drop out."""
        raw = self.qsettings.value("recent_files", [])
        names = [raw] if isinstance(raw, str) else list(raw or [])
        existing = [Path(n) for n in names if n and Path(n).exists()]
        if len(existing) != len(names):
            self.qsettings.setValue("recent_files", [str(p) for p in existing])
        return existing

    def last_file(self) -> Path | None:
        """The portfolio opened or saved last, if it still exists: the app reopens it on start."""
        recent = self.recent_files()
        return recent[0] if recent else None

    def add_recent(self, path: Path) -> None:
        names = [str(p) for p in self.recent_files() if p.resolve() != Path(path).resolve()]
        self.qsettings.setValue("recent_files", [str(Path(path).resolve()), *names][:MAX_RECENT])

    def sync(self) -> None:
        self.qsettings.sync()

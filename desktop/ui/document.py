"""The open portfolio: its file, its undo stack, and the assessment that follows every edit.

Data flows one way: an edit (always an undo command) replaces the portfolio, the engine re-assesses,
views redraw from `portfolio` and `assessment`. Views never change the portfolio themselves.
"""

from __future__ import annotations

import contextlib
import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.atomic import prune_temporaries, set_aside
from desktop.domain.portfolio import Portfolio
from desktop.domain.portfolio_file import (
    PortfolioError,
    describe_validation,
    dump_portfolio,
    load_portfolio,
    parse_portfolio,
    read_limited,
    write_atomic,
)
from desktop.engine.assess import Catalog, PortfolioAssessment, assess_portfolio
from desktop.knowledge import paths

Path_ = tuple[Any, ...]  # e.g. ("use_cases", "contracts", "workload", "peak_concurrency")
AUTOSAVE_MS = 60_000


class EditError(ValueError):
    """An edit the domain refuses; the message names the field and the reason, `errors` keeps pydantic's
    details so a form can say it in plain words next to the field."""

    def __init__(self, message: str, errors: list[dict] | None = None):
        super().__init__(message)
        self.errors = errors or []


def locate(data: dict, path: Path_) -> tuple[Any, Any]:
    """(container, key) for a path whose list steps are addressed by the items' `id`."""
    node: Any = data
    for step in path[:-1]:
        node = _step(node, step)
    last = path[-1]
    if isinstance(node, list):
        index = next((i for i, item in enumerate(node) if item.get("id") == last), None)
        if index is None:
            raise EditError(QCoreApplication.translate("PortfolioDocument", "no item {0}").format(repr(last)))
        return node, index
    return node, last


def _step(node: Any, step: Any) -> Any:
    if isinstance(node, list):
        found = next((item for item in node if item.get("id") == step), None)
        if found is None:
            raise EditError(QCoreApplication.translate("PortfolioDocument", "no item {0}").format(repr(step)))
        return found
    return node[step]


def value_at(portfolio: Portfolio, path: Path_) -> Any:
    container, key = locate(portfolio.model_dump(mode="json"), path)
    return container[key]


def with_value(portfolio: Portfolio, path: Path_, value: Any) -> Portfolio:
    """A new portfolio with `value` at `path`, validated; EditError names what is wrong."""
    data = portfolio.model_dump(mode="json")
    container, key = locate(data, path)
    container[key] = value
    return validated(data)


def validated(data: dict) -> Portfolio:
    try:
        return Portfolio.model_validate(data)
    except ValidationError as exc:
        raise EditError(describe_validation(exc), exc.errors(include_url=False)) from None


def assess_safely(portfolio: Portfolio, catalog: Catalog) -> tuple[PortfolioAssessment | None, str | None]:
    """(assessment, None), or (None, the error) when the engine fails: the window must survive an engine bug."""
    try:
        return assess_portfolio(portfolio, catalog), None
    except Exception as exc:  # noqa: BLE001 - shown to the user instead of crashing the window
        return None, f"{type(exc).__name__}: {exc}"


class EditCommand(QUndoCommand):
    """Replaces the portfolio; undo restores the one before. Typing into one field merges into one step."""

    MERGE_ID = 1

    def __init__(self, doc: PortfolioDocument, before: Portfolio, after: Portfolio, text: str, parts: set[str],
                 merge_key: Path_ | None = None):
        super().__init__(text)
        self.doc, self.before, self.after, self.parts, self.merge_key = doc, before, after, parts, merge_key

    def redo(self) -> None:
        self.doc._replace(self.after, self.parts)

    def undo(self) -> None:
        self.doc._replace(self.before, self.parts)

    def id(self) -> int:
        return self.MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if isinstance(other, EditCommand) and other.merge_key == self.merge_key and self.merge_key is not None:
            self.after = other.after
            return True
        return False


class PortfolioDocument(QObject):
    portfolioLoaded = Signal()  # a different portfolio is open (new, open, recover)
    portfolioChanged = Signal(object)  # set of changed parts, e.g. {"organisation"} or {"use_cases"}
    assessmentChanged = Signal()
    pathChanged = Signal(str)
    editRefused = Signal(str)  # an edit the domain refused, with the reason
    autosaveFailed = Signal(str)  # the message, or "" when autosave works again

    def __init__(self, catalog: Catalog, parent: QObject | None = None):
        super().__init__(parent)
        self.catalog = catalog
        self.portfolio = self._blank()
        self.path: Path | None = None
        # The engine's answer for `_assessed`; every change of portfolio or knowledge bumps `_generation`.
        # With `background` on (the app), edits are assessed on the thread pool, one job at a time: edits made
        # meanwhile coalesce and the newest portfolio is assessed next (the newest result wins). Reading
        # `assessment` before the worker is done computes it at once, so nobody ever reads a stale answer.
        self.background = False
        self._assessment: PortfolioAssessment | None = None
        self.assessment_error: str | None = None
        self._generation = 0
        self._assessed = -1
        self._announced = -1
        self._job = None
        self.last_refusal: EditError | None = None  # the latest refused edit, for forms to explain
        self.undo_stack = QUndoStack(self)
        self.autosave_error = ""
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        self.reassess()

    # -- files ----------------------------------------------------------------------------------
    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def title(self) -> str:
        return self.portfolio.name

    def new(self, portfolio: Portfolio | None = None) -> None:
        self._open(portfolio or self._blank(), None)

    def _blank(self) -> Portfolio:
        # The domain's default name is English; a new portfolio is named in the user's language.
        return Portfolio(name=self.tr("Untitled portfolio"))

    def load(self, path: Path) -> None:
        """Open a file; on any problem raise PortfolioError and leave the current work untouched."""
        portfolio = load_portfolio(Path(path))
        # Temporary files of saves that a crash interrupted, next to this portfolio (an hour old or more).
        prune_temporaries(Path(path).parent, (f".{Path(path).name}.*.tmp",))
        self._open(portfolio, Path(path))

    def load_text(self, text: str, path: Path | None, mark_modified: bool = False) -> None:
        portfolio = parse_portfolio(text, str(path or self.tr("recovered portfolio")))
        self._open(portfolio, path)
        if mark_modified:
            # A recovered portfolio differs from its file until saved: one undoable step records that.
            self.undo_stack.resetClean()
            self.undo_stack.push(EditCommand(self, portfolio, portfolio, self.tr("Recover"), {"use_cases"}))

    def _open(self, portfolio: Portfolio, path: Path | None) -> None:
        self.undo_stack.clear()
        self.portfolio = portfolio
        self.path = path
        self.undo_stack.setClean()
        self.reassess()
        self.portfolioLoaded.emit()
        self.pathChanged.emit(str(path or ""))
        self._announced = self._generation
        self.assessmentChanged.emit()

    def save(self, path: Path | None = None) -> Path:
        target = Path(path or self.path or "")
        if not str(target):
            raise PortfolioError(self.tr("no file name given"))
        try:
            write_atomic(target, dump_portfolio(self.portfolio).encode("utf-8"))
        except OSError as exc:
            raise PortfolioError(self.tr("{0}: cannot be written ({1})").format(target, exc.strerror or exc)) from None
        self.path = target
        self.undo_stack.setClean()
        self.pathChanged.emit(str(target))
        self.clear_recovery()
        return target

    # -- autosave and recovery -------------------------------------------------------------------
    @staticmethod
    def recovery_path() -> Path:
        return paths.data_dir() / "recovery.json"

    def recovery_mode(self) -> int:
        """0600, or the portfolio file's own mode where that is stricter: a copy of a confidential
        portfolio must not be easier to read than the portfolio."""
        mode = 0o600
        if self.path is not None:
            with contextlib.suppress(OSError):
                mode &= Path(self.path).stat().st_mode
        return mode | 0o400  # the owner must still be able to read it back

    def autosave(self) -> bool:
        """Write unsaved work to the recovery file; nothing is written when there is nothing to lose.
        A failure (full disk, read-only folder) is reported through `autosaveFailed`, never raised: the
        timer tries again next minute, and `autosaveFailed` fires with "" once it works again."""
        if not self.modified:
            return False
        payload = {"path": str(self.path or ""), "portfolio": json.loads(dump_portfolio(self.portfolio))}
        target = self.recovery_path()
        try:
            write_atomic(target, json.dumps(payload, indent=1).encode("utf-8"), mode=self.recovery_mode())
        except OSError as exc:
            self.autosave_error = self.tr("Autosave failed: {0} cannot be written ({1}); retrying every minute. "
                                          "Save your work to another place.").format(target, exc.strerror or exc)
            self.autosaveFailed.emit(self.autosave_error)
            return False
        if self.autosave_error:
            self.autosave_error = ""
            self.autosaveFailed.emit("")
        return True

    @classmethod
    def pending_recovery(cls) -> dict | None:
        data, _problem = cls.check_recovery()
        return data

    @classmethod
    def check_recovery(cls) -> tuple[dict | None, str | None]:
        """(the recovery data, None) or (None, a message) when the file was malformed and set aside."""
        path = cls.recovery_path()
        if not path.exists() and not path.is_symlink():
            return None, None
        try:
            raw = read_limited(path)
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or not isinstance(data.get("portfolio"), dict):
                raise ValueError("'portfolio' is not an object")
            if not isinstance(data.get("path", ""), str):
                raise ValueError("'path' is not text")
            return data, None
        except (OSError, ValueError, RecursionError) as exc:
            try:
                moved = set_aside(path)
            except OSError:
                return None, QCoreApplication.translate("PortfolioDocument", "The recovery file {0} is damaged ({1}).").format(
                    path, exc)
            return None, QCoreApplication.translate(
                "PortfolioDocument", "The recovery file {0} was damaged ({1}); it was moved aside to {2}.").format(
                path, exc, moved)

    def recover(self, data: dict) -> None:
        self.load_text(json.dumps(data["portfolio"]), Path(data["path"]) if data.get("path") else None,
                       mark_modified=True)

    def clear_recovery(self) -> None:
        self.recovery_path().unlink(missing_ok=True)

    # -- edits ------------------------------------------------------------------------------------
    def set_value(self, path: Path_, value: Any, text: str | None = None) -> bool:
        """One field; consecutive edits of the same field merge into one undo step."""
        try:
            after = with_value(self.portfolio, path, value)
        except EditError as exc:
            self.last_refusal = exc
            self.editRefused.emit(str(exc))
            return False
        if after == self.portfolio:
            return True
        label = text or self.tr("Change {0}").format(str(path[-1]).replace("_", " "))
        self.undo_stack.push(EditCommand(self, self.portfolio, after, label, {str(path[0])}, merge_key=path))
        return True

    def change(self, edit: Callable[[dict], None], text: str, parts: set[str]) -> bool:
        """A structural edit on a copy of the portfolio's data (add, remove, duplicate, reorder)."""
        data = copy.deepcopy(self.portfolio.model_dump(mode="json"))
        try:
            edit(data)
            after = validated(data)
        except EditError as exc:
            self.editRefused.emit(str(exc))
            return False
        self.undo_stack.push(EditCommand(self, self.portfolio, after, text, parts))
        return True

    def _replace(self, portfolio: Portfolio, parts: set[str]) -> None:
        self.portfolio = portfolio
        self._generation += 1
        self.portfolioChanged.emit(parts)
        if self.background:
            self._schedule()
        else:
            self._announce()

    # -- the engine -------------------------------------------------------------------------------
    def set_catalog(self, catalog: Catalog) -> None:
        """New knowledge (overlay edit, update): re-assess the same portfolio."""
        self.catalog = catalog
        self.reassess()
        self._announced = self._generation
        self.assessmentChanged.emit()

    @property
    def assessment(self) -> PortfolioAssessment | None:
        if self._assessed != self._generation:
            self._assess_now()  # asked before the worker answered: compute it here, never hand out a stale one
        return self._assessment

    @assessment.setter
    def assessment(self, value: PortfolioAssessment | None) -> None:
        self._assessment, self._assessed = value, self._generation

    @property
    def assessment_pending(self) -> bool:
        """A background assessment of the current portfolio has not answered yet."""
        return self._assessed != self._generation

    def reassess(self) -> None:
        """Assess the current portfolio now, on this thread."""
        self._generation += 1
        self._assess_now()

    def _assess_now(self) -> None:
        self._assessment, self.assessment_error = assess_safely(self.portfolio, self.catalog)
        self._assessed = self._generation

    def _announce(self) -> None:
        """assessmentChanged once per generation, when its answer is there."""
        if self._announced != self._generation:
            self._announced = self._generation
            self.assessment  # noqa: B018 - computes it if nobody has yet
            self.assessmentChanged.emit()

    def _schedule(self) -> None:
        if self._job is not None:
            return  # one job at a time: when it answers, the newest portfolio is assessed next
        from .report.jobs import Job

        generation, portfolio, catalog = self._generation, self.portfolio, self.catalog
        self._job = Job(lambda _progress: (generation, *assess_safely(portfolio, catalog)))
        self._job.succeeded.connect(self._answered)
        self._job.start()

    def _answered(self, answer: tuple) -> None:
        generation, assessment, error = answer
        self._job = None
        if generation != self._generation:
            self._schedule()  # edits came meanwhile: their result is the one to show
            return
        if self._assessed != generation:
            self._assessment, self.assessment_error, self._assessed = assessment, error, generation
        self._announce()

    def wait_for_assessment(self, timeout_ms: int = 30_000) -> bool:
        """Process events until the background assessment of the current portfolio is announced (tests, bench)."""
        from PySide6.QtCore import QDeadlineTimer, QEventLoop

        deadline = QDeadlineTimer(timeout_ms)
        while self._announced != self._generation and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return self._announced == self._generation

    def assess(self, portfolio: Portfolio) -> PortfolioAssessment | None:
        """An assessment of another portfolio (a what-if) with the same knowledge; None when it fails."""
        try:
            return assess_portfolio(portfolio, self.catalog)
        except Exception:  # noqa: BLE001 - a what-if must not take the window down; the saved answer stays
            return None

    def use_case(self, use_case_id: str):
        return next((u for u in self.portfolio.use_cases if u.id == use_case_id), None)

    def use_case_assessment(self, use_case_id: str):
        if self.assessment is None:
            return None
        return next((u for u in self.assessment.use_cases if u.use_case == use_case_id), None)

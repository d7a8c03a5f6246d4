"""Refusals in plain words, in the UI language: what pydantic found, said the way a person would."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def plain(error: dict) -> str:
    """One pydantic error (from ValidationError.errors()) as a short sentence without field paths."""
    kind, ctx = error.get("type", ""), error.get("ctx") or {}
    if kind in ("missing", "string_type", "none_required") or (kind == "string_too_short" and ctx.get("min_length") == 1):
        return QCoreApplication.translate("Messages", "This cannot be empty.")
    if kind == "string_too_short":
        return QCoreApplication.translate("Messages", "Use at least {n} characters.").format(n=ctx.get("min_length"))
    if kind == "string_too_long":
        return QCoreApplication.translate("Messages", "Use at most {n} characters.").format(n=ctx.get("max_length"))
    if kind == "greater_than_equal":
        return QCoreApplication.translate("Messages", "Use {n} or more.").format(n=ctx.get("ge"))
    if kind == "greater_than":
        return QCoreApplication.translate("Messages", "Use more than {n}.").format(n=ctx.get("gt"))
    if kind == "less_than_equal":
        return QCoreApplication.translate("Messages", "Use {n} or less.").format(n=ctx.get("le"))
    if kind == "less_than":
        return QCoreApplication.translate("Messages", "Use less than {n}.").format(n=ctx.get("lt"))
    if kind in ("literal_error", "enum"):
        return QCoreApplication.translate("Messages", "Choose one of: {choices}.").format(choices=ctx.get("expected", ""))
    if kind in ("int_parsing", "float_parsing", "int_type", "float_type"):
        return QCoreApplication.translate("Messages", "Enter a number.")
    return str(error.get("msg", ""))

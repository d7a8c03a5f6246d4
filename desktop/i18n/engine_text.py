"""The engine's own sentences (desktop/engine/messages.py) in the reader's language.

The engine names each sub-score reason, recommendation reason, summary, outcome and scenario reason with a
message id and parameters; resources/i18n/engine.toml words them in English and German. A parameter may
hold another message (`detail`), rendered first; exclusions inside a sentence use messages.toml's wording.
"""

from __future__ import annotations

import string
import tomllib
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from desktop.knowledge.sources import RESOURCES

from .formats import Formats
from .messages import MissingMessage, render, rule_text, word

if TYPE_CHECKING:
    from desktop.domain.rule import ScenarioRule
    from desktop.engine.messages import Message

ENGINE_FILE = RESOURCES / "i18n" / "engine.toml"


@lru_cache(maxsize=1)
def engine_catalog() -> dict:
    with ENGINE_FILE.open("rb") as fh:
        return tomllib.load(fh)


class _Value:
    """A parameter that formats itself by the template's spec, in one language."""

    def __init__(self, name: str, value: Any, text: EngineText, params: dict):
        self.name, self.value, self.text, self.params = name, value, text, params

    def __format__(self, spec: str) -> str:
        t, v = self.text, self.value
        kind, _, arg = spec.partition(":")
        if kind in ("num", "num1", "num2"):
            return t.fmt.num(float(v), {"num": 0, "num1": 1, "num2": 2}[kind])
        if kind == "money":
            return t.fmt.money(float(v), str(self.params.get("currency", "EUR")))
        if kind == "date":
            return t.fmt.iso_date(v)
        if kind == "plural":
            one, _, other = arg.partition("|")
            return t.fmt.plural(float(v), one, other)
        if kind == "enum":
            return word(arg, v, t.lang, t.strict)
        if kind in ("topic", "community"):
            return t.word(kind, str(v))
        if kind == "topics":  # "license#1|hardware#2"
            q = {"en": "question", "de": "Frage"}[t.lang]
            parts = [f"{t.word('topic', name)} ({q} {number})"
                     for name, _, number in (item.partition("#") for item in str(v).split("|") if item)]
            return t.fmt.join(parts)
        if kind == "rules":
            return ", ".join(t.rule(r)[0] for r in str(v).split("|") if r)
        if kind == "rule":
            return t.rule(str(v))[0]
        if kind == "rule_summary":
            return t.rule(str(v))[1]
        if kind == "label":
            return t.labels.get(str(v), str(v))
        if isinstance(v, float):
            return t.fmt.num(v, 0 if v == int(v) else 1)
        return str(v)


class EngineText:
    """Renders engine messages in one language; `strict` refuses to fall back to the engine's English."""

    def __init__(self, lang: str, fmt: Formats | None = None, labels: dict[str, str] | None = None,
                 rules: list[ScenarioRule] | None = None, strict: bool = False):
        self.lang = lang
        self.fmt = fmt or Formats(lang)
        self.labels = labels or {}  # the engine's English candidate labels -> this language's
        self.rules = {r.id: r for r in rules or []}
        self.strict = strict

    def word(self, table: str, value: str) -> str:
        entry = engine_catalog().get(table, {}).get(value)
        if entry is None or self.lang not in entry:
            if self.strict:
                raise MissingMessage(f"no {self.lang} word for {table}.{value}")
            return value
        return entry[self.lang]

    def rule(self, rule_id: str) -> tuple[str, str]:
        rule = self.rules.get(rule_id)
        if rule is None:
            if self.strict:
                raise MissingMessage(f"no rule {rule_id!r}")
            return rule_id, ""
        return rule_text(rule, self.lang)

    def __call__(self, message: Message | None) -> str:
        if message is None:
            return ""
        params = dict(message.params)
        nested = params.get("detail_id")
        if isinstance(nested, str):
            inner = {k.removeprefix("detail."): v for k, v in params.items() if k.startswith("detail.")}
            params["detail"] = self._inner(nested, inner, str(params.get("detail", "")))
        if message.id.startswith("ex."):
            return self._inner(message.id, params, "")
        entry = engine_catalog().get(message.id, {})
        template = entry.get(self.lang)
        if template is None:
            if self.strict:
                raise MissingMessage(f"no {self.lang} text for engine message {message.id}")
            from desktop.engine.messages import english

            return english(message)
        values = {k: _Value(k, v, self, params) for k, v in params.items()}
        return string.Formatter().vformat(template, (), values)

    def _inner(self, message_id: str, params: dict, fallback: str) -> str:
        if message_id.startswith("ex."):
            kind = message_id.removeprefix("ex.")
            params = dict(params)
            if kind == "rule_excludes" and params.get("rule_id"):
                params["rule"], params["summary"] = self.rule(str(params["rule_id"]))
            try:
                return render("exclusion", kind, params, self.lang, self.fmt, {}, self.strict)
            except MissingMessage:
                if self.strict:
                    raise
                return fallback
        from desktop.engine.messages import say

        return self(say(message_id, **params))


def for_assessment(lang: str, assessment, rules: list[ScenarioRule] | None = None, fmt: Formats | None = None,
                   strict: bool = False) -> EngineText:
    """An EngineText that names this assessment's candidates the way `lang` does."""
    from .messages import candidate_label

    labels = {ca.label: candidate_label(ca.candidate, lang) for ua in assessment.use_cases for ca in ua.candidates}
    return EngineText(lang, fmt, labels, rules, strict)

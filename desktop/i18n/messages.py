"""The engine's message ids rendered in English or German, from resources/i18n/messages.toml.

The engine names what it found with an id and parameters (Risk.kind, Exclusion.kind, a verdict); this
module words it in the reader's language with the reader's number and date formats. The engine's own
English `message`/`reason` is a fallback only: `strict=True` refuses to fall back, which is how the
test proves every German rendering is German.
"""

from __future__ import annotations

import re
import string
import tomllib
from functools import lru_cache
from typing import TYPE_CHECKING

from desktop.domain.portfolio import Candidate
from desktop.knowledge.sources import RESOURCES

from .formats import Formats

if TYPE_CHECKING:
    from desktop.domain.rule import ScenarioRule
    from desktop.engine.findings import Exclusion, Risk
    from desktop.engine.result import PortfolioAssessment

CATALOG_FILE = RESOURCES / "i18n" / "messages.toml"
_FIELD = re.compile(r"\{([a-z_]+)(?::[^}]*)?\}")


class MissingMessage(LookupError):
    """No template in this language for an id (or none whose fields the parameters fill)."""


@lru_cache(maxsize=1)
def catalog() -> dict:
    with CATALOG_FILE.open("rb") as fh:
        return tomllib.load(fh)


def message_ids(section: str) -> set[str]:
    """Every id a section ('risk', 'exclusion') has a message for."""
    return set(catalog()[section])


def word(table: str, value, lang: str, strict: bool = False) -> str:
    """A word from an enum table: word('verdict', 'blocked', 'de') -> 'Ausgeschlossen'."""
    entry = catalog()["enum"].get(table, {}).get(str(value))
    if entry is None or lang not in entry:
        if strict:
            raise MissingMessage(f"no {lang} word for {table}.{value}")
        return str(value)
    return entry[lang]


class _Field:
    """A parameter that formats itself by the spec the template gives ({date:date}, {n:plural:Tag|Tage})."""

    def __init__(self, value, name: str, lang: str, fmt: Formats, labels: dict, strict: bool):
        self.value, self.name, self.lang, self.fmt, self.labels, self.strict = value, name, lang, fmt, labels, strict

    def __format__(self, spec: str) -> str:
        v = self.value
        kind, _, arg = spec.partition(":")
        if kind == "date":
            return self.fmt.iso_date(v)
        if kind == "int":
            return self.fmt.num(float(v), 0)
        if kind in ("num", "gb"):
            return self.fmt.num(float(v), 1 if kind == "gb" else 0)
        if kind == "plural":
            one, _, other = arg.partition("|")
            return self.fmt.plural(float(v), one, other)
        if kind == "enum":
            return word(arg, v, self.lang, self.strict)
        if kind == "label":
            if v in self.labels:
                return self.labels[v]
            if self.strict:
                raise MissingMessage(f"no candidate {v!r} to name")
            return str(v)
        if isinstance(v, float):
            return self.fmt.num(v, 0 if v == int(v) else 1)
        return str(v)


def render(section: str, kind: str, params: dict, lang: str, fmt: Formats | None = None,
           labels: dict | None = None, strict: bool = False) -> str:
    """The first template of `section.kind` in `lang` whose fields `params` fill."""
    fmt = fmt or Formats(lang)
    entry = catalog().get(section, {}).get(kind)
    templates = (entry or {}).get(lang, [])
    given = {k for k, v in params.items() if v not in (None, "")}
    for template in templates:
        if set(_FIELD.findall(template)) <= given:
            values = {k: _Field(v, k, lang, fmt, labels or {}, strict) for k, v in params.items()}
            return string.Formatter().vformat(template, (), values)
    raise MissingMessage(f"no {lang} message for {section}.{kind} with {sorted(given)}")


def candidate_label(candidate: Candidate, lang: str) -> str:
    """'Qwen/Qwen3-8B auf 1× l40s (fp8, gekauft)': the domain's label in this language."""
    labels = catalog()["label"]
    if candidate.kind == "api":
        return labels["api"][lang].format(api=candidate.api)
    if candidate.platform and not candidate.accelerator:
        return labels["platform"][lang].format(model=candidate.model, platform=candidate.platform,
                                               precision=candidate.precision)
    return labels["self_hosted"][lang].format(model=candidate.model, gpus=candidate.gpus,
                                              accelerator=candidate.accelerator, precision=candidate.precision,
                                              acquisition=word("acquisition", candidate.acquisition, lang))


def rule_text(rule: ScenarioRule, lang: str) -> tuple[str, str]:
    """(name, summary) of a scenario rule in this language; English when the rule has no German."""
    if lang == "de" and rule.name_de and rule.summary_de:
        return rule.name_de, rule.summary_de
    return rule.name, rule.summary


class Messages:
    """Renders one assessment's findings in one language: subjects name the use case and candidate the
    way this language does, rules are named from the knowledge base's German beside the English."""

    def __init__(self, lang: str, assessment: PortfolioAssessment | None = None,
                 rules: list[ScenarioRule] | None = None, fmt: Formats | None = None, strict: bool = False):
        self.lang, self.assessment, self.strict = lang, assessment, strict
        self.fmt = fmt or Formats(lang)
        self.rules = {r.id: r for r in rules or []}
        self.labels: dict[str, str] = {}
        self._by_label: dict[str, str] = {}
        if assessment is not None:
            for ua in assessment.use_cases:
                for ca in ua.candidates:
                    self.labels[ca.candidate.id] = candidate_label(ca.candidate, lang)
                    self._by_label[ca.label] = self.labels[ca.candidate.id]

    def verdict(self, verdict) -> str:
        return word("verdict", getattr(verdict, "value", verdict), self.lang, self.strict)

    def severity(self, severity: str) -> str:
        return word("severity", severity, self.lang, self.strict)

    def question(self, question) -> str:
        return word("question", question, self.lang, self.strict)

    def rule(self, rule_id: str) -> tuple[str, str]:
        rule = self.rules.get(rule_id)
        if rule is None:
            if self.strict:
                raise MissingMessage(f"no rule {rule_id!r} in the knowledge base")
            return rule_id, ""
        name, summary = rule_text(rule, self.lang)
        if self.strict and self.lang == "de" and (name, summary) == (rule.name, rule.summary):
            raise MissingMessage(f"rule {rule_id!r} has no German name and summary")
        return name, summary

    def exclusion(self, e: Exclusion) -> str:
        if self.lang == "en" and not self.strict:
            return e.reason  # the engine's own English: the CLI and every English view read the same words
        params = dict(e.params)
        if e.kind == "rule_excludes" and e.rule:
            params["rule"], params["summary"] = self.rule(e.rule)
        try:
            return render("exclusion", e.kind, params, self.lang, self.fmt, self.labels, self.strict)
        except MissingMessage:
            if self.strict or self.lang == "en":
                raise
            return e.reason

    def subject(self, r: Risk) -> str:
        if self.assessment is None or r.use_case is None:
            return r.subject
        ua = self.assessment.use_case(r.use_case)
        if ua is None:
            return r.subject
        # The engine names use-case risks by the use case alone, a candidate's risks by both.
        if r.subject == ua.name or r.candidate is None or r.candidate not in self.labels:
            return ua.name
        return f"{ua.name} · {self.labels[r.candidate]}"

    def risk_text(self, r: Risk) -> str:
        """The finding without its subject."""
        if self.lang == "en" and not self.strict:
            return r.message  # the engine's own English, as the CLI prints it
        params = dict(r.params)
        if r.kind == "close_call" and "other" in params:
            params["other"] = self._by_label.get(str(params["other"]), params["other"])
        if r.kind == "pinned_excluded" and self.assessment is not None and r.use_case:
            ua = self.assessment.use_case(r.use_case)
            chosen = ua.chosen if ua is not None else None
            if chosen is not None and chosen.score.exclusions:
                params["reason"] = self.exclusion(chosen.score.exclusions[0])
        try:
            return render("risk", r.kind, params, self.lang, self.fmt, self.labels, self.strict)
        except MissingMessage:
            if self.strict or self.lang == "en":
                raise
            return r.message

    def risk(self, r: Risk) -> str:
        """'Subject: finding' in this language."""
        return f"{self.subject(r)}: {self.risk_text(r)}"

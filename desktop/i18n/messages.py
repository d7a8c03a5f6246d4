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


class _Context:
    """What a template's fields may need besides their own value: the language, its formats, how
    candidates and rules are named in it, and the message's other parameters (a currency)."""

    def __init__(self, lang: str, fmt: Formats, labels: dict | None = None, rules: dict | None = None,
                 strict: bool = False, params: dict | None = None):
        self.lang, self.fmt, self.labels, self.strict = lang, fmt, labels or {}, strict
        self.rules = rules or {}  # English name or summary -> this language's
        self.params = params or {}

    def missing(self, what: str) -> str:
        if self.strict:
            raise MissingMessage(what)
        return ""


_QUESTION = re.compile(r"\(question (\d)\)")


class _Field:
    """A parameter that formats itself by the spec the template gives ({date:date}, {n:plural:Tag|Tage})."""

    def __init__(self, value, ctx: _Context):
        self.value, self.ctx = value, ctx

    def __format__(self, spec: str) -> str:
        v, ctx, fmt = self.value, self.ctx, self.ctx.fmt
        kind, _, arg = spec.partition(":")
        if kind == "date":
            return fmt.iso_date(v)
        if kind in ("int", "num", "num1", "num2", "gb"):
            decimals = {"int": 0, "num1": 1, "num2": 2, "gb": 1}.get(kind)
            if decimals is None:  # num: whole numbers as such, others with one decimal
                decimals = 0 if float(v) == int(float(v)) else 1
            return fmt.num(float(v), decimals)
        if kind == "money":
            return fmt.money(float(v), str(ctx.params.get("currency") or "EUR"))
        if kind == "pct100":
            return fmt.pct(float(v) / 100)
        if kind == "plural":
            one, _, other = arg.partition("|")
            return fmt.plural(float(v), one, other)
        if kind == "enum":
            return word(arg, v, ctx.lang, ctx.strict)
        if kind == "enumlist":
            return ", ".join(word(arg, x.strip(), ctx.lang, ctx.strict) for x in str(v).split(",") if x.strip())
        if kind == "label":
            if v in ctx.labels:
                return ctx.labels[v]
            return ctx.missing(f"no candidate {v!r} to name") or str(v)
        if kind == "strongest":  # "license (question 1) and hardware (question 2)", named per question
            questions = _QUESTION.findall(str(v))
            if not questions:
                return ctx.missing(f"cannot read the questions in {v!r}") or str(v)
            what = "Frage" if ctx.lang == "de" else "question"
            return fmt.join([f"{word('topic', q, ctx.lang, ctx.strict)} ({what} {q})" for q in questions])
        if kind in ("rules", "rule_summary"):
            return self._rule_words(str(v))
        if isinstance(v, float):
            return fmt.num(v, 0 if v == int(v) else 1)
        return str(v)


    def _rule_words(self, text: str) -> str:
        """Rule names (joined with ", ", which a name may itself contain) or a summary, in this language."""
        ctx = self.ctx
        if text in ctx.rules or ctx.lang == "en":
            return ctx.rules.get(text, text)
        out, rest = [], text
        while rest:
            name = next((n for n in sorted(ctx.rules, key=len, reverse=True) if rest.startswith(n)), None)
            if name is None:
                return ctx.missing(f"no {ctx.lang} wording for rule text {rest!r}") or text
            out.append(ctx.rules[name])
            rest = rest[len(name):].removeprefix(", ")
        return ", ".join(out)


def render(section: str, kind: str, params: dict, lang: str, fmt: Formats | None = None,
           labels: dict | None = None, strict: bool = False, rules: dict | None = None) -> str:
    """The first template of `section.kind` in `lang` whose fields `params` fill."""
    fmt = fmt or Formats(lang)
    entry = catalog().get(section, {}).get(kind)
    templates = (entry or {}).get(lang, [])
    given = {k for k, v in params.items() if v not in (None, "")}
    for template in templates:
        if set(_FIELD.findall(template)) <= given:
            ctx = _Context(lang, fmt, labels, rules, strict, params)
            values = {k: _Field(v, ctx) for k, v in params.items()}
            return string.Formatter().vformat(template, (), values)
    raise MissingMessage(f"no {lang} message for {section}.{kind} with {sorted(given)}")


def render_message(message_id: str, params: dict, lang: str, fmt: Formats | None = None,
                   labels: dict | None = None, strict: bool = False, rules: dict | None = None) -> str:
    """One of the engine's messages (desktop/engine/messages.py: an id and parameters) in `lang`. A
    parameter holding another message ("detail_id" plus "detail.*") is rendered first, in the same
    language; "ex.<kind>" ids are the exclusions."""
    params = dict(params)
    for key in ("detail",):
        nested = params.get(f"{key}_id")
        if isinstance(nested, str):
            inner = {k.removeprefix(f"{key}."): v for k, v in params.items() if k.startswith(f"{key}.")}
            params[key] = render_message(nested, inner, lang, fmt, labels, strict, rules)
        elif params.get(key) and strict and lang != "en":
            raise MissingMessage(f"{message_id}: {key} is plain text, not a message")
    if message_id.startswith("ex."):
        return render("exclusion", message_id[3:], params, lang, fmt, labels, strict, rules)
    return render("engine", message_id, params, lang, fmt, labels, strict, rules)


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
        self.rule_words: dict[str, str] = {}  # a rule's English name or summary -> this language's
        for r in rules or []:
            name, summary = rule_text(r, lang)
            self.rule_words[r.name], self.rule_words[r.summary] = name, summary
        self.labels: dict[str, str] = {}
        self._by_label: dict[str, str] = {}
        if assessment is not None:
            for ua in assessment.use_cases:
                for ca in ua.candidates:
                    self.labels[ca.candidate.id] = candidate_label(ca.candidate, lang)
                    self._by_label[ca.label] = self.labels[ca.candidate.id]
        self.names = {**self.labels, **self._by_label}  # a candidate by id or by its English label

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
        params = dict(e.params)
        if e.kind == "rule_excludes" and e.rule and e.rule in self.rules:
            # The engine names the rule in English; the templates look its words up in this language.
            params["rule"], params["summary"] = self.rules[e.rule].name, self.rules[e.rule].summary
        try:
            return render("exclusion", e.kind, params, self.lang, self.fmt, self.names, self.strict, self.rule_words)
        except MissingMessage:
            if self.strict or self.lang == "en":
                raise
            return e.reason

    def message(self, message, fallback: str = "") -> str:
        """One of the engine's messages (an object with `id` and `params`: summaries, reasons, outcomes,
        sub-score reasons, scenario reasons) in this language; `fallback` (the engine's English) when the
        catalog has no wording and not strict."""
        if message is None:
            return fallback
        try:
            return render_message(message.id, dict(message.params), self.lang, self.fmt, self.names, self.strict,
                                  self.rule_words)
        except MissingMessage:
            if self.strict or not fallback:
                raise
            return fallback

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
        params = dict(r.params)
        if r.kind == "close_call" and "other" in params:
            params["other"] = self._by_label.get(str(params["other"]), params["other"])
        if r.kind == "pinned_excluded" and self.assessment is not None and r.use_case:
            ua = self.assessment.use_case(r.use_case)
            chosen = ua.chosen if ua is not None else None
            if chosen is not None and chosen.score.exclusions:
                params["reason"] = self.exclusion(chosen.score.exclusions[0])
        try:
            return render("risk", r.kind, params, self.lang, self.fmt, self.names, self.strict, self.rule_words)
        except MissingMessage:
            if self.strict or self.lang == "en":
                raise
            return r.message

    def risk(self, r: Risk) -> str:
        """'Subject: finding' in this language."""
        return f"{self.subject(r)}: {self.risk_text(r)}"

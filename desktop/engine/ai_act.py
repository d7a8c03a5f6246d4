"""The EU AI Act judged from data: role, GPAI status, high-risk signals, duties and their dates.

A pure function of a use case, the organisation, (optionally) the chosen candidate, the provisions in
the knowledge base (kind "regulation") and a date. Every finding carries the provision's article,
legal source and status, and a message (id, params, English text) for the views to render; the GUI,
the report and `assess --json` show this result and decide nothing themselves.

Three answers: "yes" when the portfolio says so, "possible" when a fact is unknown or only a word
in the description points there (then an open question says what to check), "no" otherwise.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, Field

from desktop.domain.portfolio import Candidate, Organisation, Portfolio, UseCase
from desktop.domain.regulation import AiActRole, LegalStatus, Provision, Signal
from desktop.domain.usage import EU_MEMBER_STATES

Certainty = Literal["yes", "possible", "no"]
_RANK: dict[str, int] = {"no": 0, "possible": 1, "yes": 2}
ROLE_ORDER: tuple[AiActRole, ...] = ("gpai_provider", "provider", "deployer")


class Message(BaseModel):
    """What to say: a message id with parameters for translations, plus the English text."""

    id: str
    params: dict[str, str] = Field(default_factory=dict)
    text: str


class PendingChange(BaseModel):
    """A proposed date that is not law yet: shown, never applied."""

    date: dt.date
    instrument: str
    source: str
    provision: str


class ApplicationDate(BaseModel):
    """A date of application as it stands at `as_of`, with the amendment that set it, if any."""

    id: str
    date: dt.date
    status: LegalStatus
    instrument: str
    article: str
    source: str
    original_date: dt.date | None = Field(default=None, description="the date an adopted amendment replaced")
    amended_by: str | None = Field(default=None, description="provision id of that amendment")
    pending: list[PendingChange] = Field(default_factory=list)
    message: Message
    in_effect: bool = Field(description="the date has passed at as_of (and is law)")


class RoleFinding(BaseModel):
    role: AiActRole
    certainty: Literal["yes", "possible"]
    provision: str
    article: str
    source: str
    why: Message


class HighRiskSignal(BaseModel):
    area: str = Field(description="provision id of the high-risk area")
    article: str
    found_in: Literal["uses", "text"]
    matched: str = Field(description="the usage category or the word that matched")
    applies_from: ApplicationDate | None
    source: str
    message: Message


class DutyFinding(BaseModel):
    id: str
    article: str
    title: str
    bearers: list[AiActRole]
    certainty: Literal["yes", "possible"]
    status: LegalStatus = Field(description="legal status of the provision that sets the duty")
    instrument: str
    source: str
    applies_from: ApplicationDate | None = Field(description="None when the date is unknown to the knowledge base")
    applies_now: bool
    message: Message


class AiActAssessment(BaseModel):
    use_case: str
    name: str
    as_of: dt.date
    in_eu: bool = Field(description="the organisation is established in the EU (else Art. 2(1) decides)")
    roles: list[RoleFinding]
    primary_role: AiActRole
    gpai_provider: Certainty
    high_risk: Certainty
    signals: list[HighRiskSignal]
    duties: list[DutyFinding]
    open_questions: list[Message]

    def duty(self, duty_id: str) -> DutyFinding | None:
        return next((d for d in self.duties if d.id == duty_id), None)


@dataclass
class KeywordMatcher:
    """Finds a signal's keywords in a use case's words; remembers compiled patterns and hits."""

    _patterns: dict[str, re.Pattern[str] | None] = field(default_factory=dict)
    _hits: dict[tuple[str, str], str | None] = field(default_factory=dict)

    def word_hit(self, signal: Signal, text: str) -> str | None:
        """The first keyword of the signal found in text (whole words, any case), or None."""
        key = "\0".join(signal.keywords)
        if (key, text) not in self._hits:
            if key not in self._patterns:
                self._patterns[key] = (re.compile(rf"\b(?:{'|'.join(signal.keywords)})\b", re.IGNORECASE)
                                       if signal.keywords else None)
            pattern = self._patterns[key]
            found = pattern.search(text) if pattern is not None else None
            if len(self._hits) > 10_000:  # a long GUI session edits many descriptions
                self._hits.clear()
            self._hits[(key, text)] = found.group(0) if found else None
        return self._hits[(key, text)]


@dataclass
class AiActRules:
    """The provisions of the knowledge base, sorted by type; built once per knowledge state."""

    dates: dict[str, Provision] = field(default_factory=dict)  # key: lower-case id
    roles: list[Provision] = field(default_factory=list)
    areas: list[Provision] = field(default_factory=list)
    duties: list[Provision] = field(default_factory=list)
    # Per knowledge state: keyword hits per text, effective dates per day.
    words: KeywordMatcher = field(default_factory=KeywordMatcher)
    _dates: dict[tuple[str, dt.date], ApplicationDate | None] = field(default_factory=dict)

    @classmethod
    def from_records(cls, records: Iterable[Provision]) -> AiActRules:
        rules = cls()
        for r in sorted(records, key=lambda p: p.id.lower()):
            if r.type == "application_date":
                rules.dates[r.id.lower()] = r
            elif r.type == "role":
                rules.roles.append(r)
            elif r.type == "high_risk_area":
                rules.areas.append(r)
            elif r.type == "duty":
                rules.duties.append(r)
            # data_protection provisions are desktop/engine/data_protection.py's
        return rules

    @classmethod
    def from_kb(cls, kb) -> AiActRules:
        return cls.from_records(kb.records("regulation"))

    # -- dates -------------------------------------------------------------------------------------
    def effective_date(self, date_id: str | None, today: dt.date) -> ApplicationDate | None:
        """The date as the law stands: the base date, moved by the latest adopted amendment; proposals
        are listed as pending and never move it."""
        key = ((date_id or "").lower(), today)
        if key not in self._dates:
            self._dates[key] = self._effective_date(key[0], today)
        return self._dates[key]

    def _effective_date(self, date_id: str, today: dt.date) -> ApplicationDate | None:
        base = self.dates.get(date_id)
        if base is None or base.date is None:
            return None
        amendments = [d for d in self.dates.values() if (d.amends or "").lower() == base.id.lower()]
        adopted = sorted((d for d in amendments if d.status == "adopted_amendment"), key=lambda d: (d.as_of, d.id))
        pending = [PendingChange(date=d.date, instrument=d.instrument, source=d.source, provision=d.id)
                   for d in sorted(amendments, key=lambda d: (d.as_of, d.id))
                   if d.status == "proposal" and d.date is not None]
        chosen = adopted[-1] if adopted else base
        assert chosen.date is not None  # every application_date has one (validated)
        return ApplicationDate(
            id=base.id, date=chosen.date, status=chosen.status, instrument=chosen.instrument,
            article=chosen.article, source=chosen.source,
            original_date=base.date if chosen is not base else None,
            amended_by=chosen.id if chosen is not base else None,
            pending=pending, message=_message(chosen),
            in_effect=chosen.status != "proposal" and chosen.date <= today,
        )

    def timeline(self, today: dt.date) -> list[ApplicationDate]:
        """Every milestone (amendments folded into the date they move), in date order."""
        out = [self.effective_date(d.id, today) for d in self.dates.values() if not d.amends]
        return sorted((d for d in out if d is not None), key=lambda d: (d.date, d.id))


def _message(p: Provision) -> Message:
    return Message(id=p.message, text=p.text)


def _question(p: Provision) -> Message | None:
    return Message(id=f"{p.message}_question", text=p.question) if p.question else None


def weakest(*values: Certainty) -> Certainty:
    return min(values, key=lambda v: _RANK[v])


def _strongest(values: Iterable[Certainty]) -> Certainty:
    return max(values, key=lambda v: _RANK[v], default="no")


def evaluate(when: Iterable[str], facts: dict[str, bool | None]) -> Certainty:
    """All facts must hold: a false one says no, an unknown one (or one the facts lack) says possible."""
    result: Certainty = "yes"
    for fact in when:
        value = facts.get(fact)
        if value is False:
            return "no"
        if value is None:
            result = "possible"
    return result


def use_case_facts(uc: UseCase, candidate: Candidate | None = None) -> dict[str, bool | None]:
    """What the portfolio says about a use case. Facts it does not record stay None (unknown)."""
    u = uc.usage
    return {
        "customer_facing": u.customer_facing,
        "hosted_service": u.hosted_service,
        "redistribute_weights": u.redistribute_weights,
        "fine_tune": u.fine_tune,
        "commercial": u.commercial,
        # every candidate is a language model that writes text for people to read
        "generates_content": True,
        "self_hosted": None if candidate is None else candidate.kind == "self-hosted",
        "modification_over_third_of_compute": None,
        "systemic_risk_model": None,
    }


def match_signal(words: KeywordMatcher, signal: Signal, uc: UseCase) -> tuple[Literal["uses", "text"], str] | None:
    """Where a use case points to the signal: a declared usage category, else a word in its text."""
    for use in uc.usage.uses:
        if use in signal.uses:
            return "uses", use
    word = words.word_hit(signal, f"{uc.name} {uc.description}")
    return ("text", word) if word is not None else None


def assess_ai_act(uc: UseCase, organisation: Organisation, rules: AiActRules, today: dt.date,
                  candidate: Candidate | None = None) -> AiActAssessment:
    """The AI Act's answer for one use case (served by `candidate`, if one is chosen) at `today`."""
    facts = use_case_facts(uc, candidate)
    questions: dict[str, Message] = {}

    def ask(p: Provision) -> None:
        q = _question(p)
        if q is not None:
            questions.setdefault(q.id, q)

    roles: list[RoleFinding] = []
    for p in rules.roles:
        certainty = evaluate(p.when, facts)
        if certainty == "no" or p.role is None:
            continue
        if certainty == "possible":
            ask(p)
        roles.append(RoleFinding(role=p.role, certainty=certainty, provision=p.id, article=p.article,
                                 source=p.source, why=_message(p)))
    role_certainty: dict[str, Certainty] = {
        r: _strongest(f.certainty for f in roles if f.role == r) for r in ROLE_ORDER
    }
    for r in ROLE_ORDER:
        facts[r] = {"yes": True, "possible": None, "no": False}[role_certainty[r]]
    primary: AiActRole = next((r for r in ROLE_ORDER if role_certainty[r] == "yes"), "deployer")
    roles.sort(key=lambda f: (ROLE_ORDER.index(f.role), -_RANK[f.certainty], f.provision))

    signals: list[HighRiskSignal] = []
    for p in rules.areas:
        if p.signal is None:
            continue
        hit = match_signal(rules.words, p.signal, uc)
        if hit is None:
            continue
        signals.append(HighRiskSignal(area=p.id, article=p.article, found_in=hit[0], matched=hit[1],
                                      applies_from=rules.effective_date(p.applies_from, today),
                                      source=p.source, message=_message(p)))
    high_risk: Certainty = _strongest("yes" if s.found_in == "uses" else "possible" for s in signals)
    facts["high_risk"] = {"yes": True, "possible": None, "no": False}[high_risk]

    duties: list[DutyFinding] = []
    for p in rules.duties:
        bearers = [r for r in p.bearers if role_certainty[r] != "no"]
        if not bearers:
            continue
        certainty = weakest(_strongest(role_certainty[r] for r in bearers), evaluate(p.when, facts))
        if p.signal is not None:
            hit = match_signal(rules.words, p.signal, uc)
            certainty = weakest(certainty, "no" if hit is None else ("yes" if hit[0] == "uses" else "possible"))
        if certainty == "no":
            continue
        if certainty == "possible":
            ask(p)
        when = _duty_date(p, signals, rules, today)
        duties.append(DutyFinding(
            id=p.id, article=p.article, title=p.title, bearers=bearers, certainty=certainty, status=p.status,
            instrument=p.instrument, source=p.source, applies_from=when,
            applies_now=when is not None and when.in_effect, message=_message(p),
        ))
    duties.sort(key=lambda d: (d.applies_from.date if d.applies_from else dt.date.max, d.id))

    return AiActAssessment(
        use_case=uc.id, name=uc.name, as_of=today,
        in_eu=organisation.country.upper() in EU_MEMBER_STATES,
        roles=roles, primary_role=primary, gpai_provider=role_certainty["gpai_provider"],
        high_risk=high_risk, signals=signals, duties=duties, open_questions=list(questions.values()),
    )


def _duty_date(p: Provision, signals: list[HighRiskSignal], rules: AiActRules,
               today: dt.date) -> ApplicationDate | None:
    """A duty's own date, or for a high-risk duty the earliest date of the areas that matched."""
    if p.applies_from:
        return rules.effective_date(p.applies_from, today)
    dates = [s.applies_from for s in signals if s.applies_from is not None]
    return min(dates, key=lambda d: d.date) if dates else None


def assess_ai_act_portfolio(portfolio: Portfolio, rules: AiActRules, today: dt.date,
                            chosen: dict[str, Candidate | None] | None = None) -> dict[str, AiActAssessment]:
    """Every use case's answer, by use case id; `chosen` maps a use case id to its recommended candidate."""
    chosen = chosen or {}
    return {uc.id: assess_ai_act(uc, portfolio.organisation, rules, today, chosen.get(uc.id))
            for uc in portfolio.use_cases}


def add_ai_act_to_json(data: dict, portfolio: Portfolio, rules: AiActRules, today: dt.date) -> dict:
    """Put `ai_act` into each `use_cases[]` entry of `assess --json` output (matched by use case id),
    for as long as the engine's UseCaseAssessment does not carry the field itself."""
    by_id = {uc.id: uc for uc in portfolio.use_cases}
    for entry in data.get("use_cases", []):
        uc = by_id.get(entry.get("use_case"))
        if uc is None:
            continue
        cand = next((c for c in uc.candidates if c.id == entry.get("recommended")), None)
        entry["ai_act"] = assess_ai_act(uc, portfolio.organisation, rules, today, cand).model_dump(mode="json")
    return data

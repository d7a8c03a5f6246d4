"""Data protection judged from data: the duties of the organisation's own law that a use case's chosen
deployment brings (a processing agreement when a vendor processes personal data, safeguards for a state
without adequate protection, professional secrecy when the files are a client's or a patient's).

A pure function of the use case, the organisation's country, the chosen candidate and the provisions of
type `data_protection` in the knowledge base (kind "regulation"): which law applies is the provision's
`jurisdictions`; when it applies is its `when` facts and its `signal`. The answers follow the AI Act's
(desktop/engine/ai_act.py): "yes" when the portfolio says so, "possible" when a fact is unknown or only a
word in the use case points there (an open question then says what to check). Nothing is hard-coded per
country here: a knowledge update adds a country by adding its provisions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, Field

from desktop.domain.offering import ApiOffering, CloudOffering
from desktop.domain.portfolio import Candidate, Organisation, UseCase
from desktop.domain.regulation import LegalStatus, Provision
from desktop.domain.usage import EU_MEMBER_STATES

from .ai_act import KeywordMatcher, Message, evaluate, match_signal, weakest

EEA_STATES = EU_MEMBER_STATES | {"IS", "LI", "NO"}  # the GDPR applies in the whole EEA
# Declared uses that process data about people by their nature, and those that profile or decide about them.
PERSONAL_USES = frozenset({"personal-data-profiling", "employment-decisions", "medical-advice",
                           "automated-legal-decisions"})
PROFILING_USES = frozenset({"personal-data-profiling", "employment-decisions"})
DECISION_USES = frozenset({"automated-legal-decisions", "employment-decisions"})
# Whole words of a region name in the EU/EEA or Switzerland, as clouds write them.
EU_WORDS = frozenset({"eu", "europe", "european", "westeurope", "northeurope", "swedencentral", "francecentral",
                      "germanywestcentral", "germany", "france", "finland", "sweden", "belgium", "netherlands",
                      "ireland", "italy", "spain", "poland", "austria", "denmark", "norway", "frankfurt", "paris",
                      "stockholm", "gravelines", "falkenstein", "nuremberg", "helsinki", "amsterdam", "dublin",
                      "milan", "madrid", "warsaw", "vienna", "oslo", "fr", "par", "switzerland", "zurich", "geneva"})
# Words of a region name that place it outside the EU/EEA and Switzerland, whole words only ('westeurope' is
# Azure's Netherlands region, 'Neu-Delhi' is not the EU).
OUTSIDE_WORDS = frozenset({"us", "usa", "global", "worldwide", "america", "americas", "asia", "apac", "china", "cn",
                           "india", "delhi", "mumbai", "japan", "tokyo", "singapore", "australia", "sydney", "canada",
                           "brazil", "oregon", "virginia", "ohio", "california", "iowa", "texas", "eastus", "westus",
                           "centralus", "southcentralus", "northcentralus", "westus2", "eastus2", "states"})


class DataProtectionFinding(BaseModel):
    id: str
    law: str = Field(description="the act, e.g. 'Swiss Federal Act on Data Protection (FADP), SR 235.1'")
    article: str
    title: str
    topic: str | None = None
    certainty: Literal["yes", "possible"]
    status: LegalStatus
    source: str
    message: Message


class DataProtectionAssessment(BaseModel):
    use_case: str
    name: str
    country: str = Field(description="the organisation's country, whose law was applied")
    candidate: str | None = Field(description="the candidate id judged: the recommendation")
    duties: list[DataProtectionFinding]
    open_questions: list[Message]

    def topics(self) -> set[str]:
        return {d.topic for d in self.duties if d.topic}


def _natural(p: Provision) -> list:
    """'ch-fadp/art-9' before 'ch-fadp/art-12': a checklist reads in the law's order."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", p.id.lower())]


@dataclass
class DataProtectionRules:
    """The data-protection provisions of the knowledge base; built once per knowledge state."""

    provisions: list[Provision] = field(default_factory=list)
    words: KeywordMatcher = field(default_factory=KeywordMatcher)

    @classmethod
    def from_records(cls, records: Iterable[Provision]) -> DataProtectionRules:
        return cls(sorted((r for r in records if r.type == "data_protection"), key=_natural))

    @classmethod
    def from_kb(cls, kb) -> DataProtectionRules:
        return cls.from_records(kb.records("regulation"))

    def for_country(self, country: str) -> list[Provision]:
        country = country.upper()
        return [p for p in self.provisions
                if country in p.jurisdictions or ("EU" in p.jurisdictions and country in EEA_STATES)]


def _inside(regions: Iterable[str], eu_contractual: bool, place: bool = False) -> bool | None:
    """True when processing stays in the EU/EEA or Switzerland: the contract promises it, or (`place`) the
    region is where the rented machine stands. False when a region named lies outside; None when unclear,
    as for an API whose terms say 'EU' without promising it."""
    if eu_contractual:
        return True
    names = [r.strip().lower() for r in regions if r.strip()]
    if not names:
        return None
    words = [set(re.findall(r"[a-z]+", n)) for n in names]
    if any(w & OUTSIDE_WORDS or re.match(r"^(us|ap|sa|me|af|ca|cn)-", n) for n, w in zip(names, words, strict=True)):
        return False
    if place and all(w & EU_WORDS for w in words):
        return True
    return None


def adequate(api: ApiOffering | None, cloud: CloudOffering | None) -> bool | None:
    """Whether the vendor processes the data where the organisation's law deems protection adequate. The
    EU/EEA is adequate for EU/EEA and Swiss organisations alike (the Swiss list names every EEA state); a
    state beyond it depends on an adequacy finding or certification (the US: the Data Privacy Framework)
    the knowledge base does not record per vendor, so the duty then applies and says so."""
    if api is not None:
        contract = api.contract
        if contract is not None:
            return _inside(contract.processing_regions, contract.eu_processing_contractual)
        return _inside([api.region], api.eu_data_residency)
    if cloud is not None:
        return _inside([cloud.region], False, place=True)
    return None


def data_facts(uc: UseCase, candidate: Candidate | None, api: ApiOffering | None = None,
               cloud: CloudOffering | None = None, rented: bool = False) -> dict[str, bool | None]:
    uses = set(uc.usage.uses)
    provider = None if candidate is None else (candidate.kind == "api" or rented or cloud is not None)
    inside = adequate(api, cloud) if provider else True
    return {
        "provider_processes": provider,
        "personal_data": True if uses & PERSONAL_USES else None,
        "outside_adequate": None if inside is None else not inside,
        "profiling": bool(uses & PROFILING_USES),
        "automated_decisions": bool(uses & DECISION_USES),
        "self_hosted": None if candidate is None else candidate.kind == "self-hosted",
        "customer_facing": uc.usage.customer_facing,
        "commercial": uc.usage.commercial,
    }


def assess_data_protection(uc: UseCase, organisation: Organisation, rules: DataProtectionRules,
                           candidate: Candidate | None = None, api: ApiOffering | None = None,
                           cloud: CloudOffering | None = None, rented: bool = False) -> DataProtectionAssessment:
    """The duties of the organisation's data-protection law for one use case served by `candidate`."""
    country = organisation.country.upper()
    if candidate is None:  # nothing recommended, nothing deployed: no duty yet
        return DataProtectionAssessment(use_case=uc.id, name=uc.name, country=country, candidate=None, duties=[],
                                        open_questions=[])
    facts = data_facts(uc, candidate, api, cloud, rented)
    vendor = api.vendor if api is not None else (cloud.provider if cloud is not None else "")
    dpa_url = (api.contract.dpa_url or "") if api is not None and api.contract is not None else ""
    duties: list[DataProtectionFinding] = []
    questions: dict[str, Message] = {}
    for p in rules.for_country(country):
        certainty = evaluate(p.when, facts)
        if p.signal is not None and certainty != "no":  # as the AI Act's signals: a declared use, else a word
            hit = match_signal(rules.words, p.signal, uc)
            certainty = weakest(certainty, "no" if hit is None else ("yes" if hit[0] == "uses" else "possible"))
        if certainty == "no":
            continue
        if certainty == "possible" and p.question:  # several duties may hang on one question: asked once
            questions.setdefault(p.question, Message(id=f"{p.message}_question", text=p.question))
        params = {"vendor": vendor, "dpa_url": dpa_url}  # empty when unknown: each language words it
        text = p.text.replace("{vendor}", vendor or "the provider")
        duties.append(DataProtectionFinding(
            id=p.id, law=p.regulation, article=p.article, title=p.title, topic=p.topic, certainty=certainty,
            status=p.status, source=p.source, message=Message(id=p.message, params=params, text=text)))
    return DataProtectionAssessment(use_case=uc.id, name=uc.name, country=country,
                                    candidate=candidate.id if candidate else None, duties=duties,
                                    open_questions=list(questions.values()))

"""The engine's words as message ids with parameters, so any view renders them in its own language.

The engine keeps an English rendering beside each message (the CLI prints it, and it is the fallback);
the German catalog lives with the other translations. Ids are stable: views and catalogs key on them.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

Param = str | int | float | None


class Message(BaseModel):
    id: str
    params: dict[str, Param] = Field(default_factory=dict)


def built(cls, **values):
    """A pydantic object from values the engine computed itself, every field given: no validation and none of
    `model_construct`'s default handling (the engine makes thousands of these per assessment)."""
    obj = cls.__new__(cls)
    object.__setattr__(obj, "__dict__", values)
    object.__setattr__(obj, "__pydantic_fields_set__", set(values))
    object.__setattr__(obj, "__pydantic_extra__", None)
    object.__setattr__(obj, "__pydantic_private__", None)
    return obj


def say(message_id: str, **params: Param) -> Message:
    return built(Message, id=message_id, params=params)


ENGLISH: dict[str, str] = {
    # why a candidate was suggested (desktop/engine/suggest.py)
    "suggest.note": "suggested: {reasons}",
    "suggest.cheapest_fit": "the cheapest catalog configuration that fits ({count}× {gpu}, about {price:,.0f} {currency})",
    "suggest.license": "license allows this use ({verdict})",
    "suggest.budget": "within the hardware budget of {budget:,.0f} {currency}",
    "suggest.one_device": "one device only: {fte:g} FTE to run models",
    "suggest.cheapest_api": "the cheapest offer at the quality the use case needs",
    "suggest.strongest_api": "the strongest offer for a frontier need",
    "suggest.keeps_eu": "keeps confidential data in the EU",
    "suggest.nothing_in_house": "nothing to run in-house with {fte:g} FTE",
    # question 1
    "q1.verdict": "verdict {verdict} under {license}",
    "q1.deciding": "{clause}: {summary}",
    "q1.obligations": "{count} obligation(s) to fulfil",
    # question 2
    "q2.vendor_hosted": "served by the vendor: no hardware to fit",
    "q2.vendor_latency_miss": "published latency {latency_ms:g} ms misses the {target_ms:g} ms target",
    "q2.no_fit": "does not fit the planned hardware",
    "q2.warning": "{text}",
    "q2.fits": "fits: {used_gb:.0f} of {usable_gb:.0f} GB",
    "q2.speed": "{tokens_per_s:.0f} tok/s per stream, first token in {ttft_s:.2f} s",
    "q2.ttft_miss": "time to first token {ttft_ms:.0f} ms misses the {target_ms:g} ms target",
    "q2.speed_miss": "{tokens_per_s:.0f} tok/s is below the {target:g} tok/s target",
    "q2.replicas": "{replicas} replicas needed for the load",
    # question 3
    "q3.own_evaluation": "your own evaluation: {score:g}/100",
    "q3.generic_tier": "no own evaluation yet: generic {tier} tier against a {need} need (evaluate to replace this)",
    "q3.no_image": "the use case needs image input, which this candidate does not take",
    "q3.not_strong_in": "not listed as strong in: {needs}",
    # question 4
    "q4.vendor_runs": "{vendor} runs and supports the service",
    "q4.deprecates": "the vendor deprecates it on {date}: a forced switch",
    "q4.maintainer": "maintained by {maintainer}",
    "q4.engines": "runs on {count} serving engine(s): {engines}",
    "q4.community": "{community} community",
    "q4.updated": "updated {date}",
    "q4.stale": "no update in the last 12 months",
    "q4.update_unknown": "last update unknown",
    # question 5
    "q5.tco": "{tco:,.0f} {currency} over the horizon ({share:.0f}% of the cheapest's value)",
    # why the recommendation
    "reason.question": "{topic} (question {question}, {score:.0f}/100): {detail}",
    "reason.rule": "rule '{name}' (+{points:g} points): {summary}",
    "reason.pinned": "chosen by the user (pinned), overruling the ranking",
    "reason.pinned_excluded": "note: the engine excludes it: {detail}",
    "reason.excluded": "{label}: {detail}",
    "reason.pooled": ("pooled with {others} on {platform}: {platform_monthly:,.0f} {currency} a month for all of "
                      "them, {monthly:,.0f} for this use case by its share of the tokens"),
    "summary.pinned": "pinned by the user: {label}",
    "summary.recommended": "{label}: score {score:.0f}; strongest on {strongest}",
    "summary.recommended_rules": "{label}: score {score:.0f}; strongest on {strongest}; rules: {rules}",
    "summary.none_qualifies": "no candidate qualifies: {detail}",
    "summary.empty": "no candidates yet",
    "summary.pooled": "{label}: pooled on {platform}",
    "summary.pooled_instead": "{label}: pooled on {platform} (alone it would be {alone})",
    "outcome.recommended": "recommended",
    "outcome.pinned": "recommended (pinned)",
    "outcome.pooled": "recommended (pooled)",
    "outcome.best_alone": "best alone; pooling the use cases costs less",
    "outcome.out": "out (question {question}): {detail}",
    "outcome.out_rule": "out: {detail}",
    "outcome.tied": "tied with the recommendation at {score:.1f}; the first listed is recommended",
    "outcome.weaker": "scored {score:.1f} against {winner:.1f}: weaker on {topic} (question {question}: "
                      "{mine:.0f} vs {theirs:.0f})",
    "outcome.weaker_rules": "scored {score:.1f} against {winner:.1f}: fewer rule points",
    "outcome.weaker_overall": "scored {score:.1f} against {winner:.1f}",
    # exclusions ("ex." + Exclusion.kind, with the exclusion's params)
    "ex.unknown_api": "unknown API offering {api!r}: it cannot be priced or checked",
    "ex.unknown_model": "unknown model {model!r}: its license cannot be checked",
    "ex.unknown_accelerator": "unknown accelerator {accelerator!r}: its fit cannot be checked",
    "ex.cloud_mismatch": "cloud offering {cloud} rents {rents}, not {accelerator}",
    "ex.unpriced_hardware": "no price for {accelerator} in the knowledge base: add yours in Knowledge base ▸ your own entries",
    "ex.deprecated": "the vendor deprecated {api} on {date}",
    "ex.does_not_fit": "does not fit the planned hardware: needs {needed_gb:.0f} of {usable_gb:.0f} GB usable",
    "ex.platform_does_not_fit": "{text}",
    "ex.license_blocked": "the license does not allow this use ({license}, {clause}: {summary})",
    "ex.rule_excludes": "rule '{rule}': {summary}",
    # portfolio scenarios
    "scenario.pooling_wins": "pooling {platforms} saves {saving:,.0f} {currency} over {months} months against "
                             "running each use case on its own",
    "scenario.no_pooling": "each use case runs on its own option; no pooling lowers the total",
    "scenario.pooling_dearer": "pooling would not lower the total cost over the horizon",
    "unserved.no_api": "no API candidate",
    "unserved.no_self_hosted": "no self-hosted candidate",
    "unserved.none_qualifies_api": "no qualifying API candidate: {detail}",
    "unserved.none_qualifies_self_hosted": "no qualifying self-hosted candidate: {detail}",
    "unserved.no_recommendation": "{detail}",
}

# Parameters that hold another message: rendered first, in the same language.
NESTED = ("detail",)


def english(message: Message) -> str:
    """The English rendering (the CLI's words and every view's fallback)."""
    params = dict(message.params)
    for key in NESTED:
        nested_id = params.get(f"{key}_id")
        if isinstance(nested_id, str):
            inner = {k.removeprefix(f"{key}."): v for k, v in params.items() if k.startswith(f"{key}.")}
            params[key] = english(say(nested_id, **inner)) if nested_id in ENGLISH else str(params.get(key, ""))
    template = ENGLISH.get(message.id)
    if template is None:
        return str(params.get("text", message.id))
    try:
        return template.format(**params)
    except (KeyError, ValueError, IndexError):
        return template


def nest(key: str, inner: Message | str) -> dict[str, Param]:
    """Parameters carrying another message (or a plain text) under `key`, for the renderer to expand."""
    if isinstance(inner, str):
        return {key: inner}
    return {f"{key}_id": inner.id, **{f"{key}.{k}": v for k, v in inner.params.items()}, key: english(inner)}

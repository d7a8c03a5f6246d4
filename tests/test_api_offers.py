"""The bundled API offers: enough of them, each with its contract facts, EU hosts in their own currency."""

from __future__ import annotations

import pytest

from desktop.domain import ApiOffering
from desktop.knowledge.sources import KNOWLEDGE_DIR, load_sources

# Providers whose price lists are in EUR (checked at the provider: OVHcloud's docs quote "€0.50 per 1M tokens",
# Scaleway's FAQ bills "0.90€/million tokens"; STACKIT and IONOS are German providers billing in EUR).
EUR_VENDORS = ("OVHcloud", "Scaleway", "STACKIT", "IONOS")
EU_HOSTS = ("Mistral", "OVHcloud", "Scaleway", "IONOS", "STACKIT")


@pytest.fixture(scope="module")
def offers() -> list[ApiOffering]:
    return load_sources(KNOWLEDGE_DIR).of("apis")  # type: ignore[return-value]


def test_at_least_sixty_offers_including_every_eu_host(offers):
    assert len(offers) >= 60
    for host in EU_HOSTS:
        assert any(o.vendor.startswith(host) and o.eu_data_residency for o in offers), host
    # Hyperscalers' EU regions too.
    for cloud in ("Azure", "Bedrock", "Vertex"):
        assert any(cloud in o.vendor and o.region == "eu" for o in offers), cloud


def test_every_offer_carries_sourced_contract_facts(offers):
    for offer in offers:
        contract = offer.contract
        assert contract is not None, offer.id
        assert contract.sources and contract.as_of.year >= 2026, offer.id
        for fact in ("training", "retention", "dpa", "regions", "prohibited_uses", "ai_act_role"):
            assert contract.source_of(fact).startswith("http"), (offer.id, fact)


def test_eu_vendors_keep_their_published_currency(offers):
    for offer in offers:
        if offer.vendor.startswith(EUR_VENDORS):
            assert offer.currency == "EUR", offer.id


def test_contractual_eu_processing_only_where_the_offer_is_eu_resident(offers):
    for offer in offers:
        if offer.contract and offer.contract.eu_processing_contractual:
            assert offer.eu_data_residency and offer.region != "global", offer.id


def test_gemini_paid_tier_does_not_train_but_says_the_free_tier_does(offers):
    gemini = next(o for o in offers if o.id == "google/gemini-2.5-flash").contract
    assert gemini is not None and gemini.trains_on_prompts_by_default is False
    assert "free" in (gemini.term("training") or "").lower()


def test_unread_usage_policies_are_flagged_not_empty_allowances(offers):
    # An empty prohibited list must not read as "nothing is prohibited" when the policy was not read.
    for offer in offers:
        contract = offer.contract
        assert contract is not None
        if not contract.prohibited_uses and not contract.conditional_uses:
            assert not contract.usage_policy_encoded, offer.id


def test_kb_show_prints_the_contract(cli):
    data = cli.json("kb", "show", "apis", "azure/eu/gpt-5")
    assert data["contract"]["eu_processing_contractual"] is True
    assert data["contract"]["dpa_url"].startswith("https://")
    code, out, _ = cli("kb", "show", "apis", "nebius/gpt-oss-120b")
    assert code == 0 and "contract:" in out and "trains_on_prompts_by_default: True" in out


def test_cloud_offers_keep_their_published_currency():
    clouds = load_sources(KNOWLEDGE_DIR).of("clouds")
    for cloud in clouds:
        if cloud.provider.startswith(("Scaleway", "OVHcloud", "Hetzner", "IONOS", "STACKIT")):  # type: ignore[attr-defined]
            assert cloud.currency == "EUR", cloud.id  # type: ignore[attr-defined]
        if cloud.provider.startswith(("AWS", "Microsoft Azure", "Google Cloud")):  # type: ignore[attr-defined]
            assert cloud.currency == "USD", cloud.id  # type: ignore[attr-defined]

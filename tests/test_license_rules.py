"""The license rules of issue 11, as properties: curable conditions, unencoded policies, duties by context,
name matching as licensors write names, evaluation pilots and revenue caps that bind every user."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import USE_CATEGORIES
from desktop.domain.license import License
from desktop.domain.usage import UsageContext
from desktop.engine.license import Verdict, assess_license, compliant_name, name_begins_with

SEPARATORS = st.sampled_from(["", "-", " ", "_", "."])
WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=8)


@given(sep1=SEPARATORS, sep2=SEPARATORS, rest=WORD, upper=st.booleans())
def test_llama_3_prefix_matches_however_the_separators_are_written(sep1, sep2, rest, upper):
    name = f"Llama{sep1}3{sep2 or '-'}{rest}"
    assert name_begins_with(name.upper() if upper else name, "Llama 3")


@given(num=st.integers(min_value=0, max_value=99).filter(lambda n: n != 3), rest=WORD)
def test_another_number_is_not_the_prefix(num, rest):
    assert not name_begins_with(f"Llama-{num}-{rest}", "Llama 3")
    assert not name_begins_with(f"Llama{num}{rest}", "Llama 3")


@given(name=st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=20),
       prefix=st.sampled_from(["Llama", "Llama 3"]))
def test_the_suggested_name_always_complies(name, prefix):
    assert name_begins_with(compliant_name(name, prefix), prefix)


def test_prefix_may_run_into_a_word_not_into_a_number():
    assert name_begins_with("LlamaLaw-70B", "Llama")
    assert name_begins_with("llama3.1-acme", "Llama")
    assert not name_begins_with("AcmeLlama", "Llama")
    assert not name_begins_with("Llama 30B", "Llama 3")


def _all_licenses(catalog) -> list[License]:
    return catalog.records("licenses")


@settings(max_examples=60, deadline=None)
@given(lic_index=st.integers(min_value=0, max_value=100), uses=st.lists(st.sampled_from(USE_CATEGORIES), min_size=1,
                                                                         max_size=3, unique=True))
def test_a_declared_use_under_an_unread_policy_is_never_allowed(catalog, lic_index, uses):
    """Issue 11 §3: a declared use the policy was not encoded for gives needs_review or worse, naming the policy."""
    lics = _all_licenses(catalog)
    lic = lics[lic_index % len(lics)]
    model = catalog.model("Qwen/Qwen3-32B")  # a text model; the license is applied to it as a stand-in
    result = assess_license(model, [lic], UsageContext(licensee_country="US", uses=uses))
    known = {u.category for u in lic.use_restrictions} | {u.category for u in lic.uses_reviewed}
    unread = [u for u in uses if u not in known]
    if lic.has_use_policy and unread:
        assert result.verdict in (Verdict.needs_review, Verdict.blocked)
        named = [r for r in result.reasons if r.kind == "UnencodedUse"]
        assert {u for u in unread if any(f"'{u}'" in r.summary for r in named)} == set(unread)
        assert all(r.source.startswith("http") for r in named)


def test_curable_clauses_say_how(catalog):
    for lic in _all_licenses(catalog):
        for clause in lic.clauses():
            assert not clause.curable or clause.cure, (lic.id, clause.section)


@settings(max_examples=80, deadline=None)
@given(model_index=st.integers(min_value=0, max_value=300), name=st.sampled_from(["AcmeLaw-70B", "Foo", "x1"]))
def test_a_wrong_model_name_is_cured_not_blocked(catalog, model_index, name):
    """Issue 11 §1: the naming condition is met by renaming, so a wrong planned name gives the same verdict as the
    compliant one, with the rename as the first obligation."""
    models = catalog.records("models")
    model = models[model_index % len(models)]
    lics = [catalog.license(i) for i in model.license_ids]
    prefixes = [o.name_prefix for lic in lics for o in lic.obligations if o.kind == "naming" and o.name_prefix]
    base = dict(licensee_country="US", fine_tune=True, redistribute_weights=True)
    named = assess_license(model, lics, UsageContext(**base, derived_model_name=name))
    if not prefixes:
        assert not any(o.cure for o in named.obligations)
        return
    fixed = name
    for prefix in prefixes:
        fixed = fixed if name_begins_with(fixed, prefix) else compliant_name(fixed, prefix)
    renamed = assess_license(model, lics, UsageContext(**base, derived_model_name=fixed))
    assert named.verdict == renamed.verdict
    if named.verdict != Verdict.blocked:
        assert named.obligations[0].cure and f"'{name}'" in named.obligations[0].text
        assert not any(o.cure for o in renamed.obligations)


def test_end_user_facing_duties_fire_only_with_end_users(catalog):
    model = catalog.model("meta-llama/Llama-3.3-70B-Instruct")
    lic = [catalog.license(i) for i in model.license_ids]
    internal = assess_license(model, lic, UsageContext(customer_facing=False))
    facing = assess_license(model, lic, UsageContext(customer_facing=True))
    hosted = assess_license(model, lic, UsageContext(hosted_service=True))
    assert "llama3.3-disclose-dangers" not in {o.id for o in internal.obligations}
    assert "llama3.3-disclose-dangers" in {o.id for o in facing.obligations}
    assert "llama3.3-disclose-dangers" in {o.id for o in hosted.obligations}


def test_use_policies_that_bind_every_use_give_internal_use_a_duty(catalog):
    """Issue 11 §2: a license whose use policy binds all use never returns a bare 'allowed' for internal use."""
    for lic in _all_licenses(catalog):
        if not lic.has_use_policy or not (lic.commercial.allowed and lic.commercial.scope == "any"):
            continue
        model = catalog.model("Qwen/Qwen3-32B")
        result = assess_license(model, [lic], UsageContext(licensee_country="US"))
        assert result.verdict != Verdict.allowed, lic.id
        assert any("always" in o.triggers for o in lic.obligations), lic.id


def test_revenue_cap_binding_every_user_reaches_service_users(catalog):
    model = catalog.model("mistralai/Devstral-2-123B-Instruct-2512")
    lic = [catalog.license(i) for i in model.license_ids]
    big = UsageContext(group_monthly_revenue_usd=30e6, deployment="third-party-service")
    assert assess_license(model, lic, big).verdict == Verdict.blocked
    derived = model.model_copy(update={"id": "acme/devstral-2-finetune"})  # a derivative carries the same license
    assert assess_license(derived, lic, big.model_copy(update={"deployment": "self-hosted"})).verdict == Verdict.blocked


def test_evaluation_only_does_not_loosen_licenses_that_grant_everything(catalog):
    for model_id in ("Qwen/Qwen3-32B", "meta-llama/Llama-3.3-70B-Instruct", "google/gemma-3-27b-it"):
        model = catalog.model(model_id)
        lic = [catalog.license(i) for i in model.license_ids]
        plain = assess_license(model, lic, UsageContext())
        pilot = assess_license(model, lic, UsageContext(evaluation_only=True))
        assert plain.verdict == pilot.verdict, model_id


def test_the_suggested_name_keeps_the_users_words_once():
    assert compliant_name("AcmeLaw-70B", "Llama") == "Llama-AcmeLaw-70B"
    assert compliant_name("Llama-Foo", "Llama 3") == "Llama-3-Foo"

"""The EU AI Act judged by the engine from the knowledge base: roles, high-risk signals, duties, dates.

The expectations are written from the regulation as the data states it, not from the engine's code:
a knowledge update that moves a date moves the answer, a proposal never does.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from reportlab.platypus import Table

from desktop.domain import USE_CATEGORIES, Provision
from desktop.domain.portfolio import Organisation, UseCase
from desktop.domain.portfolio_file import load_portfolio
from desktop.domain.regulation import LEGAL_STATUSES
from desktop.domain.usage import UsageContext
from desktop.engine.ai_act import AiActRules, assess_ai_act
from desktop.engine.assess import Catalog, assess_portfolio
from desktop.knowledge.sources import KNOWLEDGE_DIR, SourceError, load_sources

TODAY = dt.date(2026, 12, 2)
ORG = Organisation()
SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
AI_ACT_TOML = Path("regulation") / "eu_ai_act.toml"


@pytest.fixture(scope="module")
def rules() -> AiActRules:
    return AiActRules.from_records(load_sources(KNOWLEDGE_DIR).of("regulation"))  # type: ignore[arg-type]


def use_case(name: str = "Internal search", description: str = "", **usage) -> UseCase:
    return UseCase(name=name, description=description, usage=UsageContext(**usage))


def duty_ids(result) -> set[str]:
    return {d.id for d in result.duties}


# -- the judgement, as a table ------------------------------------------------------------------------
CASES = [
    # (use case, primary role, gpai, high-risk, duties that must apply, duties that must not)
    (use_case(), "deployer", "no", "no", {"ai-act/art-4", "ai-act/art-5"},
     {"ai-act/art-50-1", "ai-act/art-50-2", "ai-act/art-53", "ai-act/high-risk-deployer"}),
    (use_case("Support chatbot", customer_facing=True), "provider", "no", "no",
     {"ai-act/art-4", "ai-act/art-50-1", "ai-act/art-50-2"}, {"ai-act/art-53", "ai-act/high-risk-provider"}),
    (use_case("Model hosting", hosted_service=True), "provider", "no", "no", {"ai-act/art-50-2"},
     {"ai-act/art-50-1"}),
    (use_case("Applicant screening", "Ranks job applications.", uses=["employment-decisions"]), "deployer", "no",
     "yes", {"ai-act/high-risk-deployer"}, {"ai-act/high-risk-provider"}),
    (use_case("CV ranking", "Pre-sorts applicants for recruiters."), "deployer", "no", "possible",
     {"ai-act/high-risk-deployer"}, set()),
    (use_case("Credit decisions", "Credit scoring for loan applications.", customer_facing=True), "provider", "no",
     "possible", {"ai-act/high-risk-provider", "ai-act/high-risk-deployer", "ai-act/art-50-1"}, set()),
    (use_case("Grid control", uses=["critical-infrastructure"]), "deployer", "no", "yes",
     {"ai-act/high-risk-deployer"}, set()),
    (use_case("Triage", uses=["medical-advice"]), "deployer", "no", "yes", {"ai-act/high-risk-deployer"}, set()),
    (use_case("Fine-tuned release", fine_tune=True, redistribute_weights=True), "provider", "possible", "no",
     {"ai-act/art-53", "ai-act/art-55"}, set()),
    (use_case("Fine-tune kept in-house", fine_tune=True), "deployer", "no", "no", set(), {"ai-act/art-53"}),
    (use_case("Press office", "Drafts press releases on matters of public interest."), "deployer", "no", "no",
     {"ai-act/art-50-4"}, {"ai-act/art-50-1"}),
    (use_case("Avatar studio", "Image generation of avatars for customers."), "deployer", "no", "no",
     {"ai-act/art-5-intimate-imagery"}, set()),
]


@pytest.mark.parametrize("uc,role,gpai,high_risk,present,absent", CASES, ids=[c[0].name for c in CASES])
def test_judgement_from_the_data(rules, uc, role, gpai, high_risk, present, absent):
    result = assess_ai_act(uc, ORG, rules, TODAY)
    assert result.primary_role == role
    assert result.gpai_provider == gpai
    assert result.high_risk == high_risk
    assert present <= duty_ids(result), duty_ids(result)
    assert not absent & duty_ids(result)
    # everything the user is told carries its article, legal source and status
    for duty in result.duties:
        assert duty.article and duty.source.startswith("https://") and duty.status in LEGAL_STATUSES
        assert duty.message.text and duty.message.id
    for signal in result.signals:
        assert signal.article and signal.source.startswith("https://")


def test_uncertain_findings_come_with_open_questions(rules):
    result = assess_ai_act(use_case("Fine-tuned release", fine_tune=True, redistribute_weights=True), ORG, rules, TODAY)
    texts = " ".join(q.text for q in result.open_questions)
    assert "a third of the compute" in texts and "10^25 FLOP" in texts
    gpai = [f for f in result.roles if f.role == "gpai_provider"]
    assert gpai and gpai[0].certainty == "possible" and "C(2025) 5045" in gpai[0].article


def test_high_risk_dates_follow_the_route(rules):
    """Annex III areas take the Annex III date, medical use (Annex I) the Annex I date, each as amended."""
    hr = assess_ai_act(use_case("Screening", uses=["employment-decisions"]), ORG, rules, TODAY)
    med = assess_ai_act(use_case("Triage", uses=["medical-advice"]), ORG, rules, TODAY)
    annex_iii = rules.effective_date("ai-act/date/annex-iii", TODAY)
    annex_i = rules.effective_date("ai-act/date/annex-i", TODAY)
    assert annex_iii is not None and annex_i is not None
    assert hr.duty("ai-act/high-risk-deployer").applies_from == annex_iii  # type: ignore[union-attr]
    assert med.duty("ai-act/high-risk-deployer").applies_from == annex_i  # type: ignore[union-attr]


def test_dates_of_application_as_bundled(rules):
    days = {d.id: d for d in rules.timeline(TODAY)}
    assert days["ai-act/date/chapters-i-ii"].date == dt.date(2025, 2, 2)
    assert days["ai-act/date/gpai"].date == dt.date(2025, 8, 2)
    assert days["ai-act/date/general"].date == dt.date(2026, 8, 2)
    # the Digital Omnibus (Regulation (EU) 2026/1744) moved the high-risk dates
    assert days["ai-act/date/annex-iii"].date == dt.date(2027, 12, 2)
    assert days["ai-act/date/annex-iii"].original_date == dt.date(2026, 8, 2)
    assert days["ai-act/date/annex-iii"].status == "adopted_amendment"
    assert days["ai-act/date/annex-i"].date == dt.date(2028, 8, 2)
    assert [d.date for d in rules.timeline(TODAY)] == sorted(d.date for d in rules.timeline(TODAY))
    assert all(not d.amended_by or d.original_date for d in days.values())


# -- properties, from the rules ---------------------------------------------------------------------
usages = st.builds(
    UsageContext,
    customer_facing=st.booleans(), hosted_service=st.booleans(), redistribute_weights=st.booleans(),
    fine_tune=st.booleans(), commercial=st.booleans(),
    uses=st.lists(st.sampled_from(USE_CATEGORIES), unique=True, max_size=3),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(usage=usages, today=st.dates(dt.date(2024, 1, 1), dt.date(2030, 12, 31)))
def test_properties_of_every_answer(rules, usage, today):
    uc = UseCase(name="Some use case", usage=usage)
    result = assess_ai_act(uc, ORG, rules, today)
    roles = {f.role for f in result.roles if f.certainty == "yes"}
    assert "deployer" in roles
    assert ("provider" in roles) == (usage.customer_facing or usage.hosted_service or usage.redistribute_weights)
    assert (result.duty("ai-act/art-50-1") is not None) == usage.customer_facing
    # certain high risk exactly when a declared usage category is one an area names
    area_uses = {u for a in rules.areas if a.signal for u in a.signal.uses}
    assert (result.high_risk == "yes") == bool(area_uses & set(usage.uses))
    for duty in result.duties:
        day = duty.applies_from
        assert day is not None
        assert duty.applies_now == (day.date <= today and day.status != "proposal")
        assert set(duty.bearers) <= {f.role for f in result.roles}
    assert result.open_questions or all(d.certainty == "yes" for d in result.duties)


# -- a knowledge update moves a date; a proposal does not ---------------------------------------------
def _edited_copy(tmp_path: Path, old: str, new: str) -> Path:
    root = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE_DIR, root)
    path = root / AI_ACT_TOML
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return root


def _annex_iii_duty(root: Path, today: dt.date = TODAY):
    rules = AiActRules.from_records(load_sources(root).of("regulation"))  # type: ignore[arg-type]
    uc = use_case("Screening", uses=["employment-decisions"])
    return assess_ai_act(uc, ORG, rules, today).duty("ai-act/high-risk-deployer")


def test_a_knowledge_update_moves_a_date_and_the_answer(tmp_path):
    before = _annex_iii_duty(KNOWLEDGE_DIR)
    assert before is not None and before.applies_from is not None
    assert before.applies_from.date == dt.date(2027, 12, 2) and not before.applies_now
    root = _edited_copy(tmp_path, "date = 2027-12-02", "date = 2026-10-01")
    after = _annex_iii_duty(root)
    assert after is not None and after.applies_from is not None
    assert after.applies_from.date == dt.date(2026, 10, 1) and after.applies_now


def test_a_proposal_is_shown_but_never_moves_a_date(tmp_path):
    """Were the Omnibus only a proposal, the original date would stand and the proposal be pending."""
    root = _edited_copy(tmp_path, 'status = "adopted_amendment"\ninstrument = "Regulation (EU) 2026/1744 (Digital '
                        'Omnibus on AI)"\narticle = "Art. 113(c) as amended by Regulation (EU) 2026/1744"\ntitle = '
                        '"Annex III', 'status = "proposal"\ninstrument = "COM(2025) 836"\narticle = "Art. 113(c) '
                        'as amended by Regulation (EU) 2026/1744"\ntitle = "Annex III')
    duty = _annex_iii_duty(root)
    assert duty is not None and duty.applies_from is not None
    assert duty.applies_from.date == dt.date(2026, 8, 2) and duty.applies_now
    assert [(p.date, p.instrument) for p in duty.applies_from.pending] == [(dt.date(2027, 12, 2), "COM(2025) 836")]


def test_the_knowledge_base_carries_the_update_too(tmp_path):
    """Through the SQLite build and the same door the app uses."""
    from desktop.knowledge.base import KnowledgeBase

    root = _edited_copy(tmp_path, "date = 2027-12-02", "date = 2027-03-01")
    kb = KnowledgeBase.open(root=root, cache_dir=tmp_path / "cache", overlay=False)
    try:
        day = AiActRules.from_kb(kb).effective_date("ai-act/date/annex-iii", TODAY)
    finally:
        kb.close()
    assert day is not None and day.date == dt.date(2027, 3, 1)


def test_a_provision_naming_an_unknown_date_is_refused_with_file_and_key(tmp_path):
    root = _edited_copy(tmp_path, 'applies_from = "ai-act/date/general"', 'applies_from = "ai-act/date/genreal"')
    with pytest.raises(SourceError) as err:
        load_sources(root)
    assert "eu_ai_act.toml" in str(err.value) and "applies_from" in str(err.value) and "genreal" in str(err.value)


@pytest.mark.parametrize("changes,needle", [
    ({"type": "application_date"}, "needs a date"),
    ({"type": "application_date", "date": "2027-01-01", "amends": "x"}, "amends a date"),
    ({"type": "duty"}, "needs bearers"),
    ({"type": "duty", "bearers": ["deployer"]}, "needs applies_from"),
    ({"type": "high_risk_area", "applies_from": "x"}, "needs a signal"),
    ({"type": "high_risk_area", "applies_from": "x", "signal": {"keywords": ["(unclosed"]}}, "not a valid pattern"),
    ({"type": "role"}, "needs a role"),
    ({"type": "duty", "bearers": ["deployer"], "applies_from": "x", "status": "rumour"}, "status"),
])
def test_malformed_provisions_are_refused(changes, needle):
    base = {"id": "x", "sources": ["https://eur-lex.europa.eu/eli/reg/2024/1689/oj"], "as_of": "2026-12-02",
            "verification": "secondary", "article": "Art. 1", "title": "t", "text": "t", "message": "m"}
    with pytest.raises(ValidationError) as err:
        Provision.model_validate({**base, **changes})
    assert needle in str(err.value)


def test_bundled_provisions_are_sourced_and_dated():
    records = load_sources(KNOWLEDGE_DIR).of("regulation")
    assert len(records) >= 25
    for r in records:
        assert r.sources and r.as_of >= dt.date(2026, 11, 1), r.id
        assert r.status in LEGAL_STATUSES, r.id  # type: ignore[attr-defined]
    omnibus = [r for r in records if "2026/1744" in r.instrument]  # type: ignore[attr-defined]
    assert omnibus and all(r.status == "adopted_amendment" for r in omnibus)  # type: ignore[attr-defined]


# -- every view shows the same answer ---------------------------------------------------------------
@pytest.fixture(scope="module")
def sample(catalog):
    portfolio = load_portfolio(SAMPLES / "de-manufacturing-sme.json")
    return portfolio, assess_portfolio(portfolio, Catalog.from_kb(catalog), today=TODAY)


def test_report_checklist_and_ai_act_section_show_the_engine_duties(sample, catalog):
    from desktop.report.document import Report
    from desktop.report.sections import ai_act, checklist

    portfolio, assessment = sample
    report = Report(portfolio, assessment, catalog, "en", "a4", None, dt.datetime(2026, 12, 2, 10, tzinfo=dt.UTC))
    results = ai_act.ai_act_results(report)
    bot = next(uc for uc in portfolio.use_cases if uc.usage.customer_facing)
    assert results[bot.id].duty("ai-act/art-50-2") is not None
    items = {duty_id: item for _, duty_id, item in ai_act.ai_act_checklist_items(report)}
    # the checklist holds every duty the AI Act section lists (one that only possibly applies is marked so)
    engine_all = {d.id for r in results.values() for d in r.duties}
    assert set(items) == engine_all
    assert items["ai-act/art-50-2"]["ref"] == "EU AI Act Art. 50(2)" and items["ai-act/art-50-2"]["ucs"] == [bot.name]
    assert items["ai-act/art-50-2"] in checklist.items(report)["display"]
    roles, dates, duties = (_cells(t) for t in ai_act.render(report, "4") if isinstance(t, Table))
    bot_row = next(row for row in roles if row[0] == bot.name)
    assert "Art. 50(1)" in bot_row[3] and "Art. 50(2)" in bot_row[3] and "Provider" in bot_row[1]
    assert all("Art. 50" not in row[3] for row in roles[1:] if row[0] != bot.name)
    assert any("Art. 50(2)" in row[0] and row[3] == bot.name for row in duties)
    assert any("2 December 2027" in row[0] and "2026/1744" in row[1] for row in dates)


def _cells(table) -> list[list[str]]:
    return [[getattr(cell, "text", str(cell)) for cell in row] for row in table._cellvalues]


def test_assess_json_carries_the_same_answer(cli, sample, catalog):
    portfolio, _ = sample
    data = cli.json("assess", str(SAMPLES / "de-manufacturing-sme.json"))
    rules = AiActRules.from_kb(catalog)
    for entry, uc in zip(data["use_cases"], portfolio.use_cases, strict=True):
        expected = assess_ai_act(uc, portfolio.organisation, rules, dt.date.today())
        ai_act = entry["ai_act"]
        assert ai_act["primary_role"] == expected.primary_role and ai_act["high_risk"] == expected.high_risk
        assert [d["id"] for d in ai_act["duties"]] == [d.id for d in expected.duties]
        for duty in ai_act["duties"]:
            assert {"article", "status", "source", "applies_from", "applies_now", "message"} <= set(duty)
            assert duty["message"]["text"]


def test_report_translations_follow_the_knowledge_base_english():
    """A knowledge update that rewords a provision must show up as a stale German rendering here."""
    from desktop.report.text import T

    for r in load_sources(KNOWLEDGE_DIR).of("regulation"):
        p: Provision = r  # type: ignore[assignment]
        if p.message in T and p.type == "duty":
            assert T[p.message][0] == p.text, p.id
            assert T[f"{p.message}_title"][0] == p.title, p.id
        if p.type == "data_protection":  # every one is rendered in German: none may be missing or stale
            assert T[p.message][0] == p.text, p.id
        if p.question and (f"{p.message}_question" in T or p.type == "data_protection"):
            assert T[f"{p.message}_question"][0] == p.question, p.id


def test_a_duty_whose_date_the_knowledge_base_lacks_never_applies_yet(rules):
    """A user-overlay provision is not cross-checked at build time: an unknown date must not crash."""
    stray = Provision(id="user/duty", type="duty", bearers=["deployer"], applies_from="user/no-such-date",
                      article="Art. 99", title="t", text="A duty.", message="user_duty",
                      sources=["user:me"], as_of=TODAY, verification="unverified")  # type: ignore[arg-type]
    merged = AiActRules.from_records([*rules.dates.values(), *rules.roles, *rules.areas, *rules.duties, stray])
    duty = assess_ai_act(use_case(), ORG, merged, TODAY).duty("user/duty")
    assert duty is not None and duty.applies_from is None and not duty.applies_now


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_the_pdf_shows_the_engine_duties_and_follows_a_knowledge_update(tmp_path):
    """End to end: checklist and AI Act section print Art. 50(2); moving the Annex III date in the
    knowledge sources moves it in the report."""
    import subprocess

    from desktop.knowledge.base import KnowledgeBase
    from desktop.report.content import build_report_pdf

    portfolio = load_portfolio(SAMPLES / "de-manufacturing-sme.json")
    generated = dt.datetime(2026, 12, 2, 10, tzinfo=dt.UTC)

    def report_text(root: Path, name: str) -> str:
        kb = KnowledgeBase.open(root=root, cache_dir=tmp_path / name, overlay=False)
        try:
            assessment = assess_portfolio(portfolio, Catalog.from_kb(kb), today=TODAY)
            pdf = tmp_path / f"{name}.pdf"
            pdf.write_bytes(build_report_pdf(portfolio, assessment, kb, lang="en", generated=generated))
        finally:
            kb.close()
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True)
        return " ".join(out.stdout.split())

    text = report_text(KNOWLEDGE_DIR, "bundled")
    start = text.index("3 Obligations checklist", text.index("Page 3 of"))
    checklist, ai_act = text[start:text.index("4 EU AI Act", start)], text[text.index("4 EU AI Act", start):]
    assert "EU AI Act Art. 50(2)" in checklist and "EU AI Act Art. 50(1)" in checklist
    assert "Art. 50(2) Mark synthetic content machine-readably" in ai_act
    assert "2 December 2027" in ai_act and "was 2 August 2026" in ai_act

    moved = report_text(_edited_copy(tmp_path, "date = 2027-12-02", "date = 2027-06-30"), "moved")
    ai_act = moved[moved.index("4 EU AI Act", moved.index("Page 3 of")):]
    assert "30 June 2027" in ai_act and "2 December 2027" not in ai_act


@pytest.mark.parametrize("lang", ["en", "de"])
def test_summary_lines_for_views_without_tables(rules, lang):
    from desktop.report.ai_act_summary import ai_act_summary

    uc = use_case("Applicant screening", customer_facing=True, fine_tune=True, redistribute_weights=True,
                  uses=["employment-decisions"])
    result = assess_ai_act(uc, ORG, rules, TODAY)
    lines = ai_act_summary(result, lang)
    assert sum(line.startswith("?") for line in lines) == len(result.open_questions) > 0
    for duty in result.duties:
        assert any(line.startswith(f"{duty.article} ") for line in lines), duty.article
    assert any("2027" in line and "Art. 26" in line for line in lines)  # the postponed high-risk duty
    first = lines[0]
    assert ("Provider" in first) if lang == "en" else ("Anbieter" in first)


def test_kb_lists_and_shows_the_provisions(cli):
    rows = cli.json("kb", "list", "regulation")
    by_id = {row["id"]: row for row in rows}
    assert by_id["ai-act/art-50-2"]["article"] == "Art. 50(2)" and by_id["ai-act/art-50-2"]["status"] == "in_force"
    assert by_id["ai-act/date/annex-iii-omnibus"]["status"] == "adopted_amendment"
    shown = cli.json("kb", "show", "regulation", "ai-act/date/annex-iii-omnibus")
    assert shown["amends"] == "ai-act/date/annex-iii" and shown["date"] == "2027-12-02"
    hits = cli.json("kb", "search", "deep fakes", "--kind", "regulation")
    assert "ai-act/art-50-4" in [h["id"] for h in hits]

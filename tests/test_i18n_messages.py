"""The engine's message ids in both languages: every kind the engine can emit has an English and a German
template, and both samples render in German without falling back to the engine's English."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from desktop.domain.portfolio_file import load_portfolio
from desktop.engine.assess import Catalog, assess_portfolio
from desktop.i18n import Formats
from desktop.i18n.messages import Messages, MissingMessage, candidate_label, catalog, render, word

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "resources" / "samples").glob("*.json"))
TODAY = dt.date(2026, 12, 2)
# Words that give away an English sentence inside German text.
ENGLISH = re.compile(r"\b(the|is|are|of|and|not|with|would|needs?|cannot|within|bought|rented|on|must|may|only|any|"
                     r"to|its|data|stay)\b")


def engine_kinds() -> dict[str, set[str]]:
    """Every Risk.kind and Exclusion.kind the engine's source can emit, read from the source itself."""
    from desktop.engine.risks import FLAG_SEVERITY

    engine = ROOT / "desktop" / "engine"
    found = re.findall(r'\badd\(\s*"([a-z_]+)"(?:\s+if\s+\w+\s+else\s+"([a-z_]+)")?', (engine / "risks.py").read_text())
    risks = {kind for pair in found for kind in pair if kind}
    risks |= {f"license_{flag}" for flag in FLAG_SEVERITY}
    exclusions = set()
    for name in ("assess.py", "recommend.py"):
        text = (engine / name).read_text()
        exclusions |= set(re.findall(r'\bproblem\(\s*\d\s*,\s*"([a-z_]+)"', text))
        exclusions |= set(re.findall(r'Exclusion\([^)]*?kind="([a-z_]+)"', text, re.S))
        exclusions |= set(re.findall(r'Exclusion\.of\(\s*(?:\d|"rule")\s*,\s*"([a-z_]+)"', text))
    return {"risk": risks, "exclusion": exclusions}


def test_the_source_scan_finds_the_kinds():
    kinds = engine_kinds()
    assert {"deprecation", "data_to_api", "close_call", "license_review", "license_revocable"} <= kinds["risk"]
    assert {"does_not_fit", "license_blocked", "rule_excludes", "unknown_model", "deprecated"} <= kinds["exclusion"]


@pytest.mark.parametrize("section", ["risk", "exclusion"])
def test_every_kind_the_engine_emits_has_both_languages(section):
    for kind in sorted(engine_kinds()[section]):
        entry = catalog()[section].get(kind)
        assert entry is not None, f"{section}.{kind} has no message in resources/i18n/messages.toml"
        assert entry.get("en") and entry.get("de"), f"{section}.{kind} needs English and German"
        assert len(entry["en"]) == len(entry["de"]), f"{section}.{kind}: one German template per English one"


def specs(template: str) -> dict[str, str]:
    """Each field of a template with its most specific spec ({question:enum:topic} over {question})."""
    out: dict[str, str] = {}
    for field, spec in re.findall(r"\{([a-z_]+)(?::([^}]*))?\}", template):
        out[field] = out.get(field) or spec
    return out


def dummy(field: str, spec: str):
    if spec.startswith(("date",)):
        return "2027-02-09"
    if spec.startswith(("int", "num", "gb", "plural")):
        return 3.0
    if spec.startswith("enum:"):
        return next(iter(catalog()["enum"][spec[5:]]))
    return f"X{field}"


@pytest.mark.parametrize("section", ["risk", "exclusion"])
def test_every_template_renders_in_both_languages_and_differs(section):
    for kind, entry in catalog()[section].items():
        for en, de in zip(entry["en"], entry["de"], strict=True):
            fields, german = specs(en), specs(de)
            same = {f: spec.split("|")[0].split(":")[0] for f, spec in fields.items()}  # plural words differ
            assert same == {f: spec.split("|")[0].split(":")[0] for f, spec in german.items()}, f"{kind}: same fields"
            params = {f: dummy(f, spec) for f, spec in fields.items()}
            text = {}
            for lang in ("en", "de"):  # names of candidates as each language gives them
                labels = {params[f]: f"L{f}{lang}" for f, spec in fields.items() if spec == "label"}
                text[lang] = render(section, kind, params, lang, labels=labels, strict=True)
            text_en, text_de = text["en"], text["de"]
            if set(fields) - {"text", "detail", "clause", "summary"} or not fields:  # "{text}" is the same in both
                assert text_en != text_de, kind
            assert not ENGLISH.search(re.sub(r"X[a-z_]+", "", text_de)), (kind, text_de)


def test_a_missing_message_is_refused_in_strict_mode_and_falls_back_otherwise():
    with pytest.raises(MissingMessage):
        render("risk", "no_such_kind", {}, "de", strict=True)
    with pytest.raises(MissingMessage):  # a template whose fields the parameters do not fill
        render("risk", "deprecation", {"api": "x"}, "de", strict=True)
    assert word("verdict", "no_such", "de") == "no_such"


def test_words_and_labels():
    assert word("verdict", "needs_review", "de") == "Rechtliche Prüfung nötig"
    assert word("quality", "strong", "de") == word("quality", "strong", "de")  # one word for need and tier
    from desktop.domain.portfolio import Candidate

    c = Candidate(kind="self-hosted", model="Qwen/Qwen3-8B", accelerator="l40s", precision="fp8", acquisition="buy")
    assert candidate_label(c, "en") == c.label  # the English label is the domain's own
    assert candidate_label(c, "de") == "Qwen/Qwen3-8B auf 1× l40s (fp8, gekauft)"
    assert candidate_label(Candidate(kind="api", api="openai/gpt-5"), "de") == "API openai/gpt-5"


@pytest.fixture(scope="module")
def assessments(catalog):
    cat = Catalog.from_kb(catalog)
    return [(load_portfolio(p), assess_portfolio(load_portfolio(p), cat, TODAY)) for p in SAMPLES]


def ids_in(params: dict) -> str:
    return " ".join(str(v) for v in params.values() if isinstance(v, str))


def test_both_samples_render_every_finding_in_german(assessments, catalog):
    rules = catalog.records("rules")
    counted = {"risk": set(), "exclusion": set()}
    for portfolio, result in assessments:
        m = Messages("de", result, rules, Formats("de", portfolio.organisation.country), strict=True)
        for r in result.risks:
            text = m.risk_text(r)
            assert text != r.message
            # ids, clauses and names are the knowledge base's and the user's: take them out, then look for English
            rest = text
            for v in [*r.params.values(), *m.labels.values(), *m._by_label.values()]:
                rest = rest.replace(str(v), "")
            assert not ENGLISH.search(rest), (r.kind, text)
            counted["risk"].add(r.kind)
        for ua in result.use_cases:
            for ca in ua.candidates:
                if ca.license is not None:
                    assert m.verdict(ca.license.verdict) != ca.license.verdict.value
                for hit in ca.score.rules:
                    name, summary = m.rule(hit.rule)
                    assert (name, summary) != (hit.name, hit.summary)
                for e in ca.score.exclusions:
                    text = m.exclusion(e)
                    rest = text.replace(ids_in(e.params), "")
                    for v in e.params.values():
                        rest = rest.replace(str(v), "")
                    assert text != e.reason and not ENGLISH.search(rest), (e.kind, text)
                    counted["exclusion"].add(e.kind)
    assert len(counted["risk"]) >= 8 and len(counted["exclusion"]) >= 3  # the samples exercise many kinds


def test_every_rule_carries_german(catalog):
    for rule in catalog.records("rules"):
        assert rule.name_de and rule.summary_de, rule.id
        assert not ENGLISH.search(rule.name_de + " " + rule.summary_de), rule.id


def test_english_rendering_keeps_the_subjects(assessments, catalog):
    portfolio, result = assessments[0]
    m = Messages("en", result, catalog.records("rules"), strict=True)
    for r in result.risks:
        assert m.subject(r) == r.subject


def test_scenario_words_match_the_engine_titles_in_english(assessments):
    _, result = assessments[0]
    for s in result.scenarios:
        assert word("scenario", s.name, "en") == s.title
        assert word("scenario", s.name, "de") != s.title

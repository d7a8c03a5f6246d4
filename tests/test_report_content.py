"""The report PDF: it builds for both samples, languages and paper sizes; poppler reads its text (German
headings and umlauts), renders every page, sees the right page size, finds the table of contents'
page numbers true, and finds no text in the signature box on the last page."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
from functools import cache
from pathlib import Path

import pytest

from desktop.domain.portfolio_file import load_portfolio, parse_portfolio
from desktop.engine.ai_act import AiActRules, assess_ai_act
from desktop.engine.assess import Catalog, assess_portfolio
from desktop.report.content import SignerInfo, build_report_pdf, signature_box

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = {"de": ROOT / "resources/samples/de-manufacturing-sme.json",
           "ch": ROOT / "resources/samples/ch-professional-services.json"}
GENERATED = dt.datetime(2026, 11, 25, 10, 30, tzinfo=dt.UTC)
SIGNER = SignerInfo(name="Jürgen Weiß", organisation="Weiß & Söhne Beratung GmbH",
                    fingerprint_sha256=":".join(f"{(i * 37) % 256:02X}" for i in range(32)))

poppler = pytest.mark.skipif(not all(shutil.which(t) for t in ("pdftotext", "pdfinfo", "pdftoppm", "pdffonts")),
                             reason="poppler-utils not installed")


@pytest.fixture(scope="module")
def samples(catalog):
    """sample -> (portfolio, assessment), assessed once against the bundled knowledge base."""
    cat = Catalog.from_kb(catalog)
    out = {}
    for key, path in SAMPLES.items():
        portfolio = load_portfolio(path)
        out[key] = (portfolio, assess_portfolio(portfolio, cat, today=GENERATED.date()))
    return out


@pytest.fixture(scope="module")
def build(samples, catalog, tmp_path_factory):
    """build(sample, lang, paper, signed) -> path of the PDF (each combination built once)."""
    folder = tmp_path_factory.mktemp("reports")

    @cache
    def make(sample: str, lang: str = "de", paper: str = "a4", signed: bool = False) -> Path:
        portfolio, assessment = samples[sample]
        pdf = build_report_pdf(portfolio, assessment, catalog, lang=lang, paper=paper,
                               signer=SIGNER if signed else None, generated=GENERATED)
        path = folder / f"{sample}-{lang}-{paper}-{'signed' if signed else 'draft'}.pdf"
        path.write_bytes(pdf)
        return path

    return make


def run(*argv: str) -> str:
    return subprocess.run(argv, check=True, capture_output=True, text=True).stdout


def pages_of(path: Path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", run("pdfinfo", str(path)), re.M).group(1))


def text_of(path: Path, *extra: str) -> str:
    return run("pdftotext", "-enc", "UTF-8", *extra, str(path), "-")


def flat(text: str) -> str:
    """Text with line breaks and runs of spaces folded, for phrases that wrap."""
    return " ".join(text.split())


# -- builds ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sample", ["de", "ch"])
@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_report_builds_as_a_pdf(build, sample, lang, paper):
    data = build(sample, lang, paper).read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert len(data) > 20_000


@poppler
@pytest.mark.parametrize("paper, size", [("a4", "595.276 x 841.89"), ("letter", "612 x 792")])
def test_page_size_follows_the_paper(build, paper, size):
    info = run("pdfinfo", str(build("de", "en", paper)))
    assert re.search(rf"Page size:\s+{re.escape(size)} pts", info), info
    # every page, not just the first
    boxes = run("pdfinfo", "-box", "-f", "1", "-l", "999", str(build("de", "en", paper)))
    sizes = set(re.findall(r"Page\s+\d+ size:\s+([\d.]+ x [\d.]+)", boxes))
    assert sizes == {size}


@poppler
def test_german_report_has_german_headings_and_umlauts(build):
    text = text_of(build("de", "de"))
    for heading in ("Inhalt", "Zusammenfassung", "Anwendungsfälle", "Checkliste der Pflichten",
                    "EU-KI-Verordnung", "Annahmen", "Sensitivität", "Anhang: Quellen", "Signatur",
                    "Empfehlung nach den fünf Fragen", "Lizenzbewertung", "Maßgebliche Termine"):
        assert heading in text, heading
    for word in ("Präzisionstechnik", "Maßgebliche", "Prüfung der Fakten", "Möglicherweise", "öffentlich",
                 "Wichtigste Risiken"):
        assert word in text, word
    for char in "äöüßÄ€":
        assert char in text, char
    assert re.search(r"\d{1,3}(\.\d{3})* €", text), "money in German form: 7.149 €"
    assert "Seite 1 von" in text
    assert "Unsignierter Entwurf" in text
    assert "Executive summary" not in text


@poppler
def test_english_report_has_english_headings(build):
    text = text_of(build("ch", "en", "letter"))
    for heading in ("Contents", "Executive summary", "Use cases", "Obligations checklist", "EU AI Act",
                    "Assumptions", "Sensitivity", "Appendix: sources", "Signature",
                    "Recommendation by the five questions", "Memory fit and speed", "Cost and break-even"):
        assert heading in text, heading
    assert "Page 1 of" in text
    assert "CHF" in text
    assert "Alpen Treuhand AG" in text
    assert "Zusammenfassung" not in text


@poppler
def test_page_footer_counts_all_pages(build):
    path = build("de", "de")
    n = pages_of(path)
    pages = text_of(path).split("\f")
    for number, page in enumerate(pages[:n], start=1):
        assert f"Seite {number} von {n}" in page, number


@poppler
def test_table_of_contents_points_at_the_right_pages(build):
    path = build("de", "en")
    pages = text_of(path).split("\f")
    toc = pages[1]
    entries = re.findall(r"^\s*(\d+(?:\.\d+)?)\s+(.+?)\s{2,}(\d+)\s*$",
                         text_of(path, "-layout", "-f", "2", "-l", "2"), re.M)
    assert len(entries) >= 8, toc
    for number, title, page in entries:
        title = title.strip(" .")
        assert title[:25] in pages[int(page) - 1].replace("\n", " "), (number, title, page)


@poppler
@pytest.mark.parametrize("sample, lang, paper", [("de", "de", "a4"), ("ch", "en", "letter")])
def test_pdftoppm_renders_every_page(build, tmp_path, sample, lang, paper):
    path = build(sample, lang, paper)
    n = pages_of(path)
    subprocess.run(["pdftoppm", "-r", "20", "-png", str(path), str(tmp_path / "p")], check=True,
                   capture_output=True)
    images = sorted(tmp_path.glob("p-*.png"))
    assert len(images) == n
    assert all(img.stat().st_size > 300 for img in images)


@poppler
def test_bundled_font_is_embedded_and_charts_are_vectors(build):
    path = build("de", "de")
    fonts = run("pdffonts", str(path))
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all("DejaVuSans" in row[0] for row in rows), fonts
    assert all(row[-5] == "yes" for row in rows), "every font embedded"
    if shutil.which("pdfimages"):
        images = run("pdfimages", "-list", str(path)).splitlines()[2:]
        assert images == [], "charts are drawn as vectors, not pictures"


# -- the signature box -------------------------------------------------------------------------------
def _box_text(path: Path, page: int, paper: str, grow: float = 0.0) -> str:
    from desktop.report.styles import paper_size

    _, height = paper_size(paper)
    x1, y1, x2, y2 = signature_box(paper)
    return text_of(path, "-f", str(page), "-l", str(page), "-x", str(int(x1 - grow)),
                   "-y", str(int(height - y2 - grow)), "-W", str(int(x2 - x1 + 2 * grow)),
                   "-H", str(int(y2 - y1 + 2 * grow)))


@poppler
@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("signed", [False, True])
def test_signature_box_on_the_last_page_is_empty(build, paper, signed):
    path = build("de", "de", paper, signed)
    last = pages_of(path)
    assert _box_text(path, last, paper).strip() == ""
    # the crop does see text: the caption just above the box
    assert "Signatur" in _box_text(path, last, paper, grow=24)


@poppler
def test_signature_box_is_blank_when_rendered(build, tmp_path):
    from PIL import Image

    path = build("ch", "en", "a4", True)
    last = pages_of(path)
    subprocess.run(["pdftoppm", "-r", "72", "-png", "-f", str(last), "-l", str(last), str(path),
                    str(tmp_path / "last")], check=True, capture_output=True)
    image = Image.open(next(tmp_path.glob("last*.png"))).convert("L")
    x1, y1, x2, y2 = signature_box("a4")
    height = image.size[1]
    crop = image.crop((int(x1) + 1, int(height - y2) + 1, int(x2) - 1, int(height - y1) - 1))
    assert crop.getextrema() == (255, 255), "nothing is drawn inside the signature box"


def test_signature_box_lies_on_the_page_above_the_footer():
    for paper, (w, h) in (("a4", (595.28, 841.89)), ("letter", (612, 792))):
        x1, y1, x2, y2 = signature_box(paper)
        assert 0 < x1 < x2 <= w and 60 < y1 < y2 < h / 2
        assert x2 - x1 >= 250 and y2 - y1 >= 80
    with pytest.raises(ValueError):
        signature_box("a5")


@poppler
def test_signer_fingerprint_printed_on_cover_and_signature_page(build):
    path = build("de", "en", "a4", True)
    pages = text_of(path).split("\f")
    first_half = SIGNER.fingerprint_sha256[:47]
    assert first_half in pages[0]
    assert first_half in pages[pages_of(path) - 1]
    assert "Jürgen Weiß" in pages[0] and "Weiß & Söhne Beratung GmbH" in pages[pages_of(path) - 1]
    assert "Unsigned draft" not in text_of(path)


# -- content -----------------------------------------------------------------------------------------
@poppler
def test_use_case_sections_show_the_evidence(build, samples):
    text = flat(text_of(build("de", "en")))
    portfolio, assessment = samples["de"]
    for uc in portfolio.use_cases:
        assert uc.name in text
    # license: the deciding clause quoted with its source
    assert "Deciding clause §2 Grant of Copyright License" in text
    assert "https://www.apache.org/licenses/LICENSE-2.0" in text
    assert "Licensee in DE (EU), model is multimodal" in text  # Llama 4 Scout blocked in the EU
    # sub-scores, cost chart caption, recommendation
    assert "Q1" in text and "Q5" in text
    assert "Monthly cost against monthly token volume" in text
    assert "break-even with anthropic/claude-sonnet-4-6" in text
    assert "Recommended: gpt-oss-120b" in text
    # checklist with check boxes and the AI Act items
    assert "☐" in text
    assert "interacting with an AI system" in text  # the customer-facing support bot (Art. 50)
    assert "AI literacy" in text
    # AI Act dates and the caveat
    for needle in ("2 February 2025", "2 August 2025", "2 August 2026", "2 December 2027", "Official Journal",
                   "not legal advice", "https://eur-lex.europa.eu/eli/reg/2024/1689/oj"):
        assert needle in text, needle
    # sensitivity: Monte Carlo band and a tornado for the self-hosted recommendation
    assert "P95" in text and "staff cost" in text
    # appendix with as-of dates and verification
    assert "Appendix: sources" in text and "2026-11-25" in text and "primary" in text


def _variant(portfolio, **changes):
    data = json.loads(portfolio.model_dump_json())
    uc = data["use_cases"][0]
    for key, value in changes.items():
        if key == "usage":
            uc["usage"].update(value)
        else:
            uc[key] = value
    return parse_portfolio(json.dumps(data))


@poppler
def test_high_risk_and_provider_roles_reach_the_ai_act_section(samples, catalog, tmp_path):
    portfolio, _ = samples["de"]
    changed = _variant(portfolio, name="Applicant screening for hiring",
                       description="Ranks job applications for the HR team.",
                       usage={"uses": ["employment-decisions"], "customer_facing": True})
    assessment = assess_portfolio(changed, Catalog.from_kb(catalog), today=GENERATED.date())
    path = tmp_path / "hr.pdf"
    path.write_bytes(build_report_pdf(changed, assessment, catalog, lang="en", generated=GENERATED))
    text = flat(text_of(path))
    assert "employment and workers management (Annex III point 4)" in text
    assert "Provider" in text and "Deployer" in text
    result = assess_ai_act(changed.use_cases[0], changed.organisation, AiActRules.from_kb(catalog), GENERATED.date())
    assert [s.area for s in result.signals] == ["ai-act/high-risk/employment"] and result.high_risk == "yes"


def test_high_risk_screening_ignores_ordinary_words(samples, catalog):
    rules = AiActRules.from_kb(catalog)
    for portfolio, _ in samples.values():
        for uc in portfolio.use_cases:
            assert assess_ai_act(uc, portfolio.organisation, rules, GENERATED.date()).signals == [], uc.name


def test_empty_portfolio_and_use_case_without_candidates_build(samples, catalog):
    portfolio, _ = samples["ch"]
    data = json.loads(portfolio.model_dump_json())
    data["use_cases"][0]["candidates"] = []
    data["use_cases"][0]["evaluations"] = {}
    data["use_cases"][0]["pinned"] = None
    cat = Catalog.from_kb(catalog)
    for variant in (parse_portfolio(json.dumps(data)), parse_portfolio(json.dumps({**data, "use_cases": []}))):
        assessment = assess_portfolio(variant, cat, today=GENERATED.date())
        for lang in ("de", "en"):
            assert build_report_pdf(variant, assessment, catalog, lang=lang).startswith(b"%PDF-")


def test_bad_language_or_paper_is_refused(samples, catalog):
    portfolio, assessment = samples["de"]
    with pytest.raises(ValueError, match="language"):
        build_report_pdf(portfolio, assessment, catalog, lang="fr")
    with pytest.raises(ValueError, match="paper"):
        build_report_pdf(portfolio, assessment, catalog, paper="a5")


# -- size (speed is measured by `make bench`, never asserted in tests) -------------------------------
def test_fifty_use_cases_make_a_long_but_complete_report(samples, catalog, tmp_path):
    portfolio, _ = samples["de"]
    data = json.loads(portfolio.model_dump_json())
    use_cases = []
    for i in range(10):
        for uc in json.loads(portfolio.model_dump_json())["use_cases"]:
            uc["id"], uc["name"] = f"{uc['id']}-{i}", f"{uc['name']} ({i + 1})"
            use_cases.append(uc)
    data["use_cases"] = use_cases
    big = parse_portfolio(json.dumps(data))
    assessment = assess_portfolio(big, Catalog.from_kb(catalog), today=GENERATED.date())
    path = tmp_path / "fifty.pdf"
    path.write_bytes(build_report_pdf(big, assessment, catalog, lang="de", paper="letter"))
    assert path.read_bytes().startswith(b"%PDF") and path.stat().st_size > 100_000


@poppler
def test_checklist_lists_display_ship_and_naming_duties_of_a_llama_fine_tune(samples, catalog, tmp_path):
    portfolio, _ = samples["de"]
    changed = _variant(portfolio, pinned="llama33-70b-pro6000",
                       usage={"fine_tune": True, "customer_facing": True, "redistribute_weights": True})
    assessment = assess_portfolio(changed, Catalog.from_kb(catalog), today=GENERATED.date())
    path = tmp_path / "llama.pdf"
    path.write_bytes(build_report_pdf(changed, assessment, catalog, lang="en", generated=GENERATED))
    text = flat(text_of(path))
    checklist = text[text.index("3 Obligations checklist", text.index("Page 3 of")):]
    checklist = checklist[:checklist.index("4 EU AI Act")]
    assert "☐ Built with Llama" in checklist or "“Built with Llama”" in checklist  # what to display where
    assert "Notice" in checklist  # which files to ship
    assert "must begin with “Llama”" in checklist  # which names are not allowed
    assert "LicenseRef-Llama-3.3-Community" in checklist
    assert "Provider of a GPAI model" in text

"""Print quality, for both samples × both languages × A4 and Letter: every page renders (pdftoppm), no text
lies outside the page, no two text runs overlap (pypdfium2's text rectangles), and no id of a model, API,
license or accelerator is split across lines in the middle of a name ("sonnet-4|-6")."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from desktop.domain.portfolio_file import load_portfolio
from desktop.engine.assess import Catalog, assess_portfolio
from desktop.report.content import build_report_pdf

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ("de-manufacturing-sme", "ch-professional-services")
GENERATED = dt.datetime(2026, 11, 25, 10, 30, tzinfo=dt.UTC)
VARIANTS = [(s, lang, paper) for s in SAMPLES for lang in ("en", "de") for paper in ("a4", "letter")]
EDGE = 1.0  # pt of tolerance at the page edge
OVERLAP = 0.2  # share of the smaller rectangle two text runs may not share

poppler = pytest.mark.skipif(not all(shutil.which(t) for t in ("pdftoppm", "pdftotext")),
                             reason="poppler-utils not installed")


@pytest.fixture(scope="module")
def build(catalog, tmp_path_factory):
    cat = Catalog.from_kb(catalog)
    folder = tmp_path_factory.mktemp("layout")

    @cache
    def assessed(sample: str):
        portfolio = load_portfolio(ROOT / "resources/samples" / f"{sample}.json")
        return portfolio, assess_portfolio(portfolio, cat, today=GENERATED.date())

    @cache
    def make(sample: str, lang: str, paper: str) -> Path:
        portfolio, assessment = assessed(sample)
        path = folder / f"{sample}-{lang}-{paper}.pdf"
        path.write_bytes(build_report_pdf(portfolio, assessment, catalog, lang=lang, paper=paper,
                                          generated=GENERATED))
        return path

    make.assessed = assessed
    return make


def text_runs(path: Path):
    """Per page: (width, height, [(left, bottom, right, top, text)]) of every non-blank text run."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        for page in pdf:
            width, height = page.get_size()
            textpage = page.get_textpage()
            runs = []
            for i in range(textpage.count_rects()):
                box = textpage.get_rect(i)
                text = textpage.get_text_bounded(*box).strip()
                if text:
                    runs.append((*box, text))
            yield width, height, runs
    finally:
        pdf.close()


def overlap(a, b) -> float:
    """Shared area of two rectangles as a share of the smaller one."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return w * h / smaller if smaller > 0 else 0.0


@pytest.mark.parametrize("sample, lang, paper", VARIANTS)
def test_no_text_outside_the_page_and_no_overlapping_text(build, sample, lang, paper):
    problems = []
    for number, (width, height, runs) in enumerate(text_runs(build(sample, lang, paper)), start=1):
        for left, bottom, right, top, text in runs:
            if left < -EDGE or bottom < -EDGE or right > width + EDGE or top > height + EDGE:
                problems.append(f"page {number}: outside the page: {text!r}")
        runs = sorted(runs, key=lambda r: r[0])
        for i, a in enumerate(runs):
            for b in runs[i + 1:]:
                if b[0] >= a[2]:
                    break  # sorted by left edge: nothing further right can overlap a
                if overlap(a, b) > OVERLAP:
                    problems.append(f"page {number}: {a[4]!r} overlaps {b[4]!r}")
    assert not problems, "\n".join(problems[:20])


def ids_of(assessment) -> set[str]:
    """The names a reader copies into a search or a contract: models, APIs, licenses, accelerators."""
    out = set()
    for ua in assessment.use_cases:
        for ca in ua.candidates:
            c = ca.candidate
            for value in (c.api, c.model, c.accelerator, (c.model or "").split("/")[-1]):
                if value:
                    out.add(value)
            if ca.license:
                out.update(ca.license.licenses)
    return {i for i in out if len(i) > 4}


def split_mid_token(text: str, name: str) -> bool:
    """True when `name` appears broken over two lines anywhere but after a '/' (where a path may wrap)."""
    for k in range(1, len(name)):
        if name[k - 1] in "/ " or name[k] == " ":
            continue
        if f"{name[:k]}\n{name[k:]}" in text:
            return True
    return False


def without_urls(text: str) -> str:
    """The text with web addresses left out: a long URL may wrap anywhere (its pieces have no spaces)."""
    out, in_url = [], False
    for line in text.splitlines():
        in_url = "://" in line or (in_url and line.strip() != "" and " " not in line.strip())
        out.append("" if in_url else line)
    return "\n".join(out)


@poppler
@pytest.mark.parametrize("sample, lang, paper", VARIANTS)
def test_every_page_renders_and_no_id_is_split(build, tmp_path, sample, lang, paper):
    path = build(sample, lang, paper)
    subprocess.run(["pdftoppm", "-r", "12", "-png", str(path), str(tmp_path / "p")], check=True,
                   capture_output=True)
    pages = len(pdfium.PdfDocument(str(path)))
    assert len(list(tmp_path.glob("p-*.png"))) == pages
    text = without_urls(subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                                       capture_output=True, text=True).stdout)
    _, assessment = build.assessed(sample)
    broken = sorted(name for name in ids_of(assessment) if split_mid_token(text, name))
    assert not broken, broken


def test_the_split_detector_sees_a_split_and_allows_a_path_break():
    assert split_mid_token("API anthropic/claude-sonnet-4\n-6 costs", "anthropic/claude-sonnet-4-6")
    assert not split_mid_token("API anthropic/\nclaude-sonnet-4-6", "anthropic/claude-sonnet-4-6")
    assert not split_mid_token("claude-sonnet-4-6", "anthropic/claude-sonnet-4-6")


def test_the_overlap_check_sees_text_drawn_over_text(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "clash.pdf"
    c = canvas.Canvas(str(path))
    c.drawString(100, 700, "Monthly cost")
    c.drawString(104, 702, "12,000 EUR")  # a tick label under an axis title
    c.drawString(100, 600, "alone")
    c.drawString(580, 500, "cut off at the edge")
    c.save()
    (width, height, runs), = list(text_runs(path))
    assert any(overlap(a, b) > OVERLAP for a in runs for b in runs if a is not b)
    assert any(r[2] > width + EDGE for r in runs)


def _walk_portfolio():
    """The portfolio of a hand walk (an Austrian firm, two use cases) whose checklist note got a page alone."""
    from desktop.domain.portfolio import Candidate, Organisation, Portfolio, UseCase
    from desktop.domain.usage import UsageContext

    def hosted(cid, model, acc, gpus=1):
        return Candidate(id=cid, kind="self-hosted", model=model, precision="fp8", kv_precision="fp8",
                         accelerator=acc, gpus=gpus, engine="vllm")

    usage = UsageContext(licensee_country="AT")
    return Portfolio(name="Walk", organisation=Organisation(name="Kanzlei Huber OG", country="AT", currency="EUR"),
                     use_cases=[
        UseCase(id="u1", name="Contract review of client files", usage=usage,
                candidates=[hosted("q1", "Qwen/Qwen3-32B", "h100-pcie"),
                            Candidate(id="g1", kind="api", api="openai/gpt-5-mini")]),
        UseCase(id="u2", name="Client letters", usage=usage,
                candidates=[hosted("q2", "Qwen/Qwen3-32B", "h100-pcie"),
                            Candidate(id="g2", kind="api", api="openai/gpt-5-mini"),
                            hosted("s1", "Qwen/Qwen3.5-122B-A10B", "intel-arc-pro-b60", 8),
                            hosted("s2", "Qwen/Qwen3.5-397B-A17B", "mi250x", 4),
                            hosted("s3", "zai-org/GLM-4.7", "mi300x", 2),
                            Candidate(id="a1", kind="api", api="ovhcloud/gpt-oss-20b"),
                            Candidate(id="a2", kind="api", api="deepinfra/gpt-oss-120b")])])


@pytest.mark.parametrize("sample, lang, paper", [*VARIANTS, ("walk", "en", "a4")])
def test_the_checklist_note_never_stands_alone_on_a_page(build, catalog, tmp_path, sample, lang, paper):
    if sample == "walk":
        portfolio = _walk_portfolio()
        path = tmp_path / "walk.pdf"
        path.write_bytes(build_report_pdf(portfolio, assess_portfolio(portfolio, Catalog.from_kb(catalog),
                                                                      today=GENERATED.date()),
                                          catalog, lang=lang, paper=paper, generated=GENERATED))
    else:
        path = build(sample, lang, paper)
    note = {"en": "Duty texts and quotes come from", "de": "Pflichttexte und Zitate stammen"}[lang]
    pdf = pdfium.PdfDocument(str(path))
    try:
        pages = [page.get_textpage().get_text_range() for page in pdf]
    finally:
        pdf.close()
    holding = [p for p in pages if note in p]
    assert len(holding) == 1 and "☐" in holding[0]  # with a checklist item, not a page of its own

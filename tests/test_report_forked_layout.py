"""The command line lays a signed report out in a forked child while it loads the signing library. The
promise: the report is the one the plain path makes (same pages, a valid signature), a child that fails
changes nothing but the time, no child outlives the command, and a wrong passphrase still stops first."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "samples" / "ch-professional-services.json"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the forked layout is Linux-only")


@pytest.fixture(scope="module")
def identity(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("identity")
    secret = folder / "pass"
    secret.write_text("correct horse 42\n", encoding="utf-8")
    p12 = folder / "me.p12"
    subprocess.run([sys.executable, "-m", "desktop.cli", "identity", "create", "--name", "Test Signer",
                    "--organization", "Test AG", "--out", str(p12), "--passphrase-file", str(secret)],
                   check=True, capture_output=True, cwd=ROOT)
    return p12, secret


def _script(body: str, out: Path, identity: tuple[Path, Path], secret: Path | None = None) -> str:
    p12, passphrase = identity
    argv = ["model-strategy", "report", str(SAMPLE), "-o", str(out), "--force", "--identity", str(p12),
            "--passphrase-file", str(secret or passphrase)]
    return ("import os, sys\nfrom desktop.report import content\nparent = os.getpid()\n" + body +
            f"\nsys.argv = {argv!r}\nfrom desktop import cli\ncli.entry()\n")


def _run(code: str, **env) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=180,
                          env={**os.environ, **env})


def _pages(path: Path) -> list[str]:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(path)
    try:
        return [page.get_textpage().get_text_range() for page in pdf]
    finally:
        pdf.close()


def _verify(path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "desktop.cli", "verify", str(path)], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


COUNT_FORKS = """
marker = os.environ["FORK_MARKER"]
real_fork = os.fork
def counted():
    pid = real_fork()
    if pid:
        open(marker, "a").write("forked\\n")
    return pid
os.fork = counted
"""

NO_CHILD_LEFT = """
import atexit
def no_child_left():
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return
    open(os.environ["FORK_MARKER"], "a").write("child left\\n")
atexit.register(no_child_left)
"""


def test_the_forked_layout_makes_the_same_report(identity, tmp_path):
    marker = tmp_path / "forks"
    forked, plain = tmp_path / "forked.pdf", tmp_path / "plain.pdf"
    done = _run(_script(COUNT_FORKS + NO_CHILD_LEFT, forked, identity), FORK_MARKER=str(marker))
    assert done.returncode == 0, done.stderr
    assert marker.read_text() == "forked\n"  # the child did the layout, and none was left behind
    done = _run(_script("", plain, identity), MSS_NO_FORK="1")
    assert done.returncode == 0, done.stderr
    a, b = _pages(forked), _pages(plain)
    assert len(a) == len(b) and a[:-1] == b[:-1]  # the last page's stamp carries the signing second
    for path in (forked, plain):
        _verify(path)


def test_a_child_that_fails_changes_nothing_but_the_time(identity, tmp_path):
    """The child dies (out of memory, killed): the parent lays the report out itself."""
    out = tmp_path / "r.pdf"
    marker = tmp_path / "forks"
    crash = """
real = content.build_report_pdf
def flaky(*args, **kwargs):
    if os.getpid() != parent:
        raise MemoryError("the child ran out of memory")
    return real(*args, **kwargs)
content.build_report_pdf = flaky
"""
    done = _run(_script(COUNT_FORKS + NO_CHILD_LEFT + crash, out, identity), FORK_MARKER=str(marker))
    assert done.returncode == 0, done.stderr
    assert marker.read_text() == "forked\n" and "Traceback" not in done.stderr
    _verify(out)


def test_an_error_after_the_fork_leaves_no_child(identity, tmp_path):
    """Loading the signer fails while the child lays out: the command reports it, and the child is gone."""
    out = tmp_path / "r.pdf"
    marker = tmp_path / "forks"
    broken = """
import desktop.report.pipeline as pipeline
from desktop.report.identity import IdentityError
def refuse(request):
    raise IdentityError("the signing library refused the identity")
pipeline.unlock = refuse
"""
    done = _run(_script(COUNT_FORKS + NO_CHILD_LEFT + broken, out, identity), FORK_MARKER=str(marker))
    assert done.returncode == 2 and "refused the identity" in done.stderr
    assert marker.read_text() == "forked\n" and not out.exists()


def test_a_wrong_passphrase_stops_before_any_work(identity, tmp_path):
    wrong = tmp_path / "wrong"
    wrong.write_text("not it\n", encoding="utf-8")
    marker = tmp_path / "forks"
    out = tmp_path / "r.pdf"
    done = _run(_script(COUNT_FORKS, out, identity, secret=wrong), FORK_MARKER=str(marker))
    assert done.returncode == 2 and "passphrase" in done.stderr
    assert not marker.exists() and not out.exists()

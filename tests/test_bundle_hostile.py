"""A table of malformed knowledge bundles: each is refused with exit 2 naming the file and the reason,
before anything is installed; `export-bundle` refuses what `import-bundle` would refuse."""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from desktop.knowledge.bundle import load_private_key, new_publisher_key, trust_key
from desktop.knowledge.sources import KNOWLEDGE_DIR, content_version

LATER = "2031-01-01T00:00:00+00:00"


@pytest.fixture
def key(tmp_path) -> Path:
    path = tmp_path / "publisher.pem"
    new_publisher_key(path)
    trust_key(Path(str(path) + ".pub"))
    return path


def _bundled_files() -> dict[str, bytes]:
    return {p.relative_to(KNOWLEDGE_DIR).as_posix(): p.read_bytes() for p in sorted(KNOWLEDGE_DIR.rglob("*.toml"))}


def _version(files: dict[str, bytes], tmp: Path) -> str:
    root = tmp / f"v{len(list(tmp.iterdir()))}"
    for rel, data in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return content_version(root)


def signed_bundle(key: Path, tmp: Path, files: dict[str, bytes] | None = None, manifest: dict | None = None,
                  members: dict[str, bytes] | None = None, compression=zipfile.ZIP_DEFLATED) -> bytes:
    """A bundle signed with a trusted key; `manifest` overrides fields, `members` overrides the zip's files."""
    import hashlib

    from desktop.knowledge.bundle import key_id

    files = _bundled_files() if files is None else files
    private = load_private_key(key)
    scratch = tmp / "scratch"
    scratch.mkdir(exist_ok=True)
    body = {"format": "model-strategy-studio/knowledge-bundle", "format_version": 1,
            "version": _version(files, scratch), "released": LATER, "publisher_key_id": key_id(private.public_key()),
            "files": {rel: hashlib.sha256(data).hexdigest() for rel, data in files.items()}, "counts": {}}
    body.update(manifest or {})
    raw = json.dumps(body).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        archive.writestr("manifest.json", raw)
        archive.writestr("manifest.sig", base64.b64encode(private.sign(raw)))
        for rel, data in (members if members is not None else {f"knowledge/{r}": d for r, d in files.items()}).items():
            archive.writestr(rel, data)
    return out.getvalue()


def _patch_headers(data: bytes, local_offset: int, central_offset: int, value: bytes) -> bytes:
    out = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", local_offset), (b"PK\x01\x02", central_offset)):
        at = out.find(signature)
        while at >= 0:
            out[at + offset:at + offset + 2] = value
            at = out.find(signature, at + 4)
    return bytes(out)


def _corrupt_deflate(data: bytes) -> bytes:
    archive = zipfile.ZipFile(io.BytesIO(data))
    info = max(archive.infolist(), key=lambda i: i.compress_size)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    out = bytearray(data)
    for i in range(start + 10, start + min(info.compress_size, 400), 7):
        out[i] ^= 0x5A
    return bytes(out)


def _toml_changed(edit) -> dict[str, bytes]:
    files = _bundled_files()
    edit(files)
    return files


CASES = {
    "unsupported compression method": lambda k, t: _patch_headers(
        signed_bundle(k, t, compression=zipfile.ZIP_STORED), 8, 10, (99).to_bytes(2, "little")),
    "the encrypted flag": lambda k, t: _patch_headers(signed_bundle(k, t), 6, 8, (1).to_bytes(2, "little")),
    "corrupt deflate data": lambda k, t: _corrupt_deflate(signed_bundle(k, t)),
    "truncated": lambda k, t: signed_bundle(k, t)[:5000],
    "not a zip": lambda k, t: b"PK\x03\x04 but nothing more",
    "empty": lambda k, t: b"",
    "a naive release time": lambda k, t: signed_bundle(k, t, manifest={"released": "2031-01-01T00:00:00"}),
    "a manifest path ''": lambda k, t: signed_bundle(k, t, files={"": b"x = 1\n"}, members={}),
    "a manifest path '.'": lambda k, t: signed_bundle(k, t, files={".": b"x = 1\n"}, members={}),
    "a manifest path '../escape.toml'": lambda k, t: signed_bundle(k, t, files={"../escape.toml": b""}, members={}),
    "no files at all": lambda k, t: signed_bundle(k, t, files={}),
    "non-UTF-8 TOML": lambda k, t: signed_bundle(k, t, files=_toml_changed(
        lambda f: f.update({"extra/latin1.toml": "# Größe\n".encode("latin-1")}))),
    "model = [1]": lambda k, t: signed_bundle(k, t, files=_toml_changed(
        lambda f: f.update({"extra/odd.toml": b"model = [1]\n"}))),
    "TOML nested 10,000 deep": lambda k, t: signed_bundle(k, t, files=_toml_changed(
        lambda f: f.update({"extra/deep.toml": b"x = " + b"[" * 10_000 + b"]" * 10_000 + b"\n"}))),
    "no models in the sources": lambda k, t: signed_bundle(k, t, files={
        r: d for r, d in _bundled_files().items() if b"[[model]]" not in d and b"[[api]]" not in d
        and b"[[measurement]]" not in d}),
    "a member listed twice": lambda k, t: signed_bundle(k, t, members={
        **{f"knowledge/{r}": d for r, d in _bundled_files().items()},
        "knowledge/x.toml": b"", "knowledge/x.toml ": b""}),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_malformed_bundle_is_refused_before_anything_is_touched(key, tmp_path, cli, case):
    import warnings

    data_dir = Path(os.environ["MSS_DATA_DIR"])
    before = sorted(p.relative_to(data_dir).as_posix() for p in data_dir.rglob("*") if not p.is_dir())
    bundle = tmp_path / "update.mssbundle"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about a duplicate name: that is the case
        bundle.write_bytes(CASES[case](key, tmp_path))
    code, out, err = cli("kb", "import-bundle", str(bundle))
    assert code == 2, (case, out, err)
    assert "refused:" in err and str(bundle) in err and "Traceback" not in err, err
    after = sorted(p.relative_to(data_dir).as_posix() for p in data_dir.rglob("*") if not p.is_dir())
    assert after == before, "nothing installed, nothing left behind"


@pytest.mark.parametrize("special", ["fifo", "folder"])
def test_special_files_are_not_bundles(key, tmp_path, cli, special):
    path = tmp_path / "special.mssbundle"
    if special == "fifo":
        os.mkfifo(path)
    else:
        path.mkdir()
    code, _, err = cli("kb", "import-bundle", str(path))
    assert code == 2 and "refused:" in err


def test_export_refuses_a_missing_empty_or_invalid_sources_folder(key, tmp_path, cli):
    empty = tmp_path / "empty"
    empty.mkdir()
    broken = tmp_path / "broken"
    shutil.copytree(KNOWLEDGE_DIR, broken)
    next(broken.rglob("*.toml")).write_text("model = [1]\n", encoding="utf-8")
    partial = tmp_path / "partial"
    partial.mkdir()
    shutil.copy(next(p for p in KNOWLEDGE_DIR.rglob("*.toml") if b"[[license]]" in p.read_bytes()), partial)
    for folder, says in ((tmp_path / "mistyped", "no such sources folder"), (empty, "no knowledge sources"),
                         (broken, "fail validation"), (partial, "no ")):
        out = tmp_path / "out.mssbundle"
        code, _, err = cli("kb", "export-bundle", "--key", str(key), "-o", str(out), "--sources", str(folder))
        assert code == 2 and says in err and not out.exists(), (folder, err)


def test_a_failed_key_write_leaves_no_half_pair(tmp_path, monkeypatch, cli):
    from desktop.knowledge import bundle

    real = bundle._write_atomic

    def full_disk(path, data, mode=None):
        if not str(path).endswith(".pub"):
            raise OSError(28, "No space left on device")
        real(path, data, mode)

    monkeypatch.setattr(bundle, "_write_atomic", full_disk)
    out = tmp_path / "k.pem"
    code, _, err = cli("kb", "new-key", "--out", str(out))
    assert code == 2 and "No space left" in err
    assert not out.exists() and not Path(str(out) + ".pub").exists()
    monkeypatch.setattr(bundle, "_write_atomic", real)
    assert cli("kb", "new-key", "--out", str(out))[0] == 0  # a second run works, no "exists"


def test_staging_left_by_a_killed_import_is_pruned(key, tmp_path, cli):
    versions = Path(os.environ["MSS_DATA_DIR"]) / "knowledge" / "versions"
    stale = versions / ".staging-killed"
    stale.mkdir(parents=True)
    (stale / "half.toml").write_text("x = 1\n")
    old = dt.datetime.now().timestamp() - 7200
    os.utime(stale, (old, old))
    bundle = tmp_path / "ok.mssbundle"
    bundle.write_bytes(signed_bundle(key, tmp_path, files=_toml_changed(
        lambda f: f.update({"extra/note.toml": b"# a newer release\n"}))))
    code, _, err = cli("kb", "import-bundle", str(bundle))
    assert code == 0, err
    assert not stale.exists()

"""`verify` against crafted PDFs: it cannot be made to hang (one PDF per loop shape), it names every kind
of change after the signed range except validation data, it checks the certificate and the reproduction,
and it tells a trusted signer from a look-alike with the same name."""

from __future__ import annotations

import datetime as dt
import json
import threading
from io import BytesIO
from pathlib import Path

import pikepdf
import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import NameObject as N
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from desktop.report.verify import EXIT_INVALID, EXIT_UNUSABLE, EXIT_VALID, verify_bytes

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "samples" / "de-manufacturing-sme.json"
PASS = b"Kettensaege Mondlicht Ofen"


def _tiny_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buf = BytesIO()
    c = canvas.Canvas(buf)
    for i in range(2):
        c.drawString(72, 750, f"page {i + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


def _p12(tmp: Path, name: str, **cert_kw) -> Path:
    """A PKCS#12 identity; `cert_kw` bends the certificate (validity, key usage) for the shapes we test."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                         x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Müller & Söhne GmbH")])
    usage = cert_kw.get("usage", dict(digital_signature=True, content_commitment=True, key_encipherment=False))
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
               .serial_number(x509.random_serial_number())
               .not_valid_before(cert_kw.get("not_before", now - dt.timedelta(days=1)))
               .not_valid_after(cert_kw.get("not_after", now + dt.timedelta(days=365))))
    if usage is not None:
        builder = builder.add_extension(x509.KeyUsage(data_encipherment=False, key_agreement=False,
                                                      key_cert_sign=False, crl_sign=False, encipher_only=False,
                                                      decipher_only=False, **usage), critical=True)
    cert = builder.sign(key, hashes.SHA256())
    path = tmp / f"{name.replace(' ', '_')}-{cert.serial_number % 10**6}.p12"
    path.write_bytes(pkcs12.serialize_key_and_certificates(name.encode(), key, cert, None,
                                                           serialization.BestAvailableEncryption(PASS)))
    return path


class _RawSigner:
    """Signs with any identity, bypassing the app's refusal of unusable ones: what a forger's tool does."""

    def __init__(self, path: Path):
        from pyhanko.sign import signers

        from desktop.report.identity import load_identity

        self.identity = load_identity(path, PASS)
        self.pyhanko = signers.SimpleSigner.load_pkcs12(pfx_file=str(path), passphrase=PASS)


def _sign(catalog, p12: Path, edit=None) -> bytes:
    from desktop.domain.portfolio_file import load_portfolio
    from desktop.engine.assess import Catalog, assess_portfolio
    from desktop.report.attachment import build_attachment, encode
    from desktop.report.sign import finish_report

    portfolio = load_portfolio(SAMPLE)
    generated = dt.datetime.now(dt.UTC).replace(microsecond=0)
    attachment = build_attachment(portfolio, assess_portfolio(portfolio, Catalog.from_kb(catalog)),
                                  catalog.version, generated)
    if edit:
        edit(attachment)
    return finish_report(_tiny_pdf(), encode(attachment), signer=_RawSigner(p12), box=(300, 60, 540, 150),
                         generated=generated)


@pytest.fixture(scope="module")
def keys(tmp_path_factory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("keys")
    return {"good": _p12(tmp, "Jürgen Weiß"), "twin": _p12(tmp, "Jürgen Weiß")}


@pytest.fixture(scope="module")
def signed(catalog, keys) -> bytes:
    return _sign(catalog, keys["good"])


@pytest.fixture(scope="module")
def cat(engine_catalog):
    return engine_catalog


def _check(data: bytes, cat=None, **kw):
    """verify_bytes on a daemon thread: a hang fails the test instead of stopping the suite."""
    box: dict = {}

    def run():
        try:
            box["result"] = verify_bytes(data, cat, trusted=kw.pop("trusted", []), **kw)
        except BaseException as exc:  # noqa: BLE001 - reported below
            box["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(60)
    assert not worker.is_alive(), "verify did not finish: it follows a loop"
    if "error" in box:
        raise box["error"]
    return box["result"]


# -- loops: one PDF per shape --------------------------------------------------------------------------
def _pike(shape: str) -> bytes:
    pdf = pikepdf.Pdf.new()
    pdf.add_blank_page()
    pdf.add_blank_page()
    D, A = pikepdf.Dictionary, pikepdf.Array
    if shape == "name tree lists itself":
        node = pdf.make_indirect(D())
        node.Kids = A([node] * 4)
        pdf.Root.Names = D(EmbeddedFiles=node)
    elif shape == "name tree shared 2^40 times":
        node = pdf.make_indirect(D(Names=A([])))
        for _ in range(40):
            node = pdf.make_indirect(D(Kids=A([node, node])))
        pdf.Root.Names = D(EmbeddedFiles=node)
    elif shape == "page tree holds its root":
        pdf.Root.Pages.Kids.append(pdf.Root.Pages)
    elif shape == "outline item is its own next":
        item = pdf.make_indirect(D(Title=pikepdf.String("x")))
        item.Next = item
        pdf.Root.Outlines = pdf.make_indirect(D(First=item, Last=item))
    elif shape == "outline item is its own child":
        item = pdf.make_indirect(D(Title=pikepdf.String("x")))
        item.First = item
        pdf.Root.Outlines = pdf.make_indirect(D(First=item, Last=item))
    elif shape == "page parents loop":
        a = pdf.make_indirect(D(Type=pikepdf.Name.Pages))
        b = pdf.make_indirect(D(Type=pikepdf.Name.Pages, Parent=a))
        a.Parent = b
        pdf.pages[0].obj.Parent = a
    elif shape == "form field is its own kid":
        field = pdf.make_indirect(D(T=pikepdf.String("x")))
        field.Kids = A([field, field])
        pdf.Root.AcroForm = D(Fields=A([field]))
    buf = BytesIO()
    pdf.save(buf)
    return buf.getvalue()


def _raw(objs: list[bytes], prev_self: bool = False) -> bytes:
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    prev = b" /Prev %d" % xref if prev_self else b""
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, prev, xref)
    return bytes(out)


PAGES = [b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 9 9] >>"]
LOOPS = {
    **{shape: (lambda s=shape: _pike(s)) for shape in (
        "name tree lists itself", "name tree shared 2^40 times", "page tree holds its root",
        "outline item is its own next", "outline item is its own child", "page parents loop",
        "form field is its own kid")},
    "xref /Prev points at itself": lambda: _raw([b"<< /Type /Catalog /Pages 2 0 R >>", *PAGES], prev_self=True),
    "references resolve to each other": lambda: _raw(
        [b"<< /Type /Catalog /Pages 2 0 R /Names 4 0 R >>", *PAGES, b"5 0 R", b"4 0 R"]),
    "arrays nested 100,000 deep": lambda: _raw(
        [b"<< /Type /Catalog /Pages 2 0 R /X " + b"[" * 100_000 + b"]" * 100_000 + b" >>", *PAGES]),
}


@pytest.mark.parametrize("shape", list(LOOPS))
def test_a_looping_pdf_is_refused_not_followed(shape):
    result = _check(LOOPS[shape]())
    assert result.exit_code == EXIT_UNUSABLE, (shape, result.as_dict())


def _update(data: bytes, change) -> bytes:
    writer = IncrementalPdfFileWriter(BytesIO(data))
    change(writer)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def _loop_name_tree(w):
    node = generic.DictionaryObject()
    ref = w.add_object(node)
    node["/Kids"] = generic.ArrayObject([ref] * 4)
    names = w.root["/Names"]
    names["/EmbeddedFiles"] = ref
    w.update_container(names)


def _loop_page_tree(w):
    pages = w.root["/Pages"]
    pages["/Kids"].append(w.root.raw_get("/Pages"))
    w.update_container(pages)


@pytest.mark.parametrize("change", [_loop_name_tree, _loop_page_tree], ids=["name tree", "page tree"])
def test_a_loop_added_after_signing_is_refused(signed, cat, change):
    result = _check(_update(signed, change), cat)
    assert result.exit_code == EXIT_INVALID and not result.valid, result.as_dict()
    assert result.problem == "tampered" and "malformed update" in result.changes[0] and "loop" in result.changes[0]
    assert result.signer["name"] == "Jürgen Weiß"


# -- what changed after signing --------------------------------------------------------------------------
def _title_in_place(w):
    info = w.trailer["/Info"]
    info["/Title"] = generic.TextStringObject("Forged conclusions")
    w.update_container(info)


def _raw_update(data: bytes, new_info: bool = False, xmp_title: bool = False) -> bytes:
    """A hand-written incremental update (classic xref section), as a forger's script would write it: a new
    /Info dictionary, or a new XMP stream with a title and a catalog pointing at it."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(BytesIO(data))
    size = int(reader.trailer_view["/Size"])
    root_ref = reader.trailer_view.raw_get("/Root")
    info_num = reader.trailer_view.raw_get("/Info").idnum
    start = data.rindex(b"startxref")
    prev = int(data[start + 9:].split()[0])
    objects: dict[int, bytes] = {}
    if new_info:
        objects[size] = b"<< /Title (Forged) /Author (Mallory) >>"
        info_num = size
    if xmp_title:
        xmp = (b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
               b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" '
               b'xmlns:dc="http://purl.org/dc/elements/1.1/" dc:title="Forged"/></rdf:RDF></x:xmpmeta>'
               b'<?xpacket end="r"?>')
        objects[size] = b"<< /Type /Metadata /Subtype /XML /Length %d >>\nstream\n%s\nendstream" % (len(xmp), xmp)
        root = generic.DictionaryObject({k: reader.root.raw_get(k) for k in reader.root})
        root[N("/Metadata")] = generic.IndirectObject(size, 0, reader)
        buf = BytesIO()
        root.write_to_stream(buf)
        objects[root_ref.idnum] = buf.getvalue()
    out = bytearray(data)
    offsets = {}
    for num, body in objects.items():
        offsets[num] = len(out) + 1
        out += b"\n%d 0 obj\n%s\nendobj\n" % (num, body)
    xref_at = len(out)
    out += b"xref\n"
    for num in sorted(offsets):
        out += b"%d 1\n%010d 00000 n \n" % (num, offsets[num])
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n"
            % (size + 1, root_ref.idnum, info_num, prev, xref_at))
    return bytes(out)


def _attachment(w):
    from pyhanko.pdf_utils.embed import EmbeddedFileObject, FileSpec, embed_file

    stream = EmbeddedFileObject.from_file_data(w, b"malware", mime_type="application/octet-stream")
    embed_file(w, FileSpec(file_spec_string="invoice.exe", file_name="invoice.exe", embedded_data=stream))


def _javascript(w):
    action = generic.DictionaryObject({N("/S"): N("/JavaScript"), N("/JS"): generic.TextStringObject("app.alert(1)")})
    w.root["/OpenAction"] = w.add_object(action)
    w.update_root()


def _annotation(w):
    page = w.root["/Pages"]["/Kids"][0].get_object()
    annot = generic.DictionaryObject({N("/Type"): N("/Annot"), N("/Subtype"): N("/Text"),
                                      N("/Rect"): generic.ArrayObject([generic.NumberObject(x) for x in (9, 9, 99, 99)]),
                                      N("/Contents"): generic.TextStringObject("approved")})
    annots = page.get("/Annots", generic.ArrayObject())
    annots.append(w.add_object(annot))
    page["/Annots"] = annots
    w.update_container(page)


def _draw(w):
    stream = generic.StreamObject(stream_data=b"q 1 0 0 rg 72 400 300 80 re f Q")
    w.add_stream_to_page(0, w.add_object(stream))


TAMPERING = {
    "bytes appended": (lambda d: d + b"appended after the signature\n", "bytes appended"),
    "bytes and a %%EOF appended": (lambda d: d + b"hidden text\n%%EOF\n", "bytes appended"),
    "title edited in place": (lambda d: _update(d, _title_in_place), "metadata"),
    "title added to the XMP metadata": (lambda d: _raw_update(d, xmp_title=True), "metadata (XMP)"),
    "hand-written /Info update": (lambda d: _raw_update(d, new_info=True), "metadata"),
    "attachment added": (lambda d: _update(d, _attachment), "attachments"),
    "JavaScript on opening": (lambda d: _update(d, _javascript), "actions"),
    "annotation added": (lambda d: _update(d, _annotation), "annotations"),
    "content drawn on a page": (lambda d: _update(d, _draw), "pages"),
}


@pytest.mark.parametrize("shape", list(TAMPERING))
def test_every_change_after_signing_is_refused_and_named(signed, cat, shape):
    craft, named = TAMPERING[shape]
    result = _check(craft(signed), cat)
    assert result.exit_code == EXIT_INVALID, (shape, result.as_dict())
    assert result.problem == "tampered" and any(named in c for c in result.changes), result.changes
    assert named in result.message()


def _tsa():
    from asn1crypto import keys as akeys
    from asn1crypto import x509 as ax509
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = dt.datetime.now(dt.UTC)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test TSA")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1).not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=9))
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
            .sign(key, hashes.SHA256()))
    der_key = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return DummyTimeStamper(tsa_cert=ax509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
                            tsa_key=akeys.PrivateKeyInfo.load(der_key))


def test_validation_data_and_a_document_timestamp_keep_the_report_valid(signed, cat):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import signers
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    sig = PdfFileReader(BytesIO(signed)).embedded_regular_signatures[0]
    buf = BytesIO(signed)
    DocumentSecurityStore.add_dss(output_stream=buf, sig_contents=sig.pkcs7_content, certs=[sig.signer_cert])
    with_dss = buf.getvalue()
    result = _check(with_dss, cat)
    assert result.exit_code == EXIT_VALID, result.as_dict()
    assert result.modified_after_signing is True and result.changes == []

    out = BytesIO()
    signers.PdfTimeStamper(_tsa()).timestamp_pdf(IncrementalPdfFileWriter(BytesIO(with_dss)), md_algorithm="sha256",
                                                 output=out)
    result = _check(out.getvalue(), cat)
    assert result.exit_code == EXIT_VALID, result.as_dict()


# -- certificate, reproduction --------------------------------------------------------------------------
def _bent_certificates(tmp: Path) -> dict[str, Path]:
    now = dt.datetime.now(dt.UTC)
    return {
        "expired": _p12(tmp, "Old Key", not_before=now - dt.timedelta(days=400), not_after=now - dt.timedelta(days=1)),
        "not yet valid": _p12(tmp, "Early Key", not_before=now + dt.timedelta(days=2),
                              not_after=now + dt.timedelta(days=400)),
        "no signing key usage": _p12(tmp, "Wrong Key", usage=dict(digital_signature=False, content_commitment=False,
                                                                  key_encipherment=True)),
        "no key usage at all": _p12(tmp, "Bare Key", usage=None),
    }


def test_a_certificate_unusable_at_signing_time_makes_the_report_invalid(tmp_path, catalog, cat):
    for shape, p12 in _bent_certificates(tmp_path).items():
        result = _check(_sign(catalog, p12), cat)
        assert result.exit_code == EXIT_INVALID, (shape, result.as_dict())
        assert result.problem == "cert_invalid" and result.details, shape


def test_report_refuses_an_identity_it_cannot_sign_with(tmp_path, cli):
    (tmp_path / "pass.txt").write_bytes(PASS + b"\n")
    for shape, p12 in _bent_certificates(tmp_path).items():
        out = tmp_path / f"{shape}.pdf"
        code, _, err = cli("report", str(SAMPLE), "-o", str(out), "--identity", str(p12),
                           "--passphrase-file", str(tmp_path / "pass.txt"))
        assert code == 2 and not out.exists(), (shape, err)
        assert "error:" in err and "Traceback" not in err


def test_an_assessment_that_does_not_reproduce_under_its_own_knowledge_version_is_invalid(catalog, keys, cat):
    def edit(attachment):
        cand = attachment["assessment"]["use_cases"][0]["candidates"][0]
        cand["cost"]["monthly_total"] = float(cand["cost"]["monthly_total"]) / 3

    result = _check(_sign(catalog, keys["good"], edit), cat)
    assert result.exit_code == EXIT_INVALID and result.problem == "not_reproduced", result.as_dict()
    assert result.reproduction["same"] is False


# -- trusted signers -------------------------------------------------------------------------------------
def test_trusted_signer_and_look_alike_are_told_apart(tmp_path, catalog, keys, cli):
    (tmp_path / "pass.txt").write_bytes(PASS + b"\n")
    genuine, twin = tmp_path / "genuine.pdf", tmp_path / "twin.pdf"
    genuine.write_bytes(_sign(catalog, keys["good"]))
    twin.write_bytes(_sign(catalog, keys["twin"]))

    code, out, err = cli("verify", str(genuine), "--json")
    assert code == 0 and "trusted_signer" not in json.loads(out)["message"]
    code, out, err = cli("identity", "trust", str(keys["good"]), "--passphrase-file", str(tmp_path / "pass.txt"))
    assert code == 0, err
    code, out, _ = cli("identity", "trust", str(genuine))  # a signed report trusts its signer: already there
    assert code == 0 and "already trusted" in out
    from desktop.report.trust import trust_file

    assert trust_file().stat().st_mode & 0o777 == 0o600

    code, out, _ = cli("verify", str(genuine), "--json")
    data = json.loads(out)
    assert code == 0 and data["signer"]["trusted_signer"] is True
    assert "signed by Jürgen Weiß (trusted)" in data["message"]

    code, out, _ = cli("verify", str(twin), "--json")
    data = json.loads(out)
    assert data["signer"]["trusted_signer"] is False and data["signer"]["lookalike_of"] == "Jürgen Weiß"
    assert "different, untrusted signer" in data["message"] and "(trusted)" not in data["message"]
    code, out, _ = cli("verify", str(twin))
    assert "NOT the trusted signer" in out

    fp = data["signer"]["fingerprint_sha256"]
    assert cli("verify", str(twin), "--expect-fingerprint", fp.replace(":", "").lower())[0] == 0
    code, out, _ = cli("verify", str(genuine), "--expect-fingerprint", fp, "--json")
    assert code == 1 and json.loads(out)["problem"] == "unexpected_signer"
    assert cli("verify", str(genuine), "--expect-fingerprint", "12:34")[0] == 2


def test_a_damaged_trusted_signers_list_is_set_aside(tmp_path, signed, cli):
    from desktop.report.trust import trust_file

    path = trust_file()
    path.write_text('{"signers": "everyone"}', encoding="utf-8")
    (tmp_path / "r.pdf").write_bytes(signed)
    code, out, err = cli("identity", "trusted")
    assert code == 0 and "moved aside" in err and "Traceback" not in err
    assert list(path.parent.glob("trusted-signers.json.damaged-*"))


def test_the_verify_dialog_shows_trust_and_what_changed(qtbot, signed, cat):
    from desktop.report.verify import Verification
    from desktop.ui.report.verify_dialog import VerifyDialog

    dialog = VerifyDialog(cat, "en")
    qtbot.addWidget(dialog)
    result = _check(signed + b"junk\n", cat)
    dialog.show_result(result)
    assert dialog.status.text().startswith("✗ Invalid") and "bytes appended" in dialog.status.text()
    looks = Verification(file="x.pdf", signed=True, valid=True, intact=True,
                         signer={"name": "Jürgen Weiß", "organisation": "", "issuer": "", "self_signed": True,
                                 "fingerprint_sha256": "AB", "trusted": False, "trusted_signer": False,
                                 "lookalike_of": "Jürgen Weiß"})
    dialog.show_result(looks)
    assert "different, untrusted signer" in dialog.status.text()
    assert "NOT your trusted signer" in dialog.fields["issuer"].text()
    looks.signer |= {"trusted_signer": True, "lookalike_of": None}
    dialog.show_result(looks)
    assert "(trusted)" in dialog.status.text()
    dialog.show_result(_check(LOOPS["name tree lists itself"](), cat))
    assert "malformed" in dialog.status.text()


def test_an_attachment_that_inflates_to_gigabytes_is_refused_unread(cat):
    """40 MiB of zeros deflate to ~40 KiB: the attachment is refused before it is inflated."""
    import zlib

    from pyhanko.pdf_utils.embed import EmbeddedFileObject, FileSpec, embed_file

    writer = IncrementalPdfFileWriter(BytesIO(_tiny_pdf()))
    bomb = zlib.compress(b"\0" * (40 * 1024 * 1024), 9)
    stream = EmbeddedFileObject(writer, dict_data={N("/Filter"): N("/FlateDecode")}, encoded_data=bomb)
    embed_file(writer, FileSpec(file_spec_string="assessment.json", file_name="assessment.json",
                                embedded_data=stream))
    out = BytesIO()
    writer.write(out)
    result = _check(out.getvalue(), cat)
    assert result.exit_code == EXIT_UNUSABLE and "unpacks to more than" in result.attachment.get("error", "")


def test_the_verify_dialog_can_trust_the_signer(qtbot, tmp_path, signed, cat):
    from desktop.ui.report.verify_dialog import VerifyDialog

    path = tmp_path / "report.pdf"
    path.write_bytes(signed)
    dialog = VerifyDialog(cat, "en")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.verified, timeout=60_000):
        dialog.verify_path(path)
    assert dialog.trust_button.isVisibleTo(dialog) and "(trusted)" not in dialog.status.text()
    with qtbot.waitSignal(dialog.verified, timeout=60_000):
        assert dialog.trust_signer()
    assert "(trusted)" in dialog.status.text() and not dialog.trust_button.isVisibleTo(dialog)

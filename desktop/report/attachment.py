"""The assessment inside the report: portfolio, results and knowledge base version as a JSON attachment.

It is embedded before signing, so the signature covers it; `verify` reads it back and re-runs it.
"""

from __future__ import annotations

import datetime as dt
import json

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.embed import EmbeddedFileObject, EmbeddedFileParams, FileSpec, embed_file

ATTACHMENT_NAME = "assessment.json"
FORMAT = "model-strategy-studio/report-attachment"
VERSION = 1
MAX_ATTACHMENT_BYTES = 32 * 1024 * 1024  # decoded size is checked again after decoding


class AttachmentError(ValueError):
    """An attachment that is there but cannot be used (not JSON, another format, a newer version)."""


def build_attachment(portfolio, assessment, knowledge_base_version: str, generated: dt.datetime) -> dict:
    return {
        "format": FORMAT,
        "version": VERSION,
        "portfolio": portfolio.model_dump(mode="json"),
        "assessment": assessment.model_dump(mode="json"),
        "knowledge_base_version": knowledge_base_version,
        "generated": generated.isoformat(),
    }


def encode(attachment: dict) -> bytes:
    return json.dumps(attachment, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def embed_attachment(writer, data: bytes, generated: dt.datetime | None = None) -> None:
    """Add `data` as the document-level embedded file assessment.json to a pyHanko writer."""
    stream = EmbeddedFileObject.from_file_data(
        writer, data, mime_type="application/json",
        params=EmbeddedFileParams(creation_date=generated, modification_date=generated),
    )
    embed_file(writer, FileSpec(
        file_spec_string=ATTACHMENT_NAME, file_name=ATTACHMENT_NAME, embedded_data=stream,
        description="Model Strategy Studio: portfolio, assessment and knowledge base version (JSON)",
    ))


def embedded_files(reader) -> dict[str, bytes]:
    """Every document-level embedded file of a pyHanko reader: name -> bytes."""
    try:
        tree = reader.root["/Names"]["/EmbeddedFiles"]
    except KeyError:
        return {}
    from .structure import StructureError, bounded_data, name_tree_items

    out = {}
    for name, spec in name_tree_items(tree, "attachment name tree"):
        spec = spec.get_object()
        if not isinstance(spec, generic.DictionaryObject):
            continue
        ef = spec.get("/EF")
        if ef is None:
            continue
        ef = ef.get_object()
        stream = ef.get("/UF", ef.get("/F"))
        if stream is None:
            continue
        key = name.original_bytes.decode("latin-1") if hasattr(name, "original_bytes") else str(name)
        stream = stream.get_object()
        if not isinstance(stream, generic.StreamObject):
            continue
        try:
            out[str(spec.get("/UF", key))] = bounded_data(stream, MAX_ATTACHMENT_BYTES, "attachment")
        except StructureError as exc:
            raise AttachmentError(str(exc)) from None
    return out


def read_attachment(reader) -> dict | None:
    """The decoded attachment, None when the PDF has none (not one of ours)."""
    data = embedded_files(reader).get(ATTACHMENT_NAME)
    if data is None:
        return None
    return decode(data)


def decode(data: bytes) -> dict:
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise AttachmentError(f"{ATTACHMENT_NAME} is larger than {MAX_ATTACHMENT_BYTES // 2**20} MiB")
    try:
        attachment = json.loads(data.decode("utf-8"))
    except RecursionError:
        raise AttachmentError(f"{ATTACHMENT_NAME} is nested too deeply") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AttachmentError(f"{ATTACHMENT_NAME} is not valid JSON ({exc})") from None
    if not isinstance(attachment, dict) or attachment.get("format") != FORMAT:
        raise AttachmentError(f"{ATTACHMENT_NAME} is not a Model Strategy Studio attachment")
    version = attachment.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise AttachmentError(f"{ATTACHMENT_NAME} has version {version!r}; this app reads up to {VERSION}")
    return attachment

"""Read a PDF's structure without trusting it: every walk has a visited set and a budget, so a file whose
trees point at themselves (page tree, name tree, outlines, parent chains, fields) is reported, not followed
forever. On top of that, `changes_after` compares the signed revision with the final one and names what
a later update changed (metadata, pages, annotations, attachments, JavaScript, catalog entries).
"""

from __future__ import annotations

import hashlib
import re

from pyhanko.pdf_utils import generic

MAX_NODES = 200_000  # objects visited in one walk: a real report has a few hundred
MAX_DEPTH = 64  # nesting of trees (page tree, name tree, field tree) and of /Parent chains
MAX_OUTLINE_ITEMS = 10_000


class StructureError(ValueError):
    """The PDF's structure loops or is too large to check; the message says where."""


def _resolve(obj, res=None):
    """Follow a reference in the given revision (a historical resolver); references inside an object read
    from an older revision would otherwise resolve against the newest one."""
    if isinstance(obj, generic.IndirectObject):
        return res.get_object(obj.reference) if res is not None else obj.get_object()
    return obj


def _ref_key(obj):
    if isinstance(obj, generic.IndirectObject):
        return obj.idnum, obj.generation
    return None


class _Budget:
    def __init__(self, limit: int = MAX_NODES):
        self.left = limit

    def spend(self, where: str) -> None:
        self.left -= 1
        if self.left < 0:
            raise StructureError(f"the {where} is too large to check (more than {MAX_NODES} objects)")


def _tree_nodes(root_ref, where: str, budget: _Budget, kids_key: str = "/Kids", res=None):
    """Every node of a tree linked by /Kids, each once; a node met twice is a loop (or a shared subtree,
    which no valid PDF has in these trees)."""
    seen: set = set()
    stack = [(root_ref, 0)]
    while stack:
        ref, depth = stack.pop()
        budget.spend(where)
        if depth > MAX_DEPTH:
            raise StructureError(f"the {where} is nested more than {MAX_DEPTH} levels deep")
        key = _ref_key(ref)
        if key is not None:
            if key in seen:
                raise StructureError(f"the {where} contains a loop (object {key[0]} appears twice)")
            seen.add(key)
        node = _resolve(ref, res)
        if not isinstance(node, generic.DictionaryObject):
            continue
        yield node
        kids = _resolve(node.raw_get(kids_key), res) if kids_key in node else None
        if isinstance(kids, generic.ArrayObject):
            if len(kids) > MAX_NODES:
                raise StructureError(f"the {where} has too many entries")
            for kid in reversed(kids):
                stack.append((kid, depth + 1))


def name_tree_items(tree_ref, where: str = "name tree", budget: _Budget | None = None, res=None):
    """(name, value) pairs of a PDF name tree, cycle-safe."""
    budget = budget or _Budget()
    for node in _tree_nodes(tree_ref, where, budget, res=res):
        names = _resolve(node.raw_get("/Names"), res) if "/Names" in node else None
        if isinstance(names, generic.ArrayObject):
            for i in range(0, len(names) - 1, 2):
                budget.spend(where)
                yield names[i], names[i + 1]


def pages(resolver, budget: _Budget | None = None) -> list:
    """The leaf pages of a revision's page tree, in order; StructureError on a loop."""
    budget = budget or _Budget()
    root = resolver.root
    if "/Pages" not in root:
        return []
    out = []
    for node in _tree_nodes(root.raw_get("/Pages"), "page tree", budget, res=resolver):
        if "/Kids" not in node:
            out.append(node)
    return out


def _check_parent_chain(node, budget: _Budget, res=None) -> None:
    seen: set = set()
    raw = node.raw_get("/Parent") if "/Parent" in node else None
    for _ in range(MAX_DEPTH + 1):
        if raw is None:
            return
        budget.spend("page tree")
        key = _ref_key(raw)
        if key is not None:
            if key in seen:
                raise StructureError(f"a page's /Parent chain loops (object {key[0]})")
            seen.add(key)
        parent = _resolve(raw, res)
        if not isinstance(parent, generic.DictionaryObject):
            return
        raw = parent.raw_get("/Parent") if "/Parent" in parent else None
    raise StructureError(f"a page's /Parent chain is longer than {MAX_DEPTH}")


def _check_outlines(root, budget: _Budget, res=None) -> None:
    outlines = _resolve(root.raw_get("/Outlines"), res) if "/Outlines" in root else None
    if not isinstance(outlines, generic.DictionaryObject):
        return
    seen: set = set()
    stack = [(outlines.raw_get("/First") if "/First" in outlines else None, 0)]
    while stack:
        raw, depth = stack.pop()
        while raw is not None:
            budget.spend("outline")
            if depth > MAX_DEPTH or len(seen) > MAX_OUTLINE_ITEMS:
                raise StructureError("the outline (bookmarks) is too large or too deep")
            key = _ref_key(raw)
            if key is not None:
                if key in seen:
                    raise StructureError(f"the outline (bookmarks) contains a loop (object {key[0]})")
                seen.add(key)
            item = _resolve(raw, res)
            if not isinstance(item, generic.DictionaryObject):
                break
            if "/First" in item:
                stack.append((item.raw_get("/First"), depth + 1))
            raw = item.raw_get("/Next") if "/Next" in item else None


def check(resolver, res=None) -> None:
    """Walk every tree a viewer or pyHanko would walk in this revision; StructureError on a loop.
    `resolver` is a reader or a historical resolver; `res` resolves references (None: the newest)."""
    budget = _Budget()
    root = resolver.root
    for page in pages(resolver, budget):
        _check_parent_chain(page, budget, res)
    names = _resolve(root.raw_get("/Names"), res) if "/Names" in root else None
    if isinstance(names, generic.DictionaryObject):
        for key in list(names.keys()):
            for _item in name_tree_items(names.raw_get(key), f"name tree {key}", budget, res):
                pass
    _check_outlines(root, budget, res)
    form = _resolve(root.raw_get("/AcroForm"), res) if "/AcroForm" in root else None
    if isinstance(form, generic.DictionaryObject) and "/Fields" in form:
        fields = _resolve(form.raw_get("/Fields"), res)
        if isinstance(fields, generic.ArrayObject):
            for field in fields:
                for _node in _tree_nodes(field, "form field tree", budget, res=res):
                    pass


# -- what changed after signing --------------------------------------------------------------------
class _Digest:
    """Content digests of PDF objects, following references with a memo (a shared object is hashed once,
    so a DAG cannot blow up) and marking a reference met again on the current path as a loop."""

    def __init__(self, budget: _Budget, res, skip_keys: frozenset[str] = frozenset({"/Parent", "/P"})):
        self.budget = budget
        self.res = res
        self.memo: dict = {}
        self.skip = skip_keys

    def of(self, obj, depth: int = 0) -> str:
        self.budget.spend("document")
        if depth > 2 * MAX_DEPTH:
            raise StructureError("an object is nested too deeply")
        key = _ref_key(obj)
        if key is not None:
            if key in self.memo:
                return self.memo[key] or f"loop:{key[0]}"
            self.memo[key] = None  # in progress
            value = self.of(_resolve(obj, self.res), depth + 1)
            self.memo[key] = value
            return value
        h = hashlib.sha256()
        if isinstance(obj, generic.StreamObject):
            h.update(b"stream")
            h.update(hashlib.sha256(obj.encoded_data or b"").digest())
            h.update(self._dict(obj, depth).encode())
        elif isinstance(obj, generic.DictionaryObject):
            h.update(b"dict" + self._dict(obj, depth).encode())
        elif isinstance(obj, generic.ArrayObject):
            h.update(b"array")
            for item in obj:
                h.update(self.of(item, depth + 1).encode())
        else:
            h.update(type(obj).__name__.encode() + repr(obj).encode("utf-8", "backslashreplace"))
        return h.hexdigest()

    def _dict(self, obj, depth: int) -> str:
        parts = []
        for k in sorted(obj.keys()):
            if k in self.skip:
                continue
            parts.append(f"{k}={self.of(obj.raw_get(k), depth + 1)}")
        return ";".join(parts)


ROOT_KEYS_ALLOWED = {"/DSS", "/Extensions", "/AcroForm", "/Pages", "/Names", "/Metadata"}  # last four: below
ROOT_KEY_KIND = {
    "/Metadata": "metadata (XMP)",
    "/OpenAction": "actions (JavaScript or links run on opening)",
    "/AA": "actions (JavaScript or links run on opening)",
    "/Outlines": "bookmarks",
}
NAMES_KIND = {"/EmbeddedFiles": "attachments", "/JavaScript": "JavaScript"}


_XMP_STAMPS = re.compile(
    rb'\s(?:xmp:ModifyDate|xmp:MetadataDate|pdf:Producer)="[^"]*"'
    rb'|<(xmp:ModifyDate|xmp:MetadataDate|pdf:Producer)>[^<]*</(?:xmp:ModifyDate|xmp:MetadataDate|pdf:Producer)>')


def bounded_data(stream, limit: int, what: str) -> bytes:
    """A stream's decoded bytes, refusing to inflate beyond `limit`: a few KiB of deflate data can unpack
    to gigabytes. Only no filter or FlateDecode (what this app writes) is decoded."""
    import zlib

    filters = stream.get("/Filter")
    if isinstance(filters, generic.ArrayObject):
        filters = list(filters)
    elif filters is not None:
        filters = [filters]
    raw = stream.encoded_data or b""
    if not filters:
        if len(raw) > limit:
            raise StructureError(f"the {what} is larger than {limit // 2**20} MiB")
        return raw
    if [str(f) for f in filters] != ["/FlateDecode"] or "/DecodeParms" in stream:
        raise StructureError(f"the {what} uses a filter this app does not write ({filters})")
    inflater = zlib.decompressobj()
    try:
        data = inflater.decompress(raw, limit + 1)
    except zlib.error as exc:
        raise StructureError(f"the {what} is damaged ({exc})") from None
    if len(data) > limit or inflater.unconsumed_tail:
        raise StructureError(f"the {what} unpacks to more than {limit // 2**20} MiB")
    return data


def _xmp(root, res) -> bytes | None:
    """The XMP metadata without the modification date and producer a later writer updates."""
    if "/Metadata" not in root:
        return None
    stream = _resolve(root.raw_get("/Metadata"), res)
    if not isinstance(stream, generic.StreamObject):
        return repr(stream).encode()
    return _XMP_STAMPS.sub(b"", bounded_data(stream, 4 * 1024 * 1024, "XMP metadata"))


def _is_doc_timestamp_widget(annot, res) -> bool:
    """A signature field whose value is a document timestamp: validation data, allowed after signing."""
    if not isinstance(annot, generic.DictionaryObject):
        return False
    field = annot
    if "/FT" not in field and "/Parent" in field:
        field = _resolve(field.raw_get("/Parent"), res)
    try:
        if field.get("/FT") != "/Sig":
            return False
        value = _resolve(field.raw_get("/V"), res) if "/V" in field else None
        return isinstance(value, generic.DictionaryObject) and value.get("/Type") == "/DocTimeStamp"
    except (KeyError, AttributeError, TypeError):
        return False


def _annotations(page, digest: _Digest) -> tuple[list[str], list]:
    annots = _resolve(page.raw_get("/Annots"), digest.res) if "/Annots" in page else None
    if not isinstance(annots, generic.ArrayObject):
        return [], []
    return [digest.of(a) for a in annots], [_resolve(a, digest.res) for a in annots]


def changes_after(reader, signed_revision: int) -> list[str]:
    """What the final revision changed relative to the signed one, in words; [] when only signatures or
    validation data (DSS/VRI, document timestamps) were added. Raises StructureError on a malformed file."""
    last = reader.xrefs.total_revisions - 1
    if signed_revision >= last:
        return []
    before = reader.get_historical_resolver(signed_revision)
    after = reader.get_historical_resolver(last)
    budget = _Budget(4 * MAX_NODES)
    d_before, d_after = _Digest(budget, before), _Digest(budget, after)
    found: list[str] = []
    root_b, root_a = before.root, after.root

    def add(kind: str) -> None:
        if kind not in found:
            found.append(kind)

    # document information dictionary (title, author, …)
    info_b = before.trailer_view.raw_get("/Info") if "/Info" in before.trailer_view else None
    info_a = after.trailer_view.raw_get("/Info") if "/Info" in after.trailer_view else None
    # A later writer (pyHanko adding validation data, too) moves the modification date and producer;
    # anything else in the metadata, a title or an author, is a change a reader sees.
    stamps = frozenset({"/ModDate", "/Producer"})
    if (info_b is None) != (info_a is None) or (info_b is not None and _Digest(budget, before, stamps).of(info_b)
                                                != _Digest(budget, after, stamps).of(info_a)):
        add("metadata (document information: title, author, …)")
    if _xmp(root_b, before) != _xmp(after.root, after):
        add("metadata (XMP)")

    for key in sorted(set(root_b.keys()) | set(root_a.keys())):
        if key in ROOT_KEYS_ALLOWED:
            continue
        vb = d_before.of(root_b.raw_get(key)) if key in root_b else None
        va = d_after.of(root_a.raw_get(key)) if key in root_a else None
        if vb != va:
            add(ROOT_KEY_KIND.get(key, f"document catalog entry {key}"))

    names_b = _resolve(root_b.raw_get("/Names"), before) if "/Names" in root_b else generic.DictionaryObject()
    names_a = _resolve(root_a.raw_get("/Names"), after) if "/Names" in root_a else generic.DictionaryObject()
    for key in sorted(set(names_b.keys()) | set(names_a.keys())):
        vb = d_before.of(names_b.raw_get(key)) if key in names_b else None
        va = d_after.of(names_a.raw_get(key)) if key in names_a else None
        if vb != va:
            add(NAMES_KIND.get(key, f"names ({key})"))

    pages_b, pages_a = pages(before, budget), pages(after, budget)
    if len(pages_b) != len(pages_a):
        add("pages (added or removed)")
    page_digest_b = _Digest(budget, before, frozenset({"/Parent", "/P", "/Annots"}))
    page_digest_a = _Digest(budget, after, frozenset({"/Parent", "/P", "/Annots"}))
    for pb, pa in zip(pages_b, pages_a, strict=False):
        if page_digest_b.of(pb) != page_digest_a.of(pa):
            add("pages (content or resources)")
        ab, _ = _annotations(pb, d_before)
        aa, objs = _annotations(pa, d_after)
        kept = [x for x, obj in zip(aa, objs, strict=True) if x in ab or not _is_doc_timestamp_widget(obj, after)]
        if kept != ab:
            add("annotations")

    form_b = _resolve(root_b.raw_get("/AcroForm"), before) if "/AcroForm" in root_b else generic.DictionaryObject()
    form_a = _resolve(root_a.raw_get("/AcroForm"), after) if "/AcroForm" in root_a else generic.DictionaryObject()
    for key in sorted(set(form_b.keys()) | set(form_a.keys())):
        if key in ("/Fields", "/SigFlags"):
            continue
        vb = d_before.of(form_b.raw_get(key)) if key in form_b else None
        va = d_after.of(form_a.raw_get(key)) if key in form_a else None
        if vb != va:
            add("form fields")
    fields_b = _resolve(form_b.raw_get("/Fields"), before) if "/Fields" in form_b else generic.ArrayObject()
    fields_a = _resolve(form_a.raw_get("/Fields"), after) if "/Fields" in form_a else generic.ArrayObject()
    fb = [d_before.of(f) for f in fields_b] if isinstance(fields_b, generic.ArrayObject) else []
    fa = ([(d_after.of(f), _resolve(f, after)) for f in fields_a] if isinstance(fields_a, generic.ArrayObject) else [])
    if [x for x, obj in fa if x in fb or not _is_doc_timestamp_widget(obj, after)] != fb:
        add("form fields")
    return found

"""Name a license from its text: normalised word shingles compared with the texts we know.

File names and headings are not trusted (anyone can call a file LICENSE-APACHE); the words are.
Each reference text is shipped as a fingerprint (the hashed 5-word shingles of its normalised text,
resources/license_fingerprints/*.json), read from the publisher's own repository. A text that matches
one reference almost exactly is identified; a close but changed text, or one we do not know, needs a
human: the passages that differ from the closest reference are returned for review.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from desktop.knowledge.sources import RESOURCES

FINGERPRINT_DIR = RESOURCES / "license_fingerprints"
SHINGLE = 5
# A text is identified only when it adds no word sequence the reference lacks (one changed word in a
# long license can change its meaning) and keeps almost all of it (copies often drop Apache's appendix).
MAX_MISSING = 0.15
# At or above CLOSE the text is a changed copy of the reference: worth naming, never trusted.
CLOSE = 0.5

# Copyright lines name the holder and year, which legitimately differ between copies.
_COPYRIGHT = re.compile(r"^\s*(copyright|\(c\)|©).*$", re.IGNORECASE | re.MULTILINE)
_WORD = re.compile(r"[a-z0-9]+")


class Fingerprint(BaseModel):
    """The shipped form of one reference text."""

    model_config = ConfigDict(frozen=True)

    license_id: str
    title: str
    source: str = Field(description="URL of the text the fingerprint was made from")
    words: int
    shingles: list[str] = Field(description="hex of the first 8 bytes of SHA-256 of each shingle")


class LicenseMatch(BaseModel):
    """What the text comparison found, and how sure it is."""

    model_config = ConfigDict(frozen=True)

    status: str = Field(description="identified | needs_review | no_text")
    license_id: str | None = Field(default=None, description="set only when identified")
    closest: str | None = Field(default=None, description="the reference text the file is nearest to")
    similarity: float = Field(default=0.0, description="Jaccard similarity of the shingle sets, 0..1")
    confidence: float = Field(default=0.0, description="how sure the identification is, 0..1")
    missing_share: float = Field(default=0.0, description="share of the reference's shingles absent from the file")
    differing_passages: list[str] = Field(default_factory=list, description="file passages not in the reference")
    source: str | None = None


def words(text: str) -> list[str]:
    """Lower-case words with copyright lines, punctuation, markup and line breaks removed."""
    return _WORD.findall(_COPYRIGHT.sub(" ", text).lower())


def _hash(shingle: tuple[str, ...]) -> str:
    return hashlib.sha256(" ".join(shingle).encode()).hexdigest()[:16]


def shingles(tokens: list[str]) -> list[str]:
    if len(tokens) < SHINGLE:
        return [_hash(tuple(tokens))] if tokens else []
    return [_hash(tuple(tokens[i:i + SHINGLE])) for i in range(len(tokens) - SHINGLE + 1)]


def fingerprint(license_id: str, title: str, source: str, text: str) -> Fingerprint:
    tokens = words(text)
    return Fingerprint(license_id=license_id, title=title, source=source, words=len(tokens),
                       shingles=sorted(set(shingles(tokens))))


@lru_cache(maxsize=1)
def references(directory: Path = FINGERPRINT_DIR) -> tuple[Fingerprint, ...]:
    return tuple(Fingerprint.model_validate(json.loads(p.read_text(encoding="utf-8")))
                 for p in sorted(directory.glob("*.json")))


def match_text(text: str | None, refs: tuple[Fingerprint, ...] | None = None) -> LicenseMatch:
    refs = references() if refs is None else refs
    if not text or not text.strip():
        return LicenseMatch(status="no_text")
    tokens = words(text)
    mine = shingles(tokens)
    mine_set = set(mine)
    if not mine_set:
        return LicenseMatch(status="no_text")
    best, best_sim = None, 0.0
    for ref in refs:
        ref_set = set(ref.shingles)
        sim = len(mine_set & ref_set) / len(mine_set | ref_set)
        if sim > best_sim:
            best, best_sim = ref, sim
    if best is None or best_sim < CLOSE:
        return LicenseMatch(status="needs_review", similarity=round(best_sim, 3),
                            closest=best.license_id if best and best_sim > 0.1 else None,
                            differing_passages=[_excerpt(" ".join(tokens))])
    ref_set = set(best.shingles)
    missing = 1 - len(mine_set & ref_set) / len(ref_set)
    added = mine_set - ref_set
    if not added and missing <= MAX_MISSING:
        return LicenseMatch(status="identified", license_id=best.license_id, closest=best.license_id,
                            similarity=round(best_sim, 3), confidence=round(1 - missing, 3),
                            missing_share=round(missing, 3), source=best.source)
    return LicenseMatch(status="needs_review", closest=best.license_id, similarity=round(best_sim, 3),
                        confidence=0.0, missing_share=round(missing, 3), source=best.source,
                        differing_passages=_passages(tokens, mine, ref_set))


def _passages(tokens: list[str], mine: list[str], ref_set: set[str]) -> list[str]:
    """Runs of words covered by a shingle the reference lacks: what was added or changed."""
    flagged = [False] * len(tokens)
    for i, shingle in enumerate(mine):
        if shingle not in ref_set:
            for j in range(i, min(i + SHINGLE, len(tokens))):
                flagged[j] = True
    out, run = [], []
    for token, flag in zip(tokens, flagged, strict=True):
        if flag:
            run.append(token)
        elif run:
            out.append(" ".join(run))
            run = []
    if run:
        out.append(" ".join(run))
    return [_excerpt(p) for p in out[:20]]


def _excerpt(text: str, limit: int = 600) -> str:
    return text if len(text) <= limit else text[:limit] + " …"

"""Where a fact comes from: every knowledge record carries one."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Verification(str, Enum):
    """How far a fact was checked.

    primary: read in the publisher's own text (license file, config.json, data sheet, price page).
    secondary: read in a third-party copy, article or aggregator.
    unverified: believed, but no source was read to confirm it.
    """

    primary = "primary"
    secondary = "secondary"
    unverified = "unverified"


class Record(BaseModel):
    """Base of every knowledge record: an id plus its provenance."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    sources: list[str] = Field(min_length=1, description="URLs the facts were read in")
    as_of: dt.date
    verification: Verification
    note: str | None = Field(default=None, description="what was and was not checked")

    @field_validator("sources")
    @classmethod
    def _urls(cls, urls: list[str]) -> list[str]:
        for url in urls:
            if not url.startswith(("https://", "http://", "file:", "user:")):
                raise ValueError(f"source {url!r} is not a URL")
        return urls

    @property
    def source(self) -> str:
        return self.sources[0]

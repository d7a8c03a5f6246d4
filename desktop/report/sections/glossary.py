"""The glossary: the technical words the report uses (precisions, replicas, percentiles, PUE, PAdES …)."""

from __future__ import annotations

from ..document import Report
from ..markup import e as _e
from ..text import GLOSSARY


def render(rep: Report, number: str) -> list:
    t = rep.t
    story: list = [rep.heading(number, t("sec_glossary"), 0), rep.P(_e(t("glossary_intro")))]
    rows = [[_e(t("col_term")), _e(t("col_meaning"))]]
    for term, meanings in sorted(GLOSSARY.items(), key=lambda kv: kv[0].lower()):
        rows.append([f"<b>{_e(term)}</b>", _e(meanings[0 if t.lang == "en" else 1])])
    story.append(rep.table(rows, [0.2, 0.8]))
    return story

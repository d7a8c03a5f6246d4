"""The glossary: the technical words the report uses (precisions, replicas, percentiles, PUE, PAdES …).

The entries are the Help dialog's (desktop.i18n.help, resources/help), so the report and the app explain a
word the same way; the report prints those whose terms its wording or its assessment uses."""

from __future__ import annotations

from desktop.i18n.help import glossary, glossary_for

from ..document import Report
from ..markup import e as _e
from ..text import T

# Terms the report's fixed sections always use (the sensitivity tornado and percentiles, the assumptions' PUE,
# the signature's PAdES, the cost tables), whatever the portfolio.
ALWAYS = {"tornado", "percentiles", "pades", "pue", "tco", "capex", "switching_reserve", "replica", "break_even",
          "mxfp4", "q4_k_m", "dpa_short"}


def render(rep: Report, number: str) -> list:
    t = rep.t
    story: list = [rep.heading(number, t("sec_glossary"), 0), rep.P(_e(t("glossary_intro")))]
    # The engine's result, and the report's fixed wording; not the renderings of findings (dp_*), which
    # the result holds when they apply: a German manufacturer's report has no Swiss law to explain.
    words = rep.a.model_dump_json() + " " + " ".join(v[0 if t.lang == "en" else 1] for k, v in T.items()
                                                     if not k.startswith("dp_"))
    rows = [[_e(t("col_term")), _e(t("col_meaning"))]]
    used = {g.id for g in glossary_for(words, t.lang)} | ALWAYS
    for entry in sorted((g for g in glossary(t.lang) if g.id in used), key=lambda g: g.term.lower()):
        rows.append([f"<b>{_e(entry.term)}</b>", _e(entry.text)])
    story.append(rep.table(rows, [0.2, 0.8]))
    return story

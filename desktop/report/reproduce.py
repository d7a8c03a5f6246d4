"""Re-run a report's embedded assessment against the knowledge base at hand and say what differs."""

from __future__ import annotations

import datetime as dt
import json

from desktop.domain.portfolio_file import PortfolioError, parse_portfolio
from desktop.engine.assess import Catalog, assess_portfolio

COST_TOLERANCE = 0.005  # currency units: rounding noise, not a difference


def _verdict(candidate: dict) -> str:
    lic = candidate.get("license")
    return str(lic.get("verdict")) if isinstance(lic, dict) else "vendor terms"


def _index(assessment: dict) -> dict[str, dict]:
    return {str(uc.get("use_case")): uc for uc in assessment.get("use_cases", []) if isinstance(uc, dict)}


def _report_date(generated) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat(str(generated)).date()
    except ValueError:
        return None


def compare(before: dict, after: dict) -> list[dict]:
    """Verdicts, monthly costs and recommendations that differ between two assessments (JSON form)."""
    diffs: list[dict] = []

    def add(use_case, candidate, field, report, now):
        diffs.append({"use_case": use_case, "candidate": candidate, "field": field, "report": report, "now": now})

    old, new = _index(before), _index(after)
    for uc_id in list(dict.fromkeys([*old, *new])):
        a, b = old.get(uc_id), new.get(uc_id)
        if a is None or b is None:
            add(uc_id, None, "use_case", "present" if a else "absent", "present" if b else "absent")
            continue
        if a.get("recommended") != b.get("recommended"):
            add(uc_id, None, "recommended", a.get("recommended"), b.get("recommended"))
        ca = {c["candidate"]["id"]: c for c in a.get("candidates", [])}
        cb = {c["candidate"]["id"]: c for c in b.get("candidates", [])}
        for cand in list(dict.fromkeys([*ca, *cb])):
            x, y = ca.get(cand), cb.get(cand)
            if x is None or y is None:
                add(uc_id, cand, "candidate", "present" if x else "absent", "present" if y else "absent")
                continue
            if _verdict(x) != _verdict(y):
                add(uc_id, cand, "verdict", _verdict(x), _verdict(y))
            mx, my = x["cost"]["monthly_total"], y["cost"]["monthly_total"]
            if abs(float(mx) - float(my)) > COST_TOLERANCE:
                add(uc_id, cand, "monthly_cost", mx, my)
    if abs(float(before.get("total_monthly", 0)) - float(after.get("total_monthly", 0))) > COST_TOLERANCE:
        add(None, None, "total_monthly", before.get("total_monthly"), after.get("total_monthly"))
    return diffs


def reproduce(attachment: dict, catalog: Catalog) -> dict:
    """{same, knowledge_base_version_report, knowledge_base_version_now, differences, error}."""
    result: dict = {
        "same": None,
        "knowledge_base_version_report": attachment.get("knowledge_base_version"),
        "knowledge_base_version_now": catalog.version,
        "differences": [],
        "error": None,
    }
    try:
        portfolio = parse_portfolio(json.dumps(attachment.get("portfolio")), "embedded portfolio")
        now = assess_portfolio(portfolio, catalog, today=_report_date(attachment.get("generated")))
        embedded = attachment.get("assessment")
        if not isinstance(embedded, dict):
            raise PortfolioError("the embedded assessment is missing")
        result["differences"] = compare(embedded, now.model_dump(mode="json"))
    except (PortfolioError, KeyError, TypeError, ValueError) as exc:
        result["error"] = f"the embedded assessment cannot be re-run: {exc}"
        return result
    except Exception as exc:  # noqa: BLE001 - the embedded portfolio is untrusted input: never a traceback
        result["error"] = f"the embedded assessment cannot be re-run: {type(exc).__name__}"
        return result
    result["same"] = not result["differences"]
    return result

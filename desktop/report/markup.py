"""Escaping and links for reportlab's paragraph markup."""

from __future__ import annotations

from html import escape


def e(text) -> str:
    return escape(str(text), quote=False)


def link(url: str) -> str:
    u = e(url)
    if url.startswith(("http://", "https://")):
        return f'<a href="{escape(url)}" color="#1F3A5F">{u}</a>'
    return u


def link_text(template: str, url: str) -> str:
    """Escape a sentence and put a clickable URL where '{url}' stands."""
    head, _, tail = template.partition("{url}")
    return e(head) + (link(url) if url else "—") + e(tail)


def short_model(model_id: str | None) -> str:
    return (model_id or "").split("/")[-1]

"""The engine's EU AI Act answer in the report's wording, for views without tables (GUI preview, CLI text).

The PDF's AI Act section and these lines read the same AiActAssessment and word its messages the same
way: English straight from the knowledge base, another language where desktop.report.text has the
message id.
"""

from __future__ import annotations

from desktop.engine.ai_act import AiActAssessment, DutyFinding, Message

from .text import Text


def message_text(msg: Message, t: Text) -> str:
    return t(msg.id, **msg.params) if t.lang != "en" and t.has(msg.id) else msg.text


def duty_title(duty: DutyFinding, t: Text) -> str:
    return message_text(Message(id=f"{duty.message.id}_title", text=duty.title), t)


def ai_act_summary(result: AiActAssessment, lang: str = "en") -> list[str]:
    """Role, high-risk answer, every duty with its article, date and whether it applies yet, and the
    open questions: one line each."""
    t = Text(lang)
    why = "; ".join(dict.fromkeys(message_text(f.why, t) for f in result.roles
                                  if f.role == result.primary_role and f.certainty == "yes"))
    lines = [f"{t('col_role')}: {t(f'role_{result.primary_role}')} ({why})"]
    lines += [t("high_risk_maybe", why=t(f"role_{f.role}")) for f in result.roles if f.certainty == "possible"]
    if result.signals:
        lines += [t("high_risk_yes" if s.found_in == "uses" else "high_risk_maybe", why=message_text(s.message, t))
                  for s in result.signals]
    else:
        lines.append(f"{t('col_high_risk')} {t('high_risk_no')}")
    for d in result.duties:
        when = t.date(d.applies_from.date) if d.applies_from else "—"
        state = t("ai_applies_now") if d.applies_now else t("ai_applies_later")
        maybe = "" if d.certainty == "yes" else f" ({t('ai_possibly')})"
        lines.append(f"{d.article} {duty_title(d, t)}{maybe}: {when} ({state})")
    lines += [f"? {message_text(q, t)}" for q in result.open_questions]
    return lines

"""The report's wording in English and German, and numbers, money and dates as each language prints them.

Every string the report shows comes from here; knowledge base content (license quotes, clause
summaries, rule names, source URLs) is printed as recorded, in its original language.
"""

from __future__ import annotations

import datetime as dt

from desktop.i18n import Formats

LANGS = ("en", "de")

# key -> (English, German)
T: dict[str, tuple[str, str]] = {
    # -- cover and frame ---------------------------------------------------------------------------
    "title": ("Model strategy assessment", "Bewertung der KI-Modellstrategie"),
    "subtitle": ("Open-weight models and APIs, use case by use case",
                 "Offene Modelle und APIs, Anwendungsfall für Anwendungsfall"),
    "client": ("Client", "Auftraggeber"),
    "consultant": ("Consultant", "Berater"),
    "date": ("Date", "Datum"),
    "portfolio": ("Portfolio", "Portfolio"),
    "kb_version": ("Knowledge base version", "Version der Wissensbasis"),
    "kb_range": ("Facts dated", "Stand der Fakten"),
    "kb_range_value": ("{oldest} to {newest}", "{oldest} bis {newest}"),
    "kb_verification": ("Verification of the facts", "Prüfung der Fakten"),
    "kb_verification_value": ("{primary} primary, {secondary} secondary, {unverified} unverified",
                              "{primary} Primärquelle, {secondary} Sekundärquelle, {unverified} unbestätigt"),
    "signed_by": ("Signed by", "Signiert von"),
    "fingerprint": ("Certificate fingerprint (SHA-256)", "Zertifikat-Fingerabdruck (SHA-256)"),
    "unsigned_draft": ("Unsigned draft", "Unsignierter Entwurf"),
    "not_given": ("not given", "nicht angegeben"),
    "cover_note": (
        "This report assesses each use case on five questions: may the organisation use the model "
        "(license), does it fit the hardware, does it serve the use case, is it supported, and what does "
        "it cost. Every figure rests on the knowledge base named above; its sources are listed in the appendix.",
        "Dieser Bericht bewertet jeden Anwendungsfall nach fünf Fragen: Darf die Organisation das Modell "
        "nutzen (Lizenz), passt es auf die Hardware, erfüllt es den Anwendungsfall, wird es gepflegt, und was "
        "kostet es? Jede Zahl beruht auf der oben genannten Wissensbasis; deren Quellen stehen im Anhang.",
    ),
    "cover_verify": (
        "To check the signature and reproduce the numbers: model-strategy verify REPORT.pdf",
        "Signatur prüfen und Zahlen nachrechnen: model-strategy verify BERICHT.pdf",
    ),
    "page_of": ("Page {n} of", "Seite {n} von"),
    "contents": ("Contents", "Inhalt"),
    # -- sections ----------------------------------------------------------------------------------
    "sec_summary": ("Executive summary", "Zusammenfassung"),
    "sec_use_cases": ("Use cases", "Anwendungsfälle"),
    "sec_checklist": ("Obligations checklist", "Checkliste der Pflichten"),
    "sec_ai_act": ("EU AI Act", "EU-KI-Verordnung (AI Act)"),
    "sec_assumptions": ("Assumptions", "Annahmen"),
    "sec_sensitivity": ("Sensitivity", "Sensitivität"),
    "sec_appendix": ("Appendix: sources", "Anhang: Quellen"),
    "sec_signature": ("Signature", "Signatur"),
    "signature_caption": ("Signature", "Signatur"),
    # -- summary -----------------------------------------------------------------------------------
    "summary_intro": (
        "{n} use cases were assessed. The recommended mix costs {monthly} per month and {tco} over "
        "{months} months (cash cost including hardware, operations and model switches).",
        "Es wurden {n} Anwendungsfälle bewertet. Der empfohlene Mix kostet {monthly} im Monat und {tco} über "
        "{months} Monate (Zahlungen inklusive Hardware, Betrieb und Modellwechseln).",
    ),
    "summary_split": (
        "Best served by self-hosted open-weight models: {self_hosted}; by APIs: {api}.",
        "Am besten mit selbst betriebenen offenen Modellen bedient: {self_hosted}; mit APIs: {api}.",
    ),
    "kpi_monthly": ("Monthly cost", "Monatliche Kosten"),
    "kpi_tco": ("{months}-month cost", "Kosten über {months} Monate"),
    "kpi_use_cases": ("Use cases", "Anwendungsfälle"),
    "kpi_obligations": ("Obligations to act on", "Umzusetzende Pflichten"),
    "recommended_mix": ("Recommended mix", "Empfohlener Mix"),
    "col_use_case": ("Use case", "Anwendungsfall"),
    "col_recommendation": ("Recommendation", "Empfehlung"),
    "col_kind": ("Kind", "Art"),
    "col_monthly": ("Per month", "Pro Monat"),
    "col_share": ("Share", "Anteil"),
    "col_tco": ("{months} months", "{months} Monate"),
    "total": ("Total", "Summe"),
    "top_risks": ("Top risks", "Wichtigste Risiken"),
    "no_risks": ("No risk stands out in the assessment.", "Die Bewertung zeigt kein herausragendes Risiko."),
    "chart_mix_title": ("Monthly cost by use case", "Monatliche Kosten je Anwendungsfall"),
    "mix_others": ("{n} further use cases", "{n} weitere Anwendungsfälle"),
    "none_qualifies": ("no candidate qualifies", "kein Kandidat geeignet"),
    # -- kinds -------------------------------------------------------------------------------------
    "kind_self-hosted": ("self-hosted", "selbst betrieben"),
    "kind_api": ("API", "API"),
    "acq_buy": ("bought", "gekauft"),
    "acq_rent": ("rented", "gemietet"),
    # -- risks -------------------------------------------------------------------------------------
    "risk_none": ("{uc}: no candidate qualifies; see its section.",
                  "{uc}: Kein Kandidat ist geeignet; siehe den Abschnitt dazu."),
    "risk_review": ("{uc}: the license ({lic}) needs legal review before use.",
                    "{uc}: Die Lizenz ({lic}) muss vor der Nutzung rechtlich geprüft werden."),
    "risk_blocked": ("{uc}: the pinned candidate is blocked by its license ({lic}).",
                     "{uc}: Der fest gewählte Kandidat ist durch seine Lizenz ({lic}) ausgeschlossen."),
    "risk_terms-may-change": ("{uc}: the licensor of {lic} may change the terms later.",
                              "{uc}: Der Lizenzgeber von {lic} kann die Bedingungen später ändern."),
    "risk_policy-may-change": ("{uc}: the use policy of {lic} may change later.",
                               "{uc}: Die Nutzungsrichtlinie von {lic} kann sich später ändern."),
    "risk_remote-restriction": ("{uc}: the licensor of {lic} can restrict use remotely.",
                                "{uc}: Der Lizenzgeber von {lic} kann die Nutzung aus der Ferne einschränken."),
    "risk_revocable": ("{uc}: the license {lic} can be revoked.", "{uc}: Die Lizenz {lic} kann widerrufen werden."),
    "risk_no_fit": ("{uc}: the chosen deployment does not fit its hardware.",
                    "{uc}: Die gewählte Installation passt nicht auf ihre Hardware."),
    "risk_problem": ("{uc}: {problem}", "{uc}: {problem}"),
    "risk_data_api": (
        "{uc}: {sensitivity} data goes to an API without EU data residency at this price ({api}).",
        "{uc}: Daten der Stufe „{sensitivity}“ gehen an eine API ohne Datenhaltung in der EU zu diesem Preis ({api}).",
    ),
    "risk_data_api_eu": (
        "{uc}: {sensitivity} data goes to an API ({api}); a data processing agreement is needed.",
        "{uc}: Daten der Stufe „{sensitivity}“ gehen an eine API ({api}); ein Auftragsverarbeitungsvertrag ist nötig.",
    ),
    "risk_close": ("{uc}: a close call — {other} scores within {gap} points of the recommendation.",
                   "{uc}: Knappe Entscheidung — {other} liegt nur {gap} Punkte hinter der Empfehlung."),
    "risk_no_eval": (
        "{n} of {total} recommendations rest on generic quality tiers, not on your own evaluations: "
        "test them on your own data before committing.",
        "{n} von {total} Empfehlungen beruhen auf allgemeinen Qualitätsstufen statt auf eigenen Tests: "
        "vor der Entscheidung mit eigenen Daten prüfen.",
    ),
    "risk_stale": ("{n} knowledge base facts used here are older than 12 months.",
                   "{n} hier verwendete Fakten der Wissensbasis sind älter als 12 Monate."),
    "risk_break_even": (
        "{uc}: today's volume is within {pct} of the break-even point; a change in volume may flip the choice.",
        "{uc}: Das heutige Volumen liegt weniger als {pct} vom Break-even entfernt; eine Änderung des Volumens "
        "kann die Wahl umkehren.",
    ),
    # -- where an exclusion comes from (the exclusions themselves: resources/i18n/messages.toml) ----------
    "ex_rule_q": ("a rule", "eine Regel"),
    "r_q4_deprecated": ("The vendor deprecates it on {date} (month {month} of the horizon).",
                        "Der Anbieter stellt es am {date} ein (Monat {month} des Zeitraums)."),
    # -- use case section --------------------------------------------------------------------------
    "requirements": ("Requirements", "Anforderungen"),
    "workload": ("Workload", "Last"),
    "tokens_in_out": ("{inp} input and {out} output tokens per month", "{inp} Eingabe- und {out} Ausgabe-Token pro Monat"),
    "cached_share": ("{pct} of the input cached", "{pct} der Eingabe aus dem Cache"),
    "peak": ("Peak concurrency", "Gleichzeitige Anfragen (Spitze)"),
    "context": ("Context / prompt", "Kontext / Prompt"),
    "context_value": ("{context} tokens context, {prompt} tokens prompt",
                      "{context} Token Kontext, {prompt} Token Prompt"),
    "targets": ("Speed targets", "Geschwindigkeitsziele"),
    "ttft_target": ("first token within {ms} ms", "erstes Token in {ms} ms"),
    "tps_target": ("at least {tps} tokens/s per stream", "mindestens {tps} Token/s je Strom"),
    "no_targets": ("none set", "keine festgelegt"),
    "sensitivity": ("Data sensitivity", "Vertraulichkeit der Daten"),
    "in_house": ("must stay in-house", "muss im Haus bleiben"),
    "quality_need": ("Quality need", "Qualitätsbedarf"),
    "needs": ("Needs", "Fähigkeiten"),
    "usage_context": ("Usage context", "Nutzungskontext"),
    "candidates_compared": ("Candidates compared", "Verglichene Kandidaten"),
    "col_candidate": ("Candidate", "Kandidat"),
    "q1": ("License", "Lizenz"),
    "q2": ("Hardware", "Hardware"),
    "q3": ("Use case", "Eignung"),
    "q4": ("Support", "Pflege"),
    "q5": ("Cost", "Kosten"),
    "col_rules": ("Rules", "Regeln"),
    "q_short": ("Q{n}", "F{n}"),
    "ref_art50": ("EU AI Act Art. 50(1)", "KI-Verordnung Art. 50 Abs. 1"),
    "ref_art4": ("EU AI Act Art. 4", "KI-Verordnung Art. 4"),
    "col_score": ("Score", "Punkte"),
    "scores_note": (
        "{legend}: sub-scores 0–100 per question; the score is their weighted mean (weights {weights}) plus "
        "the points of matching scenario rules. ★ marks the recommendation.",
        "{legend}: Teilpunkte 0–100 je Frage; die Punktzahl ist ihr gewichtetes Mittel (Gewichte {weights}) "
        "plus die Punkte zutreffender Szenarioregeln. ★ markiert die Empfehlung.",
    ),
    "excluded": ("excluded", "ausgeschlossen"),
    "excluded_short": ("excl.", "ausg."),
    "excluded_because": ("{label} is excluded: {reasons}", "{label} ist ausgeschlossen: {reasons}"),
    "excl_rule": ("rule “{name}”", "Regel „{name}“"),
    "excl_license": ("the license does not allow this use", "die Lizenz erlaubt diese Nutzung nicht"),
    "excl_hardware": ("it does not fit the planned hardware", "passt nicht auf die geplante Hardware"),
    "license_verdicts": ("License verdicts", "Lizenzbewertung"),
    "lic_candidates": ("Applies to: {names}", "Gilt für: {names}"),
    "deciding_clause": ("Deciding clause {clause}", "Entscheidende Klausel {clause}"),
    "source": ("Source", "Quelle"),
    "obligations": ("Obligations", "Pflichten"),
    "no_obligations": ("No obligations apply to this use.", "Für diese Nutzung gelten keine Pflichten."),
    "vendor_terms": ("{vendor}'s commercial terms of service apply (no model license); terms: {url}",
                     "Es gelten die kommerziellen Nutzungsbedingungen von {vendor} (keine Modelllizenz); Bedingungen: {url}"),
    "memory_speed": ("Memory fit and speed", "Speicherbedarf und Geschwindigkeit"),
    "col_memory": ("Memory needed / usable", "Speicher nötig / nutzbar"),
    "col_fits": ("Fits", "Passt"),
    "col_concurrency": ("Max. streams", "Max. Ströme"),
    "col_decode": ("Tokens/s per stream", "Token/s je Strom"),
    "col_ttft": ("First token", "Erstes Token"),
    "col_replicas": ("Replicas", "Replikate"),
    "yes": ("yes", "ja"),
    "no": ("no", "nein"),
    "no_self_hosted": ("No self-hosted candidate: the vendors run the hardware.",
                       "Kein selbst betriebener Kandidat: Die Anbieter betreiben die Hardware."),
    "cost_break_even": ("Cost and break-even", "Kosten und Break-even"),
    "col_per_mtok": ("Per 1M tokens", "Je 1 Mio. Token"),
    "col_capex": ("Hardware purchase", "Hardwarekauf"),
    "col_break_even": ("Break-even", "Break-even"),
    "break_even_at": ("{tokens} tokens/month", "{tokens} Token/Monat"),
    "break_even_never": ("none in range", "keiner im Bereich"),
    "chart_cost_title": ("Monthly cost against monthly token volume (both axes logarithmic)",
                         "Monatliche Kosten über dem monatlichen Token-Volumen (beide Achsen logarithmisch)"),
    "chart_x": ("Tokens per month", "Token pro Monat"),
    "chart_y": ("Cost per month ({currency})", "Kosten pro Monat ({currency})"),
    "chart_today": ("today", "heute"),
    "chart_break_even": ("break-even with {api}", "Break-even mit {api}"),
    "chart_cost_note": (
        "Solid lines: APIs (cost grows with every token). Dashed steps: self-hosting (a new replica "
        "at each step). Black, thick: the recommended option. Diamonds: break-even with the reference API (the "
        "cheapest qualifying one); thin grey rule: today's volume ({volume} tokens). Excluded options are not drawn.",
        "Durchgezogene Linien: APIs (Kosten wachsen mit jedem Token). Gestrichelte Stufen: Eigenbetrieb (je "
        "Stufe ein weiteres Replikat). Schwarz und dick: die empfohlene Option. Rauten: Break-even mit der "
        "Referenz-API (der günstigsten geeigneten); dünne graue Linie: heutiges Volumen ({volume} Token). "
        "Ausgeschlossene Optionen werden nicht gezeichnet.",
    ),
    "recommendation": ("Recommendation by the five questions", "Empfehlung nach den fünf Fragen"),
    "rec_line": ("Recommended: {label} (score {score}).", "Empfohlen: {label} ({score} Punkte)."),
    "rec_pinned": ("Recommended: {label} — chosen by the user, overruling the ranking (score {score}).",
                   "Empfohlen: {label} — vom Nutzer fest gewählt, abweichend von der Rangfolge ({score} Punkte)."),
    "rec_none": ("No candidate qualifies for this use case.", "Für diesen Anwendungsfall ist kein Kandidat geeignet."),
    "rec_runner_up": ("Runner-up: {label} (score {score}).", "Zweitbester: {label} ({score} Punkte)."),
    "rec_rules": ("Scenario rules that apply: {rules}.", "Zutreffende Szenarioregeln: {rules}."),
    "question_n": ("Q{n} {topic}", "F{n} {topic}"),
    "r_q1_api": ("{vendor}'s commercial terms of service (not a model license).",
                 "Kommerzielle Nutzungsbedingungen von {vendor} (keine Modelllizenz)."),
    "r_q1": ("{verdict} under {lic}; obligations: {n}.", "{verdict} nach {lic}; Pflichten: {n}."),
    "r_q2_api": ("Served by the vendor: no hardware to fit.", "Vom Anbieter betrieben: keine eigene Hardware nötig."),
    "r_q2_latency_miss": ("Published latency {ms} ms misses the {target} ms target.",
                          "Veröffentlichte Latenz {ms} ms verfehlt das Ziel von {target} ms."),
    "r_q2": ("Fits: {need} of {usable} GB; {tps} tokens/s per stream; first token in {ttft} s; replicas: {replicas}.",
             "Passt: {need} von {usable} GB; {tps} Token/s je Strom; erstes Token nach {ttft} s; Replikate: {replicas}."),
    "r_q2_nofit": ("Does not fit: {need} GB needed, {usable} GB usable.",
                   "Passt nicht: {need} GB nötig, {usable} GB nutzbar."),
    "r_q3_eval": ("Your own evaluation: {score}/100.", "Eigene Bewertung: {score}/100."),
    "r_q3_tier": ("No own evaluation yet: generic “{tier}” tier against a “{need}” need.",
                  "Noch keine eigene Bewertung: allgemeine Stufe „{tier}“ gegen Bedarf „{need}“."),
    "r_q4_api": ("{vendor} runs and supports the service.", "{vendor} betreibt und pflegt den Dienst."),
    "r_q4": ("Maintained by {maintainer}; runs on {engines}; {community} community.",
             "Gepflegt von {maintainer}; läuft auf {engines}; {community} Community."),
    "r_q5": ("{monthly} per month, {tco} over {months} months{cheapest}.",
             "{monthly} pro Monat, {tco} über {months} Monate{cheapest}."),
    "r_q5_cheapest": (" — the cheapest", " — der günstigste"),
    "r_q5_ratio": (" — {pct} of the cheapest's value", " — {pct} des Werts des günstigsten"),
    "community_large": ("large", "große"),
    "community_medium": ("medium", "mittlere"),
    "community_small": ("small", "kleine"),
    # -- checklist ---------------------------------------------------------------------------------
    "checklist_intro": (
        "What the recommended candidates oblige the organisation to do. Tick each item when done; the "
        "clause and its source are given so it can be checked.",
        "Was die empfohlenen Kandidaten der Organisation abverlangen. Jeden Punkt abhaken, wenn er erledigt "
        "ist; Klausel und Quelle stehen dabei, damit er sich prüfen lässt.",
    ),
    "cl_display": ("What to display where", "Was wo anzuzeigen ist"),
    "cl_ship": ("Which files to ship", "Welche Dateien mitzuliefern sind"),
    "cl_names": ("Which names are not allowed", "Welche Namen nicht erlaubt sind"),
    "cl_other": ("Other duties", "Weitere Pflichten"),
    "cl_vendor": ("API terms to accept and keep", "Zu akzeptierende API-Bedingungen"),
    "cl_none_display": ("Nothing has to be displayed for the recommended uses.",
                        "Für die empfohlenen Nutzungen muss nichts angezeigt werden."),
    "cl_none_ship": (
        "No files have to be shipped for the recommended uses: nothing is distributed. If weights or a product "
        "containing them are passed on, re-run the assessment.",
        "Für die empfohlenen Nutzungen sind keine Dateien mitzuliefern: Es wird nichts weitergegeben. Werden "
        "Gewichte oder ein Produkt mit ihnen weitergegeben, die Bewertung neu berechnen.",
    ),
    "cl_none_names": (
        "No naming rule applies: no derived model is created or made available.",
        "Keine Namensregel greift: Es wird kein abgeleitetes Modell erstellt oder weitergegeben.",
    ),
    "cl_name_rule": ("Derived model names must begin with “{prefix}”; any other name is not allowed.",
                     "Namen abgeleiteter Modelle müssen mit „{prefix}“ beginnen; andere Namen sind nicht erlaubt."),
    "cl_none_other": ("No further duties.", "Keine weiteren Pflichten."),
    "cl_for": ("For: {ucs}", "Für: {ucs}"),
    "cl_ref": ("{lic}, {clause}", "{lic}, {clause}"),
    "cl_api_terms": ("Accept and file {vendor}'s terms for {api}; check data processing and region ({region}).",
                     "Bedingungen von {vendor} für {api} akzeptieren und ablegen; Auftragsverarbeitung und Region ({region}) prüfen."),
    "cl_ai_notice": (
        "Tell users of “{uc}” that they are interacting with an AI system, at the start of the interaction "
        "(EU AI Act Art. 50(1)).",
        "Nutzer von „{uc}“ zu Beginn darauf hinweisen, dass sie mit einem KI-System interagieren "
        "(KI-Verordnung Art. 50 Abs. 1).",
    ),
    "cl_ai_literacy": (
        "Make sure the staff who operate or use the AI systems have sufficient AI literacy (EU AI Act Art. 4, "
        "in force since 2 Feb 2025).",
        "Für ausreichende KI-Kompetenz des Personals sorgen, das die KI-Systeme betreibt oder nutzt "
        "(KI-Verordnung Art. 4, gilt seit 2. Februar 2025).",
    ),
    "cl_wording": ("Wording", "Wortlaut"),
    "cl_where": ("Where", "Wo"),
    "kb_english_note": (
        "Duty texts and quotes come from the knowledge base and the license texts, in their original language.",
        "Pflichttexte und Zitate stammen aus der Wissensbasis und den Lizenztexten, in ihrer Originalsprache.",
    ),
    # -- AI Act ------------------------------------------------------------------------------------
    "ai_intro": (
        "Regulation (EU) 2024/1689 (the AI Act) sets duties by role and by risk. This section maps the use "
        "cases onto it. It is a factual orientation, not legal advice; have counsel confirm the classification.",
        "Die Verordnung (EU) 2024/1689 (KI-Verordnung, AI Act) regelt Pflichten nach Rolle und Risiko. Dieser "
        "Abschnitt ordnet die Anwendungsfälle ein. Er dient der sachlichen Orientierung und ist keine "
        "Rechtsberatung; die Einstufung sollte anwaltlich bestätigt werden.",
    ),
    "ai_outside_eu": (
        "The organisation is established in {country}, outside the EU. The AI Act still applies where it places "
        "AI systems on the EU market or where the output of its AI systems is used in the EU (Art. 2(1)).",
        "Die Organisation hat ihren Sitz in {country}, außerhalb der EU. Die KI-Verordnung gilt dennoch, wenn sie "
        "KI-Systeme in der EU in Verkehr bringt oder die Ergebnisse ihrer KI-Systeme in der EU verwendet werden "
        "(Art. 2 Abs. 1).",
    ),
    "ai_roles": ("Role per use case", "Rolle je Anwendungsfall"),
    "col_role": ("Role", "Rolle"),
    "col_why": ("Why", "Begründung"),
    "col_transparency": ("Transparency (Art. 50)", "Transparenz (Art. 50)"),
    "col_high_risk": ("High-risk?", "Hochrisiko?"),
    "role_deployer": ("Deployer", "Betreiber"),
    "role_provider": ("Provider", "Anbieter"),
    "role_gpai": ("Provider of a GPAI model", "Anbieter eines KI-Modells mit allgemeinem Verwendungszweck"),
    "role_gpai_provider": ("Provider of a GPAI model", "Anbieter eines KI-Modells mit allgemeinem Verwendungszweck"),
    "ref_ai_act": ("EU AI Act {article}", "KI-Verordnung {article}"),
    "ai_possibly": ("possibly", "möglicherweise"),
    "ai_duties": ("Duties per use case", "Pflichten je Anwendungsfall"),
    "col_duty": ("Duty", "Pflicht"),
    "col_bearer": ("Carried by", "Trägt"),
    "ai_applies_now": ("applies", "gilt"),
    "ai_applies_later": ("not yet", "noch nicht"),
    "ai_open_questions": ("Open questions", "Offene Fragen"),
    "ai_date_amended": ("({instrument}; was {date}.)", "({instrument}; bisher {date}.)"),
    "ai_date_proposed": ("Proposed: {date} ({instrument}); not law yet.",
                         "Vorgeschlagen: {date} ({instrument}); noch nicht geltendes Recht."),
    "date_general": ("General date of application, including the transparency duties of Art. 50.",
                     "Allgemeiner Geltungsbeginn, einschließlich der Transparenzpflichten nach Art. 50."),
    "date_annex_iii": ("High-risk duties for stand-alone systems in the Annex III areas (Art. 6(2)).",
                       "Hochrisiko-Pflichten für eigenständige Systeme in den Bereichen nach Anhang III (Art. 6 Abs. 2)."),
    "date_annex_iii_omnibus": (
        "Digital Omnibus on AI: high-risk duties for stand-alone systems in the Annex III areas (Art. 6(2)), "
        "postponed by the amending regulation published in the Official Journal (OJ L 2026/1744 of 24 July 2026).",
        "Digital-Omnibus zur KI: Hochrisiko-Pflichten für eigenständige Systeme in den Bereichen nach Anhang III "
        "(Art. 6 Abs. 2), verschoben durch die im Amtsblatt veröffentlichte Änderungsverordnung (ABl. L 2026/1744 "
        "vom 24. Juli 2026).",
    ),
    "date_annex_i_omnibus": (
        "Digital Omnibus on AI: high-risk duties for AI in products under Annex I, such as medical devices "
        "(Art. 6(1)), postponed.",
        "Digital-Omnibus zur KI: Hochrisiko-Pflichten für KI in Produkten nach Anhang I, etwa Medizinprodukten "
        "(Art. 6 Abs. 1), verschoben.",
    ),
    "date_omnibus_prohibitions": (
        "New prohibition of AI systems that generate non-consensual intimate images or child sexual abuse "
        "material; generative systems placed on the market before 2 August 2026 must mark their output "
        "(Art. 50(2)) by this date.",
        "Neues Verbot von KI-Systemen, die nicht einvernehmliche intime Bilder oder Darstellungen sexuellen "
        "Kindesmissbrauchs erzeugen; generative Systeme, die vor dem 2. August 2026 in Verkehr gebracht wurden, "
        "müssen ihre Ausgaben bis zu diesem Tag kennzeichnen (Art. 50 Abs. 2).",
    ),
    "why_deployer": ("uses the model or API for its own purposes", "nutzt Modell bzw. API für eigene Zwecke"),
    "why_customer": ("offers a customer-facing system under its own name",
                     "bietet ein System für Kunden unter eigenem Namen an"),
    "why_hosted": ("offers the model to third parties as a service", "bietet das Modell Dritten als Dienst an"),
    "why_redistribute": ("distributes model weights", "gibt Modellgewichte weiter"),
    "why_fine_tune": ("distributes a fine-tuned model", "gibt ein feinabgestimmtes Modell weiter"),
    "transparency_yes": ("AI notice to users; mark synthetic content", "KI-Hinweis an Nutzer; synthetische Inhalte kennzeichnen"),
    "transparency_no": ("no direct contact with the public", "kein direkter Kontakt mit der Öffentlichkeit"),
    "high_risk_maybe": ("possibly: {why}", "möglicherweise: {why}"),
    "high_risk_yes": ("yes: {why}", "ja: {why}"),
    "high_risk_no": ("no sign", "kein Hinweis"),
    "ai_dates": ("Dates that apply", "Maßgebliche Termine"),
    "col_from": ("From", "Ab"),
    "col_what": ("What applies", "Was gilt"),
    "col_concerns": ("Concerns here", "Betrifft hier"),
    "all_use_cases": ("all use cases", "alle Anwendungsfälle"),
    "n_use_cases": ("{n} use cases (see the table above)", "{n} Anwendungsfälle (siehe Tabelle oben)"),
    "date_2024": ("Entry into force of the regulation.", "Inkrafttreten der Verordnung."),
    "date_2025_02": ("Prohibited practices (Art. 5) and AI literacy (Art. 4).",
                     "Verbotene Praktiken (Art. 5) und KI-Kompetenz (Art. 4)."),
    "date_2025_08": ("Obligations for general-purpose AI (GPAI) models (Chapter V), governance and penalties.",
                     "Pflichten für KI-Modelle mit allgemeinem Verwendungszweck (Kapitel V), Governance und Sanktionen."),
    "date_2026_08": ("General application, including the transparency duties of Art. 50 and, as adopted, the "
                     "high-risk duties for Annex III systems.",
                     "Allgemeine Geltung, einschließlich der Transparenzpflichten nach Art. 50 und, in der "
                     "beschlossenen Fassung, der Hochrisiko-Pflichten für Systeme nach Anhang III."),
    "date_2027_08": ("High-risk duties for AI in products under Annex I (Art. 6(1)).",
                     "Hochrisiko-Pflichten für KI in Produkten nach Anhang I (Art. 6 Abs. 1)."),
    "date_omnibus": (
        "Digital Omnibus: Annex III high-risk duties postponed to 2 Dec 2027 (Annex I: 2 Aug 2028) — check the "
        "Official Journal for the adopted text and dates.",
        "Digital-Omnibus: Hochrisiko-Pflichten nach Anhang III verschoben auf 2. Dezember 2027 (Anhang I: "
        "2. August 2028) — Amtsblatt auf den beschlossenen Text und die Termine prüfen.",
    ),
    "ai_transparency": ("Transparency duties", "Transparenzpflichten"),
    "ai_transparency_text": (
        "Art. 50(1): people who interact with an AI system must be told so, unless it is obvious. Art. 50(2): "
        "synthetic audio, image, video or text must be marked in a machine-readable way as artificially "
        "generated. Art. 50(4): deployers disclose deep fakes and AI-generated text published to inform the "
        "public on matters of public interest.",
        "Art. 50 Abs. 1: Menschen, die mit einem KI-System interagieren, müssen darüber informiert werden, sofern "
        "es nicht offensichtlich ist. Art. 50 Abs. 2: synthetische Audio-, Bild-, Video- oder Textinhalte sind "
        "maschinenlesbar als künstlich erzeugt zu kennzeichnen. Art. 50 Abs. 4: Betreiber legen Deepfakes und "
        "KI-erzeugte Texte offen, die zur Information der Öffentlichkeit über Angelegenheiten von öffentlichem "
        "Interesse veröffentlicht werden.",
    ),
    "ai_transparency_cases": ("Customer-facing use cases with these duties: {ucs}.",
                              "Anwendungsfälle mit Kundenkontakt und diesen Pflichten: {ucs}."),
    "ai_transparency_none": ("No use case is customer-facing; Art. 50(1) does not apply to any of them as planned.",
                             "Kein Anwendungsfall hat Kundenkontakt; Art. 50 Abs. 1 greift nach Planung bei keinem."),
    "ai_high_risk": ("Use cases that may be high-risk", "Möglicherweise hochriskante Anwendungsfälle"),
    "ai_high_risk_text": (
        "Annex III lists high-risk areas, among them biometrics, critical infrastructure, education, employment "
        "and workers management, access to essential services (e.g. creditworthiness, life and health "
        "insurance), law enforcement, migration and the administration of justice. High-risk systems need risk "
        "management, data governance, logging, human oversight and, for providers, a conformity assessment.",
        "Anhang III nennt Hochrisiko-Bereiche, darunter Biometrie, kritische Infrastruktur, Bildung, Beschäftigung "
        "und Personalmanagement, Zugang zu wesentlichen Diensten (z. B. Kreditwürdigkeit, Lebens- und "
        "Krankenversicherung), Strafverfolgung, Migration und Rechtspflege. Hochrisiko-Systeme erfordern "
        "Risikomanagement, Daten-Governance, Protokollierung, menschliche Aufsicht und beim Anbieter eine "
        "Konformitätsbewertung.",
    ),
    "ai_high_risk_none": (
        "Neither the usage categories nor the descriptions of the use cases point to an Annex III area.",
        "Weder die Nutzungskategorien noch die Beschreibungen der Anwendungsfälle deuten auf einen Bereich aus "
        "Anhang III hin.",
    ),
    "ai_provider_note": (
        "An organisation that builds an AI system itself and puts it into service under its own name can count "
        "as its provider even for internal use (Art. 3(3)); for systems that are not high-risk the duties are "
        "essentially those of Art. 4 and Art. 50.",
        "Wer ein KI-System selbst baut und unter eigenem Namen in Betrieb nimmt, kann auch bei interner Nutzung "
        "als dessen Anbieter gelten (Art. 3 Nr. 3); für Systeme ohne hohes Risiko beschränken sich die Pflichten "
        "im Wesentlichen auf Art. 4 und Art. 50.",
    ),
    "ai_not_legal_advice": ("This is not legal advice.", "Dies ist keine Rechtsberatung."),
    "ai_cite": ("Regulation (EU) 2024/1689: {url}", "Verordnung (EU) 2024/1689: {url}"),
    "hr_employment": ("employment and workers management (Annex III point 4)",
                      "Beschäftigung und Personalmanagement (Anhang III Nr. 4)"),
    "hr_infrastructure": ("critical infrastructure (Annex III point 2)", "kritische Infrastruktur (Anhang III Nr. 2)"),
    "hr_essential": ("access to essential services, e.g. credit or insurance (Annex III point 5)",
                     "Zugang zu wesentlichen Diensten, z. B. Kredit oder Versicherung (Anhang III Nr. 5)"),
    "hr_justice": ("administration of justice or legal decisions (Annex III point 8)",
                   "Rechtspflege oder rechtliche Entscheidungen (Anhang III Nr. 8)"),
    "hr_education": ("education and vocational training (Annex III point 3)",
                     "allgemeine und berufliche Bildung (Anhang III Nr. 3)"),
    "hr_biometrics": ("biometrics or emotion recognition (Annex III point 1)",
                      "Biometrie oder Emotionserkennung (Anhang III Nr. 1)"),
    "hr_law": ("law enforcement, migration or border control (Annex III points 6-7)",
               "Strafverfolgung, Migration oder Grenzkontrolle (Anhang III Nr. 6–7)"),
    "hr_medical": ("medical use: possibly a medical device and high-risk via Annex I (Art. 6(1))",
                   "medizinische Nutzung: möglicherweise ein Medizinprodukt und hochriskant über Anhang I (Art. 6 Abs. 1)"),
    # -- AI Act duties and questions: message ids from resources/knowledge/regulation. The English
    # report takes the knowledge base's own text; these are the German renderings.
    "duty_art4": (
        "Take measures to support the AI literacy of the staff who operate or use the AI systems (as amended "
        "by the Digital Omnibus: measures, not a guaranteed level).",
        "Maßnahmen ergreifen, um die KI-Kompetenz des Personals zu fördern, das die KI-Systeme betreibt oder "
        "nutzt (in der Fassung des Digital-Omnibus: Maßnahmen, kein garantiertes Niveau).",
    ),
    "duty_art4_title": ("AI literacy", "KI-Kompetenz"),
    "duty_art5": (
        "Do not use the system for a prohibited practice, such as manipulative techniques, social scoring, "
        "or emotion recognition at work or in education.",
        "Das System für keine verbotene Praxis einsetzen, etwa manipulative Techniken, Social Scoring oder "
        "Emotionserkennung am Arbeitsplatz oder in der Bildung.",
    ),
    "duty_art5_title": ("Prohibited practices", "Verbotene Praktiken"),
    "duty_art5_ncii": (
        "A generative system must not produce non-consensual intimate images of real people or child sexual"
        " abuse material.",
        "Ein generatives System darf keine nicht einvernehmlichen intimen Bilder realer Personen und keine "
        "Darstellungen sexuellen Kindesmissbrauchs erzeugen.",
    ),
    "duty_art5_ncii_title": (
        "No non-consensual intimate imagery or child sexual abuse material",
        "Keine nicht einvernehmlichen intimen Bilder und keine Darstellungen sexuellen Kindesmissbrauchs",
    ),
    "duty_art50_1": (
        "Design the system so that the people who use it are told they are interacting with an AI system, at "
        "the latest at the first interaction, unless that is obvious.",
        "Das System so gestalten, dass die Nutzer spätestens bei der ersten Interaktion erfahren, dass sie mit "
        "einem KI-System interagieren, sofern das nicht offensichtlich ist.",
    ),
    "duty_art50_1_title": (
        "Tell people they interact with an AI system",
        "Hinweis, dass ein KI-System antwortet",
    ),
    "duty_art50_2": (
        "Mark generated audio, image, video or text in a machine-readable way as artificially generated "
        "(not for assistive editing that leaves the input substantially unchanged).",
        "Erzeugte Audio-, Bild-, Video- oder Textinhalte maschinenlesbar als künstlich erzeugt kennzeichnen"
        " (nicht bei unterstützender Bearbeitung, die die Eingabe im Wesentlichen unverändert lässt).",
    ),
    "duty_art50_2_title": (
        "Mark synthetic content machine-readably",
        "Synthetische Inhalte maschinenlesbar kennzeichnen",
    ),
    "duty_art50_3": (
        "Inform the people exposed to an emotion recognition or biometric categorisation system.",
        "Die betroffenen Personen über den Einsatz eines Systems zur Emotionserkennung oder biometrischen "
        "Kategorisierung informieren.",
    ),
    "duty_art50_3_title": (
        "Inform people exposed to emotion recognition or biometric categorisation",
        "Über Emotionserkennung oder biometrische Kategorisierung informieren",
    ),
    "duty_art50_4": (
        "Disclose that deep fakes are artificial, and that text published to inform the public on matters "
        "of public interest was AI-generated, unless a person reviewed it and an editor is responsible for "
        "it.",
        "Offenlegen, dass Deepfakes künstlich sind und dass zur Information der Öffentlichkeit über "
        "Angelegenheiten von öffentlichem Interesse veröffentlichter Text KI-erzeugt ist, es sei denn, ein "
        "Mensch hat ihn geprüft und eine Redaktion trägt die Verantwortung.",
    ),
    "duty_art50_4_title": (
        "Disclose deep fakes and AI text on matters of public interest",
        "Deepfakes und KI-Texte zu Themen öffentlichen Interesses offenlegen",
    ),
    "duty_art53": (
        "Keep technical documentation and information for downstream providers, have a copyright policy and"
        " publish a summary of the training content (for a modification: limited to the modification; free "
        "open-source releases are exempt from the documentation duties).",
        "Technische Dokumentation und Informationen für nachgelagerte Anbieter führen, eine "
        "Urheberrechtsstrategie haben und eine Zusammenfassung der Trainingsinhalte veröffentlichen (bei "
        "einer Änderung beschränkt auf die Änderung; freie Open-Source-Veröffentlichungen sind von den "
        "Dokumentationspflichten ausgenommen).",
    ),
    "duty_art53_title": (
        "Duties of GPAI model providers",
        "Pflichten der Anbieter von KI-Modellen mit allgemeinem Verwendungszweck",
    ),
    "duty_art55": (
        "Evaluate and mitigate systemic risks, report serious incidents and ensure cybersecurity.",
        "Systemische Risiken bewerten und mindern, schwerwiegende Vorfälle melden und die Cybersicherheit "
        "gewährleisten.",
    ),
    "duty_art55_title": (
        "Duties for GPAI models with systemic risk",
        "Pflichten für KI-Modelle mit systemischem Risiko",
    ),
    "duty_high_risk_provider": (
        "Risk management, data governance, technical documentation, logging, human oversight, accuracy and "
        "robustness, a conformity assessment and registration.",
        "Risikomanagement, Daten-Governance, technische Dokumentation, Protokollierung, menschliche "
        "Aufsicht, Genauigkeit und Robustheit, Konformitätsbewertung und Registrierung.",
    ),
    "duty_high_risk_provider_title": ("High-risk duties of providers", "Hochrisiko-Pflichten der Anbieter"),
    "duty_high_risk_deployer": (
        "Use the system as instructed, assign human oversight, keep the logs, inform affected workers and "
        "people, and where required assess the impact on fundamental rights.",
        "Das System gemäß Anleitung verwenden, menschliche Aufsicht zuweisen, die Protokolle aufbewahren, "
        "betroffene Beschäftigte und Personen informieren und, wo verlangt, die Auswirkungen auf die "
        "Grundrechte abschätzen.",
    ),
    "duty_high_risk_deployer_title": ("High-risk duties of deployers", "Hochrisiko-Pflichten der Betreiber"),
    "why_fine_tune_question": (
        "Does the fine-tuning use more than a third of the compute that trained the original model? Only "
        "then do the Commission's guidelines treat you as the provider of a new general-purpose AI model; "
        "below it you remain a downstream modifier.",
        "Verbraucht die Feinabstimmung mehr als ein Drittel der Rechenleistung, mit der das ursprüngliche "
        "Modell trainiert wurde? Nur dann gelten Sie nach den Leitlinien der Kommission als Anbieter eines "
        "neuen KI-Modells mit allgemeinem Verwendungszweck; darunter bleiben Sie nachgelagerter "
        "Modifizierer.",
    ),
    "duty_art5_ncii_question": (
        "Can the system generate images or video of real people? Then make sure it cannot produce "
        "non-consensual intimate imagery or child sexual abuse material (new Art. 5 prohibition).",
        "Kann das System Bilder oder Videos realer Personen erzeugen? Dann sicherstellen, dass es keine "
        "nicht einvernehmlichen intimen Bilder und keine Darstellungen sexuellen Kindesmissbrauchs erzeugen"
        " kann (neues Verbot in Art. 5).",
    ),
    "duty_art50_4_question": (
        "Will the output be published to inform the public on matters of public interest, or does it "
        "include deep fakes? Then Art. 50(4) requires a disclosure.",
        "Werden die Ausgaben zur Information der Öffentlichkeit über Angelegenheiten von öffentlichem "
        "Interesse veröffentlicht, oder enthalten sie Deepfakes? Dann verlangt Art. 50 Abs. 4 eine "
        "Offenlegung.",
    ),
    "duty_art55_question": (
        "Is the resulting model a general-purpose AI model with systemic risk (presumed above 10^25 FLOP of"
        " training compute, Art. 51(2))? Then Art. 55 applies as well.",
        "Ist das entstehende Modell ein KI-Modell mit allgemeinem Verwendungszweck mit systemischem Risiko "
        "(vermutet ab 10^25 FLOP Trainingsrechenleistung, Art. 51 Abs. 2)? Dann gilt zusätzlich Art. 55.",
    ),
    "duty_high_risk_provider_question": (
        "Only a word in the description points to a high-risk area: check whether the system falls under "
        "Annex III (or is a product under Annex I) and whether the exception of Art. 6(3) applies.",
        "Nur ein Wort in der Beschreibung deutet auf einen Hochrisiko-Bereich: prüfen, ob das System unter "
        "Anhang III fällt (oder ein Produkt nach Anhang I ist) und ob die Ausnahme nach Art. 6 Abs. 3 "
        "greift.",
    ),
    "duty_high_risk_deployer_question": (
        "Only a word in the description points to a high-risk area: check whether the system falls under "
        "Annex III (or is a product under Annex I) and whether the exception of Art. 6(3) applies.",
        "Nur ein Wort in der Beschreibung deutet auf einen Hochrisiko-Bereich: prüfen, ob das System unter "
        "Anhang III fällt (oder ein Produkt nach Anhang I ist) und ob die Ausnahme nach Art. 6 Abs. 3 "
        "greift.",
    ),
    "hr_found_in": ("found in {where}", "gefunden in {where}"),
    "hr_where_uses": ("the usage categories", "den Nutzungskategorien"),
    "hr_where_text": ("the description", "der Beschreibung"),
    # -- assumptions -------------------------------------------------------------------------------
    "assumptions_intro": (
        "The costs rest on the following organisation profile and assumptions; change them in the portfolio "
        "and the numbers follow.",
        "Die Kosten beruhen auf dem folgenden Organisationsprofil und diesen Annahmen; werden sie im Portfolio "
        "geändert, folgen die Zahlen.",
    ),
    "org_profile": ("Organisation profile", "Organisationsprofil"),
    "cost_assumptions": ("Cost assumptions", "Kostenannahmen"),
    "question_weights": ("Weights of the five questions", "Gewichte der fünf Fragen"),
    "org_name": ("Name", "Name"),
    "org_country": ("Country", "Land"),
    "org_currency": ("Currency", "Währung"),
    "org_usd": ("Exchange rate", "Wechselkurs"),
    "org_usd_value": ("1 {currency} = {rate} USD", "1 {currency} = {rate} USD"),
    "org_electricity": ("Electricity", "Strompreis"),
    "org_electricity_value": ("{price} per kWh", "{price} pro kWh"),
    "org_pue": ("Power usage effectiveness (PUE)", "Energieeffizienz des Serverraums (PUE)"),
    "org_staff": ("Staff cost per full-time person and year", "Personalkosten je Vollzeitkraft und Jahr"),
    "org_team": ("People able to run models in production", "Personen, die Modelle produktiv betreiben können"),
    "org_colocation": ("Colocation per kW and month", "Colocation je kW und Monat"),
    "org_mau": ("Monthly active users of the group", "Monatlich aktive Nutzer der Gruppe"),
    "org_revenue": ("Group revenue per month (USD)", "Umsatz der Gruppe pro Monat (USD)"),
    "a_horizon_months": ("Horizon", "Betrachtungszeitraum"),
    "a_amortisation_months": ("Amortisation of hardware", "Abschreibung der Hardware"),
    "a_residual_share": ("Resale value at the end of amortisation", "Restwert am Ende der Abschreibung"),
    "a_maintenance_share_per_year": ("Maintenance per year (of hardware price)", "Wartung pro Jahr (vom Hardwarepreis)"),
    "a_server_cost": ("Host server per 1–8 GPUs (USD)", "Host-Server je 1–8 GPUs (USD)"),
    "a_server_w": ("Host power per server", "Leistungsaufnahme je Server"),
    "a_gpus_per_server": ("GPUs per server", "GPUs je Server"),
    "a_utilisation": ("Average utilisation of serving capacity", "Mittlere Auslastung der Kapazität"),
    "a_ops_fte_self_hosted": ("Operations staff per self-hosted deployment", "Betriebspersonal je Eigenbetrieb"),
    "a_ops_fte_api": ("Operations staff per API integration", "Betriebspersonal je API-Anbindung"),
    "a_model_switch_months": ("A model switch every", "Ein Modellwechsel alle"),
    "a_migration_cost_self_hosted": ("Cost of a switch, self-hosted", "Kosten eines Wechsels, Eigenbetrieb"),
    "a_migration_cost_api": ("Cost of a switch, API", "Kosten eines Wechsels, API"),
    "a_sensitivity_pct": ("Spread for the sensitivity analysis", "Spanne der Sensitivitätsanalyse"),
    "months": ("{n} months", "{n} Monate"),
    "fte": ("{n} FTE", "{n} VZÄ"),
    "watts": ("{n} W", "{n} W"),
    "assumption_notes": (
        "Prices in USD are converted at the exchange rate above. Self-hosted capacity comes from the sizing "
        "engine: enough replicas for the peak concurrency and for the token rate at the assumed utilisation. "
        "Bought hardware is paid up front and resold at its residual value; rented capacity is paid by the hour.",
        "Preise in USD werden zum obigen Kurs umgerechnet. Die Kapazität im Eigenbetrieb kommt aus der "
        "Dimensionierung: genug Replikate für die Spitzenlast und für die Token-Rate bei der angenommenen "
        "Auslastung. Gekaufte Hardware wird vorab bezahlt und zum Restwert verkauft; gemietete stundenweise.",
    ),
    # -- sensitivity -------------------------------------------------------------------------------
    "sens_intro": (
        "How far the monthly cost of each recommendation moves when the assumptions move by ±{pct}: one at a "
        "time (tornado) and all at once (Monte Carlo, {draws} draws from triangular distributions).",
        "Wie stark sich die monatlichen Kosten jeder Empfehlung ändern, wenn sich die Annahmen um ±{pct} "
        "verschieben: einzeln (Tornado) und alle zugleich (Monte Carlo, {draws} Ziehungen aus Dreiecksverteilungen).",
    ),
    "mc_title": ("Monte Carlo band of the monthly cost", "Monte-Carlo-Band der monatlichen Kosten"),
    "col_base": ("Base", "Basis"),
    "col_p5": ("P5", "P5"),
    "col_p50": ("P50 (median)", "P50 (Median)"),
    "col_p95": ("P95", "P95"),
    "tornado_title": ("{uc}: {label}", "{uc}: {label}"),
    "tornado_note": (
        "Monthly cost with one assumption at −{pct} (light) and +{pct} (dark), all others at their base; "
        "the vertical line is the base of {base}.",
        "Monatliche Kosten mit einer Annahme bei −{pct} (hell) und +{pct} (dunkel), alle anderen auf ihrem "
        "Basiswert; die senkrechte Linie ist die Basis von {base}.",
    ),
    "tornado_break_even": ("Break-even with {api} at base: {tokens} tokens per month (today {today}).",
                           "Break-even mit {api} bei Basiswerten: {tokens} Token pro Monat (heute {today})."),
    "no_self_hosted_rec": ("No recommendation is self-hosted, so there is no tornado to draw.",
                           "Keine Empfehlung ist selbst betrieben; daher gibt es kein Tornado-Diagramm."),
    "as_volume": ("monthly token volume", "monatliches Token-Volumen"),
    "as_utilisation": ("utilisation of serving capacity", "Auslastung der Kapazität"),
    "as_hardware_price": ("hardware price (or rent)", "Hardwarepreis (oder Miete)"),
    "as_electricity": ("electricity price", "Strompreis"),
    "as_pue": ("power usage effectiveness", "Energieeffizienz (PUE)"),
    "as_staff": ("staff cost", "Personalkosten"),
    "as_api_price": ("API price per token", "API-Preis je Token"),
    # -- appendix ----------------------------------------------------------------------------------
    "appendix_intro": (
        "Every knowledge base record this assessment used, with the date its facts were read and how far they "
        "were checked (primary: the publisher's own text; secondary: a third-party copy; unverified: not yet "
        "checked against a source).",
        "Jeder Eintrag der Wissensbasis, den diese Bewertung verwendet, mit dem Datum, an dem die Fakten gelesen "
        "wurden, und dem Grad der Prüfung (Primärquelle: Text des Herausgebers; Sekundärquelle: Kopie durch "
        "Dritte; unbestätigt: noch nicht an einer Quelle geprüft).",
    ),
    "col_record": ("Record", "Eintrag"),
    "col_as_of": ("As of", "Stand"),
    "col_verification": ("Checked", "Geprüft"),
    "col_sources": ("Sources", "Quellen"),
    "stale_mark": ("older than 12 months", "älter als 12 Monate"),
    "kind_licenses": ("Licenses", "Lizenzen"),
    "kind_models": ("Models", "Modelle"),
    "kind_gpus": ("Accelerators", "Beschleuniger"),
    "kind_apis": ("APIs", "APIs"),
    "kind_clouds": ("Cloud offerings", "Cloud-Angebote"),
    "kind_rules": ("Scenario rules", "Szenarioregeln"),
    "kind_data_protection": ("Data-protection and secrecy law", "Datenschutz- und Geheimnisschutzrecht"),
    "ver_primary": ("primary", "Primärquelle"),
    "ver_secondary": ("secondary", "Sekundärquelle"),
    "ver_unverified": ("unverified", "unbestätigt"),
    "other_sources": ("Other sources", "Weitere Quellen"),
    # -- signature ---------------------------------------------------------------------------------
    "sig_intro_signed": (
        "This report is signed electronically (PAdES). The signature covers the whole document, including the "
        "attached assessment data; any later change breaks it.",
        "Dieser Bericht ist elektronisch signiert (PAdES). Die Signatur umfasst das ganze Dokument einschließlich "
        "der angehängten Bewertungsdaten; jede spätere Änderung macht sie ungültig.",
    ),
    "sig_compare": (
        "Before relying on the signature, compare this fingerprint with the signer, e.g. by phone:",
        "Vor dem Vertrauen auf die Signatur diesen Fingerabdruck mit dem Unterzeichner vergleichen, z. B. telefonisch:",
    ),
    "sig_unsigned": (
        "Unsigned draft: this report carries no electronic signature. Do not rely on it as a final document.",
        "Unsignierter Entwurf: Dieser Bericht trägt keine elektronische Signatur. Nicht als endgültiges Dokument verwenden.",
    ),
    "sig_name": ("Name", "Name"),
    "sig_org": ("Organisation", "Organisation"),
    "sig_generated": ("Report generated", "Bericht erstellt"),
    "sig_box_note": ("The signature stamp appears in the box below.", "Der Signaturstempel erscheint im Feld unten."),
    # -- enums -------------------------------------------------------------------------------------
    "sens_public": ("public", "öffentlich"),
    "sens_internal": ("internal", "intern"),
    "sens_confidential": ("confidential", "vertraulich"),
    "sens_secret": ("secret", "geheim"),
    "qn_basic": ("basic", "einfach"),
    "qn_strong": ("strong", "stark"),  # the same word as the tier: "stark" against "stark" is a match
    "qn_frontier": ("frontier", "Spitzenklasse"),
    "tier_frontier": ("frontier", "Spitzenklasse"),
    "tier_strong": ("strong", "stark"),
    "tier_mid": ("mid", "mittel"),
    "tier_small": ("small", "klein"),
    "need_reasoning": ("reasoning", "logisches Denken"),
    "need_coding": ("coding", "Programmieren"),
    "need_vision": ("vision", "Bildverstehen"),
    "need_tool-use": ("tool use", "Werkzeugnutzung"),
    "need_multilingual": ("multilingual", "mehrsprachig"),
    "need_long-context": ("long context", "langer Kontext"),
    "need_chat": ("chat", "Dialog"),
    "verdict_allowed": ("Allowed", "Erlaubt"),
    "verdict_allowed_with_obligations": ("Allowed with obligations", "Erlaubt mit Pflichten"),
    "verdict_needs_review": ("Needs legal review", "Rechtliche Prüfung nötig"),
    "verdict_blocked": ("Blocked", "Ausgeschlossen"),
    "ctx_country": ("licensee in {country}", "Lizenznehmer in {country}"),
    "ctx_commercial": ("commercial", "kommerziell"),
    "ctx_non_commercial": ("non-commercial", "nicht kommerziell"),
    "ctx_customer_facing": ("customer-facing", "mit Kundenkontakt"),
    "ctx_internal": ("internal", "intern"),
    "ctx_third_party": ("used as a third party's service", "als Dienst eines Dritten genutzt"),
    "ctx_self_hosted": ("run by the organisation", "von der Organisation betrieben"),
    "ctx_hosted_service": ("offered to third parties as a hosted service", "Dritten als gehosteter Dienst angeboten"),
    "ctx_mau": ("{mau} monthly active users", "{mau} monatlich aktive Nutzer"),
    "ctx_fine_tune": ("fine-tuned", "feinabgestimmt"),
    "ctx_redistribute": ("weights redistributed", "Gewichte weitergegeben"),
    "ctx_train_other": ("outputs train other models", "Ausgaben trainieren andere Modelle"),
    "ctx_multimodal": ("image, audio or video input", "Bild-, Audio- oder Videoeingabe"),
    "ctx_uses": ("uses: {uses}", "Nutzungen: {uses}"),
    "use_military": ("military", "militärisch"),
    "use_sexual-content": ("sexual content", "sexuelle Inhalte"),
    "use_automated-legal-decisions": ("automated legal decisions", "automatisierte Rechtsentscheidungen"),
    "use_undisclosed-machine-text": ("undisclosed machine text", "nicht offengelegter Maschinentext"),
    "use_medical-advice": ("medical advice", "medizinische Beratung"),
    "use_critical-infrastructure": ("critical infrastructure", "kritische Infrastruktur"),
    "use_employment-decisions": ("employment decisions", "Personalentscheidungen"),
    "use_guardrail-removal": ("guardrail removal", "Entfernen von Schutzmechanismen"),
    "use_personal-data-profiling": ("profiling or monitoring people", "Profiling oder Überwachung von Personen"),
}


class Text:
    """The wording of one language: `t("key", name=value)` plus number, money and date formats.

    Numbers, money and dates come from desktop.i18n.Formats, the same layer the GUI uses, in the
    locale picked from the language and the organisation's country (de + CH -> "CHF 5'003")."""

    def __init__(self, lang: str, country: str | None = None):
        if lang not in LANGS:
            raise ValueError(f"language {lang!r} is not supported; expected one of: {', '.join(LANGS)}")
        self.lang = lang
        self._i = LANGS.index(lang)
        self.formats = Formats(lang, country)

    def __call__(self, key: str, **values) -> str:
        text = T[key][self._i]
        return text.format(**values) if values else text

    def has(self, key: str) -> bool:
        return key in T

    # -- numbers (desktop.i18n.Formats) ------------------------------------------------------------
    def num(self, value: float, decimals: int = 0) -> str:
        return self.formats.num(value, decimals)

    def pct(self, share: float, decimals: int = 0) -> str:
        """share 0.25 -> '25%' / '25 %'."""
        return self.formats.pct(share, decimals)

    def money(self, amount: float, currency: str, decimals: int = 0) -> str:
        return self.formats.money(amount, currency, decimals)

    def money_short(self, amount: float, currency: str) -> str:
        """Axis labels: '€1k', '10 Tsd. €'."""
        return self.formats.money_short(amount, currency)

    def tokens(self, count: float) -> str:
        """189e6 -> '189 M' / '189 Mio.'."""
        return self.formats.tokens(count)

    def date(self, day: dt.date) -> str:
        return self.formats.date(day)

    def iso_date(self, value) -> str:
        """A date given as an ISO string or date, in the language's long form ('' when unknown)."""
        return self.formats.iso_date(value)

    def plural(self, count: float, one: str, other: str) -> str:
        """'1 Replikat' / '2 Replikate'."""
        return self.formats.plural(count, one, other)

    def enum(self, prefix: str, value: str) -> str:
        key = f"{prefix}_{value}"
        return self(key) if key in T else value

    def join(self, items: list[str]) -> str:
        return self.formats.join(items)


# -- the decision memo (page 1), the cost split, scenarios, next steps (issue 15) ----------------------
T.update({
    "memo_title": ("Decision memo", "Entscheidungsvorlage"),
    "memo_meta": ("{portfolio} · {client} · {date}", "{portfolio} · {client} · {date}"),
    "memo_decision": ("Decision asked for", "Erbetene Entscheidung"),
    "memo_decision_text": (
        "Approve the recommended model strategy for {n} use cases: an upfront investment of {capex}, then "
        "{monthly} per month, {tco} over {months} months in all.",
        "Freigabe der empfohlenen Modellstrategie für {n} Anwendungsfälle: eine Anfangsinvestition von {capex}, "
        "danach {monthly} im Monat, insgesamt {tco} über {months} Monate.",
    ),
    "memo_decision_text_n1": (
        "Approve the recommended model strategy for one use case: an upfront investment of {capex}, then "
        "{monthly} per month, {tco} over {months} months in all.",
        "Freigabe der empfohlenen Modellstrategie für einen Anwendungsfall: eine Anfangsinvestition von {capex}, "
        "danach {monthly} im Monat, insgesamt {tco} über {months} Monate.",
    ),
    "memo_recommendations": ("Recommendation per use case", "Empfehlung je Anwendungsfall"),
    "memo_col_why": ("Deciding reason (engine, English)", "Ausschlaggebender Grund (Engine, englisch)"),
    "memo_col_why_en": ("Deciding reason", "Ausschlaggebender Grund"),
    "memo_more_use_cases": ("… and {n} more use cases: see section 1.", "… und {n} weitere Anwendungsfälle: siehe Abschnitt 1."),
    "plain_self_hosted": ("Run {model} on our own {gpus}× {accelerator} ({acquisition}).",
                          "{model} selbst betreiben auf {gpus}× {accelerator} ({acquisition})."),
    "plain_self_hosted_platform": ("Run {model} on the shared platform {platform}.",
                                   "{model} auf der gemeinsamen Plattform {platform} betreiben."),
    "plain_api": ("Use {vendor}'s API {api}.", "Die API {api} von {vendor} nutzen."),
    "plain_none": ("No option qualifies; the use case cannot be served as specified.",
                   "Keine Option kommt in Frage; der Anwendungsfall ist so nicht umsetzbar."),
    "plain_pinned": ("(chosen by the user)", "(vom Nutzer gewählt)"),
    "memo_cost": ("What it costs", "Was es kostet"),
    "cost_split": ("Monthly cost by kind", "Monatliche Kosten nach Art"),
    "cb_api": ("Vendor fees (APIs)", "Anbietergebühren (APIs)"),
    "cb_hardware": ("Hardware (depreciation or rent)", "Hardware (Abschreibung oder Miete)"),
    "cb_maintenance": ("Hardware maintenance", "Hardware-Wartung"),
    "cb_power": ("Power", "Strom"),
    "cb_colocation": ("Colocation", "Rechenzentrumsfläche"),
    "cb_staff": ("Internal staff time", "Interne Personalzeit"),
    "cb_migration": ("Switching reserve (model changes)", "Rücklage für Modellwechsel"),
    "key_figures": ("Key figures", "Kennzahlen"),
    "kf_capex": ("Upfront investment (hardware)", "Anfangsinvestition (Hardware)"),
    "kf_monthly": ("Per month", "Pro Monat"),
    "kf_tco": ("Over {months} months", "Über {months} Monate"),
    "kf_year": ("Cash out in year {n}", "Auszahlungen im Jahr {n}"),
    "memo_scenarios": ("Scenarios compared", "Szenarien im Vergleich"),
    "col_scenario": ("Scenario", "Szenario"),
    "col_upfront": ("Upfront", "Anfangs"),
    "col_note": ("Note", "Hinweis"),
    "sc_all_api": ("All API", "Alles per API"),
    "sc_all_self_hosted": ("All self-hosted", "Alles selbst betrieben"),
    "sc_recommended": ("Recommended mix", "Empfohlener Mix"),
    "sc_consolidated": ("Best consolidation", "Beste Bündelung"),
    "sc_chosen": ("recommended", "empfohlen"),
    "sc_unserved": ("leaves {n} use case(s) unserved", "lässt {n} Anwendungsfall/-fälle unbedient"),
    "sc_pooled": ("pools on shared platforms: {n}", "bündelt auf gemeinsamen Plattformen: {n}"),
    "memo_risks": ("Top risks of the recommendation", "Wichtigste Risiken der Empfehlung"),
    "memo_next": ("Next steps", "Nächste Schritte"),
    "col_step": ("Step", "Schritt"),
    "col_owner": ("Owner", "Verantwortlich"),
    "col_by": ("By", "Bis"),
    "ns_approve": ("Approve the recommendation and its budget.", "Empfehlung und Budget freigeben."),
    "ns_order": ("Order the hardware ({capex}) and plan its installation.",
                 "Hardware bestellen ({capex}) und die Installation planen."),
    "ns_dpa": ("Conclude the data-processing agreements ({law}) with {vendor}.",
               "Auftragsverarbeitungsverträge ({law}) abschließen mit {vendor}."),
    "gdpr_art28": ("GDPR Art. 28", "DSGVO Art. 28"),
    "ns_switch": ("Switch before the vendor retires the model: {api}.",
                  "Wechseln, bevor der Anbieter das Modell abkündigt: {api}."),
    "ns_evaluate": ("Evaluate the recommended option on your own data: {ucs}.",
                    "Die empfohlene Option mit eigenen Daten prüfen: {ucs}."),
    "ns_evaluate_n": ("Evaluate the recommended options on your own data ({n} use cases rest on generic quality "
                      "tiers).",
                      "Die empfohlenen Optionen mit eigenen Daten prüfen ({n} Anwendungsfälle beruhen auf "
                      "allgemeinen Qualitätsstufen)."),
    "ns_ai_act": ("Meet the EU AI Act duties {duties}.", "Die Pflichten der KI-Verordnung erfüllen: {duties}."),
    "ns_checklist": ("Work through the obligations checklist (section {n}).",
                     "Die Checkliste der Pflichten abarbeiten (Abschnitt {n})."),
    "owner_md": ("Managing director", "Geschäftsführung"),
    "owner_cfo": ("CFO", "Finanzleitung"),
    "owner_legal": ("Legal counsel", "Rechtsberatung"),
    "owner_it": ("IT lead", "IT-Leitung"),
    "owner_uc": ("Use-case owners", "Fachverantwortliche"),
    "owner_compliance": ("Legal counsel", "Rechtsberatung"),
    "by_now": ("now", "jetzt"),
    "by_after_approval": ("after approval", "nach Freigabe"),
    "by_before_data": ("before data is sent", "vor dem ersten Datenfluss"),
    "by_before_go_live": ("before go-live", "vor dem Produktivstart"),
    "by_date": ("{date}", "{date}"),
    "by_in_force": ("in force ({date})", "gilt seit {date}"),
    "memo_vat_dated": (
        "Amounts in {currency}, without VAT: prices are recorded as the vendors publish them (API and cloud list "
        "prices without VAT); no VAT is added. Prices in other currencies are converted at 1 {currency} = {rate} "
        "USD, the rate of {rate_date} entered in the portfolio; the assessment is of {date}.",
        "Beträge in {currency}, ohne Umsatzsteuer: Preise wie von den Anbietern veröffentlicht (API- und "
        "Cloud-Listenpreise ohne USt.); es wird keine USt. aufgeschlagen. Andere Währungen umgerechnet mit 1 "
        "{currency} = {rate} USD, Kurs vom {rate_date} laut Portfolio; die Bewertung ist vom {date}.",
    ),
    "memo_vat": (
        "Amounts in {currency}, without VAT: prices are recorded as the vendors publish them (API and cloud list "
        "prices without VAT); no VAT is added. USD prices are converted at 1 {currency} = {rate} USD as entered in "
        "the portfolio; the portfolio records no date for this rate, the assessment is of {date}.",
        "Beträge in {currency}, ohne Umsatzsteuer: Preise wie von den Anbietern veröffentlicht (API- und "
        "Cloud-Listenpreise ohne USt.); es wird keine USt. aufgeschlagen. USD-Preise umgerechnet mit 1 {currency} = "
        "{rate} USD laut Portfolio; das Portfolio nennt kein Datum für diesen Kurs, die Bewertung ist vom {date}.",
    ),
    "memo_more_risks": ("{n} further risks: see the risk register (section 1).",
                        "{n} weitere Risiken: siehe Risikoregister (Abschnitt 1)."),
    "about_report": ("About this report", "Zu diesem Bericht"),
    "engine_words": ("", "Die Begründungen stehen im Wortlaut der Bewertungs-Engine (englisch)."),
    "deciding_term": ("Deciding contract term ({clause})", "Entscheidende Vertragsbedingung ({clause})"),
    "asof_line": ("Knowledge base as of: {items}.", "Stand der Wissensbasis: {items}."),
    "asof_item": ("{what} {date} ({level})", "{what} {date} ({level})"),
    "asof_contract": ("contract facts of {api}", "Vertragsfakten zu {api}"),
    "no_obligations_but_terms": (
        "No obligation to act on for this use; the license's terms still bind (see the notes above).",
        "Für diese Nutzung ist nichts umzusetzen; die Lizenzbedingungen gelten dennoch (siehe die Hinweise oben).",
    ),
    "cl_data": ("Data protection", "Datenschutz"),
    "cl_none_data": ("No data-protection item arises from the recommended options.",
                     "Aus den empfohlenen Optionen ergibt sich kein Datenschutz-Punkt."),
    "cl_resolve": ("Resolve before go-live: {risk}", "Vor dem Produktivstart klären: {risk}"),
    "cl_ref_risk": ("risk register, severity {severity}", "Risikoregister, Schwere {severity}"),
    "sev_high": ("high", "hoch"),
    "sev_medium": ("medium", "mittel"),
    "sev_low": ("low", "niedrig"),
    "risk_register": ("Risk register", "Risikoregister"),
    "risk_register_intro": (
        "The risks the assessment found for the recommended options, the most severe first, each with the "
        "assessment's likelihood, impact, mitigation and owner.",
        "Die Risiken, die die Bewertung für die empfohlenen Optionen fand, die schwersten zuerst, jeweils mit "
        "Eintrittswahrscheinlichkeit, Auswirkung, Gegenmaßnahme und Zuständigkeit aus der Bewertung.",
    ),
    "col_risk": ("Risk", "Risiko"),
    "col_severity": ("Severity", "Schwere"),
    "col_mitigation": ("Mitigation", "Gegenmaßnahme"),
    "mit_license": ("Have counsel review the clause before use; keep a second model ready.",
                    "Klausel vor der Nutzung rechtlich prüfen lassen; ein zweites Modell bereithalten."),
    "mit_deprecation": ("Plan the switch before the retirement date; its cost is priced in as the switching reserve.",
                        "Den Wechsel vor dem Abkündigungsdatum planen; die Kosten sind als Wechselrücklage eingerechnet."),
    "mit_stale_price": ("Ask the vendor for a current quote and re-run the assessment.",
                        "Aktuelles Angebot einholen und die Bewertung wiederholen."),
    "mit_unpriced_hardware": ("Obtain a quote for the hardware and re-run the assessment.",
                              "Angebot für die Hardware einholen und die Bewertung wiederholen."),
    "mit_data_to_api": ("Conclude the DPA, check transfers and retention, or keep the data in-house.",
                        "AV-Vertrag abschließen, Übermittlung und Speicherdauer prüfen oder die Daten im Haus halten."),
    "mit_quality": ("Evaluate the option on your own data before go-live.",
                    "Die Option vor dem Produktivstart mit eigenen Daten prüfen."),
    "mit_latency": ("Measure the response time in a pilot.", "Die Antwortzeit in einem Pilotbetrieb messen."),
    "mit_unserved": ("Revisit the requirements or add candidates.",
                     "Anforderungen überdenken oder weitere Kandidaten aufnehmen."),
    "mit_close_call": ("Decide on criteria outside the scores (vendor relationship, skills); both are viable.",
                       "Nach Kriterien außerhalb der Punkte entscheiden (Lieferantenbeziehung, Know-how); beide sind tragfähig."),
    "mit_near_break_even": ("Watch the monthly volume; re-run the assessment when it changes.",
                            "Das monatliche Volumen beobachten; bei Änderungen die Bewertung wiederholen."),
    "mit_other": ("See the use case's section.", "Siehe den Abschnitt des Anwendungsfalls."),
    "mit_measure": ("Measure the speed on the planned hardware in a pilot before ordering more.",
                    "Die Geschwindigkeit vor weiteren Bestellungen im Pilotbetrieb auf der geplanten Hardware messen."),
    "owner_management": ("Managing director", "Geschäftsführung"),
    "owner_use_case_owner": ("Use-case owners", "Fachverantwortliche"),
    "col_likelihood": ("Likelihood", "Wahrscheinlichkeit"),
    "shared_platforms": ("Shared platforms", "Gemeinsame Plattformen"),
    "shared_platforms_intro": (
        "Self-hosted deployments that serve several use cases: sized for their pooled load, staff and power counted "
        "once, cost split by tokens. The pooled break-even is the monthly volume of all their use cases together at "
        "which the platform costs no more than the APIs they would otherwise pay.",
        "Selbst betriebene Installationen für mehrere Anwendungsfälle: für die gebündelte Last ausgelegt, Personal "
        "und Strom einmal gezählt, Kosten nach Token aufgeteilt. Der gebündelte Break-even ist das monatliche "
        "Volumen aller ihrer Anwendungsfälle zusammen, ab dem die Plattform nicht mehr kostet als die APIs."),
    "col_platform": ("Platform", "Plattform"),
    "col_pooled_use_cases": ("Use cases pooled", "Gebündelte Anwendungsfälle"),
    "col_pooled_break_even": ("Pooled break-even", "Gebündelter Break-even"),
    "pooled_today": ("today {tokens} tokens a month", "heute {tokens} Token im Monat"),
    "col_impact": ("Impact", "Auswirkung"),
    "kind_contracts": ("API contract terms (data use, DPA, usage policy)",
                       "API-Vertragsbedingungen (Datennutzung, AV-Vertrag, Nutzungsrichtlinie)"),
    "verify_title": ("How to verify this report", "So prüfen Sie diesen Bericht"),
    "verify_adobe": (
        "Adobe Acrobat Reader: open the signature panel. It will say the signer's identity is unknown (or the "
        "validity is unknown): the certificate is self-signed, not issued by an authority on Adobe's trust list. "
        "What matters is the line that the document has not been modified since it was signed.",
        "Adobe Acrobat Reader: Unterschriftenbereich öffnen. Er meldet die Identität des Unterzeichners als "
        "unbekannt (oder die Gültigkeit als unbekannt): Das Zertifikat ist selbst signiert und stammt nicht von "
        "einer Stelle auf Adobes Vertrauensliste. Entscheidend ist die Zeile, dass das Dokument seit dem "
        "Signieren nicht verändert wurde.",
    ),
    "verify_fingerprint": (
        "Identity: in the signature properties show the signer's certificate and compare its SHA-256 "
        "fingerprint with the one the signer gave you separately (by phone or letter). The fingerprint printed "
        "in this report proves nothing on its own: a forger would print theirs.",
        "Identität: In den Signatureigenschaften das Zertifikat des Unterzeichners anzeigen und dessen "
        "SHA-256-Fingerabdruck mit dem vergleichen, den Ihnen der Unterzeichner auf anderem Weg (Telefon, Brief) "
        "genannt hat. Der hier abgedruckte Fingerabdruck allein beweist nichts: Ein Fälscher druckte seinen ab.",
    ),
    "verify_pdfsig": (
        "Command line (poppler-utils): pdfsig REPORT.pdf must print “Signature is Valid.” and “Total document "
        "signed”; “Certificate issuer is unknown” is expected for a self-signed identity. Read its text: "
        "pdfsig exits with 0 even for a changed file.",
        "Kommandozeile (poppler-utils): pdfsig BERICHT.pdf muss „Signature is Valid.“ und „Total document "
        "signed“ ausgeben; „Certificate issuer is unknown“ ist bei einer selbst signierten Identität normal. "
        "Auf den Text achten: pdfsig endet auch bei einer veränderten Datei mit 0.",
    ),
    "verify_tool": (
        "Model Strategy Studio: model-strategy verify REPORT.pdf checks the signature and recomputes the "
        "numbers from the assessment embedded in the file.",
        "Model Strategy Studio: model-strategy verify BERICHT.pdf prüft die Signatur und rechnet die Zahlen "
        "aus der eingebetteten Bewertung nach.",
    ),
    "verify_paper": (
        "Paper and scans cannot be verified: only the PDF file carries the signature.",
        "Papier und Scans lassen sich nicht prüfen: Nur die PDF-Datei trägt die Signatur.",
    ),
    "sec_glossary": ("Glossary", "Glossar"),
    "glossary_intro": ("The technical words this report uses, in plain terms.",
                       "Die Fachbegriffe dieses Berichts, in einfachen Worten."),
    "col_term": ("Term", "Begriff"),
    "col_meaning": ("Meaning", "Bedeutung"),
    "xl_sheet_assumptions": ("Assumptions", "Annahmen"),
    "xl_sheet_candidates": ("Candidates", "Kandidaten"),
    "xl_sheet_scenarios": ("Scenarios", "Szenarien"),
    "xl_assumptions_title": ("Cost model: {portfolio}", "Kostenmodell: {portfolio}"),
    "xl_assumptions_note": (
        "Yellow cells are inputs: change them and the Candidates and Scenarios sheets follow. Figures that "
        "depend on hardware data (power, upkeep, vendor fees) are the assessment's, per candidate.",
        "Gelbe Zellen sind Eingaben: Ändern Sie sie, folgen die Blätter Kandidaten und Szenarien. Werte, die von "
        "Hardwaredaten abhängen (Strom, Wartung, Anbietergebühren), stammen je Kandidat aus der Bewertung.",
    ),
    "xl_staff_cost_per_fte_year": ("Staff cost per FTE and year", "Personalkosten je VZÄ und Jahr"),
    "xl_usd_per_unit": ("USD per unit of the currency", "USD je Einheit der Währung"),
    "xl_electricity_per_kwh": ("Electricity per kWh", "Strom je kWh"),
    "xl_pue": ("PUE (data-centre overhead)", "PUE (Rechenzentrumsaufschlag)"),
    "xl_currency": ("Amounts in {currency}, without VAT.", "Beträge in {currency}, ohne Umsatzsteuer."),
    "xl_vat": ("Prices as the vendors publish them; no VAT added.",
               "Preise wie von den Anbietern veröffentlicht; keine Umsatzsteuer aufgeschlagen."),
    "xl_col_use_case": ("Use case", "Anwendungsfall"),
    "xl_col_candidate": ("Candidate", "Kandidat"),
    "xl_col_kind": ("Kind", "Art"),
    "xl_col_recommended": ("★ recommended / ✗ excluded", "★ empfohlen / ✗ ausgeschlossen"),
    "xl_col_capex": ("Upfront ({currency})", "Anfangs ({currency})"),
    "xl_col_fte": ("Staff (FTE)", "Personal (VZÄ)"),
    "xl_col_hardware": ("Hardware / month", "Hardware / Monat"),
    "xl_col_power": ("Power / month", "Strom / Monat"),
    "xl_col_colocation": ("Colocation / month", "Rechenzentrum / Monat"),
    "xl_col_maintenance": ("Maintenance / month", "Wartung / Monat"),
    "xl_col_api": ("Vendor fees / month", "Anbietergebühren / Monat"),
    "xl_col_staff": ("Staff / month", "Personal / Monat"),
    "xl_col_migration": ("Switching reserve / month", "Wechselrücklage / Monat"),
    "xl_col_monthly": ("Per month ({currency})", "Pro Monat ({currency})"),
    "xl_col_switch_cost": ("Cost per switch", "Kosten je Wechsel"),
    "xl_col_switches": ("Planned switches", "Geplante Wechsel"),
    "xl_col_forced_switch": ("Forced switch in month", "Erzwungener Wechsel im Monat"),
    "xl_col_book_value": ("Book value at the end", "Buchwert am Ende"),
    "xl_col_tco": ("{months} months ({currency})", "{months} Monate ({currency})"),
    "xl_pooled": ("pooled on a shared platform: the assessment's totals",
                  "auf einer gemeinsamen Plattform gebündelt: Summen der Bewertung"),
    "rec_split": ("Of {monthly} per month: {parts}.", "Von {monthly} im Monat: {parts}."),
    "rec_part": ("{kind} {amount}", "{kind} {amount}"),
    "rec_combination": ("How the total was made: {how}", "So entstand die Gesamtpunktzahl: {how}"),
    "rec_others": ("The other options, as the assessment judged them:",
                   "Die anderen Optionen, wie die Bewertung sie beurteilt:"),
})


# term -> (English, German): the glossary section (sections/glossary.py)

# Data-protection duties (resources/knowledge/regulation/data_protection.toml): German renderings of the
# engine's messages by id; the English is the knowledge base's own text. {vendor} is the engine's parameter.
# Swiss law in Swiss spelling (ss), German and EU law with ß.
_PERSONAL_DATA_Q = (
    "Does the use case process personal data (names, e-mail addresses, client, customer or employee details)? "
    "Then the data-protection duties marked 'possibly' apply.",
    "Verarbeitet der Anwendungsfall Personendaten (Namen, E-Mail-Adressen, Angaben zu Mandanten, Kunden oder "
    "Mitarbeitenden)? Dann gelten die als „möglicherweise“ markierten Datenschutzpflichten.",
)
T.update({
    "cl_vendor_dpa": ("the vendor's agreement: {url}", "Vereinbarung des Anbieters: {url}"),
    "cl_question": ("To check:", "Zu klären:"),
    "dp_provider": ("the provider", "dem Anbieter"),  # a rented machine whose cloud offer is not known
    "dp_ch_art9": (
        "Agree by contract with {vendor} (in the data-processing terms) that the use case's personal data are "
        "processed only as you yourselves may, kept secure, and passed to sub-processors only with your prior "
        "approval.",
        "Mit {vendor} vertraglich (in den Auftragsbearbeitungsbedingungen) festhalten, dass die Personendaten "
        "des Anwendungsfalls nur so bearbeitet werden, wie Sie es selbst dürften, sicher bleiben und nur mit "
        "Ihrer vorgängigen Genehmigung an Unterauftragsbearbeiter gehen.",
    ),
    "dp_ch_art16": (
        "{vendor} may process the data outside Switzerland and the EU/EEA: disclose personal data there only "
        "to a state the Federal Council lists as adequate (Annex 1 of the Data Protection Ordinance; the "
        "United States only for companies certified under the Swiss-U.S. Data Privacy Framework), or with "
        "safeguards such as standard contractual clauses recognised by the FDPIC.",
        "Die Daten werden bei {vendor} womöglich ausserhalb der Schweiz und des EU/EWR-Raums bearbeitet: "
        "Personendaten dorthin nur in einen Staat bekanntgeben, den der Bundesrat als angemessen führt "
        "(Anhang 1 der Datenschutzverordnung; die USA nur für Unternehmen, die nach dem Swiss-U.S. Data "
        "Privacy Framework zertifiziert sind), oder mit Garantien wie vom EDÖB anerkannten "
        "Standarddatenschutzklauseln.",
    ),
    "dp_ch_art19": (
        "Update the privacy notice: name {vendor} (or the category of recipient) and, if the data leave "
        "Switzerland, the state and the safeguard used.",
        "Datenschutzerklärung ergänzen: {vendor} (oder die Kategorie der Empfänger) nennen und, wenn die Daten die "
        "Schweiz verlassen, den Staat und die verwendete Garantie.",
    ),
    "dp_ch_art12": (
        "Enter the processing in the record of processing activities (companies with fewer than 250 employees "
        "are exempt unless they process sensitive data on a large scale or carry out high-risk profiling).",
        "Die Bearbeitung ins Verzeichnis der Bearbeitungstätigkeiten aufnehmen (Unternehmen mit weniger als "
        "250 Mitarbeitenden sind ausgenommen, ausser sie bearbeiten besonders schützenswerte Personendaten in "
        "grossem Umfang oder führen ein Profiling mit hohem Risiko durch).",
    ),
    "dp_ch_art22": (
        "Check before going live whether a data protection impact assessment is required, and carry it out if "
        "so: profiling people or deciding about them can mean a high risk to their personality or fundamental "
        "rights.",
        "Vor dem Produktivstart prüfen, ob eine Datenschutz-Folgenabschätzung nötig ist, und sie "
        "gegebenenfalls durchführen: Profiling oder Entscheidungen über Personen können ein hohes Risiko für "
        "deren Persönlichkeit oder Grundrechte mit sich bringen.",
    ),
    "dp_ch_art21": (
        "Tell the people concerned when a decision about them is taken by the system alone and has legal "
        "effect or a significant adverse effect on them, and let them state their view and ask for a review "
        "by a person.",
        "Die betroffenen Personen informieren, wenn das System allein über sie entscheidet und die Entscheidung "
        "eine Rechtsfolge hat oder sie erheblich beeinträchtigt; auf Verlangen ihren Standpunkt anhören und die "
        "Entscheidung von einer natürlichen Person überprüfen lassen.",
    ),
    "dp_ch_321": (
        "If the files are professional secrets (Art. 321 StGB binds e.g. lawyers, notaries, auditors bound to "
        "confidentiality by the Code of Obligations, doctors, and their auxiliaries), give {vendor} access "
        "only with the clients' consent or where it works as your auxiliary bound to secrecy; otherwise keep "
        "the use case in-house.",
        "Sind die Unterlagen Berufsgeheimnisse (Art. 321 StGB erfasst z. B. Anwältinnen, Notare, nach OR zur "
        "Verschwiegenheit verpflichtete Revisoren, Ärztinnen und ihre Hilfspersonen), {vendor} nur mit Einwilligung "
        "der Mandanten oder als zur Verschwiegenheit verpflichtete Hilfsperson Zugang geben; sonst den "
        "Anwendungsfall im Haus betreiben.",
    ),
    "dp_ch_321_question": (
        "Are the use case's files covered by professional secrecy (Art. 321 StGB: lawyers, notaries, "
        "auditors bound by the Code of Obligations, doctors, their auxiliaries)? Then an outside provider needs "
        "the clients' consent or must work as a bound auxiliary.",
        "Fallen die Unterlagen des Anwendungsfalls unter ein Berufsgeheimnis (Art. 321 StGB: Anwälte, Notare, "
        "Revisoren, Ärzte und ihre Hilfspersonen)? Dann braucht ein externer Anbieter die Einwilligung der Mandanten "
        "oder muss als verpflichtete Hilfsperson arbeiten.",
    ),
    "dp_ch_art62": (
        "Secret personal data learned in the profession (also by fiduciaries and tax advisers, whom Art. 321 "
        "StGB does not list) must not be disclosed intentionally: let {vendor} process client files only as "
        "your processor under Art. 9 FADP, for your purposes, and bound to secrecy.",
        "Geheime Personendaten, die Sie im Beruf erfahren (auch als Treuhänder oder Steuerberaterin, die Art. 321 "
        "StGB nicht nennt), dürfen nicht vorsätzlich offenbart werden: {vendor} Mandantenunterlagen nur als "
        "Auftragsbearbeiter nach Art. 9 DSG, für Ihre Zwecke und zur Verschwiegenheit verpflichtet bearbeiten "
        "lassen.",
    ),
    "dp_ch_art62_question": (
        "Do the use case's files hold clients' secret personal data learned in your profession? Then the "
        "FADP's professional discretion (Art. 62) applies to passing them on.",
        "Enthalten die Unterlagen des Anwendungsfalls geheime Personendaten von Mandanten, die Sie im Beruf erfahren "
        "haben? Dann gilt für ihre Weitergabe die berufliche Schweigepflicht des DSG (Art. 62).",
    ),
    "dp_eu_art28": (
        "Conclude a data-processing agreement with {vendor} with the content Art. 28(3) GDPR requires "
        "(instructions, confidentiality, security, sub-processors only with your authorisation, deletion at "
        "the end) before the use case's personal data reach it.",
        "Mit {vendor} einen Auftragsverarbeitungsvertrag mit dem Inhalt nach Art. 28 Abs. 3 DSGVO schließen "
        "(Weisungen, Vertraulichkeit, Sicherheit, Unterauftragsverarbeiter nur mit Ihrer Genehmigung, "
        "Löschung am Ende), bevor Personendaten des Anwendungsfalls dorthin gelangen.",
    ),
    "dp_eu_art44": (
        "{vendor} may process the data outside the EU/EEA: transfer personal data only under an adequacy "
        "decision (for the United States only to companies certified under the EU-U.S. Data Privacy "
        "Framework) or with appropriate safeguards such as the Commission's standard contractual clauses.",
        "Die Daten werden bei {vendor} womöglich außerhalb des EU/EWR-Raums verarbeitet: Personendaten nur "
        "auf Grund eines Angemessenheitsbeschlusses (USA: nur an Unternehmen, die nach dem EU-U.S. Data "
        "Privacy Framework zertifiziert sind) oder mit geeigneten Garantien wie den Standardvertragsklauseln "
        "der Kommission übermitteln.",
    ),
    "dp_eu_art13": (
        "Update the privacy notice: name {vendor} (or the category of recipient) and any transfer outside the "
        "EU/EEA with its safeguard.",
        "Datenschutzhinweise ergänzen: {vendor} (oder die Kategorie der Empfänger) und jede Übermittlung außerhalb "
        "des EU/EWR-Raums mit ihrer Garantie nennen.",
    ),
    "dp_eu_art30": (
        "Enter the processing in the record of processing activities (organisations with fewer than 250 "
        "people are exempt only for occasional processing that carries no risk and touches neither special "
        "categories nor criminal-conviction data).",
        "Die Verarbeitung ins Verzeichnis von Verarbeitungstätigkeiten aufnehmen (Organisationen mit weniger als "
        "250 Beschäftigten sind nur bei gelegentlicher Verarbeitung ohne Risiko und ohne besondere Kategorien "
        "oder Daten über Straftaten ausgenommen).",
    ),
    "dp_eu_art35": (
        "Check before going live whether a data protection impact assessment is required, and carry it out if "
        "so: evaluating or profiling people can result in a high risk to their rights and freedoms.",
        "Vor dem Produktivstart prüfen, ob eine Datenschutz-Folgenabschätzung nötig ist, und sie "
        "gegebenenfalls durchführen: die Bewertung oder das Profiling von Personen kann ein hohes Risiko für "
        "ihre Rechte und Freiheiten zur Folge haben.",
    ),
    "dp_eu_art22": (
        "Do not let the system alone take decisions with legal or similarly significant effects on people "
        "unless an exception of Art. 22(2) GDPR applies; where it rests on a contract or on consent, provide "
        "for human intervention, the person's view and the right to contest the decision.",
        "Das System nicht allein Entscheidungen mit rechtlicher oder ähnlich erheblicher Wirkung für Personen "
        "treffen lassen, außer eine Ausnahme nach Art. 22 Abs. 2 DSGVO greift; beruht sie auf einem Vertrag "
        "oder einer Einwilligung, das Eingreifen einer Person, die Darlegung des eigenen Standpunkts und die "
        "Anfechtung der Entscheidung ermöglichen.",
    ),
    "dp_de_203": (
        "If the files are professional secrets (§ 203 StGB binds e.g. doctors, lawyers, tax advisers and "
        "auditors), let {vendor} see them only as far as the work requires and bind each provider to "
        "confidentiality first: if a provider then discloses a secret, not having bound it is an offence of "
        "your own (§ 203(3) and (4) StGB); otherwise keep the use case in-house.",
        "Sind die Unterlagen Berufsgeheimnisse (§ 203 StGB erfasst z. B. Ärzte, Rechtsanwälte, Steuerberater "
        "und Wirtschaftsprüfer), {vendor} nur so weit Einblick geben, wie die Tätigkeit es erfordert, und "
        "jeden Anbieter vorher zur Geheimhaltung verpflichten: offenbart ein Anbieter danach ein Geheimnis, "
        "machen Sie sich strafbar, wenn Sie das unterlassen haben (§ 203 Abs. 3 und 4 StGB); sonst den "
        "Anwendungsfall im Haus betreiben.",
    ),
    "dp_de_203_question": (
        "Are the use case's files covered by professional secrecy (§ 203 StGB: doctors, lawyers, tax "
        "advisers, auditors)? Then the provider must be bound to confidentiality before it sees them.",
        "Fallen die Unterlagen des Anwendungsfalls unter ein Berufsgeheimnis (§ 203 StGB: Ärzte, Rechtsanwälte, "
        "Steuerberater, Wirtschaftsprüfer)? Dann muss der Anbieter zur Geheimhaltung verpflichtet sein, bevor er "
        "sie sieht.",
    ),
    # the article as a German reader cites it (DSG/DSV, DSGVO); English keeps the knowledge base's label
    "dp_ch_art9_article": ("Art. 9 FADP", "Art. 9 DSG"),
    "dp_ch_art16_article": ("Art. 16-17 FADP", "Art. 16–17 DSG"),
    "dp_ch_art19_article": ("Art. 19 FADP", "Art. 19 DSG"),
    "dp_ch_art12_article": ("Art. 12 FADP; Art. 24 DPO", "Art. 12 DSG; Art. 24 DSV"),
    "dp_ch_art22_article": ("Art. 22 FADP", "Art. 22 DSG"),
    "dp_ch_art21_article": ("Art. 21 FADP", "Art. 21 DSG"),
    "dp_ch_art62_article": ("Art. 62 FADP", "Art. 62 DSG"),
    "dp_ch_321_article": ("Art. 321 StGB", "Art. 321 StGB"),
    "dp_eu_art28_article": ("Art. 28 GDPR", "Art. 28 DSGVO"),
    "dp_eu_art44_article": ("Art. 44-46 GDPR", "Art. 44–46 DSGVO"),
    "dp_eu_art13_article": ("Art. 13-14 GDPR", "Art. 13–14 DSGVO"),
    "dp_eu_art30_article": ("Art. 30 GDPR", "Art. 30 DSGVO"),
    "dp_eu_art35_article": ("Art. 35 GDPR", "Art. 35 DSGVO"),
    "dp_eu_art22_article": ("Art. 22 GDPR", "Art. 22 DSGVO"),
    "dp_de_203_article": ("§ 203 StGB", "§ 203 StGB"),
    **{f"{m}_question": _PERSONAL_DATA_Q for m in ("dp_ch_art9", "dp_ch_art16", "dp_ch_art19", "dp_ch_art12",
                                                   "dp_eu_art28", "dp_eu_art44", "dp_eu_art13", "dp_eu_art30")},
})

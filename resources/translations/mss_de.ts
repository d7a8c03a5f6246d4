<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddModelDialog</name>
    <message>
        <location filename="../../desktop/ui/add_model.py" line="66"/>
        <source>Add model from disk</source>
        <translation>Modell von Datenträger hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_model.py" line="69"/>
        <source>Hugging Face model folder or .gguf file</source>
        <translation>Hugging-Face-Modellordner oder .gguf-Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_model.py" line="70"/>
        <source>&amp;Folder…</source>
        <translation>&amp;Ordner…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_model.py" line="72"/>
        <source>&amp;GGUF file…</source>
        <translation>&amp;GGUF-Datei…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_model.py" line="74"/>
        <source>&amp;Identify</source>
        <translation>&amp;Erkennen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_model.py" line="82"/>
        <source>Compute full &amp;SHA-256</source>
        <translation>Vollständige &amp;SHA-256 berechnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_model.py" line="92"/>
        <source>&amp;Add to my models</source>
        <translation>Zu meinen Modellen &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_model.py" line="104"/>
        <source>Model folder</source>
        <translation>Modellordner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_model.py" line="109"/>
        <source>GGUF file</source>
        <translation>GGUF-Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_model.py" line="109"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-Modelle (*.gguf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_model.py" line="120"/>
        <source>Not a model this app can read:</source>
        <translation>Kein Modell, das diese Anwendung lesen kann:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_model.py" line="131"/>
        <source>License: {0} — {1} (confidence {2})</source>
        <translation>Lizenz: {0} — {1} (Sicherheit {2})</translation>
    </message>
</context>
<context>
    <name>ApiPriceDialog</name>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="408"/>
        <source>Change my API price</source>
        <translation>Meinen API-Preis ändern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="408"/>
        <source>Add a negotiated API price</source>
        <translation>Ausgehandelten API-Preis hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="412"/>
        <source>Copy an API offering and enter the prices of your contract. Keeping the offering&apos;s id makes your price the one used everywhere; a new id adds it alongside.</source>
        <translation>Kopieren Sie ein API-Angebot und tragen Sie die Preise Ihres Vertrags ein. Behalten Sie die ID des Angebots, gilt Ihr Preis überall; mit einer neuen ID kommt er als zusätzliches Angebot hinzu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="420"/>
        <source>Based on</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="423"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="424"/>
        <source>Input price per million tokens</source>
        <translation>Eingabepreis pro Million Tokens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="425"/>
        <source>Output price per million tokens</source>
        <translation>Ausgabepreis pro Million Tokens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="426"/>
        <source>Cached input per million tokens</source>
        <translation>Gecachte Eingabe pro Million Tokens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="428"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="430"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="431"/>
        <source>EU data residency</source>
        <translation>Datenhaltung in der EU</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="453"/>
        <source>Negotiated price; other facts copied from %1.</source>
        <translation>Ausgehandelter Preis; übrige Angaben aus %1 übernommen.</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="357"/>
        <source>Use case:</source>
        <translation>Anwendungsfall:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="284"/>
        <source>Pin</source>
        <translation>Fixieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="254"/>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="271"/>
        <source>Candidates of the use case</source>
        <translation>Kandidaten des Anwendungsfalls</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="285"/>
        <source>Choose the selected candidate for this use case, overruling the ranking</source>
        <translation>Den ausgewählten Kandidaten für diesen Anwendungsfall festlegen, unabhängig von der Rangfolge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="287"/>
        <source>Unpin</source>
        <translation>Fixierung lösen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="288"/>
        <source>Let the ranking choose again</source>
        <translation>Wieder die Rangfolge entscheiden lassen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="296"/>
        <source>Details of the selected candidate</source>
        <translation>Details des gewählten Kandidaten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="325"/>
        <source>Cost versus volume</source>
        <translation>Kosten und Volumen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="325"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="325"/>
        <source>Cost over time</source>
        <translation>Kosten über die Zeit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="326"/>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="326"/>
        <source>License matrix</source>
        <translation>Lizenzmatrix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="327"/>
        <source>Cost versus monthly volume</source>
        <translation>Kosten nach monatlichem Volumen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="327"/>
        <source>Memory per self-hosted candidate</source>
        <translation>Speicher je selbst betriebenem Kandidaten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="328"/>
        <source>Cumulative cost over the horizon</source>
        <translation>Kumulierte Kosten über den Betrachtungszeitraum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="395"/>
        <source>What-if volume</source>
        <translation>Was-wäre-wenn-Volumen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="397"/>
        <source>Shows the costs at another volume; the portfolio changes only on Apply</source>
        <translation>Zeigt die Kosten bei einem anderen Volumen; das Portfolio ändert sich erst mit „Übernehmen“</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="401"/>
        <source>What-if utilisation</source>
        <translation>Was-wäre-wenn-Auslastung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="403"/>
        <source>Average share of serving capacity in use (a what-if until applied)</source>
        <translation>Durchschnittlich genutzter Anteil der Kapazität (nur ausprobiert, bis Sie übernehmen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="407"/>
        <source>What-if electricity price</source>
        <translation>Was-wäre-wenn-Strompreis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="409"/>
        <source>Electricity price per kWh (a what-if until applied)</source>
        <translation>Strompreis je kWh (nur ausprobiert, bis Sie übernehmen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="657"/>
        <source>Apply what-if values</source>
        <translation>Ausprobierte Werte übernehmen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="664"/>
        <source>utilisation {new:.0f} % (portfolio: {old:.0f} %)</source>
        <translation>Auslastung {new:.0f} % (Portfolio: {old:.0f} %)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="673"/>
        <source>{name}: {new} tokens/month (portfolio: {old})</source>
        <translation>{name}: {new} Tokens/Monat (Portfolio: {old})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="676"/>
        <source>What-if, not saved: {changes}. The portfolio and reports keep their values until you apply.</source>
        <translation>Nur ausprobiert, nicht gespeichert: {changes}. Portfolio und Berichte behalten ihre Werte, bis Sie übernehmen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="693"/>
        <source>Electricity: {price} {currency}/kWh</source>
        <translation>Strom: {price} {currency}/kWh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="718"/>
        <source>Volume: {volume} tokens/month</source>
        <translation>Volumen: {volume} Tokens/Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="325"/>
        <location filename="../../desktop/ui/views/assessment.py" line="328"/>
        <source>Portfolio mix</source>
        <translation>Portfolio-Mix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="329"/>
        <source>Sensitivity of the selected candidate</source>
        <translation>Sensitivität des ausgewählten Kandidaten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="329"/>
        <source>License matrix (question 1)</source>
        <translation>Lizenzmatrix (Frage 1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="351"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="352"/>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="353"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="378"/>
        <source>Apply to portfolio</source>
        <translation>Ins Portfolio übernehmen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="379"/>
        <source>Make the tried values part of the portfolio (one undoable edit)</source>
        <translation>Die ausprobierten Werte ins Portfolio übernehmen (ein rückgängig machbarer Schritt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="381"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="382"/>
        <source>Back to the portfolio&apos;s values</source>
        <translation>Zurück zu den Werten des Portfolios</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="393"/>
        <source>What if</source>
        <translation>Was wäre, wenn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="503"/>
        <source>The assessment failed: {error}</source>
        <translation>Die Bewertung ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="525"/>
        <source>No use case yet: add one in the portfolio.</source>
        <translation>Noch kein Anwendungsfall: Legen Sie einen im Portfolio an.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="534"/>
        <source>Recommendation: {summary}</source>
        <translation>Empfehlung: {summary}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="584"/>
        <source>Pinned by you.</source>
        <translation>Von Ihnen fixiert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="584"/>
        <source>Recommended.</source>
        <translation>Empfohlen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="586"/>
        <source>total {total:.1f}, {monthly} per month, {tco} over {months} months</source>
        <translation>Gesamt {total:.1f}, {monthly} pro Monat, {tco} über {months} Monate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="598"/>
        <source>Question {n} ({topic}): {score:.0f}</source>
        <translation>Frage {n} ({topic}): {score:.0f}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="603"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="604"/>
        <source>question {q}</source>
        <translation>Frage {q}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="611"/>
        <source>Deciding clause</source>
        <translation>Ausschlaggebende Klausel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="616"/>
        <source>Obligations</source>
        <translation>Pflichten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="622"/>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="627"/>
        <source>Monthly cost with all assumptions uncertain (Monte Carlo, {n} draws): p5 {p5}, p50 {p50}, p95 {p95}</source>
        <translation>Monatliche Kosten bei unsicheren Annahmen (Monte Carlo, {n} Ziehungen): p5 {p5}, p50 {p50}, p95 {p95}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="637"/>
        <source>Pin candidate</source>
        <translation>Kandidat fixieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="642"/>
        <source>Unpin candidate</source>
        <translation>Fixierung des Kandidaten lösen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="667"/>
        <source>electricity {new} (portfolio: {old}) {currency}/kWh</source>
        <translation>Strom {new} (Portfolio: {old}) {currency}/kWh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="692"/>
        <source>Utilisation: {pct:.0f} %</source>
        <translation>Auslastung: {pct:.0f} %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="712"/>
        <source>Volume: no token volume set</source>
        <translation>Volumen: kein Token-Volumen angegeben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="719"/>
        <source>Today: {volume} tokens/month</source>
        <translation>Heute: {volume} Tokens/Monat</translation>
    </message>
</context>
<context>
    <name>BoundForm</name>
    <message>
        <location filename="../../desktop/ui/form.py" line="120"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form.py" line="132"/>
        <source>“{0}” is not a country in the list: type part of its name and pick it.</source>
        <translation>„{0}“ ist kein Land der Liste: Tippen Sie einen Teil des Namens und wählen Sie es aus.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form.py" line="141"/>
        <source>Change “{0}”</source>
        <translation>„{0}“ ändern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/form.py" line="155"/>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="12"/>
        <source>Portfolio name</source>
        <translation>Name des Portfolios</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="13"/>
        <source>Consultant</source>
        <translation>Berater</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="14"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="15"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="17"/>
        <source>Type part of the name and pick it, e.g. “Öster” or “AT”</source>
        <translation>Einen Teil des Namens tippen und auswählen, z. B. „Öster“ oder „AT“</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="18"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="20"/>
        <source>USD per unit of currency</source>
        <translation>USD je Währungseinheit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="22"/>
        <source>Electricity price per kWh</source>
        <translation>Strompreis pro kWh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="24"/>
        <source>PUE of the server room</source>
        <translation>PUE des Serverraums</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="26"/>
        <source>Power usage effectiveness: facility power ÷ IT power</source>
        <translation>Power Usage Effectiveness: Gesamtleistung der Anlage ÷ IT-Leistung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="27"/>
        <source>Staff cost per FTE and year</source>
        <translation>Personalkosten pro VZÄ und Jahr</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="29"/>
        <source>Team able to run models (FTE)</source>
        <translation>Team für den Modellbetrieb (VZÄ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="31"/>
        <source>Colocation per kW and month</source>
        <translation>Colocation pro kW und Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="33"/>
        <source>Group monthly active users</source>
        <translation>Monatlich aktive Nutzer des Konzerns</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="35"/>
        <source>Group monthly revenue (USD)</source>
        <translation>Monatlicher Konzernumsatz (USD)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="37"/>
        <source>Cost of capital per year (0.06 = 6 %)</source>
        <translation>Kapitalkosten pro Jahr (0,06 = 6 %)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="39"/>
        <source>Hardware budget up front (empty: none)</source>
        <translation>Hardware-Budget vorab (leer: keins)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="44"/>
        <source>Horizon (months)</source>
        <translation>Betrachtungszeitraum (Monate)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="46"/>
        <source>Amortisation (months)</source>
        <translation>Abschreibungsdauer (Monate)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="48"/>
        <source>Residual value share</source>
        <translation>Restwertanteil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="50"/>
        <source>Maintenance per year (share of hardware)</source>
        <translation>Wartung pro Jahr (Anteil am Hardwarepreis)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="52"/>
        <source>Average utilisation</source>
        <translation>Durchschnittliche Auslastung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="54"/>
        <source>Operations per self-hosted deployment (FTE)</source>
        <translation>Betrieb je selbst betriebener Bereitstellung (VZÄ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="56"/>
        <source>Operations per API integration (FTE)</source>
        <translation>Betrieb je API-Anbindung (VZÄ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="58"/>
        <source>Model switch every (months)</source>
        <translation>Modellwechsel alle (Monate)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="60"/>
        <source>Migration cost, self-hosted</source>
        <translation>Migrationskosten, selbst betrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="62"/>
        <source>Migration cost, API</source>
        <translation>Migrationskosten, API</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="64"/>
        <source>Sensitivity range (± %)</source>
        <translation>Sensitivitätsbereich (± %)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="69"/>
        <source>1 License</source>
        <translation>1 Lizenz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="70"/>
        <source>2 Hardware and speed</source>
        <translation>2 Hardware und Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="72"/>
        <source>3 Own evaluation</source>
        <translation>3 Eigene Evaluierung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="73"/>
        <source>4 Support and community</source>
        <translation>4 Support und Community</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="75"/>
        <source>5 Long-term cost</source>
        <translation>5 Langfristige Kosten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="68"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="69"/>
        <source>Licensee country</source>
        <translation>Land des Lizenznehmers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="71"/>
        <source>Where the licensee (your organisation) is established</source>
        <translation>Wo der Lizenznehmer (Ihre Organisation) ansässig ist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="72"/>
        <source>Commercial use</source>
        <translation>Kommerzielle Nutzung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="73"/>
        <source>Customer-facing</source>
        <translation>Mit Kundenkontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="75"/>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="77"/>
        <source>self-hosted</source>
        <translation>selbst betrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="78"/>
        <source>third-party-service</source>
        <translation>Dienst eines Dritten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="79"/>
        <source>third-party-service: you are only an end user of someone else&apos;s product</source>
        <translation>Dienst eines Dritten: Sie sind nur Endnutzer des Produkts eines anderen Anbieters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="81"/>
        <source>Offered to others as a hosted service</source>
        <translation>Anderen als gehosteter Dienst angeboten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="83"/>
        <source>Product monthly active users</source>
        <translation>Monatlich aktive Nutzer des Produkts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="85"/>
        <source>Fine-tuning</source>
        <translation>Fine-Tuning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="86"/>
        <source>Redistributing weights</source>
        <translation>Weitergabe der Gewichte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="88"/>
        <source>Name of the derived model</source>
        <translation>Name des abgeleiteten Modells</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="90"/>
        <source>Outputs train other models</source>
        <translation>Ausgaben trainieren andere Modelle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="92"/>
        <source>Image, audio or video input</source>
        <translation>Bild-, Audio- oder Videoeingabe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="94"/>
        <source>Cached share of input</source>
        <translation>Gecachter Anteil der Eingabe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="96"/>
        <source>Prompt tokens</source>
        <translation>Prompt-Tokens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="98"/>
        <source>Time to first token target (ms)</source>
        <translation>Zielzeit bis zum ersten Token (ms)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="101"/>
        <source>Tokens per second per user (min)</source>
        <translation>Tokens pro Sekunde und Nutzer (min.)</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="174"/>
        <source>Add a self-hosted candidate</source>
        <translation>Selbst betriebenen Kandidaten hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="174"/>
        <source>Add an API candidate</source>
        <translation>API-Kandidaten hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="184"/>
        <source>Search the catalog</source>
        <translation>Katalog durchsuchen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="185"/>
        <source>Type any part of the id, name or family, e.g. “llama 70b”</source>
        <translation>Beliebigen Teil von Kennung, Name oder Familie tippen, z. B. „llama 70b“</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="190"/>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="507"/>
        <source>API offering</source>
        <translation>API-Angebot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="190"/>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="190"/>
        <source>Price per M tokens (in / out)</source>
        <translation>Preis je Mio. Tokens (Ein / Aus)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="191"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="191"/>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="195"/>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="194"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="194"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="194"/>
        <source>Weights at precision</source>
        <translation>Gewichte bei dieser Präzision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="194"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="201"/>
        <source>Catalog entries matching the search</source>
        <translation>Katalogeinträge, die zur Suche passen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="251"/>
        <source>Weight precision</source>
        <translation>Präzision der Gewichte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="251"/>
        <source>KV-cache precision</source>
        <translation>Präzision des KV-Cache</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="252"/>
        <source>Accelerator</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="252"/>
        <source>Devices per replica</source>
        <translation>Geräte je Replikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="274"/>
        <source>Add to use cases</source>
        <translation>Zu Anwendungsfällen hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="282"/>
        <source>Also add to {0}</source>
        <translation>Auch zu {0} hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="449"/>
        <source>Fits: {used:,.0f} of {usable:,.0f} GB</source>
        <translation>Passt: {used:,.0f} von {usable:,.0f} GB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="451"/>
        <source>Does not fit: needs {used:,.0f} GB, {usable:,.0f} GB usable</source>
        <translation>Passt nicht: braucht {used:,.0f} GB, {usable:,.0f} GB nutzbar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="453"/>
        <source>{n} replica(s), {devices} device(s)</source>
        <translation>{n} Replikat(e), {devices} Gerät(e)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="454"/>
        <source>{monthly} per month</source>
        <translation>{monthly} pro Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="456"/>
        <source>license: {verdict}</source>
        <translation>Lizenz: {verdict}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="464"/>
        <source>Why {n} replicas: one replica serves {concurrent} request(s) at {context:,} tokens of context; the use case has {peak} at peak and {volume} tokens a month.</source>
        <translation>Warum {n} Replikate: Ein Replikat bedient {concurrent} Anfrage(n) bei {context:,} Tokens Kontext; der Anwendungsfall hat {peak} in der Spitze und {volume} Tokens im Monat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="507"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="509"/>
        <source>Choose a {what} from the list.</source>
        <translation>Bitte wählen Sie aus der Liste ({what}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="511"/>
        <source>“{text}” is not a {what} id in the knowledge base; it matches several: {near}. Pick one from the list.</source>
        <translation>„{text}“ ist keine Kennung ({what}) der Wissensbasis; es passt auf mehrere: {near}. Bitte einen Eintrag der Liste wählen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="514"/>
        <source>No {what} “{text}” in the knowledge base. Close matches: {near}.</source>
        <translation>Kein Eintrag „{text}“ ({what}) in der Wissensbasis. Ähnlich: {near}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="517"/>
        <source>No {what} “{text}” in the knowledge base, and nothing close to it.</source>
        <translation>Kein Eintrag „{text}“ ({what}) in der Wissensbasis und nichts Ähnliches.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="253"/>
        <source>Serving engine</source>
        <translation>Inferenz-Engine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="43"/>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="44"/>
        <source>allowed with obligations</source>
        <translation>erlaubt mit Pflichten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="45"/>
        <source>needs review</source>
        <translation>Prüfung nötig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="46"/>
        <source>blocked</source>
        <translation>unzulässig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidate_dialog.py" line="253"/>
        <source>Bought or rented</source>
        <translation>Gekauft oder gemietet</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="77"/>
        <source>Choice</source>
        <translation>Wahl</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="77"/>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="77"/>
        <source>1 License</source>
        <translation>1 Lizenz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="77"/>
        <source>2 Hardware</source>
        <translation>2 Hardware</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="78"/>
        <source>3 Use case</source>
        <translation>3 Anwendungsfall</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="78"/>
        <source>4 Support</source>
        <translation>4 Support</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="78"/>
        <source>5 Cost</source>
        <translation>5 Kosten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="78"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="79"/>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="79"/>
        <source>Fits</source>
        <translation>Passt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="79"/>
        <source>Monthly cost</source>
        <translation>Monatliche Kosten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="80"/>
        <source>license</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="80"/>
        <location filename="../../desktop/ui/views/assessment.py" line="211"/>
        <source>hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="80"/>
        <source>use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="80"/>
        <source>support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="81"/>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="83"/>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="84"/>
        <source>allowed with obligations</source>
        <translation>erlaubt mit Pflichten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="85"/>
        <source>needs review</source>
        <translation>Prüfung nötig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="86"/>
        <source>blocked</source>
        <translation>unzulässig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="108"/>
        <source>Question {n}: {topic} (0-100)</source>
        <translation>Frage {n}: {topic} (0–100)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="132"/>
        <source>excluded</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="127"/>
        <source>blocked (Q1 license)</source>
        <translation>unzulässig (F1 Lizenz)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="125"/>
        <source>excluded (rule: {rule})</source>
        <translation>ausgeschlossen (Regel: {rule})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="129"/>
        <source>does not fit (Q2 hardware)</source>
        <translation>passt nicht (F2 Hardware)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="131"/>
        <source>excluded (Q{n} {topic})</source>
        <translation>ausgeschlossen (F{n} {topic})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="133"/>
        <source>vendor terms</source>
        <translation>Anbieterbedingungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="134"/>
        <source>{verdict} (Q1 license)</source>
        <translation>{verdict} (F1 Lizenz)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="138"/>
        <source>vendor-hosted</source>
        <translation>beim Anbieter gehostet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="140"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="141"/>
        <source>yes, {used:.0f}/{usable:.0f} GB</source>
        <translation>ja, {used:.0f}/{usable:.0f} GB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="168"/>
        <source>★ pinned</source>
        <translation>★ fixiert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="168"/>
        <source>★ best</source>
        <translation>★ beste</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="184"/>
        <source>Pinned by you, overruling the ranking</source>
        <translation>Von Ihnen fixiert, unabhängig von der Rangfolge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="184"/>
        <source>Recommended: the highest total</source>
        <translation>Empfohlen: die höchste Gesamtpunktzahl</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="192"/>
        <source>Question {n} ({topic}): {score:.0f}/100</source>
        <translation>Frage {n} ({topic}): {score:.0f}/100</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="196"/>
        <source>Weighted score {w:.1f}</source>
        <translation>Gewichtete Punktzahl {w:.1f}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="197"/>
        <source>rule &apos;{name}&apos; (question {q}): {points:+g} for {favours}</source>
        <translation>Regel „{name}“ (Frage {q}): {points:+g} für {favours}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="206"/>
        <source>deciding clause: {clause} of {license}: {summary}</source>
        <translation>ausschlaggebende Klausel: {clause} der {license}: {summary}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="211"/>
        <source>power</source>
        <translation>Strom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="211"/>
        <source>colocation</source>
        <translation>Colocation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="212"/>
        <source>staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="212"/>
        <source>maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="212"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/assessment.py" line="213"/>
        <source>migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidates.py" line="41"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidates.py" line="42"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidates.py" line="43"/>
        <source>API offering</source>
        <translation>API-Angebot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidates.py" line="44"/>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidates.py" line="45"/>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidates.py" line="46"/>
        <source>Accelerator</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidates.py" line="48"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidates.py" line="49"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidates.py" line="50"/>
        <source>Bought / rented</source>
        <translation>Gekauft / gemietet</translation>
    </message>
</context>
<context>
    <name>CandidatesView</name>
    <message>
        <location filename="../../desktop/ui/views/candidates.py" line="136"/>
        <location filename="../../desktop/ui/views/candidates.py" line="205"/>
        <source>Candidates for:</source>
        <translation>Kandidaten für:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidates.py" line="140"/>
        <source>Use case whose candidates are shown</source>
        <translation>Anwendungsfall, dessen Kandidaten gezeigt werden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidates.py" line="149"/>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidates.py" line="160"/>
        <source>Add &amp;self-hosted…</source>
        <translation>&amp;Selbst betrieben hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidates.py" line="161"/>
        <source>Add &amp;API…</source>
        <translation>A&amp;PI hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidates.py" line="162"/>
        <source>&amp;Remove</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidates.py" line="163"/>
        <source>Su&amp;ggest</source>
        <translation>&amp;Vorschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidates.py" line="278"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidates.py" line="281"/>
        <source>Suggest added {n} candidate(s) (Edit ▸ Undo takes them back):</source>
        <translation>Vorschlagen hat {n} Kandidaten hinzugefügt (Bearbeiten ▸ Rückgängig nimmt sie zurück):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidates.py" line="205"/>
        <source>Select a use case first</source>
        <translation>Wählen Sie zuerst einen Anwendungsfall aus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidates.py" line="222"/>
        <source>Add candidate</source>
        <translation>Kandidat hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidates.py" line="254"/>
        <source>Remove candidate</source>
        <translation>Kandidat entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidates.py" line="266"/>
        <source>Nothing to suggest: every fitting, allowed option is already a candidate.</source>
        <translation>Nichts vorzuschlagen: Jede passende, erlaubte Option ist bereits ein Kandidat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidates.py" line="270"/>
        <source>Suggest candidates</source>
        <translation>Kandidaten vorschlagen</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../desktop/ui/charts/data.py" line="25"/>
        <source> (rented)</source>
        <translation> (gemietet)</translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <location filename="../../desktop/ui/views/candidates.py" line="120"/>
        <source>“{0}” is not in the knowledge base. Close matches: {1}</source>
        <translation>„{0}“ ist nicht in der Wissensbasis. Ähnlich: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/candidates.py" line="121"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>CostVolumeChart</name>
    <message>
        <location filename="../../desktop/ui/charts/cost_volume.py" line="53"/>
        <source>Drag to see the costs at another volume</source>
        <translation>Ziehen, um die Kosten bei einem anderen Volumen zu sehen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/cost_volume.py" line="68"/>
        <source>Monthly cost ({currency})</source>
        <translation>Monatliche Kosten ({currency})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/cost_volume.py" line="69"/>
        <source>Tokens per month (log scale)</source>
        <translation>Tokens pro Monat (logarithmisch)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/cost_volume.py" line="85"/>
        <source>break-even {volume}</source>
        <translation>Gewinnschwelle {volume}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/cost_volume.py" line="88"/>
        <source>break-even with {api}</source>
        <translation>Break-even mit {api}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/cost_volume.py" line="93"/>
        <source>p5–p95 today (Monte Carlo)</source>
        <translation>p5–p95 heute (Monte Carlo)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/cost_volume.py" line="95"/>
        <source>p5 {p5} · p50 {p50} · p95 {p95}</source>
        <translation>p5 {p5} · p50 {p50} · p95 {p95}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/cost_volume.py" line="168"/>
        <source>At {volume} tokens per month:</source>
        <translation>Bei {volume} Tokens pro Monat:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/cost_volume.py" line="174"/>
        <source>Selected candidate today: {band}</source>
        <translation>Ausgewählter Kandidat heute: {band}</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../../desktop/ui/countries.py" line="14"/>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="14"/>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="15"/>
        <source>Bulgaria</source>
        <translation>Bulgarien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="15"/>
        <source>Croatia</source>
        <translation>Kroatien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="16"/>
        <source>Cyprus</source>
        <translation>Zypern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="16"/>
        <source>Czechia</source>
        <translation>Tschechien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="17"/>
        <source>Denmark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="17"/>
        <source>Estonia</source>
        <translation>Estland</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="18"/>
        <source>Finland</source>
        <translation>Finnland</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="18"/>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="19"/>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="19"/>
        <source>Greece</source>
        <translation>Griechenland</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="20"/>
        <source>Hungary</source>
        <translation>Ungarn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="20"/>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="21"/>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="21"/>
        <source>Latvia</source>
        <translation>Lettland</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="22"/>
        <source>Lithuania</source>
        <translation>Litauen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="22"/>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="23"/>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="23"/>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="24"/>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="24"/>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="25"/>
        <source>Romania</source>
        <translation>Rumänien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="25"/>
        <source>Slovakia</source>
        <translation>Slowakei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="26"/>
        <source>Slovenia</source>
        <translation>Slowenien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="26"/>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="27"/>
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="27"/>
        <source>Iceland</source>
        <translation>Island</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="28"/>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="28"/>
        <source>Norway</source>
        <translation>Norwegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="29"/>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="29"/>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="30"/>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="30"/>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="31"/>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="31"/>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="32"/>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="32"/>
        <source>Turkey</source>
        <translation>Türkei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="33"/>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="33"/>
        <source>Russia</source>
        <translation>Russland</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="34"/>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="34"/>
        <source>Brazil</source>
        <translation>Brasilien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="35"/>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="35"/>
        <source>United Arab Emirates</source>
        <translation>Vereinigte Arabische Emirate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="36"/>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/countries.py" line="36"/>
        <source>South Korea</source>
        <translation>Südkorea</translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="55"/>
        <source>Create a signing identity</source>
        <translation>Signaturidentität anlegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="62"/>
        <source>A self-signed certificate (EC P-256, valid for three years) with its private key, kept in your user folder and protected by the passphrase. The passphrase cannot be recovered: keep it safe.</source>
        <translation>Ein selbst signiertes Zertifikat (EC P-256, drei Jahre gültig) mit seinem privaten Schlüssel, in Ihrem Benutzerordner abgelegt und durch die Passphrase geschützt. Die Passphrase lässt sich nicht wiederherstellen: Bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="70"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="71"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="72"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="73"/>
        <source>Repeat passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="75"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="90"/>
        <source>Enter the name that the signature shows.</source>
        <translation>Geben Sie den Namen ein, den die Signatur zeigt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="92"/>
        <source>Enter the organisation.</source>
        <translation>Geben Sie die Organisation ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="94"/>
        <source>The passphrase needs at least {0} characters.</source>
        <translation>Die Passphrase braucht mindestens {0} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="96"/>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/ui/views/dashboard.py" line="142"/>
        <source>per month, recommended mix</source>
        <translation>pro Monat, empfohlene Auswahl</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard.py" line="143"/>
        <source>total cost of ownership</source>
        <translation>Gesamtkosten (TCO)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard.py" line="144"/>
        <source>hardware to buy (capex)</source>
        <translation>zu kaufende Hardware (Investition)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard.py" line="145"/>
        <source>use cases served</source>
        <translation>Anwendungsfälle abgedeckt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard.py" line="146"/>
        <source>options blocked by their license</source>
        <translation>Optionen, die ihre Lizenz ausschließt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard.py" line="155"/>
        <source>Scenario comparison</source>
        <translation>Szenarienvergleich</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard.py" line="203"/>
        <source>The assessment failed: {error}</source>
        <translation>Die Bewertung ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard.py" line="213"/>
        <source>total cost of ownership over {n} months</source>
        <translation>Gesamtkosten (TCO) über {n} Monate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard.py" line="218"/>
        <source>No use case yet: add one under Use cases.</source>
        <translation>Noch kein Anwendungsfall: Legen Sie einen unter Anwendungsfälle an.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard.py" line="224"/>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard.py" line="224"/>
        <source>TCO, {n} months</source>
        <translation>TCO, {n} Monate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard.py" line="224"/>
        <source>capex</source>
        <translation>Investition</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard.py" line="225"/>
        <source>use cases not served</source>
        <translation>nicht abgedeckte Anwendungsfälle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard.py" line="258"/>
        <source>{platform}: {use_cases} pooled, {monthly} per month; pooled break-even {break_even} (today {today})</source>
        <translation>{platform}: {use_cases} gebündelt, {monthly} im Monat; gebündelter Break-even {break_even} (heute {today})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard.py" line="262"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="66"/>
        <location filename="../../desktop/ui/report/export_dialog.py" line="228"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="78"/>
        <source>Identities…</source>
        <translation>Identitäten…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="85"/>
        <source>unlocks the identity; not stored</source>
        <translation>entsperrt die Identität; wird nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="87"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="94"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="95"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="96"/>
        <source>Sign as</source>
        <translation>Signieren als</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="97"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="98"/>
        <source>Save to</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="107"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="109"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="129"/>
        <source>None — an unsigned draft</source>
        <translation>Keine – ein unsignierter Entwurf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="134"/>
        <source>{0} (expired)</source>
        <translation>{0} (abgelaufen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="168"/>
        <source>Save the report as</source>
        <translation>Bericht speichern unter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="169"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="194"/>
        <source>There is no assessment to report: {0}</source>
        <translation>Es gibt keine Bewertung für einen Bericht: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="197"/>
        <source>Choose where to save the report.</source>
        <translation>Wählen Sie, wo der Bericht gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="200"/>
        <source>Enter the passphrase of the identity, or choose “None” for an unsigned draft.</source>
        <translation>Geben Sie die Passphrase der Identität ein oder wählen Sie „Keine“ für einen unsignierten Entwurf.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="204"/>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="205"/>
        <source>“{0}” already exists in {1}. Replace it?</source>
        <translation>„{0}“ gibt es in {1} bereits. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="227"/>
        <source>Preparing the report…</source>
        <translation>Bericht wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="240"/>
        <source>Unlocking the identity…</source>
        <translation>Identität wird entsperrt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="241"/>
        <source>Laying out the report…</source>
        <translation>Bericht wird gesetzt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="242"/>
        <source>Embedding the assessment…</source>
        <translation>Bewertung wird eingebettet…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="243"/>
        <source>Embedding the assessment and signing…</source>
        <translation>Bewertung wird eingebettet und signiert…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="244"/>
        <source>Writing the file…</source>
        <translation>Datei wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="257"/>
        <source>✓ Written: {0} ({1}), signed by {2}, {3}.
Fingerprint (SHA-256): {4}</source>
        <translation>✓ Geschrieben: {0} ({1}), signiert von {2}, {3}.
Fingerabdruck (SHA-256): {4}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="261"/>
        <source>✓ Written: {0} ({1}), an unsigned draft.</source>
        <translation>✓ Geschrieben: {0} ({1}), ein unsignierter Entwurf.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="273"/>
        <source>The passphrase does not unlock “{0}”, or the file is not a PKCS#12 identity. Nothing was written.</source>
        <translation>Die Passphrase entsperrt „{0}“ nicht, oder die Datei ist keine PKCS#12-Identität. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="276"/>
        <source>The report could not be saved: {0}
Nothing was written; any earlier file there is unchanged.</source>
        <translation>Der Bericht konnte nicht gespeichert werden: {0}
Es wurde nichts geschrieben; eine dort vorhandene Datei ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="279"/>
        <source>The report could not be signed: {0}
Nothing was written.</source>
        <translation>Der Bericht konnte nicht signiert werden: {0}
Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="281"/>
        <source>The export failed: {0}
Nothing was written.</source>
        <translation>Der Export ist fehlgeschlagen: {0}
Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/export_dialog.py" line="285"/>
        <source>✗ {0}</source>
        <translation>✗ {0}</translation>
    </message>
</context>
<context>
    <name>GpuDialog</name>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="324"/>
        <source>Change my GPU</source>
        <translation>Meine GPU ändern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="324"/>
        <source>Add a GPU I own</source>
        <translation>Eigene GPU hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="327"/>
        <source>Enter the device&apos;s data-sheet figures. Start from a similar bundled device to copy the facts not shown here (generation, interconnect, release year).</source>
        <translation>Tragen Sie die Werte aus dem Datenblatt des Geräts ein. Gehen Sie von einem ähnlichen mitgelieferten Gerät aus, um die hier nicht gezeigten Angaben (Generation, Interconnect, Erscheinungsjahr) zu übernehmen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="332"/>
        <source>(blank)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="336"/>
        <source>Start from</source>
        <translation>Ausgehen von</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="339"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="339"/>
        <source>Left empty, it is made from the name</source>
        <translation>Bleibt das Feld leer, wird die ID aus dem Namen gebildet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="340"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="341"/>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="342"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="343"/>
        <source>Memory (GB)</source>
        <translation>Speicher (GB)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="344"/>
        <source>Memory type</source>
        <translation>Speichertyp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="344"/>
        <source>e.g. GDDR6X, HBM3</source>
        <translation>z. B. GDDR6X, HBM3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="345"/>
        <source>Memory bandwidth (GB/s)</source>
        <translation>Speicherbandbreite (GB/s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="346"/>
        <source>Board power (W)</source>
        <translation>Leistungsaufnahme (W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="347"/>
        <source>Price, low (USD)</source>
        <translation>Preis, untere Grenze (USD)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="348"/>
        <source>Price, high (USD)</source>
        <translation>Preis, obere Grenze (USD)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="349"/>
        <source>BF16 TFLOPS (dense)</source>
        <translation>BF16-TFLOPS (dense)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="350"/>
        <source>FP8 TFLOPS (dense)</source>
        <translation>FP8-TFLOPS (dense)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="351"/>
        <source>FP4 TFLOPS (dense)</source>
        <translation>FP4-TFLOPS (dense)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="352"/>
        <source>INT8 TOPS (dense)</source>
        <translation>INT8-TOPS (dense)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="353"/>
        <source>Generation</source>
        <translation>Generation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="353"/>
        <source>e.g. ada, hopper, rdna3</source>
        <translation>z. B. ada, hopper, rdna3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="369"/>
        <source>left empty: made from the name</source>
        <translation>leer: wird aus dem Namen gebildet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="388"/>
        <source>Started from the bundled entry %1.</source>
        <translation>Ausgehend vom mitgelieferten Eintrag %1.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../desktop/ui/help.py" line="43"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="52"/>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="56"/>
        <source>Search the glossary (e.g. PUE, KV cache)</source>
        <translation>Im Glossar suchen (z. B. PUE, KV-Cache)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="108"/>
        <source>Nothing in the glossary matches “{0}”.</source>
        <translation>Nichts im Glossar passt zu „{0}“.</translation>
    </message>
</context>
<context>
    <name>IdentitiesDialog</name>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="115"/>
        <source>Signing identities</source>
        <translation>Signaturidentitäten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="120"/>
        <source>Reports are signed with one of these identities. A recipient checks a signature by comparing its fingerprint with you, for example by phone. Unlock an identity to show the fingerprint its certificate holds.</source>
        <translation>Berichte werden mit einer dieser Identitäten signiert. Empfänger prüfen eine Signatur, indem sie den Fingerabdruck mit Ihnen abgleichen, zum Beispiel am Telefon. Entsperren Sie eine Identität, um den Fingerabdruck aus ihrem Zertifikat zu zeigen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="125"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="125"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="125"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="126"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerabdruck (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="136"/>
        <source>No identity yet. Create one, or import the PKCS#12 file (.p12, .pfx) that your company&apos;s certificate authority issued.</source>
        <translation>Noch keine Identität. Legen Sie eine an oder importieren Sie die PKCS#12-Datei (.p12, .pfx), die die Zertifizierungsstelle Ihres Unternehmens ausgestellt hat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="143"/>
        <source>Create…</source>
        <translation>Anlegen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="144"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="145"/>
        <source>Unlock…</source>
        <translation>Entsperren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="146"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="180"/>
        <source>{0} (expired)</source>
        <translation>{0} (abgelaufen)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="181"/>
        <source>locked — unlock to show</source>
        <translation>gesperrt – zum Anzeigen entsperren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="207"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="208"/>
        <source>Passphrase of “{0}”:</source>
        <translation>Passphrase von „{0}“:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="225"/>
        <source>Cannot create the identity</source>
        <translation>Identität kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="229"/>
        <source>Created “{0}”. Its fingerprint: {1}</source>
        <translation>„{0}“ angelegt. Fingerabdruck: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="235"/>
        <source>Import a signing identity</source>
        <translation>Signaturidentität importieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="236"/>
        <source>PKCS#12 identity (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-Identität (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="248"/>
        <source>Already there</source>
        <translation>Schon vorhanden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="249"/>
        <source>This certificate is already among your identities as “{0}”.</source>
        <translation>Dieses Zertifikat ist bereits als „{0}“ unter Ihren Identitäten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="254"/>
        <source>Cannot import the identity</source>
        <translation>Identität kann nicht importiert werden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="255"/>
        <source>“{0}” was not imported: the passphrase does not unlock it, or it is not a PKCS#12 file with a private key and its certificate.

{1}</source>
        <translation>„{0}“ wurde nicht importiert: Die Passphrase entsperrt sie nicht, oder es ist keine PKCS#12-Datei mit privatem Schlüssel und Zertifikat.

{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="260"/>
        <source>Imported “{0}”. Its fingerprint: {1}</source>
        <translation>„{0}“ importiert. Fingerabdruck: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="275"/>
        <source>Wrong passphrase</source>
        <translation>Falsche Passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="276"/>
        <source>The passphrase does not unlock “{0}”.</source>
        <translation>Die Passphrase entsperrt „{0}“ nicht.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="280"/>
        <source>“{0}” is unlocked for this window; the fingerprint comes from its certificate.</source>
        <translation>„{0}“ ist für dieses Fenster entsperrt; der Fingerabdruck stammt aus ihrem Zertifikat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="289"/>
        <source>Remove identity</source>
        <translation>Identität entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="290"/>
        <source>Remove the identity “{0}”?

Reports already signed with it stay valid, but you can no longer sign with it unless you keep a copy of its file.</source>
        <translation>Die Identität „{0}“ entfernen?

Bereits damit signierte Berichte bleiben gültig, aber Sie können damit nicht mehr signieren, es sei denn, Sie behalten eine Kopie ihrer Datei.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/identities.py" line="298"/>
        <source>Removed “{0}”.</source>
        <translation>„{0}“ entfernt.</translation>
    </message>
</context>
<context>
    <name>KnowledgeUpdate</name>
    <message>
        <location filename="../../desktop/ui/knowledge_update.py" line="15"/>
        <source>Update knowledge base from file</source>
        <translation>Wissensbasis aus Datei aktualisieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_update.py" line="16"/>
        <source>Knowledge bundles (*.mssbundle *.zip);;All files (*)</source>
        <translation>Wissenspakete (*.mssbundle *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_update.py" line="25"/>
        <source>Knowledge update refused</source>
        <translation>Aktualisierung der Wissensbasis abgelehnt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_update.py" line="26"/>
        <source>{0}

The installed knowledge base is unchanged.</source>
        <translation>{0}

Die installierte Wissensbasis bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_update.py" line="30"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_update.py" line="30"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_update.py" line="31"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_update.py" line="37"/>
        <source>Knowledge base updated</source>
        <translation>Wissensbasis aktualisiert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_update.py" line="38"/>
        <source>Installed knowledge {0}, released {1}.

{2}

The previous version is kept: File ▸ Roll back knowledge update returns to it.</source>
        <translation>Wissensstand {0} installiert, veröffentlicht am {1}.

{2}

Die vorherige Version bleibt erhalten: Datei ▸ Wissensbasis-Aktualisierung rückgängig machen stellt sie wieder her.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_update.py" line="41"/>
        <source>No record changed.</source>
        <translation>Kein Eintrag hat sich geändert.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_update.py" line="49"/>
        <location filename="../../desktop/ui/knowledge_update.py" line="51"/>
        <source>Roll back knowledge</source>
        <translation>Wissensbasis zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/knowledge_update.py" line="52"/>
        <source>The knowledge base is back at version {0}.</source>
        <translation>Die Wissensbasis ist wieder auf Version {0}.</translation>
    </message>
</context>
<context>
    <name>KnowledgeView</name>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="439"/>
        <source>Search names, summaries and clause text, e.g. Built with Llama</source>
        <translation>Namen, Zusammenfassungen und Klauseltexte durchsuchen, z. B. Built with Llama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="442"/>
        <source>Any verification</source>
        <translation>Jede Prüfstufe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="443"/>
        <source>Only my entries</source>
        <translation>Nur eigene Einträge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="451"/>
        <source>Search the knowledge base</source>
        <translation>Wissensbasis durchsuchen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="452"/>
        <source>Verification level</source>
        <translation>Prüfstufe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="453"/>
        <source>Kinds of records</source>
        <translation>Arten von Einträgen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="454"/>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="469"/>
        <source>Add a GPU I own…</source>
        <translation>Eigene GPU hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="470"/>
        <source>Add a negotiated API price…</source>
        <translation>Ausgehandelten API-Preis hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="471"/>
        <source>Change my entry…</source>
        <translation>Eigenen Eintrag ändern…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="472"/>
        <location filename="../../desktop/ui/views/knowledge.py" line="776"/>
        <location filename="../../desktop/ui/views/knowledge.py" line="786"/>
        <source>Remove my entry</source>
        <translation>Eigenen Eintrag entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="497"/>
        <source>No user overlay is open.</source>
        <translation>Es ist kein Benutzer-Overlay geöffnet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="563"/>
        <source>All kinds (%1)</source>
        <translation>Alle Arten (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="572"/>
        <source>%1 (%2, %3 mine)</source>
        <translation>%1 (%2, davon %3 eigene)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="588"/>
        <source>Knowledge base %1 · built %2 · verification: %3 primary, %4 secondary, %5 unverified · %6 facts older than %7 days</source>
        <translation>Wissensbasis %1 · erstellt %2 · Prüfstufe: %3 primär, %4 sekundär, %5 ungeprüft · %6 Angaben älter als %7 Tage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="600"/>
        <source>Problem in your overlay: %1</source>
        <translation>Problem in Ihrem Overlay: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="653"/>
        <source>%1 of %2 records</source>
        <translation>%1 von %2 Datensätzen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="778"/>
        <source>Remove your entry &apos;%1&apos; from the overlay? A bundled entry with the same id comes back.</source>
        <translation>Ihren Eintrag „%1“ aus dem Overlay entfernen? Ein mitgelieferter Eintrag mit derselben ID gilt dann wieder.</translation>
    </message>
</context>
<context>
    <name>LicenseMatrixTable</name>
    <message>
        <location filename="../../desktop/ui/charts/license_matrix.py" line="36"/>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/license_matrix.py" line="37"/>
        <source>obligations</source>
        <translation>Pflichten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/license_matrix.py" line="38"/>
        <source>review</source>
        <translation>prüfen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/license_matrix.py" line="39"/>
        <source>blocked</source>
        <translation>unzulässig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/license_matrix.py" line="40"/>
        <source>vendor terms</source>
        <translation>Anbieterbedingungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/license_matrix.py" line="84"/>
        <source>Question 1 (license): {verdict}</source>
        <translation>Frage 1 (Lizenz): {verdict}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/license_matrix.py" line="86"/>
        <source>A proprietary API: the vendor&apos;s commercial terms apply, not a model license.</source>
        <translation>Eine proprietäre API: Es gelten die Geschäftsbedingungen des Anbieters, keine Modelllizenz.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/license_matrix.py" line="88"/>
        <source>Deciding clause: {clause} of {license}</source>
        <translation>Ausschlaggebende Klausel: {clause} der {license}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/license_matrix.py" line="95"/>
        <source>Source: {url}</source>
        <translation>Quelle: {url}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/license_matrix.py" line="96"/>
        <source>Candidates: {names}</source>
        <translation>Kandidaten: {names}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="42"/>
        <source>Model Strategy portfolio (*.json);;All files (*)</source>
        <translation>Model-Strategy-Portfolio (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="66"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="83"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="84"/>
        <source>Use cases</source>
        <translation>Anwendungsfälle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="85"/>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="86"/>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="87"/>
        <source>Knowledge base</source>
        <translation>Wissensbasis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="88"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="122"/>
        <source>Refused: {0}</source>
        <translation>Abgelehnt: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="134"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="135"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="136"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="137"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="139"/>
        <source>Open &amp;sample portfolio</source>
        <translation>&amp;Beispielportfolio öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="141"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="142"/>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="144"/>
        <source>&amp;Export report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="146"/>
        <source>Export Excel &amp;workbook…</source>
        <translation>Excel-&amp;Arbeitsmappe exportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="148"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="150"/>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="152"/>
        <source>Veri&amp;fy a report…</source>
        <translation>Bericht &amp;prüfen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="154"/>
        <source>Update &amp;knowledge base from file…</source>
        <translation>&amp;Wissensbasis aus Datei aktualisieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="155"/>
        <source>Roll &amp;back knowledge update</source>
        <translation>Wissensbasis-Aktualisierung &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="156"/>
        <source>Add &amp;model from disk…</source>
        <translation>&amp;Modell von Datenträger hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="158"/>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="160"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="161"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="163"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="169"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="174"/>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="177"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="178"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="179"/>
        <source>Follow the system</source>
        <translation>Systemsprache verwenden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="183"/>
        <source>&amp;Identities…</source>
        <translation>&amp;Identitäten…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="185"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="186"/>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="188"/>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="190"/>
        <source>&amp;About Model Strategy Studio</source>
        <translation>Ü&amp;ber Model Strategy Studio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="194"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="256"/>
        <source>Knowledge base {0} · newest fact {1}</source>
        <translation>Wissensbasis {0} · neueste Angabe {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="258"/>
        <source>{0} facts older than 12 months</source>
        <translation>{0} Angaben älter als 12 Monate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="260"/>
        <source>{0} licenses, {1} models, {2} accelerators, {3} API offerings</source>
        <translation>{0} Lizenzen, {1} Modelle, {2} Beschleuniger, {3} API-Angebote</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="265"/>
        <source>Knowledge base: {0}</source>
        <translation>Wissensbasis: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="324"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="325"/>
        <source>“{0}” has unsaved changes. Save them first?</source>
        <translation>„{0}“ enthält ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="341"/>
        <source>Open portfolio</source>
        <translation>Portfolio öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="350"/>
        <source>Opening {0}…</source>
        <translation>{0} wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="354"/>
        <source>Cannot open portfolio</source>
        <translation>Portfolio kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="365"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="376"/>
        <source>Save portfolio as</source>
        <translation>Portfolio speichern unter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="385"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="388"/>
        <source>Cannot save portfolio</source>
        <translation>Portfolio kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="391"/>
        <source>Saved {0}</source>
        <translation>{0} gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="436"/>
        <source>About Model Strategy Studio</source>
        <translation>Über Model Strategy Studio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="437"/>
        <source>&lt;b&gt;Model Strategy Studio&lt;/b&gt;&lt;br&gt;License, hardware and cost assessment of open-weight language models and APIs. Works without any network.&lt;br&gt;&lt;br&gt;Knowledge base {0}, facts dated {1} to {2}.</source>
        <translation>&lt;b&gt;Model Strategy Studio&lt;/b&gt;&lt;br&gt;Bewertung von Lizenz, Hardware und Kosten für Sprachmodelle mit offenen Gewichten und APIs. Funktioniert ganz ohne Netzwerk.&lt;br&gt;&lt;br&gt;Wissensbasis {0}, Angaben mit Stand von {1} bis {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="457"/>
        <source>Autosave works again.</source>
        <translation>Die automatische Sicherung funktioniert wieder.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="462"/>
        <source>Autosave failed</source>
        <translation>Automatische Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="468"/>
        <source>Recovery file set aside</source>
        <translation>Wiederherstellungsdatei beiseitegelegt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="473"/>
        <source>Recover unsaved work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="474"/>
        <source>Model Strategy Studio did not close normally. Recover the unsaved portfolio “{0}” from the last autosave?</source>
        <translation>Model Strategy Studio wurde nicht ordnungsgemäß beendet. Das ungespeicherte Portfolio „{0}“ aus der letzten automatischen Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="480"/>
        <source>Recovered from the last autosave: save it to keep it.</source>
        <translation>Aus der letzten automatischen Sicherung wiederhergestellt: Speichern Sie das Portfolio, um es zu behalten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="482"/>
        <source>Recovery failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="495"/>
        <source>This is a sample portfolio of a German manufacturer. Click a use case to edit it, see the verdicts in Assessment, or start your own with File ▸ New.</source>
        <translation>Dies ist ein Beispielportfolio eines deutschen Herstellers. Klicken Sie auf einen Anwendungsfall, um ihn zu bearbeiten, sehen Sie sich die Urteile unter „Bewertung“ an oder beginnen Sie ein eigenes Portfolio mit Datei ▸ Neu.</translation>
    </message>
</context>
<context>
    <name>MemoryChart</name>
    <message>
        <location filename="../../desktop/ui/charts/memory.py" line="20"/>
        <source>Memory (GB, all devices)</source>
        <translation>Speicher (GB, alle Geräte)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/memory.py" line="20"/>
        <source>Self-hosted candidate</source>
        <translation>Selbst betriebener Kandidat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/memory.py" line="22"/>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/memory.py" line="22"/>
        <source>KV cache (peak)</source>
        <translation>KV-Cache (Spitze)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/memory.py" line="52"/>
        <source>{total:,.0f} of {usable:,.0f} GB</source>
        <translation>{total:,.0f} von {usable:,.0f} GB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/memory.py" line="23"/>
        <source>engine overhead</source>
        <translation>Engine-Overhead</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/memory.py" line="33"/>
        <source>usable memory</source>
        <translation>nutzbarer Speicher</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/memory.py" line="50"/>
        <source>(does not fit)</source>
        <translation>(passt nicht)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/ui/messages.py" line="12"/>
        <source>This cannot be empty.</source>
        <translation>Dieses Feld darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="14"/>
        <source>Use at least {n} characters.</source>
        <translation>Mindestens {n} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="16"/>
        <source>Use at most {n} characters.</source>
        <translation>Höchstens {n} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="18"/>
        <source>Use {n} or more.</source>
        <translation>Mindestens {n}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="20"/>
        <source>Use more than {n}.</source>
        <translation>Mehr als {n}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="22"/>
        <source>Use {n} or less.</source>
        <translation>Höchstens {n}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="24"/>
        <source>Use less than {n}.</source>
        <translation>Weniger als {n}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="26"/>
        <source>Choose one of: {choices}.</source>
        <translation>Bitte eines davon wählen: {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="28"/>
        <source>Enter a number.</source>
        <translation>Bitte eine Zahl eingeben.</translation>
    </message>
</context>
<context>
    <name>MixChart</name>
    <message>
        <location filename="../../desktop/ui/charts/mix.py" line="28"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/mix.py" line="29"/>
        <source>self-hosted</source>
        <translation>selbst betrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/mix.py" line="36"/>
        <source>Share of the monthly cost (%)</source>
        <translation>Anteil an den monatlichen Kosten (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/mix.py" line="37"/>
        <source>Use case (all together {total} per month)</source>
        <translation>Anwendungsfall (zusammen {total} pro Monat)</translation>
    </message>
</context>
<context>
    <name>OrganisationView</name>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="88"/>
        <source>Organisation profile</source>
        <translation>Profil der Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="89"/>
        <source>Cost assumptions</source>
        <translation>Kostenannahmen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/organisation.py" line="90"/>
        <source>How much each question counts</source>
        <translation>Gewichtung der Fragen</translation>
    </message>
</context>
<context>
    <name>OverlayEntryDialog</name>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="119"/>
        <source>unverified: entered by me, no source checked</source>
        <translation>ungeprüft: von mir eingegeben, keine Quelle geprüft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="120"/>
        <source>secondary: read in a third-party copy</source>
        <translation>sekundär: in einer Kopie Dritter gelesen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="121"/>
        <source>primary: read in the publisher&apos;s own text</source>
        <translation>primär: im Originaltext des Herausgebers gelesen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="124"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="125"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="126"/>
        <source>A URL, or user:… for your own knowledge</source>
        <translation>Eine URL oder user:… für eigenes Wissen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="127"/>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="128"/>
        <source>Verification</source>
        <translation>Prüfstufe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="147"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="145"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="251"/>
        <source>Could not save your entry: %1</source>
        <translation>Ihr Eintrag konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="275"/>
        <source>the entry as a whole</source>
        <translation>der Eintrag insgesamt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="282"/>
        <source>Not saved. Please correct:</source>
        <translation>Nicht gespeichert. Bitte korrigieren Sie:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="290"/>
        <source>Your entry replaces the bundled entry &apos;%1&apos; everywhere it is used; remove your entry to go back.</source>
        <translation>Ihr Eintrag ersetzt den mitgelieferten Eintrag „%1“ überall, wo er verwendet wird; entfernen Sie Ihren Eintrag, um zurückzukehren.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/overlay_dialog.py" line="297"/>
        <source>This changes your existing entry &apos;%1&apos;.</source>
        <translation>Damit ändern Sie Ihren bestehenden Eintrag „%1“.</translation>
    </message>
</context>
<context>
    <name>PortfolioDocument</name>
    <message>
        <location filename="../../desktop/ui/document.py" line="56"/>
        <location filename="../../desktop/ui/document.py" line="65"/>
        <source>no item {0}</source>
        <translation>kein Element {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document.py" line="171"/>
        <source>Untitled portfolio</source>
        <translation>Unbenanntes Portfolio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document.py" line="181"/>
        <source>recovered portfolio</source>
        <translation>wiederhergestelltes Portfolio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document.py" line="186"/>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document.py" line="202"/>
        <source>no file name given</source>
        <translation>kein Dateiname angegeben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document.py" line="206"/>
        <source>{0}: cannot be written ({1})</source>
        <translation>{0}: kann nicht geschrieben werden ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document.py" line="238"/>
        <source>Autosave failed: {0} cannot be written ({1}); retrying every minute. Save your work to another place.</source>
        <translation>Automatische Sicherung fehlgeschlagen: {0} kann nicht geschrieben werden ({1}); neuer Versuch jede Minute. Sichern Sie Ihre Arbeit an einem anderen Ort.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document.py" line="270"/>
        <source>The recovery file {0} is damaged ({1}).</source>
        <translation>Die Wiederherstellungsdatei {0} ist beschädigt ({1}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document.py" line="272"/>
        <source>The recovery file {0} was damaged ({1}); it was moved aside to {2}.</source>
        <translation>Die Wiederherstellungsdatei {0} war beschädigt ({1}); sie wurde nach {2} verschoben.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/document.py" line="294"/>
        <source>Change {0}</source>
        <translation>{0} ändern</translation>
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="255"/>
        <source>Select a record to see its facts, sources and, for licenses, every clause.</source>
        <translation>Wählen Sie einen Datensatz aus, um seine Angaben, Quellen und – bei Lizenzen – jede Klausel zu sehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="267"/>
        <source>Your entry (user overlay)</source>
        <translation>Ihr Eintrag (Benutzer-Overlay)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="267"/>
        <source>Bundled</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="273"/>
        <source>Search match:</source>
        <translation>Suchtreffer:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="273"/>
        <source>Facts</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="273"/>
        <source>Referred to by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="299"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="302"/>
        <source>older than %1 days: check before relying on it</source>
        <translation>älter als %1 Tage: vor Verwendung prüfen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="304"/>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="307"/>
        <source>read in the publisher&apos;s own text</source>
        <translation>im Originaltext des Herausgebers gelesen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="308"/>
        <source>read in a third-party copy, article or aggregator</source>
        <translation>in einer Kopie, einem Artikel oder einem Aggregator Dritter gelesen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="309"/>
        <source>believed, but no source was read to confirm it</source>
        <translation>angenommen, aber durch keine gelesene Quelle bestätigt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="313"/>
        <source>Verification</source>
        <translation>Prüfstufe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="318"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="342"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="342"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="376"/>
        <source>Commercial use</source>
        <translation>Kommerzielle Nutzung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="379"/>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="380"/>
        <source>Obligations</source>
        <translation>Pflichten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="382"/>
        <source>Derivatives and training on outputs</source>
        <translation>Abgeleitete Modelle und Training mit Ausgaben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="385"/>
        <source>Use restrictions</source>
        <translation>Nutzungsbeschränkungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="386"/>
        <source>Geographic</source>
        <translation>Geografische Einschränkungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="387"/>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="388"/>
        <source>Termination</source>
        <translation>Beendigung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="389"/>
        <source>Governing law</source>
        <translation>Anwendbares Recht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="391"/>
        <source>Clauses</source>
        <translation>Klauseln</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="391"/>
        <source>None in this license.</source>
        <translation>Keine in dieser Lizenz.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="405"/>
        <source>Clause source:</source>
        <translation>Quelle der Klausel:</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="159"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="160"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="161"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="162"/>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="163"/>
        <source>Verification</source>
        <translation>Prüfstufe</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="164"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="181"/>
        <source>Older than %1 days: check before relying on it.</source>
        <translation>Älter als %1 Tage: vor Verwendung prüfen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="204"/>
        <source>user</source>
        <translation>eigener</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="204"/>
        <source>bundled</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="208"/>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="209"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="210"/>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="211"/>
        <source>APIs</source>
        <translation>APIs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="212"/>
        <source>Clouds</source>
        <translation>Clouds</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="213"/>
        <source>Measurements</source>
        <translation>Messungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="214"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="215"/>
        <source>Regulation</source>
        <translation>Regulierung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="220"/>
        <source>primary</source>
        <translation>primär</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="221"/>
        <source>secondary</source>
        <translation>sekundär</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/knowledge.py" line="222"/>
        <source>unverified</source>
        <translation>ungeprüft</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../desktop/ui/report/actions.py" line="37"/>
        <source>No report yet</source>
        <translation>Noch kein Bericht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/actions.py" line="38"/>
        <source>The report needs an assessment, and this portfolio has none: {0}</source>
        <translation>Der Bericht braucht eine Bewertung, und dieses Portfolio hat keine: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/actions.py" line="59"/>
        <source>Export Excel workbook</source>
        <translation>Excel-Arbeitsmappe exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/actions.py" line="60"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/actions.py" line="70"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/actions.py" line="145"/>
        <source>Print the report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/actions.py" line="146"/>
        <source>There is no signed report of this portfolio as it is now. Print what the client receives: export and sign it first. A draft is marked “Unsigned draft” on every page.</source>
        <translation>Von diesem Portfolio in seinem jetzigen Stand gibt es keinen signierten Bericht. Drucken Sie, was der Kunde erhält: Exportieren und signieren Sie ihn zuerst. Ein Entwurf trägt auf jeder Seite den Vermerk „Unsignierter Entwurf“.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/actions.py" line="148"/>
        <source>Export and sign first…</source>
        <translation>Zuerst exportieren und signieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/actions.py" line="149"/>
        <source>Print a draft</source>
        <translation>Entwurf drucken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/actions.py" line="169"/>
        <source>Laying out the report…</source>
        <translation>Bericht wird gesetzt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/actions.py" line="169"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/actions.py" line="189"/>
        <location filename="../../desktop/ui/report/actions.py" line="210"/>
        <source>Cannot print</source>
        <translation>Drucken nicht möglich</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/actions.py" line="190"/>
        <source>The report could not be laid out: {0}</source>
        <translation>Der Bericht konnte nicht gesetzt werden: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/actions.py" line="211"/>
        <source>The printer “{0}” could not be started. Check that it is connected, or print to a PDF file instead.</source>
        <translation>Der Drucker „{0}“ konnte nicht gestartet werden. Prüfen Sie, ob er angeschlossen ist, oder drucken Sie stattdessen in eine PDF-Datei.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/actions.py" line="212"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <location filename="../../desktop/ui/report/printing.py" line="121"/>
        <source>Print preview — report</source>
        <translation>Druckvorschau – Bericht</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../desktop/ui/views/report.py" line="30"/>
        <source>A preview of what the assessment report says. Export it as a PDF (signed with your identity, or as an unsigned draft), print it, or check a report someone sent you.</source>
        <translation>Eine Vorschau dessen, was der Bewertungsbericht sagt. Exportieren Sie ihn als PDF (mit Ihrer Identität signiert oder als unsignierten Entwurf), drucken Sie ihn oder prüfen Sie einen Bericht, den Ihnen jemand geschickt hat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report.py" line="34"/>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report.py" line="35"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report.py" line="36"/>
        <source>Print preview…</source>
        <translation>Druckvorschau…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report.py" line="37"/>
        <source>Verify a report…</source>
        <translation>Bericht prüfen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report.py" line="57"/>
        <source>The assessment could not be computed:</source>
        <translation>Die Bewertung konnte nicht berechnet werden:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report.py" line="67"/>
        <source>knowledge base</source>
        <translation>Wissensbasis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report.py" line="67"/>
        <location filename="../../desktop/ui/views/report.py" line="92"/>
        <source>Recommended mix</source>
        <translation>Empfohlener Mix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report.py" line="67"/>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report.py" line="68"/>
        <source>over {0} months</source>
        <translation>über {0} Monate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report.py" line="69"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report.py" line="71"/>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report.py" line="72"/>
        <source>allowed with obligations</source>
        <translation>erlaubt mit Pflichten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report.py" line="73"/>
        <source>needs review</source>
        <translation>Prüfung nötig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report.py" line="74"/>
        <source>blocked</source>
        <translation>unzulässig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report.py" line="76"/>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report.py" line="76"/>
        <source>License (1)</source>
        <translation>Lizenz (1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report.py" line="76"/>
        <source>Fits (2)</source>
        <translation>Passt (2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report.py" line="76"/>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report.py" line="76"/>
        <location filename="../../desktop/ui/views/report.py" line="90"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report.py" line="89"/>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report.py" line="90"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report.py" line="90"/>
        <source>TCO</source>
        <translation>TCO</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report.py" line="90"/>
        <source>Capex</source>
        <translation>Investition</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report.py" line="90"/>
        <source>Unserved</source>
        <translation>Nicht abgedeckt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report.py" line="91"/>
        <source>All API</source>
        <translation>Alles per API</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report.py" line="91"/>
        <source>All self-hosted</source>
        <translation>Alles selbst betrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report.py" line="92"/>
        <source>Best consolidation</source>
        <translation>Beste Bündelung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report.py" line="108"/>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report.py" line="121"/>
        <source>vendor terms</source>
        <translation>Anbieterbedingungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/report.py" line="130"/>
        <source>Obligations</source>
        <translation>Pflichten</translation>
    </message>
</context>
<context>
    <name>RowTableModel</name>
    <message>
        <location filename="../../desktop/ui/table_model.py" line="29"/>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_model.py" line="30"/>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_model.py" line="31"/>
        <source>confidential</source>
        <translation>vertraulich</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_model.py" line="32"/>
        <source>secret</source>
        <translation>geheim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_model.py" line="33"/>
        <source>basic</source>
        <translation>einfach</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_model.py" line="34"/>
        <source>strong</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_model.py" line="35"/>
        <source>frontier</source>
        <translation>Spitzenklasse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_model.py" line="36"/>
        <source>buy</source>
        <translation>gekauft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_model.py" line="37"/>
        <source>rent</source>
        <translation>gemietet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_model.py" line="38"/>
        <source>self-hosted</source>
        <translation>selbst betrieben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_model.py" line="39"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_model.py" line="171"/>
        <source>Edit “{0}”</source>
        <translation>„{0}“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_model.py" line="175"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_model.py" line="181"/>
        <source>Refused: {0}</source>
        <translation>Abgelehnt: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/table_model.py" line="194"/>
        <source>{0} is not a number</source>
        <translation>{0} ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>TcoChart</name>
    <message>
        <location filename="../../desktop/ui/charts/tco.py" line="33"/>
        <source>Cumulative cost ({currency})</source>
        <translation>Kumulierte Kosten ({currency})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/tco.py" line="33"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
</context>
<context>
    <name>TornadoChart</name>
    <message>
        <location filename="../../desktop/ui/charts/tornado.py" line="21"/>
        <source>volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/tornado.py" line="21"/>
        <source>utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/tornado.py" line="22"/>
        <source>hardware price</source>
        <translation>Hardwarepreis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/tornado.py" line="22"/>
        <source>electricity</source>
        <translation>Strom</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/tornado.py" line="23"/>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/tornado.py" line="23"/>
        <source>staff cost</source>
        <translation>Personalkosten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/tornado.py" line="23"/>
        <source>API price</source>
        <translation>API-Preis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/tornado.py" line="31"/>
        <source>assumption −X %</source>
        <translation>Annahme −X %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/tornado.py" line="32"/>
        <source>assumption +X %</source>
        <translation>Annahme +X %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/tornado.py" line="40"/>
        <source>Monthly cost ({currency})</source>
        <translation>Monatliche Kosten ({currency})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/tornado.py" line="41"/>
        <source>Monthly cost</source>
        <translation>Monatliche Kosten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/tornado.py" line="49"/>
        <source>the offering is not in the knowledge base</source>
        <translation>das Angebot ist nicht in der Wissensbasis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/tornado.py" line="50"/>
        <source>No sensitivity: {why}</source>
        <translation>Keine Sensitivität: {why}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/tornado.py" line="50"/>
        <source>No candidate selected</source>
        <translation>Kein Kandidat ausgewählt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/tornado.py" line="54"/>
        <source>assumption −{pct:g} %</source>
        <translation>Annahme −{pct:g} %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/tornado.py" line="55"/>
        <source>assumption +{pct:g} %</source>
        <translation>Annahme +{pct:g} %</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/tornado.py" line="75"/>
        <source>Monte Carlo: p5 {p5} · p50 {p50} · p95 {p95}</source>
        <translation>Monte Carlo: p5 {p5} · p50 {p50} · p95 {p95}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/charts/tornado.py" line="78"/>
        <source>{label}, ±{pct:g} % each, base {base}</source>
        <translation>{label}, jeweils ±{pct:g} %, Basis {base}</translation>
    </message>
</context>
<context>
    <name>UseCaseCard</name>
    <message>
        <location filename="../../desktop/ui/views/dashboard.py" line="111"/>
        <source>Use case {0}</source>
        <translation>Anwendungsfall {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard.py" line="114"/>
        <source>No option qualifies</source>
        <translation>Keine Option kommt in Frage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard.py" line="116"/>
        <source>pinned by you</source>
        <translation>von Ihnen festgelegt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard.py" line="116"/>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard.py" line="117"/>
        <source>&lt;b&gt;{label}&lt;/b&gt; ({mark}) · &lt;b&gt;{monthly}&lt;/b&gt; per month</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; ({mark}) · &lt;b&gt;{monthly}&lt;/b&gt; pro Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard.py" line="129"/>
        <source>Details ›</source>
        <translation>Details ›</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/dashboard.py" line="131"/>
        <source>The candidates&apos; table, details and charts of this use case</source>
        <translation>Tabelle, Details und Diagramme dieses Anwendungsfalls</translation>
    </message>
</context>
<context>
    <name>UseCaseTableModel</name>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="39"/>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="40"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="42"/>
        <source>In-house only</source>
        <translation>Nur intern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="43"/>
        <source>The data must not leave the organisation&apos;s own infrastructure</source>
        <translation>Die Daten dürfen die eigene Infrastruktur der Organisation nicht verlassen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="44"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="46"/>
        <source>Input / month</source>
        <translation>Eingabe / Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="47"/>
        <source>Input tokens per month, in millions</source>
        <translation>Eingabe-Tokens pro Monat, in Millionen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="48"/>
        <source>Output / month</source>
        <translation>Ausgabe / Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="49"/>
        <source>Output tokens per month, in millions</source>
        <translation>Ausgabe-Tokens pro Monat, in Millionen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="50"/>
        <source>Peak users</source>
        <translation>Gleichzeitige Nutzer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="51"/>
        <source>Requests served at the same time at peak</source>
        <translation>Gleichzeitig bearbeitete Anfragen zur Spitzenzeit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="52"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="53"/>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
</context>
<context>
    <name>UseCasesView</name>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="115"/>
        <source>Use cases</source>
        <translation>Anwendungsfälle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="137"/>
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="137"/>
        <source>Add a use case</source>
        <translation>Einen Anwendungsfall hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="138"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="138"/>
        <source>Copy the selected use case with its candidates</source>
        <translation>Den ausgewählten Anwendungsfall mit seinen Kandidaten kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="139"/>
        <source>&amp;Remove</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="139"/>
        <source>Remove the selected use case</source>
        <translation>Den ausgewählten Anwendungsfall entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="140"/>
        <source>Import &amp;evaluations…</source>
        <translation>Evaluierungen &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="141"/>
        <source>Your own evaluation scores per candidate: CSV (candidate, score) or lm-evaluation-harness results.json</source>
        <translation>Ihre eigenen Evaluierungsergebnisse je Kandidat: CSV (Kandidat, Punktzahl) oder results.json von lm-evaluation-harness</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="228"/>
        <source>No use case selected</source>
        <translation>Kein Anwendungsfall ausgewählt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="233"/>
        <source>Your evaluation scores (question 3):</source>
        <translation>Ihre Evaluierungsergebnisse (Frage 3):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="235"/>
        <source>No evaluation scores yet: import your own results (question 3).</source>
        <translation>Noch keine Evaluierungsergebnisse: Importieren Sie Ihre eigenen Ergebnisse (Frage 3).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="240"/>
        <source>New use case</source>
        <translation>Neuer Anwendungsfall</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="242"/>
        <source>Add use case</source>
        <translation>Anwendungsfall hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="252"/>
        <source>{0} (copy)</source>
        <translation>{0} (Kopie)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="254"/>
        <source>Duplicate use case</source>
        <translation>Anwendungsfall duplizieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="262"/>
        <source>Remove use case</source>
        <translation>Anwendungsfall entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="269"/>
        <source>Import evaluation results</source>
        <translation>Evaluierungsergebnisse importieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="270"/>
        <source>Evaluation results (*.csv *.json);;All files (*)</source>
        <translation>Evaluierungsergebnisse (*.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="281"/>
        <location filename="../../desktop/ui/views/use_cases.py" line="284"/>
        <location filename="../../desktop/ui/views/use_cases.py" line="288"/>
        <location filename="../../desktop/ui/views/use_cases.py" line="290"/>
        <source>Import evaluations</source>
        <translation>Evaluierungen importieren</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="285"/>
        <source>No candidate of this use case matches: {0}</source>
        <translation>Kein Kandidat dieses Anwendungsfalls passt zu: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="291"/>
        <source>Imported {0} score(s); no candidate matches: {1}</source>
        <translation>{0} Ergebnis(se) importiert; kein passender Kandidat für: {1}</translation>
    </message>
</context>
<context>
    <name>UseCategoryBox</name>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="296"/>
        <source>military</source>
        <translation>Militärische Nutzung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="297"/>
        <source>sexual content</source>
        <translation>Sexuelle Inhalte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="298"/>
        <source>automated legal decisions</source>
        <translation>Automatisierte rechtliche Entscheidungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="299"/>
        <source>undisclosed machine text</source>
        <translation>Nicht gekennzeichnete maschinelle Texte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="300"/>
        <source>medical advice</source>
        <translation>Medizinische Beratung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="301"/>
        <source>critical infrastructure</source>
        <translation>Kritische Infrastruktur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="302"/>
        <source>employment decisions</source>
        <translation>Personalentscheidungen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="303"/>
        <source>guardrail removal</source>
        <translation>Entfernen von Schutzmechanismen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="304"/>
        <source>profiling or monitoring people</source>
        <translation>Profiling oder Überwachung von Personen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="312"/>
        <source>Uses that licenses may restrict</source>
        <translation>Nutzungen, die Lizenzen einschränken können</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/views/use_cases.py" line="337"/>
        <source>Change restricted uses</source>
        <translation>Eingeschränkte Nutzungen ändern</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="56"/>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="130"/>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="145"/>
        <source>Verify a report</source>
        <translation>Bericht prüfen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="58"/>
        <source>Choose a report PDF to check its signature and re-run its assessment.</source>
        <translation>Wählen Sie eine Bericht-PDF, um ihre Signatur zu prüfen und ihre Bewertung erneut zu rechnen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="60"/>
        <source>Choose a PDF…</source>
        <translation>PDF auswählen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="79"/>
        <source>Signer</source>
        <translation>Signiert von</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="80"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="81"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerabdruck (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="82"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="83"/>
        <source>Signed at</source>
        <translation>Signiert am</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="84"/>
        <source>Integrity</source>
        <translation>Unversehrtheit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="85"/>
        <source>Knowledge base</source>
        <translation>Wissensbasis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="86"/>
        <source>Reproduction</source>
        <translation>Nachrechnung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="95"/>
        <source>Compare this fingerprint with the signer, for example by phone: it is what proves who signed, since a self-signed identity is not confirmed by a certificate authority.</source>
        <translation>Gleichen Sie diesen Fingerabdruck mit der signierenden Person ab, zum Beispiel am Telefon: Er belegt, wer signiert hat, denn eine selbst signierte Identität ist nicht von einer Zertifizierungsstelle bestätigt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="104"/>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="104"/>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="104"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="105"/>
        <source>In the report</source>
        <translation>Im Bericht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="105"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="115"/>
        <source>Trust this signer</source>
        <translation>Dieser Person vertrauen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="131"/>
        <source>PDF document (*.pdf);;All files (*)</source>
        <translation>PDF-Dokument (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="144"/>
        <source>Checking the signature and re-running the assessment…</source>
        <translation>Signatur wird geprüft und Bewertung neu gerechnet…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="164"/>
        <source>✓ Valid: signed by {0} (trusted), unchanged since signing</source>
        <translation>✓ Gültig: signiert von {0} (vertrauenswürdig), seit dem Signieren unverändert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="166"/>
        <source>⚠ Valid signature, but by a different, untrusted signer who uses the name {0}</source>
        <translation>⚠ Gültige Signatur, aber von einer anderen, nicht vertrauenswürdigen Person, die den Namen {0} trägt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="168"/>
        <source>✓ Valid: signed by {0}, unchanged since signing</source>
        <translation>✓ Gültig: signiert von {0}, seit dem Signieren unverändert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="173"/>
        <source>✗ Invalid: the report was changed after signing ({0})</source>
        <translation>✗ Ungültig: der Bericht wurde nach dem Signieren verändert ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="174"/>
        <source>✗ Invalid: the report was changed after signing (tampered)</source>
        <translation>✗ Ungültig: Der Bericht wurde nach dem Signieren verändert (manipuliert)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="176"/>
        <source>✗ Invalid: the signing certificate was not valid for signing ({0})</source>
        <translation>✗ Ungültig: das Signaturzertifikat war zum Signieren nicht gültig ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="179"/>
        <source>✗ Invalid: the embedded assessment does not reproduce under the knowledge base version it names</source>
        <translation>✗ Ungültig: die eingebettete Bewertung lässt sich mit der genannten Wissensbasis-Version nicht nachvollziehen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="182"/>
        <source>✗ Invalid: signed by someone other than the expected signer</source>
        <translation>✗ Ungültig: von jemand anderem als der erwarteten Person signiert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="183"/>
        <source>✗ Invalid: the signature does not match the content (tampered or damaged)</source>
        <translation>✗ Ungültig: Die Signatur passt nicht zum Inhalt (manipuliert oder beschädigt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="185"/>
        <source>? Not checked: the PDF&apos;s structure is malformed ({0})</source>
        <translation>? Nicht geprüft: die Struktur der PDF-Datei ist fehlerhaft ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="187"/>
        <source>? Unsigned: this report carries no signature; its content cannot be trusted as signed</source>
        <translation>? Nicht signiert: Dieser Bericht trägt keine Signatur; sein Inhalt ist durch nichts bestätigt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="189"/>
        <source>? Not checked: this PDF is not a Model Strategy Studio report</source>
        <translation>? Nicht geprüft: Diese PDF ist kein Bericht von Model Strategy Studio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="190"/>
        <source>? Unreadable: the file cannot be checked</source>
        <translation>? Nicht lesbar: Die Datei lässt sich nicht prüfen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="211"/>
        <source>self-signed</source>
        <translation>selbst signiert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="212"/>
        <source>confirmed by a trusted certificate authority</source>
        <translation>von einer vertrauenswürdigen Zertifizierungsstelle bestätigt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="213"/>
        <source>not confirmed by a certificate authority: compare the fingerprint</source>
        <translation>nicht von einer Zertifizierungsstelle bestätigt: Fingerabdruck abgleichen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="215"/>
        <source>on your list of trusted signers</source>
        <translation>auf Ihrer Liste vertrauenswürdiger Signierender</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="217"/>
        <source>NOT your trusted signer {0}: same name, different certificate</source>
        <translation>NICHT Ihre vertrauenswürdige Person {0}: gleicher Name, anderes Zertifikat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="250"/>
        <source>{0} (as the signer&apos;s computer recorded it)</source>
        <translation>{0} (laut Rechner der signierenden Person)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="254"/>
        <source>not signed: nothing proves the content is unchanged</source>
        <translation>nicht signiert: Nichts belegt, dass der Inhalt unverändert ist</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="256"/>
        <source>✗ modified: the signed bytes were changed after signing</source>
        <translation>✗ verändert: Die signierten Bytes wurden nach dem Signieren geändert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="258"/>
        <source>✗ modified after signing: content was added or changed by a later update ({0})</source>
        <translation>✗ nach dem Signieren verändert: Eine spätere Aktualisierung hat Inhalt hinzugefügt oder geändert ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="261"/>
        <source>✓ intact; later additions only add signatures or validation data</source>
        <translation>✓ unversehrt; spätere Ergänzungen fügen nur Signaturen oder Prüfdaten hinzu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="262"/>
        <source>✓ intact: the signature covers the whole file, unchanged since signing</source>
        <translation>✓ unversehrt: Die Signatur deckt die ganze Datei ab, seit dem Signieren unverändert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="266"/>
        <source>license verdict</source>
        <translation>Lizenzurteil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="267"/>
        <source>monthly cost</source>
        <translation>monatliche Kosten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="268"/>
        <source>recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="269"/>
        <source>candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="270"/>
        <source>use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="271"/>
        <source>total per month</source>
        <translation>Summe pro Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="281"/>
        <source>not re-run: the report holds no assessment to re-run</source>
        <translation>nicht nachgerechnet: Der Bericht enthält keine Bewertung zum Nachrechnen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="286"/>
        <source>{0}, the same as the report&apos;s</source>
        <translation>{0}, dieselbe wie im Bericht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="288"/>
        <source>⚠ differs: the report used {0}, this computer has {1}</source>
        <translation>⚠ abweichend: Der Bericht nutzte {0}, dieser Rechner hat {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="291"/>
        <source>✗ could not be re-run: {0}</source>
        <translation>✗ konnte nicht nachgerechnet werden: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="293"/>
        <source>✓ the same verdicts and costs as in the report</source>
        <translation>✓ dieselben Urteile und Kosten wie im Bericht</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report/verify_dialog.py" line="296"/>
        <source>⚠ {0} result(s) differ from the report:</source>
        <translation>⚠ {0} Ergebnis(se) weichen vom Bericht ab:</translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <location filename="../../desktop/ui/workshop.py" line="89"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop.py" line="98"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop.py" line="99"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop.py" line="100"/>
        <source>Leave (Esc)</source>
        <translation>Verlassen (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop.py" line="150"/>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop.py" line="160"/>
        <source>Cost against volume</source>
        <translation>Kosten über Volumen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop.py" line="160"/>
        <source>Cumulative cost</source>
        <translation>Kumulierte Kosten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop.py" line="160"/>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop.py" line="161"/>
        <source>Cost mix</source>
        <translation>Kostenmix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop.py" line="183"/>
        <source>Change utilisation</source>
        <translation>Auslastung ändern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop.py" line="188"/>
        <source>Change electricity price</source>
        <translation>Strompreis ändern</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop.py" line="235"/>
        <source>The assessment failed: {error}</source>
        <translation>Die Bewertung ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop.py" line="238"/>
        <source>Recommended mix: {monthly} per month, {tco} over {months} months</source>
        <translation>Empfohlener Mix: {monthly} im Monat, {tco} über {months} Monate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop.py" line="260"/>
        <source>No candidate qualifies</source>
        <translation>Kein Kandidat ist geeignet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop.py" line="264"/>
        <source>{monthly} per month · {kind}</source>
        <translation>{monthly} im Monat · {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop.py" line="273"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop.py" line="273"/>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop.py" line="273"/>
        <source>{months} months</source>
        <translation>{months} Monate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop.py" line="274"/>
        <source>Up front</source>
        <translation>Vorab</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop.py" line="342"/>
        <source>Utilisation: {pct}</source>
        <translation>Auslastung: {pct}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop.py" line="343"/>
        <source>Electricity: {price} per kWh</source>
        <translation>Strom: {price} je kWh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop.py" line="354"/>
        <source>Volume: no token volume set</source>
        <translation>Volumen: kein Token-Volumen angegeben</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/workshop.py" line="360"/>
        <source>What if: {volume} tokens per month</source>
        <translation>Was wäre, wenn: {volume} Token im Monat</translation>
    </message>
</context>
</TS>

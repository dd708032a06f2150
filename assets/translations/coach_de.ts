<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutPanel</name>
    <message>
        <location filename="../../coach/ui/editor_fields.py" line="+230"/>
        <source>About this routine</source>
        <extracomment>Number boxes read and write &quot;5.5&quot;, whatever the system&apos;s decimal sign. Side of the small picture beside the picture choice (px). The `sides` values, in the order offered (ExercisePanel.side_words names them). Where add() puts a field (a panel may gather some beside a picture).</extracomment>
        <translation>Über dieses Programm</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown on the routine&apos;s card, e.g. “My morning stretches”.</source>
        <translation>Steht auf der Karte des Programms, z. B. „Meine Morgendehnungen“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of routine</source>
        <translation>Art des Programms</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decides its colour and which plan it counts towards. Only a heat routine may have a heat step.</source>
        <translation>Bestimmt die Farbe und zu welchem Plan es zählt. Nur ein Wärmeprogramm darf einen Wärmeschritt haben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Summary</source>
        <translation>Kurzbeschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One or two sentences for the card.</source>
        <translation>Ein oder zwei Sätze für die Karte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safety points (optional, one per line)</source>
        <translation>Sicherheitshinweise (freiwillig, einer pro Zeile)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown before the routine starts. In a heat routine each one is asked as a yes or no question, and any “no” stops it.</source>
        <translation>Werden vor dem Start des Programms gezeigt. Bei einem Wärmeprogramm wird jeder als Ja-oder-Nein-Frage gestellt, und jedes „Nein“ beendet es.</translation>
    </message>
</context>
<context>
    <name>AfterView</name>
    <message>
        <location filename="../../coach/ui/after_view.py" line="+40"/>
        <source>under 1 min</source>
        <extracomment>A change this big on a 0-10 scale is one people feel (CLINICAL.md section 5).</extracomment>
        <translation>unter 1 Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} min</source>
        <translation>{n} Min.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{done} of {total} steps</source>
        <translation>{done} von {total} Schritten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>spasm {before} → {after}</source>
        <translation>Verkrampfung {before} → {after}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>spasm {n} before</source>
        <translation>Verkrampfung vorher {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spasm {n} after</source>
        <translation>Verkrampfung nachher {n}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{time} of heat</source>
        <translation>{time} Wärme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skin fine</source>
        <translation>Haut in Ordnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skin went red</source>
        <translation>Haut wurde rot</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You stopped the heat because your skin was red or blotchy. That was the right thing to do.</source>
        <translation>Sie haben die Wärme beendet, weil Ihre Haut rot oder fleckig war. Das war richtig so.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Let the skin cool down. If it stays red, blisters or hurts, contact your clinician.</source>
        <translation>Lassen Sie die Haut abkühlen. Wenn sie rot bleibt, Blasen bildet oder schmerzt, wenden Sie sich an Ihr Behandlungsteam.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You stopped because it hurt. That was the right thing to do.</source>
        <translation>Sie haben aufgehört, weil es wehgetan hat. Das war richtig so.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If this keeps happening, talk it over with your clinician.</source>
        <translation>Wenn das öfter vorkommt, besprechen Sie es mit Ihrem Behandlungsteam.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You finished the whole routine.</source>
        <translation>Sie haben das ganze Programm geschafft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You did part of the routine. That still counts.</source>
        <translation>Sie haben einen Teil des Programms gemacht. Auch das zählt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session ended early. What you did is saved.</source>
        <translation>Die Einheit wurde früher beendet. Was Sie gemacht haben, ist gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your spasms are higher than before. If that happens often with this routine, go over it with your clinician.</source>
        <translation>Ihre Verkrampfungen sind stärker als vorher. Wenn das bei diesem Programm öfter passiert, besprechen Sie es mit Ihrem Behandlungsteam.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Session finished</source>
        <translation>Einheit abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session stopped</source>
        <translation>Einheit abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session ended</source>
        <translation>Einheit beendet</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>How are your spasms now?</source>
        <extracomment>Save pressed: (spasm after or None, note). Done pressed on the summary.</extracomment>
        <translation>Wie stark sind Ihre Verkrampfungen jetzt?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spasms now, 0 to 10</source>
        <translation>Verkrampfungen jetzt, 0 bis 10</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A short note, if you like</source>
        <translation>Eine kurze Notiz, wenn Sie möchten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For example: easier on the left today</source>
        <translation>Zum Beispiel: links heute leichter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note about this session (optional)</source>
        <translation>Notiz zu dieser Einheit (freiwillig)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the rating and note</source>
        <translation>Bewertung und Notiz speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skip rating</source>
        <translation>Ohne Bewertung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save without a rating</source>
        <translation>Ohne Bewertung speichern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved in your diary</source>
        <translation>In Ihrem Tagebuch gespeichert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done, back to where I was</source>
        <translation>Fertig, zurück zur vorherigen Ansicht</translation>
    </message>
</context>
<context>
    <name>BeforeView</name>
    <message>
        <location filename="../../coach/ui/before_view.py" line="+52"/>
        <source>In an emergency, call emergency services.</source>
        <translation>Im Notfall rufen Sie den Notruf 112.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can stop at any moment with the red “Stop — this hurts” button.</source>
        <translation>Sie können jederzeit mit der roten Schaltfläche „Stopp – das tut weh“ aufhören.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No new severe neck pain, numbness or weakness since your last session?</source>
        <translation>Seit Ihrer letzten Einheit keine neuen starken Nackenschmerzen, kein Taubheitsgefühl und keine Schwäche?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, nothing new</source>
        <translation>Ja, nichts Neues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, something is new</source>
        <translation>Nein, etwas ist neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New severe pain, numbness or weakness should be looked at by your clinician before you stretch again. Please get in touch with them.</source>
        <translation>Neue starke Schmerzen, Taubheit oder Schwäche sollte sich Ihr Behandlungsteam ansehen, bevor Sie wieder dehnen. Bitte nehmen Sie Kontakt auf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If you have heart or lung disease, tend to faint, or are pregnant, check with your clinician before doing breathing exercises.</source>
        <translation>Wenn Sie eine Herz- oder Lungenerkrankung haben, leicht ohnmächtig werden oder schwanger sind, sprechen Sie vor Atemübungen mit Ihrem Behandlungsteam.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How are your spasms right now?</source>
        <translation>Wie stark sind Ihre Verkrampfungen gerade?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own tracking number, not a clinical scale.</source>
        <translation>Ihre eigene Verlaufszahl, keine klinische Skala.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>{n} min</source>
        <translation>{n} Min.</translation>
    </message>
    <message>
        <location line="+152"/>
        <location line="+42"/>
        <location line="+47"/>
        <source>Back to routines</source>
        <extracomment>The patient pressed Start: the spasm rating now (int) or None when skipped. The patient wants to leave without starting.</extracomment>
        <translation>Zurück zu den Programmen</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Not right now</source>
        <translation>Gerade nicht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Safety check before the heat</source>
        <translation>Sicherheitscheck vor der Wärme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer each one. The heat starts only when every answer is yes.</source>
        <translation>Beantworten Sie jede Frage. Die Wärme beginnt erst, wenn jede Antwort Ja ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A quick check first</source>
        <translation>Zuerst eine kurze Frage</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Change my answer</source>
        <translation>Antwort ändern</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Keep in mind</source>
        <translation>Bitte beachten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Spasms right now, 0 to 10</source>
        <translation>Verkrampfungen gerade, 0 bis 10</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start {routine}</source>
        <translation>{routine} starten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skip rating and start</source>
        <translation>Ohne Bewertung starten</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Let’s leave the heat for now</source>
        <translation>Lassen wir die Wärme für jetzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Let’s leave the stretches for now</source>
        <translation>Lassen wir die Dehnungen für jetzt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The session could not start</source>
        <translation>Die Einheit konnte nicht starten</translation>
    </message>
</context>
<context>
    <name>BreathPacer</name>
    <message>
        <location filename="../../coach/ui/pacer.py" line="+36"/>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Breathing guide</source>
        <extracomment>The smallest circle, as a share of the largest: &quot;empty lungs&quot; is still a soft shape. The ring&apos;s largest radius (px): big enough to follow from across the room; larger only costs painting time at sixty frames a second. The width of the circle&apos;s rim (px). The text-size setting enlarges the pacer&apos;s words at most this much. A repaint is asked for only when the circle or ring moves at least this much (px, deg).</extracomment>
        <translation>Atemhilfe</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Breath {n} of {total}</source>
        <translation>Atemzug {n} von {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breath {n}</source>
        <translation>Atemzug {n}</translation>
    </message>
</context>
<context>
    <name>BreathingPanel</name>
    <message>
        <location filename="../../coach/ui/editor_fields.py" line="+197"/>
        <source>Breathing</source>
        <extracomment>The key in `phases` of each breath phase.</extracomment>
        <translation>Atmung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview of the breathing guide</source>
        <translation>Vorschau der Atemhilfe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The circle breathes with the pattern, as it will in the session.</source>
        <translation>Der Kreis atmet im Muster mit, so wie später in der Einheit.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold after breathing in</source>
        <translation>Halten nach dem Einatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold after breathing out</source>
        <translation>Halten nach dem Ausatmen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seconds, in half seconds: 1 to 20.</source>
        <translation>Sekunden, in halben Sekunden: 1 bis 20.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds, in half seconds: 0 (no hold) to 20.</source>
        <translation>Sekunden, in halben Sekunden: 0 (kein Halten) bis 20.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In breaths</source>
        <translation>In Atemzügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In minutes</source>
        <translation>In Minuten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How long</source>
        <translation>Wie lange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breaths</source>
        <translation>Atemzüge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In half minutes: 0.5 to 60.</source>
        <translation>In halben Minuten: 0,5 bis 60.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>At most {n} breaths for this exercise.</source>
        <translation>Höchstens {n} Atemzüge für diese Übung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 to 100 breaths.</source>
        <translation>1 bis 100 Atemzüge.</translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <location filename="../../coach/ui/calendar_heatmap.py" line="+24"/>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>nothing planned</source>
        <extracomment>Legend entries in order, with their words.</extracomment>
        <translation>nichts geplant</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>planned, none done</source>
        <translation>geplant, nichts gemacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under half</source>
        <translation>unter der Hälfte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>half or more</source>
        <translation>die Hälfte oder mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80% or more</source>
        <translation>80 % oder mehr</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{day}: no records yet</source>
        <translation>{day}: noch keine Einträge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} done</source>
        <translation>{n} gemacht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{done} of {planned} planned sessions done ({percent})</source>
        <translation>{done} von {planned} geplanten Einheiten gemacht ({percent})</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+80"/>
        <source>injection day</source>
        <translation>Injektionstag</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Calendar of the last 12 months: sessions done each day</source>
        <translation>Kalender der letzten 12 Monate: gemachte Einheiten pro Tag</translation>
    </message>
</context>
<context>
    <name>ClinicianCard</name>
    <message>
        <location filename="../../coach/ui/clinician_card.py" line="+49"/>
        <source>For your clinician</source>
        <translation>Für Ihr Behandlungsteam</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A one-page summary of the last 12 weeks: sessions, spasm levels, injections, side effects and your notes. Bring it to your next appointment.</source>
        <translation>Eine einseitige Zusammenfassung der letzten 12 Wochen: Einheiten, Verkrampfungswerte, Injektionen, Nebenwirkungen und Ihre Notizen. Bringen Sie sie zu Ihrem nächsten Termin mit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your name on the report (optional)</source>
        <translation>Ihr Name auf dem Bericht (freiwillig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name to print on the report (optional)</source>
        <translation>Name, der auf den Bericht gedruckt wird (freiwillig)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save report as PDF…</source>
        <translation>Bericht als PDF speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print preview…</source>
        <translation>Druckvorschau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add my plan to a calendar…</source>
        <translation>Plan in Kalender eintragen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saves your plan as an .ics file that a phone or calendar app can import, so reminders come even when the computer is off.</source>
        <translation>Speichert Ihren Plan als .ics-Datei, die ein Telefon oder eine Kalender-App importieren kann – so kommen Erinnerungen auch, wenn der Computer aus ist.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Saved the report as {path}</source>
        <translation>Bericht gespeichert als {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report was sent to the printer.</source>
        <translation>Der Bericht wurde an den Drucker geschickt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved your plan as {path}. Open it with your calendar app.</source>
        <translation>Ihr Plan wurde als {path} gespeichert. Öffnen Sie ihn mit Ihrer Kalender-App.</translation>
    </message>
</context>
<context>
    <name>Companion</name>
    <message>
        <location filename="../../coach/ui/companion.py" line="+152"/>
        <source>Saved</source>
        <extracomment>Asks the patient, the first time, whether closing keeps the app in the tray: True (tray), False (quit) or None (they changed their mind: stay open).</extracomment>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your spasm rating is in your diary.</source>
        <translation>Ihre Bewertung der Verkrampfung steht in Ihrem Tagebuch.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>While you were away</source>
        <translation>Während Sie weg waren</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Start now: {title}</source>
        <translation>Jetzt starten: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Trapezius Coach</source>
        <translation>Trapezius Coach öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders paused until {time}</source>
        <translation>Erinnerungen pausiert bis {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next reminder: {what} at {time}</source>
        <translation>Nächste Erinnerung: {what} um {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No more reminders planned</source>
        <translation>Keine weiteren Erinnerungen geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trapezius Coach</source>
        <translation>Trapezius Coach</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Keep reminders running?</source>
        <translation>Erinnerungen weiterlaufen lassen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Trapezius Coach running in the tray?</source>
        <translation>Trapezius Coach im Infobereich weiterlaufen lassen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The window closes, and the app waits quietly next to the clock to remind you at your planned times. Open it again from its icon there, or quit from that icon&apos;s menu. You can change this in Settings.</source>
        <translation>Das Fenster schließt sich, und die App wartet still neben der Uhr, um Sie zu Ihren geplanten Zeiten zu erinnern. Öffnen Sie sie dort wieder über ihr Symbol oder beenden Sie sie über dessen Menü. Sie können das in den Einstellungen ändern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep running in the tray</source>
        <translation>Im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit the app</source>
        <translation>App beenden</translation>
    </message>
</context>
<context>
    <name>CoreWords</name>
    <message>
        <location filename="../../coach/ui/core_words.py" line="+41"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{day} at {time}</source>
        <translation>{day} um {time}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an hour</source>
        <translation>eine Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} hours</source>
        <translation>{n} Stunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a minute</source>
        <translation>eine Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} minutes</source>
        <translation>{n} Minuten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>twice</source>
        <translation>zweimal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} times</source>
        <translation>{n}-mal</translation>
    </message>
</context>
<context>
    <name>DataCard</name>
    <message>
        <location filename="../../coach/ui/settings_data.py" line="+125"/>
        <source>Your data</source>
        <extracomment>The diary&apos;s records changed (restore or import): every screen should re-read. A restore brought back older settings too: the settings screen re-reads them.</extracomment>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything you record stays on this computer, in this folder. Nothing is sent anywhere.</source>
        <translation>Alles, was Sie eintragen, bleibt auf diesem Computer in diesem Ordner. Nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A copy of your diary is kept each day you use the app (the last 7), and before every import or update. To keep a copy safe from a broken computer, copy the folder to a USB stick now and then.</source>
        <translation>An jedem Tag, an dem Sie die App nutzen, wird eine Kopie Ihres Tagebuchs aufbewahrt (die letzten 7), und vor jedem Import oder Update. Damit eine Kopie auch einen defekten Computer übersteht, kopieren Sie den Ordner ab und zu auf einen USB-Stick.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show all backups</source>
        <translation>Alle Sicherungen zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export and import</source>
        <translation>Export und Import</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export writes your sessions, ratings, injections and plan as four CSV files that a spreadsheet can open. They hold your health records: keep them somewhere private. Import reads such files back; a record already in the diary is not added twice.</source>
        <translation>Der Export schreibt Ihre Einheiten, Bewertungen, Injektionen und Ihren Plan in vier CSV-Dateien, die eine Tabellenkalkulation öffnen kann. Sie enthalten Ihre Gesundheitsdaten: Bewahren Sie sie privat auf. Der Import liest solche Dateien wieder ein; ein Eintrag, der schon im Tagebuch steht, wird nicht doppelt angelegt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export files…</source>
        <translation>Dateien exportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the diary as CSV files to a folder</source>
        <translation>Das Tagebuch als CSV-Dateien in einen Ordner exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import files…</source>
        <translation>Dateien importieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import CSV files from a folder</source>
        <translation>CSV-Dateien aus einem Ordner importieren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The backups could not be listed: {error}</source>
        <translation>Die Sicherungen konnten nicht aufgelistet werden: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No backups yet. The first is made once your diary holds something.</source>
        <translation>Noch keine Sicherungen. Die erste entsteht, sobald Ihr Tagebuch etwas enthält.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore puts back your diary as it was when a copy was made:</source>
        <translation>Wiederherstellen bringt Ihr Tagebuch in den Zustand zurück, in dem die Kopie entstand:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No backup was made: {error}</source>
        <translation>Es wurde keine Sicherung angelegt: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{tick} Backup saved: {name}</source>
        <translation>{tick} Sicherung gespeichert: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore the diary from {when}?</source>
        <translation>Das Tagebuch vom {when} wiederherstellen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your diary will be as it was then: anything recorded since will no longer show. Your diary as it is now is saved first as a backup, so you can come back to it by restoring that copy.</source>
        <translation>Ihr Tagebuch wird so sein wie damals: Alles, was seitdem eingetragen wurde, erscheint nicht mehr. Ihr jetziges Tagebuch wird vorher als Sicherung gespeichert, sodass Sie durch Wiederherstellen dieser Kopie dorthin zurückkehren können.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore this copy</source>
        <translation>Diese Kopie wiederherstellen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{tick} Restored the diary from {when}. The diary as it was before is saved as {name}.</source>
        <translation>{tick} Das Tagebuch vom {when} wurde wiederhergestellt. Das vorherige Tagebuch ist als {name} gespeichert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a folder for the exported files</source>
        <translation>Ordner für die exportierten Dateien wählen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{tick} Exported:
{files}</source>
        <translation>{tick} Exportiert:
{files}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the folder with the files to import</source>
        <translation>Ordner mit den zu importierenden Dateien wählen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported, and nothing was changed:
{problems}</source>
        <translation>Es wurde nichts importiert und nichts geändert:
{problems}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{tick} Imported:
{files}</source>
        <translation>{tick} Importiert:
{files}</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../coach/ui/i18n.py" line="+104"/>
        <source>Monday</source>
        <extracomment>Languages the app has words for; English is the source language and needs no file. Each language&apos;s own name, as the language chooser shows it. The object name that marks the translators this module installed.</extracomment>
        <translation>Montag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../coach/ui/progress_charts.py" line="+76"/>
        <source>{day} {month}</source>
        <extracomment>The y range of the main chart: adherence 0-100% and spasm 0-10 share it (bars are drawn at adherence x 10); the strip above 10 holds the phase labels. The closest zoom: fewer days than this on screen says nothing more. Daily spasm ratings further apart than this are not joined by the line. How strongly the bars take the primary colour (light, dark): soft under the line. With this few days on screen each rating also gets a dot.</extracomment>
        <translation>{day}. {month}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday}, {day}. {month}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sep</source>
        <translation>Sep.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <location filename="../../coach/ui/progress_charts.py" line="+6"/>
        <source>{weekday} {date}</source>
        <translation>{weekday}, {date}</translation>
    </message>
</context>
<context>
    <name>DayBlock</name>
    <message>
        <location filename="../../coach/ui/diary_view.py" line="+215"/>
        <source>{day}: 1 entry</source>
        <translation>{day}: 1 Eintrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{day}: {n} entries</source>
        <translation>{day}: {n} Einträge</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <location filename="../../coach/ui/demo_data.py" line="+31"/>
        <source>Example data — not your diary. Nothing you do here changes your own records.</source>
        <extracomment>A year of example history: enough for every chart, including the calendar.</extracomment>
        <translation>Beispieldaten – nicht Ihr Tagebuch. Nichts, was Sie hier tun, ändert Ihre eigenen Einträge.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This window already shows the example data.</source>
        <extracomment>Opens the app on a data folder (tests pass a recorder instead).</extracomment>
        <translation>Dieses Fenster zeigt bereits die Beispieldaten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is a file, not a folder; nothing was written.</source>
        <translation>{path} ist eine Datei, kein Ordner; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder {path} already holds files that are not example data, so the example data was not written there. Nothing was changed.</source>
        <translation>Der Ordner {path} enthält bereits Dateien, die keine Beispieldaten sind. Deshalb wurden die Beispieldaten dort nicht gespeichert. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The example data could not be written: {problem}</source>
        <translation>Die Beispieldaten konnten nicht gespeichert werden: {problem}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>example data</source>
        <translation>Beispieldaten</translation>
    </message>
</context>
<context>
    <name>DiaryRow</name>
    <message>
        <location filename="../../coach/ui/diary_view.py" line="-74"/>
        <source>Spasm {n}</source>
        <translation>Verkrampfung {n}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the entry from {time}</source>
        <translation>Eintrag von {time} Uhr ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the entry from {time}</source>
        <translation>Eintrag von {time} Uhr löschen</translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <location line="-80"/>
        <source>no sensory trick</source>
        <extracomment>Days of entries shown at first, and added by each &quot;Show earlier entries&quot;.</extracomment>
        <translation>kein sensorischer Trick</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sensory trick used</source>
        <translation>sensorischer Trick genutzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sensory trick helped</source>
        <translation>sensorischer Trick hat geholfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sensory trick did not help</source>
        <translation>sensorischer Trick hat nicht geholfen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pain {n}</source>
        <translation>Schmerz {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stress {n}</source>
        <translation>Stress {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sleep quality {n}</source>
        <translation>Schlafqualität {n}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Spasm {n}</source>
        <translation>Verkrampfung {n}</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Diary</source>
        <extracomment>Emitted after this screen wrote to the Store, so other screens can refresh.</extracomment>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your entries</source>
        <translation>Ihre Einträge</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show earlier entries</source>
        <translation>Frühere Einträge zeigen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The entries could not be read just now. {problem}</source>
        <translation>Die Einträge konnten gerade nicht gelesen werden. {problem}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No entries yet. Each rating you save shows here, newest day first.</source>
        <translation>Noch keine Einträge. Jede Bewertung, die Sie speichern, erscheint hier – der neueste Tag zuerst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing recorded in the last {n} days.</source>
        <translation>In den letzten {n} Tagen nichts eingetragen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Showing entries from {day} on.</source>
        <translation>Einträge ab {day}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is everything in the diary.</source>
        <translation>Das ist alles im Tagebuch.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Not saved: {problem} What you entered is still here; please try again.</source>
        <translation>Nicht gespeichert: {problem} Ihre Eingaben sind noch da; bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changes saved.</source>
        <translation>Änderungen gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved: spasm {n} at {time}.</source>
        <translation>Gespeichert: Verkrampfung {n} um {time} Uhr.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not deleted: {problem}</source>
        <translation>Nicht gelöscht: {problem}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleted the {time} entry from {day}.</source>
        <translation>Eintrag von {time} Uhr ({day}) gelöscht.</translation>
    </message>
</context>
<context>
    <name>ExercisePanel</name>
    <message>
        <location filename="../../coach/ui/editor_fields.py" line="-184"/>
        <source>As set in my settings (both, left or right)</source>
        <translation>Wie in meinen Einstellungen (beide, links oder rechts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both sides: left first, then right</source>
        <translation>Beide Seiten: zuerst links, dann rechts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left side only</source>
        <translation>Nur linke Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right side only</source>
        <translation>Nur rechte Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left and right in turn</source>
        <translation>Links und rechts im Wechsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No side (a movement in the middle)</source>
        <translation>Keine Seite (eine Bewegung in der Mitte)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds for each hold (or each slow circle): 1 to 600.</source>
        <translation>Sekunden für jedes Halten (oder jeden langsamen Kreis): 1 bis 600.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Repeats</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many holds on each side: 1 to 50.</source>
        <translation>Wie oft pro Seite gehalten wird: 1 bis 50.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In cervical dystonia the side matters: choose what your physiotherapist set. “As set in my settings” follows the side chosen in Settings.</source>
        <translation>Bei zervikaler Dystonie ist die Seite wichtig: Wählen Sie, was Ihre Physiotherapeutin oder Ihr Physiotherapeut festgelegt hat. „Wie in meinen Einstellungen“ folgt der Seite, die in den Einstellungen gewählt ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rest between holds</source>
        <translation>Ausruhen zwischen den Wiederholungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds: 0 to 300.</source>
        <translation>Sekunden: 0 bis 300.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds to get into position: 0 to 60.</source>
        <translation>Sekunden, um in Position zu kommen: 0 bis 60.</translation>
    </message>
</context>
<context>
    <name>FirstRunView</name>
    <message>
        <location filename="../../coach/ui/first_run.py" line="+191"/>
        <source>Back</source>
        <extracomment>The first plans offered (both unticked: the programme is the clinician&apos;s to set). Done: the window shows its screens again. Settings (and perhaps a plan) were saved.</extracomment>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+204"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Tick the box at the end of the page to go on.</source>
        <translation>Setzen Sie am Ende der Seite das Häkchen, um weiterzugehen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Welcome to Trapezius Coach</source>
        <translation>Willkommen bei Trapezius Coach</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This app guides you through gentle stretches, heat and slow breathing, one step at a time, with a clear timer and calm sound cues.</source>
        <translation>Diese App führt Sie Schritt für Schritt durch sanfte Dehnungen, Wärme und langsames Atmen – mit einer klaren Zeitanzeige und ruhigen Tonsignalen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It also keeps a simple diary: how strong your spasms are from 0 to 10, your sessions and your injection dates. Charts and a one-page report show what seems to help, so you can talk it over with your clinician.</source>
        <translation>Sie führt auch ein einfaches Tagebuch: wie stark Ihre Verkrampfungen sind (0 bis 10), Ihre Einheiten und Ihre Injektionstermine. Diagramme und ein einseitiger Bericht zeigen, was zu helfen scheint, damit Sie es mit Ihrem Behandlungsteam besprechen können.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It supports your care; it never replaces it</source>
        <translation>Sie unterstützt Ihre Behandlung – sie ersetzt sie nie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use it alongside the plan you agreed with your clinician or physiotherapist. Cervical dystonia is not ordinary neck tension: a stretch that helps one person can make another worse.</source>
        <translation>Nutzen Sie sie zusammen mit dem Plan, den Sie mit Ihrer Ärztin, Ihrem Arzt oder Ihrer Physiotherapie vereinbart haben. Zervikale Dystonie ist keine gewöhnliche Nackenverspannung: Eine Dehnung, die einem Menschen hilft, kann es bei einem anderen verschlimmern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before you start, please confirm with them which exercises suit you, and on which side, or both, you should do each stretch.</source>
        <translation>Bitte klären Sie vor dem Start mit ihnen, welche Übungen zu Ihnen passen und auf welcher Seite – oder auf beiden – Sie jede Dehnung machen sollen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move slowly and keep breathing. Stop at once if pain sharpens, spasms or tremor clearly get worse, or you feel dizzy, tingling, numb or short of breath. In an emergency, call emergency services.</source>
        <translation>Bewegen Sie sich langsam und atmen Sie weiter. Hören Sie sofort auf, wenn der Schmerz schärfer wird, Verkrampfungen oder Zittern deutlich zunehmen oder Ihnen schwindelig wird, es kribbelt, taub wird oder Sie kurzatmig werden. Im Notfall rufen Sie den Notruf 112.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everything you record stays on this computer.</source>
        <translation>Alles, was Sie eintragen, bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I understand: this app supports the plan agreed with my clinician, and I will confirm my programme and sides with them.</source>
        <translation>Ich verstehe: Diese App unterstützt den mit meinem Behandlungsteam vereinbarten Plan, und ich kläre mein Programm und die Seiten mit ihm ab.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your stretches and heat</source>
        <translation>Ihre Dehnungen und Wärme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some stretches can be done on both sides or on one side only. Choose as your physiotherapist set them. You can change this later in Settings.</source>
        <translation>Manche Dehnungen können auf beiden Seiten oder nur auf einer Seite gemacht werden. Wählen Sie, wie Ihre Physiotherapie es festgelegt hat. Sie können das später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+10"/>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Choose reduced feeling if the skin there feels less than elsewhere, or if you have diabetes or poor circulation: heat then stops after 10 minutes.</source>
        <translation>Wählen Sie „vermindertes Gefühl“, wenn die Haut dort weniger spürt als anderswo oder wenn Sie Diabetes oder eine schlechte Durchblutung haben: Die Wärme endet dann nach 10 Minuten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sound and voice</source>
        <translation>Ton und Stimme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Soft sounds tell you when to start, switch sides and rest, so you can follow a session with your eyes closed.</source>
        <translation>Sanfte Töne sagen Ihnen, wann Sie beginnen, die Seite wechseln und ausruhen – so können Sie einer Einheit mit geschlossenen Augen folgen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Play gentle sound cues during a session</source>
        <translation>Sanfte Tonsignale während einer Einheit abspielen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Speak the instructions aloud (uses your computer&apos;s speech, if it has one)</source>
        <translation>Anleitungen vorlesen (nutzt die Sprachausgabe Ihres Computers, falls vorhanden)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A first plan (optional)</source>
        <translation>Ein erster Plan (freiwillig)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You already have a plan. You can change it on the Plan screen at any time.</source>
        <translation>Sie haben bereits einen Plan. Sie können ihn jederzeit auf der Seite „Plan“ ändern.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A plan says how often you mean to do each kind of routine, and when to remind you. Tick one if it fits what you agreed with your clinician, or leave both and set a plan later on the Plan screen.</source>
        <translation>Ein Plan legt fest, wie oft Sie jede Art von Programm machen möchten und wann Sie erinnert werden. Kreuzen Sie an, was zu der Vereinbarung mit Ihrem Behandlungsteam passt, oder lassen Sie beides frei und legen Sie später auf der Seite „Plan“ einen Plan fest.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remind me to stretch twice a day, every day</source>
        <translation>Mich jeden Tag zweimal ans Dehnen erinnern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First stretch reminder</source>
        <translation>Erste Erinnerung ans Dehnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second stretch reminder</source>
        <translation>Zweite Erinnerung ans Dehnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind me to do slow breathing once a day, every day</source>
        <translation>Mich jeden Tag einmal ans langsame Atmen erinnern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breathing reminder</source>
        <translation>Erinnerung ans Atmen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Step {n} of {total}</source>
        <translation>Schritt {n} von {total}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start using the app</source>
        <translation>App verwenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First tick the box to say you have read the safety note.</source>
        <translation>Setzen Sie zuerst das Häkchen, um zu bestätigen, dass Sie den Sicherheitshinweis gelesen haben.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Not saved: {error} Please try again.</source>
        <translation>Nicht gespeichert: {error} Bitte versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <location filename="../../coach/ui/form_fields.py" line="+77"/>
        <source>Today</source>
        <extracomment>The earliest date a date box accepts (botulinum toxin for the neck came later). Date boxes show words, as the rest of the app does: &quot;3 November 2026&quot;. A note is a few sentences, not a document. Month names in English whatever the system locale: the rest of the app is English.</extracomment>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>HeatLimitLine</name>
    <message>
        <location filename="../../coach/ui/heat_panel.py" line="+50"/>
        <source>Heat time left</source>
        <translation>Verbleibende Wärmezeit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Heat maximum used</source>
        <translation>Genutzte Höchstdauer der Wärme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heat safety limit: {time} left</source>
        <translation>Sicherheitsgrenze für Wärme: noch {time}</translation>
    </message>
</context>
<context>
    <name>HeatPanel</name>
    <message>
        <location filename="../../coach/ui/editor_fields.py" line="+197"/>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Safety rule: heat is never on for more than {standard} minutes in one go, always through a towel, and the skin is checked every few minutes. With reduced feeling (set in Settings) it stops at the shorter limit below, never more than {reduced} minutes.</source>
        <translation>Sicherheitsregel: Wärme liegt nie länger als {standard} Minuten am Stück auf, immer durch ein Handtuch, und die Haut wird alle paar Minuten geprüft. Bei vermindertem Gefühl (in den Einstellungen festgelegt) endet sie an der kürzeren Grenze unten, nie nach mehr als {reduced} Minuten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Heat time</source>
        <translation>Wärmedauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes of heat: 1 to {standard}.</source>
        <translation>Minuten Wärme: 1 bis {standard}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skin check every</source>
        <translation>Hautkontrolle alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes: 1 to 10, and not more than the heat time.</source>
        <translation>Minuten: 1 bis 10 und nicht mehr als die Wärmedauer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>With reduced feeling, stop after</source>
        <translation>Bei vermindertem Gefühl beenden nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes: 1 to {reduced}.</source>
        <translation>Minuten: 1 bis {reduced}.</translation>
    </message>
</context>
<context>
    <name>HeatSafety</name>
    <message>
        <location filename="../../coach/core/heat_safety.py" line="+37"/>
        <source>Heat can be used again from {when}, {gap} after your last heat session.</source>
        <translation>Wärme ist wieder ab {when} möglich, {gap} nach Ihrer letzten Wärmeanwendung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have used heat {times} today, the most your settings allow in a day. Heat can be used again from {when}.</source>
        <translation>Sie haben heute {times} Wärme angewendet, so oft wie Ihre Einstellungen an einem Tag erlauben. Wärme ist wieder ab {when} möglich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After an injection, heat waits so the injection sites can settle. Heat can be used again from {when}.</source>
        <translation>Nach einer Injektion wartet die Wärme, damit sich die Einstichstellen beruhigen können. Wärme ist wieder ab {when} möglich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Heat can be used now.</source>
        <translation>Wärme ist jetzt möglich.</translation>
    </message>
</context>
<context>
    <name>IllustrationView</name>
    <message>
        <location filename="../../coach/ui/illustration.py" line="+64"/>
        <source>Illustration</source>
        <extracomment>The colours the SVG files are drawn in, in the light scheme. During a rest the illustration fades back: the patient is not doing the movement.</extracomment>
        <translation>Abbildung</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(left side, mirrored)</source>
        <translation>(linke Seite, gespiegelt)</translation>
    </message>
</context>
<context>
    <name>InjectionForm</name>
    <message>
        <location filename="../../coach/ui/injection_form.py" line="+53"/>
        <source>Difficulty swallowing</source>
        <extracomment>An injection further ahead than this is almost surely a typing slip in the year. More units than any treatment uses; a bigger number is a slip of the keyboard. What the patient reads for each side-effect name the diary stores.</extracomment>
        <translation>Schluckbeschwerden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neck weakness or a heavy head</source>
        <translation>Schwäche im Nacken oder ein schwerer Kopf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice change</source>
        <translation>Veränderte Stimme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dry mouth</source>
        <translation>Mundtrockenheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain or redness where the needle went in</source>
        <translation>Schmerz oder Rötung an der Einstichstelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double vision or a drooping eyelid</source>
        <translation>Doppelbilder oder ein hängendes Augenlid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Units should be a number, for example 200.</source>
        <translation>Die Einheiten sollten eine Zahl sein, zum Beispiel 200.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That number looks too large; please check it.</source>
        <translation>Diese Zahl scheint zu groß; bitte prüfen Sie sie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units cannot be below 0.</source>
        <translation>Die Einheiten können nicht unter 0 liegen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+159"/>
        <source>Add an injection</source>
        <translation>Injektion eintragen</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Only the date is needed; add the rest if you know it.</source>
        <translation>Nur das Datum ist nötig; den Rest tragen Sie ein, wenn Sie ihn wissen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Date of the injection</source>
        <translation>Datum der Injektion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product (optional)</source>
        <translation>Präparat (freiwillig)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product</source>
        <translation>Präparat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example Botox, Dysport or Xeomin.</source>
        <translation>Zum Beispiel Botox, Dysport oder Xeomin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Units (optional)</source>
        <translation>Einheiten (freiwillig)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A number, for example 200.</source>
        <translation>Eine Zahl, zum Beispiel 200.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Muscles injected (optional)</source>
        <translation>Behandelte Muskeln (freiwillig)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Muscles injected</source>
        <translation>Behandelte Muskeln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As your clinic wrote them, for example: left trapezius, right splenius.</source>
        <translation>So, wie Ihre Praxis sie notiert hat, zum Beispiel: Trapezius links, Splenius rechts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Benefit noticed on</source>
        <translation>Wirkung bemerkt am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first day you felt the injection working.</source>
        <translation>Der erste Tag, an dem Sie die Wirkung der Injektion gespürt haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Wearing off noticed on</source>
        <translation>Nachlassen bemerkt am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first day you felt it fading. This is common and expected.</source>
        <translation>Der erste Tag, an dem Sie ein Nachlassen gespürt haben. Das ist häufig und zu erwarten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick any you noticed, and the day it began if you know.</source>
        <translation>Kreuzen Sie an, was Sie bemerkt haben, und – wenn Sie es wissen – den Tag, an dem es begann.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Note about this injection (optional)</source>
        <translation>Notiz zu dieser Injektion (freiwillig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+82"/>
        <source>Save injection</source>
        <translation>Injektion speichern</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+83"/>
        <source>Save this injection</source>
        <translation>Diese Injektion speichern</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the form without saving</source>
        <translation>Formular ohne Speichern schließen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Side effect: {name}</source>
        <translation>Nebenwirkung: {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What else did you notice</source>
        <translation>Was haben Sie sonst bemerkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was it?</source>
        <translation>Was war es?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Began on</source>
        <translation>Begann am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: began on</source>
        <translation>{name}: begann am</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Change the injection of {day}</source>
        <translation>Injektion vom {day} ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this injection</source>
        <translation>Änderungen an dieser Injektion speichern</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Also recorded, and kept as they are: {effects}.</source>
        <translation>Ebenfalls eingetragen und unverändert beibehalten: {effects}.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>That date is more than a year ahead. Please check the year.</source>
        <translation>Dieses Datum liegt mehr als ein Jahr in der Zukunft. Bitte prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The benefit cannot be noticed before the injection ({day}).</source>
        <translation>Die Wirkung kann nicht vor der Injektion ({day}) bemerkt worden sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wearing off cannot be noticed before the injection ({day}).</source>
        <translation>Das Nachlassen kann nicht vor der Injektion ({day}) bemerkt worden sein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is before the day the benefit was noticed ({day}). Please check both dates.</source>
        <translation>Das liegt vor dem Tag, an dem die Wirkung bemerkt wurde ({day}). Bitte prüfen Sie beide Daten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Please leave out ; and @ here.</source>
        <translation>Bitte lassen Sie hier ; und @ weg.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A side effect cannot be noticed before the injection ({day}).</source>
        <translation>Eine Nebenwirkung kann nicht vor der Injektion ({day}) bemerkt worden sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please keep the note under {most} characters.</source>
        <translation>Bitte halten Sie die Notiz unter {most} Zeichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved yet: please look at the messages above.</source>
        <translation>Noch nicht gespeichert: Bitte beachten Sie die Hinweise oben.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>That day has not come yet.</source>
        <translation>Dieser Tag ist noch nicht gekommen.</translation>
    </message>
</context>
<context>
    <name>InjectionRow</name>
    <message>
        <location filename="../../coach/ui/injections_view.py" line="+149"/>
        <source>(planned)</source>
        <translation>(geplant)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the injection of {day}</source>
        <translation>Injektion vom {day} ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the injection of {day}</source>
        <translation>Injektion vom {day} löschen</translation>
    </message>
</context>
<context>
    <name>InjectionsView</name>
    <message>
        <location line="-117"/>
        <source>No injections recorded yet.</source>
        <extracomment>Injections listed at first, and added by each &quot;Show earlier injections&quot; (about 3 years).</extracomment>
        <translation>Noch keine Injektionen eingetragen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Injection day today.</source>
        <translation>Heute ist Injektionstag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day {n} since your injection on {day} (week {week}).</source>
        <translation>Tag {n} seit Ihrer Injektion am {day} (Woche {week}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next injection planned for {day}.</source>
        <translation>Nächste Injektion geplant für den {day}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{what} {day} (day {n})</source>
        <translation>{what} am {day} (Tag {n})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} units</source>
        <translation>{n} Einheiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Benefit noticed</source>
        <translation>Wirkung bemerkt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wearing off noticed</source>
        <translation>Nachlassen bemerkt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(from {day})</source>
        <translation>(ab {day})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Muscles: {muscles}</source>
        <translation>Muskeln: {muscles}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Side effects: {effects}</source>
        <translation>Nebenwirkungen: {effects}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: {note}</source>
        <translation>Notiz: {note}</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Injections</source>
        <extracomment>Emitted after this screen wrote to the Store, so other screens can refresh.</extracomment>
        <translation>Injektionen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add an injection</source>
        <translation>Injektion eintragen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your injections</source>
        <translation>Ihre Injektionen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show earlier injections</source>
        <translation>Frühere Injektionen zeigen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The injections could not be read just now. {problem}</source>
        <translation>Die Injektionen konnten gerade nicht gelesen werden. {problem}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>None yet. Each injection you save shows here.</source>
        <translation>Noch keine. Jede Injektion, die Sie speichern, erscheint hier.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Not saved: {problem} What you entered is still here; please try again.</source>
        <translation>Nicht gespeichert: {problem} Ihre Eingaben sind noch da; bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes saved: injection of {day}.</source>
        <translation>Änderungen gespeichert: Injektion vom {day}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved: injection of {day}.</source>
        <translation>Gespeichert: Injektion vom {day}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not deleted: {problem}</source>
        <translation>Nicht gelöscht: {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted the injection of {day}.</source>
        <translation>Injektion vom {day} gelöscht.</translation>
    </message>
</context>
<context>
    <name>KindCard</name>
    <message>
        <location filename="../../coach/ui/plan_view.py" line="+179"/>
        <source>Times a day</source>
        <translation>Mal pro Tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{kind}: times a day</source>
        <translation>{kind}: Mal pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 means not planned</source>
        <translation>0 bedeutet: nicht geplant</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>On these days</source>
        <translation>An diesen Tagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{kind} on {day}</source>
        <translation>{kind} am {day}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remind me at these times</source>
        <translation>Zu diesen Zeiten erinnern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind}: remind me at these times</source>
        <translation>{kind}: zu diesen Zeiten erinnern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Routine a reminder starts</source>
        <translation>Programm, das eine Erinnerung startet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{kind}: the routine a reminder starts</source>
        <translation>{kind}: das Programm, das eine Erinnerung startet</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>{kind}: reminder {n} time</source>
        <translation>{kind}: Uhrzeit der Erinnerung {n}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Not planned</source>
        <translation>Nicht geplant</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../coach/ui/i18n.py" line="-39"/>
        <source>Stretches</source>
        <translation>Dehnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relaxation</source>
        <translation>Entspannung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stretch session</source>
        <translation>Dehnungseinheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heat session</source>
        <translation>Wärmeanwendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breathing session</source>
        <translation>Atemübung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relaxation session</source>
        <translation>Entspannungsübung</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../../coach/ui/editor_actions.py" line="+107"/>
        <source>Saved “{title}”.</source>
        <extracomment>Where to import from / export to (None: the patient cancelled).</extracomment>
        <translation>„{title}“ gespeichert.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“{title}” was saved to the file {file}.</source>
        <translation>„{title}“ wurde in der Datei {file} gespeichert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>That file could not be used, so nothing was added.
{lines}</source>
        <translation>Diese Datei konnte nicht verwendet werden, deshalb wurde nichts hinzugefügt.
{lines}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Added “{title}”. A routine with the same id was already here, so this one is kept as a separate routine.</source>
        <translation>„{title}“ hinzugefügt. Ein Programm mit derselben Kennung war schon vorhanden, deshalb wird dieses als eigenes Programm behalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added “{title}”.</source>
        <translation>„{title}“ hinzugefügt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{title}” is back to the app&apos;s original.</source>
        <translation>„{title}“ ist wieder im Originalzustand der App.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed “{title}”.</source>
        <translation>„{title}“ entfernt.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>More for {title}</source>
        <translation>Mehr zu {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a copy</source>
        <translation>Kopie anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to a file…</source>
        <translation>In eine Datei exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to original</source>
        <translation>Auf Original zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import a routine</source>
        <translation>Programm importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Routine files (*.toml)</source>
        <translation>Programmdateien (*.toml)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Export a routine</source>
        <translation>Programm exportieren</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../coach/ui/library_view.py" line="+215"/>
        <source>New routine</source>
        <extracomment>A widget to show in place of the whole window until it emits `closed` (the main window also listens to its `dataChanged`). The monotonic clock sessions run on (None: the real one); tests set a FakeClock. Makes a session&apos;s sound cues from the settings (None: coach.ui.sound&apos;s).</extracomment>
        <translation>Neues Programm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make a new routine</source>
        <translation>Ein neues Programm anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a routine…</source>
        <translation>Programm importieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import a routine from a file</source>
        <translation>Ein Programm aus einer Datei importieren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coach/ui/main_window.py" line="+54"/>
        <source>Today</source>
        <extracomment>The navigation, top to bottom. Add a screen here (one line) and nowhere else.</extracomment>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routines</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Injections</source>
        <translation>Injektionen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Screens</source>
        <extracomment>Emitted after any screen wrote to the Store (the reminders listen). Asked when the window is closed: &quot;tray&quot;, &quot;stay&quot; or &quot;close&quot; (set by the Companion when there is a tray; None closes as usual).</extracomment>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>The routine {id} could not be found. Choose one under Routines.</source>
        <translation>Das Programm {id} wurde nicht gefunden. Wählen Sie eines unter „Programme“.</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location line="-193"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>Diese Nachricht schließen</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../../coach/ui/form_fields.py" line="+74"/>
        <source>Not noted</source>
        <translation>Nicht eingetragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add date</source>
        <translation>Datum eintragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{name}: add a date</source>
        <translation>{name}: Datum eintragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear date</source>
        <translation>Datum entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{name}: leave empty</source>
        <translation>{name}: leer lassen</translation>
    </message>
</context>
<context>
    <name>OptionalRating</name>
    <message>
        <location filename="../../coach/ui/symptom_form.py" line="+59"/>
        <source>Clear the rating: {name}</source>
        <translation>Bewertung löschen: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}, 0 to 10</source>
        <translation>{name}, 0 bis 10</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../coach/ui/page.py" line="+43"/>
        <source>Page: the arrow keys scroll it</source>
        <translation>Seite: Mit den Pfeiltasten blättern</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <location filename="../../coach/ui/progress_charts.py" line="+7"/>
        <source>injection day</source>
        <extracomment>The cycle phases&apos; names (analysis&apos; Phase values), marked for translation.</extracomment>
        <translation>Injektionstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first days</source>
        <translation>erste Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>effect starting</source>
        <translation>Wirkung setzt ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>building up</source>
        <translation>Wirkung baut sich auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peak weeks</source>
        <translation>stärkste Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after the peak</source>
        <translation>nach dem Höhepunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wearing off</source>
        <translation>Wirkung lässt nach</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../coach/ui/plan_view.py" line="-326"/>
        <source>Mon</source>
        <extracomment>The most sessions of one kind the screen offers a day. Reminder times offered first when the count goes up, in order.</extracomment>
        <translation>Mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Choose at least one day, or set the times a day to 0.</source>
        <translation>Wählen Sie mindestens einen Tag, oder stellen Sie „Mal am Tag“ auf 0.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two reminders are at the same time. Give each its own time.</source>
        <translation>Zwei Erinnerungen haben dieselbe Uhrzeit. Geben Sie jeder eine eigene Zeit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your heat limit is {n} sessions a day. Plan that many at most.</source>
        <translation>Ihre Grenze für Wärme liegt bei {n} Einheiten am Tag. Planen Sie höchstens so viele.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Heat needs at least {n} minutes between sessions. Move the reminder times further apart.</source>
        <translation>Zwischen zwei Wärme-Einheiten müssen mindestens {n} Minuten liegen. Legen Sie die Erinnerungen weiter auseinander.</translation>
    </message>
    <message>
        <location line="+269"/>
        <source>Your plan</source>
        <translation>Ihr Plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How often you mean to do each kind of session, and when the app should remind you. Agree it with your clinician or physiotherapist. A change applies from today: the weeks before keep the plan they had.</source>
        <translation>Wie oft Sie jede Art von Einheit machen möchten und wann die App Sie erinnern soll. Stimmen Sie das mit Ihrem Behandlungsteam oder Ihrer Physiotherapie ab. Eine Änderung gilt ab heute: Die Wochen davor behalten ihren bisherigen Plan.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show reminders at the planned times</source>
        <translation>Erinnerungen zu den geplanten Zeiten zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start Trapezius Coach when I log in, quietly in the tray</source>
        <translation>Trapezius Coach bei der Anmeldung still im Infobereich starten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On an injection day and for the hours after it that you set, stretch and heat reminders offer calm breathing instead.</source>
        <translation>Am Injektionstag und in den von Ihnen festgelegten Stunden danach schlagen Erinnerungen an Dehnungen und Wärme stattdessen ruhiges Atmen vor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the plan</source>
        <translation>Den Plan speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo the changes not saved yet</source>
        <translation>Die noch nicht gespeicherten Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The plan could not be read: {error}</source>
        <translation>Der Plan konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Nothing was saved. Please see the notes above.</source>
        <translation>Es wurde nichts gespeichert. Bitte beachten Sie die Hinweise oben.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ Saved. The plan applies from today.</source>
        <translation>✓ Gespeichert. Der Plan gilt ab heute.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Starting at login could not be set: {error}</source>
        <translation>Der Start bei der Anmeldung konnte nicht eingerichtet werden: {error}</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <location filename="../../coach/ui/player_view.py" line="+77"/>
        <source>Stop — this hurts</source>
        <translation>Stopp – das tut weh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Vor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space: pause or resume  ·  ←: back  ·  →: next  ·  Esc: stop</source>
        <translation>Leertaste: Pause oder weiter  ·  ←: zurück  ·  →: vor  ·  Esc: Stopp</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paused. Take your time; press Resume or Space when you are ready.</source>
        <extracomment>Below this window height (px) the player gets compact: the instruction in body type and no key hints, so the big countdown keeps its full size on a small screen. From this text scale on, a compact player leaves the exercise picture out for the words.</extracomment>
        <translation>Pausiert. Lassen Sie sich Zeit; drücken Sie „Weiter“ oder die Leertaste, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: left side</source>
        <translation>Als Nächstes: linke Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: right side</source>
        <translation>Als Nächstes: rechte Seite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: left, rep {rep} of {reps}</source>
        <translation>Als Nächstes: links, Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: right, rep {rep} of {reps}</source>
        <translation>Als Nächstes: rechts, Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Ausruhen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat on</source>
        <translation>Wärme an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: breathe in</source>
        <translation>Als Nächstes: einatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Next: hold</source>
        <translation>Als Nächstes: halten</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Next: breathe out</source>
        <translation>Als Nächstes: ausatmen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Well done.</source>
        <translation>Gut gemacht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You finished every step. Sit for a moment and notice how you feel.</source>
        <translation>Sie haben jeden Schritt geschafft. Bleiben Sie einen Moment sitzen und spüren Sie nach, wie es Ihnen geht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done for now.</source>
        <translation>Für jetzt fertig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you did is saved. Every bit counts.</source>
        <translation>Was Sie gemacht haben, ist gespeichert. Jedes bisschen zählt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped. That was the right thing to do.</source>
        <translation>Beendet. Das war richtig so.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let your shoulders rest and breathe slowly. If the pain is new or severe, or you feel numb, weak or dizzy, contact your clinician. In an emergency, call emergency services.</source>
        <translation>Lassen Sie die Schultern ruhen und atmen Sie langsam. Wenn der Schmerz neu oder stark ist oder Sie sich taub, schwach oder schwindelig fühlen, wenden Sie sich an Ihr Behandlungsteam. Im Notfall rufen Sie den Notruf 112.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Heat stopped.</source>
        <translation>Wärme beendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the pack off now and let your skin cool in the air. If it stays red, blisters or hurts, ask your clinician before using heat again.</source>
        <translation>Nehmen Sie das Wärmekissen jetzt ab und lassen Sie die Haut an der Luft abkühlen. Wenn sie rot bleibt, Blasen bildet oder schmerzt, fragen Sie Ihr Behandlungsteam, bevor Sie wieder Wärme anwenden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session stopped.</source>
        <translation>Einheit beendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>What you did is saved.</source>
        <translation>Was Sie gemacht haben, ist gespeichert.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Session closed.</source>
        <translation>Einheit geschlossen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Rep {rep} of {reps} done</source>
        <translation>Wiederholung {rep} von {reps} geschafft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rep {rep} of {reps}</source>
        <translation>Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{side} · rep {rep} of {reps} done</source>
        <translation>{side} · Wiederholung {rep} von {reps} geschafft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{side} · rep {rep} of {reps}</source>
        <translation>{side} · Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Heat period {n} of {total}</source>
        <translation>Wärmephase {n} von {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skin check {n} of {total}</source>
        <translation>Hautkontrolle {n} von {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Breath {n} of {total}</source>
        <translation>Atemzug {n} von {total}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Next: the end of the session</source>
        <translation>Als Nächstes: das Ende der Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: {title}</source>
        <translation>Als Nächstes: {title}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next: rep {rep} of {reps}</source>
        <translation>Als Nächstes: Wiederholung {rep} von {reps}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next: get ready</source>
        <translation>Als Nächstes: bereit machen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: rest, {time} s</source>
        <translation>Als Nächstes: ausruhen, {time} s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next: skin check</source>
        <translation>Als Nächstes: Hautkontrolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: heat period {n} of {total}</source>
        <translation>Als Nächstes: Wärmephase {n} von {total}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Less than a minute left</source>
        <translation>Weniger als eine Minute übrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About {n} min left</source>
        <translation>Noch etwa {n} Min.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Seconds left</source>
        <translation>Verbleibende Sekunden</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Session: {routine}</source>
        <translation>Einheit: {routine}</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Session progress</source>
        <translation>Fortschritt der Einheit</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Back: restart this part or go back one</source>
        <translation>Zurück: diesen Teil neu beginnen oder einen Teil zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+408"/>
        <source>Pause the session</source>
        <translation>Einheit pausieren</translation>
    </message>
    <message>
        <location line="-405"/>
        <source>Next: go on to the next part</source>
        <translation>Vor: zum nächsten Teil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop — this hurts. Ends the session now</source>
        <translation>Stopp – das tut weh. Beendet die Einheit sofort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back (Left arrow)</source>
        <translation>Zurück (Pfeil nach links)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause or resume (Space)</source>
        <translation>Pause oder weiter (Leertaste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next (Right arrow)</source>
        <translation>Vor (Pfeil nach rechts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop now (Esc)</source>
        <translation>Jetzt beenden (Esc)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Side and repetition</source>
        <translation>Seite und Wiederholung</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>What comes next</source>
        <translation>Was als Nächstes kommt</translation>
    </message>
    <message>
        <location line="+307"/>
        <source>Resume the session</source>
        <translation>Einheit fortsetzen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Step {n} of {total}</source>
        <translation>Schritt {n} von {total}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{done} of {total} steps done</source>
        <translation>{done} von {total} Schritten geschafft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>heat {time} min</source>
        <translation>Wärme {time} Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>heat {time} s</source>
        <translation>Wärme {time} s</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Your progress could not be saved just now; the session carries on and it will try again. ({problem})</source>
        <translation>Ihr Fortschritt konnte gerade nicht gespeichert werden; die Einheit läuft weiter und es wird erneut versucht. ({problem})</translation>
    </message>
</context>
<context>
    <name>ProgressCharts</name>
    <message>
        <location filename="../../coach/ui/progress_charts.py" line="+21"/>
        <location line="+181"/>
        <source>{n}%</source>
        <translation>{n} %</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing planned; {n} done</source>
        <translation>Nichts geplant; {n} gemacht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing planned</source>
        <translation>Nichts geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{done} of {planned} planned sessions done ({percent})</source>
        <translation>{done} von {planned} geplanten Einheiten gemacht ({percent})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{phase} (as you noted)</source>
        <translation>{phase} (wie Sie notiert haben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{phase} (estimated from your ratings)</source>
        <translation>{phase} (geschätzt aus Ihren Bewertungen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{phase} (estimated)</source>
        <translation>{phase} (geschätzt)</translation>
    </message>
    <message>
        <location line="+290"/>
        <source>Injection {day}</source>
        <translation>Injektion {day}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+936"/>
        <source>Injection</source>
        <translation>Injektion</translation>
    </message>
    <message>
        <location line="-916"/>
        <source>before your first entry</source>
        <translation>vor Ihrem ersten Eintrag</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Chart: sessions done and spasm level over time</source>
        <extracomment>Days each range shows, ending today (None: the whole history). The day pointed at, by mouse or arrow keys (None: none).</extracomment>
        <translation>Diagramm: gemachte Einheiten und Verkrampfung im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left and right arrow keys move from day to day and read out that day.</source>
        <translation>Mit den Pfeiltasten links und rechts gehen Sie von Tag zu Tag; der Tag wird vorgelesen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sessions done and spasm level over time</source>
        <translation>Gemachte Einheiten und Verkrampfung im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>{day}: nothing recorded for this day.</source>
        <translation>{day}: für diesen Tag nichts eingetragen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spasm: {level}</source>
        <translation>Verkrampfung: {level}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Injection day</source>
        <translation>Injektionstag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day {n} since the injection: {phase}</source>
        <translation>Tag {n} seit der Injektion: {phase}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes: {notes}</source>
        <translation>Notizen: {notes}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Week of {day}: nothing recorded.</source>
        <translation>Woche vom {day}: nichts eingetragen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Week of {day}</source>
        <translation>Woche vom {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mean spasm: {level}</source>
        <translation>Mittlere Verkrampfung: {level}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Spasm by day since each injection</source>
        <extracomment>Newest first. Each differs by dash, marker and weight, so no colour is needed.</extracomment>
        <translation>Verkrampfung nach Tagen seit jeder Injektion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days since the injection</source>
        <translation>Tage seit der Injektion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spasm</source>
        <translation>Verkrampfung</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>day {n}, you noted</source>
        <translation>Tag {n}, von Ihnen notiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>day {n}, estimate</source>
        <translation>Tag {n}, geschätzt</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(this cycle)</source>
        <translation>(dieser Zyklus)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wearing off noticed on day {n}</source>
        <translation>Nachlassen bemerkt an Tag {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>wearing off estimated at day {n}</source>
        <translation>Nachlassen geschätzt an Tag {n}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>How much each routine eased spasm</source>
        <translation>Wie stark jedes Programm die Verkrampfung gelindert hat</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{routine}: {change} on average ({about})</source>
        <translation>{routine}: im Mittel {change} ({about})</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>2 points: a change people tend to feel</source>
        <translation>2 Punkte: eine Veränderung, die man meist spürt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 points: a felt change</source>
        <translation>2 Punkte: spürbar</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>no change</source>
        <translation>keine Veränderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} points lower</source>
        <translation>{n} Punkte niedriger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} points higher</source>
        <translation>{n} Punkte höher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 session</source>
        <translation>1 Einheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} sessions</source>
        <translation>{n} Einheiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}: too few to tell yet</source>
        <translation>{what}: noch zu wenige für eine Aussage</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Sessions done, % of plan (left)</source>
        <translation>Einheiten, % vom Plan (links)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spasm level 0–10 (right)</source>
        <translation>Verkrampfung 0–10 (rechts)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>effect starting: days 3–14</source>
        <translation>Wirkung setzt ein: Tage 3–14</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>peak weeks: weeks 4–6</source>
        <translation>stärkste Wochen: Wochen 4–6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wearing off: from week 8</source>
        <translation>Wirkung lässt nach: ab Woche 8</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../coach/ui/progress_view.py" line="+75"/>
        <source>Each square is a day: how much of that day&apos;s plan you did.</source>
        <extracomment>The widest the page grows (px at 100% text): charts like room, but not a cinema. Tiles per row when there is room for them side by side.</extracomment>
        <translation>Jedes Kästchen ist ein Tag: wie viel vom Plan dieses Tages Sie gemacht haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Point at a day in the chart to see its sessions, spasm level and notes.</source>
        <translation>Zeigen Sie im Diagramm auf einen Tag, um seine Einheiten, die Verkrampfung und Notizen zu sehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>4 weeks</source>
        <extracomment>The range buttons&apos; words, and what a screen reader says for each.</extracomment>
        <translation>4 Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show 4 weeks</source>
        <translation>4 Wochen zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show 3 months</source>
        <translation>3 Monate zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show 1 year</source>
        <translation>1 Jahr zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Progress</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Worth a word with your clinician</source>
        <translation>Ein Thema für Ihr Behandlungsteam</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal streak</source>
        <translation>Ziel-Serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spasm this week</source>
        <translation>Verkrampfung diese Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since the injection</source>
        <translation>Seit der Injektion</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your progress will show here</source>
        <translation>Hier erscheint Ihr Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once you rate your spasms and do your routines, you will see:</source>
        <translation>Sobald Sie Ihre Verkrampfungen bewerten und Ihre Programme machen, sehen Sie hier:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>how much of your plan you did each day, next to your spasm level</source>
        <translation>wie viel von Ihrem Plan Sie jeden Tag gemacht haben, neben Ihrer Verkrampfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how your spasms move through each injection cycle</source>
        <translation>wie sich Ihre Verkrampfungen in jedem Injektionszyklus entwickeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>which routines ease your spasms the most</source>
        <translation>welche Programme Ihre Verkrampfungen am meisten lindern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a calendar of your last 12 months</source>
        <translation>einen Kalender Ihrer letzten 12 Monate</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start on the Today screen: rate your spasms, or begin a routine.</source>
        <translation>Beginnen Sie auf der Seite „Heute“: Bewerten Sie Ihre Verkrampfungen oder starten Sie ein Programm.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look around with example data</source>
        <translation>Mit Beispieldaten umsehen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This opens a second window with a made-up year of diary entries, kept in a separate folder. Your own diary is not touched.</source>
        <translation>Das öffnet ein zweites Fenster mit einem erfundenen Jahr an Tagebucheinträgen in einem eigenen Ordner. Ihr eigenes Tagebuch bleibt unberührt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sessions and spasm</source>
        <translation>Einheiten und Verkrampfung</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Spasm through each injection cycle</source>
        <translation>Verkrampfung in jedem Injektionszyklus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your last injection cycles side by side, by day since the injection. Each line is the 7-day mean of your spasm ratings. A rise toward the end is the injection wearing off, which is common and expected.</source>
        <translation>Ihre letzten Injektionszyklen nebeneinander, nach Tagen seit der Injektion. Jede Linie ist der 7-Tage-Mittelwert Ihrer Bewertungen. Ein Anstieg gegen Ende zeigt das Nachlassen der Injektion – das ist häufig und zu erwarten.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What helps</source>
        <translation>Was hilft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How much your spasm rating changed from before to after a session, on average, for each routine.</source>
        <translation>Wie sich Ihre Bewertung der Verkrampfung von vor bis nach einer Einheit im Mittel verändert hat, für jedes Programm.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A drop of about 2 points is what people tend to feel as a real change; smaller drops can still be worth having. These are your own ratings, not a test, and a routine can help in ways a rating does not show.</source>
        <translation>Ein Rückgang um etwa 2 Punkte wird meist als echte Veränderung gespürt; auch kleinere Rückgänge können sich lohnen. Das sind Ihre eigenen Bewertungen, kein Test – und ein Programm kann auch auf eine Weise helfen, die keine Bewertung zeigt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to compare yet. Rate your spasm before and after a session (the app asks at the start and the end) and each routine&apos;s typical change shows here.</source>
        <translation>Noch nichts zu vergleichen. Bewerten Sie Ihre Verkrampfung vor und nach einer Einheit (die App fragt am Anfang und am Ende), dann erscheint hier die typische Veränderung jedes Programms.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The last 12 months</source>
        <translation>Die letzten 12 Monate</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only the last {n} weeks fit; a wider window shows the whole year.</source>
        <translation>Nur die letzten {n} Wochen passen hinein; ein breiteres Fenster zeigt das ganze Jahr.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading your diary…</source>
        <translation>Ihr Tagebuch wird gelesen…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your diary could not be read: {problem}</source>
        <translation>Ihr Tagebuch konnte nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing recorded yet.</source>
        <translation>Noch nichts eingetragen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From your first entry on {day} to today. The same figures go into the clinician report.</source>
        <translation>Von Ihrem ersten Eintrag am {day} bis heute. Dieselben Zahlen stehen im Bericht für Ihr Behandlungsteam.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{done} of {planned} planned sessions so far</source>
        <translation>bisher {done} von {planned} geplanten Einheiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing planned this week; {n} done</source>
        <translation>Diese Woche nichts geplant; {n} gemacht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing planned this week</source>
        <translation>Diese Woche nichts geplant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <location line="+201"/>
        <source>{n} weeks</source>
        <translation>{n} Wochen</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>in a row at 80% of the plan or more</source>
        <translation>in Folge mit 80 % des Plans oder mehr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A full week at 80% of your plan or more starts a streak</source>
        <translation>Eine ganze Woche mit 80 % Ihres Plans oder mehr beginnt eine Serie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No ratings yet this week</source>
        <translation>Diese Woche noch keine Bewertungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not enough ratings last week to compare</source>
        <translation>Letzte Woche zu wenige Bewertungen für einen Vergleich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lower than last week ({level})</source>
        <translation>niedriger als letzte Woche ({level})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>higher than last week ({level})</source>
        <translation>höher als letzte Woche ({level})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about the same as last week ({level})</source>
        <translation>etwa wie letzte Woche ({level})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No injection recorded yet</source>
        <translation>Noch keine Injektion eingetragen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day {n}</source>
        <translation>Tag {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{phase} · injection on {day}</source>
        <translation>{phase} · Injektion am {day}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No spasm ratings yet: rate your spasms on Today and a line appears.</source>
        <translation>Noch keine Bewertungen: Bewerten Sie Ihre Verkrampfungen auf der Seite „Heute“, dann erscheint eine Linie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No plan yet: once you set one, bars show how much of it you did.</source>
        <translation>Noch kein Plan: Sobald Sie einen festlegen, zeigen Balken, wie viel davon Sie gemacht haben.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No injection recorded yet. Once you add one in the Diary, each cycle&apos;s spasm course shows here.</source>
        <translation>Noch keine Injektion eingetragen. Sobald Sie eine eintragen, erscheint hier der Verlauf jedes Zyklus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not enough ratings since the injection yet: a line needs about 4 ratings in a week.</source>
        <translation>Seit der Injektion noch zu wenige Bewertungen: Eine Linie braucht etwa 4 Bewertungen pro Woche.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>☆ “estimate”: the first day your 7-day mean rose 2 points or more above the calmest fortnight of that cycle.</source>
        <translation>☆ „geschätzt“: der erste Tag, an dem Ihr 7-Tage-Mittelwert 2 Punkte oder mehr über den ruhigsten zwei Wochen dieses Zyklus lag.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>☆ “you noted”: the day you entered for the wearing-off.</source>
        <translation>☆ „von Ihnen notiert“: der Tag, den Sie für das Nachlassen eingetragen haben.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Showing {first} to {last}, by days. Drag to move, scroll to zoom.</source>
        <translation>Angezeigt: {first} bis {last}, nach Tagen. Ziehen zum Verschieben, Scrollen zum Zoomen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing {first} to {last}, by weeks. Drag to move, scroll to zoom.</source>
        <translation>Angezeigt: {first} bis {last}, nach Wochen. Ziehen zum Verschieben, Scrollen zum Zoomen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The example window could not be opened: {problem}</source>
        <translation>Das Beispielfenster konnte nicht geöffnet werden: {problem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The example diary is opening in a new window.</source>
        <translation>Das Beispieltagebuch öffnet sich in einem neuen Fenster.</translation>
    </message>
</context>
<context>
    <name>QuickRatingDialog</name>
    <message>
        <location filename="../../coach/ui/quick_rating.py" line="+47"/>
        <source>Rate your spasms</source>
        <extracomment>The window&apos;s width at 100% text (it grows with the text size, within the screen).</extracomment>
        <translation>Verkrampfungen bewerten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How are your spasms right now?</source>
        <translation>Wie stark sind Ihre Verkrampfungen gerade?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spasms right now, 0 to 10</source>
        <translation>Verkrampfungen gerade, 0 bis 10</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save rating</source>
        <translation>Bewertung speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this spasm rating</source>
        <translation>Diese Bewertung speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
</context>
<context>
    <name>RatingWidget</name>
    <message>
        <location filename="../../coach/ui/rating_widget.py" line="+42"/>
        <source>0 = none</source>
        <extracomment>The chosen number, or None when the choice was cleared.</extracomment>
        <translation>0 = keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 = worst</source>
        <translation>10 = am stärksten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a number from 0 to 10. Digits choose, arrow keys move, Escape clears.</source>
        <translation>Wählen Sie eine Zahl von 0 bis 10. Ziffern wählen, Pfeiltasten bewegen, Escape löscht.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{n} out of {most}</source>
        <translation>{n} von {most}</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Tap a number</source>
        <translation>Tippen Sie auf eine Zahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chosen: {n}</source>
        <translation>Gewählt: {n}</translation>
    </message>
</context>
<context>
    <name>RedFlagsPanel</name>
    <message>
        <location filename="../../coach/ui/red_flags.py" line="+16"/>
        <source>Important: when to get help</source>
        <translation>Wichtig: Wann Sie Hilfe holen sollten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trouble swallowing, speaking or breathing</source>
        <extracomment>(what is happening, what to do) pairs, most urgent first.</extracomment>
        <translation>Probleme beim Schlucken, Sprechen oder Atmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At any time after an injection, even weeks later: contact your clinic urgently, or call emergency services.</source>
        <translation>Zu jeder Zeit nach einer Injektion, auch Wochen später: Wenden Sie sich dringend an Ihre Klinik oder rufen Sie den Notruf (112).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A fever over 38 °C, or redness that spreads, or discharge where you were injected</source>
        <translation>Fieber über 38 °C, eine sich ausbreitende Rötung oder Ausfluss an der Einstichstelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact your clinic.</source>
        <translation>Wenden Sie sich an Ihre Klinik.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a reminder only; it cannot tell how you are.</source>
        <translation>Dies ist nur eine Erinnerung; sie kann nicht beurteilen, wie es Ihnen geht.</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <location filename="../../coach/ui/reminder_popup.py" line="+47"/>
        <source>Trapezius Coach reminder</source>
        <extracomment>The popup&apos;s width at 100% text (it grows with the text size, within the screen). The popup closed, whichever way.</extracomment>
        <translation>Erinnerung von Trapezius Coach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the session now</source>
        <translation>Die Einheit jetzt starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In 15 minutes</source>
        <translation>In 15 Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me again in 15 minutes</source>
        <translation>In 15 Minuten noch einmal erinnern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No more reminders of this kind today</source>
        <translation>Heute keine weiteren Erinnerungen dieser Art</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../coach/analysis/reminders.py" line="+46"/>
        <source>Time for your stretches — about 10 minutes</source>
        <extracomment>Kinds replaced by breathing during an injection pause. Days looked ahead past today (or past the latest plan change) for the next slot.</extracomment>
        <translation>Zeit für Ihre Dehnungen – etwa 10 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time for heat — about 15 minutes</source>
        <translation>Zeit für Wärme – etwa 15 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time for some calm breathing — about 5 minutes</source>
        <translation>Zeit für ruhiges Atmen – etwa 5 Minuten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time to relax — about 10 minutes</source>
        <translation>Zeit zum Entspannen – etwa 10 Minuten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After your injection, some calm breathing instead of stretches — about 5 minutes</source>
        <translation>Nach Ihrer Injektion ruhiges Atmen statt Dehnungen – etwa 5 Minuten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After your injection, some calm breathing instead of heat — about 5 minutes</source>
        <translation>Nach Ihrer Injektion ruhiges Atmen statt Wärme – etwa 5 Minuten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You missed 1 stretch reminder while the computer slept</source>
        <extracomment>The wake-up notice per kind: (one missed, several missed with {n}).</extracomment>
        <translation>Während der Computer im Ruhezustand war, haben Sie 1 Erinnerung an Dehnungen verpasst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You missed {n} stretch reminders while the computer slept</source>
        <translation>Während der Computer im Ruhezustand war, haben Sie {n} Erinnerungen an Dehnungen verpasst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You missed 1 heat reminder while the computer slept</source>
        <translation>Während der Computer im Ruhezustand war, haben Sie 1 Erinnerung an Wärme verpasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You missed {n} heat reminders while the computer slept</source>
        <translation>Während der Computer im Ruhezustand war, haben Sie {n} Erinnerungen an Wärme verpasst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You missed 1 breathing reminder while the computer slept</source>
        <translation>Während der Computer im Ruhezustand war, haben Sie 1 Erinnerung an Atemübungen verpasst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You missed {n} breathing reminders while the computer slept</source>
        <translation>Während der Computer im Ruhezustand war, haben Sie {n} Erinnerungen an Atemübungen verpasst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You missed 1 relaxation reminder while the computer slept</source>
        <translation>Während der Computer im Ruhezustand war, haben Sie 1 Erinnerung an Entspannung verpasst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You missed {n} relaxation reminders while the computer slept</source>
        <translation>Während der Computer im Ruhezustand war, haben Sie {n} Erinnerungen an Entspannung verpasst</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../coach/ui/report_actions.py" line="+43"/>
        <source>PDF documents (*.pdf)</source>
        <extracomment>(parent, caption, suggested path, file filter) -&gt; the chosen path, &quot;&quot; when cancelled. (parent, title, text): tells the patient something went wrong, and what to do. (printer, parent) -&gt; a dialog with exec(); the preview one also has paintRequested.</extracomment>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Save the report for your clinician</source>
        <translation>Bericht für Ihr Behandlungsteam speichern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The report was not saved</source>
        <translation>Der Bericht wurde nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be saved there ({problem}). Please choose another folder.</source>
        <translation>Der Bericht konnte dort nicht gespeichert werden ({problem}). Bitte wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save your plan for a calendar</source>
        <translation>Ihren Plan für einen Kalender speichern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No plan yet</source>
        <translation>Noch kein Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no plan yet, so there is nothing to add to a calendar. Set how often you mean to do each routine first, then try again.</source>
        <translation>Es gibt noch keinen Plan, also nichts, was in einen Kalender übernommen werden kann. Legen Sie zuerst fest, wie oft Sie jedes Programm machen möchten, und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The calendar file was not saved</source>
        <translation>Die Kalenderdatei wurde nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It could not be saved there ({problem}). Please choose another folder.</source>
        <translation>Sie konnte dort nicht gespeichert werden ({problem}). Bitte wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Report for my clinician</source>
        <translation>Bericht für mein Behandlungsteam</translation>
    </message>
</context>
<context>
    <name>RestPanel</name>
    <message>
        <location filename="../../coach/ui/editor_fields.py" line="+28"/>
        <source>Rest</source>
        <translation>Ausruhen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds: 1 to 1800 (30 minutes).</source>
        <translation>Sekunden: 1 bis 1800 (30 Minuten).</translation>
    </message>
</context>
<context>
    <name>RoutineCard</name>
    <message>
        <location filename="../../coach/ui/library_view.py" line="-84"/>
        <source>Change</source>
        <extracomment>Side of the small illustration on a card (px at text scale 1.0). A card needs about this much width (px at text scale 1.0) to share a row with another. A picture for a routine whose steps name none: a calm figure of its kind.</extracomment>
        <translation>Ändern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change {title}</source>
        <translation>{title} ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>More for {title}</source>
        <translation>Mehr zu {title}</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <location filename="../../coach/ui/routine_editor.py" line="+114"/>
        <source>Routine editor</source>
        <extracomment>Where the right-hand side is: the routine&apos;s own fields, a step, or adding a step. Room the step list&apos;s rows take around their words (stylesheet padding, marker, margin). The editor is done (saved or cancelled): whoever showed it takes it away. A routine was saved (the Routine as the library will read it).</extracomment>
        <translation>Programm-Editor</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+659"/>
        <source>Change a routine</source>
        <translation>Ein Programm ändern</translation>
    </message>
    <message>
        <location line="-629"/>
        <source>Total time</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel: leave the editor</source>
        <translation>Abbrechen: den Editor verlassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the routine</source>
        <translation>Das Programm speichern</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Leave without saving your changes?</source>
        <translation>Ohne Speichern Ihrer Änderungen verlassen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave without saving</source>
        <translation>Ohne Speichern verlassen</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+442"/>
        <source>About this routine</source>
        <translation>Über dieses Programm</translation>
    </message>
    <message>
        <location line="-442"/>
        <source>About this routine: name and kind</source>
        <translation>Über dieses Programm: Name und Art</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps of the routine</source>
        <translation>Schritte des Programms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag a step, or press Alt and the up or down arrow, to move it.</source>
        <translation>Ziehen Sie einen Schritt oder drücken Sie Alt und Pfeil nach oben oder unten, um ihn zu verschieben.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>⚠ No steps yet. Press “Add a step” to choose the first one.</source>
        <translation>⚠ Noch keine Schritte. Drücken Sie „Schritt hinzufügen“, um den ersten zu wählen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>↑ Up</source>
        <translation>↑ Nach oben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the step up</source>
        <translation>Den Schritt nach oben verschieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↓ Down</source>
        <translation>↓ Nach unten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the step down</source>
        <translation>Den Schritt nach unten verschieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the step</source>
        <translation>Den Schritt duplizieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the step</source>
        <translation>Den Schritt löschen</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The heat time was over {n} minutes; the editor keeps it to {n}.</source>
        <translation>Die Wärmedauer lag über {n} Minuten; der Editor begrenzt sie auf {n}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(no name yet)</source>
        <translation>(noch kein Name)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something to fix</source>
        <translation>Etwas zu korrigieren</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>the step</source>
        <translation>der Schritt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deleted “{title}”.</source>
        <translation>„{title}“ gelöscht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Total time: {time}</source>
        <translation>Gesamtdauer: {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ 1 thing to fix before saving</source>
        <translation>⚠ Vor dem Speichern ist 1 Punkt zu korrigieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ {n} things to fix before saving</source>
        <translation>⚠ Vor dem Speichern sind {n} Punkte zu korrigieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ About this routine</source>
        <translation>⚠ Über dieses Programm</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>⚠ Nothing was saved: please fix what is marked ⚠ first.</source>
        <translation>⚠ Es wurde nichts gespeichert: Bitte korrigieren Sie zuerst, was mit ⚠ markiert ist.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>My routine</source>
        <translation>Mein Programm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The exercises my physiotherapist chose for me.</source>
        <translation>Die Übungen, die meine Physiotherapie für mich ausgewählt hat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New routine</source>
        <translation>Neues Programm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>One of the app&apos;s own routines: saving keeps your version in its place. “Reset to original” brings the original back.</source>
        <translation>Eines der eigenen Programme der App: Beim Speichern tritt Ihre Fassung an seine Stelle. „Auf Original zurücksetzen“ holt das Original zurück.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your own version of one of the app&apos;s routines. “Reset to original” in the list of routines brings the original back.</source>
        <translation>Ihre eigene Fassung eines Programms der App. „Auf Original zurücksetzen“ in der Liste der Programme holt das Original zurück.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Copy of a routine</source>
        <translation>Kopie eines Programms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A copy: change what you like; the routine it came from stays as it is.</source>
        <translation>Eine Kopie: Ändern Sie, was Sie möchten; das Programm, von dem sie stammt, bleibt, wie es ist.</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <location filename="../../coach/core/segments.py" line="+34"/>
        <source>Let the stretch go and rest. Breathe slowly.</source>
        <extracomment>A skin check waits for the patient&apos;s answer, so it has no length of its own; plans and &quot;minutes&quot; in routine lists count it as this many seconds.</extracomment>
        <translation>Lassen Sie die Dehnung los und ruhen Sie sich aus. Atmen Sie langsam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift the pack and look at your skin. Even pink is fine. If it is red or blotchy, stop the heat.</source>
        <translation>Heben Sie das Wärmekissen an und sehen Sie sich Ihre Haut an. Gleichmäßig rosa ist in Ordnung. Wenn sie rot oder fleckig ist, beenden Sie die Wärme.</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <location filename="../../coach/ui/session_flow.py" line="+128"/>
        <source>Your diary could not be read just now. {problem}</source>
        <extracomment>Makes the sound cues for a session from the settings; None means silent. The patient is done here (back from the before screen, or Done on the summary). The diary changed (a session row was written): other screens should re-read.</extracomment>
        <translation>Ihr Tagebuch konnte gerade nicht gelesen werden. {problem}</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Your rating could not be saved: {problem} Your session itself is saved.</source>
        <translation>Ihre Bewertung konnte nicht gespeichert werden: {problem} Die Einheit selbst ist gespeichert.</translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <location filename="../../coach/ui/core_words.py" line="+79"/>
        <source>Your session of {routine} {when} was interrupted; it was saved as partial, {done} of {total} steps.</source>
        <translation>Ihre Einheit „{routine}“ wurde {when} unterbrochen; sie wurde als teilweise gemacht gespeichert, {done} von {total} Schritten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your session of {routine} {when} was interrupted; it was saved as not finished, before the first step was done.</source>
        <translation>Ihre Einheit „{routine}“ wurde {when} unterbrochen; sie wurde als nicht beendet gespeichert, noch vor dem ersten Schritt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>1 more interrupted session was saved too.</source>
        <translation>1 weitere unterbrochene Einheit wurde ebenfalls gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} more interrupted sessions were saved too.</source>
        <translation>{n} weitere unterbrochene Einheiten wurden ebenfalls gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>earlier today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on {weekday}</source>
        <translation>am {weekday}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on {day}</source>
        <translation>am {day}</translation>
    </message>
</context>
<context>
    <name>SessionRules</name>
    <message>
        <location filename="../../coach/core/session_rules.py" line="+67"/>
        <source>Heat can be used again from {when}, {gap} after your last heat session. Breathing and relaxation are fine in the meantime.</source>
        <extracomment>The built-in routine made for the days right after an injection. The message as a template marked for translation, and its values as data (see heat_safety.HeatDecision), so a UI can word it in the patient&apos;s language. The heat messages with the sentence a refused start adds, marked for translation.</extracomment>
        <translation>Wärme ist wieder ab {when} möglich, {gap} nach Ihrer letzten Wärmeanwendung. Atmung und Entspannung sind in der Zwischenzeit in Ordnung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You have used heat {times} today, the most your settings allow in a day. Heat can be used again from {when}. Breathing and relaxation are fine in the meantime.</source>
        <translation>Sie haben heute {times} Wärme angewendet, so oft wie Ihre Einstellungen an einem Tag erlauben. Wärme ist wieder ab {when} möglich. Atmung und Entspannung sind in der Zwischenzeit in Ordnung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After an injection, heat waits so the injection sites can settle. Heat can be used again from {when}. Breathing and relaxation are fine in the meantime.</source>
        <translation>Nach einer Injektion wartet die Wärme, damit sich die Einstichstellen beruhigen können. Wärme ist wieder ab {when} möglich. Atmung und Entspannung sind in der Zwischenzeit in Ordnung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>After an injection, stretches wait so the injection sites can settle. You can stretch again from {when}. Breathing and relaxation are fine today.</source>
        <translation>Nach einer Injektion warten die Dehnungen, damit sich die Einstichstellen beruhigen können. Sie können ab {when} wieder dehnen. Atmung und Entspannung sind heute in Ordnung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After an injection, stretches wait so the injection sites can settle. You can stretch again from {when}. Until then, breathing, relaxation and the gentle after-injection routine are fine.</source>
        <translation>Nach einer Injektion warten die Dehnungen, damit sich die Einstichstellen beruhigen können. Sie können ab {when} wieder dehnen. Bis dahin sind Atmung, Entspannung und das sanfte Programm nach der Injektion in Ordnung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This gentle routine is for the days after an injection, not the injection day itself. It is ready for you from {when}. Breathing and relaxation are fine today.</source>
        <translation>Dieses sanfte Programm ist für die Tage nach einer Injektion gedacht, nicht für den Injektionstag selbst. Es steht Ihnen ab {when} zur Verfügung. Atmung und Entspannung sind heute in Ordnung.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>With reduced feeling, diabetes or poor circulation, heat must stay short and mild: choose the reduced-feeling heat setting first.</source>
        <translation>Bei vermindertem Gefühl, Diabetes oder schlechter Durchblutung muss Wärme kurz und mild bleiben: Wählen Sie zuerst die Wärmeeinstellung für vermindertes Gefühl.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Heat waits until the injection sites have settled, so the medicine stays where it was put.</source>
        <translation>Wärme wartet, bis sich die Einstichstellen beruhigt haben, damit das Medikament dort bleibt, wo es gespritzt wurde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skin that is numb or tingling cannot warn you when it gets too hot, so it could burn.</source>
        <translation>Taube oder kribbelnde Haut kann Sie nicht warnen, wenn es zu heiß wird – sie könnte verbrennen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Heat on broken, infected, swollen or freshly injured skin can make it worse.</source>
        <translation>Wärme auf offener, entzündeter, geschwollener oder frisch verletzter Haut kann es verschlimmern.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heat on top of a menthol or capsaicin rub can irritate or burn the skin.</source>
        <translation>Wärme über einer Menthol- oder Capsaicin-Salbe kann die Haut reizen oder verbrennen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heat is only safe while you are awake to feel it and take it away.</source>
        <translation>Wärme ist nur sicher, solange Sie wach sind, um sie zu spüren und wegzunehmen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Heat straight on the skin can burn: put a towel or cloth in place first.</source>
        <translation>Wärme direkt auf der Haut kann verbrennen: Legen Sie zuerst ein Handtuch oder Tuch dazwischen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A pack that is too hot can burn even through a towel: let it cool or turn it down first.</source>
        <translation>Ein zu heißes Kissen kann auch durch ein Handtuch verbrennen: Lassen Sie es zuerst abkühlen oder stellen Sie es niedriger.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Heat is only safe when every point on this list is true.</source>
        <extracomment>The sentence for a &quot;no&quot; to a caution the app has no special words for.</extracomment>
        <translation>Wärme ist nur sicher, wenn jeder Punkt dieser Liste zutrifft.</translation>
    </message>
</context>
<context>
    <name>SessionRunner</name>
    <message>
        <location filename="../../coach/ui/session_runner.py" line="+79"/>
        <source>Welcome back. The session was paused while the computer slept.</source>
        <extracomment>The wall clock may run ahead of the monotonic clock by this much between two polls before the runner decides the computer slept. The wall clock is compared at most this often (monotonic seconds). The row is saved at every segment boundary and at least this often while it runs. Poll intervals (ms) when nothing moves on screen: paused, or the view is hidden. Hidden still polls, so sounds, heat limits and saves happen on time.</extracomment>
        <translation>Willkommen zurück. Die Einheit war pausiert, während der Computer im Ruhezustand war.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> The heat part has ended to be safe: if the pack is still on, take it off now.</source>
        <translation> Der Wärmeteil wurde zur Sicherheit beendet: Falls das Wärmekissen noch aufliegt, nehmen Sie es jetzt ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is the most heat for this session. Take the pack off now.</source>
        <translation>Das ist die längste Wärme für diese Einheit. Nehmen Sie das Wärmekissen jetzt ab.</translation>
    </message>
</context>
<context>
    <name>SettingsData</name>
    <message>
        <location filename="../../coach/ui/settings_data.py" line="-309"/>
        <source>{day} {year}, {time}</source>
        <extracomment>Backups listed at first; the rest wait behind &quot;Show all backups&quot;.</extracomment>
        <translation>{day} {year}, {time} Uhr</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>daily copy</source>
        <translation>tägliche Kopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made before an import</source>
        <translation>vor einem Import angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made before an update</source>
        <translation>vor einem Update angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made by you</source>
        <translation>von Ihnen angelegt</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../coach/ui/settings_view.py" line="+72"/>
        <source>Settings</source>
        <extracomment>Emitted after a restore or an import changed the diary. Asks the window to show the welcome again in place of everything.</extracomment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change is saved at once.</source>
        <translation>Jede Änderung wird sofort gespeichert.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Your stretches</source>
        <translation>Ihre Dehnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some stretches can be done on both sides or on one side only. Choose as your physiotherapist set them for you: with dystonia, the side matters.</source>
        <translation>Manche Dehnungen können auf beiden Seiten oder nur auf einer Seite gemacht werden. Wählen Sie, wie Ihre Physiotherapie es für Sie festgelegt hat: Bei Dystonie ist die Seite wichtig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No routine has a side to choose.</source>
        <translation>Bei keinem Programm ist eine Seite zu wählen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In: {routines}</source>
        <translation>In: {routines}</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Choose reduced feeling if the skin there feels less than elsewhere, or if you have diabetes or poor circulation: heat then stops after 10 minutes.</source>
        <translation>Wählen Sie „vermindertes Gefühl“, wenn die Haut dort weniger spürt als anderswo oder wenn Sie Diabetes oder eine schlechte Durchblutung haben: Die Wärme endet dann nach 10 Minuten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Most heat sessions in one day</source>
        <translation>Höchstens so viele Wärmeanwendungen pro Tag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rest between heat sessions, in minutes</source>
        <translation>Pause zwischen Wärmeanwendungen, in Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>After an injection, no stretches or heat until the end of that day plus this many hours</source>
        <translation>Nach einer Injektion keine Dehnungen oder Wärme bis zum Ende dieses Tages plus so viele Stunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sound and voice</source>
        <translation>Ton und Stimme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play gentle sound cues during a session</source>
        <translation>Sanfte Tonsignale während einer Einheit abspielen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+31"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Play a test sound</source>
        <translation>Testton abspielen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speak the instructions aloud (uses your computer&apos;s speech, if it has one)</source>
        <translation>Anleitungen vorlesen (nutzt die Sprachausgabe Ihres Computers, falls vorhanden)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Look</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>As the computer</source>
        <translation>Wie der Computer</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder times come from your plan. They show while the app is running.</source>
        <translation>Die Erinnerungszeiten kommen aus Ihrem Plan. Sie erscheinen, solange die App läuft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me at my planned times</source>
        <translation>Mich zu meinen geplanten Zeiten erinnern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep running in the tray when I close the window, to remind me</source>
        <translation>Beim Schließen des Fensters im Infobereich weiterlaufen, um mich zu erinnern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Welcome and safety note</source>
        <translation>Willkommen und Sicherheitshinweis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This app supports, and never replaces, the plan agreed with your clinician. Open the welcome to read it again and go through your first choices.</source>
        <translation>Diese App unterstützt den mit Ihrem Behandlungsteam vereinbarten Plan und ersetzt ihn nie. Öffnen Sie die Begrüßung, um ihn noch einmal zu lesen und Ihre ersten Entscheidungen durchzugehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the welcome</source>
        <translation>Begrüßung öffnen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>You read the safety note on {day}.</source>
        <translation>Sie haben den Sicherheitshinweis am {day} gelesen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{tick} Saved.</source>
        <translation>{tick} Gespeichert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{tick} Saved. New screens use the new language now; all of the app does the next time it starts.</source>
        <translation>{tick} Gespeichert. Neue Ansichten nutzen die neue Sprache ab sofort; die ganze App beim nächsten Start.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sound cannot play on this computer. {reason}</source>
        <translation>Auf diesem Computer kann kein Ton abgespielt werden. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The volume is at 0 %: turn it up to hear the cues.</source>
        <translation>Die Lautstärke steht auf 0 %: Drehen Sie sie auf, um die Signale zu hören.</translation>
    </message>
</context>
<context>
    <name>SettingsWidgets</name>
    <message>
        <location filename="../../coach/ui/settings_widgets.py" line="+72"/>
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left only</source>
        <translation>Nur links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right only</source>
        <translation>Nur rechts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Standard
up to 15 minutes</source>
        <translation>Standard
bis zu 15 Minuten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reduced feeling
up to 10 minutes</source>
        <translation>Vermindertes Gefühl
bis zu 10 Minuten</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>From {low} to {high}. Arrow keys change it.</source>
        <extracomment>The value of the button the patient chose.</extracomment>
        <translation>Von {low} bis {high}. Mit den Pfeiltasten ändern.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name}: less</source>
        <translation>{name}: weniger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: more</source>
        <translation>{name}: mehr</translation>
    </message>
</context>
<context>
    <name>SkinCheckPrompt</name>
    <message>
        <location filename="../../coach/ui/heat_panel.py" line="-37"/>
        <source>Skin looks fine</source>
        <translation>Haut sieht gut aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red or blotchy — stop</source>
        <translation>Rot oder fleckig – aufhören</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How does your skin look?</source>
        <translation>Wie sieht Ihre Haut aus?</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Skin looks fine: carry on with the heat</source>
        <translation>Haut sieht gut aus: mit der Wärme weitermachen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skin is red or blotchy: stop the heat now</source>
        <translation>Haut ist rot oder fleckig: Wärme jetzt beenden</translation>
    </message>
</context>
<context>
    <name>SoundCues</name>
    <message>
        <location filename="../../coach/ui/sound.py" line="+73"/>
        <source>Breathe in</source>
        <extracomment>How long the speech probe may take before the engine is judged stuck. &quot;Breathe in&quot;/&quot;Breathe out&quot; are spoken only for phases at least this long (shorter ones would still be talking when the next phase begins). Words asked for while the probe runs are spoken when it answers, if no older than this (the first step&apos;s title usually comes before the probe&apos;s answer, ~0.2 s). The engine that is safe in-process by construction (it makes no sound; tests use it).</extracomment>
        <translation>Einatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to check your skin.</source>
        <translation>Zeit, Ihre Haut zu prüfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is enough heat for now. Take the pack off.</source>
        <translation>Das ist genug Wärme für jetzt. Nehmen Sie das Wärmekissen ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All done. Well done.</source>
        <translation>Alles geschafft. Gut gemacht.</translation>
    </message>
    <message>
        <location line="+397"/>
        <source>{title}, left side</source>
        <extracomment>Runs in a child process: construct the engine, report, and leave at once with os._exit (a wedged engine&apos;s destructor must not keep the child alive either). The voice&apos;s status changed (a SpeechStatus): e.g. the probe answered.</extracomment>
        <translation>{title}, linke Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}, right side</source>
        <translation>{title}, rechte Seite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
</context>
<context>
    <name>SourcesView</name>
    <message>
        <location filename="../../coach/ui/sources_view.py" line="+31"/>
        <source>About and sources</source>
        <translation>Über die App und Quellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trapezius Coach, version {version}</source>
        <translation>Trapezius Coach, Version {version}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The built-in routines and safety rules follow the sources below. Every number in them is a starting point that you and your clinician can change.</source>
        <translation>Die eingebauten Programme und Sicherheitsregeln folgen den Quellen unten. Jede Zahl darin ist ein Ausgangspunkt, den Sie und Ihr Behandlungsteam ändern können.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What this app can and cannot do</source>
        <translation>Was diese App kann und was nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It supports the plan agreed with your clinician or physiotherapist. It does not replace them, and it cannot tell whether an exercise is right for you.</source>
        <translation>Sie unterstützt den Plan, den Sie mit Ihrem Behandlungsteam oder Ihrer Physiotherapie vereinbart haben. Sie ersetzt diese nicht und kann nicht beurteilen, ob eine Übung für Sie richtig ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It does not diagnose, treat or cure anything. It is not a medical device.</source>
        <translation>Sie stellt keine Diagnosen, behandelt und heilt nichts. Sie ist kein Medizinprodukt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 0 to 10 spasm number is your own tracking figure, not a clinical scale. Charts show patterns over time, not their causes; the wearing-off line is an estimate.</source>
        <translation>Die Zahl von 0 bis 10 für die Verkrampfung ist Ihr eigener Verlaufswert, keine klinische Skala. Diagramme zeigen Muster über die Zeit, nicht ihre Ursachen; die Linie für das Nachlassen ist eine Schätzung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It never suggests changing your injections or medicines. Talk about what you see with your clinician.</source>
        <translation>Sie schlägt nie vor, Ihre Injektionen oder Medikamente zu ändern. Sprechen Sie über das, was Sie sehen, mit Ihrem Behandlungsteam.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It cannot call for help. If swallowing, speaking or breathing becomes hard, or in any emergency, call emergency services.</source>
        <translation>Sie kann keine Hilfe rufen. Wenn Schlucken, Sprechen oder Atmen schwerfällt, oder in jedem Notfall, rufen Sie den Notruf 112.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminders appear only while the app is running. Your diary stays on this computer: keep a copy of the data folder somewhere safe.</source>
        <translation>Erinnerungen erscheinen nur, solange die App läuft. Ihr Tagebuch bleibt auf diesem Computer: Bewahren Sie eine Kopie des Datenordners an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stretching with dystonia</source>
        <translation>Dehnen bei Dystonie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dystonia UK — dystonia.org.uk</source>
        <translation>Dystonia UK – dystonia.org.uk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cervical dystonia is not ordinary neck tension; unsuitable stretching or weight training can make it worse, so a programme is best set by a physiotherapist who knows dystonia.</source>
        <translation>Zervikale Dystonie ist keine gewöhnliche Nackenverspannung; ungeeignetes Dehnen oder Krafttraining kann sie verschlimmern. Ein Programm wird daher am besten von einer Physiotherapie festgelegt, die Dystonie kennt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dystonia Europe, physiotherapy platform — dystonia-europe.org</source>
        <translation>Dystonia Europe, Physiotherapie-Plattform – dystonia-europe.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train away from the direction of the pull, starting where the spasm is calmest; no loaded strengthening and no fast neck circles.</source>
        <translation>Gegen die Zugrichtung üben und dort beginnen, wo die Verkrampfung am ruhigsten ist; kein Krafttraining mit Gewicht und keine schnellen Kopfkreise.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>American College of Sports Medicine (ACSM): Guidelines for Exercise Testing and Prescription, 11th edition, 2021</source>
        <translation>American College of Sports Medicine (ACSM): Guidelines for Exercise Testing and Prescription, 11. Auflage, 2021</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Static holds of 10 to 30 seconds, 2 to 4 times, to mild tightness and never pain; no bouncing.</source>
        <translation>Statisches Halten für 10 bis 30 Sekunden, 2- bis 4-mal, bis zu einem leichten Ziehen und nie bis zum Schmerz; kein Wippen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Physiotherapy clinic handouts for neck and shoulder stretches</source>
        <translation>Merkblätter von Physiotherapiepraxen zu Nacken- und Schulterdehnungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holds and repeats for the upper-trapezius and levator scapulae stretches, chin tucks, head turns and shoulder-blade squeezes.</source>
        <translation>Haltezeiten und Wiederholungen für die Dehnungen des oberen Trapezius und des Levator scapulae, Kinn-Zurückziehen, Kopfdrehen und Schulterblatt-Zusammenziehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dystonia Coalition study of sensory tricks in 154 people with cervical dystonia</source>
        <translation>Studie der Dystonia Coalition zu sensorischen Tricks bei 154 Menschen mit zervikaler Dystonie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Most used a light touch to the chin, cheek or head to ease the pull for a while; imagining the touch can work too.</source>
        <translation>Die meisten nutzten eine leichte Berührung an Kinn, Wange oder Kopf, um den Zug für eine Weile zu lindern; auch die Berührung nur vorzustellen kann wirken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patient leaflets on heat packs and burns-unit warnings</source>
        <translation>Patienteninformationen zu Wärmekissen und Warnungen von Verbrennungszentren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most 15 to 20 minutes through a towel, skin checked every few minutes; 10 minutes for reduced feeling, diabetes or poor circulation; never while drowsy.</source>
        <translation>Höchstens 15 bis 20 Minuten durch ein Handtuch, Haut alle paar Minuten prüfen; 10 Minuten bei vermindertem Gefühl, Diabetes oder schlechter Durchblutung; nie im schläfrigen Zustand.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>UW Health leaflet on care after botulinum toxin injections</source>
        <translation>Merkblatt von UW Health zur Pflege nach Botulinumtoxin-Injektionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No heat over an injection site in the first 24 hours.</source>
        <translation>In den ersten 24 Stunden keine Wärme über einer Einstichstelle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breathing and relaxation</source>
        <translation>Atmung und Entspannung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zaccaro and others, 2018: a systematic review of slow breathing (Frontiers in Human Neuroscience)</source>
        <translation>Zaccaro und andere, 2018: eine systematische Übersicht zum langsamen Atmen (Frontiers in Human Neuroscience)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Breathing slower than 10 breaths a minute is linked with calmer heart-rate patterns; a 2024 review of 31 studies agrees.</source>
        <translation>Langsamer als 10 Atemzüge pro Minute zu atmen geht mit ruhigeren Herzfrequenzmustern einher; eine Übersicht von 2024 über 31 Studien bestätigt das.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fincham and others, 2023: a meta-analysis of 58 trials of breathwork (Scientific Reports)</source>
        <translation>Fincham und andere, 2023: eine Metaanalyse von 58 Studien zur Atemarbeit (Scientific Reports)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guided practice of 5 minutes or longer worked better.</source>
        <translation>Angeleitetes Üben von 5 Minuten oder länger wirkte besser.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The diary and its numbers</source>
        <translation>Das Tagebuch und seine Zahlen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Farrar and others, 2001: changes on a 0 to 10 pain scale (Pain)</source>
        <translation>Farrar und andere, 2001: Veränderungen auf einer Schmerzskala von 0 bis 10 (Pain)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A change of about 2 points feels like a real difference, so the app uses 2 points for &quot;this helped&quot; or &quot;this got worse&quot;.</source>
        <translation>Eine Veränderung um etwa 2 Punkte fühlt sich wie ein echter Unterschied an. Deshalb nutzt die App 2 Punkte für „das hat geholfen“ oder „das ist schlechter geworden“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Patient Global Impression of Change (PGIC), public domain via the US National Institute of Neurological Disorders and Stroke</source>
        <translation>Patient Global Impression of Change (PGIC), gemeinfrei über das US National Institute of Neurological Disorders and Stroke</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The seven answers to &quot;how are you since your last injection?&quot;</source>
        <translation>Die sieben Antworten auf „Wie geht es Ihnen seit Ihrer letzten Injektion?“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The injection cycle</source>
        <translation>Der Injektionszyklus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A 2020 study of the injection cycle (Journal of Neurology); Dystonia Europe; Poliziani and others, 2016</source>
        <translation>Eine Studie von 2020 zum Injektionszyklus (Journal of Neurology); Dystonia Europe; Poliziani und andere, 2016</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The benefit starts within about a week, is strongest around weeks 4 to 6 and fades from about week 8; injections are usually at least 12 weeks apart.</source>
        <translation>Die Wirkung setzt innerhalb von etwa einer Woche ein, ist um die Wochen 4 bis 6 am stärksten und lässt ab etwa Woche 8 nach; zwischen Injektionen liegen meist mindestens 12 Wochen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A UK focus group of 31 patients, and the Symptom Snap patient app study, 2024</source>
        <translation>Eine britische Fokusgruppe mit 31 Betroffenen und die Studie zur Patienten-App Symptom Snap, 2024</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Symptoms coming back before the next injection are common and expected.</source>
        <translation>Dass Beschwerden vor der nächsten Injektion zurückkehren, ist häufig und zu erwarten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prescribing information for Botox (cervical dystonia trials)</source>
        <translation>Fachinformation zu Botox (Studien zur zervikalen Dystonie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The side effects listed in the diary, such as trouble swallowing, and the warning signs that need the clinic.</source>
        <translation>Die im Tagebuch aufgeführten Nebenwirkungen, etwa Schluckbeschwerden, und die Warnzeichen, bei denen Sie sich an die Klinik wenden sollten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keeping going</source>
        <translation>Dranbleiben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bachmann and others, 2018: a review of adherence to home exercise</source>
        <translation>Bachmann und andere, 2018: eine Übersicht zur Therapietreue bei Heimübungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fewer exercises, 2 to 4 core ones, are easier to keep up.</source>
        <translation>Weniger Übungen, 2 bis 4 zentrale, lassen sich leichter durchhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lambert and others, 2017: a randomised trial of an exercise app (Journal of Physiotherapy); a 2022 review of digital tools</source>
        <translation>Lambert und andere, 2017: eine randomisierte Studie zu einer Übungs-App (Journal of Physiotherapy); eine Übersicht von 2022 zu digitalen Hilfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminders, feedback and short sessions help people keep to a home programme; weekly goals count, not unbroken days.</source>
        <translation>Erinnerungen, Rückmeldungen und kurze Einheiten helfen, ein Heimprogramm durchzuhalten; es zählen Wochenziele, nicht lückenlose Tage.</translation>
    </message>
</context>
<context>
    <name>StepCatalogue</name>
    <message>
        <location filename="../../coach/ui/editor_catalogue.py" line="+89"/>
        <source>Add a step</source>
        <extracomment>Side of each exercise&apos;s picture in the list (px). The step table to add, and whether it is a blank one (its id follows its title).</extracomment>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start from one of the app&apos;s exercises, or from a blank step you fill in yourself. The new step goes after the chosen one.</source>
        <translation>Beginnen Sie mit einer Übung der App oder mit einem leeren Schritt, den Sie selbst ausfüllen. Der neue Schritt kommt nach dem gewählten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back: add nothing</source>
        <translation>Zurück: nichts hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A blank step</source>
        <translation>Ein leerer Schritt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Ausruhen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a blank step: {what}</source>
        <translation>Einen leeren Schritt hinzufügen: {what}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The app&apos;s exercises</source>
        <translation>Die Übungen der App</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add {title}</source>
        <translation>{title} hinzufügen</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../coach/ui/editor_fields.py" line="-407"/>
        <source>Name of the step</source>
        <translation>Name des Schritts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown large while the step plays.</source>
        <translation>Wird groß angezeigt, während der Schritt läuft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few calm sentences, read during the step.</source>
        <translation>Ein paar ruhige Sätze, die während des Schritts gelesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Short reminders (optional, one per line)</source>
        <translation>Kurze Hinweise (freiwillig, einer pro Zeile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown during the step, e.g. “A mild pull, never pain”.</source>
        <translation>Werden während des Schritts gezeigt, z. B. „Ein leichtes Ziehen, nie Schmerz“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
</context>
<context>
    <name>SymptomForm</name>
    <message>
        <location filename="../../coach/ui/symptom_form.py" line="-27"/>
        <source>This 0–10 number is your own tracking figure, not a clinical scale.</source>
        <translation>Diese Zahl von 0 bis 10 ist Ihr eigener Verlaufswert, keine klinische Skala.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sensory trick is a light touch or movement that eases the pull for a while, such as a hand resting on the chin or the back of the head.</source>
        <translation>Ein sensorischer Trick ist eine leichte Berührung oder Bewegung, die den Zug für eine Weile lindert, zum Beispiel eine Hand am Kinn oder am Hinterkopf.</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+133"/>
        <source>How are your spasms right now?</source>
        <translation>Wie stark sind Ihre Verkrampfungen gerade?</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+6"/>
        <source>Time of this entry</source>
        <translation>Zeitpunkt dieses Eintrags</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>d MMMM yyyy, HH:mm</source>
        <translation>d. MMMM yyyy, HH:mm</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Spasms, 0 to 10</source>
        <translation>Verkrampfungen, 0 bis 10</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+146"/>
        <source>Add details</source>
        <translation>Details hinzufügen</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Add details: pain, stress, sleep, sensory trick and a note</source>
        <translation>Details hinzufügen: Schmerz, Stress, Schlaf, sensorischer Trick und eine Notiz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pain, stress, sleep, sensory trick, note</source>
        <translation>Schmerz, Stress, Schlaf, sensorischer Trick, Notiz</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All of these are optional.</source>
        <translation>All das ist freiwillig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0 = none</source>
        <translation>0 = keiner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>10 = worst</source>
        <translation>10 = am stärksten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0 = calm</source>
        <translation>0 = ruhig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>10 = high</source>
        <translation>10 = hoch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sleep quality last night (10 is best)</source>
        <translation>Schlafqualität letzte Nacht (10 ist am besten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 = badly</source>
        <translation>0 = schlecht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 = well</source>
        <translation>10 = gut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sleep quality</source>
        <translation>Schlafqualität</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sensory trick used today?</source>
        <translation>Heute einen sensorischen Trick genutzt?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sensory trick used today</source>
        <translation>Heute einen sensorischen Trick genutzt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Did it help?</source>
        <translation>Hat er geholfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did the sensory trick help</source>
        <translation>Hat der sensorische Trick geholfen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note (optional)</source>
        <translation>Notiz (freiwillig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: worse after a long drive; better after heat</source>
        <translation>Zum Beispiel: schlimmer nach langer Autofahrt; besser nach Wärme</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+22"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>Save this entry</source>
        <translation>Diesen Eintrag speichern</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Change the {time} entry from {day}</source>
        <translation>Eintrag von {time} Uhr ({day}) ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this entry</source>
        <translation>Änderungen an diesem Eintrag speichern</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This note is {n} characters long; please keep it under {most}.</source>
        <translation>Diese Notiz ist {n} Zeichen lang; bitte bleiben Sie unter {most}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Please choose a spasm number first.</source>
        <translation>Bitte wählen Sie zuerst eine Zahl für die Verkrampfung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved yet: please look at the message above.</source>
        <translation>Noch nicht gespeichert: Bitte beachten Sie den Hinweis oben.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>That time is still to come; please check it.</source>
        <translation>Dieser Zeitpunkt liegt noch in der Zukunft; bitte prüfen Sie ihn.</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location filename="../../coach/ui/progress_view.py" line="-551"/>
        <source>{title}: {value}. {caption}</source>
        <translation>{title}: {value}. {caption}</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../coach/ui/today_view.py" line="+51"/>
        <source>finished</source>
        <extracomment>Words for how a session ended, as the patient would say it.</extracomment>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly done</source>
        <translation>teilweise gemacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left unfinished</source>
        <translation>nicht zu Ende geführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>✓ Done</source>
        <extracomment>How each slot state reads on its pill (the time is added where there is one).</extracomment>
        <translation>✓ Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◐ Partly</source>
        <translation>◐ Teilweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>● Due now</source>
        <translation>● Jetzt fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{done} of {planned} done</source>
        <extracomment>The pill&apos;s look for each state (theme &quot;state&quot; values).</extracomment>
        <translation>{done} von {planned} erledigt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Start: {kind}</source>
        <translation>Starten: {kind}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a {session} now</source>
        <translation>Jetzt eine {session} starten</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Spasm check</source>
        <translation>Verkrampfungen notiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>spasm {n}</source>
        <translation>Verkrampfung {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pain {n}</source>
        <translation>Schmerz {n}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>spasm {before} → {after}</source>
        <translation>Verkrampfung {before} → {after}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>spasm {n} before</source>
        <translation>Verkrampfung {n} vorher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spasm {n} after</source>
        <translation>Verkrampfung {n} nachher</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>How are your spasms right now?</source>
        <extracomment>Emitted after this screen wrote to the Store, so other screens can refresh. The patient pressed Start on a kind&apos;s card (the kind&apos;s value, e.g. &quot;stretch&quot;).</extracomment>
        <translation>Wie stark sind Ihre Verkrampfungen gerade?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spasms right now, 0 to 10</source>
        <translation>Verkrampfungen gerade, 0 bis 10</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This 0–10 number is your own tracking figure, not a clinical scale.</source>
        <translation>Diese Zahl von 0 bis 10 ist Ihr eigener Verlaufswert, keine klinische Skala.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save rating</source>
        <translation>Bewertung speichern</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Today&apos;s plan</source>
        <translation>Heute geplant</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Today&apos;s entries</source>
        <translation>Heutige Einträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing recorded yet today. Your ratings and sessions will show here.</source>
        <translation>Heute ist noch nichts eingetragen. Ihre Bewertungen und Einheiten erscheinen hier.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No plan is set yet. You can make one on the Plan screen.</source>
        <translation>Es gibt noch keinen Plan. Sie können ihn im Bereich „Plan“ anlegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is planned for today. Rest is part of the plan too.</source>
        <translation>Für heute ist nichts geplant. Auch Ruhe gehört zum Plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Injection day: stretches and heat take a rest today.</source>
        <translation>Injektionstag: Dehnungen und Wärme haben heute Pause.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reminders are paused until {time}.</source>
        <translation>Erinnerungen sind bis {time} Uhr pausiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next reminder: {what} at {time}.</source>
        <translation>Nächste Erinnerung: {what} um {time} Uhr.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{tick} Saved: spasm {n} at {time}</source>
        <translation>{tick} Gespeichert: Verkrampfung {n} um {time} Uhr</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <location filename="../../coach/ui/tray.py" line="+28"/>
        <source>Trapezius Coach menu</source>
        <translation>Menü von Trapezius Coach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the next routine</source>
        <translation>Das nächste Programm starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate my spasms now…</source>
        <translation>Verkrampfungen jetzt bewerten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Trapezius Coach</source>
        <translation>Trapezius Coach öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause reminders for 1 hour</source>
        <translation>Erinnerungen für 1 Stunde pausieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause reminders for the rest of today</source>
        <translation>Erinnerungen für den Rest des Tages pausieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit Trapezius Coach</source>
        <translation>Trapezius Coach beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trapezius Coach</source>
        <translation>Trapezius Coach</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../coach/ui/undo_bar.py" line="+41"/>
        <source>Undo</source>
        <extracomment>How long Undo stays offered; long enough for a slow, tired hand. Emitted after a successful undo (the record is back in the Store).</extracomment>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Undo: {what}</source>
        <translation>Rückgängig: {what}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>It could not be put back yet. {problem}</source>
        <translation>Das konnte noch nicht wiederhergestellt werden. {problem}</translation>
    </message>
</context>
<context>
    <name>Worsening</name>
    <message>
        <location filename="../../coach/ui/core_words.py" line="-81"/>
        <source>On three sessions of “{routine}” in a row ({days}), spasm or pain was 2 or more points higher afterwards than before. It may be worth going over this routine with your physiotherapist or clinician.</source>
        <translation>Bei drei Einheiten von „{routine}“ in Folge ({days}) waren Verkrampfung oder Schmerz danach 2 oder mehr Punkte höher als vorher. Es kann sich lohnen, dieses Programm mit Ihrer Physiotherapie oder Ihrem Behandlungsteam durchzugehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On {n} sessions of “{routine}” in a row ({days}), spasm or pain was 2 or more points higher afterwards than before. It may be worth going over this routine with your physiotherapist or clinician.</source>
        <translation>Bei {n} Einheiten von „{routine}“ in Folge ({days}) waren Verkrampfung oder Schmerz danach 2 oder mehr Punkte höher als vorher. Es kann sich lohnen, dieses Programm mit Ihrer Physiotherapie oder Ihrem Behandlungsteam durchzugehen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>between {first} and {last}</source>
        <translation>zwischen {first} und {last}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{list} and {last}</source>
        <translation>{list} und {last}</translation>
    </message>
</context>
<context>
    <name>YesNo</name>
    <message>
        <location filename="../../coach/ui/form_fields.py" line="+86"/>
        <location line="+26"/>
        <source>Yes</source>
        <extracomment>True, False, or None when cleared.</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>{name}: yes</source>
        <translation>{name}: ja</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>{name}: no</source>
        <translation>{name}: nein</translation>
    </message>
</context>
<context>
    <name>YesNoQuestion</name>
    <message>
        <location filename="../../coach/ui/before_view.py" line="-361"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
</TS>

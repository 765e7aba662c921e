<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Write the note</source>
        <translation>Nachricht schreiben</translation>
    </message>
    <message>
        <source>Log the call</source>
        <translation>Anruf festhalten</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Entscheiden</translation>
    </message>
    <message>
        <source>Open the note</source>
        <translation>Nachricht öffnen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Nächste 7 Tage</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Note to {name} was not sent at {clock}</source>
        <translation>Nachricht an {name} wurde um {clock} nicht gesendet</translation>
    </message>
    <message>
        <source>Note to {name} was to go out at {clock}: not sent yet</source>
        <translation>Nachricht an {name} sollte um {clock} hinausgehen: noch nicht gesendet</translation>
    </message>
    <message>
        <source>Note to {name} goes out at {clock}</source>
        <translation>Nachricht an {name} geht um {clock} hinaus</translation>
    </message>
    <message>
        <source>Handwritten note to {name}</source>
        <translation>Handschriftliche Karte an {name}</translation>
    </message>
    <message>
        <source>Thank-you note to {name}</source>
        <translation>Dankesnachricht an {name}</translation>
    </message>
    <message>
        <source>Move on from {company}?</source>
        <translation>{company} abhaken?</translation>
    </message>
    <message>
        <source>{role} · {count} follow-up calls unanswered</source>
        <translation>{role} · {count} Nachfassanrufe unbeantwortet</translation>
    </message>
    <message>
        <source>Call again with {name}</source>
        <translation>{name} erneut anrufen</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Erneut anrufen</translation>
    </message>
    <message>
        <source>Follow-up call with {name}</source>
        <translation>Nachfassanruf bei {name}</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Nachfassanruf</translation>
    </message>
    <message>
        <source>Time zone to check: interview at {company}</source>
        <translation>Zeitzone prüfen: Gespräch bei {company}</translation>
    </message>
    <message>
        <source>Interview at {company}</source>
        <translation>Gespräch bei {company}</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Greet as</source>
        <translation>Anrede als</translation>
    </message>
    <message>
        <source>Pronunciation</source>
        <translation>Aussprache</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Phone screen</source>
        <translation>Telefoninterview</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Gremium</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Left a voicemail</source>
        <translation>Nachricht hinterlassen</translation>
    </message>
    <message>
        <source>Spoke: still deciding</source>
        <translation>Gesprochen: noch in Entscheidung</translation>
    </message>
    <message>
        <source>Spoke: moving forward</source>
        <translation>Gesprochen: es geht weiter</translation>
    </message>
    <message>
        <source>Spoke: went another direction</source>
        <translation>Gesprochen: anders entschieden</translation>
    </message>
    <message>
        <source>Spoke: offer</source>
        <translation>Gesprochen: Angebot</translation>
    </message>
    <message>
        <source>English (British spelling)</source>
        <translation>Englisch (britische Schreibung)</translation>
    </message>
    <message>
        <source>English (American spelling)</source>
        <translation>Englisch (amerikanische Schreibung)</translation>
    </message>
    <message>
        <source>English (either spelling)</source>
        <translation>Englisch (beide Schreibungen)</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Lettisch</translation>
    </message>
    <message>
        <source>Basque</source>
        <translation>Baskisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persisch</translation>
    </message>
    <message>
        <source>Be polite and brief: say who you are and the role you interviewed for.
Respect their process: you are checking in, not chasing.
Show interest: one sentence on why the role still appeals to you.
Ask about the timeline: when do they expect to decide?
If the answer is no: thank them, stay gracious, and ask for feedback.</source>
        <translation>Höflich und kurz: Sagen Sie, wer Sie sind und für welche Stelle Sie im Gespräch waren.
Respektieren Sie den Ablauf: Sie fragen nach, Sie drängen nicht.
Zeigen Sie Interesse: ein Satz dazu, warum die Stelle Sie weiterhin reizt.
Fragen Sie nach dem Zeitplan: Wann wollen sie entscheiden?
Wenn die Antwort Nein ist: Bedanken Sie sich, bleiben Sie freundlich und bitten Sie um Rückmeldung.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Signs your thank-you notes and heads the printed checklist.</source>
        <translation>Unterschreibt Ihre Dankesnachrichten und steht über der gedruckten Checkliste.</translation>
    </message>
    <message>
        <source>Your email</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Left out when calendar invitations list their attendees.</source>
        <translation>Wird ausgelassen, wenn Kalendereinladungen ihre Teilnehmer aufführen.</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <source>Thank-you note deadline (hours)</source>
        <translation>Frist für Dankesnachrichten (Stunden)</translation>
    </message>
    <message>
        <source>How long after an interview ends each thank-you note is due.</source>
        <translation>Wie lange nach dem Ende eines Gesprächs jede Dankesnachricht fällig ist.</translation>
    </message>
    <message>
        <source>Default decision wait (working days)</source>
        <translation>Übliche Wartezeit auf eine Entscheidung (Arbeitstage)</translation>
    </message>
    <message>
        <source>When nobody promised a date, the follow-up call is due this many working days after the interview.</source>
        <translation>Wenn niemand ein Datum zugesagt hat, ist der Nachfassanruf so viele Arbeitstage nach dem Gespräch fällig.</translation>
    </message>
    <message>
        <source>Grace period before moving on (working days)</source>
        <translation>Schonfrist vor dem Abhaken (Arbeitstage)</translation>
    </message>
    <message>
        <source>After the follow-up call is due, how long to wait before two unanswered calls make the app ask whether to move on.</source>
        <translation>Wie lange nach dem fälligen Nachfassanruf gewartet wird, bevor zwei unbeantwortete Anrufe die Frage auslösen, ob Sie die Bewerbung abhaken.</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <source>Weekdays on which calls are due (0 is Monday); other days are skipped.</source>
        <translation>Wochentage, an denen Anrufe fällig werden (0 ist Montag); andere Tage werden übersprungen.</translation>
    </message>
    <message>
        <source>Calls are due from</source>
        <translation>Anrufe fällig ab</translation>
    </message>
    <message>
        <source>The time of day at which a follow-up call or a move-on decision falls due.</source>
        <translation>Die Uhrzeit, zu der ein Nachfassanruf oder eine Entscheidung zum Abhaken fällig wird.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Ruhezeit beginnt</translation>
    </message>
    <message>
        <source>No reminders from this time; a note deadline inside quiet hours moves to just before it.</source>
        <translation>Ab dieser Uhrzeit keine Erinnerungen; eine Frist in der Ruhezeit rückt auf kurz davor.</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Ruhezeit endet</translation>
    </message>
    <message>
        <source>Reminders resume at this time.</source>
        <translation>Ab dieser Uhrzeit wird wieder erinnert.</translation>
    </message>
    <message>
        <source>Remind before a note is due (hours)</source>
        <translation>Erinnern vor Fälligkeit einer Nachricht (Stunden)</translation>
    </message>
    <message>
        <source>Lead times for reminders ahead of each thank-you note deadline.</source>
        <translation>Vorlaufzeiten für Erinnerungen vor jeder Frist einer Dankesnachricht.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Everything Afterview reads</source>
        <translation>Alles, was Afterview liest</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>LinkedIn connections</source>
        <translation>LinkedIn-Kontakte</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Standard-Telefonregion</translation>
    </message>
    <message>
        <source>Two-letter country code used to read phone numbers typed without a +country prefix.</source>
        <translation>Zweistelliger Ländercode, mit dem Telefonnummern ohne +Ländervorwahl gelesen werden.</translation>
    </message>
    <message>
        <source>Spelling language</source>
        <translation>Rechtschreibsprache</translation>
    </message>
    <message>
        <source>The dictionary and spelling (British or American for English) the note checks use.</source>
        <translation>Das Wörterbuch und die Schreibung (britisch oder amerikanisch bei Englisch), die die Prüfungen der Nachrichten verwenden.</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window closes</source>
        <translation>Im Infobereich weiterlaufen, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>Reminders can only arrive while Afterview runs.</source>
        <translation>Erinnerungen kommen nur, während Afterview läuft.</translation>
    </message>
    <message>
        <source>Start Afterview when you log in</source>
        <translation>Afterview bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Reminders then arrive even on days you never open Afterview yourself.</source>
        <translation>Erinnerungen kommen dann auch an Tagen, an denen Sie Afterview nie selbst öffnen.</translation>
    </message>
    <message>
        <source>Shortest note (words)</source>
        <translation>Kürzeste Nachricht (Wörter)</translation>
    </message>
    <message>
        <source>A thank-you note shorter than this reads as curt.</source>
        <translation>Eine kürzere Dankesnachricht wirkt knapp angebunden.</translation>
    </message>
    <message>
        <source>Longest note (words)</source>
        <translation>Längste Nachricht (Wörter)</translation>
    </message>
    <message>
        <source>A thank-you note longer than this stops being read.</source>
        <translation>Eine längere Dankesnachricht wird nicht mehr gelesen.</translation>
    </message>
    <message>
        <source>Too-similar threshold</source>
        <translation>Schwelle für zu ähnlich</translation>
    </message>
    <message>
        <source>Two notes for the same interview at least this similar (0 to 1) are flagged as generic.</source>
        <translation>Zwei Nachrichten zum selben Gespräch, die mindestens so ähnlich sind (0 bis 1), werden als austauschbar markiert.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Call guide</source>
        <translation>Gesprächsleitfaden</translation>
    </message>
    <message>
        <source>Shown on the call screen while you make a follow-up call; one point per line.</source>
        <translation>Wird beim Nachfassanruf angezeigt, während Sie telefonieren; ein Punkt pro Zeile.</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <source>Host name of your mail provider&apos;s outgoing server.</source>
        <translation>Hostname des Postausgangsservers Ihres E-Mail-Anbieters.</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>SMTP-Port</translation>
    </message>
    <message>
        <source>587 for STARTTLS, 465 for SSL.</source>
        <translation>587 für STARTTLS, 465 für SSL.</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Verbindungssicherheit</translation>
    </message>
    <message>
        <source>starttls, ssl or none (none only for a local relay).</source>
        <translation>starttls, ssl oder none (none nur für ein lokales Relay).</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>SMTP-Benutzername</translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s keyring.</source>
        <translation>Das Passwort wird im Schlüsselbund Ihres Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Light or dark window; by default it follows your system&apos;s setting, also when that changes.</source>
        <translation>Helles oder dunkles Fenster; standardmäßig folgt es der Einstellung Ihres Systems, auch wenn diese sich ändert.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the window; by default your system&apos;s. A change applies when Afterview next starts.</source>
        <translation>Die Sprache des Fensters; standardmäßig die Ihres Systems. Eine Änderung gilt ab dem nächsten Start von Afterview.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Deutsch</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Tägliche Sicherungen behalten</translation>
    </message>
    <message>
        <source>Older daily backups are removed.</source>
        <translation>Ältere tägliche Sicherungen werden entfernt.</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Wöchentliche Sicherungen behalten</translation>
    </message>
    <message>
        <source>Older weekly backups are removed.</source>
        <translation>Ältere wöchentliche Sicherungen werden entfernt.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Keep a calendar file up to date in</source>
        <translation>Kalenderdatei aktuell halten in</translation>
    </message>
    <message>
        <source>Afterview.ics in this folder is rewritten after every change, with everything the Calendar page shows: put it in a synced folder, or subscribe to it from a calendar app. Empty: no file is kept.</source>
        <translation>Afterview.ics in diesem Ordner wird nach jeder Änderung neu geschrieben, mit allem, was die Kalenderseite zeigt: Legen Sie ihn in einen synchronisierten Ordner oder abonnieren Sie ihn in einer Kalender-App. Leer: Es wird keine Datei geführt.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Contacts sent to the server</source>
        <translation>An den Server gesendete Kontakte</translation>
    </message>
    <message>
        <source>Every card, or only the people you met at an interview (with a meeting note, a thank-you note or a call).</source>
        <translation>Jede Karte oder nur die Personen, die Sie bei einem Gespräch getroffen haben (mit Gesprächsnotiz, Dankesnachricht oder Anruf).</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <source>Only the people met at interviews</source>
        <translation>Nur die Personen aus Gesprächen</translation>
    </message>
    <message>
        <source>Sync every (minutes)</source>
        <translation>Synchronisieren alle (Minuten)</translation>
    </message>
    <message>
        <source>While Afterview runs, with a sync account set up; 0: only on demand and after your changes.</source>
        <translation>Solange Afterview läuft und ein Synchronisierungskonto eingerichtet ist; 0: nur auf Wunsch und nach Ihren Änderungen.</translation>
    </message>
    <message>
        <source>the settings file does not hold a table of settings</source>
        <translation>die Einstellungsdatei enthält keine Tabelle von Einstellungen</translation>
    </message>
    <message>
        <source>setting &apos;{name}&apos; has the value {value}</source>
        <translation>die Einstellung „{name}“ hat den Wert {value}</translation>
    </message>
    <message>
        <source>{problem}, which is not a time like 22:00</source>
        <translation>{problem}, das ist keine Uhrzeit wie 22:00</translation>
    </message>
    <message>
        <source>{problem}, which is not a list of whole numbers</source>
        <translation>{problem}, das ist keine Liste ganzer Zahlen</translation>
    </message>
    <message>
        <source>{problem}, which is not true or false</source>
        <translation>{problem}, das ist weder true noch false</translation>
    </message>
    <message>
        <source>{problem}, which is not a number</source>
        <translation>{problem}, das ist keine Zahl</translation>
    </message>
    <message>
        <source>{problem}, which is not a whole number</source>
        <translation>{problem}, das ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>{problem}, outside {minimum}..{maximum}</source>
        <translation>{problem}, außerhalb von {minimum}..{maximum}</translation>
    </message>
    <message>
        <source>{problem}, which is not text</source>
        <translation>{problem}, das ist kein Text</translation>
    </message>
    <message>
        <source>{problem}; expected one of {choices}</source>
        <translation>{problem}; erwartet wird einer dieser Werte: {choices}</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Thank-you notes due</source>
        <translation>Dankesnachrichten fällig</translation>
    </message>
    <message>
        <source>Move on?</source>
        <translation>Abhaken?</translation>
    </message>
    <message>
        <source>Your own date</source>
        <translation>Ihr eigener Termin</translation>
    </message>
    <message>
        <source>Decision after your date</source>
        <translation>Entscheidung nach Ihrem Termin</translation>
    </message>
    <message>
        <source>{kind} interview at {company}</source>
        <translation>Gespräch ({kind}) bei {company}</translation>
    </message>
    <message>
        <source>1 thank-you note due</source>
        <translation>1 Dankesnachricht fällig</translation>
    </message>
    <message>
        <source>{count} thank-you notes due</source>
        <translation>{count} Dankesnachrichten fällig</translation>
    </message>
    <message>
        <source>{company}: decision after your own date</source>
        <translation>{company}: Entscheidung nach Ihrem eigenen Termin</translation>
    </message>
    <message>
        <source>Your own timeline</source>
        <translation>Ihr eigener Zeitplan</translation>
    </message>
    <message>
        <source>No one recorded yet</source>
        <translation>Noch niemand erfasst</translation>
    </message>
    <message>
        <source>{sent} of {people} sent, {ready} ready</source>
        <translation>{sent} von {people} gesendet, {ready} fertig</translation>
    </message>
    <message>
        <source>{sent} of {people} sent</source>
        <translation>{sent} von {people} gesendet</translation>
    </message>
    <message>
        <source>the interview start has no time zone</source>
        <translation>der Beginn des Gesprächs hat keine Zeitzone</translation>
    </message>
    <message>
        <source>the interview end has no time zone</source>
        <translation>das Ende des Gesprächs hat keine Zeitzone</translation>
    </message>
    <message>
        <source>the interview ends before it starts</source>
        <translation>das Gespräch endet, bevor es beginnt</translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not a time zone name like Europe/Berlin</source>
        <translation>„{zone}“ ist kein Zeitzonenname wie Europe/Berlin</translation>
    </message>
    <message>
        <source>Decision expected</source>
        <translation>Entscheidung erwartet</translation>
    </message>
    <message>
        <source>opportunity {id} does not exist</source>
        <translation>die Bewerbung {id} gibt es nicht</translation>
    </message>
    <message>
        <source>an opportunity needs a company</source>
        <translation>eine Bewerbung braucht ein Unternehmen</translation>
    </message>
    <message>
        <source>an opportunity needs a role</source>
        <translation>eine Bewerbung braucht eine Stelle</translation>
    </message>
    <message>
        <source>interview {id} does not exist</source>
        <translation>das Gespräch {id} gibt es nicht</translation>
    </message>
    <message>
        <source>Nothing was kept of interview {id} to bring it back</source>
        <translation>Von Gespräch {id} wurde nichts aufbewahrt, um es zurückzuholen</translation>
    </message>
    <message>
        <source>say what the date is, e.g. &apos;Offer from Lumen expires&apos;</source>
        <translation>geben Sie an, was an dem Tag ist, z. B. „Angebot von Lumen läuft ab“</translation>
    </message>
    <message>
        <source>personal date {id} does not exist</source>
        <translation>den eigenen Termin {id} gibt es nicht</translation>
    </message>
    <message>
        <source>How did it go at {company}?</source>
        <translation>Wie lief es bei {company}?</translation>
    </message>
    <message>
        <source>Note what was memorable with each person while it is fresh: it makes the thank-you notes.</source>
        <translation>Halten Sie fest, was Ihnen mit jeder Person in Erinnerung geblieben ist, solange es frisch ist: Daraus werden die Dankesnachrichten.</translation>
    </message>
    <message>
        <source>A minute for the {company} interview?</source>
        <translation>Eine Minute für das Gespräch bei {company}?</translation>
    </message>
    <message>
        <source>The debrief is still empty. Two lines per person are enough.</source>
        <translation>Die Nachbereitung ist noch leer. Zwei Zeilen pro Person genügen.</translation>
    </message>
    <message>
        <source>Due in 1 hour, {when} · {detail}</source>
        <translation>Fällig in 1 Stunde, {when} · {detail}</translation>
    </message>
    <message>
        <source>Due in {hours} hours, {when} · {detail}</source>
        <translation>Fällig in {hours} Stunden, {when} · {detail}</translation>
    </message>
    <message>
        <source>{title} is due now</source>
        <translation>{title} ist jetzt fällig</translation>
    </message>
    <message>
        <source>{title} today</source>
        <translation>{title} heute</translation>
    </message>
    <message>
        <source>Snoozed, and back as asked.</source>
        <translation>Zurückgestellt und wie gewünscht wieder da.</translation>
    </message>
    <message>
        <source>what stood out with {name}</source>
        <translation>was Ihnen mit {name} in Erinnerung blieb</translation>
    </message>
    <message>
        <source>the next steps</source>
        <translation>die nächsten Schritte</translation>
    </message>
    <message>
        <source>why you fit</source>
        <translation>warum Sie passen</translation>
    </message>
    <message>
        <source>interview {id} no longer exists</source>
        <translation>das Gespräch {id} gibt es nicht mehr</translation>
    </message>
    <message>
        <source>the file is {size} MB, more than the {most} MB a card photo can be; export it smaller and try again</source>
        <translation>die Datei hat {size} MB, mehr als die {most} MB, die ein Kartenfoto haben darf; exportieren Sie es kleiner und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the file cannot be opened ({reason})</source>
        <translation>die Datei lässt sich nicht öffnen ({reason})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>it is a HEIC photo, and this installation has no HEIC decoder (pi-heif); export it as JPEG (on an iPhone: Settings → Camera → Formats → Most Compatible) and try again</source>
        <translation>es ist ein HEIC-Foto, und dieser Installation fehlt ein HEIC-Decoder (pi-heif); exportieren Sie es als JPEG (auf dem iPhone: Einstellungen → Kamera → Formate → Maximale Kompatibilität) und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>it is not a picture Afterview can read (JPEG, PNG, HEIC, WebP, BMP, GIF or TIFF)</source>
        <translation>es ist kein Bild, das Afterview lesen kann (JPEG, PNG, HEIC, WebP, BMP, GIF oder TIFF)</translation>
    </message>
    <message>
        <source>the picture is damaged or cut short; copy it from the camera or phone again</source>
        <translation>das Bild ist beschädigt oder unvollständig; kopieren Sie es erneut von der Kamera oder vom Telefon</translation>
    </message>
    <message>
        <source>the picture is only {width} x {height} pixels; a card needs at least {least} pixels on its short side to be read — take a closer photo</source>
        <translation>das Bild hat nur {width} × {height} Pixel; eine Karte braucht an der kurzen Seite mindestens {least} Pixel, um gelesen zu werden – fotografieren Sie näher</translation>
    </message>
    <message>
        <source>{name}: {problem}.</source>
        <translation>{name}: {problem}.</translation>
    </message>
    <message>
        <source>its text is in a script Afterview cannot read yet ({scripts}); type the card in</source>
        <translation>der Text steht in einer Schrift, die Afterview noch nicht lesen kann ({scripts}); geben Sie die Karte von Hand ein</translation>
    </message>
    <message>
        <source>no card text was found in the picture; take the photo straight on, with the card filling most of it, in good light</source>
        <translation>im Bild wurde kein Kartentext gefunden; fotografieren Sie die Karte gerade von vorn, bildfüllend und bei gutem Licht</translation>
    </message>
    <message>
        <source>it reads Latin, Chinese and Japanese writing, not Korean, Arabic, Cyrillic, Greek, Hebrew or Thai</source>
        <translation>es liest lateinische, chinesische und japanische Schrift, nicht Koreanisch, Arabisch, Kyrillisch, Griechisch, Hebräisch oder Thai</translation>
    </message>
    <message>
        <source>The picture holds {count} lines of text, more than a business card; only the first {read} were read.</source>
        <translation>Das Bild enthält {count} Textzeilen, mehr als eine Visitenkarte; nur die ersten {read} wurden gelesen.</translation>
    </message>
    <message>
        <source>1 line of this card could not be read: printed in a script Afterview cannot read yet ({scripts}). Type what they say yourself.</source>
        <translation>1 Zeile dieser Karte konnte nicht gelesen werden: Sie ist in einer Schrift gedruckt, die Afterview noch nicht lesen kann ({scripts}). Geben Sie ihren Inhalt selbst ein.</translation>
    </message>
    <message>
        <source>{count} lines of this card could not be read: printed in a script Afterview cannot read yet ({scripts}). Type what they say yourself.</source>
        <translation>{count} Zeilen dieser Karte konnten nicht gelesen werden: Sie sind in einer Schrift gedruckt, die Afterview noch nicht lesen kann ({scripts}). Geben Sie ihren Inhalt selbst ein.</translation>
    </message>
    <message>
        <source>No name, email address or phone number could be read on this card.</source>
        <translation>Auf dieser Karte konnte weder Name noch E-Mail-Adresse oder Telefonnummer gelesen werden.</translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation>{count} neu</translation>
    </message>
    <message>
        <source>{count} changed</source>
        <translation>{count} geändert</translation>
    </message>
    <message>
        <source>{count} deleted</source>
        <translation>{count} gelöscht</translation>
    </message>
    <message>
        <source>{total} ({parts})</source>
        <translation>{total} ({parts})</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Sent {sent}, received {received}</source>
        <translation>Gesendet: {sent}, empfangen: {received}</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) on the server</source>
        <translation>
            <numerusform>%n Löschung auf dem Server</numerusform>
            <numerusform>%n Löschungen auf dem Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted here but changed on the server</source>
        <translation>
            <numerusform>%n Eintrag hier gelöscht, aber auf dem Server geändert</numerusform>
            <numerusform>%n Einträge hier gelöscht, aber auf dem Server geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for you: {waiting}</source>
        <translation>wartet auf Sie: {waiting}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read</source>
        <translation>
            <numerusform>%n Eintrag war nicht lesbar</numerusform>
            <numerusform>%n Einträge waren nicht lesbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) changed elsewhere put back</source>
        <translation>
            <numerusform>%n anderswo geänderter Termin zurückgesetzt</numerusform>
            <numerusform>%n anderswo geänderte Termine zurückgesetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem} Set the account up again with a password command instead.</source>
        <translation>{problem} Richten Sie das Konto stattdessen mit einem Passwortbefehl neu ein.</translation>
    </message>
    <message>
        <source>No password is kept for {user} on {host}: set the account up again</source>
        <translation>Für {user} auf {host} ist kein Passwort gespeichert: Richten Sie das Konto neu ein</translation>
    </message>
    <message>
        <source>The password command could not be run ({error})</source>
        <translation>Der Passwortbefehl ließ sich nicht ausführen ({error})</translation>
    </message>
    <message>
        <source>The password command gave no password (exit status {status})</source>
        <translation>Der Passwortbefehl hat kein Passwort geliefert (Exit-Status {status})</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a server address: it starts with https:// (or http://)</source>
        <translation>„{url}“ ist keine Serveradresse: Sie beginnt mit https:// (oder http://)</translation>
    </message>
    <message>
        <source>The user name is empty</source>
        <translation>Der Benutzername ist leer</translation>
    </message>
    <message>
        <source>finding the calendar and the address book</source>
        <translation>Kalender und Adressbuch werden gesucht</translation>
    </message>
    <message>
        <source>{host} offers no calendars for {user}</source>
        <translation>{host} bietet {user} keine Kalender an</translation>
    </message>
    <message>
        <source>{host} offers no address books for {user}</source>
        <translation>{host} bietet {user} keine Adressbücher an</translation>
    </message>
    <message>
        <source>No system keyring is available to keep the password: set the account up with a password command (such as `pass show dav`) instead</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, um das Passwort aufzubewahren: Richten Sie das Konto stattdessen mit einem Passwortbefehl ein (etwa `pass show dav`)</translation>
    </message>
    <message>
        <source>No sync account is set up: `afterview sync setup URL --user NAME`, or Settings → Sync</source>
        <translation>Es ist kein Synchronisierungskonto eingerichtet: `afterview sync setup URL --user NAME` oder Einstellungen → Synchronisierung</translation>
    </message>
    <message>
        <source>conflict {id} is no longer waiting</source>
        <translation>der Konflikt {id} wartet nicht mehr</translation>
    </message>
    <message>
        <source>that deletion is no longer waiting</source>
        <translation>diese Löschung wartet nicht mehr</translation>
    </message>
    <message>
        <source>Nothing was kept of this interview to bring it back</source>
        <translation>Von diesem Gespräch wurde nichts aufbewahrt, um es zurückzuholen</translation>
    </message>
    <message>
        <source>receiving the calendar</source>
        <translation>Kalender wird empfangen</translation>
    </message>
    <message>
        <source>receiving the address book</source>
        <translation>Adressbuch wird empfangen</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{where}: the card has no UID</source>
        <translation>{where}: die Karte hat keine UID</translation>
    </message>
    <message>
        <source>{where}: the card has no name</source>
        <translation>{where}: die Karte hat keinen Namen</translation>
    </message>
    <message>
        <source>{what}: not applied here ({error})</source>
        <translation>{what}: hier nicht übernommen ({error})</translation>
    </message>
    <message>
        <source>sending the calendar</source>
        <translation>Kalender wird gesendet</translation>
    </message>
    <message>
        <source>sending the address book</source>
        <translation>Adressbuch wird gesendet</translation>
    </message>
    <message>
        <source>{where}: changed on the server at every try; left for the next sync</source>
        <translation>{where}: bei jedem Versuch auf dem Server geändert; bleibt für die nächste Synchronisierung</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>address book</source>
        <translation>Adressbuch</translation>
    </message>
    <message>
        <source>The note has no greeting; open with “Dear {name},”</source>
        <translation>Die Nachricht hat keine Anrede; beginnen Sie mit „Dear {name},“</translation>
    </message>
    <message>
        <source>The greeting writes “{named}” in capitals, as a card prints it; write it as they do, for instance “{usual}”</source>
        <translation>Die Anrede schreibt „{named}“ in Großbuchstaben, wie eine Visitenkarte es druckt; schreiben Sie den Namen so, wie die Person es tut, zum Beispiel „{usual}“</translation>
    </message>
    <message>
        <source>The greeting names {named}</source>
        <translation>Die Anrede nennt {named}</translation>
    </message>
    <message>
        <source>The greeting names no one; this note is for {wanted} alone, so greet them by name</source>
        <translation>Die Anrede nennt niemanden; diese Nachricht ist allein für {wanted}, also sprechen Sie die Person mit Namen an</translation>
    </message>
    <message>
        <source>The greeting names {other}, but this note is for {wanted}</source>
        <translation>Die Anrede nennt {other}, aber diese Nachricht ist für {wanted}</translation>
    </message>
    <message>
        <source>The greeting names “{named}”, but this note is for {wanted}</source>
        <translation>Die Anrede nennt „{named}“, aber diese Nachricht ist für {wanted}</translation>
    </message>
    <message>
        <source>“{words}” (write “your”)</source>
        <translation>„{words}“ (schreiben Sie „your“)</translation>
    </message>
    <message>
        <source>“{words}” (write “you”)</source>
        <translation>„{words}“ (schreiben Sie „you“)</translation>
    </message>
    <message>
        <source>Speaks to the reader as “you”</source>
        <translation>Spricht die lesende Person mit „you“ an</translation>
    </message>
    <message>
        <source>The note talks about its reader instead of to them: {problems}</source>
        <translation>Die Nachricht spricht über die lesende Person statt mit ihr: {problems}</translation>
    </message>
    <message>
        <source>The note has no subject; for instance “Thank you – {role} interview”</source>
        <translation>Die Nachricht hat keinen Betreff; zum Beispiel „Thank you – {role} interview“</translation>
    </message>
    <message>
        <source>The subject still has {items}</source>
        <translation>Im Betreff steht noch {items}</translation>
    </message>
    <message>
        <source>The subject is all in capitals, which reads as shouting; for instance “{example}”</source>
        <translation>Der Betreff steht ganz in Großbuchstaben und wirkt wie Schreien; zum Beispiel „{example}“</translation>
    </message>
    <message>
        <source>The subject says what it is: “{text}”</source>
        <translation>Der Betreff sagt, worum es geht: „{text}“</translation>
    </message>
    <message>
        <source>The subject “{text}” does not say what the note is; for instance “{example}”</source>
        <translation>Der Betreff „{text}“ sagt nicht, worum es geht; zum Beispiel „{example}“</translation>
    </message>
    <message>
        <source>The note never names the role ({role}) or the company ({company})</source>
        <translation>Die Nachricht nennt weder die Stelle ({role}) noch das Unternehmen ({company})</translation>
    </message>
    <message>
        <source>The note never names the role ({role})</source>
        <translation>Die Nachricht nennt die Stelle nicht ({role})</translation>
    </message>
    <message>
        <source>The note never names the company ({company})</source>
        <translation>Die Nachricht nennt das Unternehmen nicht ({company})</translation>
    </message>
    <message>
        <source>Names {named}</source>
        <translation>Nennt {named}</translation>
    </message>
    <message>
        <source>No role or company to name</source>
        <translation>Keine Stelle und kein Unternehmen zu nennen</translation>
    </message>
    <message>
        <source>The note is empty</source>
        <translation>Die Nachricht ist leer</translation>
    </message>
    <message>
        <source>The note is signed with a placeholder; set your name under Settings → You</source>
        <translation>Die Nachricht ist mit einem Platzhalter unterschrieben; tragen Sie Ihren Namen unter Einstellungen → Sie ein</translation>
    </message>
    <message>
        <source>Signed {name}</source>
        <translation>Unterschrieben von {name}</translation>
    </message>
    <message>
        <source>The note does not end with your name ({name})</source>
        <translation>Die Nachricht endet nicht mit Ihrem Namen ({name})</translation>
    </message>
    <message>
        <source>The note is not signed; set your name under Settings → You</source>
        <translation>Die Nachricht ist nicht unterschrieben; tragen Sie Ihren Namen unter Einstellungen → Sie ein</translation>
    </message>
    <message>
        <source>Nothing left to fill in</source>
        <translation>Nichts mehr auszufüllen</translation>
    </message>
    <message>
        <source>Still to fill in: {items} (your name is set under Settings → You)</source>
        <translation>Noch auszufüllen: {items} (Ihren Namen tragen Sie unter Einstellungen → Sie ein)</translation>
    </message>
    <message>
        <source>Still to fill in: {items}</source>
        <translation>Noch auszufüllen: {items}</translation>
    </message>
    <message>
        <source>{count} — {short} short of the {minimum}-word minimum</source>
        <translation>{count} – {short} weniger als das Minimum von {minimum} Wörtern</translation>
    </message>
    <message>
        <source>{count} — {over} over the {maximum}-word maximum</source>
        <translation>{count} – {over} mehr als das Maximum von {maximum} Wörtern</translation>
    </message>
    <message>
        <source>{count} — within {minimum} to {maximum}</source>
        <translation>{count} – innerhalb von {minimum} bis {maximum}</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 Wort</translation>
    </message>
    <message>
        <source>{count} words</source>
        <translation>{count} Wörter</translation>
    </message>
    <message>
        <source>The card has no name to check the note against</source>
        <translation>Die Visitenkarte hat keinen Namen, an dem die Nachricht geprüft werden kann</translation>
    </message>
    <message>
        <source>“{token}” — the card says “{part}”</source>
        <translation>„{token}“ – auf der Visitenkarte steht „{part}“</translation>
    </message>
    <message>
        <source>“{name}” appears, spelled as on the card</source>
        <translation>„{name}“ kommt vor, so geschrieben wie auf der Visitenkarte</translation>
    </message>
    <message>
        <source>“{name}” appears, but check {described}</source>
        <translation>„{name}“ kommt vor, aber prüfen Sie {described}</translation>
    </message>
    <message>
        <source>“{name}” is not spelled as on the card: {described}</source>
        <translation>„{name}“ ist nicht so geschrieben wie auf der Visitenkarte: {described}</translation>
    </message>
    <message>
        <source>The note never names “{name}” as spelled on the card</source>
        <translation>Die Nachricht nennt „{name}“ nie so, wie es auf der Visitenkarte steht</translation>
    </message>
    <message>
        <source>The meeting note has no memorable moment yet — add one so this note is clearly for this person</source>
        <translation>Die Gesprächsnotiz hat noch keinen besonderen Moment – ergänzen Sie einen, damit diese Nachricht erkennbar für diese Person ist</translation>
    </message>
    <message>
        <source>{found} of {total} of its words appear</source>
        <translation>{found} von {total} seiner Wörter kommen vor</translation>
    </message>
    <message>
        <source>The memorable moment is in the note — {share}</source>
        <translation>Der besondere Moment steht in der Nachricht – {share}</translation>
    </message>
    <message>
        <source>The memorable moment seems to be missing — only {share} (not found: {missing})</source>
        <translation>Der besondere Moment scheint zu fehlen – nur {share} (nicht gefunden: {missing})</translation>
    </message>
    <message>
        <source>No spelling problems found</source>
        <translation>Keine Rechtschreibfehler gefunden</translation>
    </message>
    <message>
        <source>{count} not in the dictionary: {words}</source>
        <translation>{count} nicht im Wörterbuch: {words}</translation>
    </message>
    <message>
        <source>No other notes for this interview to compare with</source>
        <translation>Keine anderen Nachrichtn zu diesem Gespräch zum Vergleich</translation>
    </message>
    <message>
        <source>Closest is the note to {name} ({score}), below the {limit} limit</source>
        <translation>Am ähnlichsten ist die Nachricht an {name} ({score}), unter der Grenze von {limit}</translation>
    </message>
    <message>
        <source>the note to {name} ({score})</source>
        <translation>der Nachricht an {name} ({score})</translation>
    </message>
    <message>
        <source>Nearly the same as {names} — add something only the two of you talked about</source>
        <translation>Fast gleich wie bei {names} – ergänzen Sie etwas, worüber nur Sie beide gesprochen haben</translation>
    </message>
    <message>
        <source>The memorable moment is there, but its sentence does not read correctly (see above)</source>
        <translation>Der besondere Moment ist da, aber sein Satz liest sich nicht richtig (siehe oben)</translation>
    </message>
    <message>
        <source>The days the note names are right for when it is read</source>
        <translation>Die Tage, die die Notiz nennt, stimmen für den Tag, an dem sie gelesen wird</translation>
    </message>
    <message>
        <source>The note says “{word}”, but it goes out on the day of the interview: say “today”</source>
        <translation>Die Notiz sagt „{word}“, geht aber am Tag des Gesprächs hinaus: schreiben Sie „today“</translation>
    </message>
    <message>
        <source>The note says “{word}”, but it goes out the day after the interview: say “yesterday”</source>
        <translation>Die Notiz sagt „{word}“, geht aber am Tag nach dem Gespräch hinaus: schreiben Sie „yesterday“</translation>
    </message>
    <message>
        <source>The note says “{word}”, but it goes out {days} days after the interview: name the day instead</source>
        <translation>Die Notiz sagt „{word}“, geht aber {days} Tage nach dem Gespräch hinaus: nennen Sie stattdessen den Wochentag</translation>
    </message>
    <message>
        <source>{intro}: {problems} and {count} more</source>
        <translation>{intro}: {problems} und {count} weitere</translation>
    </message>
    <message>
        <source>{intro}: {problems}</source>
        <translation>{intro}: {problems}</translation>
    </message>
    <message>
        <source>“{words}” joins two sentences into one</source>
        <translation>„{words}“ verbindet zwei Sätze zu einem</translation>
    </message>
    <message>
        <source>“{words}” repeats a word</source>
        <translation>„{words}“ wiederholt ein Wort</translation>
    </message>
    <message>
        <source>“{text}” is stray punctuation</source>
        <translation>„{text}“ ist ein verirrtes Satzzeichen</translation>
    </message>
    <message>
        <source>“{word}” starts a sentence in lower case</source>
        <translation>„{word}“ beginnt einen Satz klein</translation>
    </message>
    <message>
        <source>Every sentence reads as a whole sentence</source>
        <translation>Jeder Satz liest sich als ganzer Satz</translation>
    </message>
    <message>
        <source>A sentence is broken</source>
        <translation>Ein Satz ist unvollständig</translation>
    </message>
    <message>
        <source>No stock phrases</source>
        <translation>Keine Floskeln</translation>
    </message>
    <message>
        <source>Stock phrases that say nothing about you: {phrases} — say what you did instead</source>
        <translation>Floskeln, die nichts über Sie sagen: {phrases} – sagen Sie stattdessen, was Sie getan haben</translation>
    </message>
    <message>
        <source>the emoticon “{text}”</source>
        <translation>das Emoticon „{text}“</translation>
    </message>
    <message>
        <source>words in capitals, which read as shouting</source>
        <translation>Wörter in Großbuchstaben, die wie Schreien wirken</translation>
    </message>
    <message>
        <source>A calm, professional tone</source>
        <translation>Ein ruhiger, professioneller Ton</translation>
    </message>
    <message>
        <source>Too casual or loud for a thank-you note</source>
        <translation>Zu locker oder laut für eine Dankesnachricht</translation>
    </message>
    <message>
        <source>No note templates were found in {builtin} or {own}</source>
        <translation>In {builtin} und {own} wurden keine Vorlagen für Nachrichten gefunden</translation>
    </message>
    <message>
        <source>There is no template called “{name}”</source>
        <translation>Es gibt keine Vorlage namens „{name}“</translation>
    </message>
    <message>
        <source>Interview {id} no longer exists</source>
        <translation>Das Gespräch {id} gibt es nicht mehr</translation>
    </message>
    <message>
        <source>Contact {contact} was not met in interview {interview}</source>
        <translation>Den Kontakt {contact} haben Sie im Gespräch {interview} nicht getroffen</translation>
    </message>
    <message>
        <source>No note has been started for this person yet</source>
        <translation>Für diese Person wurde noch keine Nachricht begonnen</translation>
    </message>
    <message>
        <source>This note has been sent; it can no longer be changed</source>
        <translation>Diese Nachricht wurde gesendet und lässt sich nicht mehr ändern</translation>
    </message>
    <message>
        <source>This note is scheduled to be sent; cancel the schedule to change it (the draft is kept)</source>
        <translation>Diese Nachricht ist zum Senden geplant; heben Sie die Planung auf, um sie zu ändern (der Entwurf bleibt erhalten)</translation>
    </message>
    <message>
        <source>The database is busy: another program (an import, a command, or another Afterview) has been writing to it for more than a few seconds.</source>
        <translation>Die Datenbank ist belegt: Ein anderes Programm (ein Import, ein Befehl oder ein weiteres Afterview) schreibt seit mehr als ein paar Sekunden hinein.</translation>
    </message>
    <message>
        <source>The database refused it ({reason}).</source>
        <translation>Die Datenbank hat es abgelehnt ({reason}).</translation>
    </message>
    <message>
        <source>A note is marked sent when it goes out, not by changing its state</source>
        <translation>Eine Nachricht gilt als gesendet, wenn sie hinausgeht, nicht durch Ändern ihres Status</translation>
    </message>
    <message>
        <source>Opportunity {id} no longer exists</source>
        <translation>Die Bewerbung {id} gibt es nicht mehr</translation>
    </message>
    <message>
        <source>The note to {name} has already been sent.</source>
        <translation>Die Nachricht an {name} wurde bereits gesendet.</translation>
    </message>
    <message>
        <source>The note is empty; write it before sending.</source>
        <translation>Die Nachricht ist leer; schreiben Sie sie vor dem Senden.</translation>
    </message>
    <message>
        <source>The note to {name} is not ready to go out: {reasons}. Correct it in the note composer, where the checks beside the draft show each problem.</source>
        <translation>Die Nachricht an {name} ist noch nicht bereit: {reasons}. Korrigieren Sie sie im Nachrichtenfenster, wo die Prüfungen neben dem Entwurf jedes Problem zeigen.</translation>
    </message>
    <message>
        <source>{name}&apos;s card has no email address; add one in Contacts, or mark the note for handwriting.</source>
        <translation>Die Visitenkarte von {name} hat keine E-Mail-Adresse; ergänzen Sie eine unter Kontakte oder markieren Sie die Nachricht für die Handschrift.</translation>
    </message>
    <message>
        <source>{problem}. Correct it in Contacts.</source>
        <translation>{problem}. Korrigieren Sie es unter „Kontakte“.</translation>
    </message>
    <message>
        <source>Your own email address is not set; enter it under Settings → You.</source>
        <translation>Ihre eigene E-Mail-Adresse ist nicht eingetragen; tragen Sie sie unter Einstellungen → Sie ein.</translation>
    </message>
    <message>
        <source>{against}</source>
        <translation>{against}</translation>
    </message>
    <message>
        <source>no hiring word, other organisation or video link</source>
        <translation>kein Einstellungswort, keine andere Organisation, kein Videolink</translation>
    </message>
    <message>
        <source>{said} — but {against}</source>
        <translation>{said} – aber {against}</translation>
    </message>
    <message>
        <source>{said}</source>
        <translation>{said}</translation>
    </message>
    <message>
        <source>{said} only</source>
        <translation>nur {said}</translation>
    </message>
    <message>
        <source>already in Afterview</source>
        <translation>schon in Afterview</translation>
    </message>
    <message>
        <source>“{word}” in the title</source>
        <translation>„{word}“ im Titel</translation>
    </message>
    <message>
        <source>“{word}” in the description</source>
        <translation>„{word}“ in der Beschreibung</translation>
    </message>
    <message>
        <source>another organisation: {domains}</source>
        <translation>eine andere Organisation: {domains}</translation>
    </message>
    <message>
        <source>other organisations: {domains}</source>
        <translation>andere Organisationen: {domains}</translation>
    </message>
    <message>
        <source>other organisations: {domains} and {count} more</source>
        <translation>andere Organisationen: {domains} und {count} weitere</translation>
    </message>
    <message>
        <source>video link</source>
        <translation>Videolink</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>it repeats</source>
        <translation>wiederholt sich</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>long past ({day})</source>
        <translation>lange vorbei ({day})</translation>
    </message>
    <message>
        <source>{company} expects to decide on {day}, after your own date “{label}” on {own_day}.</source>
        <translation>{company} will am {day} entscheiden, nach Ihrem eigenen Termin „{label}“ am {own_day}.</translation>
    </message>
    <message>
        <source>{company} would only be followed up on {day}, after your own date “{label}” on {own_day}.</source>
        <translation>Bei {company} würden Sie erst am {day} nachfassen, nach Ihrem eigenen Termin „{label}“ am {own_day}.</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Start with + and the country code, or set your phone region.</source>
        <translation>Beginnen Sie mit + und der Ländervorwahl, oder stellen Sie Ihre Telefonregion ein.</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Das sieht nicht nach einer Telefonnummer aus.</translation>
    </message>
    <message>
        <source>The number is too short after the international prefix.</source>
        <translation>Die Nummer ist nach der internationalen Vorwahl zu kurz.</translation>
    </message>
    <message>
        <source>The number is too short.</source>
        <translation>Die Nummer ist zu kurz.</translation>
    </message>
    <message>
        <source>The number is too long.</source>
        <translation>Die Nummer ist zu lang.</translation>
    </message>
    <message>
        <source>This number looks too short for its country. It is kept as written: compare it with the card.</source>
        <translation>Diese Nummer scheint für ihr Land zu kurz. Sie wird so gespeichert, wie sie geschrieben ist: Vergleichen Sie sie mit der Karte.</translation>
    </message>
    <message>
        <source>This number looks too long for its country. It is kept as written: compare it with the card.</source>
        <translation>Diese Nummer scheint für ihr Land zu lang. Sie wird so gespeichert, wie sie geschrieben ist: Vergleichen Sie sie mit der Karte.</translation>
    </message>
    <message>
        <source>This number has an unusual number of digits for its country. It is kept as written: compare it with the card.</source>
        <translation>Diese Nummer hat für ihr Land eine ungewöhnliche Zahl von Ziffern. Sie wird so gespeichert, wie sie geschrieben ist: Vergleichen Sie sie mit der Karte.</translation>
    </message>
    <message>
        <source>This number is not in its country&apos;s numbering plan. It is kept as written: compare it with the card.</source>
        <translation>Diese Nummer steht nicht im Rufnummernplan ihres Landes. Sie wird so gespeichert, wie sie geschrieben ist: Vergleichen Sie sie mit der Karte.</translation>
    </message>
    <message>
        <source>The country code after + is not one in use.</source>
        <translation>Die Ländervorwahl nach dem + ist nicht vergeben.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Geben Sie eine Telefonnummer ein.</translation>
    </message>
    <message>
        <source>{reasons}</source>
        <translation>{reasons}</translation>
    </message>
    <message>
        <source>Same email address {value}</source>
        <translation>Gleiche E-Mail-Adresse {value}</translation>
    </message>
    <message>
        <source>Same phone number {value}</source>
        <translation>Gleiche Telefonnummer {value}</translation>
    </message>
    <message>
        <source>Similar name at {value}</source>
        <translation>Ähnlicher Name bei {value}</translation>
    </message>
    <message>
        <source>Similar name and no company</source>
        <translation>Ähnlicher Name und kein Unternehmen</translation>
    </message>
    <message>
        <source>similar name and no company</source>
        <translation>ähnlicher Name und kein Unternehmen</translation>
    </message>
    <message>
        <source>{source}: the file is truncated or damaged ({begins} BEGIN:{name} but {ends} END:{name})</source>
        <translation>{source}: die Datei ist abgeschnitten oder beschädigt ({begins}× BEGIN:{name}, aber {ends}× END:{name})</translation>
    </message>
    <message>
        <source>{source}: not an iCalendar file (no BEGIN:VCALENDAR)</source>
        <translation>{source}: keine iCalendar-Datei (kein BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <source>{source}: holds {events:,} events; Afterview reads at most {most:,} events a file (export a shorter period of your calendar, or just the interviews)</source>
        <translation>{source}: enthält {events:,} Termine; Afterview liest höchstens {most:,} Termine je Datei (exportieren Sie einen kürzeren Zeitraum Ihres Kalenders oder nur die Gespräche)</translation>
    </message>
    <message>
        <source>{source}: components are nested {deepest} deep; a calendar needs at most {most}</source>
        <translation>{source}: Bestandteile sind {deepest} Ebenen tief verschachtelt; ein Kalender braucht höchstens {most}</translation>
    </message>
    <message>
        <source>{source}: event {event} (line {begin}): the {name} on line {line}</source>
        <translation>{source}: Termin {event} (Zeile {begin}): {name} in Zeile {line}</translation>
    </message>
    <message>
        <source>{where} lists {count:,} values (at most {most:,}); it was left out</source>
        <translation>{where} nennt {count:,} Werte (höchstens {most:,}); es wurde ausgelassen</translation>
    </message>
    <message>
        <source>{where} has {count:,} characters (at most {most:,}); it was left out</source>
        <translation>{where} hat {count:,} Zeichen (höchstens {most:,}); es wurde ausgelassen</translation>
    </message>
    <message>
        <source>{source}: event {event} (line {begin})</source>
        <translation>{source}: Termin {event} (Zeile {begin})</translation>
    </message>
    <message>
        <source>{where} has {count:,} lines; only the first {most:,} were read</source>
        <translation>{where} hat {count:,} Zeilen; nur die ersten {most:,} wurden gelesen</translation>
    </message>
    <message>
        <source>{where} lists {count:,} attendees; only the first {most} were read</source>
        <translation>{where} nennt {count:,} Teilnehmende; nur die ersten {most} wurden gelesen</translation>
    </message>
    <message>
        <source>{source}: not a readable iCalendar file ({error})</source>
        <translation>{source}: keine lesbare iCalendar-Datei ({error})</translation>
    </message>
    <message>
        <source>{source}: not an iCalendar file (no calendar or event in it)</source>
        <translation>{source}: keine iCalendar-Datei (kein Kalender und kein Termin darin)</translation>
    </message>
    <message>
        <source>{source}: the calendar contains no events</source>
        <translation>{source}: der Kalender enthält keine Termine</translation>
    </message>
    <message>
        <source>{source}: no event could be imported: {reasons}</source>
        <translation>{source}: kein Termin ließ sich importieren: {reasons}</translation>
    </message>
    <message>
        <source>{source}: a time zone definition (VTIMEZONE) has two names, {first} and {second}; it may have one (TZID)</source>
        <translation>{source}: eine Zeitzonendefinition (VTIMEZONE) hat zwei Namen, {first} und {second}; erlaubt ist einer (TZID)</translation>
    </message>
    <message>
        <source>{source}: the file is empty</source>
        <translation>{source}: die Datei ist leer</translation>
    </message>
    <message>
        <source>METHOD:{method} messages are not imported (only {methods})</source>
        <translation>Nachrichten mit METHOD:{method} werden nicht importiert (nur {methods})</translation>
    </message>
    <message>
        <source>{label}: {problem}</source>
        <translation>{label}: {problem}</translation>
    </message>
    <message>
        <source> on line {line}</source>
        <translation> in Zeile {line}</translation>
    </message>
    <message>
        <source>{label}: not imported: its repeat rule{rule} is refused because {problem}; Afterview reads interview series, which repeat a few times a week at most</source>
        <translation>{label}: nicht importiert: Die Wiederholungsregel{rule} wird abgelehnt, weil {problem}; Afterview liest Gesprächsserien, die sich höchstens ein paar Mal pro Woche wiederholen</translation>
    </message>
    <message>
        <source>{label}: cannot be read: {error}</source>
        <translation>{label}: nicht lesbar: {error}</translation>
    </message>
    <message>
        <source>{label}: {name} ignored: {message}</source>
        <translation>{label}: {name} ignoriert: {message}</translation>
    </message>
    <message>
        <source>no start time (DTSTART): {reason}</source>
        <translation>keine Startzeit (DTSTART): {reason}</translation>
    </message>
    <message>
        <source>no start time (DTSTART)</source>
        <translation>keine Startzeit (DTSTART)</translation>
    </message>
    <message>
        <source>{count} values where one date is expected</source>
        <translation>{count} Werte, wo ein Datum erwartet wird</translation>
    </message>
    <message>
        <source>unreadable date {date}</source>
        <translation>unlesbares Datum {date}</translation>
    </message>
    <message>
        <source>time zone {zone} is defined in the file but cannot be read: {error}</source>
        <translation>die Zeitzone {zone} ist in der Datei definiert, aber nicht lesbar: {error}</translation>
    </message>
    <message>
        <source>{label}: end time ignored: {problem}</source>
        <translation>{label}: Endzeit ignoriert: {problem}</translation>
    </message>
    <message>
        <source>{label}: end time ignored: it is before the start</source>
        <translation>{label}: Endzeit ignoriert: Sie liegt vor dem Beginn</translation>
    </message>
    <message>
        <source>event {number} ({summary}){line}</source>
        <translation>Termin {number} ({summary}){line}</translation>
    </message>
    <message>
        <source>no summary</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <source>{source}: {event}</source>
        <translation>{source}: {event}</translation>
    </message>
    <message>
        <source>cannot read the repeat rule: {error}</source>
        <translation>die Wiederholungsregel ist nicht lesbar: {error}</translation>
    </message>
    <message>
        <source>cannot read the repeat rule {rule}: {error}</source>
        <translation>die Wiederholungsregel {rule} ist nicht lesbar: {error}</translation>
    </message>
    <message>
        <source>the repeat rule matches no date</source>
        <translation>die Wiederholungsregel trifft auf kein Datum zu</translation>
    </message>
    <message>
        <source>LinkedIn&apos;s own file has the columns {columns}</source>
        <translation>Die Datei von LinkedIn selbst hat die Spalten {columns}</translation>
    </message>
    <message>
        <source>{source}, line {line}: not readable as CSV ({error})</source>
        <translation>{source}, Zeile {line}: als CSV nicht lesbar ({error})</translation>
    </message>
    <message>
        <source>{source}, line {line}: not LinkedIn&apos;s Connections.csv as Afterview reads it: the header row lacks {missing} (it has {found}). {hint}.</source>
        <translation>{source}, Zeile {line}: nicht die Connections.csv von LinkedIn, wie Afterview sie liest: In der Kopfzeile fehlt {missing} (sie enthält {found}). {hint}.</translation>
    </message>
    <message>
        <source>{source}: no header row was found (only notes or blank lines). {hint}.</source>
        <translation>{source}: keine Kopfzeile gefunden (nur Hinweise oder leere Zeilen). {hint}.</translation>
    </message>
    <message>
        <source>{source}, line {line}: more than {most:,} connections; the rest of the file was left out</source>
        <translation>{source}, Zeile {line}: mehr als {most:,} Kontakte; der Rest der Datei wurde ausgelassen</translation>
    </message>
    <message>
        <source>{source}, line {line}</source>
        <translation>{source}, Zeile {line}</translation>
    </message>
    <message>
        <source>{place}: a connection without a name was left out</source>
        <translation>{place}: ein Kontakt ohne Namen wurde ausgelassen</translation>
    </message>
    <message>
        <source>{source}: no connections in it, only the header row</source>
        <translation>{source}: keine Kontakte darin, nur die Kopfzeile</translation>
    </message>
    <message>
        <source>{place}: Connected On {value} is not a date; the connection was imported without it</source>
        <translation>{place}: „Connected On“ {value} ist kein Datum; der Kontakt wurde ohne es importiert</translation>
    </message>
    <message>
        <source>An email address must have an @-sign.</source>
        <translation>Eine E-Mail-Adresse braucht ein @-Zeichen.</translation>
    </message>
    <message>
        <source>There must be something before the @-sign.</source>
        <translation>Vor dem @-Zeichen muss etwas stehen.</translation>
    </message>
    <message>
        <source>There must be something after the @-sign.</source>
        <translation>Nach dem @-Zeichen muss etwas stehen.</translation>
    </message>
    <message>
        <source>The part after the @-sign is not valid. It should have a period.</source>
        <translation>Der Teil nach dem @-Zeichen ist ungültig. Er sollte einen Punkt enthalten.</translation>
    </message>
    <message>
        <source>The part after the @-sign is not valid. It is not within a valid top-level domain.</source>
        <translation>Der Teil nach dem @-Zeichen ist ungültig. Er liegt in keiner gültigen Top-Level-Domain.</translation>
    </message>
    <message>
        <source>The part after the @-sign is a special-use or reserved name that cannot be used with email.</source>
        <translation>Der Teil nach dem @-Zeichen ist ein reservierter Name, der für E-Mail nicht verwendet werden kann.</translation>
    </message>
    <message>
        <source>An email address cannot have two periods in a row.</source>
        <translation>Eine E-Mail-Adresse darf keine zwei Punkte hintereinander haben.</translation>
    </message>
    <message>
        <source>An email address cannot have a period and a hyphen next to each other.</source>
        <translation>Eine E-Mail-Adresse darf keinen Punkt direkt neben einem Bindestrich haben.</translation>
    </message>
    <message>
        <source>The email address contains an invalid character.</source>
        <translation>Die E-Mail-Adresse enthält ein ungültiges Zeichen.</translation>
    </message>
    <message>
        <source>The email address contains invalid characters before the @-sign.</source>
        <translation>Die E-Mail-Adresse enthält vor dem @-Zeichen ungültige Zeichen.</translation>
    </message>
    <message>
        <source>There can&apos;t be anything after the email address.</source>
        <translation>Nach der E-Mail-Adresse darf nichts mehr stehen.</translation>
    </message>
    <message>
        <source>The email address is not valid ASCII.</source>
        <translation>Die E-Mail-Adresse ist kein gültiges ASCII.</translation>
    </message>
    <message>
        <source>Internationalized characters before the @-sign are not supported.</source>
        <translation>Internationale Zeichen vor dem @-Zeichen werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>The sender has no email address</source>
        <translation>Der Absender hat keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>The recipient has no email address</source>
        <translation>Der Empfänger hat keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>{name}&apos;s card has no email address</source>
        <translation>Die Karte von {name} hat keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>The sender&apos;s email address “{address}” is not valid: {reason}</source>
        <translation>Die E-Mail-Adresse des Absenders „{address}“ ist ungültig: {reason}</translation>
    </message>
    <message>
        <source>The recipient&apos;s email address “{address}” is not valid: {reason}</source>
        <translation>Die E-Mail-Adresse des Empfängers „{address}“ ist ungültig: {reason}</translation>
    </message>
    <message>
        <source>The email address “{address}” on {name}&apos;s card is not valid: {reason}</source>
        <translation>Die E-Mail-Adresse „{address}“ auf der Karte von {name} ist ungültig: {reason}</translation>
    </message>
    <message>
        <source>The note has no subject</source>
        <translation>Die Nachricht hat keinen Betreff</translation>
    </message>
    <message>
        <source>an unknown sender</source>
        <translation>ein unbekannter Absender</translation>
    </message>
    <message>
        <source>{source}: its parts are nested too deeply to be read</source>
        <translation>{source}: ihre Teile sind zu tief verschachtelt, um gelesen zu werden</translation>
    </message>
    <message>
        <source>{source}: {size} MB is too large for one email (at most {most} MB)</source>
        <translation>{source}: {size} MB sind zu groß für eine E-Mail (höchstens {most} MB)</translation>
    </message>
    <message>
        <source>{source}: not an email (it has no From, Date or Subject header)</source>
        <translation>{source}: keine E-Mail (keine Kopfzeile From, Date oder Subject)</translation>
    </message>
    <message>
        <source>{source}: a part declared as {charset} was not in that character set; read as UTF-8 where possible</source>
        <translation>{source}: ein als {charset} angegebener Teil war nicht in diesem Zeichensatz; wo möglich als UTF-8 gelesen</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>the operation is not permitted</source>
        <translation>der Vorgang ist nicht erlaubt</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <source>a part of its path is not a folder</source>
        <translation>ein Teil ihres Pfads ist kein Ordner</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>bereits vorhanden</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>it is in use</source>
        <translation>wird gerade verwendet</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>der Datenträger ließ sich nicht lesen oder beschreiben</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>der Name ist zu lang</translation>
    </message>
    <message>
        <source>the folder is not empty</source>
        <translation>der Ordner ist nicht leer</translation>
    </message>
    <message>
        <source>left out “{words}”</source>
        <translation>„{words}“ weggelassen</translation>
    </message>
    <message>
        <source>added “I”</source>
        <translation>„I“ ergänzt</translation>
    </message>
    <message>
        <source>added “I am”</source>
        <translation>„I am“ ergänzt</translation>
    </message>
    <message>
        <source>speaks to them as “you”</source>
        <translation>spricht die Person mit „you“ an</translation>
    </message>
    <message>
        <source>Could not read a date in {text}: {reasons}</source>
        <translation>In {text} ließ sich kein Datum lesen: {reasons}</translation>
    </message>
    <message>
        <source>&apos;{vague}&apos; is too vague for a date in {text}</source>
        <translation>„{vague}“ ist zu vage für ein Datum in {text}</translation>
    </message>
    <message>
        <source>Could not find a date in {text}</source>
        <translation>In {text} wurde kein Datum gefunden</translation>
    </message>
    <message>
        <source>{phrase} → {day} is before the day it was said ({said})</source>
        <translation>{phrase} → {day} liegt vor dem Tag, an dem es gesagt wurde ({said})</translation>
    </message>
    <message>
        <source>{phrase} → {day}</source>
        <translation>{phrase} → {day}</translation>
    </message>
    <message>
        <source>{day}, the latest of: {readings}</source>
        <translation>{day}, das späteste von: {readings}</translation>
    </message>
    <message>
        <source>{written} is not a date ({error})</source>
        <translation>{written} ist kein Datum ({error})</translation>
    </message>
    <message>
        <source>{written} is not a date</source>
        <translation>{written} ist kein Datum</translation>
    </message>
    <message>
        <source>&apos;{written}&apos; could be {one} or {other}; write the month as a word</source>
        <translation>„{written}“ könnte der {one} oder der {other} sein; schreiben Sie den Monat als Wort</translation>
    </message>
    <message>
        <source>&apos;{written}&apos; is not a date</source>
        <translation>„{written}“ ist kein Datum</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{day}. {month}</translation>
    </message>
    <message>
        <source>the image</source>
        <translation>das Bild</translation>
    </message>
    <message>
        <source>{source}: {problem}.</source>
        <translation>{source}: {problem}.</translation>
    </message>
    <message>
        <source>{source}: cannot be read as a picture ({error}).</source>
        <translation>{source}: als Bild nicht lesbar ({error}).</translation>
    </message>
    <message>
        <source>QR code: the vCard in it cannot be read ({error}).</source>
        <translation>QR-Code: die vCard darin ist nicht lesbar ({error}).</translation>
    </message>
    <message>
        <source>working it out steps through more than {most:,} periods</source>
        <translation>ihre Berechnung durchläuft mehr als {most:,} Zeiträume</translation>
    </message>
    <message>
        <source>working it out computes more than {most:,} dates</source>
        <translation>ihre Berechnung ergibt mehr als {most:,} Termine</translation>
    </message>
    <message>
        <source>one of its parts lists more than {most} values</source>
        <translation>einer ihrer Teile nennt mehr als {most} Werte</translation>
    </message>
    <message>
        <source>each of its periods holds up to {size:,} dates, more than {most:,}</source>
        <translation>jeder ihrer Zeiträume enthält bis zu {size:,} Termine, mehr als {most:,}</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>{subject} is after this note&apos;s deadline, {due}. A late thank-you still counts: send it as soon as you can, and do not apologise at length.</source>
        <translation>{subject} liegt nach der Frist dieser Nachricht, {due}. Ein später Dank zählt trotzdem: Senden Sie ihn so bald wie möglich und entschuldigen Sie sich nicht lange.</translation>
    </message>
    <message>
        <source> {moment} would be better.</source>
        <translation> {moment} wäre besser.</translation>
    </message>
    <message>
        <source>The interview has only just ended</source>
        <translation>Das Gespräch ist eben erst zu Ende gegangen</translation>
    </message>
    <message>
        <source>The interview ended {minutes} min ago</source>
        <translation>Das Gespräch endete vor {minutes} Min.</translation>
    </message>
    <message>
        <source>{subject} is only {minutes} min after the interview ends</source>
        <translation>{subject} ist nur {minutes} Min. nach dem Ende des Gesprächs</translation>
    </message>
    <message>
        <source>{since}: a note sent from the car park reads as written in a hurry.{later}</source>
        <translation>{since}: Eine Nachricht direkt vom Parkplatz wirkt in Eile geschrieben.{later}</translation>
    </message>
    <message>
        <source>{clock} is inside your quiet hours ({quiet}): a note that arrives at night looks written at night.{later}</source>
        <translation>{clock} liegt in Ihrer Ruhezeit ({quiet}): Eine Nachricht, die nachts ankommt, wirkt nachts geschrieben.{later}</translation>
    </message>
    <message>
        <source>This evening {time}</source>
        <translation>Heute Abend {time}</translation>
    </message>
    <message>
        <source>This morning {time}</source>
        <translation>Heute Morgen {time}</translation>
    </message>
    <message>
        <source>Tomorrow {time}</source>
        <translation>Morgen {time}</translation>
    </message>
    <message>
        <source>{day} {time} (next working morning)</source>
        <translation>{day} {time} (nächster Arbeitsmorgen)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>{where}: holds {count} cards, where a server keeps one per object</source>
        <translation>{where}: enthält {count} Karten, wo ein Server eine je Objekt führt</translation>
    </message>
    <message>
        <source>{where}: not an iCalendar object ({error})</source>
        <translation>{where}: kein iCalendar-Objekt ({error})</translation>
    </message>
    <message>
        <source>{where}: holds {count} events; Afterview writes one per object</source>
        <translation>{where}: enthält {count} Termine; Afterview schreibt einen je Objekt</translation>
    </message>
    <message>
        <source>{where}: the event has no UID</source>
        <translation>{where}: der Termin hat keine UID</translation>
    </message>
    <message>
        <source>{where}: the event has no start (DTSTART)</source>
        <translation>{where}: der Termin hat keinen Beginn (DTSTART)</translation>
    </message>
    <message>
        <source>{where}: the event&apos;s {name} is a floating time, in no time zone</source>
        <translation>{where}: {name} des Termins ist eine Uhrzeit ohne Zeitzone</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is empty; the note shows [{name}] until you fill it in</source>
        <translation>„{name}“ ist leer; die Nachricht zeigt [{name}], bis Sie es ausfüllen</translation>
    </message>
    <message>
        <source>the template uses {{{name}}}, which is not a field Afterview knows ({known})</source>
        <translation>die Vorlage verwendet {{{name}}}, ein Feld, das Afterview nicht kennt ({known})</translation>
    </message>
    <message>
        <source>{where}, line {line}: {problem}</source>
        <translation>{where}, Zeile {line}: {problem}</translation>
    </message>
    <message>
        <source>{where}, line {line}: &apos;{placeholder}&apos; is not a plain placeholder; write a field name in braces such as {{first_name}}, or &apos;{{{{&apos; for a literal brace</source>
        <translation>{where}, Zeile {line}: „{placeholder}“ ist kein einfacher Platzhalter; schreiben Sie einen Feldnamen in geschweiften Klammern wie {{first_name}} oder „{{{{“ für eine wörtliche Klammer</translation>
    </message>
    <message>
        <source>a &apos;}&apos; has no matching &apos;{&apos; (write &apos;}}&apos; for a literal brace)</source>
        <translation>zu einer „}“ fehlt die passende „{“ (schreiben Sie „}}“ für eine wörtliche Klammer)</translation>
    </message>
    <message>
        <source>a &apos;{&apos; is never closed on this line (write &apos;{{&apos; for a literal brace)</source>
        <translation>eine „{“ wird in dieser Zeile nicht geschlossen (schreiben Sie „{{“ für eine wörtliche Klammer)</translation>
    </message>
    <message>
        <source>{file}: {size:,} bytes is far too long for a note template (at most {most:,})</source>
        <translation>{file}: {size:,} Byte sind viel zu lang für eine Vorlage (höchstens {most:,})</translation>
    </message>
    <message>
        <source>{file}: the file is not UTF-8 text</source>
        <translation>{file}: die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason})</source>
        <translation>{file}: nicht lesbar ({reason})</translation>
    </message>
    <message>
        <source>{file}, line {line}: expected a header such as &apos;Subject: ...&apos; followed by a blank line before the note itself</source>
        <translation>{file}, Zeile {line}: erwartet wird eine Kopfzeile wie „Subject: ...“ und danach eine Leerzeile vor der Nachricht selbst</translation>
    </message>
    <message>
        <source>{file}, line 1: the template has no &apos;Subject: ...&apos; line</source>
        <translation>{file}, Zeile 1: die Vorlage hat keine Zeile „Subject: ...“</translation>
    </message>
    <message>
        <source>{file}: the template has no body after the blank line below its header</source>
        <translation>{file}: die Vorlage hat nach der Leerzeile unter ihrem Kopf keinen Text</translation>
    </message>
    <message>
        <source>{source}: 1 control character, such as NUL, on line {line}, was removed; the rest of the file was read</source>
        <translation>{source}: 1 Steuerzeichen wie NUL in Zeile {line} wurde entfernt; der Rest der Datei wurde gelesen</translation>
    </message>
    <message>
        <source>{source}: {removed:,} control characters such as NUL, the first on line {line}, were removed; the rest of the file was read</source>
        <translation>{source}: {removed:,} Steuerzeichen wie NUL, das erste in Zeile {line}, wurden entfernt; der Rest der Datei wurde gelesen</translation>
    </message>
    <message>
        <source>{source}: line {line}: the time zone TZ:{value} cannot be read; expected an offset from UTC such as TZ:-05 or TZ:+01:00</source>
        <translation>{source}: Zeile {line}: die Zeitzone TZ:{value} ist nicht lesbar; erwartet wird ein Abstand zu UTC wie TZ:-05 oder TZ:+01:00</translation>
    </message>
    <message>
        <source>{source}: line {line}: DAYLIGHT is given without TZ, the standard offset it changes from; add TZ (such as TZ:-05) or remove DAYLIGHT</source>
        <translation>{source}: Zeile {line}: DAYLIGHT steht ohne TZ, den Standardabstand, von dem es abweicht; ergänzen Sie TZ (etwa TZ:-05) oder entfernen Sie DAYLIGHT</translation>
    </message>
    <message>
        <source>its start is not before its end</source>
        <translation>ihr Beginn liegt nicht vor ihrem Ende</translation>
    </message>
    <message>
        <source>it needs TRUE, the summer offset, and its start and end times</source>
        <translation>sie braucht TRUE, den Sommerzeitabstand sowie Beginn und Ende</translation>
    </message>
    <message>
        <source>{source}: line {line}: the daylight-saving rule DAYLIGHT:{value} cannot be read: {reason}, as in {example}</source>
        <translation>{source}: Zeile {line}: die Sommerzeitregel DAYLIGHT:{value} ist nicht lesbar: {reason}, wie in {example}</translation>
    </message>
    <message>
        <source>{source}: holds {count:,} cards, more than the {most:,} Afterview imports from one file; split it into smaller files and import each</source>
        <translation>{source}: enthält {count:,} Karten, mehr als die {most:,}, die Afterview aus einer Datei importiert; teilen Sie sie in kleinere Dateien und importieren Sie jede</translation>
    </message>
    <message>
        <source>{source}, card {card} (line {line})</source>
        <translation>{source}, Karte {card} (Zeile {line})</translation>
    </message>
    <message>
        <source>{where}: not imported: {issues}</source>
        <translation>{where}: nicht importiert: {issues}</translation>
    </message>
    <message>
        <source>{where}, {name}: imported, but {issues}</source>
        <translation>{where}, {name}: importiert, aber {issues}</translation>
    </message>
    <message>
        <source>{source}: no card in the file could be read. {problems}</source>
        <translation>{source}: keine Karte der Datei war lesbar. {problems}</translation>
    </message>
    <message>
        <source>it has no END:VCARD line, so some of its fields may be missing</source>
        <translation>sie hat keine Zeile END:VCARD, daher fehlen vielleicht einige Felder</translation>
    </message>
    <message>
        <source>it holds another card (line {line}), imported as a card of its own</source>
        <translation>sie enthält eine weitere Karte (Zeile {line}), die als eigene Karte importiert wurde</translation>
    </message>
    <message>
        <source>it has no name, email address or phone number</source>
        <translation>sie hat weder Namen noch E-Mail-Adresse noch Telefonnummer</translation>
    </message>
    <message>
        <source>it is not a picture (no JPEG, PNG, GIF, BMP, TIFF, WebP or HEIC)</source>
        <translation>es ist kein Bild (weder JPEG, PNG, GIF, BMP, TIFF, WebP noch HEIC)</translation>
    </message>
    <message>
        <source>the photo was left out: {problem}</source>
        <translation>das Foto wurde ausgelassen: {problem}</translation>
    </message>
    <message>
        <source>line {line} (not a vCard property: {text})</source>
        <translation>Zeile {line} (keine vCard-Eigenschaft: {text})</translation>
    </message>
    <message>
        <source>line {line} ({reason})</source>
        <translation>Zeile {line} ({reason})</translation>
    </message>
    <message>
        <source>line {line} names a character set Afterview does not know ({charset}), so its text may read wrongly</source>
        <translation>Zeile {line} nennt einen Zeichensatz, den Afterview nicht kennt ({charset}); ihr Text wird daher vielleicht falsch gelesen</translation>
    </message>
    <message>
        <source>it has {total:,} lines and only the first {most:,} were read</source>
        <translation>sie hat {total:,} Zeilen, und nur die ersten {most:,} wurden gelesen</translation>
    </message>
    <message>
        <source>it has {count:,} {key} lines and only the first {most} were kept</source>
        <translation>sie hat {count:,} Zeilen {key}, und nur die ersten {most} wurden übernommen</translation>
    </message>
    <message>
        <source>skipped unreadable {lines} and {more} more</source>
        <translation>unlesbar und übersprungen: {lines} und {more} weitere</translation>
    </message>
    <message>
        <source>skipped unreadable {lines}</source>
        <translation>unlesbar und übersprungen: {lines}</translation>
    </message>
    <message>
        <source>its quoted-printable text does not read as {charset} text</source>
        <translation>ihr Quoted-Printable-Text ist kein lesbarer {charset}-Text</translation>
    </message>
    <message>
        <source>its data: URI has no comma before the data</source>
        <translation>ihre data:-URI hat kein Komma vor den Daten</translation>
    </message>
    <message>
        <source>it is a picture of {megapixels:,.0f} megapixels{size}, more than the {most} megapixels Afterview reads; scale it down and add it again</source>
        <translation>es ist ein Bild mit {megapixels:,.0f} Megapixeln{size}, mehr als die {most} Megapixel, die Afterview liest; verkleinern Sie es und fügen Sie es erneut hinzu</translation>
    </message>
    <message>
        <source>it is not valid base64 ({error})</source>
        <translation>es ist kein gültiges Base64 ({error})</translation>
    </message>
    <message>
        <source>it is {size:.1f} MB, more than the {most} MB allowed</source>
        <translation>es hat {size:.1f} MB, mehr als die erlaubten {most} MB</translation>
    </message>
    <message>
        <source>{source}: cannot be read as {encoding} text ({reason} at byte {byte}); the file is damaged or not a vCard</source>
        <translation>{source}: als {encoding}-Text nicht lesbar ({reason} bei Byte {byte}); die Datei ist beschädigt oder keine vCard</translation>
    </message>
    <message>
        <source>{source}: is a binary file, not a vCard (it contains zero bytes)</source>
        <translation>{source}: ist eine Binärdatei, keine vCard (sie enthält Null-Bytes)</translation>
    </message>
    <message>
        <source>{source}: the file ends inside card {card} (begun on line {line}) with no END:VCARD; it looks truncated</source>
        <translation>{source}: die Datei endet mitten in Karte {card} (begonnen in Zeile {line}) ohne END:VCARD; sie scheint abgeschnitten</translation>
    </message>
    <message>
        <source>{source}: is not a vCard file (no BEGIN:VCARD line)</source>
        <translation>{source}: ist keine vCard-Datei (keine Zeile BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>{url}: not a server address Afterview can use ({error})</source>
        <translation>{url}: keine Serveradresse, die Afterview verwenden kann ({error})</translation>
    </message>
    <message>
        <source>{host}: the server&apos;s certificate does not verify ({reason}). Afterview does not connect to it without a valid certificate; if it is your own server, give it a certificate from a recognised authority or add its authority to this computer&apos;s trusted certificates.</source>
        <translation>{host}: das Zertifikat des Servers lässt sich nicht prüfen ({reason}). Ohne gültiges Zertifikat verbindet sich Afterview nicht; ist es Ihr eigener Server, geben Sie ihm ein Zertifikat einer anerkannten Stelle oder nehmen Sie seine Stelle in die vertrauenswürdigen Zertifikate dieses Computers auf.</translation>
    </message>
    <message>
        <source>{host} cannot be reached ({reason})</source>
        <translation>{host} ist nicht erreichbar ({reason})</translation>
    </message>
    <message>
        <source>{host} refused the user name or password</source>
        <translation>{host} hat Benutzername oder Passwort abgelehnt</translation>
    </message>
    <message>
        <source>{host}: the server&apos;s answer to {method} could not be read ({error})</source>
        <translation>{host}: die Antwort des Servers auf {method} war nicht lesbar ({error})</translation>
    </message>
    <message>
        <source>{url} changed on the server</source>
        <translation>{url} wurde auf dem Server geändert</translation>
    </message>
    <message>
        <source>{host} answered {status} {reason}</source>
        <translation>{host} antwortete {status} {reason}</translation>
    </message>
    <message>
        <source>{host} answered {status}</source>
        <translation>{host} antwortete {status}</translation>
    </message>
    <message>
        <source>{host} answered {status} {reason} to {method} {path}</source>
        <translation>{host} antwortete {status} {reason} auf {method} {path}</translation>
    </message>
    <message>
        <source>{host} answered {status} to {method} {path}</source>
        <translation>{host} antwortete {status} auf {method} {path}</translation>
    </message>
    <message>
        <source>{host} is not a CalDAV or CardDAV server (its answer to PROPFIND is not WebDAV)</source>
        <translation>{host} ist kein CalDAV- oder CardDAV-Server (seine Antwort auf PROPFIND ist kein WebDAV)</translation>
    </message>
    <message>
        <source>{host} offers no calendar or address book for this user</source>
        <translation>{host} bietet diesem Benutzer weder Kalender noch Adressbuch an</translation>
    </message>
    <message>
        <source>{host} does not say who is logged in (no current-user-principal)</source>
        <translation>{host} sagt nicht, wer angemeldet ist (kein current-user-principal)</translation>
    </message>
    <message>
        <source>{url} is no longer a calendar or an address book on the server</source>
        <translation>{url} ist auf dem Server kein Kalender und kein Adressbuch mehr</translation>
    </message>
    <message>
        <source>{host}: the answer to sync-collection is not WebDAV</source>
        <translation>{host}: die Antwort auf sync-collection ist kein WebDAV</translation>
    </message>
    <message>
        <source>{host}: the answer to a multiget is not WebDAV</source>
        <translation>{host}: die Antwort auf ein multiget ist kein WebDAV</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>not returned by the server</source>
        <translation>vom Server nicht zurückgegeben</translation>
    </message>
    <message>
        <source>No system keyring is available to keep the mail password ({detail}). Afterview will ask for the password each time you send.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, um das E-Mail-Passwort aufzubewahren ({detail}). Afterview fragt bei jedem Senden nach dem Passwort.</translation>
    </message>
    <message>
        <source>the keyring is switched off</source>
        <translation>der Schlüsselbund ist ausgeschaltet</translation>
    </message>
    <message>
        <source>no keyring service was found</source>
        <translation>es wurde kein Schlüsselbunddienst gefunden</translation>
    </message>
    <message>
        <source>The system keyring is locked; unlock it and try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt; entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keyring refused the request: {error}</source>
        <translation>Der Schlüsselbund des Systems hat die Anfrage abgelehnt: {error}</translation>
    </message>
    <message>
        <source>Unknown connection security “{security}”; choose starttls, ssl or none.</source>
        <translation>Unbekannte Verbindungssicherheit „{security}“; wählen Sie starttls, ssl oder none.</translation>
    </message>
    <message>
        <source>No SMTP server is set; enter your provider&apos;s outgoing server in Settings.</source>
        <translation>Es ist kein SMTP-Server eingetragen; tragen Sie den Postausgangsserver Ihres Anbieters in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>The server refused the password for user {user}. ({reply})</source>
        <translation>Der Server hat das Passwort für den Benutzer {user} abgelehnt. ({reply})</translation>
    </message>
    <message>
        <source>{server} does not offer STARTTLS; choose SSL (usually port 465) or ask your provider which security to use.</source>
        <translation>{server} bietet kein STARTTLS an; wählen Sie SSL (meist Port 465) oder fragen Sie Ihren Anbieter, welche Sicherheit zu verwenden ist.</translation>
    </message>
    <message>
        <source>{server} does not accept a login on this connection; check the connection security in Settings.</source>
        <translation>{server} nimmt auf dieser Verbindung keine Anmeldung an; prüfen Sie die Verbindungssicherheit in den Einstellungen.</translation>
    </message>
    <message>
        <source>The server did not accept the message: {reply}</source>
        <translation>Der Server hat die Nachricht nicht angenommen: {reply}</translation>
    </message>
    <message>
        <source>The certificate of {server} could not be verified ({reason}).</source>
        <translation>Das Zertifikat von {server} ließ sich nicht prüfen ({reason}).</translation>
    </message>
    <message>
        <source>Could not set up a secure connection with {server}; check the port and the connection security (SSL is usually port 465, STARTTLS 587). ({reason})</source>
        <translation>Keine sichere Verbindung zu {server} möglich; prüfen Sie Port und Verbindungssicherheit (SSL meist Port 465, STARTTLS 587). ({reason})</translation>
    </message>
    <message>
        <source>{server} closed the connection unexpectedly.</source>
        <translation>{server} hat die Verbindung unerwartet geschlossen.</translation>
    </message>
    <message>
        <source>The server answered with an error: {reply}</source>
        <translation>Der Server antwortete mit einem Fehler: {reply}</translation>
    </message>
    <message>
        <source>The server name {host} could not be found; check it in Settings and that you are online.</source>
        <translation>Der Servername {host} wurde nicht gefunden; prüfen Sie ihn in den Einstellungen und ob Sie online sind.</translation>
    </message>
    <message>
        <source>Nothing accepts mail at {server} (connection refused); check the server name and port.</source>
        <translation>Unter {server} nimmt nichts E-Mails an (Verbindung abgelehnt); prüfen Sie Servername und Port.</translation>
    </message>
    <message>
        <source>Could not talk to {server}: {error}.</source>
        <translation>Keine Verständigung mit {server}: {error}.</translation>
    </message>
    <message>
        <source>{server} did not answer within {seconds:g} seconds.</source>
        <translation>{server} hat nicht innerhalb von {seconds:g} Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The server refused the recipient {recipients}.</source>
        <translation>Der Server hat den Empfänger {recipients} abgelehnt.</translation>
    </message>
    <message>
        <source>no calendar events (nothing is on the Calendar page yet)</source>
        <translation>keine Kalendertermine (auf der Seite Kalender steht noch nichts)</translation>
    </message>
    <message>
        <source>{events} ({parts})</source>
        <translation>{events} ({parts})</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar event(s)</source>
        <translation>
            <numerusform>%n Kalendertermin</numerusform>
            <numerusform>%n Kalendertermine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n Gespräch</numerusform>
            <numerusform>%n Gespräche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note deadline(s)</source>
        <translation>
            <numerusform>%n Frist für Nachrichten</numerusform>
            <numerusform>%n Fristen für Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Anruf</numerusform>
            <numerusform>%n Anrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n move-on date(s)</source>
        <translation>
            <numerusform>%n Termin zum Abhaken</numerusform>
            <numerusform>%n Termine zum Abhaken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) of your own</source>
        <translation>
            <numerusform>%n eigener Termin</numerusform>
            <numerusform>%n eigene Termine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) after your own date(s)</source>
        <translation>
            <numerusform>%n Entscheidung nach Ihrem eigenen Termin</numerusform>
            <numerusform>%n Entscheidungen nach Ihren eigenen Terminen</numerusform>
        </translation>
    </message>
    <message>
        <source>By email</source>
        <translation>Per E-Mail</translation>
    </message>
    <message>
        <source>Handwritten card</source>
        <translation>Handgeschriebene Karte</translation>
    </message>
    <message>
        <source>Another way</source>
        <translation>Auf anderem Weg</translation>
    </message>
    <message>
        <source>There is no opportunity with id {id}.</source>
        <translation>Es gibt keine Bewerbung mit der ID {id}.</translation>
    </message>
    <message>
        <source>The call time has no time zone.</source>
        <translation>Die Zeit des Anrufs hat keine Zeitzone.</translation>
    </message>
    <message>
        <source>The call time {when} is in the future; log a call once it has been made.</source>
        <translation>Die Zeit des Anrufs, {when}, liegt in der Zukunft; erfassen Sie einen Anruf, wenn er geführt wurde.</translation>
    </message>
    <message>
        <source>The next date {day} is before the call itself.</source>
        <translation>Der nächste Termin, {day}, liegt vor dem Anruf selbst.</translation>
    </message>
    <message>
        <source>{company} is already closed as {status}.</source>
        <translation>{company} ist bereits abgeschlossen (Status: {status}).</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>{kind} interview (cancelled)</source>
        <translation>Gespräch ({kind}, abgesagt)</translation>
    </message>
    <message>
        <source>{kind} interview</source>
        <translation>Gespräch ({kind})</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>mit {names}</translation>
    </message>
    <message>
        <source>Thank-you note sent to {name}</source>
        <translation>Dankesnachricht an {name} gesendet</translation>
    </message>
    <message>
        <source>Feedback: {feedback}</source>
        <translation>Rückmeldung: {feedback}</translation>
    </message>
    <message>
        <source>Next: {day}</source>
        <translation>Nächster Termin: {day}</translation>
    </message>
    <message>
        <source>Call to {name}: {outcome}</source>
        <translation>Anruf bei {name}: {outcome}</translation>
    </message>
    <message>
        <source>Call to them: {outcome}</source>
        <translation>Anruf: {outcome}</translation>
    </message>
    <message>
        <source>{file}: reading text from photos is not available in this installation ({missing} is missing).</source>
        <translation>{file}: Text aus Fotos zu lesen ist in dieser Installation nicht möglich ({missing} fehlt).</translation>
    </message>
    <message>
        <source>No QR code could be read on {file} ({error}).</source>
        <translation>Auf {file} ließ sich kein QR-Code lesen ({error}).</translation>
    </message>
    <message>
        <source>{file}: the photo cannot be read any more ({reason}).</source>
        <translation>{file}: das Foto ist nicht mehr lesbar ({reason}).</translation>
    </message>
    <message>
        <source>{file}: the photo is larger than the {most} MB a card&apos;s photo can be.</source>
        <translation>{file}: das Foto ist größer als die {most} MB, die das Foto einer Karte haben darf.</translation>
    </message>
    <message>
        <source>There is no interview with id {id}.</source>
        <translation>Es gibt kein Gespräch mit der ID {id}.</translation>
    </message>
    <message>
        <source>&apos;{tick}&apos; is not a checklist box; expected one of {ticks}.</source>
        <translation>„{tick}“ ist kein Kästchen der Checkliste; erwartet wird eines von {ticks}.</translation>
    </message>
    <message>
        <source>There is no thank-you note with id {id}.</source>
        <translation>Es gibt keine Dankesnachricht mit der ID {id}.</translation>
    </message>
    <message>
        <source>{company} · {kind}, {day}</source>
        <translation>{company} · {kind}, {day}</translation>
    </message>
    <message>
        <source>contact {id} does not exist</source>
        <translation>den Kontakt {id} gibt es nicht</translation>
    </message>
    <message>
        <source>a contact needs a name</source>
        <translation>ein Kontakt braucht einen Namen</translation>
    </message>
    <message>
        <source>{folder}: cannot be created ({reason})</source>
        <translation>{folder}: lässt sich nicht anlegen ({reason})</translation>
    </message>
    <message>
        <source>{folder}: already holds {files} and {more} more; nothing was written. Choose another folder, or replace them</source>
        <translation>{folder}: enthält bereits {files} und {more} weitere; es wurde nichts geschrieben. Wählen Sie einen anderen Ordner oder ersetzen Sie sie</translation>
    </message>
    <message>
        <source>{folder}: already holds {files}; nothing was written. Choose another folder, or replace them</source>
        <translation>{folder}: enthält bereits {files}; es wurde nichts geschrieben. Wählen Sie einen anderen Ordner oder ersetzen Sie sie</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>{when} “{title}”</source>
        <translation>{when} „{title}“</translation>
    </message>
    <message>
        <source>does not look like an interview</source>
        <translation>sieht nicht nach einem Gespräch aus</translation>
    </message>
    <message>
        <source>an interview, but long past</source>
        <translation>ein Gespräch, aber lange vorbei</translation>
    </message>
    <message>
        <source>left unticked</source>
        <translation>nicht angekreuzt</translation>
    </message>
    <message>
        <source>not imported ({why}): {event}</source>
        <translation>nicht importiert ({why}): {event}</translation>
    </message>
    <message>
        <source>{source}: &apos;{title}&apos; cancels an interview that is not in Afterview; nothing to do</source>
        <translation>{source}: „{title}“ sagt ein Gespräch ab, das nicht in Afterview steht; nichts zu tun</translation>
    </message>
    <message>
        <source>Undid the import of {file}: {removed} removed, {restored} put back as they were.</source>
        <translation>Import von {file} rückgängig gemacht: {removed} entfernt, {restored} wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} kept because you changed them since: {kept}.</source>
        <translation>{count} behalten, weil Sie sie inzwischen geändert haben: {kept}.</translation>
    </message>
    <message>
        <source>the contact {name}</source>
        <translation>der Kontakt {name}</translation>
    </message>
    <message>
        <source>the opportunity {company} — {role}</source>
        <translation>die Bewerbung {company} – {role}</translation>
    </message>
    <message>
        <source>an interview on {day}</source>
        <translation>ein Gespräch am {day}</translation>
    </message>
    <message>
        <source>a person met at an interview</source>
        <translation>eine Person aus einem Gespräch</translation>
    </message>
    <message>
        <source>a status change</source>
        <translation>eine Statusänderung</translation>
    </message>
    <message>
        <source>There is no import {id} to undo; the imports that can be undone are: {known}.</source>
        <translation>Es gibt keinen Import {id} zum Rückgängigmachen; rückgängig machen lassen sich diese Importe: {known}.</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Es gibt keinen Import zum Rückgängigmachen.</translation>
    </message>
    <message>
        <source>{what} (edited since)</source>
        <translation>{what} (inzwischen bearbeitet)</translation>
    </message>
    <message>
        <source>{what} (linked to your other records)</source>
        <translation>{what} (mit Ihren anderen Daten verknüpft)</translation>
    </message>
    <message>
        <source>your later changes to {what}</source>
        <translation>Ihre späteren Änderungen an {what}</translation>
    </message>
    <message>
        <source>{file}: nothing for Afterview in the message from {sender} (“{subject}”): no invitation, no signature with more than a name, no sentence promising a decision by a date</source>
        <translation>{file}: nichts für Afterview in der Nachricht von {sender} („{subject}“): keine Einladung, keine Signatur mit mehr als einem Namen, kein Satz, der eine Entscheidung bis zu einem Datum verspricht</translation>
    </message>
    <message>
        <source>{file}: cannot be read as a mailbox ({error})</source>
        <translation>{file}: als Postfach nicht lesbar ({error})</translation>
    </message>
    <message>
        <source>{read}, {matter:,} about an interview</source>
        <translation>{read}, {matter:,} zu einem Gespräch</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) read</source>
        <translation>
            <numerusform>%n Nachricht gelesen</numerusform>
            <numerusform>%n Nachrichten gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {scanned}: no invitation, and no sentence promising a decision by a date</source>
        <translation>{file}: {scanned}: keine Einladung und kein Satz, der eine Entscheidung bis zu einem Datum verspricht</translation>
    </message>
    <message>
        <source>{file}: not a mailbox (.mbox): no message in it</source>
        <translation>{file}: kein Postfach (.mbox): keine Nachricht darin</translation>
    </message>
    <message>
        <source>{file}: {count:,} messages, more than the {most:,} Afterview reads in one mailbox. Export only the messages about your applications (a folder, or a search) and import that.</source>
        <translation>{file}: {count:,} Nachrichten, mehr als die {most:,}, die Afterview aus einem Postfach liest. Exportieren Sie nur die Nachrichten zu Ihren Bewerbungen (einen Ordner oder eine Suche) und importieren Sie diese.</translation>
    </message>
    <message>
        <source>proposed: {proposals}</source>
        <translation>vorgeschlagen: {proposals}</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) from signatures</source>
        <translation>
            <numerusform>%n Karte aus Signaturen</numerusform>
            <numerusform>%n Karten aus Signaturen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision date(s)</source>
        <translation>
            <numerusform>%n Entscheidungstermin</numerusform>
            <numerusform>%n Entscheidungstermine</numerusform>
        </translation>
    </message>
    <message>
        <source>the card of {name}</source>
        <translation>die Karte von {name}</translation>
    </message>
    <message>
        <source>a decision by {day}</source>
        <translation>eine Entscheidung bis {day}</translation>
    </message>
    <message>
        <source>the invitation</source>
        <translation>die Einladung</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s)</source>
        <translation>
            <numerusform>%n Einladung</numerusform>
            <numerusform>%n Einladungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) added</source>
        <translation>
            <numerusform>%n Gespräch hinzugefügt</numerusform>
            <numerusform>%n Gespräche hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) updated</source>
        <translation>
            <numerusform>%n Gespräch aktualisiert</numerusform>
            <numerusform>%n Gespräche aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} imported: {done}</source>
        <translation>{what} importiert: {done}</translation>
    </message>
    <message>
        <source>{what} already imported, unchanged</source>
        <translation>{what} bereits importiert, unverändert</translation>
    </message>
    <message>
        <source>{company} — {role} (interview {day})</source>
        <translation>{company} — {role} (Gespräch am {day})</translation>
    </message>
    <message>
        <source>That interview no longer exists; the decision date was not written.</source>
        <translation>Dieses Gespräch gibt es nicht mehr; der Entscheidungstermin wurde nicht eingetragen.</translation>
    </message>
    <message>
        <source>contact {contact} is not among the people met in interview {interview}</source>
        <translation>der Kontakt {contact} gehört nicht zu den Personen aus dem Gespräch {interview}</translation>
    </message>
    <message>
        <source>there is no usable backup</source>
        <translation>es gibt keine brauchbare Sicherung</translation>
    </message>
    <message>
        <source>No mail server is set up. Enter your provider&apos;s outgoing server under Settings → Mail, or use Open in mail program.</source>
        <translation>Es ist kein Mailserver eingerichtet. Tragen Sie den Postausgangsserver Ihres Anbieters unter Einstellungen → E-Mail ein, oder verwenden Sie „Im Mailprogramm öffnen“.</translation>
    </message>
    <message>
        <source>The password for {user} on {host} is not kept in the system keyring, so Afterview could not send the note without you. Send it now and tick “Remember it in the system keyring”.</source>
        <translation>Das Passwort für {user} auf {host} ist nicht im Schlüsselbund des Systems gespeichert, daher konnte Afterview die Nachricht nicht ohne Sie senden. Senden Sie sie jetzt und kreuzen Sie „Im Schlüsselbund des Systems merken“ an.</translation>
    </message>
    <message>
        <source>a scheduled time needs a time zone</source>
        <translation>eine geplante Zeit braucht eine Zeitzone</translation>
    </message>
    <message>
        <source>The note to {name} is marked for handwriting; only an email can be sent later. Choose “Send by email instead” first.</source>
        <translation>Die Nachricht an {name} ist für Handschrift vorgemerkt; später senden lässt sich nur eine E-Mail. Wählen Sie zuerst „Stattdessen per E-Mail senden“.</translation>
    </message>
    <message>
        <source>{moment} has already passed; pick a time that is still ahead.</source>
        <translation>{moment} ist schon vorbei; wählen Sie eine Zeit, die noch bevorsteht.</translation>
    </message>
    <message>
        <source>This note has already been sent</source>
        <translation>Diese Nachricht wurde bereits gesendet</translation>
    </message>
    <message>
        <source>a template name uses letters, digits, spaces, &apos;-&apos; or &apos;_&apos; (at most 60), and starts with a letter or digit</source>
        <translation>ein Vorlagenname besteht aus Buchstaben, Ziffern, Leerzeichen, „-“ oder „_“ (höchstens 60) und beginnt mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>there is already a template called &apos;{name}&apos;; choose another name</source>
        <translation>es gibt schon eine Vorlage namens „{name}“; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>{file}: could not be saved in {folder} ({reason})</source>
        <translation>{file}: ließ sich nicht in {folder} speichern ({reason})</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is built in and cannot be deleted; you can edit your own copy</source>
        <translation>„{name}“ ist eingebaut und lässt sich nicht löschen; Sie können eine eigene Kopie bearbeiten</translation>
    </message>
    <message>
        <source>{file}: could not be deleted ({reason})</source>
        <translation>{file}: ließ sich nicht löschen ({reason})</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>{file}: cannot import a file without an extension (Afterview reads {known}, and mailboxes or LinkedIn&apos;s Connections.csv by their content)</source>
        <translation>{file}: eine Datei ohne Endung lässt sich nicht importieren (Afterview liest {known} sowie Postfächer und die Connections.csv von LinkedIn an ihrem Inhalt)</translation>
    </message>
    <message>
        <source>{file}: cannot import {suffix} files (Afterview reads {known}, and mailboxes or LinkedIn&apos;s Connections.csv by their content)</source>
        <translation>{file}: {suffix}-Dateien lassen sich nicht importieren (Afterview liest {known} sowie Postfächer und die Connections.csv von LinkedIn an ihrem Inhalt)</translation>
    </message>
    <message>
        <source>{file}: not imported (cancelled before it began)</source>
        <translation>{file}: nicht importiert (abgebrochen, bevor es begann)</translation>
    </message>
    <message>
        <source>{file}: not imported</source>
        <translation>{file}: nicht importiert</translation>
    </message>
    <message>
        <source>{file}: cancelled; nothing of this file was imported</source>
        <translation>{file}: abgebrochen; aus dieser Datei wurde nichts importiert</translation>
    </message>
    <message>
        <source>{file}: {summary}</source>
        <translation>{file}: {summary}</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} und {last}</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunit(y/ies)</source>
        <translation>
            <numerusform>%n Bewerbung</numerusform>
            <numerusform>%n Bewerbungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call attempt(s)</source>
        <translation>
            <numerusform>%n Anrufversuch</numerusform>
            <numerusform>%n Anrufversuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>exporting {what} is not supported yet</source>
        <translation>{what} lässt sich noch nicht exportieren</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated with new details, {differed} differ from yours, {unchanged} unchanged, {skipped} skipped, {left_out} left out</source>
        <translation>{added} hinzugefügt, {updated} um neue Angaben ergänzt, {differed} weichen von Ihren ab, {unchanged} unverändert, {skipped} übersprungen, {left_out} ausgelassen</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated with new details, {differed} differ from yours, {unchanged} unchanged, {skipped} skipped</source>
        <translation>{added} hinzugefügt, {updated} um neue Angaben ergänzt, {differed} weichen von Ihren ab, {unchanged} unverändert, {skipped} übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>%n time zone(s) guessed: open the interview to choose the right one</source>
        <translation>
            <numerusform>%n Zeitzone geschätzt: Öffnen Sie das Gespräch, um die richtige zu wählen</numerusform>
            <numerusform>%n Zeitzonen geschätzt: Öffnen Sie die Gespräche, um die richtigen zu wählen</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: is a folder, not a file</source>
        <translation>{path}: ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: nicht lesbar ({reason})</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({reason})</source>
        <translation>{path}: lässt sich nicht schreiben ({reason})</translation>
    </message>
    <message>
        <source>{database} stayed busy for {seconds:g} s: another Afterview (the window or a command) is writing to it. Nothing was changed; try again once it has finished.</source>
        <translation>{database} war {seconds:g} s lang belegt: Ein anderes Afterview (das Fenster oder ein Befehl) schreibt hinein. Es wurde nichts geändert; versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>the backup {name} cannot be read as a database ({error})</source>
        <translation>die Sicherung {name} ist als Datenbank nicht lesbar ({error})</translation>
    </message>
    <message>
        <source>the backup {name} is damaged ({problem})</source>
        <translation>die Sicherung {name} ist beschädigt ({problem})</translation>
    </message>
    <message>
        <source>The disk holding the data folder {folder} is full, so Afterview cannot save there. Free some space and try again; what was saved before is intact.</source>
        <translation>Der Datenträger mit dem Datenordner {folder} ist voll, daher kann Afterview dort nicht speichern. Geben Sie etwas Platz frei und versuchen Sie es erneut; was zuvor gespeichert wurde, ist unversehrt.</translation>
    </message>
    <message>
        <source>The data folder {folder} is read-only, so Afterview cannot save anything there. Make it writable, or choose another folder with --data-dir.</source>
        <translation>Der Datenordner {folder} ist schreibgeschützt, daher kann Afterview dort nichts speichern. Machen Sie ihn beschreibbar oder wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used ({reason}).</source>
        <translation>Der Datenordner {folder} ist nicht verwendbar ({reason}).</translation>
    </message>
    <message>
        <source>{path} holds tables but is not an Afterview database</source>
        <translation>{path} enthält Tabellen, ist aber keine Afterview-Datenbank</translation>
    </message>
    <message>
        <source>{path} is locked by another program; close it and try again</source>
        <translation>{path} ist von einem anderen Programm gesperrt; schließen Sie es und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>{path} could not be read ({error}): the disk may be full, failing or disconnected. Nothing was changed.</source>
        <translation>{path} ließ sich nicht lesen ({error}): Der Datenträger ist vielleicht voll, defekt oder getrennt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{path} cannot be read as a database ({error})</source>
        <translation>{path} ist als Datenbank nicht lesbar ({error})</translation>
    </message>
    <message>
        <source>{path} is damaged: SQLite&apos;s integrity check found: {problem}</source>
        <translation>{path} ist beschädigt: Die Integritätsprüfung von SQLite fand: {problem}</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Afterview (schema {schema}). It has not been changed; please install the newer version to open it.</source>
        <translation>{path} wurde von einer neueren Version von Afterview geschrieben (Schema {schema}). Die Datei wurde nicht verändert; installieren Sie bitte die neuere Version, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>settings folder</source>
        <translation>Einstellungsordner</translation>
    </message>
    <message>
        <source>The {what} {folder} cannot be used: it is a file, not a folder. Choose another folder, or move that file away.</source>
        <translation>Der {what} {folder} ist nicht verwendbar: Er ist eine Datei, kein Ordner. Wählen Sie einen anderen Ordner oder verschieben Sie die Datei.</translation>
    </message>
    <message>
        <source>The {what} {folder} cannot be used: {file} is a file, not a folder. Choose another folder, or move that file away.</source>
        <translation>Der {what} {folder} ist nicht verwendbar: {file} ist eine Datei, kein Ordner. Wählen Sie einen anderen Ordner oder verschieben Sie die Datei.</translation>
    </message>
    <message>
        <source>The {what} {folder} is read-only, so Afterview cannot save anything there. Make it writable, or choose another folder.</source>
        <translation>Der {what} {folder} ist schreibgeschützt, daher kann Afterview dort nichts speichern. Machen Sie ihn beschreibbar oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The disk holding the {what} {folder} is full. Free some space and try again; what was saved before is intact.</source>
        <translation>Der Datenträger mit dem {what} {folder} ist voll. Geben Sie etwas Platz frei und versuchen Sie es erneut; was zuvor gespeichert wurde, ist unversehrt.</translation>
    </message>
    <message>
        <source>The {what} {folder} cannot be used ({reason}). Choose another folder.</source>
        <translation>Der {what} {folder} ist nicht verwendbar ({reason}). Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({reason}). Defaults are in use and the file has been left as it is.</source>
        <translation>Die Einstellungsdatei {path} ließ sich nicht lesen ({reason}). Es gelten die Standardwerte, und die Datei bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>The settings file could not be read ({reason}). It was kept as {name} and the defaults are in use.</source>
        <translation>Die Einstellungsdatei ließ sich nicht lesen ({reason}). Sie wurde als {name} aufbewahrt, und es gelten die Standardwerte.</translation>
    </message>
    <message>
        <source>What it belonged to was deleted too, so it cannot be brought back</source>
        <translation>Wozu es gehörte, wurde auch gelöscht; es kann nicht zurückgeholt werden</translation>
    </message>
    <message>
        <source>Keep this computer&apos;s</source>
        <translation>Die von diesem Computer behalten</translation>
    </message>
    <message>
        <source>Take the server&apos;s</source>
        <translation>Die vom Server übernehmen</translation>
    </message>
    <message>
        <source>Keep it here and send it back</source>
        <translation>Hier behalten und zurücksenden</translation>
    </message>
    <message>
        <source>Delete it here too</source>
        <translation>Auch hier löschen</translation>
    </message>
    <message>
        <source>Bring it back</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>Keep it deleted</source>
        <translation>Gelöscht lassen</translation>
    </message>
    <message>
        <source>Nothing waiting for you has the handle {handle}</source>
        <translation>Nichts, was auf Sie wartet, hat das Kürzel {handle}</translation>
    </message>
    <message>
        <source>{given} does not answer {handle}: {what} takes {keep} or {take}</source>
        <translation>„{given}“ passt nicht zu {handle}: für {what} gilt „{keep}“ oder „{take}“</translation>
    </message>
</context>
<context>
    <name>AboutYouForm</name>
    <message>
        <source>e.g. Siobhán Ní Bhriain</source>
        <translation>z. B. Siobhán Ní Bhriain</translation>
    </message>
    <message>
        <source>Signs your thank-you notes and heads the printed checklist</source>
        <translation>Unterschreibt Ihre Dankesnachrichten und steht über der gedruckten Checkliste</translation>
    </message>
    <message>
        <source>e.g. siobhan@example.com</source>
        <translation>z. B. siobhan@example.com</translation>
    </message>
    <message>
        <source>The address your notes are sent from</source>
        <translation>Die Adresse, von der Ihre Nachrichten gesendet werden</translation>
    </message>
    <message>
        <source>Phone numbers typed without +country are read as numbers of this country</source>
        <translation>Telefonnummern ohne +Ländervorwahl werden als Nummern dieses Landes gelesen</translation>
    </message>
    <message>
        <source>The dictionary the note checks use</source>
        <translation>Das Wörterbuch, das die Prüfungen der Nachrichten verwenden</translation>
    </message>
    <message>
        <source>Sign your notes as</source>
        <translation>Nachrichten unterschreiben als</translation>
    </message>
    <message>
        <source>Your email</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Phone numbers from</source>
        <translation>Telefonnummern aus</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Rechtschreibung</translation>
    </message>
    <message>
        <source>Proposed from your computer&apos;s language settings. All optional; change them any time under Settings.</source>
        <translation>Vorgeschlagen aus den Spracheinstellungen Ihres Computers. Alles freiwillig; jederzeit unter „Einstellungen“ änderbar.</translation>
    </message>
    <message>
        <source>{error}. Correct it, or clear the field to add it later under Settings → You.</source>
        <translation>{error}. Korrigieren Sie es oder leeren Sie das Feld, um es später unter „Einstellungen → Sie“ einzutragen.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>{due} (snoozed)</source>
        <translation>{due} (zurückgestellt)</translation>
    </message>
    <message>
        <source>{title}
{detail}
Due {due}</source>
        <translation>{title}
{detail}
Fällig {due}</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Data: {database}</source>
        <translation>Daten: {database}</translation>
    </message>
    <message>
        <source>{app} — {due} due</source>
        <translation>{app} – {due} fällig</translation>
    </message>
    <message>
        <source>Undo import “{file_name}”</source>
        <translation>Import „{file_name}“ rückgängig machen</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>{file} ({when})</source>
        <translation>{file} ({when})</translation>
    </message>
    <message>
        <source>Undo import: cancelled; nothing was changed.</source>
        <translation>Import rückgängig machen: abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Undoing an import</source>
        <translation>Import wird rückgängig gemacht</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>{file} wird importiert</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)</source>
        <translation>
            <numerusform>%n Datei wird importiert</numerusform>
            <numerusform>%n Dateien werden importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); see the details.</source>
        <translation>
            <numerusform>%n Problem; siehe Details.</numerusform>
            <numerusform>%n Probleme; siehe Details.</numerusform>
        </translation>
    </message>
    <message>
        <source>You cancelled the import. </source>
        <translation>Sie haben den Import abgebrochen. </translation>
    </message>
    <message>
        <source>The cards that differ from yours are shown next, to choose field by field.</source>
        <translation>Die Karten, die von Ihren abweichen, werden als Nächstes gezeigt, damit Sie Feld für Feld wählen.</translation>
    </message>
    <message>
        <source>Then choose the interviews among the events of {names}.</source>
        <translation>Wählen Sie dann die Gespräche unter den Terminen von {names}.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n event(s) of {file}</source>
        <translation>
            <numerusform>%n Termin aus {file} wird importiert</numerusform>
            <numerusform>%n Termine aus {file} werden importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from {file_name}.</source>
        <translation>Aus {file_name} wurde nichts importiert.</translation>
    </message>
    <message>
        <source>You cancelled the import.</source>
        <translation>Sie haben den Import abgebrochen.</translation>
    </message>
    <message>
        <source>Merge review</source>
        <translation>Abgleich prüfen</translation>
    </message>
    <message>
        <source>Your choices were not applied: {error}</source>
        <translation>Ihre Auswahl wurde nicht übernommen: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Your choices were applied to %n contact(s); Edit → Undo import undoes them with the import.</source>
        <translation>
            <numerusform>Ihre Auswahl wurde für %n Kontakt übernommen; „Bearbeiten → Import rückgängig machen“ nimmt sie mit dem Import zurück.</numerusform>
            <numerusform>Ihre Auswahl wurde für %n Kontakte übernommen; „Bearbeiten → Import rückgängig machen“ nimmt sie mit dem Import zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import contacts, invitations or emails</source>
        <translation>Kontakte, Einladungen oder E-Mails importieren</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Exporting {file}</source>
        <translation>{file} wird exportiert</translation>
    </message>
    <message>
        <source>Exported {description} to {name}.</source>
        <translation>{description} nach {name} exportiert.</translation>
    </message>
    <message>
        <source>{name} was not written</source>
        <translation>{name} wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>Export cancelled: {cancelled}.</source>
        <translation>Export abgebrochen: {cancelled}.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export everything to a folder</source>
        <translation>Alles in einen Ordner exportieren</translation>
    </message>
    <message>
        <source>Afterview export</source>
        <translation>Afterview-Export</translation>
    </message>
    <message>
        <source>Exported {counts} to {target}.</source>
        <translation>{counts} nach {target} exportiert.</translation>
    </message>
    <message>
        <source>the files already written in {target} are kept</source>
        <translation>die bereits in {target} geschriebenen Dateien bleiben erhalten</translation>
    </message>
    <message>
        <source>Exporting everything</source>
        <translation>Alles wird exportiert</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Beispieldaten</translation>
    </message>
    <message>
        <source>Sample data loaded: 3 opportunities, 5 interviews, 9 contacts.</source>
        <translation>Beispieldaten geladen: 3 Bewerbungen, 5 Gespräche, 9 Kontakte.</translation>
    </message>
    <message>
        <source>Snoozed until {when}.</source>
        <translation>Zurückgestellt bis {when}.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}. Nothing was changed; check the folder&apos;s free space and permissions, then save again.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: {error}. Es wurde nichts geändert; prüfen Sie freien Speicherplatz und Berechtigungen des Ordners und speichern Sie dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent note(s) now signed “{name}”.</source>
        <translation>
            <numerusform>%n nicht gesendete Nachricht jetzt mit „{name}“ unterschrieben.</numerusform>
            <numerusform>%n nicht gesendete Nachrichten jetzt mit „{name}“ unterschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;p&gt;Everything after the interview: the cards of everyone you met, a personal thank-you note to each within 48 hours, a polite follow-up call when the promised date passes, and knowing when to move on.&lt;/p&gt;&lt;p&gt;Your data stays on this computer, in&lt;br&gt;{folder}&lt;/p&gt;</source>
        <translation>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;p&gt;Alles nach dem Vorstellungsgespräch: die Karten aller, die Sie kennengelernt haben, eine persönliche Dankesnachricht an jede Person innerhalb von 48 Stunden, ein höflicher Nachfassanruf, wenn das zugesagte Datum verstreicht, und das Wissen, wann es Zeit ist, abzuhaken.&lt;/p&gt;&lt;p&gt;Ihre Daten bleiben auf diesem Computer, in&lt;br&gt;{folder}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A thank-you note is NOT saved yet.</source>
        <translation>Eine Dankesnachricht ist NOCH NICHT gespeichert.</translation>
    </message>
    <message>
        <source>The database is still refusing to save it (see the red message in Notes). Quitting now loses what you typed since the last save; keeping Afterview open lets it try again.</source>
        <translation>Die Datenbank verweigert weiterhin das Speichern (siehe die rote Meldung unter „Nachrichten“). Wenn Sie jetzt beenden, geht verloren, was Sie seit dem letzten Speichern geschrieben haben; bleibt Afterview geöffnet, versucht es es erneut.</translation>
    </message>
    <message>
        <source>Quit and lose it</source>
        <translation>Beenden und verwerfen</translation>
    </message>
    <message>
        <source>Keep Afterview open</source>
        <translation>Afterview geöffnet lassen</translation>
    </message>
    <message>
        <source>Still running: {titles}.</source>
        <translation>Läuft noch: {titles}.</translation>
    </message>
    <message>
        <source>Stop and quit? An import being read is rolled back whole (nothing of that file is kept); a note being sent is let go out first.</source>
        <translation>Anhalten und beenden? Ein laufender Import wird vollständig zurückgenommen (von dieser Datei bleibt nichts); eine Nachricht, die gerade gesendet wird, geht noch hinaus.</translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>Anhalten und beenden</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Weiterarbeiten</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Vor einem Update</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Backed up by you</source>
        <translation>Von Ihnen gesichert</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>Backups are kept in {backups_dir}</source>
        <translation>Sicherungen liegen in {backups_dir}</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>{failed}: you cancelled it.</source>
        <translation>{failed}: Sie haben abgebrochen.</translation>
    </message>
    <message>
        <source>Backed up to {name}.</source>
        <translation>Gesichert in {name}.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Wird gesichert</translation>
    </message>
    <message>
        <source>The backup could not be taken</source>
        <translation>Die Sicherung konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Go back to the backup of {when}?</source>
        <translation>Zur Sicherung vom {when} zurückkehren?</translation>
    </message>
    <message>
        <source>Everything changed since then will be replaced. The database as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Alles, was seitdem geändert wurde, wird ersetzt. Die Datenbank in ihrem jetzigen Stand wird zuerst gesichert; Sie können das also rückgängig machen, indem Sie diese Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restored the backup of {when}. The database as it was is kept as {name}.</source>
        <translation>Die Sicherung vom {when} wurde wiederhergestellt. Die bisherige Datenbank bleibt als {name} erhalten.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>Es wurde nichts wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>CalendarChoiceDialog</name>
    <message>
        <source>Choose the interviews in {file_name}</source>
        <translation>Gespräche in {file_name} auswählen</translation>
    </message>
    <message>
        <source>{file} holds {events}. {proposed} Only ticked events are imported, each as an interview; tick or untick any of them.</source>
        <translation>{file} enthält {events}. {proposed} Nur angehakte Termine werden importiert, jeweils als Gespräch; haken Sie beliebige an oder ab.</translation>
    </message>
    <message>
        <source>Filter by date, title, person, organisation or reason</source>
        <translation>Nach Datum, Titel, Person, Organisation oder Grund filtern</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Alle anhaken</translation>
    </message>
    <message>
        <source>Tick every event listed (those the filter shows)</source>
        <translation>Jeden aufgeführten Termin anhaken (die der Filter zeigt)</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>Keinen anhaken</translation>
    </message>
    <message>
        <source>Untick every event listed (those the filter shows)</source>
        <translation>Jeden aufgeführten Termin abhaken (die der Filter zeigt)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>1 event could not be read; it is not listed.</source>
        <translation>1 Termin konnte nicht gelesen werden; er wird nicht aufgeführt.</translation>
    </message>
    <message>
        <source>{problems:,} events could not be read; they are not listed.</source>
        <translation>{problems:,} Termine konnten nicht gelesen werden; sie werden nicht aufgeführt.</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>Events not read</source>
        <translation>Nicht gelesene Termine</translation>
    </message>
    <message>
        <source>These events of {file_name} could not be read:</source>
        <translation>Diese Termine aus {file_name} konnten nicht gelesen werden:</translation>
    </message>
    <message>
        <source>{shown} of {events} listed</source>
        <translation>{shown} von {events} aufgeführt</translation>
    </message>
    <message>
        <source>{listed}, {ticked} ticked</source>
        <translation>{listed}, {ticked} angehakt</translation>
    </message>
    <message numerus="yes">
        <source>Import %n interview(s)</source>
        <translation>
            <numerusform>%n Gespräch importieren</numerusform>
            <numerusform>%n Gespräche importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarChoiceModel</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>{title} (cancelled)</source>
        <translation>{title} (abgesagt)</translation>
    </message>
    <message>
        <source>What makes the event look like an interview, or not</source>
        <translation>Was den Termin wie ein Vorstellungsgespräch aussehen lässt – oder nicht</translation>
    </message>
</context>
<context>
    <name>CalendarFileKeeper</name>
    <message>
        <source>Updating the calendar file</source>
        <translation>Kalenderdatei wird aktualisiert</translation>
    </message>
    <message>
        <source>{path} updated: {description}.</source>
        <translation>{path} aktualisiert: {description}.</translation>
    </message>
    <message>
        <source>The calendar file was not updated: {error}</source>
        <translation>Die Kalenderdatei wurde nicht aktualisiert: {error}</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Interviews, note deadlines, follow-up calls, move-on dates and your own dates.</source>
        <translation>Gespräche, Fristen für Nachrichten, Nachfassanrufe, Termine zum Abhaken und Ihre eigenen Termine.</translation>
    </message>
    <message>
        <source>The selected day&apos;s agenda</source>
        <translation>Die Termine des gewählten Tages</translation>
    </message>
    <message>
        <source>Nothing on this day.</source>
        <translation>An diesem Tag steht nichts an.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open an item.</source>
        <translation>Doppelklicken oder die Eingabetaste drücken, um einen Eintrag zu öffnen.</translation>
    </message>
    <message>
        <source>  ·  today</source>
        <translation>  ·  heute</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Follow-up call: {company}</source>
        <translation>Nachfassanruf: {company}</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Nachfassanruf</translation>
    </message>
    <message>
        <source>Log the call</source>
        <translation>Anruf festhalten</translation>
    </message>
    <message>
        <source>No contact chosen for this process</source>
        <translation>Für diesen Ablauf ist kein Kontakt gewählt</translation>
    </message>
    <message>
        <source>No phone number on the card of {name}. Call the company&apos;s switchboard and ask for them; you can still log the call below.</source>
        <translation>Auf der Karte von {name} steht keine Telefonnummer. Rufen Sie die Zentrale der Firma an und fragen Sie nach der Person; Sie können den Anruf trotzdem unten festhalten.</translation>
    </message>
    <message>
        <source>No phone number on the card of this contact. Call the company&apos;s switchboard and ask for them; you can still log the call below.</source>
        <translation>Auf der Karte dieses Kontakts steht keine Telefonnummer. Rufen Sie die Zentrale der Firma an und fragen Sie nach der Person; Sie können den Anruf trotzdem unten festhalten.</translation>
    </message>
    <message>
        <source>They said: “{steps}”</source>
        <translation>Gesagt wurde: „{steps}“</translation>
    </message>
    <message>
        <source>decision promised by {day}</source>
        <translation>Entscheidung zugesagt bis {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) so far, the last on {when}: {outcome}</source>
        <translation>
            <numerusform>%n Anruf bisher, zuletzt am {when}: {outcome}</numerusform>
            <numerusform>%n Anrufe bisher, zuletzt am {when}: {outcome}</numerusform>
        </translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Was gesagt wurde</translation>
    </message>
    <message>
        <source>Any feedback they gave (kept on the opportunity)</source>
        <translation>Rückmeldungen, die Sie erhalten haben (werden bei der Bewerbung gespeichert)</translation>
    </message>
    <message>
        <source>They gave a date to hear back or call again</source>
        <translation>Datum für Rückmeldung oder neuen Anruf genannt</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>Angerufen am</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Nächstes Datum</translation>
    </message>
</context>
<context>
    <name>CallTimer</name>
    <message>
        <source>Start timer</source>
        <translation>Zeit messen</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Zeitmessung anhalten</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>New card</source>
        <translation>Neue Karte</translation>
    </message>
    <message>
        <source>Type the name exactly as printed on the card.</source>
        <translation>Geben Sie den Namen genau so ein, wie er auf der Karte steht.</translation>
    </message>
    <message>
        <source>Read from photo…</source>
        <translation>Aus Foto lesen…</translation>
    </message>
    <message>
        <source>Fill the empty fields from a photo of the card, read on this computer</source>
        <translation>Die leeren Felder aus einem Foto der Karte füllen, gelesen auf diesem Computer</translation>
    </message>
    <message>
        <source>Paste signature…</source>
        <translation>Signatur einfügen…</translation>
    </message>
    <message>
        <source>Full name as on the card</source>
        <translation>Vollständiger Name wie auf der Karte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Spelling checked against the card</source>
        <translation>Schreibweise mit der Karte abgeglichen</translation>
    </message>
    <message>
        <source>How to say it, e.g. ZOH-ee LIND-kvist</source>
        <translation>Aussprache, z. B. SO-i LIND-kwist</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Postal code / city</source>
        <translation>PLZ / Ort</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Drop a photo of the card here, or paste one with Ctrl+V</source>
        <translation>Ziehen Sie ein Foto der Karte hierher oder fügen Sie eines mit Strg+V ein</translation>
    </message>
    <message>
        <source>Attach photo…</source>
        <translation>Foto anhängen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Karte bearbeiten</translation>
    </message>
    <message>
        <source>Name: enter the name as printed on the card.</source>
        <translation>Name: Geben Sie den Namen so ein, wie er auf der Karte steht.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Cannot save yet. {problems}</source>
        <translation>Noch nicht speicherbar. {problems}</translation>
    </message>
    <message>
        <source>This may be a card you already have.</source>
        <translation>Diese Karte haben Sie vielleicht schon.</translation>
    </message>
    <message>
        <source>Merge into {name}</source>
        <translation>Mit {name} zusammenführen</translation>
    </message>
    <message>
        <source>Save as a new card</source>
        <translation>Als neue Karte speichern</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Read the card from its photo</source>
        <translation>Karte aus ihrem Foto lesen</translation>
    </message>
    <message>
        <source>Read from photo</source>
        <translation>Aus Foto lesen</translation>
    </message>
    <message>
        <source>The photo reads some fields otherwise than you typed them.</source>
        <translation>Im Foto stehen einige Felder anders, als Sie sie eingegeben haben.</translation>
    </message>
    <message>
        <source>Differing: {fields}. The empty fields are filled either way; emails and phone numbers are added.</source>
        <translation>Abweichend: {fields}. Die leeren Felder werden in jedem Fall gefüllt; E-Mail-Adressen und Telefonnummern werden hinzugefügt.</translation>
    </message>
    <message>
        <source>Replace with the photo&apos;s</source>
        <translation>Durch die aus dem Foto ersetzen</translation>
    </message>
    <message>
        <source>Keep what I typed</source>
        <translation>Meine Eingaben behalten</translation>
    </message>
    <message>
        <source>Photo of the card</source>
        <translation>Foto der Karte</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>the pasted image</source>
        <translation>das eingefügte Bild</translation>
    </message>
    <message>
        <source>the dropped image</source>
        <translation>das hineingezogene Bild</translation>
    </message>
</context>
<context>
    <name>CardDialogController</name>
    <message>
        <source>No name, email, phone or company was found in the pasted text.</source>
        <translation>Im eingefügten Text wurde weder Name noch E-Mail, Telefon oder Firma gefunden.</translation>
    </message>
    <message>
        <source>Reading the card photo</source>
        <translation>Kartenfoto wird gelesen</translation>
    </message>
</context>
<context>
    <name>CardImageView</name>
    <message>
        <source>No picture of the card</source>
        <translation>Kein Bild der Karte</translation>
    </message>
</context>
<context>
    <name>CardNames</name>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Family name first</source>
        <translation>Nachname zuerst</translation>
    </message>
    <message>
        <source>Tick for names written family name first, such as Tanaka Hiroshi or Nguyễn Văn An</source>
        <translation>Ankreuzen bei Namen, die den Nachnamen zuerst schreiben, etwa Tanaka Hiroshi oder Nguyễn Văn An</translation>
    </message>
    <message>
        <source>Given / family</source>
        <translation>Vor- / Nachname</translation>
    </message>
    <message>
        <source>Use this split</source>
        <translation>Diese Aufteilung übernehmen</translation>
    </message>
    <message>
        <source>How the thank-you notes address this person, e.g. a nickname such as Bob. Leave empty to use the greeting proposed from the name.</source>
        <translation>Wie die Dankesnachrichten diese Person ansprechen, z. B. mit einem Spitznamen wie Bob. Leer lassen, um die aus dem Namen vorgeschlagene Anrede zu verwenden.</translation>
    </message>
    <message>
        <source>Greet by a title and the family name instead</source>
        <translation>Stattdessen mit Titel und Nachnamen anreden</translation>
    </message>
    <message>
        <source>Greet by name</source>
        <translation>Mit Namen anreden</translation>
    </message>
    <message>
        <source>Greet as</source>
        <translation>Anrede als</translation>
    </message>
    <message>
        <source>How the notes greet this person</source>
        <translation>Wie die Nachrichten diese Person anreden</translation>
    </message>
    <message>
        <source>The name reads as given “{given}”, family “{family}”.</source>
        <translation>Der Name liest sich als Vorname „{given}“, Nachname „{family}“.</translation>
    </message>
</context>
<context>
    <name>CardReader</name>
    <message>
        <source>No card photo to read in {names}.</source>
        <translation>Kein Kartenfoto zum Lesen in {names}.</translation>
    </message>
    <message>
        <source>No card photo to read.</source>
        <translation>Kein Kartenfoto zum Lesen.</translation>
    </message>
    <message>
        <source>Afterview reads card photos saved as {suffixes}.</source>
        <translation>Afterview liest Kartenfotos in den Formaten {suffixes}.</translation>
    </message>
    <message>
        <source>Reading the card photo</source>
        <translation>Kartenfoto wird gelesen</translation>
    </message>
    <message>
        <source>Reading cards</source>
        <translation>Karten werden gelesen</translation>
    </message>
    <message>
        <source>No card could be read.</source>
        <translation>Es konnte keine Karte gelesen werden.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Read card from photo</source>
        <translation>Karte aus Foto lesen</translation>
    </message>
</context>
<context>
    <name>CardReviewDialog</name>
    <message>
        <source>Review the card read from its photo</source>
        <translation>Aus dem Foto gelesene Karte prüfen</translation>
    </message>
    <message>
        <source>Review the cards read</source>
        <translation>Gelesene Karten prüfen</translation>
    </message>
    <message>
        <source>Photos that could not be read</source>
        <translation>Fotos, die nicht gelesen werden konnten</translation>
    </message>
    <message>
        <source>The card as read</source>
        <translation>Die Karte, wie sie gelesen wurde</translation>
    </message>
    <message>
        <source>The field you are in is outlined where it was read; click a line of text to put it into that field</source>
        <translation>Das Feld, in dem Sie sich befinden, ist dort umrandet, wo es gelesen wurde; klicken Sie auf eine Textzeile, um sie in dieses Feld zu übernehmen</translation>
    </message>
    <message>
        <source>The back of the card</source>
        <translation>Die Rückseite der Karte</translation>
    </message>
    <message>
        <source>Nothing is saved until you choose Save. Click a field to see where on the card it was read; click a line on the card to put its text into that field. Once you have compared the name with the card, tick “Spelling checked against the card”.</source>
        <translation>Gespeichert wird erst, wenn Sie „Speichern“ wählen. Klicken Sie auf ein Feld, um zu sehen, wo auf der Karte es gelesen wurde; klicken Sie auf eine Zeile der Karte, um ihren Text in dieses Feld zu übernehmen. Sobald Sie den Namen mit der Karte verglichen haben, kreuzen Sie „Schreibweise mit der Karte abgeglichen“ an.</translation>
    </message>
    <message>
        <source>Close without saving this card or the ones after it</source>
        <translation>Schließen, ohne diese Karte oder die folgenden zu speichern</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Leave this card unsaved and show the next one</source>
        <translation>Diese Karte nicht speichern und die nächste zeigen</translation>
    </message>
    <message>
        <source>&amp;Save as new contact</source>
        <translation>Als neuen Kontakt &amp;speichern</translation>
    </message>
    <message>
        <source>Add the back of the card…</source>
        <translation>Rückseite der Karte hinzufügen…</translation>
    </message>
    <message>
        <source>Read this card again with a photo of its back, for what is printed there (a name in another script, more numbers); changes made here are replaced</source>
        <translation>Diese Karte mit einem Foto ihrer Rückseite neu lesen, für das, was dort steht (ein Name in anderer Schrift, weitere Nummern); Änderungen hier werden ersetzt</translation>
    </message>
    <message>
        <source>Card {number} of {count}: {name}</source>
        <translation>Karte {number} von {count}: {name}</translation>
    </message>
    <message>
        <source>The card read from {name}</source>
        <translation>Die aus {name} gelesene Karte</translation>
    </message>
    <message>
        <source>S&amp;kip and close</source>
        <translation>Ü&amp;berspringen und schließen</translation>
    </message>
    <message>
        <source>Left out, as they could not be read:</source>
        <translation>Ausgelassen, da nicht lesbar:</translation>
    </message>
    <message>
        <source>Reading the back of the card</source>
        <translation>Rückseite der Karte wird gelesen</translation>
    </message>
    <message>
        <source>This may be a card you already have.
</source>
        <translation>Diese Karte haben Sie vielleicht schon.
</translation>
    </message>
    <message>
        <source>Merge with {name}</source>
        <translation>Mit {name} zusammenführen</translation>
    </message>
    <message>
        <source>Add what this card adds to the stored contact; where values differ, you choose field by field</source>
        <translation>Ergänzt den gespeicherten Kontakt um das, was diese Karte hinzufügt; wo Werte abweichen, wählen Sie Feld für Feld</translation>
    </message>
    <message>
        <source>Cannot save yet. </source>
        <translation>Noch nicht speicherbar. </translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Nicht gespeichert: {problem}</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Addressed</source>
        <translation>Adressiert</translation>
    </message>
    <message>
        <source>Stamped</source>
        <translation>Frankiert</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Verschickt</translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <source>ok</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Ready to send</source>
        <translation>Bereit zum Senden</translation>
    </message>
    <message>
        <source>Mark the draft as finished; it stays editable until it is sent</source>
        <translation>Den Entwurf als fertig markieren; er bleibt bis zum Senden bearbeitbar</translation>
    </message>
    <message>
        <source>Mark for handwriting</source>
        <translation>Für Handschrift vormerken</translation>
    </message>
    <message>
        <source>Write this note by hand; it goes on the printed checklist</source>
        <translation>Diese Nachricht von Hand schreiben; sie kommt auf die gedruckte Checkliste</translation>
    </message>
    <message>
        <source>e.g. She described how her team cut forecast errors by a third — or just the topic: your point about the step-three drop-off</source>
        <translation>z. B. Sie hat erzählt, wie ihr Team die Prognosefehler um ein Drittel gesenkt hat – oder nur das Thema: Ihr Hinweis zu den Abbrüchen in Schritt drei</translation>
    </message>
    <message>
        <source>One thing you talked about with this person, as a sentence or as a topic. The note uses it as a sentence of its own and speaks to them as “you”; what it will say is shown below the field.</source>
        <translation>Etwas, worüber Sie mit dieser Person gesprochen haben, als Satz oder als Thema. Die Nachricht macht daraus einen eigenen Satz und spricht die Person direkt an; was dort stehen wird, sehen Sie unter dem Feld.</translation>
    </message>
    <message>
        <source>e.g. I have led two analytics teams through a migration — or: five years of research with clinicians</source>
        <translation>z. B. Ich habe zwei Analyseteams durch eine Migration geführt – oder: fünf Jahre Forschung mit Klinikern</translation>
    </message>
    <message>
        <source>Why you fit the role, in one line; shared by every note for this opportunity.</source>
        <translation>Warum Sie zur Stelle passen, in einer Zeile; gilt für jede Nachricht zu dieser Bewerbung.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>What stood out</source>
        <translation>Was hervorstach</translation>
    </message>
    <message>
        <source>Why you fit</source>
        <translation>Warum Sie passen</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Text der Nachricht</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the note to the clipboard, then confirm it went out</source>
        <translation>Die Nachricht in die Zwischenablage kopieren und dann bestätigen, dass sie verschickt wurde</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Im E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>Send from Afterview through the mail server in Settings → Mail</source>
        <translation>Aus Afterview über den Mailserver unter Einstellungen → E-Mail senden</translation>
    </message>
    <message>
        <source>Cancel schedule</source>
        <translation>Planung aufheben</translation>
    </message>
    <message>
        <source>Keep the note as it is, as a draft you can edit again, and do not send it</source>
        <translation>Die Nachricht unverändert als wieder bearbeitbaren Entwurf behalten und nicht senden</translation>
    </message>
    <message>
        <source>Send later…</source>
        <translation>Später senden…</translation>
    </message>
    <message>
        <source>Afterview sends it at the time you choose, while it runs (the tray is enough)</source>
        <translation>Afterview sendet sie zur gewählten Zeit, solange es läuft (der Infobereich genügt)</translation>
    </message>
    <message>
        <source>no email on the card</source>
        <translation>keine E-Mail-Adresse auf der Karte</translation>
    </message>
    <message>
        <source>Send by email instead</source>
        <translation>Stattdessen per E-Mail senden</translation>
    </message>
    <message>
        <source>Sent {when}.</source>
        <translation>Gesendet {when}.</translation>
    </message>
    <message>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <source>addressed</source>
        <translation>adressiert</translation>
    </message>
    <message>
        <source>stamped</source>
        <translation>frankiert</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>eingeworfen</translation>
    </message>
    <message>
        <source>nothing ticked yet</source>
        <translation>noch nichts abgehakt</translation>
    </message>
    <message>
        <source>Handwritten card — on the printed checklist ({done}). It counts as sent once it is ticked as posted.</source>
        <translation>Handschriftliche Karte – auf der gedruckten Checkliste ({done}). Sie gilt als gesendet, sobald „eingeworfen“ abgehakt ist.</translation>
    </message>
    <message>
        <source>Change time…</source>
        <translation>Zeit ändern…</translation>
    </message>
    <message>
        <source>Not sent at {time} on {day}: {reason}
Send it now, pick a new time, or cancel the schedule to edit it.</source>
        <translation>Nicht gesendet um {time} am {day}: {reason}
Senden Sie sie jetzt, wählen Sie eine neue Zeit oder heben Sie die Planung auf, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Was to go out {when}, while the computer was off or asleep, and has not been sent. Send it now, pick a new time, or cancel the schedule to edit it.</source>
        <translation>Sollte {when} hinausgehen, während der Computer aus war oder schlief, und wurde nicht gesendet. Senden Sie sie jetzt, wählen Sie eine neue Zeit oder heben Sie die Planung auf, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Goes out {when} to {email}. Locked until then: cancel the schedule to edit it.</source>
        <translation>Geht {when} an {email}. Bis dahin gesperrt: Heben Sie die Planung auf, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Pick a date and time…</source>
        <translation>Datum und Uhrzeit wählen…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>NOT saved</source>
        <translation>NICHT gespeichert</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Your note to {name} is NOT saved. {reason}
Afterview keeps the text as you typed it and tries to save it again every {seconds} seconds; you can keep writing. Leave Afterview open until this says it is saved.</source>
        <translation>Ihre Nachricht an {name} ist NICHT gespeichert. {reason}
Afterview behält den Text, wie Sie ihn geschrieben haben, und versucht alle {seconds} Sekunden erneut, ihn zu speichern; Sie können weiterschreiben. Lassen Sie Afterview geöffnet, bis hier steht, dass sie gespeichert ist.</translation>
    </message>
    <message>
        <source>Your note to {name} is saved now.</source>
        <translation>Ihre Nachricht an {name} ist jetzt gespeichert.</translation>
    </message>
    <message>
        <source>In the note: “{text}”</source>
        <translation>In der Nachricht: „{text}“</translation>
    </message>
    <message>
        <source>Change template</source>
        <translation>Vorlage wechseln</translation>
    </message>
    <message>
        <source>Replace your edited note to {name} with the “{template}” template? Your changes to the text will be lost.</source>
        <translation>Ihre bearbeitete Nachricht an {name} durch die Vorlage „{template}“ ersetzen? Ihre Änderungen am Text gehen verloren.</translation>
    </message>
    <message>
        <source>Replace the text</source>
        <translation>Text ersetzen</translation>
    </message>
    <message>
        <source>Thank-you note</source>
        <translation>Dankesnachricht</translation>
    </message>
</context>
<context>
    <name>ComposerController</name>
    <message>
        <source>Now is a good time to send it</source>
        <translation>Jetzt ist ein guter Zeitpunkt zum Senden</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <source>Typed in</source>
        <translation>Eingetippt</translation>
    </message>
    <message>
        <source>Pasted from an email signature</source>
        <translation>Aus einer E-Mail-Signatur eingefügt</translation>
    </message>
    <message>
        <source>Imported from a vCard file</source>
        <translation>Aus einer vCard-Datei importiert</translation>
    </message>
    <message>
        <source>Read from the QR code on the card</source>
        <translation>Aus dem QR-Code auf der Karte gelesen</translation>
    </message>
    <message>
        <source>Read from a photo of the card</source>
        <translation>Aus einem Foto der Karte gelesen</translation>
    </message>
    <message>
        <source>From a calendar invitation</source>
        <translation>Aus einer Kalendereinladung</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Beispieldaten</translation>
    </message>
    <message>
        <source>Imported from LinkedIn&apos;s connections</source>
        <translation>Aus den LinkedIn-Kontakten importiert</translation>
    </message>
    <message>
        <source>From the signature of an email</source>
        <translation>Aus der Signatur einer E-Mail</translation>
    </message>
    <message>
        <source>The selected card</source>
        <translation>Die gewählte Karte</translation>
    </message>
    <message>
        <source>Select a card in the list to see it here.</source>
        <translation>Wählen Sie eine Karte in der Liste, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>How captured</source>
        <translation>Wie erfasst</translation>
    </message>
    <message numerus="yes">
        <source>%n cards selected: click one to see it here.</source>
        <translation>
            <numerusform>%n Karte ausgewählt: klicken Sie eine an, um sie hier zu sehen.</numerusform>
            <numerusform>%n Karten ausgewählt: klicken Sie eine an, um sie hier zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Spelling checked against the card</source>
        <translation>✔ Schreibweise mit der Karte abgeglichen</translation>
    </message>
    <message>
        <source>Spelling not yet checked against the card</source>
        <translation>Schreibweise noch nicht mit der Karte abgeglichen</translation>
    </message>
    <message>
        <source>Say: {pronunciation}</source>
        <translation>Aussprache: {pronunciation}</translation>
    </message>
</context>
<context>
    <name>ContactPickerDialog</name>
    <message>
        <source>Add a person you met</source>
        <translation>Eine Person hinzufügen, die Sie kennengelernt haben</translation>
    </message>
    <message>
        <source>Type part of a name, company or email</source>
        <translation>Teil eines Namens, einer Firma oder E-Mail-Adresse eingeben</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>New card…</source>
        <translation>Neue Karte…</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>No cards yet</source>
        <translation>Noch keine Karten</translation>
    </message>
    <message>
        <source>Add a card for everyone you meet, with the name spelled exactly as on their card. Type it in, paste an email signature, or read it from a photo of the card.</source>
        <translation>Legen Sie für jede Person, die Sie kennenlernen, eine Karte an – mit dem Namen genau so geschrieben wie auf ihrer Karte. Tippen Sie ihn ein, fügen Sie eine E-Mail-Signatur ein oder lesen Sie ihn aus einem Foto der Karte.</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Neue Karte</translation>
    </message>
    <message>
        <source>Read card from photo…</source>
        <translation>Foto einlesen…</translation>
    </message>
    <message>
        <source>Search name, company, title, email or phone</source>
        <translation>Name, Firma, Position, E-Mail oder Telefon suchen</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
        <source>Read one or more photos of business cards, or a folder of them; you review each card before it is saved. Or drop the photos here, or paste one (Ctrl+V).</source>
        <translation>Ein oder mehrere Fotos von Visitenkarten oder einen Ordner damit lesen; Sie prüfen jede Karte, bevor sie gespeichert wird. Oder legen Sie die Fotos hier ab oder fügen Sie eines ein (Strg+V).</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Strg+Z</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Add or update cards from a vCard (.vcf) file or LinkedIn&apos;s Connections.csv</source>
        <translation>Karten aus einer vCard-Datei (.vcf) oder aus LinkedIns Connections.csv hinzufügen oder aktualisieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>All cards…</source>
        <translation>Alle Karten…</translation>
    </message>
    <message>
        <source>Selected cards…</source>
        <translation>Ausgewählte Karten…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Paste card photo</source>
        <translation>Kartenfoto einfügen</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>Your card file</source>
        <translation>Ihre Kartei</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Karte löschen</translation>
    </message>
    <message>
        <source>Delete the card of {name}?</source>
        <translation>Die Karte von {name} löschen?</translation>
    </message>
    <message>
        <source>Their meeting notes and thank-you notes are deleted with it. Undo with Ctrl+Z until you close Afterview.</source>
        <translation>Die Gesprächsnotizen und Dankesnachrichten werden mit gelöscht. Mit Strg+Z rückgängig zu machen, bis Sie Afterview schließen.</translation>
    </message>
    <message>
        <source>Read cards from photos</source>
        <translation>Karten aus Fotos lesen</translation>
    </message>
    <message>
        <source>The clipboard holds no picture to read as a card. Copy the photo (not its file) and paste again, or use Read card from photo….</source>
        <translation>In der Zwischenablage ist kein Bild, das als Karte gelesen werden kann. Kopieren Sie das Foto (nicht seine Datei) und fügen Sie es erneut ein, oder verwenden Sie „Karte aus Foto lesen…“.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>vCard files or LinkedIn connections (*.vcf *.vcard *.csv);;All files (*)</source>
        <translation>vCard-Dateien oder LinkedIn-Kontakte (*.vcf *.vcard *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export all cards</source>
        <translation>Alle Karten exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Export %n selected card(s)</source>
        <translation>
            <numerusform>%n ausgewählte Karte exportieren</numerusform>
            <numerusform>%n ausgewählte Karten exportieren</numerusform>
        </translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-Dateien (*.vcf)</translation>
    </message>
    <message>
        <source>Exporting {file}</source>
        <translation>{file} wird exportiert</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) written to {path}.</source>
        <translation>
            <numerusform>%n Karte nach {path} geschrieben.</numerusform>
            <numerusform>%n Karten nach {path} geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled: {path} was not written.</source>
        <translation>Der Export wurde abgebrochen: {path} wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>No card matches “{search}”.</source>
        <translation>Keine Karte passt zu „{search}“.</translation>
    </message>
    <message>
        <source>Selected cards ({selected})…</source>
        <translation>Ausgewählte Karten ({selected})…</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <source>“{typed}” is not a date or time Afterview can read; type it as the field shows it, such as “{example}”</source>
        <translation>„{typed}“ kann Afterview nicht als Datum oder Uhrzeit lesen; geben Sie es so ein, wie das Feld es zeigt, etwa „{example}“</translation>
    </message>
</context>
<context>
    <name>DayAgendaModel</name>
    <message>
        <source>Agenda</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <source>How did it go at {company}?</source>
        <translation>Wie lief es bei {company}?</translation>
    </message>
    <message>
        <source>Still to note: {missing}.</source>
        <translation>Noch festzuhalten: {missing}.</translation>
    </message>
    <message>
        <source>Everything is noted; change what you like.</source>
        <translation>Alles ist festgehalten; ändern Sie, was Sie möchten.</translation>
    </message>
    <message>
        <source>{role} at {company}. A line or two for each person is enough: it is what makes each thank-you note personal.</source>
        <translation>{role} bei {company}. Ein, zwei Zeilen pro Person genügen: Sie machen jede Dankesnachricht persönlich.</translation>
    </message>
    <message>
        <source>Show what is already noted</source>
        <translation>Bereits Festgehaltenes zeigen</translation>
    </message>
    <message>
        <source>What stood out in your talk with {name}?</source>
        <translation>Was ist Ihnen im Gespräch mit {name} aufgefallen?</translation>
    </message>
    <message>
        <source>Anything you or they promised to send or do</source>
        <translation>Was Sie oder die andere Seite zugesagt haben zu schicken oder zu tun</translation>
    </message>
    <message>
        <source>Memorable</source>
        <translation>In Erinnerung</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Nobody is listed for this interview yet; add the people you met to it.</source>
        <translation>Für dieses Gespräch ist noch niemand eingetragen; fügen Sie die Personen hinzu, die Sie kennengelernt haben.</translation>
    </message>
    <message>
        <source>What did they say about next steps and timing?</source>
        <translation>Was wurde über die nächsten Schritte und den Zeitplan gesagt?</translation>
    </message>
    <message>
        <source>One line on why you fit the role</source>
        <translation>Eine Zeile, warum Sie zur Stelle passen</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Why you fit</source>
        <translation>Warum Sie passen</translation>
    </message>
</context>
<context>
    <name>DifferencesModel</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Ihre Wahl</translation>
    </message>
    <message>
        <source>{name}
Differs in: {fields}</source>
        <translation>{name}
Abweichend in: {fields}</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Ihre übernehmen</translation>
    </message>
    <message>
        <source>Theirs for {taken} of {count}</source>
        <translation>Ihre für {taken} von {count}</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>{name}: kind</source>
        <translation>{name}: Art</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Changed by you: saved as you left it.</source>
        <translation>Von Ihnen geändert: wird so gespeichert, wie Sie es eingetragen haben.</translation>
    </message>
</context>
<context>
    <name>FolderPicker</name>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Keep the calendar file in</source>
        <translation>Kalenderdatei aufbewahren in</translation>
    </message>
</context>
<context>
    <name>ForgetPassword</name>
    <message>
        <source>Forget the saved password</source>
        <translation>Gespeichertes Passwort vergessen</translation>
    </message>
    <message>
        <source>Remove the password for {user} on {host} from the system keyring</source>
        <translation>Das Passwort für {user} auf {host} aus dem Schlüsselbund des Systems entfernen</translation>
    </message>
    <message>
        <source>No mail account is saved yet</source>
        <translation>Noch kein E-Mail-Konto gespeichert</translation>
    </message>
    <message>
        <source>The password for {user} on {host} is forgotten; Afterview asks for it when you next send.</source>
        <translation>Das Passwort für {user} auf {host} ist vergessen; Afterview fragt beim nächsten Senden danach.</translation>
    </message>
    <message>
        <source>No password was saved for {user} on {host}; there was nothing to forget.</source>
        <translation>Für {user} auf {host} war kein Passwort gespeichert; es gab nichts zu vergessen.</translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>New interview</source>
        <translation>Neues Gespräch</translation>
    </message>
    <message>
        <source>H &apos;h&apos; mm &apos;min&apos;</source>
        <translation>H &apos;Std.&apos; mm &apos;Min.&apos;</translation>
    </message>
    <message>
        <source>How long the interview lasts; moving the start keeps it</source>
        <translation>Wie lange das Gespräch dauert; beim Verschieben des Beginns bleibt die Dauer erhalten</translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Address, building, floor</source>
        <translation>Adresse, Gebäude, Stockwerk</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Videolink</translation>
    </message>
    <message>
        <source>Process owner</source>
        <translation>Zuständig für den Ablauf</translation>
    </message>
    <message>
        <source>What follows (from your settings)</source>
        <translation>Was folgt (aus Ihren Einstellungen)</translation>
    </message>
    <message>
        <source>Thank-you notes due</source>
        <translation>Dankesnachrichten fällig</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Nachfassanruf</translation>
    </message>
    <message>
        <source>Move on if still silent</source>
        <translation>Abschließen, falls weiter keine Antwort</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>What they said, e.g. “we&apos;ll be in touch within two weeks”</source>
        <translation>Was gesagt wurde, z. B. „Wir melden uns innerhalb von zwei Wochen“</translation>
    </message>
    <message>
        <source>They said</source>
        <translation>Gesagt wurde</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Put back the decision date as it was before this phrase set it</source>
        <translation>Den Entscheidungstermin wiederherstellen, wie er vor dieser Angabe war</translation>
    </message>
    <message>
        <source>Use this date</source>
        <translation>Dieses Datum verwenden</translation>
    </message>
    <message>
        <source>A decision is expected by</source>
        <translation>Entscheidung erwartet bis</translation>
    </message>
    <message>
        <source>&lt;b&gt;People met&lt;/b&gt;&lt;br&gt;Save the interview first; then add the people you met and what was memorable with each.</source>
        <translation>&lt;b&gt;Getroffene Personen&lt;/b&gt;&lt;br&gt;Speichern Sie zuerst das Gespräch; fügen Sie dann die Personen hinzu, die Sie getroffen haben, und was mit jeder besonders in Erinnerung blieb.</translation>
    </message>
    <message>
        <source>Save and add people…</source>
        <translation>Speichern und Personen hinzufügen…</translation>
    </message>
    <message>
        <source>Edit interview</source>
        <translation>Gespräch bearbeiten</translation>
    </message>
    <message>
        <source>The invitation did not say which time zone {time} is in, so Afterview assumed {zone}. Which zone is it? Choose it below and save; the time stays {time}.</source>
        <translation>Die Einladung nannte keine Zeitzone für {time}, daher hat Afterview {zone} angenommen. Welche Zone ist es? Wählen Sie sie unten und speichern Sie; die Uhrzeit bleibt {time}.</translation>
    </message>
    <message>
        <source>Nobody named</source>
        <translation>Niemand genannt</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, e.g. Europe/Berlin.</source>
        <translation>Wählen Sie eine Zeitzone aus der Liste, z. B. Europe/Berlin.</translation>
    </message>
    <message>
        <source>{there} in {place} = {here} here ({home}), {day}</source>
        <translation>{there} in {place} = {here} hier ({home}), {day}</translation>
    </message>
</context>
<context>
    <name>InterviewDialogController</name>
    <message>
        <source>No date could be read from this ({explanation}); nothing was guessed.</source>
        <translation>Daraus ließ sich kein Datum lesen ({explanation}); es wurde nichts geraten.</translation>
    </message>
    <message>
        <source>Decision date set to {day} from “{phrase}” —</source>
        <translation>Entscheidungstermin auf {day} gesetzt aus „{phrase}“ –</translation>
    </message>
    <message>
        <source>“{phrase}” → {day}, the decision date.</source>
        <translation>„{phrase}“ → {day}, der Entscheidungstermin.</translation>
    </message>
    <message>
        <source>“{phrase}” → {day}; the decision date you chose is kept.</source>
        <translation>„{phrase}“ → {day}; der von Ihnen gewählte Entscheidungstermin bleibt.</translation>
    </message>
    <message>
        <source>“{phrase}” → {day}; not used.</source>
        <translation>„{phrase}“ → {day}; nicht übernommen.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a time zone name like Europe/Berlin</source>
        <translation>„{name}“ ist kein Zeitzonenname wie Europe/Berlin</translation>
    </message>
    <message>
        <source>Not saved: {error}.</source>
        <translation>Nicht gespeichert: {error}.</translation>
    </message>
</context>
<context>
    <name>InterviewModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>{when} (cancelled)</source>
        <translation>{when} (abgesagt)</translation>
    </message>
    <message>
        <source>{when} (time zone guessed: check it)</source>
        <translation>{when} (Zeitzone geschätzt: bitte prüfen)</translation>
    </message>
</context>
<context>
    <name>MailFindingsDialog</name>
    <message>
        <source>What the email held</source>
        <translation>Was die E-Mail enthielt</translation>
    </message>
    <message>
        <source>What the emails held</source>
        <translation>Was die E-Mails enthielten</translation>
    </message>
    <message>
        <source>Nothing above is saved until you open and save a card, or click Apply.</source>
        <translation>Nichts davon wird gespeichert, bis Sie eine Karte öffnen und speichern oder auf „Übernehmen“ klicken.</translation>
    </message>
    <message>
        <source>Cards read from signatures</source>
        <translation>Aus Signaturen gelesene Karten</translation>
    </message>
    <message>
        <source>Open their card…</source>
        <translation>Ihre Karte öffnen…</translation>
    </message>
    <message>
        <source>Open as a new card…</source>
        <translation>Als neue Karte öffnen…</translation>
    </message>
    <message>
        <source>Decision dates promised</source>
        <translation>Zugesagte Entscheidungstermine</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n Problem:</numerusform>
            <numerusform>%n Probleme:</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first {shown} of each are listed ({cards} cards, {decisions} decision dates were found). A mailbox about your applications alone lists them all.</source>
        <translation>Nur die ersten {shown} jeder Art werden aufgeführt (gefunden: {cards} Karten, {decisions} Entscheidungstermine). Ein Postfach nur mit Ihren Bewerbungen führt alle auf.</translation>
    </message>
    <message>
        <source>Already in your cards: opening it fills only what your card lacks.</source>
        <translation>Bereits in Ihren Karten: Beim Öffnen wird nur ergänzt, was Ihrer Karte fehlt.</translation>
    </message>
    <message>
        <source>Signature of {name}</source>
        <translation>Signatur von {name}</translation>
    </message>
    <message>
        <source>Decision by {day}
“{sentence}”
— {sender}</source>
        <translation>Entscheidung bis {day}
„{sentence}“
— {sender}</translation>
    </message>
    <message>
        <source>Choose the interview…</source>
        <translation>Gespräch wählen…</translation>
    </message>
    <message>
        <source>now expected {day}</source>
        <translation>jetzt erwartet am {day}</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>No open opportunity has an interview to write it to: add the interview first.</source>
        <translation>Keine offene Bewerbung hat ein Gespräch, bei dem es eingetragen werden kann: Legen Sie zuerst das Gespräch an.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Not written: {error}</source>
        <translation>Nicht geschrieben: {error}</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Decision expected {day}.</source>
        <translation>Entscheidung erwartet am {day}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New card…</source>
        <translation>&amp;Neue Karte…</translation>
    </message>
    <message>
        <source>Plan an &amp;interview…</source>
        <translation>Gespräch &amp;planen…</translation>
    </message>
    <message>
        <source>&amp;Log a call…</source>
        <translation>Anr&amp;uf protokollieren…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Export &amp;contacts…</source>
        <translation>&amp;Kontakte exportieren…</translation>
    </message>
    <message>
        <source>Export c&amp;alendar…</source>
        <translation>K&amp;alender exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;everything to a folder…</source>
        <translation>&amp;Alles in einen Ordner exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print handwritten-note checklist…</source>
        <translation>Checkliste für handschriftliche Karten &amp;drucken…</translation>
    </message>
    <message>
        <source>Load &amp;sample data</source>
        <translation>&amp;Beispieldaten laden</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Undo an earlier import</source>
        <translation>Einen früheren Import rückgängig machen</translation>
    </message>
    <message>
        <source>Paste a card &amp;photo</source>
        <translation>Karten&amp;foto einfügen</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Über {app}</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
</context>
<context>
    <name>MarkedCalendar</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Tage des Monats</translation>
    </message>
</context>
<context>
    <name>MergeReviewDialog</name>
    <message>
        <source>Review cards that differ from yours</source>
        <translation>Abweichende Karten prüfen</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Ihre übernehmen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) differ from yours in {files}. Your values were kept and new emails and phone numbers added; nothing more changes until you choose Apply.</source>
        <translation>
            <numerusform>%n Karte weicht in {files} von Ihrer ab. Ihre Werte wurden behalten und neue E-Mail-Adressen und Telefonnummern ergänzt; mehr ändert sich erst, wenn Sie „Übernehmen“ wählen.</numerusform>
            <numerusform>%n Karten weichen in {files} von Ihren ab. Ihre Werte wurden behalten und neue E-Mail-Adressen und Telefonnummern ergänzt; mehr ändert sich erst, wenn Sie „Übernehmen“ wählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>the import</source>
        <translation>dem Import</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Alle meine behalten</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Alle ihre übernehmen</translation>
    </message>
    <message>
        <source>Keep mine for now</source>
        <translation>Vorerst meine behalten</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre Werte</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Die Werte der Datei</translation>
    </message>
</context>
<context>
    <name>MissedNotesDialog</name>
    <message>
        <source>Notes not sent</source>
        <translation>Nicht gesendete Nachrichten</translation>
    </message>
    <message>
        <source>These thank-you notes were to go out while the computer was off or asleep. They have not been sent. Send them now, pick a new time, or keep them as drafts to look at again.</source>
        <translation>Diese Dankesnachrichten sollten hinausgehen, während der Computer aus war oder schlief. Sie wurden nicht gesendet. Senden Sie sie jetzt, wählen Sie einen neuen Zeitpunkt oder behalten Sie sie als Entwürfe, um sie später anzusehen.</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>Pick a new time…</source>
        <translation>Neuen Zeitpunkt wählen…</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Als Entwurf behalten</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>They stay listed on the Today page, unsent</source>
        <translation>Sie bleiben auf der Seite „Heute“ aufgeführt, ungesendet</translation>
    </message>
</context>
<context>
    <name>MissedNotesModel</name>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Was to go out</source>
        <translation>Sollte hinausgehen</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
</context>
<context>
    <name>NoteScheduling</name>
    <message>
        <source>Send {when} instead</source>
        <translation>Stattdessen {when} senden</translation>
    </message>
    <message>
        <source>Send now anyway</source>
        <translation>Trotzdem jetzt senden</translation>
    </message>
    <message>
        <source>the note to {full_name}</source>
        <translation>die Nachricht an {full_name}</translation>
    </message>
    <message>
        <source>Schedule anyway</source>
        <translation>Trotzdem planen</translation>
    </message>
    <message>
        <source>The note was not scheduled. {error}</source>
        <translation>Die Nachricht wurde nicht eingeplant. {error}</translation>
    </message>
    <message>
        <source>Kept in the system keyring, so Afterview can send the note without you</source>
        <translation>Im Schlüsselbund des Systems aufbewahrt, damit Afterview die Nachricht ohne Sie senden kann</translation>
    </message>
    <message>
        <source>The note was not scheduled: {error} Use Send now instead.</source>
        <translation>Die Nachricht wurde nicht eingeplant: {error} Verwenden Sie stattdessen „Jetzt senden“.</translation>
    </message>
    <message>
        <source>Send later</source>
        <translation>Später senden</translation>
    </message>
</context>
<context>
    <name>NoteSender</name>
    <message>
        <source>Check the user name in Settings → Mail and the password.</source>
        <translation>Prüfen Sie den Benutzernamen unter „Einstellungen → E-Mail“ und das Passwort.</translation>
    </message>
    <message>
        <source>Check the server name and port in Settings → Mail, and that you are online.</source>
        <translation>Prüfen Sie Servername und Port unter „Einstellungen → E-Mail“ und ob Sie online sind.</translation>
    </message>
    <message>
        <source>Check the address on the card in Contacts.</source>
        <translation>Prüfen Sie die Adresse auf der Karte unter „Kontakte“.</translation>
    </message>
    <message>
        <source>The server may be busy or blocked by a firewall; try again in a moment.</source>
        <translation>Der Server ist vielleicht ausgelastet oder durch eine Firewall blockiert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Check the connection security and port in Settings → Mail.</source>
        <translation>Prüfen Sie Verbindungssicherheit und Port unter „Einstellungen → E-Mail“.</translation>
    </message>
    <message>
        <source>The server would not take this message; your provider may say why in its own mail.</source>
        <translation>Der Server hat diese Nachricht nicht angenommen; Ihr Anbieter nennt den Grund vielleicht in einer eigenen E-Mail.</translation>
    </message>
    <message>
        <source>The note to {full_name} is on the clipboard (subject: “{subject}”). Paste it where you send it from.</source>
        <translation>Die Nachricht an {full_name} ist in der Zwischenablage (Betreff: „{subject}“). Fügen Sie sie dort ein, von wo Sie sie senden.</translation>
    </message>
    <message>
        <source>The note is too long to hand to your mail program as a link, so it is on the clipboard instead. Write to {email} with the subject “{subject}” and paste it.</source>
        <translation>Die Nachricht ist zu lang, um sie Ihrem E-Mail-Programm als Link zu übergeben, daher liegt sie in der Zwischenablage. Schreiben Sie an {email} mit dem Betreff „{subject}“ und fügen Sie sie ein.</translation>
    </message>
    <message>
        <source>No mail program answered. Use Copy, or Send now from Afterview.</source>
        <translation>Kein E-Mail-Programm hat geantwortet. Verwenden Sie „Kopieren“ oder „Jetzt senden“ aus Afterview.</translation>
    </message>
    <message>
        <source>Your mail program should now show the note to {full_name}.</source>
        <translation>Ihr E-Mail-Programm sollte jetzt die Nachricht an {full_name} zeigen.</translation>
    </message>
    <message>
        <source>The note to {full_name} is still being sent; send this one once it has gone.</source>
        <translation>Die Nachricht an {full_name} wird noch gesendet; senden Sie diese, sobald jene hinausgegangen ist.</translation>
    </message>
    <message>
        <source>Sending the note to {name}</source>
        <translation>Nachricht an {name} wird gesendet</translation>
    </message>
    <message>
        <source>The note to {full_name} was not sent; it is kept as it is.

{reason}</source>
        <translation>Die Nachricht an {full_name} wurde nicht gesendet; sie bleibt unverändert.

{reason}</translation>
    </message>
    <message>
        <source>The note to {full_name} was not sent; it is kept as it is. {reason}
Type the password again, or Cancel.</source>
        <translation>Die Nachricht an {full_name} wurde nicht gesendet; sie bleibt unverändert. {reason}
Geben Sie das Passwort erneut ein oder wählen Sie „Abbrechen“.</translation>
    </message>
    <message>
        <source>The note was sent, but the password was not remembered. {error}</source>
        <translation>Die Nachricht wurde gesendet, aber das Passwort wurde nicht gespeichert. {error}</translation>
    </message>
    <message>
        <source>{text}

Did the note go out?</source>
        <translation>{text}

Ist die Nachricht hinausgegangen?</translation>
    </message>
    <message>
        <source>Yes, mark it sent</source>
        <translation>Ja, als gesendet markieren</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Thank-you note</source>
        <translation>Dankesnachricht</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Notes</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Vorlagen…</translation>
    </message>
    <message>
        <source>See the note templates, write your own, or change a copy of one</source>
        <translation>Die Vorlagen für Nachrichten ansehen, eigene schreiben oder eine Kopie ändern</translation>
    </message>
    <message>
        <source>One short note to each person you met, written for them, within 48 hours.</source>
        <translation>Eine kurze Nachricht an jede Person, die Sie kennengelernt haben, für sie geschrieben, innerhalb von 48 Stunden.</translation>
    </message>
    <message>
        <source>No interviews to thank anyone for yet</source>
        <translation>Noch keine Gespräche, für die Sie sich bedanken können</translation>
    </message>
    <message>
        <source>Once an interview has taken place and the people you met are added to it, each of them gets a note here.</source>
        <translation>Sobald ein Gespräch stattgefunden hat und die Personen, die Sie kennengelernt haben, eingetragen sind, bekommt jede von ihnen hier eine Nachricht.</translation>
    </message>
    <message>
        <source>People met and their notes</source>
        <translation>Kennengelernte Personen und ihre Nachrichten</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>A note template could not be read: {error}</source>
        <translation>Eine Vorlage für Nachrichten konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>That interview has no notes to write (it may not have taken place yet).</source>
        <translation>Zu diesem Gespräch gibt es keine Nachrichten zu schreiben (vielleicht hat es noch nicht stattgefunden).</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
</context>
<context>
    <name>OpportunitiesPage</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Neue Bewerbung</translation>
    </message>
    <message>
        <source>Your pipeline</source>
        <translation>Ihre Bewerbungen</translation>
    </message>
    <message>
        <source>Choose an opportunity on the left, or add the company and role you are pursuing.</source>
        <translation>Wählen Sie links eine Bewerbung oder fügen Sie die Firma und Stelle hinzu, um die Sie sich bewerben.</translation>
    </message>
    <message>
        <source>The selected opportunity</source>
        <translation>Die gewählte Bewerbung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Details bearbeiten</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>Anruf protokollieren…</translation>
    </message>
    <message>
        <source>Feedback and notes</source>
        <translation>Rückmeldungen und Notizen</translation>
    </message>
    <message>
        <source>Interviews and timeline</source>
        <translation>Gespräche und Verlauf</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Neues Gespräch</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Mark cancelled</source>
        <translation>Als abgesagt markieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Your own timeline</source>
        <translation>Ihr eigener Zeitplan</translation>
    </message>
    <message>
        <source>Dates of your own: an offer expiring, a notice period, when you need a decision. Opportunities expected to decide after one of them are flagged in amber.</source>
        <translation>Eigene Termine: ein ablaufendes Angebot, eine Kündigungsfrist, bis wann Sie eine Entscheidung brauchen. Bewerbungen, deren Entscheidung danach erwartet wird, werden gelb markiert.</translation>
    </message>
    <message>
        <source>Your own dates</source>
        <translation>Ihre eigenen Termine</translation>
    </message>
    <message>
        <source>What, e.g. Offer from Lumen expires</source>
        <translation>Was, z. B. Angebot von Lumen läuft ab</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>{open} open · {closed} closed</source>
        <translation>{open} offen · {closed} abgeschlossen</translation>
    </message>
    <message>
        <source>Add the first company and role you are pursuing.</source>
        <translation>Fügen Sie die erste Firma und Stelle hinzu, um die Sie sich bewerben.</translation>
    </message>
    <message>
        <source>Every opportunity</source>
        <translation>Jede Bewerbung</translation>
    </message>
    <message>
        <source>
Why you fit: {why}</source>
        <translation>
Warum Sie passen: {why}</translation>
    </message>
    <message>
        <source>No posting link</source>
        <translation>Kein Link zur Stellenanzeige</translation>
    </message>
    <message>
        <source>Select an interview to see the next steps you heard.</source>
        <translation>Wählen Sie ein Gespräch, um die genannten nächsten Schritte zu sehen.</translation>
    </message>
    <message>
        <source>No interviews yet.</source>
        <translation>Noch keine Gespräche.</translation>
    </message>
    <message>
        <source>no next steps recorded</source>
        <translation>keine nächsten Schritte erfasst</translation>
    </message>
    <message>
        <source> · decision expected {day}</source>
        <translation> · Entscheidung erwartet am {day}</translation>
    </message>
    <message>
        <source> · process owner: {name}</source>
        <translation> · zuständig für den Ablauf: {name}</translation>
    </message>
    <message>
        <source>Next steps: {said}{by}{owner}</source>
        <translation>Nächste Schritte: {said}{by}{owner}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Not added: {reason}.</source>
        <translation>Nicht hinzugefügt: {reason}.</translation>
    </message>
    <message>
        <source>Delete interview</source>
        <translation>Gespräch löschen</translation>
    </message>
    <message>
        <source>Delete this interview with its people, meeting notes and thank-you notes? To keep the record, cancel it instead.</source>
        <translation>Dieses Gespräch mit seinen Personen, Gesprächsnotizen und Dankesnachrichten löschen? Um es festzuhalten, sagen Sie es stattdessen ab.</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <source>Edit opportunity</source>
        <translation>Bewerbung bearbeiten</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Neue Bewerbung</translation>
    </message>
    <message>
        <source>Northwind Analytics</source>
        <translation>Northwind Analytics</translation>
    </message>
    <message>
        <source>Senior Product Designer</source>
        <translation>Senior Product Designer</translation>
    </message>
    <message>
        <source>One line on why you fit; it goes into your thank-you notes</source>
        <translation>Eine Zeile, warum Sie passen; sie fließt in Ihre Dankesnachrichten ein</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Posting link</source>
        <translation>Link zur Ausschreibung</translation>
    </message>
    <message>
        <source>Why you fit</source>
        <translation>Warum Sie passen</translation>
    </message>
    <message>
        <source>Not saved: {error}.</source>
        <translation>Nicht gespeichert: {error}.</translation>
    </message>
</context>
<context>
    <name>OpportunityModel</name>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>{what} {day}</source>
        <translation>{what} {day}</translation>
    </message>
    <message>
        <source>Thank-you notes still to send: {count}</source>
        <translation>Noch zu sendende Dankesnachrichten: {count}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Mail password</source>
        <translation>E-Mail-Passwort</translation>
    </message>
    <message>
        <source>Password for {user} on {host}:</source>
        <translation>Passwort für {user} auf {host}:</translation>
    </message>
    <message>
        <source>Remember it in the system keyring once the server accepts it</source>
        <translation>Im Schlüsselbund des Systems speichern, sobald der Server es annimmt</translation>
    </message>
</context>
<context>
    <name>PeopleMetModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>{title} at {company}</source>
        <translation>{title} bei {company}</translation>
    </message>
    <message>
        <source>Nothing noted yet about what was memorable with this person.</source>
        <translation>Noch nichts dazu festgehalten, was Ihnen mit dieser Person in Erinnerung blieb.</translation>
    </message>
</context>
<context>
    <name>PeopleMetWidget</name>
    <message>
        <source>People met</source>
        <translation>Kennengelernte Personen</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Person hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>What was memorable</source>
        <translation>Was in Erinnerung blieb</translation>
    </message>
    <message>
        <source>One thing from the conversation with this person, for their thank-you note.</source>
        <translation>Eine Sache aus dem Gespräch mit dieser Person, für ihre Dankesnachricht.</translation>
    </message>
    <message>
        <source>What they said would happen next, if anything</source>
        <translation>Was laut der Person als Nächstes passieren soll, falls etwas</translation>
    </message>
    <message>
        <source>They promised</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>What was memorable with {name}</source>
        <translation>Was Ihnen mit {name} in Erinnerung blieb</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>sent {when}</source>
        <translation>gesendet {when}</translation>
    </message>
    <message>
        <source>Due {when}</source>
        <translation>Fällig {when}</translation>
    </message>
</context>
<context>
    <name>PersonalDateModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Worum es geht</translation>
    </message>
    <message>
        <source>Every opportunity</source>
        <translation>Jede Bewerbung</translation>
    </message>
</context>
<context>
    <name>PhotoView</name>
    <message>
        <source>The photo is not shown: {problem}.</source>
        <translation>Das Foto wird nicht gezeigt: {problem}.</translation>
    </message>
</context>
<context>
    <name>PrintChecklistDialog</name>
    <message>
        <source>Print handwritten-note checklist</source>
        <translation>Checkliste für handschriftliche Karten drucken</translation>
    </message>
    <message>
        <source>Handwritten-note checklist</source>
        <translation>Checkliste für handschriftliche Karten</translation>
    </message>
    <message>
        <source>Who to write to, the name as on the card, the address, what to mention and by when. Tick the boxes here as you go; the next print shows them.</source>
        <translation>An wen Sie schreiben, der Name wie auf der Karte, die Adresse, was Sie erwähnen und bis wann. Haken Sie die Kästchen hier ab, während Sie vorangehen; der nächste Ausdruck zeigt sie.</translation>
    </message>
    <message>
        <source>Every handwritten note not yet posted</source>
        <translation>Jede noch nicht eingeworfene handschriftliche Karte</translation>
    </message>
    <message>
        <source>Include drafts to copy by hand (one page each, large type)</source>
        <translation>Entwürfe zum Abschreiben beilegen (je eine Seite, große Schrift)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Notes to write by hand</source>
        <translation>Von Hand zu schreibende Nachrichten</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Vorschau und Drucken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>No handwritten notes to print here. Mark a note for handwriting in the note composer first.</source>
        <translation>Hier gibt es keine handschriftlichen Karten zu drucken. Markieren Sie zuerst im Nachrichtenfenster eine Nachricht als handschriftlich.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) will be left out of the printed drafts:</source>
        <translation>
            <numerusform>%n Entwurf wird in den gedruckten Entwürfen ausgelassen:</numerusform>
            <numerusform>%n Entwürfe werden in den gedruckten Entwürfen ausgelassen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) will be marked “not ready to copy” on the checklist:</source>
        <translation>
            <numerusform>%n Entwurf wird auf der Checkliste als „nicht bereit zum Abschreiben“ markiert:</numerusform>
            <numerusform>%n Entwürfe werden auf der Checkliste als „nicht bereit zum Abschreiben“ markiert:</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked as posted: the note counts as sent.</source>
        <translation>Als eingeworfen markiert: Die Nachricht zählt als gesendet.</translation>
    </message>
    <message>
        <source>Not posted after all: the note is back to ready.</source>
        <translation>Doch nicht eingeworfen: Die Nachricht ist wieder fertig.</translation>
    </message>
    <message>
        <source>The PDF could not be saved to {path}: {value}. Nothing was changed; choose another place.</source>
        <translation>Das PDF konnte nicht unter {path} gespeichert werden: {value}. Es wurde nichts geändert; wählen Sie einen anderen Ort.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to {path}.</source>
        <translation>
            <numerusform>%n Seite unter {path} gespeichert.</numerusform>
            <numerusform>%n Seiten unter {path} gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>handwritten-notes.pdf</source>
        <translation>handschriftliche-karten.pdf</translation>
    </message>
    <message>
        <source>Save the checklist as PDF</source>
        <translation>Checkliste als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved: no file was chosen.</source>
        <translation>Nicht gespeichert: Es wurde keine Datei gewählt.</translation>
    </message>
    <message>
        <source>No printer is installed on this computer. Use “Save as PDF…” and print the file elsewhere; nothing has been lost.</source>
        <translation>Auf diesem Computer ist kein Drucker eingerichtet. Verwenden Sie „Als PDF speichern…“ und drucken Sie die Datei anderswo; es ist nichts verloren gegangen.</translation>
    </message>
    <message>
        <source>Print preview: handwritten-note checklist</source>
        <translation>Druckvorschau: Checkliste für handschriftliche Karten</translation>
    </message>
    <message>
        <source>Printing failed: {error}. Nothing was changed; try “Save as PDF…”.</source>
        <translation>Drucken fehlgeschlagen: {error}. Es wurde nichts geändert; versuchen Sie „Als PDF speichern…“.</translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was changed.</source>
        <translation>Drucken abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
</context>
<context>
    <name>QrFieldsDialog</name>
    <message>
        <source>Fields from the QR code</source>
        <translation>Felder aus dem QR-Code</translation>
    </message>
    <message>
        <source>The photo holds a QR code with these details. Tick the ones to put on the card.</source>
        <translation>Das Foto enthält einen QR-Code mit diesen Angaben. Haken Sie an, was auf die Karte soll.</translation>
    </message>
    <message>
        <source>Email ({label}): {value}</source>
        <translation>E-Mail ({label}): {value}</translation>
    </message>
    <message>
        <source>Phone ({label}): {value}</source>
        <translation>Telefon ({label}): {value}</translation>
    </message>
    <message>
        <source>Use ticked fields</source>
        <translation>Angehakte Felder übernehmen</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n weitere)</numerusform>
            <numerusform>(+%n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>Note to {full_name} sent</source>
        <translation>Nachricht an {full_name} gesendet</translation>
    </message>
    <message>
        <source>Note to {name} not sent</source>
        <translation>Nachricht an {name} nicht gesendet</translation>
    </message>
    <message>
        <source>It stays scheduled: open it in Afterview to send it now, pick a new time, or cancel the schedule.</source>
        <translation>Sie bleibt eingeplant: Öffnen Sie sie in Afterview, um sie jetzt zu senden, einen neuen Zeitpunkt zu wählen oder die Planung aufzuheben.</translation>
    </message>
    <message numerus="yes">
        <source>%n reminders from {app}</source>
        <translation>
            <numerusform>%n Erinnerung von {app}</numerusform>
            <numerusform>%n Erinnerungen von {app}</numerusform>
        </translation>
    </message>
    <message>
        <source>{APP_NAME} is still running</source>
        <translation>{APP_NAME} läuft weiter</translation>
    </message>
    <message>
        <source>It keeps watching your deadlines from here, so reminders arrive on time. Quit from this icon&apos;s menu; turn this off in Settings › Reminders.</source>
        <translation>Es behält Ihre Fristen von hier aus im Blick, damit Erinnerungen pünktlich kommen. Beenden über das Menü dieses Symbols; abschalten unter „Einstellungen › Erinnerungen“.</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons, so reminders appear here while the window is open, and closing the window quits {APP_NAME}.</source>
        <translation>Dieser Desktop zeigt keine Symbole im Infobereich; Erinnerungen erscheinen daher hier, solange das Fenster offen ist, und das Schließen des Fensters beendet {APP_NAME}.</translation>
    </message>
    <message>
        <source>Start at login could not be changed: {error}</source>
        <translation>Start bei der Anmeldung konnte nicht geändert werden: {error}</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name (other script)</source>
        <translation>Name (andere Schrift)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Spelling checked against the card</source>
        <translation>Schreibweise mit der Karte abgeglichen</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Fax {value}</source>
        <translation>Fax {value}</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>E-Mail hinzufügen</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Telefon hinzufügen</translation>
    </message>
    <message>
        <source>Another row, to type it or click it on the card</source>
        <translation>Eine weitere Zeile, zum Eintippen oder Anklicken auf der Karte</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Email {value}</source>
        <translation>E-Mail {value}</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Phone {value}</source>
        <translation>Telefon {value}</translation>
    </message>
    <message>
        <source>Name: enter the name as printed on the card.</source>
        <translation>Name: Geben Sie den Namen so ein, wie er auf der Karte steht.</translation>
    </message>
    <message>
        <source>Name also printed as {name}.</source>
        <translation>Name auch gedruckt als {name}.</translation>
    </message>
</context>
<context>
    <name>ScheduledOutbox</name>
    <message>
        <source>the note to {name}</source>
        <translation>die Nachricht an {name}</translation>
    </message>
    <message numerus="yes">
        <source>these %n notes</source>
        <translation>
            <numerusform>diese %n Nachricht</numerusform>
            <numerusform>diese %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Not scheduled again:
</source>
        <translation>Nicht neu eingeplant:
</translation>
    </message>
    <message>
        <source>Send later</source>
        <translation>Später senden</translation>
    </message>
</context>
<context>
    <name>SendTimeDialog</name>
    <message>
        <source>Send later</source>
        <translation>Später senden</translation>
    </message>
    <message>
        <source>When should {what} go out? Afterview sends it then, while it runs (in the tray is enough).</source>
        <translation>Wann soll {what} hinausgehen? Afterview sendet sie dann, solange es läuft (im Infobereich genügt).</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Time ({key})</source>
        <translation>Uhrzeit ({key})</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Einplanen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>No calendar file is kept</source>
        <translation>Es wird keine Kalenderdatei geführt</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Wählen Sie mindestens einen Arbeitstag.</translation>
    </message>
    <message>
        <source>Calendar: there is no folder {folder}. Choose one that exists, or leave the field empty to keep no calendar file.</source>
        <translation>Kalender: Den Ordner {folder} gibt es nicht. Wählen Sie einen vorhandenen oder lassen Sie das Feld leer, um keine Kalenderdatei zu führen.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Paste signature</source>
        <translation>Signatur einfügen</translation>
    </message>
    <message>
        <source>Paste the signature block from their email. The fields found are put into the empty fields of the card for you to check; nothing is saved until you save the card.</source>
        <translation>Fügen Sie den Signaturblock aus der E-Mail der Person ein. Die gefundenen Angaben werden in die leeren Felder der Karte übernommen, damit Sie sie prüfen; gespeichert wird erst, wenn Sie die Karte speichern.</translation>
    </message>
    <message>
        <source>Fill the card</source>
        <translation>Karte ausfüllen</translation>
    </message>
</context>
<context>
    <name>SyncKeeper</name>
    <message>
        <source>Sync state</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Wird synchronisiert</translation>
    </message>
    <message>
        <source>Synced: {summary}.</source>
        <translation>Synchronisiert: {summary}.</translation>
    </message>
    <message>
        <source>Sync: offline</source>
        <translation>Synchronisierung: offline</translation>
    </message>
    <message>
        <source>{error}. Afterview syncs again at the next change or period.</source>
        <translation>{error}. Afterview synchronisiert wieder bei der nächsten Änderung oder zum nächsten Intervall.</translation>
    </message>
    <message>
        <source>Sync failed: {error}</source>
        <translation>Synchronisierung fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>kept in your system&apos;s keyring</source>
        <translation>im Schlüsselbund Ihres Systems aufbewahrt</translation>
    </message>
    <message>
        <source>or a command that prints it, e.g. pass show dav</source>
        <translation>oder ein Befehl, der es ausgibt, z. B. pass show dav</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password command</source>
        <translation>Passwort-Befehl</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Einrichten</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Wartet auf Sie</translation>
    </message>
    <message>
        <source>No account is set up: Afterview syncs with nothing.</source>
        <translation>Kein Konto eingerichtet: Afterview synchronisiert mit nichts.</translation>
    </message>
    <message>
        <source>given by the password command</source>
        <translation>kommt vom Passwort-Befehl</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Calendar: {url}</source>
        <translation>Kalender: {url}</translation>
    </message>
    <message>
        <source>Address book: {url}</source>
        <translation>Adressbuch: {url}</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Zuletzt synchronisiert: {when}</translation>
    </message>
    <message>
        <source>Offline: {error}. Nothing was lost; sync again later.</source>
        <translation>Offline: {error}. Es ging nichts verloren; synchronisieren Sie später erneut.</translation>
    </message>
    <message>
        <source>Set up: the calendar and address book named Afterview (created: {made}). Sync now to fill them.</source>
        <translation>Eingerichtet: der Kalender und das Adressbuch namens Afterview (angelegt: {made}). Synchronisieren Sie jetzt, um sie zu füllen.</translation>
    </message>
    <message>
        <source>Set up: the calendar and address book named Afterview. Sync now to fill them.</source>
        <translation>Eingerichtet: der Kalender und das Adressbuch namens Afterview. Synchronisieren Sie jetzt, um sie zu füllen.</translation>
    </message>
    <message>
        <source>Setting up sync</source>
        <translation>Synchronisierung wird eingerichtet</translation>
    </message>
    <message>
        <source>Not read: {problem}</source>
        <translation>Nicht gelesen: {problem}</translation>
    </message>
    <message>
        <source>Put back: {event} (changed elsewhere; Afterview works this event out itself)</source>
        <translation>Zurückgesetzt: {event} (anderswo geändert; Afterview ermittelt diesen Termin selbst)</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Wird synchronisiert</translation>
    </message>
</context>
<context>
    <name>SyncWaitingModel</name>
    <message>
        <source>Contact or event</source>
        <translation>Kontakt oder Termin</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <source>{field} changed on both sides</source>
        <translation>{field} auf beiden Seiten geändert</translation>
    </message>
    <message>
        <source>changed: {fields}</source>
        <translation>geändert: {fields}</translation>
    </message>
    <message>
        <source>starts {when}</source>
        <translation>beginnt {when}</translation>
    </message>
    <message>
        <source>Deleted here, changed on the server</source>
        <translation>Hier gelöscht, auf dem Server geändert</translation>
    </message>
    <message>
        <source>Deleted on the server</source>
        <translation>Auf dem Server gelöscht</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
</context>
<context>
    <name>TaskIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>{task}: {done} of {total} done</source>
        <translation>{task}: {done} von {total} erledigt</translation>
    </message>
    <message>
        <source>{title}: cancelling…</source>
        <translation>{title}: wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>waiting for the one before</source>
        <translation>wartet auf die vorige Aufgabe</translation>
    </message>
    <message>
        <source>{title}: cancelled.</source>
        <translation>{title}: abgebrochen.</translation>
    </message>
</context>
<context>
    <name>TemplatesController</name>
    <message>
        <source>The templates folder {folder} could not be created: {reason}</source>
        <translation>Der Vorlagenordner {folder} konnte nicht angelegt werden: {reason}</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>A template starts with a &apos;Subject: …&apos; line (and optionally &apos;Description: …&apos;), then a blank line, then the note. Fields in braces are filled from the card, the opportunity and your meeting note:
{fields}
Write {{{{ or }}}} for a literal brace.</source>
        <translation>Eine Vorlage beginnt mit einer Zeile &apos;Subject: …&apos; (und optional &apos;Description: …&apos;), dann folgen eine Leerzeile und die Nachricht. Felder in geschweiften Klammern werden aus der Karte, der Bewerbung und Ihrer Gesprächsnotiz gefüllt:
{fields}
Schreiben Sie {{{{ oder }}}} für eine geschweifte Klammer als Zeichen.</translation>
    </message>
    <message>
        <source>Note templates</source>
        <translation>Vorlagen für Nachrichten</translation>
    </message>
    <message>
        <source>Built-in templates are never changed: editing one saves your own copy, under the same name, in your templates folder.</source>
        <translation>Mitgelieferte Vorlagen werden nie geändert: Wenn Sie eine bearbeiten, wird Ihre eigene Kopie unter demselben Namen in Ihrem Vorlagenordner gespeichert.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Text der Vorlage</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Your template, in {folder}</source>
        <translation>Ihre Vorlage, in {folder}</translation>
    </message>
    <message>
        <source>Saving writes your own copy; the built-in one stays as it is.</source>
        <translation>Beim Speichern entsteht Ihre eigene Kopie; die mitgelieferte bleibt unverändert.</translation>
    </message>
    <message>
        <source>✖ {problem}</source>
        <translation>✖ {problem}</translation>
    </message>
    <message>
        <source>⚠ {fields}: not a field Afterview knows; the note would show it as written.</source>
        <translation>⚠ {fields}: kein Feld, das Afterview kennt; die Nachricht würde es so zeigen, wie es geschrieben ist.</translation>
    </message>
    <message>
        <source>no fields</source>
        <translation>keine Felder</translation>
    </message>
    <message>
        <source>✔ Reads fine. Uses {fields}.</source>
        <translation>✔ In Ordnung. Verwendet {fields}.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Fix the problem above and save, or discard the changes, before closing.</source>
        <translation>Beheben Sie vor dem Schließen das Problem oben und speichern Sie, oder verwerfen Sie die Änderungen.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete your template “{name}”?</source>
        <translation>Ihre Vorlage „{name}“ löschen?</translation>
    </message>
    <message>
        <source>The built-in one of that name is offered again.</source>
        <translation>Die mitgelieferte Vorlage dieses Namens wird wieder angeboten.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>Von wem</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Worum es geht</translation>
    </message>
    <message>
        <source>{path}
Subject: {subject}</source>
        <translation>{path}
Betreff: {subject}</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Welcome to Afterview</source>
        <translation>Willkommen bei Afterview</translation>
    </message>
    <message>
        <source>After each interview, add the people you met and what they said about next steps. Afterview then reminds you to thank each of them within 48 hours and to follow up when the promised date passes.</source>
        <translation>Tragen Sie nach jedem Gespräch die Personen ein, die Sie kennengelernt haben, und was über die nächsten Schritte gesagt wurde. Afterview erinnert Sie dann, sich innerhalb von 48 Stunden bei jeder Person zu bedanken und nachzufassen, wenn das zugesagte Datum verstreicht.</translation>
    </message>
    <message>
        <source>Explore with sample data</source>
        <translation>Mit Beispieldaten ausprobieren</translation>
    </message>
    <message>
        <source>Start with my own interview</source>
        <translation>Mit meinem eigenen Gespräch beginnen</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Nichts fällig</translation>
    </message>
    <message>
        <source>No notes or calls are due in the next 7 days. New interviews you add will bring their deadlines here.</source>
        <translation>In den nächsten 7 Tagen sind keine Nachrichten oder Anrufe fällig. Neue Gespräche bringen ihre Fristen hierher.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>1 Stunde zurückstellen</translation>
    </message>
    <message>
        <source>Snooze until tomorrow</source>
        <translation>Bis morgen zurückstellen</translation>
    </message>
    <message>
        <source>Due and overdue</source>
        <translation>Fällig und überfällig</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>Send this note now instead of at its time</source>
        <translation>Diese Nachricht jetzt statt zum geplanten Zeitpunkt senden</translation>
    </message>
    <message>
        <source>Cancel schedule</source>
        <translation>Planung aufheben</translation>
    </message>
    <message>
        <source>Do not send it; the note stays as it is, as a draft</source>
        <translation>Nicht senden; die Nachricht bleibt unverändert als Entwurf</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Nothing due today</source>
        <translation>Heute nichts fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n heute fällig</numerusform>
            <numerusform>%n heute fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>Snooze all 1 hour</source>
        <translation>Alle um 1 Stunde zurückstellen</translation>
    </message>
    <message>
        <source>Snooze all until tomorrow morning</source>
        <translation>Alle bis morgen früh zurückstellen</translation>
    </message>
    <message>
        <source>Open {app}</source>
        <translation>{app} öffnen</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…und %n weiteres</numerusform>
            <numerusform>…und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>ValueLabels</name>
    <message>
        <source>work</source>
        <translation>geschäftlich</translation>
    </message>
    <message>
        <source>home</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>Fax</translation>
    </message>
</context>
<context>
    <name>ValueRow</name>
    <message>
        <source>Remove this email</source>
        <translation>Diese E-Mail-Adresse entfernen</translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation>Diese Telefonnummer entfernen</translation>
    </message>
</context>
<context>
    <name>ValueRows</name>
    <message>
        <source>Add email</source>
        <translation>E-Mail hinzufügen</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Telefon hinzufügen</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>today at {time}</source>
        <translation>heute um {time}</translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation>morgen um {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>gestern um {time}</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} um {time}</translation>
    </message>
</context>
<context>
    <name>listed</name>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} und {last}</translation>
    </message>
</context>
<context>
    <name>printed</name>
    <message>
        <source>Handwritten thank-you notes</source>
        <translation>Handgeschriebene Dankeskarten</translation>
    </message>
    <message>
        <source>(to fill in)</source>
        <translation>(auszufüllen)</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Seite {number} von {total}</translation>
    </message>
    <message>
        <source>1 card to write</source>
        <translation>1 Karte zu schreiben</translation>
    </message>
    <message>
        <source>{count} cards to write</source>
        <translation>{count} Karten zu schreiben</translation>
    </message>
    <message>
        <source>For {name} · printed {day} · {count}</source>
        <translation>Für {name} · gedruckt am {day} · {count}</translation>
    </message>
    <message>
        <source>Printed {day} · {count}</source>
        <translation>Gedruckt am {day} · {count}</translation>
    </message>
    <message>
        <source>Write each card by hand, spell the name exactly as printed, and post it before its deadline. Tick each box as you go.</source>
        <translation>Schreiben Sie jede Karte von Hand, schreiben Sie den Namen genau wie gedruckt und geben Sie sie vor ihrer Frist auf. Haken Sie jedes Kästchen ab, sobald es erledigt ist.</translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation>{title} (Fortsetzung)</translation>
    </message>
    <message>
        <source>No handwritten notes are waiting. Mark a note for handwriting in the note composer, then print again.</source>
        <translation>Keine handgeschriebenen Karten stehen aus. Markieren Sie im Nachrichtenfenster eine Nachricht für die Handschrift und drucken Sie erneut.</translation>
    </message>
    <message>
        <source>Left out of the drafts to copy until they are ready (each card says why): {names}.</source>
        <translation>Nicht bei den Entwürfen zum Abschreiben, bis sie bereit sind (auf jeder Karte steht, warum): {names}.</translation>
    </message>
    <message>
        <source>No draft written yet, so none to copy: {names}. Write it in the note composer, then print again.</source>
        <translation>Noch kein Entwurf geschrieben, also keiner zum Abschreiben: {names}. Schreiben Sie ihn im Nachrichtenfenster und drucken Sie erneut.</translation>
    </message>
    <message>
        <source>Overdue, was due by</source>
        <translation>Überfällig, war fällig bis</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Fällig bis</translation>
    </message>
    <message>
        <source>Greet as: {salutation}</source>
        <translation>Anrede: {salutation}</translation>
    </message>
    <message>
        <source>MAILING ADDRESS</source>
        <translation>POSTANSCHRIFT</translation>
    </message>
    <message>
        <source>No mailing address on the card yet: look it up before addressing the envelope.</source>
        <translation>Noch keine Postanschrift auf der Visitenkarte: Suchen Sie sie heraus, bevor Sie den Umschlag beschriften.</translation>
    </message>
    <message>
        <source>MENTION</source>
        <translation>ERWÄHNEN</translation>
    </message>
    <message>
        <source>Nothing noted yet: one thing you talked about with this person.</source>
        <translation>Noch nichts notiert: eine Sache, über die Sie mit dieser Person gesprochen haben.</translation>
    </message>
    <message>
        <source>WHY YOU FIT</source>
        <translation>WARUM SIE PASSEN</translation>
    </message>
    <message>
        <source>Add the one line on why you fit to the opportunity.</source>
        <translation>Ergänzen Sie bei der Bewerbung die eine Zeile, warum Sie passen.</translation>
    </message>
    <message>
        <source>Draft not ready to copy. {reason}</source>
        <translation>Entwurf noch nicht zum Abschreiben bereit. {reason}</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>Addressed</source>
        <translation>Adressiert</translation>
    </message>
    <message>
        <source>Stamped</source>
        <translation>Frankiert</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Verschickt</translation>
    </message>
    <message>
        <source>DRAFT TO COPY BY HAND</source>
        <translation>ENTWURF ZUM ABSCHREIBEN</translation>
    </message>
    <message>
        <source>To {name}</source>
        <translation>An {name}</translation>
    </message>
    <message>
        <source>Post by {due}</source>
        <translation>Aufgeben bis {due}</translation>
    </message>
    <message>
        <source>Draft to {name} (continued)</source>
        <translation>Entwurf an {name} (Fortsetzung)</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <source>Afterview could not start</source>
        <translation>Afterview konnte nicht starten</translation>
    </message>
    <message>
        <source>Quit, and start Afterview again. If this happens every time, Afterview&apos;s log holds the details.</source>
        <translation>Beenden Sie Afterview und starten Sie es erneut. Wenn das jedes Mal passiert, finden Sie die Einzelheiten im Protokoll von Afterview.</translation>
    </message>
    <message>
        <source>The log folder {folder} cannot be written ({reason}); Afterview works on without a log.</source>
        <translation>In den Protokollordner {folder} kann nicht geschrieben werden ({reason}); Afterview arbeitet ohne Protokoll weiter.</translation>
    </message>
    <message>
        <source>Your Afterview database is damaged</source>
        <translation>Ihre Afterview-Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>Afterview cannot use its database, so it will not change it.</source>
        <translation>Afterview kann seine Datenbank nicht verwenden und ändert sie daher nicht.</translation>
    </message>
    <message>
        <source>{error}

The damaged file will be kept beside it under a new name. </source>
        <translation>{error}

Die beschädigte Datei wird unter neuem Namen daneben aufbewahrt. </translation>
    </message>
    <message>
        <source>The newest good backup is from {when}.</source>
        <translation>Die neueste intakte Sicherung ist vom {when}.</translation>
    </message>
    <message>
        <source>There is no backup to restore.</source>
        <translation>Es gibt keine Sicherung zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Mit einer leeren Datenbank beginnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Afterview</source>
        <translation>Afterview</translation>
    </message>
    <message>
        <source>The damaged database was kept as {aside}.</source>
        <translation>Die beschädigte Datenbank wurde als {aside} aufbewahrt.</translation>
    </message>
    <message>
        <source>Move on?</source>
        <translation>Abhaken?</translation>
    </message>
    <message>
        <source>{title}
{detail}.

Close it as “no response”? Its history is kept, and you can still log a call if they get back to you.</source>
        <translation>{title}
{detail}.

Als „keine Antwort“ abschließen? Der Verlauf bleibt erhalten, und Sie können weiterhin einen Anruf festhalten, falls sich die Firma meldet.</translation>
    </message>
    <message>
        <source>Move on</source>
        <translation>Abhaken</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Notes will greet: Dear {greeting},</source>
        <translation>Nachrichten beginnen mit: Dear {greeting},</translation>
    </message>
    <message>
        <source>Notes will greet the person by the name typed above.</source>
        <translation>Nachrichten sprechen die Person mit dem oben eingegebenen Namen an.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a card photo can be at most 10 MB.</source>
        <translation>{name} ist {size} MB groß; ein Kartenfoto darf höchstens 10 MB groß sein.</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>{name} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>{name} is not a picture Afterview can read (PNG, JPEG, GIF, BMP, WebP).</source>
        <translation>{name} ist kein Bild, das Afterview lesen kann (PNG, JPEG, GIF, BMP, WebP).</translation>
    </message>
    <message>
        <source>Card photos ({patterns});;All files (*)</source>
        <translation>Kartenfotos ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Not found: if the card shows it, type it or click it on the card.</source>
        <translation>Nicht gefunden: Wenn die Karte es zeigt, tippen Sie es ein oder klicken Sie es auf der Karte an.</translation>
    </message>
    <message>
        <source>Sure</source>
        <translation>Sicher</translation>
    </message>
    <message>
        <source>Read with {percent} confidence.</source>
        <translation>Mit {percent} Sicherheit gelesen.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Read with {percent} confidence: compare it with the card.</source>
        <translation>Mit {percent} Sicherheit gelesen: Vergleichen Sie es mit der Karte.</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>Read with only {percent} confidence: compare it with the card.</source>
        <translation>Nur mit {percent} Sicherheit gelesen: Vergleichen Sie es mit der Karte.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Afterview could not save</source>
        <translation>Afterview konnte nicht speichern</translation>
    </message>
    <message>
        <source>Your last change was not saved.</source>
        <translation>Ihre letzte Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>{problem}

Do it again once that is solved.</source>
        <translation>{problem}

Wiederholen Sie sie, sobald das behoben ist.</translation>
    </message>
    <message>
        <source>Afterview hit a problem</source>
        <translation>Afterview ist auf ein Problem gestoßen</translation>
    </message>
    <message>
        <source>Something went wrong, and what you just did may not have been saved. What was saved before it is kept.</source>
        <translation>Etwas ist schiefgegangen, und was Sie gerade getan haben, ist vielleicht nicht gespeichert. Was vorher gespeichert war, bleibt erhalten.</translation>
    </message>
    <message>
        <source>{name}: {error}

The details were written to {log_file}. Check that your last change is there and do it again if not; if the problem comes back, please send that file to us.</source>
        <translation>{name}: {error}

Die Einzelheiten stehen in {log_file}. Prüfen Sie, ob Ihre letzte Änderung da ist, und wiederholen Sie sie sonst; tritt das Problem erneut auf, schicken Sie uns bitte diese Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message>
        <source>None looks like a recent or coming interview, so none is ticked.</source>
        <translation>Keiner sieht nach einem kürzlichen oder bevorstehenden Vorstellungsgespräch aus, daher ist keiner angehakt.</translation>
    </message>
    <message numerus="yes">
        <source>The %n that look(s) like a recent or coming interview is (are) ticked.</source>
        <translation>
            <numerusform>Der eine, der nach einem kürzlichen oder bevorstehenden Vorstellungsgespräch aussieht, ist angehakt.</numerusform>
            <numerusform>Die %n, die nach kürzlichen oder bevorstehenden Vorstellungsgesprächen aussehen, sind angehakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} h overdue</source>
        <translation>{hours} Std. überfällig</translation>
    </message>
    <message>
        <source>{days} days overdue</source>
        <translation>{days} Tage überfällig</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>Heute {time}</translation>
    </message>
    <message>
        <source>Tomorrow {time}</source>
        <translation>Morgen {time}</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>handwritten</source>
        <translation>handschriftlich</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} T. {hours} Std.</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{time} overdue</source>
        <translation>{time} überfällig</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>eingeplant</translation>
    </message>
    <message>
        <source>{state}, {when}</source>
        <translation>{state}, {when}</translation>
    </message>
    <message>
        <source>{day} · {company} · {role} · {kind} — {done} of {people} sent</source>
        <translation>{day} · {company} · {role} · {kind} — {done} von {people} gesendet</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <source>Yours, replaces the built-in one</source>
        <translation>Ihre, ersetzt die mitgelieferte</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre Werte</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>{name} löschen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message numerus="yes">
        <source>{folder} already holds %n file(s) of the same names.</source>
        <translation>
            <numerusform>{folder} enthält bereits %n Datei mit demselben Namen.</numerusform>
            <numerusform>{folder} enthält bereits %n Dateien mit denselben Namen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been written yet. Replace them, choose another folder, or cancel.</source>
        <translation>Es wurde noch nichts geschrieben. Ersetzen Sie sie, wählen Sie einen anderen Ordner oder brechen Sie ab.</translation>
    </message>
    <message numerus="yes">
        <source>Replace %n file(s)</source>
        <translation>
            <numerusform>%n Datei ersetzen</numerusform>
            <numerusform>%n Dateien ersetzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Anderen Ordner wählen…</translation>
    </message>
    <message>
        <source>Self Test</source>
        <translation>Selbsttest</translation>
    </message>
    <message>
        <source>Afterview cannot open its data</source>
        <translation>Afterview kann seine Daten nicht öffnen</translation>
    </message>
    <message>
        <source>Afterview has not changed anything. Try again once the other program is closed, choose another folder for Afterview&apos;s data (for this session), or quit.</source>
        <translation>Afterview hat nichts verändert. Versuchen Sie es erneut, sobald das andere Programm geschlossen ist, wählen Sie (für diese Sitzung) einen anderen Ordner für die Daten von Afterview oder beenden Sie.</translation>
    </message>
    <message>
        <source>Afterview has not changed anything. Choose another folder for Afterview&apos;s data (for this session), or quit.</source>
        <translation>Afterview hat nichts verändert. Wählen Sie (für diese Sitzung) einen anderen Ordner für die Daten von Afterview oder beenden Sie.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Choose a folder for Afterview&apos;s data</source>
        <translation>Ordner für die Daten von Afterview wählen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n heute fällig</numerusform>
            <numerusform>%n heute fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing due today</source>
        <translation>heute nichts fällig</translation>
    </message>
    <message>
        <source>{app}: {today}; next, {title} on {when}</source>
        <translation>{app}: {today}; als Nächstes {title} am {when}</translation>
    </message>
    <message numerus="yes">
        <source>(%n in the next {days} days)</source>
        <translation>
            <numerusform>(%n in den nächsten {days} Tagen)</numerusform>
            <numerusform>(%n in den nächsten {days} Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>{action} (Ctrl+Enter)</source>
        <translation>{action} (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n calendar event(s)</source>
        <translation>
            <numerusform>%n calendar event</numerusform>
            <numerusform>%n calendar events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n interview</numerusform>
            <numerusform>%n interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note deadline(s)</source>
        <translation>
            <numerusform>%n note deadline</numerusform>
            <numerusform>%n note deadlines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n move-on date(s)</source>
        <translation>
            <numerusform>%n move-on date</numerusform>
            <numerusform>%n move-on dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) of your own</source>
        <translation>
            <numerusform>%n date of your own</numerusform>
            <numerusform>%n dates of your own</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) after your own date(s)</source>
        <translation>
            <numerusform>%n decision after your own date</numerusform>
            <numerusform>%n decisions after your own dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) read</source>
        <translation>
            <numerusform>%n message read</numerusform>
            <numerusform>%n messages read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) from signatures</source>
        <translation>
            <numerusform>%n card from signatures</numerusform>
            <numerusform>%n cards from signatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision date(s)</source>
        <translation>
            <numerusform>%n decision date</numerusform>
            <numerusform>%n decision dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s)</source>
        <translation>
            <numerusform>%n invitation</numerusform>
            <numerusform>%n invitations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) added</source>
        <translation>
            <numerusform>%n interview added</numerusform>
            <numerusform>%n interviews added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) updated</source>
        <translation>
            <numerusform>%n interview updated</numerusform>
            <numerusform>%n interviews updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) on the server</source>
        <translation>
            <numerusform>%n deletion on the server</numerusform>
            <numerusform>%n deletions on the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted here but changed on the server</source>
        <translation>
            <numerusform>%n item deleted here but changed on the server</numerusform>
            <numerusform>%n items deleted here but changed on the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read</source>
        <translation>
            <numerusform>%n item could not be read</numerusform>
            <numerusform>%n items could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) changed elsewhere put back</source>
        <translation>
            <numerusform>%n event changed elsewhere put back</numerusform>
            <numerusform>%n events changed elsewhere put back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunit(y/ies)</source>
        <translation>
            <numerusform>%n opportunity</numerusform>
            <numerusform>%n opportunities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call attempt(s)</source>
        <translation>
            <numerusform>%n call attempt</numerusform>
            <numerusform>%n call attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time zone(s) guessed: open the interview to choose the right one</source>
        <translation>
            <numerusform>%n time zone guessed: open the interview to choose the right one</numerusform>
            <numerusform>%n time zones guessed: open the interview to choose the right one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message numerus="yes">
        <source>Importing %n file(s)</source>
        <translation>
            <numerusform>Importing %n file</numerusform>
            <numerusform>Importing %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); see the details.</source>
        <translation>
            <numerusform>%n problem; see the details.</numerusform>
            <numerusform>%n problems; see the details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n event(s) of {file}</source>
        <translation>
            <numerusform>Importing %n event of {file}</numerusform>
            <numerusform>Importing %n events of {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your choices were applied to %n contact(s); Edit → Undo import undoes them with the import.</source>
        <translation>
            <numerusform>Your choices were applied to %n contact; Edit → Undo import undoes them with the import.</numerusform>
            <numerusform>Your choices were applied to %n contacts; Edit → Undo import undoes them with the import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent note(s) now signed “{name}”.</source>
        <translation>
            <numerusform>%n unsent note now signed “{name}”.</numerusform>
            <numerusform>%n unsent notes now signed “{name}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarChoiceDialog</name>
    <message numerus="yes">
        <source>Import %n interview(s)</source>
        <translation>
            <numerusform>Import %n interview</numerusform>
            <numerusform>Import %n interviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message numerus="yes">
        <source>%n call(s) so far, the last on {when}: {outcome}</source>
        <translation>
            <numerusform>%n call so far, on {when}: {outcome}</numerusform>
            <numerusform>%n calls so far, the last on {when}: {outcome}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message numerus="yes">
        <source>%n cards selected: click one to see it here.</source>
        <translation>
            <numerusform>%n card selected: click one to see it here.</numerusform>
            <numerusform>%n cards selected: click one to see it here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n selected card(s)</source>
        <translation>
            <numerusform>Export %n selected card</numerusform>
            <numerusform>Export %n selected cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) written to {path}.</source>
        <translation>
            <numerusform>%n card written to {path}.</numerusform>
            <numerusform>%n cards written to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailFindingsDialog</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problem:</numerusform>
            <numerusform>%n problems:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeReviewDialog</name>
    <message numerus="yes">
        <source>%n card(s) differ from yours in {files}. Your values were kept and new emails and phone numbers added; nothing more changes until you choose Apply.</source>
        <translation>
            <numerusform>%n card differs from yours in {files}. Your values were kept and new emails and phone numbers added; nothing more changes until you choose Apply.</numerusform>
            <numerusform>%n cards differ from yours in {files}. Your values were kept and new emails and phone numbers added; nothing more changes until you choose Apply.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintChecklistDialog</name>
    <message numerus="yes">
        <source>%n draft(s) will be left out of the printed drafts:</source>
        <translation>
            <numerusform>%n draft will be left out of the printed drafts:</numerusform>
            <numerusform>%n drafts will be left out of the printed drafts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) will be marked “not ready to copy” on the checklist:</source>
        <translation>
            <numerusform>%n draft will be marked “not ready to copy” on the checklist:</numerusform>
            <numerusform>%n drafts will be marked “not ready to copy” on the checklist:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to {path}.</source>
        <translation>
            <numerusform>Saved %n page to {path}.</numerusform>
            <numerusform>Saved %n pages to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n more)</numerusform>
            <numerusform>(+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message numerus="yes">
        <source>%n reminders from {app}</source>
        <translation>
            <numerusform>%n reminder from {app}</numerusform>
            <numerusform>%n reminders from {app}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduledOutbox</name>
    <message numerus="yes">
        <source>these %n notes</source>
        <translation>
            <numerusform>this note</numerusform>
            <numerusform>these %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n due today</numerusform>
            <numerusform>%n due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n that look(s) like a recent or coming interview is (are) ticked.</source>
        <translation>
            <numerusform>The one that looks like a recent or coming interview is ticked.</numerusform>
            <numerusform>The %n that look like recent or coming interviews are ticked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{folder} already holds %n file(s) of the same names.</source>
        <translation>
            <numerusform>{folder} already holds %n file of the same name.</numerusform>
            <numerusform>{folder} already holds %n files of the same names.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace %n file(s)</source>
        <translation>
            <numerusform>Replace %n file</numerusform>
            <numerusform>Replace %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n due today</numerusform>
            <numerusform>%n due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n in the next {days} days)</source>
        <translation>
            <numerusform>(%n in the next {days} days)</numerusform>
            <numerusform>(%n in the next {days} days)</numerusform>
        </translation>
    </message>
</context>
</TS>

"""Reading emails as mail programs save them: invitations, the newest words, the sender's signature, promises."""

from __future__ import annotations

from datetime import date
from email.message import EmailMessage
from pathlib import Path

import pytest

from desktop.core.cards import ImportProblem, LabelledValue
from desktop.core.mail_reading import html_to_text, promised_decision, proposed_card, read_message, split_signature

MAIL = Path(__file__).parents[1] / "fixtures" / "mail"


def read(name: str):
    return read_message((MAIL / name).read_bytes(), name)


def said_on(text) -> date:
    return text.sent_at.date()


def test_outlook_sends_the_invitation_as_a_base64_calendar_part_with_its_method():
    message = read("outlook_invitation.eml")
    (calendar,) = message.calendars
    assert "METHOD:REQUEST" in calendar and "Siobhán Ní Bhriain" in calendar
    (text,) = message.texts
    assert (text.sender_name, text.sender_email) == ("Siobhán Ní Bhriain",
                                                     "siobhan.nibhriain@northwind-analytics.example")
    assert "confidential" not in text.signature  # the disclaimer under the signature is not part of it
    card = proposed_card(text, "IE")
    assert card.title == "Talent Acquisition Partner" and card.company == "Northwind Analytics Ltd"
    assert card.phones == [LabelledValue("+353871234567", "mobile"), LabelledValue("+35315550199", "work")]
    assert card.emails == [LabelledValue("siobhan.nibhriain@northwind-analytics.example")]
    assert promised_decision(text, said_on(text)) is None


def test_apple_mail_attaches_the_ics_in_quoted_printable_and_the_phone_sign_off_is_not_the_signature():
    message = read("apple_mail_attachment.eml")
    assert message.subject == "Votre entretien du 10 décembre"
    (calendar,) = message.calendars
    assert "Entretien – Chargée de projet" in calendar
    card = proposed_card(message.texts[0], "FR")
    assert card.full_name == "Hélène Lefèvre-Dubois" and card.title == "Responsable du recrutement"
    assert card.phones == [LabelledValue("+33142685300", "work")]


def test_a_gmail_reply_reads_the_newest_message_not_the_quoted_one():
    message = read("gmail_reply.eml")
    (text,) = message.texts
    assert "hear from you within two weeks" not in text.body  # the candidate's own words, quoted under the reply
    card = proposed_card(text, "DE")
    assert card.full_name == "Jürgen Weiß-Müller" and card.company == "Brightwater Robotics GmbH"
    assert "Aoife" not in card.full_name and "+353869998888" not in [p.value for p in card.phones]
    promise = promised_decision(text, said_on(text))
    # Written on Thursday 3 December: "by Friday" is the next day; Monday's meeting is not the promise.
    assert promise.reading.decision_date == date(2026, 12, 4)
    assert promise.sentence.endswith("we will get back to you by Friday with a decision.")


def test_thunderbird_latin1_flowed_text_with_a_dash_dash_signature():
    message = read("thunderbird_reply.eml")
    (text,) = message.texts
    assert text.sender_name == "Seán Ó Bródaín"
    assert text.signature.splitlines()[0] == "Seán Ó Bródaín"
    promise = promised_decision(text, said_on(text))
    assert promise.reading.decision_date == date(2026, 12, 18)  # within two weeks of Friday 4 December
    assert "30 November" not in promise.sentence  # quoted history


def test_a_forward_carries_the_forwarded_sender_and_their_promise():
    message = read("gmail_forward.eml")
    own, forwarded = message.texts
    assert own.body == "for the app" and own.signature == ""
    assert (forwarded.sender_name, forwarded.sender_email) == ("Zoë Papadopoulou-Ramírez",
                                                               "zoe.papadopoulou@quillandink.example")
    assert forwarded.sent_at.date() == date(2026, 12, 4)  # "Fri, 4 Dec 2026 at 17:45", Gmail's forward header
    assert proposed_card(forwarded, "GB").title == "Senior Talent Partner"
    assert promised_decision(forwarded, said_on(forwarded)).reading.decision_date == date(2026, 12, 18)


def test_an_html_only_outlook_reply_with_its_header_block_history():
    message = read("outlook_html_only.eml")
    (text,) = message.texts
    assert text.sender_name == "Chidinma Okafor"  # "Okafor, Chidinma" in the directory's order
    assert "next Friday" not in text.body and "Freelance Analyst" not in text.signature
    card = proposed_card(text, "GB")
    assert (card.full_name, card.title, card.company) == ("Chidinma Okafor", "Graduate Recruitment Lead",
                                                          "Meridian Bank plc")
    assert promised_decision(text, said_on(text)).reading.decision_date == date(2026, 12, 21)


def test_a_message_without_invitation_signature_or_promise_holds_nothing():
    message = read("no_findings.eml")
    assert message.calendars == ()
    (text,) = message.texts
    assert proposed_card(text, "IE") is None and promised_decision(text, said_on(text)) is None


def test_gmail_sends_the_invitation_twice_and_it_is_read_once():
    calendar = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x@example.com\r\n"
                "DTSTART:20261208T140000Z\r\nSUMMARY:Interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    message = EmailMessage()
    message["From"] = "Recruiting <jobs@acme.example>"
    message["Subject"] = "Invitation: Interview"
    message.set_content("You have been invited.")
    message.add_alternative(calendar, subtype="calendar", params={"method": "REQUEST"})
    message.add_attachment(calendar.encode(), maintype="application", subtype="ics", filename="invite.ics")
    (read_once,) = read_message(message.as_bytes(), "invite.eml").calendars
    assert "METHOD:REQUEST" in read_once  # the method given only on the MIME part is written in


@pytest.mark.parametrize("data, reason", [
    (b"", "the file is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not an email"),
    (b"just some words\nand more words\n", "not an email"),
])
def test_what_is_not_an_email_is_refused_by_name(data, reason):
    with pytest.raises(ImportProblem, match=f"^holiday.eml: {reason}"):
        read_message(data, "holiday.eml")


def test_parts_nested_thousands_deep_are_refused_by_name():
    raw = "From: a@example.com\r\nSubject: x\r\n"
    raw += "".join(f'Content-Type: multipart/mixed; boundary="b{n}"\r\n\r\n--b{n}\r\n' for n in range(3000))
    with pytest.raises(ImportProblem, match=r"^deep\.eml: its parts are nested too deeply to be read$"):
        read_message(raw.encode(), "deep.eml")


def test_a_part_in_an_unknown_charset_is_read_and_said():
    raw = (b"From: Ana Souza <ana@example.com>\r\nSubject: Oi\r\nContent-Type: text/plain; charset=x-unknown\r\n\r\n"
           b"Obrigada! Vamos dar retorno at\xc3\xa9 sexta-feira.\r\n")
    message = read_message(raw, "oi.eml")
    assert "até" in message.texts[0].body
    assert message.problems == ("oi.eml: a part declared as x-unknown was not in that character set; read as UTF-8 "
                                "where possible",)


def test_html_is_read_a_line_per_block_with_quotes_marked():
    text = html_to_text("<div>Hi&nbsp;Aoife,</div><div><br></div><p>We will be   in touch\nwithin a week.</p>"
                        "<blockquote><div>Old words</div></blockquote><style>p{}</style><script>x()</script>")
    assert text.splitlines() == ["Hi Aoife,", "", "We will be in touch within a week.", "", "> Old words"]


def test_the_signature_is_after_the_last_closing_and_stops_at_a_disclaimer():
    body, signature = split_signature("Hi,\n\nThanks, that works.\n\nBest,\nJane Doe\nRecruiter, Acme Ltd\n\n"
                                      "This email is confidential.\nSent from my iPhone")
    assert body == "Hi,\n\nThanks, that works." and signature == "Jane Doe\nRecruiter, Acme Ltd"


def test_a_sentence_with_a_date_but_no_promise_is_not_a_decision():
    body, signature = split_signature("Looking forward to seeing you on Tuesday 8 December at 10:00.\n\nBest,\nJane")
    from desktop.core.mail_reading import MailText

    text = MailText("Jane", "jane@acme.example", None, body, signature)
    assert promised_decision(text, date(2026, 12, 1)) is None


def test_a_message_forwarded_as_an_attachment_is_read_as_its_sender_wrote_it():
    inner = EmailMessage()
    inner["From"], inner["Subject"] = "Nguyễn Văn An <an.nguyen@saigondata.example>", "Next steps"
    inner["Date"] = "Wed, 2 Dec 2026 10:00:00 +0700"
    inner.set_content("Dear Aoife,\n\nWe will let you know our decision by 15 December.\n\nBest regards,\n"
                      "Nguyễn Văn An\nEngineering Manager | Saigon Data Labs\n+84 28 3822 1234\n")
    outer = EmailMessage()
    outer["From"], outer["Subject"] = "Aoife <aoife@example.org>", "FW: Next steps"
    outer.set_content("see attached")
    outer.add_attachment(inner)
    own, attached = read_message(outer.as_bytes(), "fw.eml").texts
    assert own.body == "see attached"
    assert proposed_card(attached, "VN").company == "Saigon Data Labs"
    assert promised_decision(attached, said_on(attached)).reading.decision_date == date(2026, 12, 15)


def test_an_empty_plain_part_beside_the_html_one_gives_way_to_it():
    mail = EmailMessage()
    mail["From"], mail["Subject"] = "Talent <talent@acme.example>", "Update"
    mail.set_content(" \n")
    mail.add_alternative("<p>We will be in touch within a week about the decision.</p>", subtype="html")
    assert read_message(mail.as_bytes(), "update.eml").texts[0].body == ("We will be in touch within a week about the "
                                                                        "decision.")


def test_a_signature_without_a_closing_is_the_last_paragraph_that_starts_with_the_senders_name():
    body, signature = split_signature("Hi Aoife,\n\nTalk soon.\n\nBartholomew Okonkwo-Fitzgerald\nData Lead | "
                                      "Northwind Analytics\n+353 1 555 0123", "Bartholomew Okonkwo-Fitzgerald")
    assert body == "Hi Aoife,\n\nTalk soon." and signature.startswith("Bartholomew Okonkwo-Fitzgerald\nData Lead")
    assert split_signature("Hi,\n\nSee you.\n\nSomeone Else\nCTO", "Bartholomew Okonkwo-Fitzgerald")[1] == ""


def test_an_applicant_tracking_systems_address_is_not_put_on_the_recruiters_card():
    mail = EmailMessage()
    mail["From"] = "Siobhán Ní Bhriain <no-reply@us.greenhouse-mail.io>"
    mail["Subject"], mail["Date"] = "Your application", "Tue, 1 Dec 2026 09:00:00 +0000"
    mail.set_content("Hi Aoife,\n\nWe will get back to you within two weeks.\n\nBest,\nSiobhán Ní Bhriain\n"
                     "Talent Partner, Northwind Analytics\nsiobhan.nibhriain@northwind-analytics.example\n")
    (text,) = read_message(mail.as_bytes(), "ats.eml").texts
    card = proposed_card(text, "IE")
    assert card.emails == [LabelledValue("siobhan.nibhriain@northwind-analytics.example")]


def outlook(subject: str, body: str) -> bytes:
    mail = EmailMessage()
    mail["From"], mail["Subject"] = "Anna Schmidt <anna.schmidt@nordlicht.example>", subject
    mail["Date"] = "Mon, 7 Dec 2026 08:30:00 +0100"
    mail.set_content(body)
    return mail.as_bytes()


def test_a_german_outlook_reply_stops_at_its_original_message_line():
    (text,) = read_message(outlook("AW: Ihre Bewerbung", (
        "Hallo Frau Nic Giolla Phádraig,\n\nwir melden uns bis Ende nächster Woche.\n\nMit freundlichen Grüßen\n"
        "Anna Schmidt\nPersonalreferentin | Nordlicht Energie GmbH\nTel. +49 40 123456-0\n\n"
        "-----Ursprüngliche Nachricht-----\nVon: Aoife <aoife@example.org>\nGesendet: Freitag, 4. Dezember 2026\n"
        "An: Anna Schmidt\nBetreff: Ihre Bewerbung\n\nBest regards,\nAoife\nData Analyst | +353 86 999 8888\n")),
        "aw.eml").texts
    assert text.signature.splitlines() == ["Anna Schmidt", "Personalreferentin | Nordlicht Energie GmbH",
                                           "Tel. +49 40 123456-0"]


def test_an_outlook_forward_reads_the_message_under_its_original_message_line():
    own, forwarded = read_message(outlook("FW: Next steps", (
        "FYI\n\n-----Original Message-----\nFrom: Okafor, Chidinma [mailto:c.okafor@meridianbank.example]\n"
        "Sent: Friday, December 4, 2026 5:45 PM\nTo: Anna Schmidt\nSubject: Next steps\n\n"
        "Hi Anna, we will get back to the candidate by Friday.\n\nKind regards,\nChidinma Okafor\n"
        "Graduate Recruitment Lead | Meridian Bank plc\n")), "fw.eml").texts
    assert own.body == "FYI"
    assert (forwarded.sender_name, forwarded.sender_email) == ("Chidinma Okafor", "c.okafor@meridianbank.example")
    assert forwarded.sent_at.date() == date(2026, 12, 4)
    assert promised_decision(forwarded, date(2026, 12, 4)).reading.decision_date == date(2026, 12, 11)


@pytest.mark.filterwarnings("error")  # as the fuzzer runs: a warning is as much a failure as an exception
def test_a_date_with_a_zone_word_nobody_knows_is_read_without_its_zone():
    # Found by the fuzzer: a Date header mangled into "… CAF …" made dateutil warn that it does not know the
    # zone; the reader left that warning to escape instead of reading the time without a zone.
    message = read_message(b"Date: 2026-12-04 17:45 CAF\r\nFrom: Zo\xc3\xab <zoe@example.org>\r\n"
                           b"Subject: Next steps\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                           b"We expect to decide by 18 December.\r\n", "mangled.eml")
    sent = message.texts[0].sent_at
    assert sent is not None and (sent.hour, sent.minute) == (17, 45)

"""Time importing an .mbox: every message read, the ones about an interview taken (invitations, promises, cards).

Run from the repository root: python benchmarks/mail_scan.py [--messages N]

In one run, in a throwaway data folder, an mbox of N messages (1,000 by default) is written with the email
package, shaped as a job seeker's export: most are newsletters and job alerts (plain and HTML alternatives),
some carry a PDF attachment, one in ten is a recruiter's reply with a signature and a promise, one in fifty an
invitation (a text/calendar part, half of them also attached as invite.ics).
  baseline_mailbox_read_s:   mailbox.mbox listing the messages and reading each one's bytes, nothing parsed;
  baseline_email_parse_s:    the same, and each message parsed by email.parser with the plain policy.default,
                             its text body taken with get_body (the import parses each header once, so it can
                             come out below this);
  mbox_import_s:             transfer.import_file on the file, as File → Import and the command line run it:
                             every message read, invitations imported in one transaction, proposals made;
  mbox_import_ratio_to_parse: that over the parsing baseline; mbox_import_ratio_to_target: over the 10 s target.
Wall and CPU times are both printed: on a shared machine the wall time says as much about the neighbours.
"""
# ruff: noqa: E402 - the import path is fixed before the project's modules are imported

from __future__ import annotations

import sys
from pathlib import Path

# benchmarks/ holds a calendar.py that would shadow the standard library's: put the repository there instead.
sys.path[0] = str(Path(__file__).resolve().parents[1])

import argparse
import mailbox
import random
import tempfile
import time
from dataclasses import replace
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

from desktop.operations.preferences import apply_settings
from desktop.operations.transfer import import_file
from desktop.operations.workspace import open_workspace

OWN = "aoife.nicgiolla@example.org"
FIRST = ["Siobhán", "Jürgen", "Zoë", "Seán", "Chidinma", "Hélène", "Bartholomew", "Nguyễn Văn", "María José"]
LAST = ["Ní Bhriain", "Weiß-Müller", "Papadopoulou-Ramírez", "Ó Bródaín", "Okafor", "Lefèvre-Dubois", "An"]
COMPANIES = ["Northwind Analytics", "Brightwater Robotics", "Quill & Ink Studios", "Harbourline", "Meridian Bank"]
PROMISES = ["We will get back to you by Friday.", "You will hear from us within two weeks.",
            "We expect to make a decision by 18 December.", "We'll come back to you within 10 working days."]
CALENDAR = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:bench-{n}@{domain}\r\n"
            "DTSTART:202612{day:02d}T100000Z\r\nDTEND:202612{day:02d}T110000Z\r\nSUMMARY:Interview - {company}\r\n"
            "ORGANIZER;CN={name}:mailto:{address}\r\nATTENDEE;CN=Aoife:mailto:" + OWN + "\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n")


def _message(n: int, rng: random.Random) -> EmailMessage:
    mail = EmailMessage()
    mail["To"] = f"Aoife <{OWN}>"
    mail["Date"] = f"Tue, {1 + n % 28} Dec 2026 09:{n % 60:02d}:00 +0000"
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    company = rng.choice(COMPANIES)
    domain = company.lower().replace(" & ", "-").replace(" ", "-") + ".example"
    address = f"recruiter{n}@{domain}"
    if n % 10 == 3 or n % 50 == 7:
        mail["From"] = f"{name} <{address}>"
        mail["Subject"] = f"Re: {company} application"
        signature = f"\n\nKind regards,\n{name}\nTalent Partner | {company} Ltd\nM: +353 87 {n:03d} 4567\n"
        mail.set_content(f"Hi Aoife,\n\nThank you for your time. {rng.choice(PROMISES)}{signature}\n"
                         f"On Mon, 30 Nov 2026, Aoife wrote:\n> Any news?\n")
        if n % 50 == 7:
            calendar = CALENDAR.format(n=n, domain=domain, day=1 + n % 28, company=company, name=name, address=address)
            mail.add_alternative(calendar, subtype="calendar", params={"method": "REQUEST"})
            if n % 100 == 7:
                mail.add_attachment(calendar.encode(), maintype="application", subtype="ics", filename="invite.ics")
        return mail
    mail["From"] = f"Job alerts <alerts{n % 7}@jobs.example>"
    mail["Subject"] = f"{n % 40} new jobs for you"
    text = "\n".join(f"{rng.choice(COMPANIES)} is hiring a data analyst in Dublin." for _ in range(30))
    mail.set_content(text)
    mail.add_alternative("<html><body>" + "".join(f"<p>{line}</p>" for line in text.splitlines()) + "</body></html>",
                         subtype="html")
    if n % 20 == 11:
        mail.add_attachment(rng.randbytes(40_000), maintype="application", subtype="pdf", filename="jobs.pdf")
    return mail


def write_mailbox(path: Path, count: int) -> None:
    rng = random.Random(7)
    box = mailbox.mbox(path)
    box.lock()
    for n in range(count):
        box.add(_message(n, rng))
    box.flush()
    box.unlock()
    box.close()


def _read_only(path: Path) -> int:
    box = mailbox.mbox(path, create=False)
    total = sum(len(box.get_bytes(key)) for key in box.iterkeys())
    box.close()
    return total


def _parse_only(path: Path) -> int:
    box = mailbox.mbox(path, create=False)
    parser = BytesParser(policy=policy.default)
    bodies = 0
    for key in box.iterkeys():
        message = parser.parsebytes(box.get_bytes(key))
        bodies += message.get_body(preferencelist=("plain", "html")) is not None
    box.close()
    return bodies


def _timed(function, *args):
    start, cpu = time.perf_counter(), time.process_time()
    result = function(*args)
    return result, time.perf_counter() - start, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "Applications.mbox"
        write_mailbox(path, args.messages)
        print(f"messages: {args.messages}")
        print(f"mbox_file_mb: {path.stat().st_size / 1e6:.1f}")
        _, read_s, read_cpu = _timed(_read_only, path)
        print(f"baseline_mailbox_read_s: {read_s:.2f}")
        print(f"baseline_mailbox_read_cpu_s: {read_cpu:.2f}")
        _, parse_s, parse_cpu = _timed(_parse_only, path)
        print(f"baseline_email_parse_s: {parse_s:.2f}")
        print(f"baseline_email_parse_cpu_s: {parse_cpu:.2f}")
        workspace = open_workspace(str(Path(folder) / "data"))
        apply_settings(workspace, replace(workspace.settings, your_email=OWN))
        summary, import_s, import_cpu = _timed(import_file, workspace, path)
        print(f"mbox_import_s: {import_s:.2f}")
        print(f"mbox_import_cpu_s: {import_cpu:.2f}")
        print(f"mbox_import_summary: {summary.describe()}")
        print(f"mbox_import_ratio_to_parse: {import_s / parse_s:.2f}")
        print(f"mbox_import_cpu_ratio_to_parse: {import_cpu / parse_cpu:.2f}")
        print(f"mbox_import_ratio_to_target: {import_s / 10:.2f}")
        workspace.sessions.kw["bind"].dispose()


if __name__ == "__main__":
    main()

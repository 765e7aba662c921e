"""Hostile files against every importer, each in its own process so time and memory are its own.

The property (issue: hostile input): records come back, or the project's own import error with a
message; never another exception, never a hang, never 200 MB of memory for a 5 MB input.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

WORKER = Path(__file__).with_name("hostile_worker.py")
HANG_GUARD_SECONDS = 30  # far above the slowest case measured (< 1 s); only catches a real hang
MEMORY_LIMIT_MB = 200


def _vcard_line(name: str) -> str:
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEND:VCARD\r\n"


def _event(attendees: int) -> str:
    people = "".join(f"ATTENDEE;CN=Person {i}:mailto:p{i}@example.com\r\n" for i in range(attendees))
    return ("BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261201T100000Z\r\nDTEND:20261201T110000Z\r\nSUMMARY:Panel\r\n"
            + people + "END:VEVENT\r\n")


def _calendar(body: str) -> str:
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hostile//EN\r\n{body}END:VCALENDAR\r\n"


CASES: dict[str, tuple[str, bytes]] = {
    "vcf-huge-note-5mb": ("vcard", (_vcard_line("A").replace("END:VCARD", "NOTE:" + "x" * 5_000_000 + "\r\nEND:VCARD"))
                          .encode()),
    "vcf-50000-cards": ("vcard", "".join(_vcard_line(f"Person {i}") for i in range(50_000)).encode()),
    "vcf-binary": ("vcard", bytes(range(256)) * 20_000),
    "vcf-utf16": ("vcard", _vcard_line("Zoë Ødegaard").encode("utf-16")),
    "vcf-nul-bytes": ("vcard", _vcard_line("Nul\x00Name").encode() + b"\x00" * 100_000),
    "vcf-deeply-nested": ("vcard", ("BEGIN:VCARD\r\nVERSION:2.1\r\nAGENT:" * 5000 + "END:VCARD\r\n" * 5000).encode()),
    "vcf-one-endless-line": ("vcard", b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + b"a;" * 2_500_000 + b"\r\nEND:VCARD\r\n"),
    "ics-100000-attendees": ("ics", _calendar(_event(100_000)).encode()),
    "ics-deeply-nested": ("ics", ("BEGIN:VCALENDAR\r\n" + "BEGIN:VEVENT\r\n" * 20_000 + "END:VEVENT\r\n" * 20_000
                                  + "END:VCALENDAR\r\n").encode()),
    "ics-binary": ("ics", bytes(range(256)) * 20_000),
    "ics-utf16": ("ics", _calendar(_event(2)).encode("utf-16")),
    "ics-nul-bytes": ("ics", _calendar(_event(2)).encode().replace(b"Panel", b"Pa\x00nel") + b"\x00" * 1000),
    "ics-huge-description": ("ics", _calendar(_event(1).replace("SUMMARY:Panel", "DESCRIPTION:" + "y" * 5_000_000))
                             .encode()),
    "ics-20000-events": ("ics", _calendar("".join(_event(1).replace("UID:x", f"UID:{i}") for i in range(20_000)))
                         .encode()),
    "signature-5mb": ("signature", ("Jane Doe\nCEO\n+1 206 555 0142 " * 200_000).encode()),
    "template-unbalanced": ("template", b"Subject: Hi {first_name\n\nDear {first_name},\n{{{{\n"),
    "template-huge": ("template", b"Subject: Hi\n\n" + b"{first_name} " * 400_000),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_file(case: str, tmp_path: Path) -> None:
    kind, data = CASES[case]
    path = tmp_path / f"{case}.{ {'vcard': 'vcf', 'ics': 'ics'}.get(kind, 'txt') }"
    path.write_bytes(data)
    result = subprocess.run([sys.executable, str(WORKER), kind, str(path)], capture_output=True, text=True,
                            timeout=HANG_GUARD_SECONDS)
    assert result.returncode == 0, result.stderr[-2000:]
    outcome, seconds, peak, baseline = result.stdout.split()
    assert outcome.startswith(("records:", "refused:"))
    if outcome.startswith("refused:"):
        assert path.name.replace(" ", "_") in outcome or kind == "template"
    assert float(peak) - float(baseline) < MEMORY_LIMIT_MB, f"{case} used {float(peak) - float(baseline):.0f} MB"
    print(f"{case}: {outcome[:60]} in {seconds} s, peak {peak} MB (+{float(peak) - float(baseline):.0f} MB)")

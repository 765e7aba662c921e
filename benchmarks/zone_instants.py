"""How many meetings land at the right instant: the shared corpus's zoned files, the .vcs fixtures, and every
written zone form of tests/fixtures/zones/written-zones.tsv, each read by the invitation reader.

Run from the repository root: python benchmarks/zone_instants.py [--code DIR]

--code reads with another checkout's desktop package (say the main branch, for the figure before a change);
the cases always come from this repository. A file the reader refuses counts as a meeting at the wrong instant.
Expected instants: those the file's own zone gives; for the corpus's "Customized Time Zone" file, which names
no zone, the instant in the one zone its calendar defines (a guess Afterview marks as one).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("AFTERVIEW_CORPUS") or ROOT.parent / "shared" / "corpus") / "ics"
UTC = ZoneInfo("UTC")

# (file, UTC instant of its first event when read with no `now`)
FILES = [
    (CORPUS / "thunderbird__teams-meeting-invite.ics", "2020-12-02 17:00"),  # FLE Standard Time
    (CORPUS / "thunderbird__outlook-test-invite.ics", "2021-11-27 07:00"),  # FLE Standard Time
    (CORPUS / "biweekly__outlook-2010.ics", "2013-06-10 16:00"),  # Eastern Standard Time
    (CORPUS / "ical__office_360_nz_tz.ics", "2025-10-07 20:00"),  # New Zealand Standard Time
    (CORPUS / "vobject__ms_tzid.ics", "2008-05-30 05:00"),  # "Canberra, Melbourne, Sydney"
    (CORPUS / "vobject__tzid_8bit.ics", "2008-05-30 09:00"),  # Cyrillic TZID with its VTIMEZONE
    (CORPUS / "icalendar__issue_237_non_ascii_tzid.ics", "2017-05-11 16:30"),  # "(UTC-03:00) Brasília"
    (CORPUS / "icalendar__issue_218_bad_tzid.ics", "2017-02-28 12:00"),  # "UTC+11"
    (CORPUS / "ical__office_365_invalid_timezone.ics", "2024-04-26 12:00"),  # "Customized Time Zone"
    (CORPUS / "libical__recur-errors.ics", "1997-08-05 13:00"),  # "US-Eastern"
    (CORPUS / "rie__issue_48_daylight_aware_repeats.ics", "2020-09-21 10:30"),  # Europe/Lisbon
    (CORPUS / "icalendar__issue_722_missing_timezones.ics", "2014-08-29 12:00"),  # America/New_York, no VTIMEZONE
    (CORPUS / "biweekly__vcal-example1.vcs", "1996-04-01 03:30"),  # vCalendar 1.0, UTC
    (ROOT / "tests" / "fixtures" / "vcs" / "korganizer_qp_daylight.vcs", "2026-04-15 18:30"),
    (ROOT / "tests" / "fixtures" / "vcs" / "nokia_cp1252_rules.vcs", "2026-03-02 08:00"),
    (ROOT / "tests" / "fixtures" / "vcs" / "lotus_broken_rule.vcs", "2026-04-12 10:00"),
    (ROOT / "tests" / "fixtures" / "ics" / "outlook_windows_tz.ics", ""),  # no expectation: counted as read only
]
WRITTEN = ROOT / "tests" / "fixtures" / "zones" / "written-zones.tsv"


def _invite(tzid: str) -> bytes:
    quoted = f'"{tzid}"' if any(c in tzid for c in ",;:") else tzid
    return (f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Outlook//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            f"UID:zone\r\nDTSTAMP:20260301T090000Z\r\nDTSTART;TZID={quoted}:20260715T100000\r\n"
            f"SUMMARY:Interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()


def _first_instant(read_invites: Callable[..., Any], data: bytes, name: str) -> datetime | None:
    try:
        result = read_invites(data, name, default_zone="Pacific/Honolulu")
    except Exception:  # a refused file is a meeting not placed, whatever the reason
        return None
    return result.events[0].start.astimezone(UTC) if result.events else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout whose reader is measured")
    options = parser.parse_args()
    # This folder's calendar.py would stand in for the standard library's calendar module.
    sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != Path(__file__).resolve().parent]
    sys.path.insert(0, str(options.code.resolve()))
    import warnings

    warnings.simplefilter("ignore")  # an older reader's icalendar warnings are not the figure
    from desktop.core.invites import read_invites

    right = total = 0
    for path, expected in FILES:
        if not path.exists() or not expected:
            continue
        total += 1
        found = _first_instant(read_invites, path.read_bytes(), path.name)
        ok = found == datetime.strptime(expected, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
        right += ok
        print(f"{'ok   ' if ok else 'WRONG'} {path.name}: {found:%Y-%m-%d %H:%M} UTC" if found else
              f"WRONG {path.name}: refused")
    files_right, files_total = right, total
    for line in WRITTEN.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        tzid, expected = line.split("\t")
        total += 1
        found = _first_instant(read_invites, _invite(tzid), "zone.ics")
        ok = found == datetime.strptime(expected, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
        right += ok
        if not ok:
            print(f"WRONG TZID {tzid!r}: {found:%Y-%m-%d %H:%M} UTC" if found else f"WRONG TZID {tzid!r}: refused")
    print(f"\nfiles: {files_right} of {files_total} first meetings at the right instant")
    print(f"written zone forms: {right - files_right} of {total - files_total}")
    print(f"all: {right} of {total} with the reader of {options.code.resolve()}")


if __name__ == "__main__":
    main()

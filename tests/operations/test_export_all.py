import csv

import icalendar

from desktop.core.vcard import read_vcards
from desktop.operations.export_all import export_everything
from desktop.operations.transfer import exported_summary


def test_everything_is_written_in_open_formats_and_reads_back(sample_workspace, tmp_path):
    folder = tmp_path / "my data"
    counts = export_everything(sample_workspace, folder)
    assert counts["contacts"] == 9 and counts["opportunities"] == 3
    cards = read_vcards((folder / "contacts.vcf").read_bytes(), "contacts.vcf").cards
    assert {c.full_name for c in cards} >= {"Zoë Lindqvist", "Tomás Ortega", "Henrik Sørensen"}
    events = list(icalendar.Calendar.from_ical((folder / "calendar.ics").read_bytes()).walk("VEVENT"))
    assert len(events) == counts["calendar events"] >= 5
    with open(folder / "opportunities.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["company"] for r in rows} == {"Northwind Analytics", "Lumen Health", "Fjord & Finch"}
    assert all(r["status_history"].startswith("applied ") for r in rows)
    with open(folder / "calls.csv", encoding="utf-8-sig", newline="") as handle:
        assert csv.DictReader(handle).fieldnames[0] == "opportunity_id"
    notes = sorted((folder / "notes").glob("*.txt"))
    assert len(notes) == counts["notes"] == 7
    tomas = next(p for p in notes if "tomas-ortega" in p.name)
    text = tomas.read_text(encoding="utf-8")
    assert "To: Tomás Ortega" in text and "Sketching with you how to sample events early" in text


def test_an_export_is_reported_without_record_s():
    assert exported_summary({"calendar": 1}) == "1 calendar event"
    assert exported_summary({"contacts": 9, "calendar events": 7, "opportunities": 1, "call attempts": 2,
                             "notes": 0}) == "9 contacts, 7 calendar events, 1 opportunity, 2 call attempts and 0 notes"

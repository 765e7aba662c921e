"""`afterview print checklist` as a user runs it: no display, a real data folder, a PDF read back."""

import os
import subprocess
import sys

from tests.printing.pdf_text import flat, pdf_page_size, pdf_pages


def afterview(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, timeout=90,
                          env=env)


def sign_the_sample_drafts(folder: str, name: str) -> None:
    """Set the user's name (re-signing Zoë's card) and write Samuel's card in full, as the window would."""
    from dataclasses import replace

    from desktop.operations import notes
    from desktop.operations.checklist import checklist_entries
    from desktop.operations.preferences import apply_settings
    from desktop.operations.workspace import open_workspace

    workspace = open_workspace(folder)
    apply_settings(workspace, replace(workspace.settings, your_name=name))
    samuel = next(e for e in checklist_entries(workspace) if e.name == "Samuel Adeyemi")
    notes.save_draft(workspace, samuel.interview_id, samuel.contact_id, "Thank you",
                     f"Dear Samuel,\n\nThank you for the story about the clinic in Leeds.\n\nBest wishes,\n{name}")
    workspace.sessions.kw["bind"].dispose()


def test_print_the_sample_checklist_with_drafts_without_a_display(tmp_path):
    folder, out = str(tmp_path / "data"), tmp_path / "checklist.pdf"
    assert afterview("--data-dir", folder, "sample-data").returncode == 0
    sign_the_sample_drafts(folder, "Siobhán Ní Bhriain-Fitzgerald")
    result = afterview("--data-dir", folder, "print", "checklist", "--drafts", "--page-size", "Letter", "--pdf",
                       str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Printed 2 handwritten notes on 3 pages to {out}"
    assert result.stderr == ""
    pages = [flat(p) for p in pdf_pages(out)]
    assert len(pages) == 3 and pdf_page_size(out).endswith("(letter)")
    assert "Samuel Adeyemi" in pages[0] and "Zoë Lindqvist" in pages[0]
    assert "Cambridge, MA 02139" in pages[0] and "Seattle, WA 98101" in pages[0]
    assert "To Samuel Adeyemi" in pages[1] and "To Zoë Lindqvist" in pages[2]
    assert "Dear Zoë," in pages[2] and "With thanks, Siobhán Ní Bhriain-Fitzgerald" in pages[2]


def test_drafts_not_ready_are_left_out_with_the_reason_and_a_failing_status(tmp_path):
    folder, out = str(tmp_path / "data"), tmp_path / "checklist.pdf"
    assert afterview("--data-dir", folder, "sample-data").returncode == 0  # no name yet: Zoë's is unsigned
    result = afterview("--data-dir", folder, "print", "checklist", "--drafts", "--pdf", str(out))
    assert result.returncode == 1
    assert result.stdout.strip() == f"Printed 2 handwritten notes on 1 page to {out}"
    errors = result.stderr.splitlines()
    assert len(errors) == 2
    assert errors[0].startswith("afterview: the draft to Samuel Adeyemi is left out of the drafts: ")
    assert "Still to fill in: “[your_name]”" in errors[0]
    assert errors[1].startswith("afterview: the draft to Zoë Lindqvist is left out of the drafts: ")
    assert "Still to fill in: “[your_name]” (your name is set under Settings → You)" in errors[1]
    [page] = [flat(p) for p in pdf_pages(out)]  # no page for a draft left out, only its name on the checklist
    assert "[your_name]" not in page and "DRAFT TO COPY BY HAND" not in page
    assert ("Left out of the drafts to copy until they are ready (each card says why): Samuel Adeyemi, "
            "Zoë Lindqvist.") in page
    checklist_only = afterview("--data-dir", folder, "print", "checklist", "--pdf", str(out))
    assert checklist_only.returncode == 0 and "is marked not ready to copy" in checklist_only.stderr
    assert flat(pdf_pages(out)[0]).count("Draft not ready to copy.") == 2


def test_one_interview_and_a_missing_one(tmp_path):
    folder, out = str(tmp_path / "data"), tmp_path / "one.pdf"
    afterview("--data-dir", folder, "sample-data")
    from desktop.operations.checklist import checklist_entries
    from desktop.operations.workspace import open_workspace

    workspace = open_workspace(folder)
    zoe = next(e for e in checklist_entries(workspace) if e.name == "Zoë Lindqvist")
    workspace.sessions.kw["bind"].dispose()
    result = afterview("--data-dir", folder, "print", "checklist", "--interview", str(zoe.interview_id), "--pdf",
                       str(out))
    assert result.returncode == 0, result.stderr
    [page] = [flat(p) for p in pdf_pages(out)]
    assert "Zoë Lindqvist" in page and "Samuel Adeyemi" not in page
    missing = afterview("--data-dir", folder, "print", "checklist", "--interview", "999", "--pdf", str(out))
    assert missing.returncode == 1 and missing.stderr.strip() == "afterview: There is no interview with id 999."


def test_bad_places_and_usage(tmp_path):
    folder = str(tmp_path / "data")
    nowhere = afterview("--data-dir", folder, "print", "checklist", "--pdf", str(tmp_path / "no" / "x.pdf"))
    assert nowhere.returncode == 1 and "No such file or directory" in nowhere.stderr
    assert afterview("--data-dir", folder, "print", "checklist").returncode == 2  # --pdf is required
    assert afterview("--data-dir", folder, "print", "checklist", "--page-size", "B5", "--pdf", "x.pdf"
                     ).returncode == 2

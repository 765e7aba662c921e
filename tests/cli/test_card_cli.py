"""`afterview card read`: run in this process with the OCR engine replaced by known lines, and once for real."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from desktop import cli
from desktop.core.card_reading import CardImageProblem, TextLine
from desktop.operations import card_scans
from desktop.operations.contacts import contact_details, list_contacts
from desktop.operations.workspace import open_workspace

CORPUS = Path("/work/shared/corpus/cards")


def line(text: str, x: float, y: float, size: float) -> TextLine:
    width = len(text) * size * 0.55
    return TextLine(text, ((x, y), (x + width, y), (x + width, y + size), (x, y + size)), 0.96)


CARDS = {
    "siobhan.jpg": [line("Siobhán Ní Bhriain", 80, 60, 44), line("Head of Talent Acquisition", 80, 120, 24),
                    line("Atlantic Labs Ltd", 80, 200, 26), line("M: +353 87 123 4567", 80, 260, 22),
                    line("F: +353 1 234 5679", 80, 300, 22), line("siobhan.nibhriain@atlanticlabs.ie", 80, 340, 22)],
    "kenji.png": [line("Kenji Watanabe", 80, 60, 44), line("kenji@example.jp", 80, 200, 22)],
    # A British card without +44, read with the user's region the US: its numbers are kept as printed.
    "nathan.jpg": [line("Nathan Knight", 80, 60, 44), line("Lewis-Hodgson Ltd", 80, 120, 26),
                   line("0121 212 5555", 80, 200, 22), line("nknight@lewis-hodgson.com", 80, 240, 22)],
}


@pytest.fixture
def engine(monkeypatch, tmp_path):
    """Card photos in tmp_path whose text the fake engine knows; any other file is not a picture it can read."""

    def lines_of(path: Path) -> tuple[Image.Image, list[TextLine]]:
        if path.name not in CARDS:
            raise CardImageProblem(f"{path.name}: it is not a picture Afterview can read (JPEG, PNG, WebP).")
        return Image.new("RGB", (900, 520), "white"), CARDS[path.name]

    monkeypatch.setattr(card_scans, "_engine_lines", lines_of)
    for name in CARDS:
        Image.new("RGB", (900, 520), "white").save(tmp_path / name)
    (tmp_path / "holiday.jpg").write_bytes(b"not a picture")
    return tmp_path


def _digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_json_prints_one_object_per_image_and_changes_nothing(engine, tmp_path, capsys):
    data = tmp_path / "data"
    open_workspace(str(data)).sessions.kw["bind"].dispose()
    before = _digest(data)
    status = cli.run(["--data-dir", str(data), "card", "read", str(engine / "siobhan.jpg"),
                      str(engine / "holiday.jpg"), str(engine / "kenji.png"), "--json"])
    assert status == 0
    cards = json.loads(capsys.readouterr().out)
    assert [Path(c["file"]).name for c in cards] == ["siobhan.jpg", "holiday.jpg", "kenji.png"]
    first = cards[0]
    assert (first["name"], first["title"], first["company"]) == (
        "Siobhán Ní Bhriain", "Head of Talent Acquisition", "Atlantic Labs Ltd")
    assert first["emails"] == ["siobhan.nibhriain@atlanticlabs.ie"]
    assert first["phones"] == ["+353871234567"] and first["phone_kinds"] == ["mobile"]
    assert first["faxes"] == ["+35312345679"]
    assert 0 < first["confidence"] <= 1 and first["error"] == ""
    assert cards[1]["error"].startswith("holiday.jpg: it is not a picture") and cards[1]["name"] == ""
    assert _digest(data) == before


def test_reading_without_a_data_folder_creates_none(engine, tmp_path, capsys):
    data = tmp_path / "never"
    assert cli.run(["--data-dir", str(data), "card", "read", str(engine / "kenji.png")]) == 0
    assert not data.exists()
    assert "Kenji Watanabe" in capsys.readouterr().out


def test_the_summary_is_readable_and_says_what_failed(engine, tmp_path, capsys):
    status = cli.run(["--data-dir", str(tmp_path / "d"), "card", "read", str(engine / "siobhan.jpg"),
                      str(engine / "holiday.jpg")])
    out, err = capsys.readouterr()
    assert status == 0
    assert out.splitlines()[:3] == ["siobhan.jpg", "  Name:     Siobhán Ní Bhriain",
                                    "  Title:    Head of Talent Acquisition"]
    assert "  Mobile:   +353 87 123 4567" in out and "  Fax:      +353 1 234 5679" in out
    assert err.strip() == "afterview: holiday.jpg: it is not a picture Afterview can read (JPEG, PNG, WebP)."


def test_a_number_its_plan_does_not_know_is_printed_as_read_with_why(engine, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(card_scans, "phone_region", lambda data_dir=None: "US")
    args = ["--data-dir", str(tmp_path / "d"), "card", "read", str(engine / "nathan.jpg")]
    assert cli.run(args) == 0
    out = capsys.readouterr().out
    assert "  Phone:    0121 212 5555   (check: read with low confidence)\n" in out
    assert "            This number looks too long for its country. It is kept as written" in out
    assert cli.run([*args, "--json"]) == 0
    card = json.loads(capsys.readouterr().out)[0]
    assert card["phones"] == ["0121 212 5555"] and card["phone_warnings"][0].startswith("This number looks too long")
    data = tmp_path / "saved"
    assert cli.run(["--data-dir", str(data), "card", "read", str(engine / "nathan.jpg"), "--save", "--json"]) == 0
    contact_id = json.loads(capsys.readouterr().out)[0]["contact_id"]
    workspace = open_workspace(str(data))
    try:
        assert [p.value for p in contact_details(workspace, contact_id).card.phones] == ["0121 212 5555"]
    finally:
        workspace.sessions.kw["bind"].dispose()


def test_exit_1_when_no_image_could_be_read(engine, tmp_path, capsys):
    status = cli.run(["--data-dir", str(tmp_path / "d"), "card", "read", str(engine / "holiday.jpg"), "--json"])
    assert status == 1
    assert json.loads(capsys.readouterr().out)[0]["error"]


def test_save_adds_each_card_as_a_new_unchecked_contact_with_its_photo(engine, tmp_path, capsys):
    data = tmp_path / "data"
    status = cli.run(["--data-dir", str(data), "card", "read", str(engine / "siobhan.jpg"), str(engine / "kenji.png"),
                      str(engine / "holiday.jpg"), "--save", "--json"])
    assert status == 0
    cards = json.loads(capsys.readouterr().out)
    assert [c["contact_id"] is not None for c in cards[:2]] == [True, True] and "contact_id" not in cards[2]
    workspace = open_workspace(str(data))
    try:
        assert sorted(card.full_name for _, card in list_contacts(workspace)) == ["Kenji Watanabe",
                                                                                   "Siobhán Ní Bhriain"]
        details = contact_details(workspace, cards[0]["contact_id"])
        assert not details.name_checked and details.card.photo_type == "image/jpeg"
        assert [(p.value, p.label) for p in details.card.phones] == [("+353871234567", "mobile"),
                                                                      ("+35312345679", "fax")]
    finally:
        workspace.sessions.kw["bind"].dispose()
    # Read again: the same card is saved again as asked, and the summary says whom it may duplicate.
    assert cli.run(["--data-dir", str(data), "card", "read", str(engine / "kenji.png"), "--save"]) == 0
    assert "may be the same person as Kenji Watanabe" in capsys.readouterr().out


def test_back_goes_with_one_front_only(engine, tmp_path, capsys):
    status = cli.run(["--data-dir", str(tmp_path / "d"), "card", "read", str(engine / "kenji.png"),
                      str(engine / "siobhan.jpg"), "--back", str(engine / "kenji.png")])
    assert status == 2 and "--back goes with a single front IMAGE" in capsys.readouterr().err


def test_the_command_line_starts_without_loading_the_engine():
    engine = ("numpy", "cv2", "onnxruntime", "rapidocr_onnxruntime", "PIL")
    code = f"import sys; from desktop import cli; cli.build_parser(); print([m for m in {engine} if m in sys.modules])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])})
    assert result.stdout.strip() == "[]", result.stderr


def test_a_real_card_photo_is_read_offline(tmp_path):
    pytest.importorskip("desktop.core.card_image")
    if not CORPUS.exists():
        pytest.skip("the shared card corpus is not on this machine")
    result = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(tmp_path), "card", "read",
                             str(CORPUS / "bc10.jpg"), "--json"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    [card] = json.loads(result.stdout)
    assert card["name"] == "Tomoaki Higurashi" and card["emails"] == ["t.higurashi@micron-inc.co.jp"]


def test_a_folder_stands_for_the_pictures_in_it(engine, tmp_path, capsys):
    (engine / "notes.txt").write_text("not a card")
    assert cli.run(["--data-dir", str(tmp_path / "d"), "card", "read", str(engine), "--json"]) == 0
    assert [Path(c["file"]).name for c in json.loads(capsys.readouterr().out)] == [
        "holiday.jpg", "kenji.png", "nathan.jpg", "siobhan.jpg"]


def test_a_folder_without_pictures_is_said_so(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert cli.run(["--data-dir", str(tmp_path / "d"), "card", "read", str(tmp_path / "empty")]) == 1
    assert capsys.readouterr().err.strip() == f"afterview: no pictures (JPEG, PNG, WebP ...) in {tmp_path / 'empty'}"

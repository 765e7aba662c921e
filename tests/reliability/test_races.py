"""Two processes started together on one data folder: imports give each record once, sample data loads once.

Each case is run a few times: a race that is lost only sometimes must still be caught.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.cards import ContactCard, LabelledValue
from desktop.core.vcard import write_vcards

ROOT = Path(__file__).resolve().parents[2]
ICS = ROOT / "tests" / "fixtures" / "ics" / "google_meet_invite.ics"
ROUNDS = range(3)
CARDS = 5000


def together(*args: str) -> list[tuple[int, str, str]]:
    """Start two `afterview` processes at once with the same arguments; their exit codes and output."""
    processes = [subprocess.Popen([sys.executable, "-m", "desktop", *args], cwd=ROOT, text=True,
                                  env={**os.environ, "PYTHONPATH": str(ROOT)},
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    results = []
    for process in processes:
        try:
            out, errors = process.communicate(timeout=240)
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()
        results.append((process.returncode, out, errors))
    return results


def count(database: Path, table: str) -> int:
    connection = sqlite3.connect(database)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


@pytest.fixture(scope="module")
def five_thousand_cards(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cards") / "contacts.vcf"
    cards = [ContactCard(full_name=f"Person {n} Ólafsdóttir", company=f"Company {n % 50}",
                         emails=[LabelledValue(f"person{n}@example.org")]) for n in range(CARDS)]
    path.write_text(write_vcards(cards), encoding="utf-8")
    return path


@pytest.mark.parametrize("round_", ROUNDS)
def test_two_imports_of_one_file_at_once_give_the_contacts_once(tmp_path: Path, five_thousand_cards: Path,
                                                                round_: int) -> None:
    folder = tmp_path / "new folder"  # new: the two also race to create the database
    results = together("--data-dir", str(folder), "import", str(five_thousand_cards))
    for code, _, errors in results:
        assert code == 0 and errors == "", errors
    reports = sorted(out.splitlines()[0] for _, out, _ in results)
    assert reports == [f"contacts.vcf: 0 added, 0 updated with new details, 0 differ from yours, {CARDS} unchanged, "
                       "0 skipped",
                       f"contacts.vcf: {CARDS} added, 0 updated with new details, 0 differ from yours, 0 unchanged, "
                       "0 skipped"]
    assert count(folder / "afterview.sqlite3", "contact") == CARDS


@pytest.mark.parametrize("round_", ROUNDS)
def test_two_imports_of_one_invitation_at_once_give_the_interview_once(tmp_path: Path, round_: int) -> None:
    folder = tmp_path / "data"
    results = together("--data-dir", str(folder), "import", str(ICS))
    assert all(code == 0 and errors == "" for code, _, errors in results), results
    assert sorted(out.split(",")[0] for _, out, _ in results) == [f"{ICS.name}: 0 added", f"{ICS.name}: 1 added"]
    database = folder / "afterview.sqlite3"
    assert (count(database, "interview"), count(database, "opportunity")) == (1, 1)


@pytest.mark.parametrize("round_", ROUNDS)
def test_two_sample_data_at_once_on_a_new_folder_load_it_once(tmp_path: Path, round_: int) -> None:
    folder = tmp_path / "new folder"
    results = sorted(together("--data-dir", str(folder), "sample-data"))
    (loaded, out, errors), (refused, _, said) = results
    assert loaded == 0 and errors == "" and out.startswith("Loaded the sample data")
    assert refused == 1 and said.strip() == ("afterview: This data folder already holds contacts or opportunities; "
                                             "sample data is only loaded into an empty one.")
    assert count(folder / "afterview.sqlite3", "contact") == 9

"""The command line reads phone numbers in the region the locale names, until settings.json says otherwise."""

import json
import os
from pathlib import Path

from tests.cli.test_cli import afterview

CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Siobhán Ní Bhriain\r\nN:Ní Bhriain;Siobhán;;;\r\nTEL:{}\r\nEND:VCARD\r\n"


def imported_number(tmp_path, number, env):
    card = tmp_path / "card.vcf"
    card.write_text(CARD.format(number), encoding="utf-8")
    folder = tmp_path / "data"
    result = afterview("--data-dir", str(folder), "import", str(card), env=env)
    assert result.returncode == 0, result.stderr
    exported = tmp_path / "out.vcf"
    assert afterview("--data-dir", str(folder), "export", "contacts", str(exported), env=env).returncode == 0
    return next(line for line in exported.read_text(encoding="utf-8").splitlines() if line.startswith("TEL"))


def test_an_irish_locale_reads_a_local_number_as_irish(tmp_path):
    assert "+353871234567" in imported_number(tmp_path, "087 123 4567", {"LANG": "en_IE.UTF-8"})


def test_a_region_in_the_settings_file_wins_over_the_locale(tmp_path):
    folder = Path(os.environ["AFTERVIEW_CONFIG_DIR"])  # set for every test by conftest
    folder.mkdir(parents=True)
    (folder / "settings.json").write_text(json.dumps({"default_phone_region": "US"}), encoding="utf-8")
    # Read as Irish, this is no number at all and would be kept as typed.
    assert "+12063864000" in imported_number(tmp_path, "206 386 4000", {"LANG": "en_IE.UTF-8"})

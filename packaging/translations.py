"""Update the window's translations: pyside6-lupdate lists every marked text of desktop/ in
resources/translations/afterview_<language>.ts, then pyside6-lrelease compiles each to the .qm the app loads.

Run it after changing a text shown to the user, translate what it reports as unfinished (Qt Linguist, or by hand
in the .ts), and run it again. The .qm files are committed, so a fresh clone and the PyInstaller bundle (which
takes all of resources/) need no Qt tools; tests/ui/test_translations.py fails while any of them is stale.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
# English holds only plural forms: the sources write "%n contact(s)" and English needs "1 contact", "5 contacts".
LANGUAGES = {"de": [], "en": ["-pluralonly"]}
# The markers desktop/core/messages.py gives the core and the operations, read as Qt's QT_TR_NOOP, and plural()
# as its tr(text, comment, n), which lists a text's plural forms.
MARKERS = "QT_TR_NOOP+=english,QT_TR_NOOP+=Message,tr+=plural"


def tool(name: str) -> str:
    """A PySide6 tool beside this Python (the virtualenv's bin or Scripts), else on the PATH."""
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else (shutil.which(name) or name)


def update(ts_file: Path, language: str, extra: list[str]) -> None:
    """List desktop/'s marked texts in `ts_file`, keeping its translations and dropping vanished texts."""
    subprocess.run([tool("pyside6-lupdate"), "-extensions", "py", "-locations", "none", "-no-obsolete",
                    "-tr-function-alias", MARKERS, "-source-language", "en", "-target-language", language,
                    *extra, str(ROOT / "desktop"), "-ts", str(ts_file)], check=True, capture_output=True)


def release(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


def unfinished(ts_file: Path) -> list[str]:
    """The source texts of `ts_file` that have no finished translation (a plural needs every form)."""
    missing = []
    for message in ElementTree.parse(ts_file).iter("message"):
        translation = message.find("translation")
        forms = [] if translation is None else (translation.findall("numerusform") or [translation])
        if translation is None or translation.get("type") == "unfinished" or not all(f.text for f in forms):
            missing.append(message.findtext("source") or "")
    return missing


def main() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language, extra in LANGUAGES.items():
        ts_file = FOLDER / f"afterview_{language}.ts"
        update(ts_file, language, extra)
        release(ts_file, ts_file.with_suffix(".qm"))
        for source in unfinished(ts_file):
            print(f"{ts_file.name}: not translated: {source!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

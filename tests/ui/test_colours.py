"""The declared colours: readable in both schemes (WCAG AA), and the only colours the window's code writes."""

import re
from pathlib import Path

import pytest

from desktop.ui import colours
from desktop.ui.colours import DARK, LIGHT, READABLE, Role, contrast

UI = Path(__file__).resolve().parents[2] / "desktop" / "ui"
NAMES = {id(role): name for name, role in vars(colours).items() if isinstance(role, Role)}


@pytest.mark.parametrize("scheme", [LIGHT, DARK])
def test_every_declared_text_colour_meets_wcag_aa_on_its_backgrounds(scheme):
    too_faint = [f"{NAMES[id(ink)]} on {NAMES[id(ground)]}: {contrast(ink.value(scheme), ground.value(scheme)):.2f}"
                 f" < {minimum}" for ink, ground, minimum in READABLE
                 if contrast(ink.value(scheme), ground.value(scheme)) < minimum]
    assert not too_faint


def test_contrast_matches_the_wcag_reference_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic just-fails grey
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1)


def test_every_role_has_a_light_and_a_dark_hex_colour():
    for name, role in vars(colours).items():
        if isinstance(role, Role):
            assert re.fullmatch(r"#[0-9a-f]{6}", role.light) and re.fullmatch(r"#[0-9a-f]{6}", role.dark), name


def test_no_widget_writes_a_colour_of_its_own():
    literal = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|QColor\(\"|\brgba?\(|Qt\.GlobalColor\.")
    found = [f"{path.relative_to(UI)}:{number}: {line.strip()}"
             for path in UI.rglob("*.py") if path.name != "colours.py"
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if literal.search(line)]
    assert not found, "colours belong in desktop/ui/colours.py:\n" + "\n".join(found)

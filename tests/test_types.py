"""mypy (pyproject's [tool.mypy]) finds no type error in core, storage and operations: a new one fails the run."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


# A first mypy run, with no cache yet, reads SQLAlchemy's and NumPy's types: 20 s on an idle machine.
@pytest.mark.timeout(300)
def test_mypy_finds_nothing():
    mypy = shutil.which("mypy", path=str(Path(sys.executable).parent))
    assert mypy, "mypy is part of the test dependencies"
    result = subprocess.run([mypy], cwd=ROOT, capture_output=True, text=True, timeout=280)  # pyproject says what
    assert result.returncode == 0, result.stdout + result.stderr

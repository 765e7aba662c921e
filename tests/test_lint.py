"""ruff's checks (pyproject's [tool.ruff]) hold over the whole tree: a lint error fails the test run like a bug."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_finds_nothing():
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent))
    assert ruff, "ruff is part of the test dependencies"
    result = subprocess.run([ruff, "check", "--no-cache", "desktop", "tests", "benchmarks", "packaging"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr

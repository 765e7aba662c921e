"""Reading a printed PDF back as text, page by page, the way poppler sees it."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest


def pdf_pages(path: Path) -> list[str]:
    """The text of each page (pdftotext separates pages with a form feed); ligatures unfolded."""
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout
    return [unicodedata.normalize("NFKC", page) for page in text.split("\f")[:-1]]


def pdf_page_size(path: Path) -> str:
    """pdfinfo's page size line, e.g. '595.276 x 841.89 pts (A4)'."""
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True, timeout=60).stdout
    return next(line.split(":", 1)[1].strip() for line in info.splitlines() if line.startswith("Page size"))


def flat(text: str) -> str:
    """Whitespace folded to single spaces, so wrapped sentences can be found whole."""
    return " ".join(text.split())

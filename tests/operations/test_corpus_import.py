"""Every real-world file in ../shared/corpus, through the same door the CLI and the window use."""

import os
from pathlib import Path

import pytest

from desktop.operations.transfer import TransferError, import_file

CORPUS = Path(os.environ.get("AFTERVIEW_CORPUS") or Path(__file__).resolve().parents[2].parent / "shared" / "corpus")
FILES = sorted(p for p in CORPUS.glob("*/*") if p.suffix.lower() in (".vcf", ".ics", ".vcs")) if CORPUS.is_dir() else []


@pytest.mark.corpus
@pytest.mark.skipif(not FILES, reason="../shared/corpus is not here (a user's clone does not have it)")
@pytest.mark.parametrize("take_all", [False, True], ids=["likely", "all"])
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_each_file_imports_or_is_refused_by_name(workspace, path, take_all):
    try:
        summary = import_file(workspace, path, take_all=take_all)
    except TransferError as error:
        assert path.name in str(error)
        return
    # nothing is an empty success: every event was imported, reported by file name, or listed as left out
    assert summary.added + summary.updated + summary.unchanged + summary.skipped + len(summary.left_out) > 0
    assert not (take_all and summary.left_out)
    assert all(path.name in problem for problem in summary.problems)
    assert summary.skipped <= len(summary.problems)

"""Run one importer on one file in a fresh process and report its outcome, time and peak memory.

Usage: python hostile_worker.py vcard|ics|signature|template FILE
Prints one line: outcome seconds peak_rss_mb baseline_rss_mb
"""

import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import contextlib

from desktop.core.cards import ImportProblem
from desktop.core.invites import read_invites
from desktop.core.signature import parse_signature
from desktop.core.templates import TemplateError, fill, load_template
from desktop.core.vcard import read_vcards


def run(kind: str, path: Path) -> str:
    if kind == "vcard":
        return f"records:{len(read_vcards(path.read_bytes(), path.name).cards)}"
    if kind == "ics":
        return f"records:{len(read_invites(path.read_bytes(), path.name).events)}"
    if kind == "signature":
        parse_signature(path.read_bytes().decode("utf-8", errors="replace"), "US")
        return "records:1"
    filled = fill(load_template(path), {"first_name": "Zoë"})
    return f"records:{len(filled.body)}"


def _status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak() -> float:
    """Forget the imports' high-water mark (Linux: clear_refs 5), so the peak measured is the import's own."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")
    return _status_mb("VmRSS")


def main() -> None:
    kind, path = sys.argv[1], Path(sys.argv[2])
    baseline = reset_peak()
    started = time.perf_counter()
    try:
        outcome = run(kind, path)
    except (ImportProblem, TemplateError) as problem:
        outcome = "refused:" + str(problem).replace(" ", "_")[:120]
    elapsed = time.perf_counter() - started
    peak = _status_mb("VmHWM")
    print(f"{outcome} {elapsed:.3f} {peak:.1f} {baseline:.1f}")


if __name__ == "__main__":
    main()

"""Run one importer on one file in a fresh process and report its outcome, messages, time and peak memory.

Usage: python hostile_worker.py vcard|ics|photo|signature|template FILE
Prints one JSON object: outcome ("records" or "refused"), count, messages, seconds, cpu_seconds, peak_mb,
baseline_mb.
"""

import json
import resource
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import contextlib

from desktop.core.cards import ImportProblem
from desktop.core.invites import read_invites
from desktop.core.qr import decode_qr
from desktop.core.signature import parse_signature
from desktop.core.templates import TemplateError, fill, load_template
from desktop.core.vcard import read_vcards


def run(kind: str, path: Path) -> tuple[int, list[str]]:
    """How many records came back, and the problems reported beside them."""
    if kind == "vcard":
        cards = read_vcards(path.read_bytes(), path.name)
        return len(cards.cards), cards.problems
    if kind == "ics":
        # As the app reads them: the occurrence on or after now, so a series begun in 1900 is walked to today.
        events = read_invites(path.read_bytes(), path.name, now=datetime.now(UTC))
        return len(events.events), events.problems
    if kind == "photo":
        return len(decode_qr(path.read_bytes(), path.name)), []
    if kind == "signature":
        parse_signature(path.read_bytes().decode("utf-8", errors="replace"), "US")
        return 1, []
    filled = fill(load_template(path), {"first_name": "Zoë"})
    return len(filled.body), []


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
    started, cpu_started = time.perf_counter(), time.process_time()
    try:
        count, messages = run(kind, path)
        outcome = "records"
    except (ImportProblem, TemplateError) as problem:
        count, messages, outcome = 0, [str(problem)], "refused"
    print(json.dumps({"outcome": outcome, "count": count, "messages": messages[:20],
                      "seconds": time.perf_counter() - started, "cpu_seconds": time.process_time() - cpu_started,
                      "peak_mb": _status_mb("VmHWM"), "baseline_mb": baseline}))


if __name__ == "__main__":
    main()

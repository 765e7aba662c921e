"""The text side of card reading on generated cards, from engine lines recorded once: fast enough to rerun per rule.

    python benchmarks/card_text_generated.py --seed 15 [--count 48] [--arabic] [--cache /tmp/card-lines] [--verbose]

Renders the cards of benchmarks/card_synth.py for the seed, reads each once as the app does (card found,
straightened, turned upright: desktop.core.card_image.read_lines) and keeps those lines in
CACHE/seed-S/cNN.json; every later run only turns the kept lines into fields (desktop/core/card_text.py) and
scores them as the corpus README does (tests/core/cards/scoring.py), beside the naive regular expressions of
benchmarks/cards.py on the same lines. The engine's share of a miss is the same for both rows; what differs is
the text side. Rules are written against one seed and judged on another never looked at.
"""
# ruff: noqa: E402 - the import path is fixed before the project's modules are imported

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[0] = str(ROOT)  # not benchmarks/, whose calendar.py hides the module

from benchmarks import card_synth
from benchmarks.cards import regex_reader
from desktop.core.card_reading import TextLine
from desktop.core.card_text import read_card_text
from tests.core.cards.scoring import FIELDS, score


def _recorded(folder: Path, count: int, seed: int, arabic: bool) -> list[tuple[dict[str, str], list[TextLine]]]:
    """The seed's cards (in English and Arabic when asked) with their engine lines, rendered and read only once."""
    tsv = folder / "cards.tsv"
    if not tsv.exists():
        card_synth.generate(folder, 0 if arabic else count, seed, arabic=count if arabic else 0)
    with tsv.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))[:count]
    cards = []
    for row in rows:
        kept = folder / f"{Path(row['file']).stem}.json"
        if not kept.exists():
            from desktop.core.card_image import read_lines

            _, lines = read_lines(folder / row["file"])
            kept.write_text(json.dumps([[line.text, line.box, line.confidence] for line in lines],
                                       ensure_ascii=False), encoding="utf-8")
        lines = [TextLine(text, tuple(tuple(p) for p in box), confidence)  # type: ignore[arg-type]
                 for text, box, confidence in json.loads(kept.read_text(encoding="utf-8"))]
        cards.append((row, lines))
    return cards


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--count", type=int, default=48)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/card-lines"))
    parser.add_argument("--verbose", action="store_true", help="print each field read wrong, with the truth")
    parser.add_argument("--arabic", action="store_true", help="cards printed in English and Arabic instead")
    args = parser.parse_args()
    folder = args.cache / f"seed-{args.seed}{'-arabic' if args.arabic else ''}"
    cards = _recorded(folder, args.count, args.seed, args.arabic)
    right = {way: dict.fromkeys(FIELDS, 0) for way in ("afterview", "naive")}
    scored = dict.fromkeys(FIELDS, 0)
    for truth, lines in cards:
        got = read_card_text(lines, region="").as_json()
        naive = vars(regex_reader(lines))
        for field in FIELDS:
            if not truth[field].strip():
                continue
            scored[field] += 1
            right["afterview"][field] += bool(score(field, truth[field], got))
            right["naive"][field] += bool(score(field, truth[field], {**naive, "other_name": ""}))
            if args.verbose and not score(field, truth[field], got):
                print(f"  {truth['file']} {field}: read {got[field]!r}, printed {truth[field]!r}  ({truth['notes']})")
    print(f"seed {args.seed}, {len(cards)} cards{' in English and Arabic' if args.arabic else ''} (text side, lines "
          "recorded once)")
    for way, counts in right.items():
        print(f"{way:<10}", "  ".join(f"{field} {counts[field]}/{scored[field]}" for field in FIELDS))
    return 0


if __name__ == "__main__":
    sys.exit(main())

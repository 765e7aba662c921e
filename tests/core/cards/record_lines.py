"""Record the OCR lines of the shared corpus cards as JSON fixtures, so the text-side tests need no engine.

Run from the worktree root: `python tests/core/cards/record_lines.py [--raw] [CORPUS_FOLDER]`. Without --raw each
card is read as the app reads it (desktop.core.card_image.read_lines: found, straightened, turned upright) and
written to <card>.json beside this script; with --raw the engine reads the file's pixels as they are (the naive
baseline's view) into raw/<card>.json. Each holds the lines as text, box and confidence.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
CORPUS = Path("/work/shared/corpus/cards")


def _lines_of(path: Path, raw: bool) -> list[dict[str, object]]:
    from desktop.core.card_image import raw_lines, read_lines  # type: ignore[import-not-found,unused-ignore]

    _, lines = (raw_lines if raw else read_lines)(path)
    return [{"text": line.text, "box": [list(p) for p in line.box], "confidence": line.confidence} for line in lines]


def main(corpus: Path, raw: bool) -> None:
    target = HERE / "raw" if raw else HERE
    for path in sorted(corpus.glob("bc*.*")):
        lines = _lines_of(path, raw)
        (target / f"{path.stem}.json").write_text(json.dumps({"file": path.name, "lines": lines}, ensure_ascii=False,
                                                             indent=1) + "\n", encoding="utf-8")
        print(path.name, len(lines), "lines")


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "--raw"]
    main(Path(arguments[0]) if arguments else CORPUS, raw="--raw" in sys.argv)

"""Record the OCR lines of the shared corpus cards into JSON fixtures, so the text-side tests need no engine.

Run from the worktree root: `python tests/core/cards/record_lines.py [/path/to/corpus/cards]`. It reads each card
as the app does (desktop.core.card_image.read_lines when it is there, else RapidOCR on the raw pixels) and writes one
<card>.json beside this script: the lines as text, box and confidence.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
CORPUS = Path("/work/shared/corpus/cards")


def _lines_of(path: Path) -> list[dict[str, object]]:
    try:
        from desktop.core.card_image import read_lines  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        import numpy as np
        from PIL import Image
        from rapidocr_onnxruntime import RapidOCR

        with Image.open(path) as image:
            pixels = np.asarray(image.convert("RGB"))
        result, _ = RapidOCR()(pixels)
        return [{"text": text, "box": [[float(x), float(y)] for x, y in box], "confidence": float(score)}
                for box, text, score in result or []]
    _, lines = read_lines(path)
    return [{"text": line.text, "box": [list(p) for p in line.box], "confidence": line.confidence} for line in lines]


def main(corpus: Path) -> None:
    for path in sorted(corpus.glob("bc*.*")):
        lines = _lines_of(path)
        (HERE / f"{path.stem}.json").write_text(json.dumps({"file": path.name, "lines": lines}, ensure_ascii=False,
                                                           indent=1) + "\n", encoding="utf-8")
        print(path.name, len(lines), "lines")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS)

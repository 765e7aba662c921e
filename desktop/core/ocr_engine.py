"""The offline OCR engine: PaddleOCR's PP-OCR models on ONNX Runtime, through RapidOCR, behind OcrEngine.

Three models, all loaded from files installed with the app, once, the first time a card is read; nothing is ever
downloaded. RapidOCR's wheel brings the upside-down classifier (0.6 MB); the text detector and the recogniser are
PP-OCRv6 small (10 MB and 21 MB, in ocr_models/ beside this module): the recogniser reads accented Latin letters
that RapidOCR's own PP-OCRv4 one drops (ñ, ç, ø, ß, ł, ş, Vietnamese capitals), and the detector finds lines that
RapidOCR's PP-OCRv4 detector cut short or missed. Why these models and this engine, not Tesseract: README, "Reading
a card's photo".
"""

from __future__ import annotations

import importlib
import threading
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from desktop.core.card_reading import Box, TextLine

MODELS = Path(__file__).resolve().parent / "ocr_models"
RECOGNISER = MODELS / "ppocrv6_small_rec.onnx"
CHARACTERS = MODELS / "ppocrv6_dict.txt"
DETECTOR = MODELS / "ppocrv6_small_det.onnx"
# How PP-OCRv6's detector was trained and is meant to be read (its inference.yml): pixels normalised by ImageNet's
# means, a lower threshold and a tighter box than RapidOCR's settings for its PP-OCRv4 detector.
_PP_OCRV6_DETECTION = {"det_mean": [0.485, 0.456, 0.406], "det_std": [0.229, 0.224, 0.225], "det_thresh": 0.2,
                       "det_box_thresh": 0.45, "det_unclip_ratio": 1.4}
# Two intra-op threads, one per core of the 2-core machines measured (benchmarks/cards.py --threads 1 or 2: a card's
# median 12 % faster with two, its worst case 40 %); more only adds contention. Inter-op parallelism stays off: the
# graphs run one node after another.
THREADS = 2
_MIN_LINE_SCORE = 0.5  # lines the recogniser is less sure of than this are mostly noise (a logo's curve, a texture)


class RapidOcrEngine:
    """RapidOCR's pipeline on ONNX Runtime's CPU: detect the lines, turn the upside-down ones, recognise them."""

    name = "PP-OCRv6 small detector and recogniser (RapidOCR, ONNX Runtime)"

    def __init__(self, threads: int = THREADS, recogniser: Path = RECOGNISER, characters: Path = CHARACTERS,
                 detector: Path | None = DETECTOR) -> None:
        """`recogniser` with its `characters`, and a PP-OCRv6 `detector` (None: RapidOCR's own PP-OCRv4 one, with
        RapidOCR's settings), as files; benchmarks/cards.py passes others to compare models in one run."""
        self._threads = threads
        self._models: dict[str, object] = {"rec_model_path": str(recogniser), "rec_keys_path": str(characters)}
        if detector is not None:
            self._models.update(det_model_path=str(detector), **_PP_OCRV6_DETECTION)
        self._ocr = None
        self._lock = threading.Lock()  # one ONNX session set, used by one card at a time

    def _engine(self) -> Any:  # RapidOCR is typed loosely and imported lazily
        if self._ocr is None:
            # imported here so that opening the window never pays for ONNX Runtime and OpenCV; OpenCV first,
            # through the module that keeps it from changing the environment (RapidOCR imports it too)
            importlib.import_module("desktop.core.opencv")
            from rapidocr_onnxruntime import RapidOCR

            self._ocr = RapidOCR(intra_op_num_threads=self._threads, inter_op_num_threads=1,
                                 text_score=_MIN_LINE_SCORE, print_verbose=False, **self._models)
        return self._ocr

    def read(self, image: Image.Image) -> list[TextLine]:
        """The text lines of an upright image, top to bottom and left to right; those in a script the recogniser
        does not know come back with empty text."""
        with self._lock:
            result, _ = self._engine()(_bgr(image), text_score=0.0)  # the unsure lines are sorted out below
        lines = []
        for points, text, score in result or []:
            text = " ".join(str(text).split())
            box: Box = tuple((float(x), float(y)) for x, y in points)  # type: ignore[assignment]
            if not text.replace("□", "").strip():
                # Hangul comes back as "□ □ □", Arabic and Cyrillic as nothing at all: a line found, not read
                if _width(box) >= 2 * _height(box):
                    lines.append(TextLine("", box, 0.0))
            elif score >= _MIN_LINE_SCORE:
                lines.append(TextLine(text, box, float(score)))
        return lines

    def find_text(self, image: Image.Image) -> list[Box]:
        """The boxes of the image's text lines, found by the detector alone (no reading)."""
        with self._lock:
            boxes, _ = self._engine().text_det(_bgr(image))
        return [tuple((float(x), float(y)) for x, y in box) for box in boxes if boxes is not None]  # type: ignore[misc]

    def upside_down(self, image: Image.Image, boxes: list[Box]) -> float:
        """The share of these lines, weighted by length, that the angle classifier reads as upside down."""
        longest = sorted(boxes, key=lambda box: -_width(box))[:12]  # the classifier is sure on long lines
        if not longest:
            return 0.0
        with self._lock:
            ocr = self._engine()
            crops = ocr.get_crop_img_list(_bgr(image), [np.array(box, dtype=np.float32) for box in longest])
            _, labels, _ = ocr.text_cls(crops)
        weights = [_width(box) * float(score) for box, (_, score) in zip(longest, labels, strict=True)]
        flipped = sum(w for w, (label, _) in zip(weights, labels, strict=True) if label == "180")
        return flipped / max(sum(weights), 1e-9)


def _width(box: Box) -> float:
    (x0, y0), (x1, y1) = box[0], box[1]
    return float(np.hypot(x1 - x0, y1 - y0))


def _height(box: Box) -> float:
    (x0, y0), (x3, y3) = box[0], box[3]
    return float(np.hypot(x3 - x0, y3 - y0))


def _bgr(image: Image.Image) -> np.ndarray:
    """The image as the contiguous BGR array OpenCV-based engines expect."""
    return np.ascontiguousarray(np.asarray(image.convert("RGB"))[:, :, ::-1])


@cache
def default_engine() -> RapidOcrEngine:
    """The one engine of this process; its models load on the first card read."""
    return RapidOcrEngine()

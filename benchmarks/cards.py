"""Reading business cards from their photos: how many fields come out right, and how long a card takes.

    python benchmarks/cards.py [--corpus DIR] [--threads N] [--tesseract] [--only bc01,bc07] [--verbose]
                               [--generated 48] [--seed 15] [--arabic 0] [--ways afterview,naive]
                               [--compare LABEL=RECOGNISER.onnx,CHARACTERS.txt[,DETECTOR.onnx]]...

Reads every card of the shared corpus (cards.tsv: what a careful person reads on each) in up to four ways,
in the same run, first on the shared real cards, then on cards rendered by benchmarks/card_synth.py:

  afterview  the app's reading: desktop.operations.card_scans.read_card_file (card found, straightened, turned
             upright, read, fields proposed by desktop/core/card_text.py, checked against each other and the QR)
  image+re   the app's image side (desktop.core.card_image.read_lines) with the naive regular-expression reader
  naive      the baseline: the engine on the raw image plus regular expressions, no title or company
  tesseract  (--tesseract) the Tesseract command line on the raw image plus the same regular expressions
  afterview LABEL  (--compare) the app's reading with other PP-OCR models in the engine: a recogniser, its
             character list and optionally a PP-OCRv6 text detector (RapidOCR's own PP-OCRv4 one otherwise), to
             weigh a change of models

and prints, per way, how many cards each field was right on (scored as the corpus README says: name, title and
company equal after case-folding and collapsing spaces, accents kept; emails all found and none invented; phones
all found by their last 8 digits with at most one extra; website without scheme, www. or trailing slash; a truth
that is empty or holds `?` is not scored), then the median and maximum seconds a card (after the engine's models
are loaded; the load itself is printed apart), and the median and maximum CPU seconds a card (this process and the
programs it runs, all threads): on a machine shared with other work the wall time varies, the CPU time much less.
"""

from __future__ import annotations

import argparse
import csv
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import card_synth  # noqa: E402 (after the path is set, as the other benchmarks do)
from desktop.core import card_image  # noqa: E402
from desktop.core.card_reading import CardImageProblem, TextLine  # noqa: E402
from desktop.core.ocr_engine import RapidOcrEngine  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "cards"
FIELDS = ("name", "title", "company", "emails", "phones", "website")


@dataclass
class Proposal:
    """What one way of reading proposes for one card."""

    name: str = ""
    title: str = ""
    company: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    website: str = ""


# --- scoring, exactly as the corpus README says ------------------------------------------------------------------


def _plain(text: str) -> str:
    return " ".join(text.casefold().split())


def _site(text: str) -> str:
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", text.strip().casefold()).rstrip("/")


def _digits8(text: str) -> str:
    return re.sub(r"\D", "", text)[-8:]


def score(truth: dict[str, str], proposal: Proposal) -> dict[str, bool | None]:
    """Per field: True (right), False (wrong) or None (not scored: the card prints none, or unreadable)."""
    result: dict[str, bool | None] = {}
    for name in FIELDS:
        expected = truth[name].strip()
        if not expected or "?" in expected:
            result[name] = None
            continue
        if name in ("name", "title", "company"):
            forms = {_plain(form) for form in expected.split(" / ")} if name == "name" else {_plain(expected)}
            result[name] = _plain(getattr(proposal, name)) in forms
        elif name == "emails":
            wanted = {e.strip().casefold() for e in expected.split("|")}
            result[name] = {e.strip().casefold() for e in proposal.emails} == wanted
        elif name == "phones":
            wanted = [_digits8(p) for p in expected.split("|")]
            found = [_digits8(p) for p in proposal.phones]
            extra = len([p for p in found if p not in wanted])
            result[name] = all(w in found for w in wanted) and extra <= 1
        else:
            result[name] = _site(proposal.website) == _site(expected)
    return result


# --- the naive reader: regular expressions over the lines ------------------------------------------------------

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+?\(?\d[\d ()./–-]{6,}\d")
_WEBSITE = re.compile(r"(?:https?://|www\.)[\w.-]+\.[a-z]{2,}\S*", re.IGNORECASE)
_NAME = re.compile(r"[^\W\d_]+(?:[ .'-]+[^\W\d_]+){1,3}\.?")


def regex_reader(lines: list[TextLine]) -> Proposal:
    """Emails, phones and a website by pattern; the name as the tallest line that looks like two to four words."""
    text = "\n".join(line.text for line in lines)
    proposal = Proposal(emails=list(dict.fromkeys(_EMAIL.findall(text))))
    for line in lines:
        without_email = _EMAIL.sub(" ", line.text)
        for number in _PHONE.findall(without_email):
            if len(re.sub(r"\D", "", number)) >= 7 and number not in proposal.phones:
                proposal.phones.append(number)
    websites = _WEBSITE.findall(_EMAIL.sub(" ", text))
    proposal.website = websites[0] if websites else ""
    names = [line for line in lines if _NAME.fullmatch(line.text.strip())]
    if names:
        proposal.name = max(names, key=lambda line: abs(line.box[3][1] - line.box[0][1])).text.strip()
    return proposal


# --- the ways of reading ---------------------------------------------------------------------------------------


def _app_reader(engine: RapidOcrEngine | None = None) -> Callable[[Path], Proposal] | None:
    """The app's whole reading, with its own engine or the one given."""
    try:
        from desktop.operations.card_scans import read_card_file
    except ImportError:
        return None

    def lines_of(path: Path) -> tuple[object, list[TextLine]]:
        return card_image.read_lines(path, engine)

    def read(path: Path) -> Proposal:
        reading = read_card_file(None, path, lines_of=lines_of if engine is not None else None)
        found = reading.as_json()
        return Proposal(found["name"] or found["other_name"], found["title"], found["company"], found["emails"],
                        found["phones"], found["website"])

    return read


class TesseractEngine:
    """The Tesseract command line as an OcrEngine (measured here only; the app does not use it)."""

    name = "Tesseract"

    def read(self, image: object) -> list[TextLine]:
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / "card.png"
            image.save(source)  # type: ignore[attr-defined]
            output = subprocess.run(["tesseract", str(source), "stdout", "--psm", "3", "tsv"], capture_output=True,
                                    text=True, check=True).stdout
        words: dict[tuple[str, ...], list[dict[str, str]]] = {}
        for row in csv.DictReader(output.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["level"] == "5" and row["text"].strip():
                words.setdefault((row["block_num"], row["par_num"], row["line_num"]), []).append(row)
        lines = []
        for group in words.values():
            left = min(int(w["left"]) for w in group)
            top = min(int(w["top"]) for w in group)
            right = max(int(w["left"]) + int(w["width"]) for w in group)
            bottom = max(int(w["top"]) + int(w["height"]) for w in group)
            confidence = statistics.mean(float(w["conf"]) for w in group) / 100
            box = ((left, top), (right, top), (right, bottom), (left, bottom))
            lines.append(TextLine(" ".join(w["text"] for w in group), box, confidence))  # type: ignore[arg-type]
        return lines


def _other_engine(spec: str, threads: int) -> tuple[str, RapidOcrEngine]:
    """`LABEL=RECOGNISER,CHARACTERS[,DETECTOR]` as a label and the engine with those models."""
    label, _, files = spec.partition("=")
    paths = [Path(file) for file in files.split(",")]
    if len(paths) not in (2, 3) or not all(path.is_file() for path in paths):
        raise SystemExit(f"--compare {spec}: give LABEL=RECOGNISER.onnx,CHARACTERS.txt[,DETECTOR.onnx] of files")
    return label, RapidOcrEngine(threads, paths[0], paths[1], paths[2] if len(paths) == 3 else None)


def _ways(threads: int, tesseract: bool, compare: list[str]) -> dict[str, Callable[[Path], Proposal]]:
    engine = RapidOcrEngine(threads=threads)
    ways: dict[str, Callable[[Path], Proposal]] = {}
    app = _app_reader()
    if app is not None:
        ways["afterview"] = app
        for spec in compare:
            label, other = _other_engine(spec, threads)
            ways[f"afterview {label}"] = _app_reader(other)  # type: ignore[assignment]
    ways["image+re"] = lambda path: regex_reader(card_image.read_lines(path, engine)[1])
    ways["naive"] = lambda path: regex_reader(card_image.raw_lines(path, engine)[1])
    if tesseract:
        ways["tesseract"] = lambda path: regex_reader(card_image.raw_lines(path, TesseractEngine())[1])
    return ways


def _cpu() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _measure(corpus: Path, truths: list[dict[str, str]], ways: dict[str, Callable[[Path], Proposal]],
             verbose: bool) -> None:
    """Read every card each way and print, per way, the fields read right and the seconds a card."""
    for way, read in ways.items():
        read(corpus / truths[0]["file"])  # warm: models loaded, first-run allocations done
        right = {name: 0 for name in FIELDS}
        scored = {name: 0 for name in FIELDS}
        seconds, cpu_seconds = [], []
        for truth in truths:
            begin, cpu_begin = time.perf_counter(), _cpu()
            try:
                proposal = read(corpus / truth["file"])
            except CardImageProblem as problem:
                print(f"  {way} {truth['file']}: {problem}")
                proposal = Proposal()
            seconds.append(time.perf_counter() - begin)
            cpu_seconds.append(_cpu() - cpu_begin)
            marks = score(truth, proposal)
            for name, mark in marks.items():
                scored[name] += mark is not None
                right[name] += bool(mark)
            if verbose:
                wrong = [name for name, mark in marks.items() if mark is False]
                print(f"  {way} {truth['file']} {seconds[-1]:.2f}s wrong: {', '.join(wrong) or '-'}  {proposal}")
        figures = "  ".join(f"{name} {right[name]}/{scored[name]}" for name in FIELDS)
        print(f"{way:<10} {figures}  median {statistics.median(seconds):.2f} s  max {max(seconds):.2f} s  "
              f"cpu median {statistics.median(cpu_seconds):.2f} s  max {max(cpu_seconds):.2f} s", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--threads", type=int, default=2, help="ONNX Runtime intra-op threads (default 2)")
    parser.add_argument("--tesseract", action="store_true", help="also measure the Tesseract command line")
    parser.add_argument("--only", default="", help="comma-separated file stems, e.g. bc01,bc07")
    parser.add_argument("--verbose", action="store_true", help="print each card's proposal and score")
    parser.add_argument("--generated", type=int, default=48,
                        help="also read this many cards rendered by benchmarks/card_synth.py (0: none)")
    parser.add_argument("--seed", type=int, default=15, help="the generated cards' seed")
    parser.add_argument("--arabic", type=int, default=0,
                        help="also read this many generated cards in English and Arabic, as a section of their own")
    parser.add_argument("--ways", default="", help="comma-separated rows to measure, e.g. afterview,naive (all)")
    parser.add_argument("--compare", action="append", default=[], metavar="LABEL=REC,CHARS[,DET]",
                        help="also read the cards the app's way with these models (repeatable)")
    args = parser.parse_args()
    if args.tesseract and shutil.which("tesseract") is None:
        parser.error("--tesseract needs the tesseract command (apt-get install tesseract-ocr)")
    with (args.corpus / "cards.tsv").open(encoding="utf-8") as handle:
        truths = list(csv.DictReader(handle, delimiter="\t"))
    if args.only:
        truths = [t for t in truths if Path(t["file"]).stem in args.only.split(",")]

    start = time.perf_counter()
    RapidOcrEngine(threads=args.threads).read(card_image.load_card_photo(args.corpus / truths[0]["file"]).pixels)
    print(f"engine: first card with model loading: {time.perf_counter() - start:.2f} s, threads: {args.threads}")
    ways = _ways(args.threads, args.tesseract, args.compare)
    if args.ways:
        wanted = args.ways.split(",") + [f"afterview {spec.partition('=')[0]}" for spec in args.compare]
        ways = {way: read for way, read in ways.items() if way in wanted}
    if "afterview" not in ways:
        print("afterview: desktop.operations.card_scans is not on this branch; its row is left out")
    print(f"shared cards ({args.corpus}): {len(truths)}")
    _measure(args.corpus, truths, ways, args.verbose)
    if args.generated:
        with tempfile.TemporaryDirectory() as folder:
            generated = card_synth.generate(Path(folder), args.generated, args.seed)
            print(f"generated cards (benchmarks/card_synth.py, seed {args.seed}): {len(generated)}")
            _measure(Path(folder), generated, ways, args.verbose)
    if args.arabic:
        with tempfile.TemporaryDirectory() as folder:
            generated = card_synth.generate(Path(folder), 0, args.seed, arabic=args.arabic)
            print(f"generated cards in English and Arabic (seed {args.seed}): {len(generated)}")
            _measure(Path(folder), generated, ways, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())

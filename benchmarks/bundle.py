"""The bundle the installers ship against a bare PySide6 window frozen with the same spec, excludes and filters.

    python benchmarks/bundle.py [--workdir DIR]

Both are built in the same run by packaging/afterview.spec (the bare window through its `--baseline` option, so
every exclude and Qt filter applies to both), and both are packed by packaging/linux/build_deb.sh, as the .deb
users install. Printed as `key: value` lines:
  *_installed_mib: the one-folder bundle's files on disk (what the .deb unpacks to /opt/afterview);
  *_deb_mib:       the .deb (xz), what a user downloads;
  ocr_*:           the OCR engine's share (issue 15: ONNX Runtime, OpenCV and the libraries its wheel carries,
                   RapidOCR with its detector and classifier, Shapely, pyclipper, PyYAML, NumPy, the recogniser model),
                   with the app's figures again without it ("before OCR"), its .deb packed from a copy without it.
Targets, before OCR: installed size at most 1.25x the bare bundle's, the .deb under 60 MB.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "afterview.spec"
BUILD_DEB = ROOT / "packaging" / "linux" / "build_deb.sh"
BARE_WINDOW = '''\
import sys
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("Baseline")
window.resize(800, 600)
window.show()
sys.exit(app.exec())
'''
# Paths inside the bundle's _internal/ that only the OCR engine brings: NumPy too, which only the card's image
# side (desktop/core/card_image.py, ocr_engine.py) imports. Not PyYAML, which RapidOCR reads its configuration
# with: caldav reads its own with it (calendaring_config), so sync needs it too.
OCR_PARTS = ("cv2", "opencv_python_headless.libs", "onnxruntime", "onnxruntime*.dist-info", "rapidocr_onnxruntime",
             "shapely", "shapely.libs", "shapely*.dist-info", "pyclipper*", "numpy", "numpy.libs",
             "numpy*.dist-info", "desktop/core/ocr_models")


def freeze(*spec_args: str, workdir: Path, name: str) -> Path:
    """Run this interpreter's PyInstaller on the spec; the one-folder bundle it made."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath",
               str(workdir / "dist"), "--workpath", str(workdir / f"build-{name}"), str(SPEC)]
    if spec_args:
        command += ["--", *spec_args]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"PyInstaller failed for {name}:\n{result.stderr[-4000:]}")
    return workdir / "dist" / name


def tree_bytes(folder: Path) -> int:
    """Bytes of the regular files in the tree, symlinks not followed (what `du --apparent-size` counts)."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def ocr_paths(bundle: Path) -> list[Path]:
    internal = bundle / "_internal"
    return [path for pattern in OCR_PARTS for path in internal.glob(pattern)]


def ocr_bytes(bundle: Path) -> int:
    return sum(tree_bytes(path) if path.is_dir() else path.lstat().st_size for path in ocr_paths(bundle))


def without_ocr(bundle: Path, target: Path) -> Path:
    """A copy of the bundle without the OCR engine's files, to pack as the .deb would be before OCR."""
    shutil.copytree(bundle, target, symlinks=True)
    for path in ocr_paths(target):
        shutil.rmtree(path) if path.is_dir() and not path.is_symlink() else path.unlink()
    return target


def deb_bytes(bundle: Path, out: Path) -> int:
    """Size of the .deb packaging/linux/build_deb.sh makes from the bundle (the launcher must be `afterview`)."""
    out.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["bash", str(BUILD_DEB), str(bundle), str(out)], capture_output=True, text=True,
                          check=False, env={"PATH": "/usr/bin:/bin", "PYTHON": sys.executable})
    if done.returncode != 0:
        raise SystemExit(f"build_deb.sh failed for {bundle}:\n{done.stderr[-2000:]}")
    return next(out.glob("*.deb")).stat().st_size


def as_app(bundle: Path, target: Path) -> Path:
    """The bare bundle laid out under the app's launcher name, so build_deb.sh packs it the same way."""
    shutil.copytree(bundle, target, symlinks=True)
    (target / bundle.name).rename(target / "afterview")
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path, help="keep the builds here (default: a temporary folder)")
    options = parser.parse_args()
    mib = 2**20
    with tempfile.TemporaryDirectory(prefix="afterview-bundle-") as temporary:
        workdir = (options.workdir or Path(temporary)).resolve()
        shutil.rmtree(workdir / "dist", ignore_errors=True)
        shutil.rmtree(workdir / "packed", ignore_errors=True)
        workdir.mkdir(parents=True, exist_ok=True)
        bare_script = workdir / "bare_window.py"
        bare_script.write_text(BARE_WINDOW, encoding="utf-8")
        bare = freeze("--baseline", str(bare_script), workdir=workdir, name="baseline")
        app = freeze(workdir=workdir, name="afterview")
        packed = workdir / "packed"
        installed = {"bare": tree_bytes(bare), "app": tree_bytes(app)}
        ocr = ocr_bytes(app)
        debs = {"bare": deb_bytes(as_app(bare, packed / "bare" / "afterview"), packed / "bare-deb"),
                "app": deb_bytes(app, packed / "app-deb"),
                "app_before_ocr": deb_bytes(without_ocr(app, packed / "before-ocr" / "afterview"),
                                            packed / "before-ocr-deb")}
    figures = {
        "bare_installed_mib": installed["bare"] / mib,
        "app_installed_mib": installed["app"] / mib,
        "installed_ratio": installed["app"] / installed["bare"],
        "ocr_installed_mib": ocr / mib,
        "app_before_ocr_installed_mib": (installed["app"] - ocr) / mib,
        "installed_ratio_before_ocr": (installed["app"] - ocr) / installed["bare"],
        "bare_deb_mib": debs["bare"] / mib,
        "app_deb_mib": debs["app"] / mib,
        "app_before_ocr_deb_mib": debs["app_before_ocr"] / mib,
        "deb_ratio": debs["app"] / debs["bare"],
        "deb_ratio_before_ocr": debs["app_before_ocr"] / debs["bare"],
    }
    for key, value in figures.items():
        print(f"{key}: {value:.2f}" if "ratio" in key else f"{key}: {value:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

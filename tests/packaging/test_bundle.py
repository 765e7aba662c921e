"""Freeze Afterview, package it as a .deb, install it, run the installed app, remove it.

Runs only with AFTERVIEW_PACKAGING=1, as root, on a Debian-like system (dpkg):
    AFTERVIEW_PACKAGING=1 python -m pytest tests/packaging -q
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
DESKTOP_FILE = Path("/usr/share/applications/afterview.desktop")
# Qt skips a plugin whose libraries are missing; these two it must be able to load.
REQUIRED_PLUGINS = ("libqxcb.so", "libqoffscreen.so")

pytestmark = [
    pytest.mark.packaging,
    # The first test waits for PyInstaller and the .deb (about 5 minutes on 2 cores), well past the 60 s for others.
    pytest.mark.timeout(900),
    pytest.mark.skipif(os.environ.get("AFTERVIEW_PACKAGING") != "1", reason="set AFTERVIEW_PACKAGING=1 to build"),
    pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg (Debian or Ubuntu)"),
    pytest.mark.skipif(sys.platform != "linux" or os.geteuid() != 0, reason="installs a .deb: needs root on Linux"),
]


def run(*command: str | Path, **options: object) -> subprocess.CompletedProcess[str]:
    """Run a command, failing the test with its output when it fails."""
    result = subprocess.run([str(part) for part in command], capture_output=True, text=True, check=False,
                            **options)  # type: ignore[call-overload]
    assert result.returncode == 0, f"{command} exited {result.returncode}:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The one-folder bundle built from packaging/afterview.spec."""
    work = tmp_path_factory.mktemp("pyinstaller")
    run(sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", work / "dist",
        "--workpath", work / "build", ROOT / "packaging" / "afterview.spec", cwd=ROOT)
    return work / "dist" / "afterview"


@pytest.fixture(scope="module")
def deb(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("deb")
    run(ROOT / "packaging" / "linux" / "build_deb.sh", bundle, out, env={**os.environ, "PYTHON": sys.executable})
    (package,) = out.glob("afterview_*.deb")
    assert list(out.glob("afterview-*-linux-*.tar.gz")), "the tarball was not written"
    return package


@pytest.fixture(scope="module")
def installed(deb: Path) -> Iterator[Path]:
    run("dpkg", "-i", deb)
    try:
        yield Path("/usr/bin/afterview")
    finally:  # purge, so that not even dpkg's record of the package is left behind
        subprocess.run(["dpkg", "--purge", "afterview"], capture_output=True, check=False)


def offscreen() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def needed_libraries(elf: Path) -> set[str]:
    """The sonames an ELF file names as NEEDED (empty for files that are not ELF)."""
    result = subprocess.run(["readelf", "-d", str(elf)], capture_output=True, text=True, check=False)
    return {line.split("[", 1)[1].rstrip("]") for line in result.stdout.splitlines() if "(NEEDED)" in line}


def owning_package(soname: str) -> str | None:
    """The Debian package that provides a system library, None when it is not installed here."""
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    paths = [line.rsplit("=> ", 1)[1] for line in cache.splitlines() if line.strip().startswith(soname + " ")]
    for path in paths:
        # merged /usr: dpkg may have registered the file under either spelling
        for candidate in {path, path.removeprefix("/usr"), "/usr" + path, os.path.realpath(path)}:
            found = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, check=False)
            if found.returncode == 0:
                return found.stdout.split(":", 1)[0]
    return None


def test_bundle_passes_its_self_test_before_packaging(bundle: Path) -> None:
    result = run(bundle / "afterview", "--self-test", env=offscreen(), timeout=120)
    assert "self-test passed" in result.stdout


def test_bundle_carries_the_version_from_pyproject(bundle: Path) -> None:
    (metadata,) = bundle.rglob(f"afterview-{VERSION}.dist-info/METADATA")
    assert f"Version: {VERSION}" in metadata.read_text().splitlines()


def test_every_system_library_the_bundle_links_comes_from_a_declared_dependency(bundle: Path, deb: Path) -> None:
    depends = {part.split()[0] for part in run("dpkg-deb", "-f", deb, "Depends").stdout.split(",")}
    bundled = {path.name for path in bundle.rglob("*")}
    problems = []
    for elf in (path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink()):
        optional_plugin = "plugins" in elf.parts and elf.name not in REQUIRED_PLUGINS
        for soname in sorted(needed_libraries(elf) - bundled):
            package = owning_package(soname)
            if package is None and optional_plugin:
                continue
            if package is None or package.split(":")[0] not in depends:
                problems.append(f"{elf.relative_to(bundle)} needs {soname} from {package or 'nothing installed'}")
    assert not problems, "Depends misses libraries the bundle links:\n" + "\n".join(problems)


def test_installed_app_passes_its_self_test(installed: Path) -> None:
    assert installed.resolve() == Path("/opt/afterview/afterview")
    result = run(installed, "--self-test", env=offscreen(), timeout=120)
    assert "self-test passed" in result.stdout


def test_menu_entry_command_starts_the_installed_app(installed: Path) -> None:
    run("desktop-file-validate", DESKTOP_FILE)
    exec_line = next(line for line in DESKTOP_FILE.read_text().splitlines() if line.startswith("Exec="))
    command = [word for word in shlex.split(exec_line.removeprefix("Exec=")) if word != "%F"]
    result = run(*command, "--version", env=offscreen(), timeout=60)
    assert VERSION in result.stdout
    assert Path("/usr/share/icons/hicolor/256x256/apps/afterview.png").is_file()


def test_removing_the_package_leaves_nothing_in_opt(installed: Path) -> None:
    run("dpkg", "-r", "afterview")
    assert not Path("/opt/afterview").exists()
    assert not installed.exists()

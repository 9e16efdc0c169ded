"""`make run` installs what Qt's xcb plugin links against (issue #14 point 8).

PySide6 bundles Qt but not the X11/xcb libraries of the system. The Makefile's
WINDOW_APT_PACKAGES must name the Debian package of every library the plugin (and the Qt
libraries it loads) needs directly, so that a fresh Debian opens the window after `make run`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Always there wherever Python runs.
BASE = {"libc6"}


def makefile_list(name: str) -> set[str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8").replace("\\\n", " ")
    match = re.search(rf"^{name}\s*:=(.*)$", text, re.MULTILINE)
    assert match, f"{name} missing from the Makefile"
    return set(match.group(1).split())


def qt_dir() -> Path:
    import PySide6

    return Path(PySide6.__file__).resolve().parent / "Qt"


def window_binaries() -> list[Path]:
    qt = qt_dir()
    names = [
        "plugins/platforms/libqxcb.so",
        "lib/libQt6XcbQpa.so.6",
        "lib/libQt6Gui.so.6",
        "lib/libQt6Widgets.so.6",
        "lib/libQt6Core.so.6",
        "lib/libQt6DBus.so.6",
        "lib/libQt6OpenGL.so.6",
    ]
    found = [qt / name for name in names if (qt / name).exists()]
    found += sorted((qt / "plugins" / "xcbglintegrations").glob("*.so"))
    return found


def needed(binary: Path) -> list[str]:
    out = subprocess.run(
        ["readelf", "-d", str(binary)], capture_output=True, text=True, check=True
    ).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", out)


def resolved(binary: Path) -> dict[str, str]:
    """soname -> path as the dynamic loader resolves it ('' when not found)."""
    out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, check=True).stdout
    result: dict[str, str] = {}
    for line in out.splitlines():
        match = re.match(r"\s*(\S+) => (not found|\S+)", line)
        if match:
            result[match.group(1)] = "" if match.group(2) == "not found" else match.group(2)
    return result


def owners(paths: set[str]) -> dict[str, str]:
    """path -> Debian package owning it, with one dpkg call."""
    asked: dict[str, str] = {}
    for path in paths:
        real = str(Path(path).resolve())
        # usrmerge: dpkg may know the file under /lib while it lives in /usr/lib, or the reverse.
        other = real[4:] if real.startswith("/usr/") else "/usr" + real
        asked[real] = path
        asked[other] = path
    out = subprocess.run(["dpkg", "-S", *asked], capture_output=True, text=True).stdout
    result: dict[str, str] = {}
    for line in out.splitlines():
        package, _, file = line.partition(": ")
        if file.strip() in asked:
            result[asked[file.strip()]] = package.split(":")[0].strip()
    return result


needs_debian = pytest.mark.skipif(
    not (shutil.which("dpkg") and shutil.which("readelf") and shutil.which("ldd")),
    reason="checks Debian packages (dpkg, readelf, ldd)",
)


@needs_debian
def test_the_window_libraries_resolve_and_are_all_in_the_makefile() -> None:
    binaries = window_binaries()
    assert any(b.name == "libqxcb.so" for b in binaries), "PySide6 without its xcb plugin"
    packages = makefile_list("WINDOW_APT_PACKAGES")
    qt = str(qt_dir().parent)
    paths: dict[str, str] = {}
    missing: list[str] = []
    for binary in binaries:
        where = resolved(binary)
        for soname in needed(binary):
            path = where.get(soname, "")
            if path.startswith(qt) or soname.startswith("ld-linux"):
                continue  # bundled with PySide6, or the loader itself
            if not path:
                missing.append(f"{binary.name}: {soname}")
                continue
            paths[path] = soname
    owned = owners(set(paths))
    unowned = [soname for path, soname in paths.items() if path not in owned]
    unlisted = {
        paths[path]: package
        for path, package in owned.items()
        if package not in packages and package not in BASE
    }
    # `make test` installs WINDOW_APT_PACKAGES first, so nothing may be missing here.
    assert not missing, f"not installed by the Makefile: {missing}"
    assert not unowned, f"libraries no Debian package owns: {unowned}"
    assert not unlisted, f"add to WINDOW_APT_PACKAGES: {unlisted}"


def test_make_run_and_make_test_install_the_window_packages() -> None:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    run = re.search(r"^run:(.*)$", text, re.MULTILINE)
    assert run and "window-packages" in run.group(1).split()
    recipe = re.search(r"^window-packages:\n\t(.*)$", text, re.MULTILINE)
    assert recipe and "system-packages.sh $(WINDOW_APT_PACKAGES)" in recipe.group(1)
    system = re.search(r"^system-packages:(.*)$", text, re.MULTILINE)
    assert system and "window-packages" in system.group(1).split()
    # The three the issue names (reported missing on a fresh Debian).
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"} <= makefile_list(
        "WINDOW_APT_PACKAGES"
    )

"""create_app() in a fresh process (one QApplication per process; the suite already has one)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from acsa_desk.ui.app import create_app
from acsa_desk.ui.settings import Settings
from acsa_desk.ui import settings as opt

settings = Settings.from_file(sys.argv[1])
app = create_app(["acsa-desk"], settings=settings, log_dir=Path(sys.argv[2]))
report = {
    "name": app.applicationName(),
    "organisation": app.organizationName(),
    "hook_installed": sys.excepthook == app.crash_handler.excepthook,
    "fault_file": (Path(sys.argv[2]) / "faulthandler.log").exists(),
    "language": settings.get(opt.UI_LANGUAGE),
}
QTimer.singleShot(0, app.quit)
app.exec()  # aboutToQuit uninstalls the crash handler
report["fault_file_after_quit"] = (Path(sys.argv[2]) / "faulthandler.log").exists()
report["hook_after_quit"] = sys.excepthook is sys.__excepthook__
print(json.dumps(report))
"""


def test_create_app_names_the_app_and_installs_the_crash_handler(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "settings.ini"), str(tmp_path / "logs")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report == {
        "name": "ACSA Desk",
        "organisation": "ACSA Desk",
        "hook_installed": True,
        "fault_file": True,
        "language": "en",
        "fault_file_after_quit": False,
        "hook_after_quit": True,
    }

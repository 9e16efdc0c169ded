"""Running the installed `acsa-desk` program as a subprocess, as a user or a script would."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

EXE = shutil.which("acsa-desk", path=str(Path(sys.executable).parent)) or "acsa-desk"


def cli(*args, check=True, env=None):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    proc = subprocess.run([EXE, *map(str, args)], capture_output=True, text=True,
                          env=environment, timeout=180)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def one_line_error(proc, fragment):
    """A refusal: non-zero status, one line on standard error naming the problem, no traceback."""
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert proc.stderr.count("\n") == 1, proc.stderr
    assert fragment in proc.stderr, proc.stderr

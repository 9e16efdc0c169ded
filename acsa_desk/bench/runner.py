"""Running one program for a measurement: wall time, peak memory, markers, timeouts.

The clock starts just before the process is spawned and stops when ``wait4`` returns (or, in
marker mode, when the marker line arrives on standard error), so interpreter start-up and
imports are part of every figure, ours and floor alike. Peak memory is the child's own
``ru_maxrss`` from ``wait4`` (not the maximum over every child of the harness).

Every process runs in its own session so that a timeout ends it and nothing else.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

#: The line the window prints on standard error once its first paint is done.
PAINTED = "painted"


@dataclass
class Run:
    """One finished (or stopped) process."""

    seconds: float  # spawn to exit
    returncode: int | None
    maxrss_kib: int
    stdout: str
    stderr: str
    timed_out: bool = False
    marker_seconds: float | None = None  # spawn to the marker line, measured here
    marker_reported: float | None = None  # the number the program printed after the marker
    cpu_seconds: float | None = None  # the child's own user + system CPU time (wait4)

    @property
    def ok(self) -> bool:
        return not self.timed_out and self.returncode == 0

    def problem(self) -> str:
        """Why the run does not count, in one line ("" when it does)."""
        if self.timed_out:
            return f"timed out after {self.seconds:.0f} s"
        if self.returncode != 0:
            tail = self.stderr.strip().splitlines()[-1:] or [""]
            return f"exit status {self.returncode}: {tail[0][:200]}"
        return ""


@dataclass
class Env:
    """The environment every measured process gets: headless Qt, a private home folder."""

    home: Path
    extra: dict[str, str] = field(default_factory=dict)

    def build(self, **overrides: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("ACSA_DESK_")}
        self.home.mkdir(parents=True, exist_ok=True)
        runtime = self.home / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        env.update({
            "HOME": str(self.home),
            "XDG_CONFIG_HOME": str(self.home / ".config"),
            "XDG_DATA_HOME": str(self.home / ".local" / "share"),
            "XDG_CACHE_HOME": str(self.home / ".cache"),
            "XDG_RUNTIME_DIR": str(runtime),
            "QT_QPA_PLATFORM": "offscreen",
        })
        env.update(self.extra)
        env.update(overrides)
        return env


def compile_package() -> bool:
    """Writes the bytecode of acsa_desk's modules that lack it (an editable install has none,
    and ``PYTHONDONTWRITEBYTECODE`` keeps Python from writing it), as an installed package
    has it and as the floors' libraries have theirs: without it every run of ours compiles
    each of its modules again (about 0.1 s of the window's start). True if all compiled."""
    import compileall

    import acsa_desk

    return bool(compileall.compile_dir(str(Path(acsa_desk.__file__).parent), quiet=2))


def program(name: str = "acsa-desk") -> str:
    """The installed console script next to this interpreter."""
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise FileNotFoundError(f"{name} is not installed next to {sys.executable}")
    return found


def run(
    cmd: Sequence[str],
    *,
    env: dict[str, str],
    timeout: float,
    cwd: Path | None = None,
    marker: str | None = None,
    linger_after_marker: float | None = None,
) -> Run:
    """Runs ``cmd`` to its end (or ``timeout``).

    With ``marker``: the time the first standard-error line starting with it arrived is
    recorded, with the number printed after it. With ``linger_after_marker`` as well, the
    process is stopped (SIGTERM) that many seconds after the marker, so that its peak
    memory covers the settled state without waiting for its own exit timer.
    """
    out_lines: list[str] = []
    err_lines: list[str] = []
    marker_seen = threading.Event()
    marker_at: list[float] = []
    reported: list[float] = []
    exited: list[tuple[float, int, int, float]] = []

    started = time.perf_counter()
    proc = subprocess.Popen(
        list(cmd), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env=env, cwd=cwd, text=True, encoding="utf-8", errors="replace", bufsize=1,
        start_new_session=True,
    )

    def read_out() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            out_lines.append(line)

    def read_err() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            if marker is not None and not marker_at and line.startswith(marker):
                marker_at.append(time.perf_counter())
                try:
                    reported.append(float(line.split()[1]))
                except (IndexError, ValueError):
                    pass
                marker_seen.set()
                continue
            err_lines.append(line)

    def wait() -> None:
        _pid, status, usage = os.wait4(proc.pid, 0)
        exited.append((time.perf_counter(), os.waitstatus_to_exitcode(status), usage.ru_maxrss,
                       usage.ru_utime + usage.ru_stime))
        marker_seen.set()  # no marker will come any more

    threads = [threading.Thread(target=f, daemon=True) for f in (read_out, read_err, wait)]
    for t in threads:
        t.start()
    deadline = started + timeout
    timed_out = False
    if marker is not None and linger_after_marker is not None:
        marker_seen.wait(max(0.0, deadline - time.perf_counter()))
        if marker_at and not exited:
            time.sleep(linger_after_marker)
            if not exited:
                _signal(proc.pid, signal.SIGTERM)
    threads[2].join(max(0.0, deadline - time.perf_counter()))
    if not exited:
        timed_out = True
        _signal(proc.pid, signal.SIGKILL)
        threads[2].join()
    for t in threads[:2]:
        t.join(5)
    for pipe in (proc.stdout, proc.stderr):
        if pipe is not None:
            pipe.close()
    ended, code, maxrss, cpu = exited[0]
    proc.returncode = code  # reaped by wait4 above; keeps Popen from waiting again
    stopped_by_us = bool(marker_at) and linger_after_marker is not None and code in (
        -signal.SIGTERM, 128 + signal.SIGTERM)
    return Run(
        seconds=ended - started,
        returncode=0 if stopped_by_us else code,
        maxrss_kib=int(maxrss),
        stdout="".join(out_lines),
        stderr="".join(err_lines),
        timed_out=timed_out,
        marker_seconds=(marker_at[0] - started) if marker_at else None,
        marker_reported=reported[0] if reported else None,
        cpu_seconds=cpu,
    )


def _signal(pid: int, sig: int) -> None:
    """Signals the process group of a child we started (its own session)."""
    try:
        os.killpg(pid, sig)
    except ProcessLookupError:
        pass

"""Floor of the cold start: the stack's imports, a bare QMainWindow, its first paint.

Imports PySide6.QtWidgets and sqlmodel (the program's two heavy libraries at start), shows an
empty main window, prints ``painted <seconds since process start>`` to standard error after
its first paint, and quits.
"""

import os
import sys
import time


def _since_process_start() -> float:
    """Seconds since the kernel started this process (10 ms resolution)."""
    with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    start_ticks = int(fields[19])  # field 22 of stat(5), counted after "pid (comm)"
    return time.clock_gettime(time.CLOCK_BOOTTIME) - start_ticks / os.sysconf("SC_CLK_TCK")


import sqlmodel  # noqa: E402,F401 - the import is part of the floor's work
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402


class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):  # type: ignore[no-untyped-def]  # Qt's name
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            print(f"painted {_since_process_start():.3f}", file=sys.stderr, flush=True)
            QTimer.singleShot(0, QApplication.quit)


app = QApplication(sys.argv)
window = Window()
window.setWindowTitle("floor")
window.resize(1280, 800)
window.show()
sys.exit(app.exec())

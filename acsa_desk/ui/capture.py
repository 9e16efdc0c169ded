"""Keeps a window out of screen captures where the platform allows (see core/capture.py).

Windows: ``user32.SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE)`` through ctypes.
macOS: ``[[view window] setSharingType:NSWindowSharingNone]`` through the Objective-C runtime.
Linux: nothing can be done; :func:`protect` returns the decision so the caller can say so.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtWidgets import QWidget

from acsa_desk.core.capture import CaptureDecision, decide
from acsa_desk.core.marking import Rendering

log = logging.getLogger(__name__)

WDA_NONE = 0x0
WDA_EXCLUDEFROMCAPTURE = 0x11
NS_WINDOW_SHARING_NONE = 0
NS_WINDOW_SHARING_READ_ONLY = 1


def _windows(widget: QWidget, exclude: bool) -> bool:  # pragma: no cover - Windows only
    user32 = ctypes.windll.user32  # type: ignore[attr-defined]
    hwnd = ctypes.c_void_p(int(widget.winId()))
    return bool(user32.SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE if exclude else WDA_NONE))


def _macos(widget: QWidget, exclude: bool) -> bool:  # pragma: no cover - macOS only
    objc = ctypes.cdll.LoadLibrary("/usr/lib/libobjc.A.dylib")
    objc.sel_registerName.restype = ctypes.c_void_p
    objc.sel_registerName.argtypes = [ctypes.c_char_p]
    send = objc.objc_msgSend
    send.restype = ctypes.c_void_p
    send.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    view = ctypes.c_void_p(int(widget.winId()))  # an NSView*
    window = send(view, objc.sel_registerName(b"window"))
    if not window:
        return False
    set_type = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong)(
        ("objc_msgSend", objc))
    set_type(window, objc.sel_registerName(b"setSharingType:"),
             NS_WINDOW_SHARING_NONE if exclude else NS_WINDOW_SHARING_READ_ONLY)
    return True


def protect(widget: QWidget, rendering: Rendering | None, choice: str = "auto") -> CaptureDecision:
    """Applies the decision for ``widget``'s window; returns it (Linux: unavailable)."""
    decision = decide(rendering.cls if rendering is not None else None, sys.platform, choice)
    if not decision.available:
        return decision
    try:
        if decision.method == "display-affinity":
            _windows(widget.window(), decision.wanted)
        else:
            _macos(widget.window(), decision.wanted)
    except (OSError, AttributeError, ValueError) as exc:  # an old system: log, go on
        log.warning("screen-capture protection could not be set: %s", exc)
    return decision

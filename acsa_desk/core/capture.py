"""Whether a window showing ledger data is kept out of screen captures, and whether it can be.

The rule (the window applies it through the platform, acsa_desk/ui/capture.py):

- on by default for any marking above UNCLASSIFIED; the user may turn it off ("allow") or keep
  it on even for UNCLASSIFIED ("always");
- Windows (10 2004 and later): ``SetWindowDisplayAffinity(WDA_EXCLUDEFROMCAPTURE)``; macOS:
  ``NSWindow.sharingType = NSWindowSharingNone``; Linux (X11, Wayland): no way for a window to
  refuse being captured, so the protection is unavailable and the window says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from acsa_desk.core.marking import LevelClass

CHOICES = ("auto", "always", "allow")


@dataclass(frozen=True, slots=True)
class CaptureDecision:
    wanted: bool  # the marking and the user's choice ask for the protection
    available: bool  # the platform can do it
    method: str  # "display-affinity", "sharing-type" or ""

    @property
    def applied(self) -> bool:
        return self.wanted and self.available


def decide(cls: LevelClass | None, platform: str, choice: str = "auto") -> CaptureDecision:
    """``platform`` as ``sys.platform`` says it ("win32", "darwin", "linux")."""
    if choice not in CHOICES:
        choice = "auto"
    if choice == "always":
        wanted = True
    elif choice == "allow":
        wanted = False
    else:
        wanted = cls is not None and cls is not LevelClass.UNCLASSIFIED
    method = {"win32": "display-affinity", "darwin": "sharing-type"}.get(platform, "")
    return CaptureDecision(wanted, bool(method), method)

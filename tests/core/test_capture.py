"""Screen-capture protection: on above UNCLASSIFIED, where the platform can; never on Linux."""

from __future__ import annotations

import pytest

from acsa_desk.core.capture import decide
from acsa_desk.core.marking import LevelClass


@pytest.mark.parametrize(("cls", "wanted"), [
    (LevelClass.UNCLASSIFIED, False), (LevelClass.CUI, True), (LevelClass.PROTECTED, True),
    (LevelClass.CONFIDENTIAL, True), (LevelClass.SECRET, True), (None, False),
])
def test_on_by_default_above_unclassified(cls, wanted):
    assert decide(cls, "win32").wanted is wanted
    assert decide(cls, "win32").applied is wanted
    assert decide(cls, "darwin").method == "sharing-type"


def test_unavailable_on_linux_and_the_user_choice():
    on_linux = decide(LevelClass.SECRET, "linux")
    assert (on_linux.wanted, on_linux.available, on_linux.applied) == (True, False, False)
    assert decide(LevelClass.SECRET, "win32", "allow").wanted is False
    assert decide(LevelClass.UNCLASSIFIED, "win32", "always").applied is True
    assert decide(LevelClass.SECRET, "win32", "nonsense").wanted is True  # unknown: the default

"""reportlab's paragraph module, imported with its one costly regular expression compiled
when it is first used instead of at import.

``reportlab.platypus.paragraph`` compiles ``uri_pat`` (a URL validator, case-insensitive over
most of Unicode) when it is imported: about 50 ms, a twentieth of a 10,000-line statement's
whole process. It is used only to hyphenate URLs (``uriWasteReduce``), which no document
does. So this module imports what platypus imports from the rest of reportlab first, then the
platypus package (which imports paragraph) with ``re.compile`` giving that one pattern as a
:class:`DeferredPattern`, the same pattern
compiled on its first use. Imported first by :mod:`acsa_desk.documents` (any import of
reportlab's platypus after it finds the module imported). When paragraph is already imported,
or its source no longer has that pattern, nothing is deferred.
"""

from __future__ import annotations

import re
import sys
from typing import Any

#: How the deferred pattern starts (reportlab 4 and 5's ``uri_pat``).
URI_PATTERN_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"


class DeferredPattern:
    """A regular expression compiled when an attribute (``match``, ...) is first asked for."""

    __slots__ = ("_args", "_compiled")

    def __init__(self, pattern: str, flags: int) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(*self._args)
        return getattr(compiled, name)


def import_paragraph() -> None:
    if "reportlab.platypus.paragraph" in sys.modules:
        return
    # what the platypus package imports from outside it first, so that only its own modules
    # run while re.compile is wrapped (none of them binds ``re.compile`` to a name)
    import html.parser  # noqa: F401
    import logging  # noqa: F401

    import reportlab.lib.abag
    import reportlab.lib.colors
    import reportlab.lib.enums
    import reportlab.lib.geomutils
    import reportlab.lib.PyFontify
    import reportlab.lib.rl_accel
    import reportlab.lib.sequencer
    import reportlab.lib.styles
    import reportlab.lib.textsplit
    import reportlab.lib.utils
    import reportlab.lib.validators
    import reportlab.pdfbase.pdfmetrics
    import reportlab.pdfbase.ttfonts
    import reportlab.pdfgen.canvas
    import reportlab.pdfgen.textobject
    import reportlab.rl_config

    real = re.compile

    def compile_deferring_uri(pattern: Any, flags: int = 0) -> Any:
        if flags == re.I and isinstance(pattern, str) and pattern.startswith(URI_PATTERN_START):
            return DeferredPattern(pattern, flags)
        return real(pattern, flags)

    re.compile = compile_deferring_uri
    try:
        import reportlab.platypus  # noqa: F401  (the package imports paragraph, flowables...)
    finally:
        re.compile = real


import_paragraph()

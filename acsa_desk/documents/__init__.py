"""PDF documents: pure functions from plain data (``data``) to PDF bytes.

No database and no Qt here: the services fill the dataclasses of :mod:`acsa_desk.documents.data`
and the builders return bytes (and the annual report also CSV text). ``langs`` is one language
or two side by side: ``("en",)``, ``("en", "ja")``, ``("en", "fr")`` or ``"en,ja"``.
``invariant=True`` makes the bytes reproducible (tests).
"""

from acsa_desk.documents import _reportlab  # noqa: F401  (first: see there)
from acsa_desk.documents.annual_report import annual_report_csv, build_annual_report_pdf
from acsa_desk.documents.order_form import build_order_form
from acsa_desk.documents.statement import build_statement

__all__ = [
    "annual_report_csv",
    "build_annual_report_pdf",
    "build_order_form",
    "build_statement",
]

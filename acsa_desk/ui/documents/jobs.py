"""What the document views ask the worker thread to do: plain requests in, plain bytes out.

No Qt here: each request's ``build(ledger)`` opens its own read-only unit of work, fills the
document's data through :mod:`acsa_desk.services.documents_data` and returns the PDF bytes.
It runs inside ``context.tasks.run`` and touches no widget. reportlab is imported on first
use, so that the window starts without it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from acsa_desk.core.errors import LedgerError
from acsa_desk.core.marking import Rendering
from acsa_desk.db.engine import Ledger
from acsa_desk.services import reference

if TYPE_CHECKING:
    from acsa_desk.documents.data import SignatureBlock

Langs = tuple[str, ...]

#: The language choices offered in the window, in the order shown.
LANGUAGE_CHOICES: tuple[Langs, ...] = (
    ("en",), ("en", "ja"), ("en", "fr"), ("ja",), ("ja", "en"), ("fr",), ("fr", "en"),
)


class DocumentNotSaved(LedgerError):
    """The document could not be written (a full disk, a read-only folder...)."""


def default_langs(home_nation: str, partner: str) -> Langs:
    """Japan reads Japanese, Canada (and France) French; everyone reads English."""
    if partner == "JPN":
        return ("en", "ja")
    if "CAN" in (home_nation, partner) or "FRA" in (home_nation, partner):
        return ("en", "fr")
    return ("en",)


@dataclass(frozen=True, slots=True)
class BuiltDocument:
    pdf: bytes
    title: str  # for a window title, e.g. "Statement JPN"
    file_name: str  # suggested file name, e.g. "statement-JPN-2025-11-20.pdf"
    langs: Langs
    marking: Rendering | None = None  # the document's marking, as its pages print it


def _marking(banner: Rendering | str) -> Rendering | None:
    return banner if isinstance(banner, Rendering) else None


def _slug(text: str) -> str:
    keep = "".join(c if c.isalnum() or c in "-_." else "-" for c in text.strip())
    return keep.strip("-.") or "document"


@dataclass(frozen=True, slots=True)
class StatementRequest:
    partner: str
    exercise: str | None = None
    langs: Langs | None = None  # None: by the partner (default_langs)
    #: Our side's signatory; None: the profile of ``actor`` in the ledger, if any.
    home_signature: SignatureBlock | None = None
    actor: str = ""

    def build(self, ledger: Ledger) -> BuiltDocument:
        from acsa_desk.documents import build_statement
        from acsa_desk.services import documents_data

        with ledger.reader() as session:
            signature = self.home_signature
            if signature is None and self.actor:
                signature = documents_data.user_signature(session=session, login=self.actor)
            data = documents_data.statement_data(
                session=session, partner=self.partner, exercise=self.exercise,
                home_signature=signature, stream=True,
            )
            home = reference.get_preferences(session=session).home_nation
            langs = self.langs or default_langs(home, self.partner)
            # built inside the read: the orders come from a cursor, a page at a time
            pdf = build_statement(data, langs)
        name = f"statement-{self.partner}"
        if self.exercise:
            name += f"-{self.exercise}"
        return BuiltDocument(
            pdf,
            f"{data.partner_name} ({data.partner_code})",
            f"{_slug(name)}-{data.generated_on.isoformat()}.pdf",
            langs,
            _marking(data.banner),
        )


@dataclass(frozen=True, slots=True)
class OrderFormRequest:
    order_number: str
    langs: Langs | None = None  # None: by the order's partner

    def build(self, ledger: Ledger) -> BuiltDocument:
        from acsa_desk.documents import build_order_form
        from acsa_desk.services import documents_data
        from acsa_desk.services.orders import order_by_number

        with ledger.reader() as session:
            data = documents_data.order_form_data(session=session,
                                                  order_number=self.order_number.strip())
            partner = order_by_number(session=session, number=data.order_number).partner_code
            home = reference.get_preferences(session=session).home_nation
        langs = self.langs or default_langs(home, partner)
        return BuiltDocument(
            build_order_form(data, langs), data.order_number,
            f"order-{_slug(data.order_number)}.pdf", langs, _marking(data.banner),
        )


@dataclass(frozen=True, slots=True)
class AnnualReportRequest:
    year: int
    langs: Langs = ("en",)

    def build(self, ledger: Ledger) -> BuiltDocument:
        from acsa_desk.documents import build_annual_report_pdf
        from acsa_desk.services import documents_data

        with ledger.reader() as session:
            data = documents_data.annual_report_data(session=session, year=self.year)
        return BuiltDocument(
            build_annual_report_pdf(data, self.langs), str(self.year),
            f"annual-report-{self.year}.pdf", self.langs, _marking(data.banner),
        )


DocumentRequest = StatementRequest | OrderFormRequest | AnnualReportRequest


def save(path: Path, content: bytes) -> Path:
    """Writes a built document (atomically); an OS error becomes a message for the user."""
    from acsa_desk.services.documents_data import write_document

    if not path.suffix:
        path = path.with_suffix(".pdf")
    try:
        return write_document(path, content)
    except OSError as exc:
        raise DocumentNotSaved(f"{path}: {exc.strerror or exc}") from exc


@dataclass(frozen=True, slots=True)
class Choices:
    """What the page's pickers offer: partners (code, name) and exercise names."""

    partners: tuple[tuple[str, str], ...]
    exercises: tuple[str, ...]
    today: date


def load_choices(ledger: Ledger) -> Choices:
    with ledger.reader() as session:
        partners = tuple((p.code, p.name) for p in reference.list_partners(session=session))
        exercises = tuple(e.name for e in reference.list_exercises(session=session))
    return Choices(partners, exercises, date.today())

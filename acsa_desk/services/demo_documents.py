"""The demo ledger's agreements, designated officials and supporting documents.

Documents are small generated one-page PDFs (a few hundred bytes each, each different), written
in bulk with their audit entries (the log keeps each document's SHA-256, not its bytes).
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from acsa_desk.db import audit
from acsa_desk.db.bulk import insert_rows
from acsa_desk.db.models import AppUser, Attachment, AttachmentContent, FinanceNotice
from acsa_desk.services import agreements, reference

# Orders per demo run that get generated documents (beyond them the ledger shows what the
# audits found: orders without supporting documents).
DOCUMENTED_ORDERS = 3000

# partner: (signed on, in force from, legislature notified, claim days, currencies)
AGREEMENT_DATES = {
    "JPN": (date(2018, 4, 21), date(2019, 7, 1), None, 30, ("CAD", "JPY")),
    "USA": (date(2014, 5, 12), date(2014, 5, 12), date(2014, 4, 1), 30, ("CAD", "USD")),
    "AUS": (date(2016, 9, 2), date(2016, 9, 2), None, 45, ("CAD", "AUD")),
}
# Our side's designated officials: name, rank, limit per order in CAD (minor units), and the
# login of the registered officer each designation links (demo users, inactive).
OFFICIALS = (("P. Roy", "Cdr", 50_000_000, "proy"), ("D. Fraser", "LCdr", 10_000_000, "dfraser"),
             ("L. Wong", "Capt(N)", 500_000_000, "lwong"),
             ("H. Singh", "Cdr", 50_000_000, "hsingh"))
DELEGATE = ("S. Nguyen", "Lt(N)", 2_500_000, "snguyen")


def _official_users(session: Session) -> None:
    """The designated officials as registered officers (inactive: nobody signs in as them)."""
    for name, rank, _limit, login in (*OFFICIALS, DELEGATE):
        if session.get(AppUser, login) is None:
            session.add(AppUser(login=login, display_name=name, rank=rank, role="officer",
                                active=False))
    session.flush()


def record_agreements(session: Session, partners: Sequence[tuple[str, str, float]],
                      actor: str) -> None:
    """The demo partners' agreements with their dates and our designated officials."""
    _official_users(session)
    for code, ref, _weight in partners:
        if reference.agreement_for(session=session, partner_code=code) is not None:
            continue
        signed, in_force, notified, claim_days, currencies = AGREEMENT_DATES[code]
        agreements.seed_agreement(
            session=session, partner_code=code, reference_text=ref[:200], actor=actor,
            title=ref, signed_on=signed, in_force_from=in_force, notified_on=notified,
            claim_days=claim_days, currencies=currencies, effective_from=in_force)
        for name, rank, limit, login in OFFICIALS:
            agreements.seed_official(session=session, data=agreements.OfficialInput(
                partner_code=code, name=name, rank=rank, limit_minor=limit,
                limit_currency="CAD", valid_from=in_force, login=login))
        name, rank, limit, login = DELEGATE
        agreements.seed_official(session=session, data=agreements.OfficialInput(
            partner_code=code, name=name, rank=rank, limit_minor=limit,
            limit_currency="CAD", valid_from=date(2025, 1, 1), valid_until=date(2025, 12, 31),
            delegated_by="P. Roy", login=login))


def tiny_pdf(lines: Sequence[str]) -> bytes:
    """A valid one-page PDF showing ``lines`` (ASCII) in Helvetica."""
    text = "BT /F1 11 Tf 56 780 Td 14 TL " + " ".join(
        "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '"
        for line in lines) + " ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text.encode("ascii", "replace")
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += (b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, xref))
    return bytes(out)


class Paperwork:
    """Collects the documents and claim notices of a demo run, written in bulk batch by batch
    (``write``); one for the whole run, so that ``DOCUMENTED_ORDERS`` counts the run's orders."""

    def __init__(self, rng: random.Random, stamp: Any, actor: str) -> None:
        self.rng, self.stamp, self.actor = rng, stamp, actor
        self.contents: dict[str, dict[str, Any]] = {}
        self.attachments: list[dict[str, Any]] = []
        self.notices: list[dict[str, Any]] = []
        self.documented = 0

    def document(self, order_id: int, number: str, kind: str, title: str, on: date,
                 delivery_id: int | None = None) -> None:
        body = tiny_pdf([title, f"Order {number}", f"Dated {on.isoformat()}",
                         "ACSA Desk demo document"])
        digest = hashlib.sha256(body).hexdigest()
        self.contents.setdefault(digest, {"sha256": digest, "size_bytes": len(body),
                                          "content": body})
        self.attachments.append({
            "order_id": order_id, "delivery_id": delivery_id, "settlement_id": None,
            "sha256": digest, "file_name": f"{number}-{kind}.pdf",
            "media_type": "application/pdf", "size_bytes": len(body), "kind": kind, "note": "",
            "attached_by": self.actor, "attached_at": self.stamp})

    def order(self, order_id: int, row: dict[str, Any], delivery_ids: dict[date, int],
              invoice: tuple[date, str] | None) -> None:
        """An order's paperwork: mostly complete, with the gaps audits find."""
        rng, number = self.rng, str(row["number"])
        if invoice is not None and rng.random() < 0.85:
            self.notices.append({"order_id": order_id, "notified_on": invoice[0],
                                 "notified_to": "Directorate of Financial Operations",
                                 "reference": f"CN-{number}", "recorded_by": self.actor,
                                 "recorded_at": self.stamp})
        if row["status"] in ("requested", "cancelled"):
            return
        # Past the run's DOCUMENTED_ORDERS an order gets no documents, but its draws are still
        # made: the same seed keeps the same orders, whatever the cap.
        keep = self.documented < DOCUMENTED_ORDERS
        self.documented += keep
        if rng.random() < 0.85 and keep:
            self.document(order_id, number, "signed_order_form", "Signed order form",
                          row["signed_on"] or row["ordered_on"])
        for day, delivery_id in sorted(delivery_ids.items()):
            if rng.random() < 0.8 and keep:
                self.document(order_id, number, "proof_of_delivery", "Proof of delivery", day,
                              delivery_id)
        if invoice is not None and rng.random() < 0.9 and keep:
            self.document(order_id, number, "invoice", f"Invoice {invoice[1]}", invoice[0])

    def write(self, session: Session) -> None:
        """Writes the batch collected since the last ``write`` (the run's count goes on)."""
        new, attachments, notices = list(self.contents.values()), self.attachments, self.notices
        self.contents, self.attachments, self.notices = {}, [], []
        content_ids = insert_rows(session, AttachmentContent.__table__, new, want_ids=True)  # type: ignore[arg-type]
        audit.append(session, (
            audit.Change("attachment_content", str(cid), "insert", None,
                         {**row, "id": cid, "content": "sha256:" + row["sha256"]})
            for cid, row in zip(content_ids, new, strict=True)))
        for model, rows in ((Attachment, attachments), (FinanceNotice, notices)):
            ids = insert_rows(session, model.__table__, rows, want_ids=True)  # type: ignore[attr-defined]
            audit.append_rows(session, model.__tablename__,  # type: ignore[attr-defined]
                              [{**r, "id": i} for i, r in zip(ids, rows, strict=True)])

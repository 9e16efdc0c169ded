"""Supporting documents kept inside the ledger, so backups and ``copy-to`` carry them.

Content is stored once per SHA-256 (two attachments of the same file share it); the hash is in
the audit log (the log records ``sha256:<hex>`` for the bytes). Nothing is deleted: a wrong
attachment is withdrawn with a reason and stays listed as withdrawn. ``verify`` re-hashes
every stored document (``acsa_desk.db.audit``).
"""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from acsa_desk.core.errors import NotFound, RuleViolation
from acsa_desk.db.models import (
    Attachment,
    AttachmentContent,
    AttachmentWithdrawal,
    Delivery,
    Settlement,
)
from acsa_desk.services.identity import now
from acsa_desk.services.orders import get_order

MAX_BYTES = 50 * 1024 * 1024


class Kind(StrEnum):
    SIGNED_ORDER_FORM = "signed_order_form"
    PROOF_OF_DELIVERY = "proof_of_delivery"
    RECEIPT = "receipt"
    INVOICE = "invoice"
    PAYMENT_ADVICE = "payment_advice"
    CORRESPONDENCE = "correspondence"
    OTHER = "other"


KINDS = tuple(k.value for k in Kind)


@dataclass(frozen=True, slots=True)
class AttachmentView:
    id: int
    order_id: int
    delivery_id: int | None
    settlement_id: int | None
    sha256: str
    file_name: str
    media_type: str
    size_bytes: int
    kind: str
    note: str
    attached_by: str
    attached_at: datetime
    withdrawn_reason: str | None
    withdrawn_by: str | None

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_reason is not None


def sha256_of(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def check_size(size: int, name: str) -> None:
    if size > MAX_BYTES:
        raise RuleViolation(
            "file", f"{name} is {size / 1024 / 1024:.1f} MB: supporting documents are limited "
            f"to {MAX_BYTES // 1024 // 1024} MB")
    if size == 0:
        raise RuleViolation("file", f"{name} is empty")


def read_file(path: Path) -> bytes:
    """The file's bytes, refusing before reading one above the limit."""
    check_size(path.stat().st_size, path.name)
    content = path.read_bytes()
    check_size(len(content), path.name)
    return content


def attach(
    *,
    session: Session,
    order_id: int,
    file_name: str,
    content: bytes,
    kind: str,
    actor: str,
    note: str = "",
    delivery_id: int | None = None,
    settlement_id: int | None = None,
    media_type: str | None = None,
) -> Attachment:
    """Attaches a document to an order, or to one of its deliveries or settlements."""
    order = get_order(session=session, order_id=order_id)
    name = Path(file_name.strip()).name
    if not name:
        raise RuleViolation("file", "the document needs a file name")
    if len(name) > 255:
        raise RuleViolation("file", "a file name is at most 255 characters")
    if kind not in KINDS:
        raise RuleViolation("kind", f"'{kind}' is not a kind of document ({', '.join(KINDS)})")
    if len(note) > 400:
        raise RuleViolation("note", "a note is at most 400 characters")
    check_size(len(content), name)
    if delivery_id is not None:
        delivery = session.get(Delivery, delivery_id)
        if delivery is None or delivery.order_id != order_id:
            raise RuleViolation("delivery", f"order {order.number} has no delivery {delivery_id}")
    if settlement_id is not None:
        settlement = session.get(Settlement, settlement_id)
        if settlement is None or settlement.order_id != order_id:
            raise RuleViolation("settlement",
                                f"order {order.number} has no settlement {settlement_id}")
    digest = sha256_of(content)
    known = session.scalar(select(AttachmentContent.id).where(AttachmentContent.sha256 == digest))
    if known is None:
        session.add(AttachmentContent(sha256=digest, size_bytes=len(content), content=content))
        session.flush()
    guessed = mimetypes.guess_type(name)[0] or "application/octet-stream"
    attachment = Attachment(
        order_id=order_id, delivery_id=delivery_id, settlement_id=settlement_id, sha256=digest,
        file_name=name, media_type=(media_type or guessed)[:100], size_bytes=len(content),
        kind=kind, note=note.strip(), attached_by=actor, attached_at=now())
    session.add(attachment)
    session.flush()
    return attachment


def delivery_on(*, session: Session, order_id: int, day: date) -> Delivery:
    """The order's delivery of ``day`` (neither reversed nor a reversal) a document proves."""
    order = get_order(session=session, order_id=order_id)
    reversed_ids = select(Delivery.reverses_id).where(Delivery.reverses_id.is_not(None))  # type: ignore[union-attr]
    found = session.scalars(
        select(Delivery).where(Delivery.order_id == order_id, Delivery.delivered_on == day,
                               Delivery.reverses_id.is_(None),  # type: ignore[union-attr]
                               Delivery.id.not_in(reversed_ids))  # type: ignore[union-attr]
        .order_by(Delivery.id)).first()
    if found is None:
        raise RuleViolation("delivery", f"order {order.number} has no delivery on "
                            f"{day.isoformat()}")
    return found


def settlement_by(*, session: Session, order_id: int, key: str) -> Settlement:
    """The order's settlement (not a reversal) with reference ``key``, or dated ``key``
    (YYYY-MM-DD) when only one is; several alike are refused, naming them."""
    order = get_order(session=session, order_id=order_id)
    rows = list(session.scalars(select(Settlement).where(
        Settlement.order_id == order_id, Settlement.reverses_id.is_(None))  # type: ignore[union-attr]
        .order_by(Settlement.id)))
    text = key.strip()
    found = [s for s in rows if s.reference.strip() == text]
    if not found:
        try:
            day = date.fromisoformat(text)
        except ValueError:
            day = None
        found = [s for s in rows if day is not None and s.settled_on == day]
    if not found:
        raise RuleViolation("settlement", f"order {order.number} has no settlement with "
                            f"reference or date '{text}'")
    if len(found) > 1:
        named = ", ".join(f"{s.settled_on.isoformat()} {s.reference or '(no reference)'}"
                          for s in found)
        raise RuleViolation("settlement", f"order {order.number} has {len(found)} settlements "
                            f"for '{text}' ({named}): name it by its reference")
    return found[0]


@dataclass(frozen=True, slots=True)
class Target:
    """What a document may be attached to besides the order: a delivery or a settlement."""

    kind: str  # "delivery" or "settlement"
    id: int
    day: date
    reference: str = ""
    amount_minor: int = 0


def targets(*, session: Session, order_id: int) -> list[Target]:
    """The order's live deliveries (one per date: a proof covers the date) and settlements
    (not reversals), in date order: what the window offers to attach a document to."""
    reversed_ids = select(Delivery.reverses_id).where(Delivery.reverses_id.is_not(None))  # type: ignore[union-attr]
    days: dict[date, int] = {}
    for did, day in session.execute(
            select(Delivery.id, Delivery.delivered_on).where(
                Delivery.order_id == order_id, Delivery.reverses_id.is_(None),  # type: ignore[union-attr]
                Delivery.id.not_in(reversed_ids))  # type: ignore[union-attr]
            .order_by(Delivery.delivered_on, Delivery.id)):
        days.setdefault(day, int(did))
    out = [Target("delivery", did, day) for day, did in days.items()]
    for sid, day, ref, amount in session.execute(
            select(Settlement.id, Settlement.settled_on, Settlement.reference,
                   Settlement.amount_minor)
            .where(Settlement.order_id == order_id, Settlement.reverses_id.is_(None))  # type: ignore[union-attr]
            .order_by(Settlement.settled_on, Settlement.id)):
        out.append(Target("settlement", int(sid), day, ref or "", int(amount)))
    return out


def _stored(session: Session, digest: str) -> AttachmentContent | None:
    return session.scalars(select(AttachmentContent).where(AttachmentContent.sha256 == digest)
                           ).first()


def withdraw(*, session: Session, attachment_id: int, reason: str, actor: str
             ) -> AttachmentWithdrawal:
    """Withdraws a wrong attachment: it stays in the ledger, marked with why."""
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise NotFound(f"no attachment with id {attachment_id}")
    if not reason.strip():
        raise RuleViolation("reason", "say why the document is withdrawn")
    done = session.scalars(select(AttachmentWithdrawal).where(
        AttachmentWithdrawal.attachment_id == attachment_id)).first()
    if done is not None:
        raise RuleViolation("withdrawn", f"already withdrawn by {done.withdrawn_by}: {done.reason}")
    entry = AttachmentWithdrawal(attachment_id=attachment_id, reason=reason.strip()[:400],
                                 withdrawn_by=actor, withdrawn_at=now())
    session.add(entry)
    session.flush()
    return entry


def list_for_order(*, session: Session, order_id: int) -> list[AttachmentView]:
    rows = session.execute(
        select(Attachment, AttachmentWithdrawal.reason, AttachmentWithdrawal.withdrawn_by)
        .outerjoin(AttachmentWithdrawal, AttachmentWithdrawal.attachment_id == Attachment.id)
        .where(Attachment.order_id == order_id).order_by(Attachment.id))  # type: ignore[arg-type]
    return [_view(a, reason, by) for a, reason, by in rows]


def _view(a: Attachment, reason: str | None, by: str | None) -> AttachmentView:
    assert a.id is not None
    return AttachmentView(a.id, a.order_id, a.delivery_id, a.settlement_id, a.sha256,
                          a.file_name, a.media_type, a.size_bytes, a.kind, a.note,
                          a.attached_by, a.attached_at, reason, by)


def content(*, session: Session, attachment_id: int) -> bytes:
    """The document's bytes, checked against its hash."""
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise NotFound(f"no attachment with id {attachment_id}")
    stored = _stored(session, attachment.sha256)
    if stored is None:
        raise NotFound(f"the content of attachment {attachment_id} is missing")
    data = bytes(stored.content)
    if sha256_of(data) != attachment.sha256:
        document = attachment.file_name
        raise RuleViolation("sha256", f"attachment {document} does not match its "
                            "SHA-256: the ledger was altered")
    return data

"""What the Reconciliation page asks of the ledger (run in the TaskManager's worker thread)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from acsa_desk.db.engine import Ledger
from acsa_desk.interchange.partner_statement import read_statement
from acsa_desk.services import reconciliation, reference
from acsa_desk.services import reconciliation_records as records
from acsa_desk.services.reconciliation_records import RecordView


def partners(ledger: Ledger) -> list[str]:
    with ledger.reader() as session:
        return [p.code for p in reference.list_partners(session=session)]


def open_statement(ledger: Ledger, actor: str, partner: str, path: Path) -> int:
    """Reads the statement (refused whole when bad), reconciles and saves it: the record's id."""
    statement = read_statement(path)
    digest = records.file_sha256(path)
    with ledger.session(actor=actor) as session:
        result = reconciliation.reconcile(session=session, partner=partner, rows=statement.rows)
        record = records.save(session=session, result=result, statement_name=path.name,
                              statement_sha256=digest, actor=actor)
        assert record.id is not None
        return record.id


def load(ledger: Ledger, reconciliation_id: int) -> RecordView:
    with ledger.reader() as session:
        return records.load(session=session, reconciliation_id=reconciliation_id)


def latest(ledger: Ledger, partner: str) -> RecordView | None:
    with ledger.reader() as session:
        found = records.latest(session=session, partner=partner)
        if found is None or found.id is None:
            return None
        return records.load(session=session, reconciliation_id=found.id)


def act(ledger: Ledger, actor: str, item_id: int, action: str, reason: str) -> tuple[str, ...]:
    """Records the decision; what the order's rules leave to do after an accept."""
    with ledger.session(actor=actor) as session:
        return records.act(session=session, item_id=item_id, action=action, reason=reason,
                           actor=actor).notes


def statement_pdf(ledger: Ledger, reconciliation_id: int, path: Path, langs: tuple[str, ...],
                  passphrase: str | None = None, recipients: dict[str, str] | None = None,
                  signer: str | None = None) -> Path:
    """The reconciliation statement of a saved reconciliation, with every decision's reason;
    plain or sealed, with its marking sidecar and export record (services.exports);
    ``signer``: the signed-in user whose signature block is pre-filled."""
    from acsa_desk.documents.reconciliation import build_reconciliation
    from acsa_desk.services.documents_data import write_document
    from acsa_desk.services.reconciliation_document import reconciliation_data

    with ledger.reader() as session:
        view = records.load(session=session, reconciliation_id=reconciliation_id)
        rec = view.record
        # the figures as they are now, the decisions as recorded
        result = reconciliation.reconcile(
            session=session, partner=rec.partner_code, rows=_rows_of(view),
            date_from=rec.date_from, date_to=rec.date_to)
        data = reconciliation_data(session=session, result=result,
                                   statement_name=rec.statement_name, reasons=view.reasons(),
                                   generated_on=date.today(), reference_text=f"#{rec.id}",
                                   signer=signer)
    from acsa_desk.core.marking import Rendering
    from acsa_desk.services.exports import write_export

    content = build_reconciliation(data, langs)
    if not isinstance(data.banner, Rendering):
        return write_document(path, content)
    write_export(ledger, path, kind="reconciliation-statement", rendering=data.banner,
                 write=lambda where: (write_document(where, content), None)[1],
                 passphrase=passphrase, recipients=recipients)
    return path


def _rows_of(view: RecordView) -> list[reconciliation.StatementRow]:
    """Their statement's rows, as saved with the reconciliation."""
    from acsa_desk.core.domain import parse_iso_date
    from acsa_desk.core.money import parse_money

    rows = []
    for item in view.items:
        t = item.theirs
        if not t:
            continue
        currency = str(t["currency"])
        rows.append(reconciliation.StatementRow(
            int(str(t["row"])), str(t["partner_order_number"]), str(t["order_number"] or ""),
            parse_iso_date(str(t["ordered_on"])) if t.get("ordered_on") else None,
            str(t["direction"]), currency, parse_money(str(t["billable"]), currency),
            parse_money(str(t["settled"]), currency), str(t["status"] or "")))
    return rows

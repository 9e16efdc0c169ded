"""A 10,000-order statement, written, read back and reconciled (no timing: see the benchmark)."""

from datetime import date, timedelta

from acsa_desk.interchange.partner_statement import OutgoingRow, read_statement, write_statement_csv
from acsa_desk.services.reconciliation import OurOrder, State, match, opposite

N = 10_000


def test_ten_thousand_orders(tmp_path):
    start = date(2024, 1, 1)
    ours = [OurOrder(i, f"CAN-{i:06d}", f"J-{i:06d}" if i % 10 else "",
                     start + timedelta(days=i % 700), "provided" if i % 3 else "received",
                     "JPY" if i % 2 else "CAD", 100_000 + i, (100_000 + i) // (1 + i % 4),
                     "invoiced") for i in range(N)]
    rows = []
    for o in ours:
        if o.id % 97 == 0:
            continue  # never recorded by them: missing_theirs
        billable = o.billable_minor + (1 if o.id % 89 == 0 else 0)  # one minor unit off
        rows.append(OutgoingRow(f"J-{o.id:06d}", o.number if o.id % 2 else "", o.ordered_on,
                                opposite(o.direction), o.currency, billable,
                                min(o.settled_minor, billable), "invoiced"))
    rows += [OutgoingRow(f"J-X{i:04d}", "", start, "provided", "CAD", 500, 0, "") for i in range(25)]
    path = tmp_path / "japan.csv"
    assert write_statement_csv(path, rows) == len(rows)
    statement = read_statement(path)
    assert len(statement.rows) == len(rows)
    result = match(ours, statement.rows, partner="JPN")

    missing_theirs = {i for i in range(N) if i % 97 == 0}
    # orders without a partner number and without our number on their row cannot be matched
    unmatched = {i for i in range(N) if i % 10 == 0 and i % 2 == 0 and i not in missing_theirs}
    off_by_one = {i for i in range(N) if i % 89 == 0} - missing_theirs - unmatched
    no_number = {i for i in range(N) if i % 10 == 0} - missing_theirs - unmatched
    assert result.counts[State.MISSING_THEIRS] == len(missing_theirs | unmatched)
    assert result.counts[State.MISSING_OURS] == 25 + len(unmatched)
    assert result.counts[State.DIFFERS] == len(off_by_one | no_number)
    assert result.counts[State.AGREED] == N - len(missing_theirs | unmatched | off_by_one | no_number)
    assert len(result.items) == N + result.counts[State.MISSING_OURS]
    billable_only = next(i for i in result.items if i.ours and i.ours.id == 89)
    assert billable_only.differences == ("billable",)

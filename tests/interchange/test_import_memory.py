"""The orders import's memory does not grow with the file's text (issue 9, section 6; issue
16): the first pass keeps a few numbers per order and spills the checked lines to disk, the
second writes each order as soon as its lines are read back. Still all or nothing, every
defect named, and an order's rows may be anywhere in the file."""

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from acsa_desk import cli as cli_main
from acsa_desk.core.errors import DatabaseProblem, ImportRejected
from acsa_desk.db.engine import open_ledger
from acsa_desk.interchange import orders_import, spill
from acsa_desk.interchange.orders_import import import_orders
from tests.interchange.conftest import order_row, snapshot


def _import(ledger, path):
    with ledger.session() as s:
        return import_orders(session=s, path=path, actor="clerk")


def test_the_rows_of_an_order_may_be_anywhere_in_the_file(ledger, write):
    rows = [order_row(order_number="A-1", description="first of A"),
            order_row(order_number="B-1", description="only B"),
            order_row(order_number="A-1", description="second of A", quantity="10",
                      delivered_quantity="4", unit_price="2.50")]
    result = _import(ledger, write(rows))
    assert (result.orders, result.lines) == (2, 3)
    with ledger.engine.connect() as c:
        found = c.execute(text(
            "SELECT o.number, o.billable_minor, l.line_no, l.description FROM order_line l "
            "JOIN acsa_order o ON o.id = l.order_id ORDER BY o.number, l.line_no")).all()
    assert [tuple(r) for r in found] == [
        ("A-1", 9520000 + 1000, 1, "first of A"), ("A-1", 9520000 + 1000, 2, "second of A"),
        ("B-1", 9520000, 1, "only B")]


#: Measured in a fresh interpreter: tracemalloc counts every thread's allocations, and in a
#: long test process threads other tests left behind (a window's workers) allocate meanwhile.
_MEASURE = """
import sys, tracemalloc
from pathlib import Path
from acsa_desk.db.engine import open_ledger
from acsa_desk.interchange import orders_write
from acsa_desk.interchange.orders_import import import_orders
orders_write.CHUNK = 50
ledger = open_ledger(Path(sys.argv[1]))
with ledger.session() as s:  # the statements compiled once, outside the measure
    import_orders(session=s, path=Path(sys.argv[2]), actor="clerk")
tracemalloc.start()
with ledger.session() as s:
    result = import_orders(session=s, path=Path(sys.argv[3]), actor="clerk")
_current, peak = tracemalloc.get_traced_memory()
tracemalloc.stop()
ledger.close()
print(result.orders, peak)
"""


def test_memory_stays_far_below_the_text_of_the_file(tmp_path, write):
    """3,000 orders with 2,000-character descriptions (6 MB of text), written 50 orders a
    chunk: what the import holds at its peak is a small part of the file (before, every
    line was held until the whole file was checked; now one chunk and a spill batch)."""
    rows = [order_row(order_number=f"M-{n:05d}", nsn="",
                      description=(f"{n:05d} " + "Marine diesel F-76 lot and tank " * 63)[:2000])
            for n in range(3000)]
    path = write(rows)
    warm = write([order_row(order_number="WARM-1")])
    text_size = path.stat().st_size
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(tmp_path / "memory.sqlite"),
                           str(warm), str(path)], capture_output=True, text=True, timeout=600,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    orders, peak = (int(v) for v in done.stdout.split())
    assert orders == 3000
    assert peak < text_size / 2, (peak, text_size)


def test_every_defect_is_still_named_and_nothing_kept(ledger, write):
    rows = [order_row(order_number=f"D-{n}") for n in range(5)]
    rows[1] = {**rows[1], "quantity": "-1"}
    rows[4] = {**rows[4], "currency": "XAU"}
    before = snapshot(ledger)
    with pytest.raises(ImportRejected) as caught:
        _import(ledger, write(rows))
    assert {(d.row, d.column) for d in caught.value.defects} >= {(3, "quantity"), (6, "currency")}
    assert snapshot(ledger) == before


def test_a_spill_file_cut_short_imports_nothing(ledger, write, monkeypatch):
    real = spill.Spill.__iter__

    def short(self):
        rows = list(real(self))
        return iter(rows[:-1])

    monkeypatch.setattr(spill.Spill, "__iter__", short)
    before = snapshot(ledger)
    with pytest.raises(DatabaseProblem, match="cut short"):
        _import(ledger, write([order_row(order_number=f"S-{n}") for n in range(3)]))
    assert snapshot(ledger) == before


def test_out_of_memory_is_one_line_and_nothing_saved(tmp_path, write, monkeypatch, capsys):
    path = tmp_path / "ledger.sqlite"
    open_ledger(path).close()

    def exhausted(self, row):
        raise MemoryError

    monkeypatch.setattr(spill.Spill, "add", exhausted)
    status = cli_main.main(["--db", str(path), "import-orders",
                            str(write([order_row(order_number="X-1")]))])
    err = capsys.readouterr().err
    assert status == 1 and err.count("\n") == 1 and "out of memory" in err, err
    ledger = open_ledger(path)
    with ledger.engine.connect() as c:
        assert c.execute(text("SELECT COUNT(*) FROM acsa_order")).scalar() == 0
        assert c.execute(text("SELECT COUNT(*) FROM exercise")).scalar() == 0
    ledger.close()
    assert orders_import.Spill is spill.Spill

"""The means behind the figures, kept honest without timing anything.

Balances are one SQL aggregate; the orders list reads a page at a time (LIMIT in SQL, sorting
in SQL); the command line starts without Qt or reportlab; the window starts without reportlab;
the statement lays out long tables one page at a time with fixed column widths.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from acsa_desk.bench.ledger import statement_rows
from acsa_desk.bench.probes import statement_data
from acsa_desk.bench.runner import Env, program
from tests.bench.conftest import DEMO_ORDERS, SqlTrace

HEAVY = ("PySide6", "reportlab")
_LIMIT = re.compile(r"\bLIMIT\s+(\d+)", re.IGNORECASE)
_ID_LIST = re.compile(r"\bacsa_order\.id IN \(([\d, ]+)\)", re.IGNORECASE)


def _loaded_after(code: str, env: dict[str, str] | None = None,
                  watched: tuple[str, ...] = HEAVY) -> list[str]:
    """Runs ``code`` in a fresh interpreter; which of the ``watched`` modules (the heavy
    libraries) it had imported."""
    probe = (f"{code}\nimport sys\nprint('LOADED', sorted(m for m in {watched!r} "
             "if m in sys.modules), file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env=env, timeout=180)
    assert proc.returncode == 0, proc.stderr
    found = re.search(r"^LOADED (.*)$", proc.stderr, re.MULTILINE)
    assert found, proc.stderr
    return list(ast.literal_eval(found.group(1)))


# --- balances: one aggregate ---------------------------------------------------------------------


def test_balances_service_is_one_aggregate_statement(demo_db: Path, sql_trace: SqlTrace) -> None:
    from acsa_desk.db.engine import open_ledger
    from acsa_desk.services import balances

    ledger = open_ledger(demo_db)
    try:
        sql_trace.clear()
        with ledger.reader() as session:
            rows = balances.balances(session=session)
    finally:
        ledger.close()
    assert rows
    reads = sql_trace.on("acsa_order")
    assert len(reads) == 1, reads
    assert "GROUP BY" in reads[0].upper() and "SUM(" in reads[0].upper(), reads[0]


def test_balances_command_is_one_aggregate_statement(
    demo_db: Path, sql_trace: SqlTrace, capsys: pytest.CaptureFixture[str]
) -> None:
    from acsa_desk.cli import main

    assert main(["--db", str(demo_db), "balances", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)
    reads = sql_trace.on("acsa_order")
    assert len(reads) == 1, reads
    assert "GROUP BY" in reads[0].upper(), reads[0]


# --- the orders list: a page at a time, sorted by SQL --------------------------------------------


def _page_reads(trace: SqlTrace) -> list[str]:
    """Statements that fetch order rows (counts left out)."""
    # an aggregate of one row (a count, or the highest id the category filter sizes itself
    # by: one index probe) is not a page
    return [s for s in trace.on("acsa_order")
            if not re.search(r"\b(count|max)\(", s, re.IGNORECASE)]


def test_order_pages_are_limited_and_sorted_in_sql(demo_db: Path, sql_trace: SqlTrace) -> None:
    from acsa_desk.db.engine import open_ledger
    from acsa_desk.services.queries import SORTABLE, OrderFilter, count_orders, page_orders

    ledger = open_ledger(demo_db)
    try:
        sql_trace.clear()
        with ledger.reader() as session:
            assert count_orders(session=session, flt=OrderFilter()) == DEMO_ORDERS
            for key in SORTABLE:
                rows = page_orders(session=session, flt=OrderFilter(), sort=key, limit=25)
                assert len(rows) == 25
            page_orders(session=session, flt=OrderFilter(text="kirisame", category="fuel"),
                        sort="outstanding", limit=25)
    finally:
        ledger.close()
    reads = _page_reads(sql_trace)
    assert len(reads) == len(SORTABLE) + 1
    for sql in reads:
        limit = _LIMIT.search(sql)
        assert limit and int(limit.group(1)) == 25, sql
        assert "ORDER BY" in sql.upper(), sql


def test_orders_table_model_holds_only_the_pages_asked_for(
    qapp: object, demo_db: Path, sql_trace: SqlTrace
) -> None:
    table_model = pytest.importorskip("acsa_desk.ui.orders.table_model")
    from PySide6.QtCore import QModelIndex, Qt

    from acsa_desk.db.engine import open_ledger

    page = 25
    ledger = open_ledger(demo_db)
    try:
        sql_trace.clear()
        model = table_model.OrdersTableModel(ledger, page_size=page)
        assert model.rowCount() == page
        assert model.total_count() == DEMO_ORDERS
        model.sort(int(table_model.Column.OUTSTANDING), Qt.SortOrder.DescendingOrder)
        assert model.rowCount() == page
        model.fetchMore(QModelIndex())
        assert model.rowCount() == 2 * page
    finally:
        ledger.close()
    reads = _page_reads(sql_trace)
    assert reads
    for sql in reads:
        limit = _LIMIT.search(sql)
        ids = _ID_LIST.search(sql)  # the readiness badges of a page read that page's orders
        if ids is not None:
            assert len(ids.group(1).split(",")) <= page, sql
            continue
        assert limit and int(limit.group(1)) <= page, sql


def test_no_python_proxy_sorts_the_orders() -> None:
    import acsa_desk.ui

    orders_ui = Path(acsa_desk.ui.__file__).parent / "orders"
    offenders = [p.name for p in orders_ui.rglob("*.py") if "SortFilterProxyModel" in p.read_text()]
    assert offenders == [], "the orders list sorts and filters in SQL, never through a proxy"


# --- what starts costs what it needs -------------------------------------------------------------


def test_importing_the_command_line_loads_neither_qt_nor_reportlab() -> None:
    loaded = _loaded_after("import acsa_desk.cli as cli\ncli.build_parser()")
    assert loaded == []


def test_export_command_loads_neither_qt_nor_reportlab(demo_db: Path, bench_env: Env,
                                                       tmp_path: Path) -> None:
    out = tmp_path / "finance.csv"
    # the environment that made the ledger holds its audit key (an export is audited)
    loaded = _loaded_after(
        "from acsa_desk.cli import main\n"
        f"assert main(['--db', {str(demo_db)!r}, 'export-finance', '--out', {str(out)!r}]) == 0",
        bench_env.build())
    assert loaded == []
    assert out.stat().st_size > 0


def test_the_window_starts_without_reportlab(demo_db: Path, bench_env: Env) -> None:
    env = bench_env.build(ACSA_DESK_EXIT_AFTER_MS="0")
    loaded = _loaded_after(
        f"from acsa_desk.cli import main\nassert main(['--db', {str(demo_db)!r}]) == 0", env)
    assert "PySide6" in loaded  # the window did start
    assert "reportlab" not in loaded


#: The modules of the pages not in view at start (each imported when its page is first shown).
UNSHOWN_PAGES = ("acsa_desk.ui.orders.list_page", "acsa_desk.ui.orders.editor",
                 "acsa_desk.ui.documents", "acsa_desk.ui.agreements.page",
                 "acsa_desk.ui.readiness.page", "acsa_desk.ui.history", "acsa_desk.ui.settlements",
                 "acsa_desk.ui.reconciliation", "acsa_desk.ui.exercises",
                 "acsa_desk.interchange.orders_import", "acsa_desk.ui.import_assistant")


def test_the_window_starts_with_the_dashboard_only(demo_db: Path, bench_env: Env) -> None:
    env = bench_env.build(ACSA_DESK_EXIT_AFTER_MS="0")
    loaded = _loaded_after(
        f"from acsa_desk.cli import main\nassert main(['--db', {str(demo_db)!r}]) == 0", env,
        watched=(*UNSHOWN_PAGES, "acsa_desk.ui.dashboard.page"))
    assert loaded == ["acsa_desk.ui.dashboard.page"]


def test_the_installed_program_is_the_one_measured() -> None:
    assert Path(program()).parent == Path(sys.executable).parent


# --- documents: per-page tables with fixed widths ------------------------------------------------


def test_statement_lays_out_long_tables_page_by_page(monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.platypus import tables

    from acsa_desk.documents import build_statement, page_grid

    made: list[tuple[str, int, list[float] | None]] = []
    real_init = tables.Table.__init__

    def recording_init(self: tables.Table, data: list[list[object]], *args: object,
                       **kwargs: object) -> None:
        widths = kwargs.get("colWidths", args[0] if args else None)
        made.append((type(self).__name__, len(data), widths))  # type: ignore[arg-type]
        real_init(self, data, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(tables.Table, "__init__", recording_init)
    # a streamed table's page is a Table's state with the page's rows (no Table.__init__)
    real_page = page_grid.PageGrid.__init__

    def recording_page(self: page_grid.PageGrid, template: page_grid.PageTemplate,
                       rows: list[list[object]], *args: object) -> None:
        real_page(self, template, rows, *args)  # type: ignore[arg-type]
        made.append((type(self).__name__, len(self._cellvalues), list(self._colWidths)))

    monkeypatch.setattr(page_grid.PageGrid, "__init__", recording_page)
    lines = 1200
    pdf = build_statement(statement_data(statement_rows(lines, seed=3)), invariant=True)
    assert pdf.startswith(b"%PDF")
    assert not [m for m in made if m[0] == "LongTable"]
    order_tables = [m for m in made if m[1] > 10]
    assert sum(rows - 1 for _name, rows, _w in order_tables) >= lines  # every row, header each
    assert len(order_tables) >= lines // 151, "one table per page, not one for all rows"
    assert max(rows for _name, rows, _w in made) <= 151
    assert all(widths is not None and None not in widths for _n, _r, widths in order_tables)

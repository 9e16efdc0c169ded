"""The fast psycopg path of `balances` and `overdue` on a PostgreSQL ledger gives exactly what
the services give, connects as SQLAlchemy would, and leaves anything else to the full path."""

import subprocess
import sys

import pytest

from acsa_desk.cli import lean, main
from acsa_desk.db.engine import open_ledger
from acsa_desk.services import balances, ledger_sql
from tests.cli.test_lean import assert_same_reads, fill
from tests.pg import fresh_database

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def server_demo(pg_server):
    url, drop = fresh_database(pg_server)
    ledger = fill(open_ledger(url), orders=300)
    yield ledger
    ledger.close()
    drop()


def test_both_executors_agree_on_the_server(server_demo):
    con = lean.open_server(server_demo.url)
    assert con is not None
    fast = lean.server_fetcher(con)
    with server_demo.reader() as s:
        full = balances.fetcher(s)
        assert_same_reads(fast, full)
    con.close()


COMMANDS = (["balances", "--json"], ["balances"], ["balances", "--partner", "JPN"],
            ["overdue", "--as-of", "2026-11-25", "--json"], ["overdue", "--as-of", "2026-11-25"])


def test_commands_print_the_same_bytes_as_the_full_path(server_demo, capsysbinary, monkeypatch):
    real = lean.read_server
    used = []

    def spy(db, read):  # type: ignore[no-untyped-def]
        done, rows = real(db, read)
        used.append(done)
        return done, rows

    def outputs() -> list[bytes]:
        printed = []
        for command in COMMANDS:
            assert main(["--db", server_demo.url, *command]) == 0
            printed.append(capsysbinary.readouterr().out)
        return printed

    monkeypatch.setattr(lean, "read_server", spy)
    fast = outputs()
    assert used == [True] * len(COMMANDS), "the fast path must have run"
    monkeypatch.setattr(lean, "read_server", lambda db, read: (False, None))
    assert fast == outputs()
    assert all(len(out) > 100 for out in fast)


PROBE = (
    "import sys; from acsa_desk.cli import lean, main\n"
    "if sys.argv[2] == 'full': lean.read_server = lambda db, read: (False, None)\n"
    "main(['--db', sys.argv[1], 'balances', '--json'])\n"
    "main(['--db', sys.argv[1], 'overdue', '--as-of', '2026-11-25', '--json'])\n"
    "heavy = [m for m in ('sqlalchemy', 'sqlmodel', 'PySide6', 'reportlab', 'alembic') "
    "if m in sys.modules]; print('HEAVY', heavy, file=sys.stderr)"
)


@pytest.mark.parametrize("path", ["fast", "full"])
def test_read_commands_on_the_server_do_not_import_sqlalchemy(server_demo, path):
    proc = subprocess.run([sys.executable, "-c", PROBE, server_demo.url, path],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    if path == "fast":
        assert "HEAVY []" in proc.stderr
    else:  # the probe sees the full path's imports
        assert "'sqlalchemy'" in proc.stderr


URLS = (
    "postgresql+psycopg://acsa@127.0.0.1:5432/ledger",
    "postgresql+psycopg://u%40x:p%40ss%3Aw@db.example:6543/l%20l?sslmode=require",
    "postgresql+psycopg://u:@[::1]/ledger?application_name=desk&connect_timeout=3",
    "postgresql+psycopg:///ledger?host=/var/run/postgresql",
    "postgresql+psycopg://officer@/ledger",
    "postgresql+psycopg://",
)


@pytest.mark.parametrize("url", URLS)
def test_connects_with_sqlalchemys_arguments(url):
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    _, expected = parsed.get_dialect()().create_connect_args(parsed)
    expected.pop("context", None)
    assert lean.connect_args(url) == expected


@pytest.mark.parametrize("url", [
    "postgresql://u@h/db",  # psycopg2's dialect
    "sqlite:///x.sqlite", "ledger.sqlite", None,
    "postgresql+psycopg://u@/db?host=h1,h2", "postgresql+psycopg://u@/db?host=h1&host=h2",
    "postgresql+psycopg://u@/db?host=h1:5433", "postgresql+psycopg://u@/db?port=5433",
    "postgresql+psycopg://u@h:notaport/db",
])
def test_other_urls_take_the_full_path(url):
    assert lean.connect_args(url) is None


def _one_line_failure(url: str, capsys) -> str:  # type: ignore[no-untyped-def]
    assert lean.read_server(url, ledger_sql.read_balances) == (False, None)
    assert main(["--db", url, "balances", "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("acsa-desk: ") and "Traceback" not in captured.err
    return captured.err


def test_a_newer_schema_falls_back_to_the_full_paths_refusal(pg_server, capsys):
    import psycopg

    url, drop = fresh_database(pg_server)
    try:
        args = lean.connect_args(url)
        assert args is not None
        with psycopg.connect(**args) as con:
            con.execute("UPDATE alembic_version SET version_num = '9999_future'")
        err = _one_line_failure(url, capsys)
        assert "newer version of ACSA Desk" in err and err.count("\n") == 1
    finally:
        drop()  # type: ignore[operator]


def _failure(url: str, capsys) -> str:  # type: ignore[no-untyped-def]
    assert main(["--db", url, "balances", "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("acsa-desk: ") and "Traceback" not in captured.err
    assert captured.err.count("\n") == 1, captured.err  # one line (libpq's hint joined)
    return captured.err


def test_a_refused_connection_says_the_full_paths_message_in_one_line(capsys):
    from acsa_desk.bench.pgserver import free_port

    url = f"postgresql+psycopg://acsa:secret@127.0.0.1:{free_port()}/ledger"
    err = _failure(url, capsys)
    assert err.startswith("acsa-desk: cannot open the database "
                          "postgresql+psycopg://acsa:***@127.0.0.1:")
    assert "Connection refused" in err and "secret" not in err


def test_a_silent_server_is_waited_for_once(capsys):
    """A host that takes the connection and never answers (a dropping firewall, a hung
    server) costs its connect_timeout once: the full path does not try it again."""
    import socket
    import threading

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def take() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=take, daemon=True)
    thread.start()
    port = listener.getsockname()[1]
    url = f"postgresql+psycopg://acsa@127.0.0.1:{port}/ledger?connect_timeout=1&sslmode=disable"
    try:
        err = _failure(url, capsys)
    finally:
        stop.set()
        thread.join()
        for con in accepted:
            con.close()
        listener.close()
    assert "cannot open the database" in err and "timeout" in err.lower()
    assert len(accepted) == 1

"""A real PostgreSQL server for the test session, started from the server binaries on the
machine (Debian's postgresql package, which `make test` installs when missing).

The server runs as an unprivileged user: when the tests run as root, as the `postgres` system
user the package creates. It listens on 127.0.0.1 only, on a free port, with its data in a
temporary folder, and is stopped when the session ends. Each test gets a fresh database.
Under CI (CI=true) a missing server is an error, never a skip.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# The benchmark's --postgres starts its server the same way: one copy of how.
from acsa_desk.bench.pgserver import as_server_user, binaries, free_port


@dataclass
class PgServer:
    host: str
    port: int
    user: str

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{database}"


def start_server() -> Iterator[PgServer]:
    bin_dir = binaries()
    if bin_dir is None:
        message = "PostgreSQL server binaries not found (install Debian's postgresql)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    base = Path(tempfile.mkdtemp(prefix="acsa-pg-"))
    data = base / "data"
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(base, user.pw_uid, user.pw_gid)
    base.chmod(0o700)
    port = free_port()
    subprocess.run(
        as_server_user([str(bin_dir / "initdb"), "-D", str(data), "-U", "acsa", "--auth=trust",
                         "-E", "UTF8", "--locale=C"]),
        check=True, capture_output=True,
    )
    options = (f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off")
    subprocess.run(
        as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options,
                         "-l", str(base / "server.log"), "-w", "-t", "60", "start"]),
        check=True, capture_output=True,
    )
    server = PgServer("127.0.0.1", port, "acsa")
    _make_template(server)
    try:
        yield server
    finally:
        subprocess.run(as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m",
                                        "immediate", "stop"]), capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


TEMPLATE = "acsa_template"


def _make_template(server: PgServer) -> None:
    """A database migrated once; each test's database is a copy of it (fast)."""
    from sqlalchemy import create_engine, text

    from acsa_desk.db.engine import open_ledger

    admin = create_engine(server.url("postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{TEMPLATE}"'))
    open_ledger(server.url(TEMPLATE)).close()
    admin.dispose()


def fresh_database(server: PgServer) -> tuple[str, object]:
    """Creates a ledger database (a copy of the migrated template); returns its URL and a
    function that drops it."""
    from sqlalchemy import create_engine, text

    name = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(server.url("postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE}"'))

    def drop() -> None:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return server.url(name), drop

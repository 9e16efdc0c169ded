"""The PostgreSQL server of ``--postgres``: started by the benchmark, stopped after it.

As the test suite starts its own (tests/pg.py): the server binaries on the machine
(Debian's postgresql package), ``initdb`` in a private folder of the work folder (of the
system's temp when the server user cannot reach the work folder), a Unix
socket in that folder and 127.0.0.1 on a free port, run as the unprivileged ``postgres``
system user when the benchmark runs as root, the ledger's role ``acsa`` trusted on those two
doors only. Unlike the tests' server it keeps the default durability (fsync and synchronous
commit on), as a unit's server would, since SQLite's figures are taken with
``synchronous = FULL``.

Nothing here is imported unless ``--postgres`` is given (psycopg is imported on use).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

USER = "acsa"


class Unavailable(Exception):
    """No PostgreSQL server can be started here; the PostgreSQL figures are n/a and why."""


@dataclass
class Server:
    base: Path
    bin_dir: Path
    host: str
    port: int
    user: str = USER

    @property
    def data(self) -> Path:
        return self.base / "data"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{database}"

    def _admin(self):  # type: ignore[no-untyped-def]
        import psycopg

        return psycopg.connect(host=self.host, port=self.port, user=self.user,
                               dbname="postgres", autocommit=True)

    def create_database(self, name: str) -> str:
        """An empty database (no ledger in it yet); returns its URL."""
        with self._admin() as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            con.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        with self._admin() as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def size_mib(self, name: str) -> float:
        with self._admin() as con:
            row = con.execute("SELECT pg_database_size(%s)", (name,)).fetchone()
        return round(int(row[0]) / 2**20, 1) if row else 0.0

    def version(self) -> str:
        with self._admin() as con:
            row = con.execute("SHOW server_version").fetchone()
        return str(row[0]) if row else "?"


def binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    runuser = shutil.which("runuser")
    if runuser is None:
        raise Unavailable("running as root without runuser: cannot start the server unprivileged")
    return [runuser, "-u", "postgres", "--", *command]


def _reachable_by_others(path: Path) -> bool:
    """Whether another user (the server's) can reach ``path``: every folder above it
    lets others through."""
    return all(parent.stat().st_mode & 0o001 for parent in path.parents)


def start(base: Path) -> Server:
    """A fresh server with its data in ``base`` (emptied first); as root, when the server user
    cannot reach ``base``, in a private folder of the system's temp instead (``Server.base``
    says where; nothing above ``base`` changes its permissions)."""
    bin_dir = binaries()
    if bin_dir is None:
        raise Unavailable("PostgreSQL server binaries not found (install Debian's postgresql)")
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    if os.geteuid() == 0:
        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            raise Unavailable("running as root and there is no postgres system user") from None
        if not _reachable_by_others(base):
            # The server user must reach its folder; the benchmark never opens the user's own
            # folders to others for that: the server gets a private folder of the system's temp.
            shutil.rmtree(base, ignore_errors=True)
            base = Path(tempfile.mkdtemp(prefix="acsa-bench-pg-"))
        os.chown(base, user.pw_uid, user.pw_gid)
    base.chmod(0o700)
    port = free_port()
    init = subprocess.run(
        as_server_user([str(bin_dir / "initdb"), "-D", str(base / "data"), "-U", USER,
                         "--auth=trust", "-E", "UTF8", "--locale=C"]),
        capture_output=True, text=True)
    if init.returncode != 0:
        raise Unavailable(f"initdb failed: {init.stderr.strip()[-300:]}")
    options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1"
    started = subprocess.run(
        as_server_user([str(bin_dir / "pg_ctl"), "-D", str(base / "data"), "-o", options,
                         "-l", str(base / "server.log"), "-w", "-t", "60", "start"]),
        capture_output=True, text=True)
    if started.returncode != 0:
        log = (base / "server.log").read_text(errors="replace")[-300:] if (
            base / "server.log").exists() else ""
        raise Unavailable(f"the server did not start: {started.stderr.strip()[-200:]} {log}")
    return Server(base=base, bin_dir=bin_dir, host="127.0.0.1", port=port)


def stop(server: Server) -> None:
    subprocess.run(as_server_user([str(server.bin_dir / "pg_ctl"), "-D", str(server.data),
                                    "-m", "fast", "-w", "stop"]), capture_output=True)
    shutil.rmtree(server.base, ignore_errors=True)

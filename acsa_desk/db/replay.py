"""The replaying half of ``verify``: one streaming pass over the audit log checks the chain,
every entry's MAC under the ledger key and the head, and rebuilds the ledger's state from the
log alone; one pass over every table compares it with what is stored.

The rebuilt state is kept as one number per table: the sum (mod 2**128) of a keyed digest of
every row, full row, all columns. An insert entry adds its row's digest (and those of the rows
it carries under ``"+"``, a bulk write), an update subtracts the digest of its full ``before``
and adds that of its full ``after``, a delete subtracts. The sums of the log equal the sums
of the tables exactly when every row is the one the log says (memory: one number per table).
A table whose sums differ is gone through again, bucket by bucket, to name each row and
column the log does not explain, with the logged and the stored value.

Generic and table-driven: every table in the ledger's metadata is replayed (entity = table
name), so a table another module adds is covered as soon as it is written through the
ledger's ORM sessions (or ``audit.append_rows``/``append_tree``); ``NOT_REPLAYED`` lists the
tables that are not (the log itself, and derived tables that verify recomputes).
"""

from __future__ import annotations

import hashlib
import marshal
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, LargeBinary, Table, TypeDecorator
from sqlalchemy.engine import Connection

from acsa_desk.db import audit_format, keys
from acsa_desk.db.models import SQLModel

#: Tables the replay does not compare (the log and its head; add derived tables here, with
#: the check that recomputes them in ``audit.verify``).
NOT_REPLAYED: set[str] = {"audit_entry", "audit_head", "alembic_version"}
CHILDREN = "+"  # an entry's rows written in bulk with it: {"table": [row, ...]}
BASELINE = "baseline"  # action of the entries holding the ledger as it stood when keyed
MOD = 1 << 128
BUCKETS = 4096
MAX_REPORTED = 50
_MISSING = "\x00(not in the log entry)"


@lru_cache(maxsize=65536)
def _datetime_text(value: str) -> str:
    return _datetime(datetime.fromisoformat(value))


def _datetime(value: datetime) -> str:
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat(sep=" ")


def _canon_datetime(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return _datetime_text(value)
        except ValueError:
            return value
    if isinstance(value, datetime):
        return _datetime(value)
    return value


def _canon_date(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _canon_bytes(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
    return value


def _canon_bool(value: Any) -> Any:
    return int(value) if isinstance(value, bool | int) else value


# Columns the log holds as the SHA-256 of the stored text (a passphrase hash is not copied into
# the log, yet a hash swapped in the file is found).
DIGESTED: set[tuple[str, str]] = {("user_secret", "passphrase_hash")}


def digest_text(value: Any) -> Any:
    if isinstance(value, str) and value and not value.startswith("sha256:"):
        return "sha256:" + hashlib.sha256(value.encode("utf-8")).hexdigest()
    return value


def _canon_for(column: Any) -> Callable[[Any], Any] | None:
    if column.table is not None and (column.table.name, column.name) in DIGESTED:
        return digest_text
    kind = column.type
    while isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    if isinstance(kind, DateTime):
        return _canon_datetime
    if isinstance(kind, Date):
        return _canon_date
    if isinstance(kind, LargeBinary):
        return _canon_bytes
    if isinstance(kind, Boolean):
        return _canon_bool
    return None  # integers and text compare as they come from JSON and the driver


class Shape:
    """How one table's rows are read, canonicalised and digested."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.name = table.name
        self.columns = [c.name for c in table.columns]
        self.canons = [_canon_for(c) for c in table.columns]
        self.pk = [self.columns.index(c.name) for c in table.primary_key.columns]

        self._names = tuple(self.columns)
        self._missing = (_MISSING,) * len(self._names)
        self._special = [(i, canon) for i, canon in enumerate(self.canons) if canon is not None]

    def from_log(self, row: dict[str, Any]) -> tuple[Any, ...]:
        values = list(map(row.get, self._names, self._missing))
        for i, canon in self._special:
            values[i] = canon(values[i])
        return tuple(values)

    def from_db(self, row: Any) -> tuple[Any, ...]:
        if not self._special:
            return tuple(row)
        values = list(row)
        for i, canon in self._special:
            values[i] = canon(values[i])
        return tuple(values)

    def key(self, values: tuple[Any, ...]) -> str:
        return ",".join(str(values[i]) for i in self.pk)


# Tables that only SQLite ledgers use: on PostgreSQL the server authenticates, and no
# application role may read them (acsa_desk.db.pg_roles.NO_ACCESS).
SQLITE_ONLY: set[str] = {"user_secret"}


def shapes(dialect: str = "sqlite") -> dict[str, Shape]:
    skip = NOT_REPLAYED if dialect == "sqlite" else NOT_REPLAYED | SQLITE_ONLY
    return {t.name: Shape(t) for t in SQLModel.metadata.sorted_tables if t.name not in skip}


def _serial(values: tuple[Any, ...]) -> bytes:
    """A row's values as bytes that tell types apart (1, '1', None, 'None'): marshal's
    version 2, which has no back-references, so equal rows give equal bytes (repr for a
    value marshal does not know)."""
    try:
        return marshal.dumps(values, 2)
    except ValueError:
        return b"r" + repr(values).encode("utf-8")


class Digests:
    def __init__(self, secret: bytes | None) -> None:
        self.key = keys.replay_key(secret)
        self._keyed = hashlib.blake2b(digest_size=16, key=self.key)

    def of(self, values: tuple[Any, ...]) -> int:
        digest = self._keyed.copy()
        try:
            digest.update(marshal.dumps(values, 2))
        except ValueError:
            digest.update(_serial(values))
        return int.from_bytes(digest.digest(), "big")

    def bucket(self, shape: Shape, values: tuple[Any, ...]) -> int:
        pk = repr(tuple(values[i] for i in shape.pk)).encode("utf-8")
        return int.from_bytes(hashlib.blake2b(pk, digest_size=4).digest(), "big") % BUCKETS


#: An entry as the replay reads it: entity, action, before, after, packed (either format).
LogRow = tuple[str, str, str, str, Any]


def entry_rows(shapes_: dict[str, Shape], entity: str, action: str, before: str, after: str,
               packed: Any = None) -> list[tuple[Shape, int, tuple[Any, ...]]]:
    """The rows an entry removes (-1) and adds (+1), canonicalised (either format,
    acsa_desk/db/audit_format.py); ValueError on a payload no program wrote."""
    return list(_entry_rows(shapes_, entity, action, *audit_format.rows(before, after, packed)))


def _entry_rows(shapes_: dict[str, Shape], entity: str, action: str, old: Any, new: Any
                ) -> Iterator[tuple[Shape, int, tuple[Any, ...]]]:
    shape = shapes_.get(entity)
    if shape is not None and action in ("update", "delete") and isinstance(old, dict):
        yield shape, -1, shape.from_log(old)
    if isinstance(new, dict):
        if shape is not None and action in ("insert", "update"):
            yield shape, 1, shape.from_log(new)
        children = new.get(CHILDREN)
        if isinstance(children, dict):
            for table, rows in children.items():
                child = shapes_.get(table)
                if child is not None and isinstance(rows, list):
                    for row in rows:
                        if isinstance(row, dict):
                            yield child, 1, child.from_log(row)


def stream(connection: Connection, sql: str) -> Iterator[Any]:
    """Rows of ``sql`` one by one, without holding them (SQLite: the driver's own cursor, in
    the unit of work's transaction)."""
    if connection.dialect.name == "sqlite":
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.arraysize = 2000
            cursor.execute(sql)
            yield from cursor
        finally:
            cursor.close()
        return
    yield from connection.execution_options(stream_results=True, yield_per=2000) \
        .exec_driver_sql(sql)


def table_rows(connection: Connection, shape: Shape) -> Iterator[tuple[Any, ...]]:
    names = ", ".join(f'"{c}"' for c in shape.columns)
    from_db = shape.from_db
    for row in stream(connection, f'SELECT {names} FROM "{shape.name}"'):
        yield from_db(row)


def table_sums(connection: Connection, shapes_: dict[str, Shape], digests: Digests
               ) -> tuple[dict[str, int], int]:
    sums: dict[str, int] = {}
    count = 0
    for name, shape in shapes_.items():
        total = 0
        for values in table_rows(connection, shape):
            total += digests.of(values)
            count += 1
        sums[name] = total % MOD
    return sums, count


def _readable_rows(shapes_: dict[str, Shape], entity: str, action: str, before: str, after: str,
                   packed: Any) -> list[tuple[Shape, int, tuple[Any, ...]]]:
    try:
        return entry_rows(shapes_, entity, action, before, after, packed)
    except ValueError:  # reported by the chain's pass already
        return []


def describe(value: Any) -> str:
    if value == _MISSING:
        return "(not logged)"
    return "NULL" if value is None else repr(value)


def explain(connection: Connection, shape: Shape, digests: Digests,
            log_entries: Callable[[], Iterator[LogRow]]) -> list[str]:
    """Names each row and column of ``shape`` that the log does not explain."""
    log_buckets = [0] * BUCKETS
    for entity, action, before, after, packed in log_entries():
        for s, sign, values in _readable_rows({shape.name: shape}, entity, action, before, after,
                                              packed):
            if s is shape:
                b = digests.bucket(shape, values)
                log_buckets[b] = (log_buckets[b] + sign * digests.of(values)) % MOD
    db_buckets = [0] * BUCKETS
    for values in table_rows(connection, shape):
        b = digests.bucket(shape, values)
        db_buckets[b] = (db_buckets[b] + digests.of(values)) % MOD
    bad = {b for b in range(BUCKETS) if log_buckets[b] != db_buckets[b]}
    if not bad:
        return [f"{shape.name}: the log's changes do not add up (an entry's 'before' is not "
                "the row as it was)"]
    logged: dict[str, tuple[Any, ...] | None] = {}
    for entity, action, before, after, packed in log_entries():
        for s, sign, values in _readable_rows({shape.name: shape}, entity, action, before, after,
                                              packed):
            if s is shape and digests.bucket(shape, values) in bad:
                key = shape.key(values)
                if sign > 0:
                    logged[key] = values
                elif logged.get(key) == values:
                    logged[key] = None  # deleted, or about to be updated
    stored = {shape.key(v): v for v in table_rows(connection, shape)
              if digests.bucket(shape, v) in bad}
    found: list[str] = []
    for key in sorted(set(logged) | set(stored), key=lambda k: (len(k), k)):
        was, now_ = logged.get(key), stored.get(key)
        if was == now_:
            continue
        if was is None:
            found.append(f"{shape.name} {key}: the row is not in the log (added or changed "
                         "outside the program)")
        elif now_ is None:
            found.append(f"{shape.name} {key}: the logged row is missing from the table "
                         "(deleted outside the program)")
        else:
            for name, a, b in zip(shape.columns, was, now_, strict=True):
                if a != b:
                    found.append(f"{shape.name} {key}, column {name}: logged {describe(a)}, "
                                 f"stored {describe(b)}")
        if len(found) >= MAX_REPORTED:
            found.append(f"{shape.name}: more rows differ (first {MAX_REPORTED} listed)")
            break
    return found or [f"{shape.name}: the log's changes do not add up (an entry's 'before' is "
                     "not the row as it was)"]

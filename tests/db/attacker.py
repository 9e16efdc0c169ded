"""What someone with the ledger file (but not the program) can do: the standard library's
sqlite3, hashlib and zlib only, no project code but the published format's DEFLATE
dictionary (a constant anyone reads in the source). Knows the published formats: the audit
entry hash (format 1 over the JSON texts, format 2 over the packed bytes), the ledger's
rules for cached totals, the trigger names (it restores them after)."""

import hashlib
import json
import sqlite3
import zlib
from decimal import ROUND_HALF_UP, Decimal

from acsa_desk.db.audit_format import DICTIONARY_2


def entry_hash(prev, entry_id, at, actor, entity, entity_id, action, before, after,
               packed=None):
    parts = (prev, str(entry_id), at, actor, entity, entity_id, action, before, after)
    data = "\x1f".join(parts).encode("utf-8")
    if packed is not None:
        data += b"\x1f" + bytes(packed)
    return hashlib.sha256(data).hexdigest()


def unpack(packed):
    """A format 2 payload as its JSON body ({"b": before, "a": after} or "d": changes)."""
    d = zlib.decompressobj(-12, zdict=DICTIONARY_2)
    return json.loads(d.decompress(bytes(packed)[1:]) + d.flush())


def repack(body):
    c = zlib.compressobj(6, zlib.DEFLATED, -12, 4, zdict=DICTIONARY_2)
    text = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return b"\x02" + c.compress(text) + c.flush()


def rows_of(before, after, packed):
    """(before, after) rows of an entry of either format (None: none)."""
    if packed is None:
        return (json.loads(before) if before else None), (json.loads(after) if after else None)
    body = unpack(packed)
    old, new = body.get("b"), body.get("a")
    if "d" in body:
        new = {**old, **body["d"]}
    return old, new


def amount(quantity, price_minor):
    return int((quantity * price_minor).quantize(Decimal(1), rounding=ROUND_HALF_UP))


class Attacker:
    """Opens the file, drops every trigger (and puts them back as they were on close)."""

    def __init__(self, path, restore_triggers=True):
        self.con = sqlite3.connect(path, isolation_level=None)
        self.con.execute("BEGIN")
        self.restore = restore_triggers
        self.triggers = self.con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
        for name, _sql in self.triggers:
            self.con.execute(f"DROP TRIGGER {name}")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if exc[0] is None:
            if self.restore:
                for _name, sql in self.triggers:
                    self.con.execute(sql)
            self.con.execute("COMMIT")
        self.con.close()

    def one(self, sql, *params):
        return self.con.execute(sql, params).fetchone()

    def all(self, sql, *params):
        return self.con.execute(sql, params).fetchall()

    def run(self, sql, *params):
        self.con.execute(sql, params)

    def fix_order(self, order_id):
        """Makes every cached total of an order agree with its entries, as verify re-adds."""
        for line_id, price, dq_text, billable in self.all(
                "SELECT id, unit_price_minor, delivered_quantity, billable_minor FROM order_line "
                "WHERE order_id = ?", order_id):
            dq = sum((Decimal(q) for (q,) in self.all(
                "SELECT quantity FROM delivery WHERE line_id = ?", line_id)), Decimal(0))
            if Decimal(dq_text) != dq:
                self.run("UPDATE order_line SET delivered_quantity = ? WHERE id = ?", str(dq), line_id)
            if billable != amount(dq, price):
                self.run("UPDATE order_line SET billable_minor = ? WHERE id = ?", amount(dq, price),
                         line_id)
        billable = self.one("SELECT COALESCE(SUM(billable_delta_minor), 0) FROM delivery "
                            "WHERE order_id = ?", order_id)[0]
        settled = self.one("SELECT COALESCE(SUM(amount_minor), 0) FROM settlement "
                           "WHERE order_id = ?", order_id)[0]
        oldest, cumulative = None, 0
        if billable > settled:
            for day, part in self.all("SELECT delivered_on, SUM(billable_delta_minor) FROM "
                                      "delivery WHERE order_id = ? GROUP BY delivered_on "
                                      "ORDER BY delivered_on", order_id):
                cumulative += part
                if part > 0 and cumulative > settled:
                    oldest = day
                    break
        self.run("UPDATE acsa_order SET billable_minor = ?, settled_minor = ?, oldest_unpaid_on = ? "
                 "WHERE id = ?", billable, settled, oldest, order_id)

    def rechain(self, start=1):
        """Recomputes every hash from entry ``start`` on, and the head (no key: no MACs)."""
        prev = "0" * 64 if start == 1 else self.one(
            "SELECT hash FROM audit_entry WHERE id = ?", start - 1)[0]
        last = start - 1
        for row in self.all("SELECT id, at, actor, entity, entity_id, action, before, after, "
                            "packed FROM audit_entry WHERE id >= ? ORDER BY id", start):
            digest = entry_hash(prev, *row)
            self.run("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?", prev, digest,
                     row[0])
            prev, last = digest, row[0]
        self.run("UPDATE audit_head SET last_id = ?, hash = ?", last, prev)

    def rewrite_logged(self, entity, entity_id, column, value):
        """Rewrites ``column`` in the latest log entry of a row (wherever the row is: the
        entry's own row or one carried under "+"); returns the entry id."""
        for entry_id, ent, eid, after, packed in self.all(
                "SELECT id, entity, entity_id, after, packed FROM audit_entry WHERE after <> '' "
                "OR packed IS NOT NULL ORDER BY id DESC"):
            body = unpack(packed) if packed is not None else None
            data = json.loads(after) if body is None else body.get("a") or body.get("d")
            if data is None:
                continue
            hit = data if (ent, eid) == (entity, str(entity_id)) else None
            for row in data.get("+", {}).get(entity, []) if hit is None else []:
                if str(row.get("id")) == str(entity_id):
                    hit = row
            if hit is not None:
                hit[column] = value
                if body is not None:
                    self.run("UPDATE audit_entry SET packed = ? WHERE id = ?", repack(body),
                             entry_id)
                    return entry_id
                self.run("UPDATE audit_entry SET after = ? WHERE id = ?",
                         json.dumps(data, ensure_ascii=False, separators=(",", ":")), entry_id)
                return entry_id
        raise LookupError(f"{entity} {entity_id} is not in the log")

    def undo(self, entry_id):
        """Undoes in the tables what log entry ``entry_id`` did (its insert, update or delete,
        and the rows it carries under "+"), as someone rolling a change back by hand would."""
        entity, _entity_id, action, before_text, after_text, packed = self.one(
            "SELECT entity, entity_id, action, before, after, packed FROM audit_entry "
            "WHERE id = ?", entry_id)
        before, after = rows_of(before_text, after_text, packed)
        if action == "insert":
            row = dict(after)
            for table, children in row.pop("+", {}).items():
                for child in children:
                    self._delete(table, child)
            self._delete(entity, row)
        elif action == "update":
            row = self._stored(before)
            keys = self._pk(entity)
            sets = ", ".join(f'"{c}" = ?' for c in row if c not in keys)
            self.run(f'UPDATE "{entity}" SET {sets} WHERE ' + " AND ".join(
                f'"{k}" = ?' for k in keys), *[v for c, v in row.items() if c not in keys],
                *[row[k] for k in keys])
        elif action == "delete":
            row = self._stored(before)
            self.run(f'INSERT INTO "{entity}" ({", ".join(chr(34) + c + chr(34) for c in row)}) '
                     f'VALUES ({", ".join("?" for _ in row)})', *row.values())

    def cut(self, count, move_head=True):
        """Removes the last ``count`` log entries after undoing their changes in the tables
        (newest first); with ``move_head`` the head is set back to the last entry kept."""
        last = self.one("SELECT max(id) FROM audit_entry")[0]
        for entry_id in range(last, last - count, -1):
            self.undo(entry_id)
        self.run("DELETE FROM audit_entry WHERE id > ?", last - count)
        if move_head:
            self.run("UPDATE audit_head SET last_id = ?, hash = (SELECT hash FROM audit_entry "
                     "WHERE id = ?)", last - count, last - count)
        return last - count

    def _pk(self, table):
        cols = sorted((r[5], r[1]) for r in self.all(f'PRAGMA table_info("{table}")') if r[5])
        return [name for _i, name in cols]

    def _delete(self, table, row):
        keys = self._pk(table)
        self.run(f'DELETE FROM "{table}" WHERE ' + " AND ".join(f'"{k}" = ?' for k in keys),
                 *[row[k] for k in keys])

    @staticmethod
    def _stored(row):
        """A logged row as the program stores it (datetimes with a space, not a 'T')."""
        import re

        return {k: v.replace("T", " ", 1) if isinstance(v, str) and re.fullmatch(
            r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?", v) else v for k, v in row.items()}

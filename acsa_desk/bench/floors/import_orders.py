"""Floor of ``acsa-desk import-orders``: csv + sqlite3 executemany into bare tables.

Reads the orders file (one row per order line), groups the rows by order number, and writes
exercises, orders, lines and deliveries in one transaction (WAL, synchronous=FULL, foreign
keys on: the durability the ledger has). No checks beyond what the tables enforce.

Usage: python import_orders.py DATABASE.sqlite ORDERS.csv
"""

import csv
import sqlite3
import sys

SCHEMA = """
CREATE TABLE IF NOT EXISTS exercise (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS acsa_order (
    id INTEGER PRIMARY KEY, number TEXT NOT NULL UNIQUE,
    exercise_id INTEGER NOT NULL REFERENCES exercise(id), partner_code TEXT NOT NULL,
    direction TEXT NOT NULL, ordered_on TEXT NOT NULL, requesting_unit TEXT NOT NULL,
    supplying_unit TEXT NOT NULL, settlement_method TEXT NOT NULL, currency TEXT NOT NULL,
    status TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS order_line (
    id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES acsa_order(id),
    line_no INTEGER NOT NULL, category TEXT NOT NULL, description TEXT NOT NULL,
    nsn TEXT NOT NULL, unit_of_issue TEXT NOT NULL, quantity TEXT NOT NULL,
    unit_price TEXT NOT NULL, delivered_quantity TEXT NOT NULL, UNIQUE (order_id, line_no));
CREATE TABLE IF NOT EXISTS delivery (
    id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES acsa_order(id),
    line_id INTEGER NOT NULL REFERENCES order_line(id), delivered_on TEXT NOT NULL,
    quantity TEXT NOT NULL);
"""

con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("PRAGMA journal_mode = WAL")
con.execute("PRAGMA synchronous = FULL")
con.execute("PRAGMA foreign_keys = ON")
con.executescript(SCHEMA)

exercises, orders, lines, deliveries = {}, {}, [], []
with open(sys.argv[2], encoding="utf-8-sig", newline="") as handle:
    for row in csv.DictReader(handle):
        number = row["order_number"]
        order = orders.get(number)
        if order is None:
            exercise_id = exercises.setdefault(row["exercise"], len(exercises) + 1)
            delivered_any = False
            order = orders[number] = [
                len(orders) + 1, number, exercise_id, row["partner"], row["direction"],
                row["ordered_on"], row.get("requesting_unit", ""), row.get("supplying_unit", ""),
                row["settlement_method"], row["currency"], "requested", 0,
            ]
        order[11] += 1  # line number
        line_id = len(lines) + 1
        delivered = row.get("delivered_quantity") or "0"
        lines.append((line_id, order[0], order[11], row["category"], row["description"],
                      row.get("nsn", ""), row["unit_of_issue"], row["quantity"],
                      row["unit_price"], delivered))
        if row.get("delivered_on") and delivered.strip("0.") != "":
            order[10] = "delivered"
            deliveries.append((order[0], line_id, row["delivered_on"], delivered))

con.execute("BEGIN IMMEDIATE")
con.executemany("INSERT INTO exercise (id, name) VALUES (?, ?)",
                [(i, name) for name, i in exercises.items()])
con.executemany("INSERT INTO acsa_order VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [tuple(o[:11]) for o in orders.values()])
con.executemany("INSERT INTO order_line VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lines)
con.executemany("INSERT INTO delivery (order_id, line_id, delivered_on, quantity) "
                "VALUES (?, ?, ?, ?)", deliveries)
con.execute("COMMIT")
con.close()
print(f"imported {len(orders)} orders ({len(lines)} lines)")

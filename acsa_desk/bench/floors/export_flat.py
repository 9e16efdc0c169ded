"""Physical floor of ``acsa-desk export-finance``: ``SELECT * FROM flat`` written by csv.

The export's rows and columns, already computed, sit in one flat table of a scratch SQLite
file (every cell as the text the CSV holds); the floor reads that table in rowid order and
writes it with one ``csv.writer.writerows``. It is the least any export of those rows can cost
through sqlite3 and csv: no join, no subquery, no formatting.

The flat table is made once, outside the timing, from the rows of the export floor
(export_finance.py) -- the same query over the ledger, so the same rows and columns:

    python export_flat.py prepare FLAT.sqlite EXPORT.csv   # materialise (not timed)
    python export_flat.py FLAT.sqlite OUT.csv              # the floor (timed)
"""

import csv
import os
import sqlite3
import sys


def prepare(flat, source):
    if os.path.exists(flat):
        os.remove(flat)
    con = sqlite3.connect(flat)
    with open(source, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        columns = ", ".join(f'"{name}" TEXT' for name in header)
        con.execute(f"CREATE TABLE flat ({columns})")
        marks = ", ".join("?" * len(header))
        con.executemany(f"INSERT INTO flat VALUES ({marks})", reader)
    con.commit()
    con.execute("VACUUM")
    con.close()


def dump(flat, out):
    con = sqlite3.connect(f"file:{flat}?mode=ro", uri=True)
    cursor = con.execute("SELECT * FROM flat")
    with open(out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow([d[0] for d in cursor.description])
        writer.writerows(cursor)
    con.close()


if __name__ == "__main__":
    if sys.argv[1] == "prepare":
        prepare(sys.argv[2], sys.argv[3])
    else:
        dump(sys.argv[1], sys.argv[2])

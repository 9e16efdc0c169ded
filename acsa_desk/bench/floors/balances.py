"""Floor of ``acsa-desk balances --json``: one GROUP BY through sqlite3, printed as JSON.

Usage: python balances.py LEDGER.sqlite
"""

import json
import sqlite3
import sys

ZERO_DECIMAL = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX",
                "UYI", "VND", "VUV", "XAF", "XOF", "XPF"}
THREE_DECIMAL = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"}

SQL = """
SELECT partner_code, currency,
       COALESCE(SUM(CASE WHEN direction = 'provided' THEN billable_minor - settled_minor ELSE 0 END), 0),
       COALESCE(SUM(CASE WHEN direction = 'received' THEN billable_minor - settled_minor ELSE 0 END), 0)
FROM acsa_order
WHERE status <> 'cancelled'
GROUP BY partner_code, currency
ORDER BY partner_code, currency
"""


def plain(minor, currency):
    places = 0 if currency in ZERO_DECIMAL else 3 if currency in THREE_DECIMAL else 2
    if places == 0:
        return str(minor)
    whole, part = divmod(abs(minor), 10 ** places)
    return f"{'-' if minor < 0 else ''}{whole}.{part:0{places}d}"


con = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
out = [
    {"partner": partner, "currency": currency, "receivable": plain(rec, currency),
     "payable": plain(pay, currency), "net": plain(rec - pay, currency)}
    for partner, currency, rec, pay in con.execute(SQL)
]
json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
print()

"""The optional 1,000,000-line import figure (``--only import-big``): its file repeats the
orders file under new, distinct order numbers, cut at the line count asked for; it is
marked opt-in (measured only when named with --only)."""

import csv

from acsa_desk.bench import figures
from acsa_desk.bench.import_big import big_file


def test_the_big_file_repeats_the_orders_under_new_numbers(tmp_path):
    source = tmp_path / "orders.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["exercise", "order_number", "quantity"])
        writer.writerows([["K", "A-1", "1"], ["K", "A-1", "2"], ["K", "B-2", "3"]])
    made = big_file(source, lines=8)
    with made.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["exercise", "order_number", "quantity"]
    assert [r[1] for r in rows[1:]] == ["A-1", "A-1", "B-2", "R1-A-1", "R1-A-1", "R1-B-2",
                                        "R2-A-1", "R2-A-1"]
    assert [r[2] for r in rows[1:]] == ["1", "2", "3", "1", "2", "3", "1", "2"]
    assert big_file(source, lines=8) == made  # made once


def test_the_big_import_is_measured_only_when_named():
    assert "import-big" in figures.ALL and "import-big" in figures.OPT_IN
    assert figures.OPT_IN <= set(figures.ALL)

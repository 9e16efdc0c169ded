"""The benchmark: each hot path of ACSA Desk held against its floor, in the same run.

``python -m acsa_desk.bench [--orders 100000] [--repeat 5] [--json FILE] [--workdir DIR]``

A floor is the same work done by the bare libraries (a bare PySide6 window, sqlite3 and csv,
one reportlab LongTable); it is measured in the same run, interleaved with ours, so every
figure is a ratio that holds on a noisy, shared machine. The demo ledger is built once with
the real ``acsa-desk demo`` and cached in the work folder (default ``./.bench/``).

Modules, one concern each:
  ledger    the work folder and its cached inputs (demo ledger, orders CSV, statement rows)
  runner    running a program: wall time, peak memory, the "painted" line, timeouts
  floors/   the floor scripts (bare libraries only: they never import acsa_desk)
  probes    our in-process measurements (statement PDF, order list queries), run in a
            fresh interpreter per sample
  figures   the seven figures: what runs, how often, against which goal
  report    the table, the machine, the JSON

Nothing here is imported by the program; importing this package is cheap (no Qt, no
SQLAlchemy, no reportlab).
"""

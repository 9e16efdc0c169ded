"""The ledger summary kept with the dashboard's figures (``ui/summary.py``): read back exactly."""

from __future__ import annotations

import json

import pytest

from acsa_desk.core import marking as M
from acsa_desk.ui import summary

MARKINGS = [
    None,
    M.render(M.make_marking(M.CANADA, "PROTECTED B", rel_to=["CAN", "JPN"], originators=["JPN"]),
             M.BUILTIN_SCHEMES),
    M.render(M.make_marking(M.UNITED_STATES, "CUI", designation=M.Designation(
        "DoD", "PRVCY", "FEDCON", "J. Doe 555-0100")), M.BUILTIN_SCHEMES),
    M.render(M.make_marking(M.JAPAN, M.JAPAN.levels[-1].term), M.BUILTIN_SCHEMES),
]


@pytest.mark.parametrize("rendering", MARKINGS)
def test_a_kept_summary_reads_back_equal(rendering: M.Rendering | None) -> None:
    kept = summary.LedgerSummary(exercises=3, orders=100_000, marking=rendering)
    text = json.dumps(summary.encode(kept))  # as the snapshot file holds it
    assert summary.decode(json.loads(text)) == kept


def test_an_empty_ledger_is_empty() -> None:
    assert summary.LedgerSummary(0, 0).empty
    assert not summary.LedgerSummary(0, 1).empty and not summary.LedgerSummary(1, 0).empty

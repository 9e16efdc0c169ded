"""Column mappings of the orders import: a source's own column names -> ours.

A mapping is saved under a name (the source: "1st Bn fuel log", "JMSDF Yokosuka") as a small
JSON file in the user's configuration folder, written by the window's import assistant and read
by ``import-orders FILE --mapping NAME``; both go through these functions. ``guess_mapping``
proposes ours for a file's names, from the English, French and Japanese names units use.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from acsa_desk.core.errors import FileDefect, ImportRejected, LedgerError
from acsa_desk.interchange.csvfile import Record

#: Every column the orders import reads (interchange.md), in its order.
ORDER_COLUMNS = (
    "order_number", "exercise", "partner", "direction", "ordered_on", "delivered_on",
    "requesting_unit", "supplying_unit", "settlement_method", "currency", "category",
    "description", "nsn", "unit_of_issue", "quantity", "unit_price", "delivered_quantity",
    "partner_order_number", "received_on", "invoiced_on",
    "requesting_poc", "requesting_poc_phone", "requesting_poc_email", "supplying_poc",
    "supplying_poc_phone", "supplying_poc_email", "delivery_place", "funding_reference",
    "required_on",
)

#: Names found in units' spreadsheets, per column (compared without case, accents or spaces).
ALIASES: dict[str, tuple[str, ...]] = {
    "order_number": ("order number", "order no", "order #", "order", "numéro de commande",
                     "n° de commande", "no de commande", "commande", "要請番号", "注文番号", "注文No",
                     "番号"),
    "exercise": ("exercise", "operation", "activity", "exercice", "opération", "演習", "訓練"),
    "partner": ("partner", "nation", "country", "partenaire", "pays", "相手国", "国"),
    "direction": ("direction", "sens", "区分", "提供受領"),
    "ordered_on": ("ordered on", "order date", "date ordered", "date de commande",
                   "commandé le", "注文日", "要請日"),
    "delivered_on": ("delivered on", "delivery date", "date de livraison", "livré le",
                     "提供日", "納入日"),
    "requesting_unit": ("requesting unit", "requester", "unité demandeuse", "要請部隊"),
    "supplying_unit": ("supplying unit", "supplier", "unité fournisseuse", "提供部隊"),
    "settlement_method": ("settlement method", "settlement", "payment method",
                          "mode de règlement", "règlement", "決済方法"),
    "currency": ("currency", "ccy", "devise", "monnaie", "通貨"),
    "category": ("category", "type", "catégorie", "区分コード", "品目区分", "種別"),
    "description": ("description", "item", "désignation", "article", "品名", "内容", "摘要"),
    "nsn": ("nsn", "nato stock number", "numéro otan", "nsn番号", "国際品目番号"),
    "unit_of_issue": ("unit of issue", "unit", "uoi", "unité", "unité de délivrance", "単位"),
    "quantity": ("quantity", "qty", "quantité", "qté", "数量"),
    "unit_price": ("unit price", "price", "prix unitaire", "prix", "単価"),
    "delivered_quantity": ("delivered quantity", "qty delivered", "quantité livrée",
                           "提供数量", "納入数量"),
    "partner_order_number": ("partner order number", "partner's number", "their number",
                             "numéro du partenaire", "相手国要請番号", "相手国注文番号", "先方番号"),
    "received_on": ("received on", "receipt date", "date de réception", "reçu le", "受領日"),
    "invoiced_on": ("invoiced on", "invoice date", "date de facture", "facturé le", "請求日"),
}

_NAME = re.compile(r"^[\w\- .()#°'’&]{1,80}$", re.UNICODE)


def _key(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.strip().lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[\s_\-.:]+", "", folded)


_BY_KEY: dict[str, str] = {}
for _column, _names in ALIASES.items():
    _BY_KEY.setdefault(_key(_column), _column)
    for _alias in _names:
        _BY_KEY.setdefault(_key(_alias), _column)


def guess_mapping(header: Iterable[str]) -> dict[str, str]:
    """File column -> our column, for the names recognised (each of ours taken once)."""
    guessed: dict[str, str] = {}
    taken: set[str] = set()
    for name in header:
        ours = _BY_KEY.get(_key(name))
        if ours is not None and ours not in taken:
            guessed[name] = ours
            taken.add(ours)
    return guessed


def mappings_folder() -> Path:
    override = os.environ.get("ACSA_DESK_MAPPINGS")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir("acsa-desk", "ACSA Desk")) / "import-mappings"


def _file(name: str, folder: Path | None) -> Path:
    clean = name.strip()
    if not _NAME.match(clean) or clean.startswith("."):
        raise LedgerError(f"'{name}' is not a mapping name (letters, digits, spaces and - _ . ( ) "
                          f"#, at most 80)")
    return (folder or mappings_folder()) / f"{clean}.json"


def save_mapping(name: str, mapping: Mapping[str, str], folder: Path | None = None) -> Path:
    """Saves (or replaces) the mapping ``name``; only our known columns may be targets."""
    unknown = sorted(set(mapping.values()) - set(ORDER_COLUMNS))
    if unknown:
        raise LedgerError(f"mapping {name}: {unknown[0]} is not a column of the orders import")
    path = _file(name, folder)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        partial.write_text(json.dumps(dict(mapping), ensure_ascii=False, indent=1), "utf-8")
        partial.replace(path)
    except OSError as exc:
        raise LedgerError(f"mapping {name} could not be saved: {exc.strerror or exc}") from exc
    return path


def load_mapping(name: str, folder: Path | None = None) -> dict[str, str]:
    path = _file(name, folder)
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        known = ", ".join(list_mappings(folder)) or "none saved yet"
        raise LedgerError(f"no import mapping named '{name}' (saved: {known})") from None
    except (OSError, ValueError) as exc:
        raise LedgerError(f"mapping {name} could not be read: {exc}") from exc
    if not isinstance(data, dict) or not all(
            isinstance(k, str) and v in ORDER_COLUMNS for k, v in data.items()):
        raise LedgerError(f"mapping {name} ({path}) is not a mapping of column names")
    return dict(data)


def list_mappings(folder: Path | None = None) -> list[str]:
    where = folder or mappings_folder()
    if not where.is_dir():
        return []
    return sorted(p.stem for p in where.glob("*.json"))


# --- a dry run of the import, for the window's assistant -------------------------------------------


class _DryRun(Exception):
    """Rolls the trial import back."""


def preview_import(ledger: Any, path: Path, *, actor: str, sheet: str | None = None,
                   mapping: Mapping[str, str] | None = None, rows: int = 20) -> ImportPreview:
    """What importing ``path`` would do, found by running the real import and rolling it back:
    the file's columns, its first ``rows`` rows (as ours), every defect, or the counts."""
    from acsa_desk.interchange.csvfile import DefectList
    from acsa_desk.interchange.orders_import import import_orders
    from acsa_desk.interchange.spreadsheet import is_spreadsheet, read_rows, read_sheet

    file_header: list[str] = []
    sheets: list[str] = []
    try:
        if is_spreadsheet(path):
            from acsa_desk.interchange.spreadsheet import sheet_names

            sheets = sheet_names(path)
            table = read_sheet(path, sheet)
            file_header = next(([c.strip() for c in r] for r in table if any(c.strip() for c in r)), [])
        else:
            from acsa_desk.interchange.csvfile import read_records

            file_header, _records = read_records(path, (), DefectList(str(path)))
    except ImportRejected as exc:
        return ImportPreview(file_header, sheets, [], [], list(exc.defects), 0, 0)
    shown = DefectList(str(path))
    header, records = read_rows(path, (), shown, sheet=sheet, mapping=mapping)
    first = records[:rows]
    try:
        with ledger.session(actor=actor) as session:
            result = import_orders(session=session, path=path, actor=actor, sheet=sheet,
                                   mapping=mapping)
            raise _DryRun(result)
    except _DryRun as dry:
        done = dry.args[0]
        return ImportPreview(file_header, sheets, header, first, [], done.orders, done.lines)
    except ImportRejected as exc:
        return ImportPreview(file_header, sheets, header, first, list(exc.defects), 0, 0)


@dataclass(frozen=True)
class ImportPreview:
    file_header: list[str]  # the file's own column names
    sheets: list[str]  # a workbook's sheets ([] for CSV)
    header: list[str]  # the columns after the mapping
    rows: list[Record]  # the first rows, as the import reads them
    defects: list[FileDefect]  # everything that would refuse the file
    orders: int  # what it would import (0 when refused)
    lines: int

"""The order editor's window, built in sections: toolbar, heading, header fields (with the
points of contact's phone and e-mail and the funding reference the order form carries), the
lines table and the tabs of entries and documents. ``build`` gives an ``OrderEditor`` its
widgets as attributes; the editor's behaviour stays in :mod:`acsa_desk.ui.orders.editor`.
Strings keep the editor's translation context ("OrderEditor").
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QRegularExpression,
    Qt,
)
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeySequence,
    QRegularExpressionValidator,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from acsa_desk.core.domain import ORDER_SETTLEMENT_METHODS, Direction
from acsa_desk.ui.banner import add_banners
from acsa_desk.ui.orders import form, labels
from acsa_desk.ui.orders import keys as order_keys
from acsa_desk.ui.orders.attachments import AttachmentsPanel
from acsa_desk.ui.orders.fields import FieldBox, OptionalDateEdit
from acsa_desk.ui.orders.lines_columns import LinesColumns
from acsa_desk.ui.orders.lines_model import (
    CategoryDelegate,
    LineColumn,
    LinesModel,
    ProblemDelegate,
)
from acsa_desk.ui.orders.rows_model import TextRowsModel
from acsa_desk.ui.orders.steps import (
    date_edit,
    error_label,
)

if TYPE_CHECKING:
    from acsa_desk.ui.orders.editor import OrderEditor

translate = QCoreApplication.translate  # the editor's context: translate("OrderEditor", ...)

#: Currencies offered first in the currency box (any ISO 4217 code may be typed).
COMMON_CURRENCIES = ("CAD", "JPY", "USD", "AUD", "EUR", "GBP", "NZD", "INR")

#: The life-cycle steps, in the order their buttons appear.
STEP_ACTIONS = order_keys.STEP_ACTIONS

#: Header fields in undo-command order (their index makes the command's merge id).
_FIELD_KEYS = form.HEADER_FIELDS


def build(ed: OrderEditor) -> None:
    ed.setWindowTitle(translate("OrderEditor", "New order") + "[*]")

    # toolbar: save, undo, redo, then the life-cycle steps
    ed.toolbar = QToolBar()
    ed.toolbar.setObjectName("editor_toolbar")
    ed.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    ed.save_action = QAction(translate("OrderEditor", "&Save"), ed)
    ed.save_action.setObjectName("save_action")
    ed.save_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Save))
    ed.save_action.triggered.connect(ed.save)
    ed.undo_action = ed.undo_stack.createUndoAction(ed, translate("OrderEditor", "&Undo"))
    ed.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
    ed.redo_action = ed.undo_stack.createRedoAction(ed, translate("OrderEditor", "&Redo"))
    ed.redo_action.setShortcuts(
        order_keys.with_extra(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), order_keys.REDO_EXTRA)
    )
    # the toolbar's Undo/Redo keep one text: the buttons after them never move
    ed.toolbar_undo, ed.toolbar_redo = order_keys.fixed_undo_actions(ed, ed.undo_stack)
    for action, shown in (
        (ed.save_action, ed.save_action),
        (ed.undo_action, ed.toolbar_undo),
        (ed.redo_action, ed.toolbar_redo),
    ):
        ed.addAction(action)  # shortcuts work anywhere in the window
        ed.toolbar.addAction(shown)
    ed.edit_separator = ed.toolbar.addSeparator()
    step_titles = {
        "sign": translate("OrderEditor", "Sign…"),
        "deliver": translate("OrderEditor", "Record delivery…"),
        "receive": translate("OrderEditor", "Record receipt…"),
        "invoice": translate("OrderEditor", "Raise invoice…"),
        "notify_finance": translate("OrderEditor", "Notify finance…"),
        "settle": translate("OrderEditor", "Record settlement…"),
        "reverse": translate("OrderEditor", "Reverse an entry…"),
        "cancel": translate("OrderEditor", "Cancel order…"),
        "close": translate("OrderEditor", "Close order…"),
    }
    ed.step_actions: dict[str, QAction] = {}
    for name in STEP_ACTIONS:
        action = QAction(step_titles[name], ed)
        action.setObjectName(f"{name}_action")
        action.triggered.connect(lambda _checked=False, n=name: ed.start_step(n))
        action.setVisible(False)
        ed.toolbar.addAction(action)
        ed.step_actions[name] = action
    ed.toolbar.addSeparator()
    ed.order_form_action = QAction(translate("OrderEditor", "&Order form…"), ed)
    ed.order_form_action.setObjectName("order_form_action")
    ed.order_form_action.setToolTip(translate("OrderEditor", "Preview, save or print the order form"))
    ed.order_form_action.triggered.connect(ed.show_order_form)
    ed.order_form_action.setVisible(False)
    ed.toolbar.addAction(ed.order_form_action)

    # heading: number, status badge, amounts; then signatures and who entered it
    ed.heading = QLabel(translate("OrderEditor", "New order"))
    ed.heading.setObjectName("heading")
    ed.heading.setTextFormat(Qt.TextFormat.PlainText)
    heading_font = QFont(ed.heading.font())
    heading_font.setPointSizeF(heading_font.pointSizeF() * 1.4)
    heading_font.setBold(True)
    ed.heading.setFont(heading_font)
    ed.status_badge = QLabel()
    ed.status_badge.setObjectName("status_badge")
    ed.status_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
    ed.amounts_label = QLabel()
    ed.amounts_label.setObjectName("amounts")
    ed.amounts_label.setTextFormat(Qt.TextFormat.PlainText)
    ed.amounts_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    heading_row = QHBoxLayout()
    heading_row.addWidget(ed.heading)
    heading_row.addSpacing(12)
    heading_row.addWidget(ed.status_badge)
    heading_row.addStretch(1)
    heading_row.addWidget(ed.amounts_label)
    ed.signatures_label = QLabel()
    ed.signatures_label.setObjectName("signatures")
    ed.signatures_label.setTextFormat(Qt.TextFormat.PlainText)
    ed.signatures_label.setWordWrap(True)
    ed.missing_label = QLabel()
    ed.missing_label.setObjectName("missing_for_signature")
    ed.missing_label.setTextFormat(Qt.TextFormat.PlainText)
    ed.missing_label.setWordWrap(True)
    ed.missing_label.setStyleSheet(
        "QLabel { background: #fff1c2; color: #5c4400; border: 1px solid #e0c060;"
        " border-radius: 3px; padding: 4px 6px; }"
    )
    ed.missing_label.setVisible(False)
    ed.message_bar = error_label("message_bar")

    # header fields
    ed.number_edit = _line("number", translate("OrderEditor", "e.g. CAN-JPN-25-0001"))
    ed.number_edit.setMaxLength(form.MAX_NUMBER_LENGTH)
    ed.exercise_combo = QComboBox()
    ed.exercise_combo.setObjectName("exercise")
    ed.exercise_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    ed.exercise_combo.setMinimumContentsLength(18)
    ed.partner_combo = QComboBox()
    ed.partner_combo.setObjectName("partner")
    ed.partner_combo.setEditable(True)
    ed.partner_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    ed.partner_combo.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}")))
    _line_edit_of(ed.partner_combo).setPlaceholderText(translate("OrderEditor", "e.g. JPN"))
    ed.direction_combo = QComboBox()
    ed.direction_combo.setObjectName("direction")
    for direction in Direction:
        ed.direction_combo.addItem(labels.direction_long_label(direction), direction.value)
    ed.ordered_on_edit: QDateEdit = date_edit(date.today(), "ordered_on")
    ed.required_on_edit = OptionalDateEdit("required_on", translate("OrderEditor", "set"))
    ed.currency_combo = QComboBox()
    ed.currency_combo.setObjectName("currency")
    ed.currency_combo.setEditable(True)
    ed.currency_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    ed.currency_combo.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}")))
    ed.currency_combo.addItems(list(COMMON_CURRENCIES))
    ed.method_combo = QComboBox()
    ed.method_combo.setObjectName("settlement_method")
    for method in ORDER_SETTLEMENT_METHODS:
        ed.method_combo.addItem(labels.method_label(method), method.value)
    ed.requesting_unit_edit = _line("requesting_unit", translate("OrderEditor", "e.g. JS Kirisame"))
    ed.requesting_poc_edit = _line("requesting_poc", translate("OrderEditor", "name and rank"))
    ed.supplying_unit_edit = _line("supplying_unit", translate("OrderEditor", "e.g. MV Asterix"))
    ed.supplying_poc_edit = _line("supplying_poc", translate("OrderEditor", "name and rank"))
    ed.delivery_place_edit = _line("delivery_place", translate("OrderEditor", "e.g. Yokosuka, berth 4"))
    ed.partner_number_edit = _line(
        "partner_order_number", translate("OrderEditor", "their own number, if known")
    )
    # the points of contact's phone and e-mail and the funding reference (the order form and
    # the agreement's required data elements carry them)
    ed.requesting_phone_edit = _line("requesting_poc_phone", translate("OrderEditor", "e.g. +81 3 1234 5678"))
    ed.requesting_email_edit = _line("requesting_poc_email", translate("OrderEditor", "e.g. name@mod.go.jp"))
    ed.supplying_phone_edit = _line("supplying_poc_phone", translate("OrderEditor", "e.g. +1 613 555 0100"))
    ed.supplying_email_edit = _line("supplying_poc_email", translate("OrderEditor", "e.g. name@forces.gc.ca"))
    ed.funding_edit = _line("funding_reference", translate("OrderEditor", "funding or accounting citation"))
    for edit in (
        ed.requesting_phone_edit,
        ed.requesting_email_edit,
        ed.supplying_phone_edit,
        ed.supplying_email_edit,
        ed.funding_edit,
    ):
        edit.setMaxLength(200)

    editors: dict[str, QWidget] = {
        "number": ed.number_edit,
        "exercise": ed.exercise_combo,
        "partner": ed.partner_combo,
        "direction": ed.direction_combo,
        "ordered_on": ed.ordered_on_edit,
        "required_on": ed.required_on_edit,
        "requesting_unit": ed.requesting_unit_edit,
        "requesting_poc": ed.requesting_poc_edit,
        "supplying_unit": ed.supplying_unit_edit,
        "supplying_poc": ed.supplying_poc_edit,
        "delivery_place": ed.delivery_place_edit,
        "settlement_method": ed.method_combo,
        "currency": ed.currency_combo,
        "partner_order_number": ed.partner_number_edit,
        "requesting_poc_phone": ed.requesting_phone_edit,
        "requesting_poc_email": ed.requesting_email_edit,
        "supplying_poc_phone": ed.supplying_phone_edit,
        "supplying_poc_email": ed.supplying_email_edit,
        "funding_reference": ed.funding_edit,
    }
    ed._boxes = {key: FieldBox(widget, key) for key, widget in editors.items()}
    ed._field_names = {  # in undo texts: "Undo Edit delivery place"
        "number": translate("OrderEditor", "number"),
        "exercise": translate("OrderEditor", "exercise"),
        "partner": translate("OrderEditor", "partner"),
        "direction": translate("OrderEditor", "direction"),
        "ordered_on": translate("OrderEditor", "order date"),
        "required_on": translate("OrderEditor", "date required"),
        "currency": translate("OrderEditor", "currency"),
        "settlement_method": translate("OrderEditor", "settlement method"),
        "requesting_unit": translate("OrderEditor", "requesting unit"),
        "requesting_poc": translate("OrderEditor", "requesting point of contact"),
        "supplying_unit": translate("OrderEditor", "supplying unit"),
        "supplying_poc": translate("OrderEditor", "supplying point of contact"),
        "delivery_place": translate("OrderEditor", "delivery place"),
        "partner_order_number": translate("OrderEditor", "partner's number"),
        "requesting_poc_phone": translate("OrderEditor", "requesting contact's phone"),
        "requesting_poc_email": translate("OrderEditor", "requesting contact's e-mail"),
        "supplying_poc_phone": translate("OrderEditor", "supplying contact's phone"),
        "supplying_poc_email": translate("OrderEditor", "supplying contact's e-mail"),
        "funding_reference": translate("OrderEditor", "funding reference"),
    }
    field_labels = {
        "number": translate("OrderEditor", "&Number:"),
        "exercise": translate("OrderEditor", "E&xercise:"),
        "partner": translate("OrderEditor", "&Partner:"),
        "direction": translate("OrderEditor", "&Direction:"),
        "ordered_on": translate("OrderEditor", "&Ordered on:"),
        "required_on": translate("OrderEditor", "Re&quired by:"),
        "currency": translate("OrderEditor", "C&urrency:"),
        "settlement_method": translate("OrderEditor", "Settle&ment:"),
        "requesting_unit": translate("OrderEditor", "Requesting &unit:"),
        "requesting_poc": translate("OrderEditor", "Requesting contact:"),
        "supplying_unit": translate("OrderEditor", "Supp&lying unit:"),
        "supplying_poc": translate("OrderEditor", "Supplying contact:"),
        "delivery_place": translate("OrderEditor", "Deli&very place:"),
        "partner_order_number": translate("OrderEditor", "Partner's number:"),
        "requesting_poc_phone": translate("OrderEditor", "P&hone:"),
        "requesting_poc_email": translate("OrderEditor", "E-mail:"),
        "supplying_poc_phone": translate("OrderEditor", "Phone:"),
        "supplying_poc_email": translate("OrderEditor", "E-mail:"),
        "funding_reference": translate("OrderEditor", "&Funding reference:"),
    }
    # three columns of the order's terms, then one row per side's point of contact (name and
    # rank, phone, e-mail: what the order form's party blocks print) across the columns
    columns = (
        ("number", "exercise", "partner", "direction"),
        ("ordered_on", "required_on", "currency", "settlement_method", "partner_order_number"),
        ("requesting_unit", "supplying_unit", "delivery_place", "funding_reference"),
    )
    contacts = (
        ("requesting_poc", "requesting_poc_phone", "requesting_poc_email"),
        ("supplying_poc", "supplying_poc_phone", "supplying_poc_email"),
    )
    header_box = QGroupBox(translate("OrderEditor", "Order"))
    grid = QGridLayout(header_box)
    grid.setHorizontalSpacing(8)
    grid.setVerticalSpacing(4)

    def place(key: str, row: int, col: int) -> None:
        label = QLabel(field_labels[key])
        label.setBuddy(editors[key] if key != "required_on" else ed.required_on_edit.check)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        label.setContentsMargins(0, 4, 0, 0)
        grid.addWidget(label, row, col * 2)
        grid.addWidget(ed._boxes[key], row, col * 2 + 1, Qt.AlignmentFlag.AlignTop)

    for col, keys in enumerate(columns):
        for row, key in enumerate(keys):
            place(key, row, col)
        grid.setColumnStretch(col * 2 + 1, 3 if col == 2 else 2)
    first = max(len(keys) for keys in columns)
    for offset, keys in enumerate(contacts):
        for col, key in enumerate(keys):
            place(key, first + offset, col)
    grid.setRowStretch(first + len(contacts), 1)
    for key in (*columns[2], *(keys[2] for keys in contacts)):  # room to read what is typed
        editors[key].setMinimumWidth(150)

    # lines tab
    ed.lines_model = LinesModel(locale=ed._context.locale, undo_stack=ed.undo_stack, parent=ed)
    ed.lines_model.lines_changed.connect(ed._after_lines_edit)
    ed.lines_view = QTableView()
    ed.lines_view.setObjectName("lines_view")
    ed.lines_view.setAccessibleName(translate("OrderEditor", "Order lines"))
    ed.lines_view.setModel(ed.lines_model)
    ed.lines_view.setItemDelegate(ProblemDelegate(ed))
    ed.lines_view.setItemDelegateForColumn(
        LineColumn.CATEGORY, CategoryDelegate(form.language_of(ed._context.locale), ed)
    )
    ed.lines_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    ed.lines_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    ed.lines_view.setAlternatingRowColors(True)
    ed.lines_view.setWordWrap(False)
    ed.lines_columns = LinesColumns(ed.lines_view)
    ed.lines_view.verticalHeader().setDefaultSectionSize(ed.fontMetrics().height() + 10)
    ed.add_line_button = QPushButton(translate("OrderEditor", "&Add line"))
    ed.add_line_button.setObjectName("add_line")
    ed.add_line_button.clicked.connect(ed._add_line)
    ed.duplicate_line_button = QPushButton(translate("OrderEditor", "D&uplicate line"))
    ed.duplicate_line_button.setObjectName("duplicate_line")
    ed.duplicate_line_button.clicked.connect(ed._duplicate_line)
    ed.remove_line_button = QPushButton(translate("OrderEditor", "&Remove line"))
    ed.remove_line_button.setObjectName("remove_line")
    ed.remove_line_button.clicked.connect(ed._remove_line)
    ed.totals_label = QLabel()
    ed.totals_label.setObjectName("totals")
    ed.totals_label.setTextFormat(Qt.TextFormat.PlainText)
    totals_font = QFont(ed.totals_label.font())
    totals_font.setBold(True)
    ed.totals_label.setFont(totals_font)
    line_buttons = QHBoxLayout()
    line_buttons.addWidget(ed.add_line_button)
    line_buttons.addWidget(ed.duplicate_line_button)
    line_buttons.addWidget(ed.remove_line_button)
    line_buttons.addStretch(1)
    line_buttons.addWidget(ed.totals_label)
    ed.lines_message = error_label("lines_message")
    lines_tab = QWidget()
    lines_layout = QVBoxLayout(lines_tab)
    lines_layout.addLayout(line_buttons)
    lines_layout.addWidget(ed.lines_view, 1)
    lines_layout.addWidget(ed.lines_message)

    # deliveries, settlements, history
    ed.deliveries_model = TextRowsModel(
        [
            translate("OrderEditor", "Date"),
            translate("OrderEditor", "Line"),
            translate("OrderEditor", "Quantity"),
            translate("OrderEditor", "Amount"),
            translate("OrderEditor", "Entry"),
            translate("OrderEditor", "Reason"),
            translate("OrderEditor", "Recorded by"),
        ],
        right_aligned=(2, 3),
        parent=ed,
    )
    ed.settlements_model = TextRowsModel(
        [
            translate("OrderEditor", "Date"),
            translate("OrderEditor", "Method"),
            translate("OrderEditor", "Amount"),
            translate("OrderEditor", "Reference"),
            translate("OrderEditor", "Entry"),
            translate("OrderEditor", "Reason"),
            translate("OrderEditor", "Recorded by"),
            translate("OrderEditor", "Approved by"),
        ],
        right_aligned=(2,),
        parent=ed,
    )
    ed.history_model = TextRowsModel(
        [
            translate("OrderEditor", "When (UTC)"),
            translate("OrderEditor", "Who"),
            translate("OrderEditor", "From"),
            translate("OrderEditor", "To"),
            translate("OrderEditor", "Why"),
        ],
        parent=ed,
    )
    ed.receipts_label = _note("receipts")
    ed.invoices_label = _note("invoices")
    ed.tabs = QTabWidget()
    ed.tabs.setObjectName("tabs")
    ed.tabs.addTab(lines_tab, translate("OrderEditor", "Lines"))
    ed.tabs.addTab(
        _table_tab(ed.deliveries_model, "deliveries_view", ed.receipts_label),
        translate("OrderEditor", "Deliveries"),
    )
    ed.tabs.addTab(
        _table_tab(ed.settlements_model, "settlements_view", ed.invoices_label),
        translate("OrderEditor", "Settlements"),
    )
    ed.tabs.addTab(_table_tab(ed.history_model, "history_view", None), translate("OrderEditor", "History"))
    # supporting documents (attach, drop onto the editor), the claim notice, readiness
    ed.attachments_panel = AttachmentsPanel(ed._context, ed)
    ed.attachments_panel.changed.connect(ed.reload)
    ed.tabs.addTab(ed.attachments_panel, translate("OrderEditor", "Documents and claim"))
    ed.setAcceptDrops(True)

    top = QVBoxLayout()
    top.setContentsMargins(10, 6, 10, 0)
    top.addLayout(heading_row)
    top.addWidget(ed.signatures_label)
    top.addWidget(ed.missing_label)
    # after a save refused because the order changed elsewhere: one click to reload it
    ed.reload_button = QPushButton(translate("OrderEditor", "&Reload the order"))
    ed.reload_button.setObjectName("reload_order")
    ed.reload_button.setToolTip(
        translate("OrderEditor", "Read the order as it is now in the ledger (your unsaved edits are dropped)")
    )
    ed.reload_button.setVisible(False)
    ed.reload_button.clicked.connect(ed._reload_after_conflict)
    message_row = QHBoxLayout()
    message_row.addWidget(ed.message_bar, 1)
    message_row.addWidget(ed.reload_button, 0, Qt.AlignmentFlag.AlignTop)
    top.addLayout(message_row)
    top.addWidget(header_box)
    layout = QVBoxLayout(ed)
    layout.setContentsMargins(0, 0, 0, 8)
    ed.menus = order_keys.EditorMenus(ed, [s for s in order_keys.STEP_SHORTCUTS if s in STEP_ACTIONS])
    layout.setMenuBar(ed.menus.menu_bar)
    layout.addWidget(ed.toolbar)
    layout.addLayout(top)
    body = QVBoxLayout()
    body.setContentsMargins(10, 0, 10, 0)
    body.addWidget(ed.tabs, 1)
    layout.addLayout(body, 1)
    # the ledger's marking until the order is read, then the order's own (never lower)
    ed.banners = add_banners(ed, state=ed._context.marking)

    # every header edit becomes an undo command
    for key in _FIELD_KEYS:
        ed._connect_field(key)
    for edit in (
        ed.number_edit,
        ed.requesting_unit_edit,
        ed.requesting_poc_edit,
        ed.supplying_unit_edit,
        ed.supplying_poc_edit,
        ed.delivery_place_edit,
        ed.partner_number_edit,
        ed.requesting_phone_edit,
        ed.requesting_email_edit,
        ed.supplying_phone_edit,
        ed.supplying_email_edit,
        ed.funding_edit,
        _line_edit_of(ed.partner_combo),
        _line_edit_of(ed.currency_combo),
    ):
        edit.installEventFilter(ed._undo_keys)
    ed.lines_view.installEventFilter(ed._undo_keys)


def _line(name: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return edit


def _line_edit_of(combo: QComboBox) -> QLineEdit:
    edit = combo.lineEdit()
    assert edit is not None, "an editable combo has a line edit"
    return edit


def _note(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def _table_tab(model: TextRowsModel, name: str, note: QLabel | None) -> QWidget:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setFrameShape(QFrame.Shape.StyledPanel)
    tab = QWidget()
    layout = QVBoxLayout(tab)
    layout.addWidget(view, 1)
    if note is not None:
        layout.addWidget(note)
    return tab

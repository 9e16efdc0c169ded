"""The Exercises page: the exercises and operations orders are logged against, with balances."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from acsa_desk.core.domain import Direction
from acsa_desk.services.balances import Balance
from acsa_desk.services.queries import OrderFilter
from acsa_desk.ui.context import AppContext
from acsa_desk.ui.dashboard.tables import (
    ALIGN_RIGHT,
    Column,
    RefreshWhenShown,
    RowsModel,
    count_text,
    fit_columns,
    guarded,
    make_table,
    money,
    net_colour,
    selected_row,
    who_owes_whom,
)
from acsa_desk.ui.exercises.data import ExerciseRow, exercise_balances, load_exercises
from acsa_desk.ui.exercises.editor import ExerciseDialog, activity_label, open_exercise_editor
from acsa_desk.ui.page import CoalescedReload, Page
from acsa_desk.ui.qtfix import emit


def _day(value: object) -> str:
    return value.isoformat() if value is not None else ""  # type: ignore[attr-defined]


class ExercisesPage(RefreshWhenShown, Page):
    """The list of exercises; the selected one's balances below it."""

    #: The exercises were (re)loaded.
    loaded = Signal()
    #: The selected exercise's balances were loaded.
    balances_loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exercises_page")
        self.context = context
        self._selected_id: int | None = None
        self.editor: ExerciseDialog | None = None
        locale = context.locale

        self.new_button = QPushButton(self.tr("&New exercise…"))
        self.new_button.setObjectName("new_exercise")
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("edit_exercise")
        self.edit_button.setEnabled(False)
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(self._edit_selected)

        self.model: RowsModel[ExerciseRow] = RowsModel(
            [
                Column(self.tr("Name"), lambda e: e.name),
                Column(self.tr("Activity"), lambda e: activity_label(e.activity_type)),
                Column(self.tr("Starts"), lambda e: _day(e.starts_on), key=lambda e: e.starts_on),
                Column(self.tr("Ends"), lambda e: _day(e.ends_on), key=lambda e: e.ends_on),
                Column(self.tr("Place"), lambda e: e.place),
                Column(self.tr("Partners"), lambda e: ", ".join(e.partners)),
                Column(self.tr("Orders"), lambda e: count_text(e.orders), ALIGN_RIGHT,
                       key=lambda e: e.orders),
            ],
            self,
        )
        self.view = make_table(context.settings, "exercises", self.model)
        self.view.setAccessibleName(self.tr("Exercises"))
        fit_columns(self.view, (24, 30, 11, 11, 22, 14, 8))
        self.view.setToolTip(self.tr("Double-click an exercise to edit it."))
        self.view.activated.connect(lambda _i: self._edit_selected())
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        self.balances_heading = QLabel(self.tr("Select an exercise to see its balances."))
        self.balances_heading.setObjectName("exercise_balances_heading")
        bold = QFont(self.balances_heading.font())
        bold.setBold(True)
        self.balances_heading.setFont(bold)
        self.balances_model: RowsModel[Balance] = RowsModel(
            [
                Column(self.tr("Partner"), lambda b: b.partner),
                Column(self.tr("Currency"), lambda b: b.currency),
                Column(self.tr("Receivable"), lambda b: money(b.receivable_minor, b.currency, locale),
                       ALIGN_RIGHT, key=lambda b: b.receivable_minor),
                Column(self.tr("Payable"), lambda b: money(b.payable_minor, b.currency, locale),
                       ALIGN_RIGHT, key=lambda b: b.payable_minor),
                Column(self.tr("Net"), lambda b: money(b.net_minor, b.currency, locale), ALIGN_RIGHT,
                       key=lambda b: b.net_minor, foreground=lambda b: net_colour(b.net_minor)),
                Column(self.tr("Position"), lambda b: who_owes_whom(b.partner, b.net_minor),
                       foreground=lambda b: net_colour(b.net_minor)),
            ],
            self,
        )
        self.balances_view = make_table(context.settings, "exercise_balances", self.balances_model)
        self.balances_view.setAccessibleName(self.tr("Balances of the exercise"))
        fit_columns(self.balances_view, (8, 9, 16, 16, 16, 14))
        self.balances_view.setToolTip(self.tr("Double-click a balance to see the exercise's orders."))
        self.balances_view.activated.connect(self._balance_activated)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.balances_heading)
        lower_layout.addWidget(self.balances_view, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("exercises_splitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(lower)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)

        context.events.ledger_changed.connect(self._ledger_changed)
        self._reloads = CoalescedReload(self, context.tasks, self._load_job, show=self._show,
                                        failed=self._failed)

    def title(self) -> str:
        return self.tr("Exercises")

    # --- loading ---

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.mark_fresh()
        self._reloads.reload()

    def _load_job(self) -> Callable[[], list[ExerciseRow]]:
        ledger = self.context.ledger
        return lambda: load_exercises(ledger)

    def _failed(self, error: Exception) -> None:
        self.context.tasks.show_expected_error(error, self.title())  # type: ignore[arg-type]

    def _show(self, rows: list[ExerciseRow]) -> None:
        keep = self._selected_id
        self.model.set_rows(rows)
        if keep is not None:
            self.select_exercise(keep)
        else:
            self._show_balances_of(None)
        emit(self.loaded)

    def _ledger_changed(self, _what: str) -> None:
        if self.isVisible():
            self.reload()
        else:
            self.mark_stale()

    # --- selection ---

    def select_exercise(self, exercise_id: int) -> bool:
        for row, exercise in enumerate(self.model.rows()):
            if exercise.id == exercise_id:
                self.view.selectRow(row)
                return True
        return False

    def selected(self) -> ExerciseRow | None:
        row = selected_row(self.view)
        return self.model.row_at(row) if row is not None else None

    def _selection_changed(self, *_args: object) -> None:
        exercise = self.selected()
        self.edit_button.setEnabled(exercise is not None)
        self._show_balances_of(exercise)

    def _show_balances_of(self, exercise: ExerciseRow | None) -> None:
        self._selected_id = exercise.id if exercise is not None else None
        if exercise is None:
            self.balances_heading.setText(self.tr("Select an exercise to see its balances."))
            self.balances_model.set_rows([])
            return
        self.balances_heading.setText(self.tr("Balances of {name}").format(name=exercise.name))
        ledger, exercise_id = self.context.ledger, exercise.id

        def show(rows: list[Balance]) -> None:
            if self._selected_id == exercise_id:
                self.balances_model.set_rows(rows)
                if not rows:
                    self.balances_heading.setText(
                        self.tr("Balances of {name}: nothing outstanding").format(name=exercise.name))
                emit(self.balances_loaded)

        self.context.tasks.run(lambda: exercise_balances(ledger, exercise_id), on_success=guarded(self, show))

    # --- actions ---

    def open_editor(self, exercise_id: int | None) -> ExerciseDialog:
        self.editor = open_exercise_editor(self.context, exercise_id, self)
        self.editor.saved.connect(self._saved)
        return self.editor

    def _edit_selected(self) -> None:
        exercise = self.selected()
        if exercise is not None:
            self.open_editor(exercise.id)

    def _saved(self, exercise_id: int) -> None:
        self._selected_id = exercise_id

    def _balance_activated(self, index: QModelIndex) -> None:
        if not index.isValid() or self._selected_id is None:
            return
        balance = self.balances_model.row_at(index)
        direction = {2: Direction.PROVIDED.value, 3: Direction.RECEIVED.value}.get(index.column())
        self.context.events.request_orders(
            OrderFilter(exercise_id=self._selected_id, partner=balance.partner, direction=direction)
        )

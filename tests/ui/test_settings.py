"""The typed settings registry over a temporary INI file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from acsa_desk.ui import settings as opt
from acsa_desk.ui.settings import (
    MAX_RECENT_DATABASES,
    Scope,
    Settings,
    TextOption,
    bind_header_state,
    declared_options,
)


def test_unset_options_read_as_their_defaults(settings: Settings) -> None:
    assert settings.get(opt.OFFICER_NAME) == ""
    assert settings.get(opt.UI_LANGUAGE) == "en"
    assert settings.get(opt.RECENT_DATABASES) == ()
    assert settings.get(opt.WINDOW_GEOMETRY) == b""


def test_values_round_trip_through_the_ini_file(settings: Settings, settings_path: Path) -> None:
    settings.set(opt.OFFICER_NAME, "Jane Doe")
    settings.set(opt.OFFICER_RANK, "Capt")
    settings.set(opt.OFFICER_APPOINTMENT, "Logistics Officer, 1 Cdn Div")
    settings.set(opt.UI_LANGUAGE, "ja")
    settings.set(opt.RECENT_DATABASES, ("/a/ledger.db", "/b/exercise é.db"))
    settings.set(opt.WINDOW_GEOMETRY, b"\x00\x01binary\xff")
    settings.sync()
    assert settings_path.is_file()

    reread = Settings.from_file(settings_path)
    assert reread.get(opt.OFFICER_NAME) == "Jane Doe"
    assert reread.get(opt.OFFICER_RANK) == "Capt"
    assert reread.get(opt.OFFICER_APPOINTMENT) == "Logistics Officer, 1 Cdn Div"
    assert reread.get(opt.UI_LANGUAGE) == "ja"
    assert reread.get(opt.RECENT_DATABASES) == ("/a/ledger.db", "/b/exercise é.db")
    assert reread.get(opt.WINDOW_GEOMETRY) == b"\x00\x01binary\xff"
    assert reread.officer_signature() == "Capt Jane Doe"


def test_user_settings_and_ui_state_live_in_separate_groups(settings: Settings, settings_path: Path) -> None:
    settings.set(opt.OFFICER_NAME, "Jane Doe")
    settings.set(opt.WINDOW_STATE, b"state")
    settings.set_header_state("orders", b"header")
    settings.sync()
    text = settings_path.read_text(encoding="utf-8")
    assert "[user]" in text and "[ui_state]" in text

    settings.reset_ui_state()
    assert settings.get(opt.WINDOW_STATE) == b""
    assert settings.header_state("orders") == b""
    assert settings.get(opt.OFFICER_NAME) == "Jane Doe"


def test_a_hand_edited_bad_value_reads_as_the_default(settings_path: Path) -> None:
    settings_path.write_text("[user]\nui_language=klingon\nrecent_databases=not json\n", encoding="utf-8")
    settings = Settings.from_file(settings_path)
    assert settings.get(opt.UI_LANGUAGE) == "en"
    assert settings.get(opt.RECENT_DATABASES) == ()


def test_a_choice_outside_its_list_is_refused(settings: Settings) -> None:
    with pytest.raises(ValueError):
        settings.set(opt.UI_LANGUAGE, "de")


def test_every_option_is_declared_once_and_only_declared_ones_are_used(
    settings: Settings,
) -> None:
    keys = declared_options()
    assert keys["user/officer_name"] is opt.OFFICER_NAME
    assert all(option.scope in (Scope.USER, Scope.UI_STATE) for option in keys.values())
    with pytest.raises(ValueError, match="declared twice"):
        TextOption(Scope.USER, "officer_name", "x")
    undeclared = object.__new__(TextOption)  # built around the registry on purpose
    for name, value in (("scope", Scope.USER), ("name", "never_declared"), ("default", "")):
        object.__setattr__(undeclared, name, value)
    with pytest.raises(KeyError, match="not declared"):
        settings.get(undeclared)


def test_recent_databases_are_most_recent_first_without_duplicates(
    settings: Settings, tmp_path: Path
) -> None:
    paths = [tmp_path / f"ledger{i}.db" for i in range(MAX_RECENT_DATABASES + 2)]
    for path in paths:
        settings.remember_database(path)
    settings.remember_database(paths[3])
    recent = settings.get(opt.RECENT_DATABASES)
    assert len(recent) == MAX_RECENT_DATABASES
    assert recent[0] == str(paths[3].resolve())
    assert recent[1] == str(paths[-1].resolve())
    assert len(set(recent)) == len(recent)
    assert settings.get(opt.LAST_DATABASE) == str(paths[3].resolve())


def test_a_table_header_layout_is_remembered(qtbot: QtBot, settings: Settings, settings_path: Path) -> None:
    def table() -> QTableView:
        view = QTableView()
        qtbot.addWidget(view)
        model = QStandardItemModel(3, 4, view)
        view.setModel(model)
        return view

    first = table()
    bind_header_state(settings, first.horizontalHeader(), "orders")
    first.horizontalHeader().resizeSection(2, 233)
    first.horizontalHeader().moveSection(0, 3)
    settings.sync()

    second = table()
    bind_header_state(Settings.from_file(settings_path), second.horizontalHeader(), "orders")
    assert second.horizontalHeader().sectionSize(2) == 233
    assert second.horizontalHeader().visualIndex(0) == 3


def test_header_layouts_of_different_tables_do_not_mix(settings: Settings) -> None:
    settings.set_header_state("orders", b"one")
    settings.set_header_state("settlements", b"two")
    assert settings.header_state("orders") == b"one"
    assert settings.header_state("settlements") == b"two"
    assert settings.header_state("exercises") == b""

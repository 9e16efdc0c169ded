"""The user's settings: one typed declaration per option over QSettings (Picard's options.py).

Two scopes live in the same file but apart from each other:

* ``Scope.USER``: choices the officer makes (name and rank for signature blocks, language,
  databases). Edited in the preferences dialog.
* ``Scope.UI_STATE``: what the window remembers by itself (geometry, splitter and table header
  layouts). Never shown in a dialog; :meth:`Settings.reset_ui_state` forgets all of it at once.

Ledger-wide preferences (handling banner, home nation and unit, default currency) are NOT here:
they belong to the database (see :class:`acsa_desk.ui.preferences.LedgerPreferences`).

There is no global settings object: the application creates one :class:`Settings` and passes it
to whoever needs it; tests point it at a temporary INI file with :meth:`Settings.from_file`.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings
from PySide6.QtWidgets import QHeaderView

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Languages of the user interface: code -> the language's own name (never translated).
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "ja": "日本語"}

#: How many recently opened databases the File menu remembers.
MAX_RECENT_DATABASES = 8


class Scope(StrEnum):
    """Where an option lives in the settings file (its QSettings group)."""

    USER = "user"
    UI_STATE = "ui_state"


_REGISTRY: dict[str, Option[Any]] = {}


@dataclass(frozen=True, eq=False)
class Option(Generic[T]):
    """One declared option. Subclasses say how a value is stored and read back."""

    scope: Scope
    name: str
    default: T

    def __post_init__(self) -> None:
        if self.key in _REGISTRY:
            raise ValueError(f"option {self.key!r} is declared twice")
        _REGISTRY[self.key] = self

    @property
    def key(self) -> str:
        return f"{self.scope}/{self.name}"

    def load(self, raw: object) -> T:
        """Stored value -> typed value. Raise ValueError/TypeError for a value of the wrong type."""
        raise NotImplementedError

    def dump(self, value: T) -> object:
        """Typed value -> what QSettings stores."""
        raise NotImplementedError


@dataclass(frozen=True, eq=False)
class TextOption(Option[str]):
    def load(self, raw: object) -> str:
        if not isinstance(raw, str):
            raise TypeError(f"expected text, found {type(raw).__name__}")
        return raw

    def dump(self, value: str) -> object:
        return str(value)


@dataclass(frozen=True, eq=False)
class ChoiceOption(TextOption):
    """Text restricted to ``choices``; anything else reads back as the default."""

    choices: tuple[str, ...] = ()

    def load(self, raw: object) -> str:
        value = super().load(raw)
        if value not in self.choices:
            raise ValueError(f"{value!r} is not one of {self.choices}")
        return value

    def dump(self, value: str) -> object:
        if value not in self.choices:
            raise ValueError(f"{value!r} is not one of {self.choices}")
        return value


@dataclass(frozen=True, eq=False)
class BoolOption(Option[bool]):
    def load(self, raw: object) -> bool:
        if isinstance(raw, bool):
            return raw
        if raw in ("true", "false"):
            return raw == "true"
        raise ValueError(f"{raw!r} is not true or false")

    def dump(self, value: bool) -> object:
        return bool(value)


@dataclass(frozen=True, eq=False)
class TextListOption(Option[tuple[str, ...]]):
    """A list of texts, stored as JSON (QSettings' own lists differ between backends)."""

    def load(self, raw: object) -> tuple[str, ...]:
        if not isinstance(raw, str):
            raise TypeError(f"expected JSON text, found {type(raw).__name__}")
        items = json.loads(raw)
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise ValueError("expected a JSON list of texts")
        return tuple(items)

    def dump(self, value: tuple[str, ...]) -> object:
        return json.dumps(list(value), ensure_ascii=False)


@dataclass(frozen=True, eq=False)
class BytesOption(Option[bytes]):
    """Opaque bytes such as QWidget.saveGeometry() output."""

    def load(self, raw: object) -> bytes:
        if isinstance(raw, QByteArray):
            return bytes(raw.data())
        if isinstance(raw, bytes):
            return raw
        raise TypeError(f"expected bytes, found {type(raw).__name__}")

    def dump(self, value: bytes) -> object:
        return QByteArray(value)


# --- The options: one line each. -------------------------------------------------------------

OFFICER_NAME = TextOption(Scope.USER, "officer_name", "")
OFFICER_RANK = TextOption(Scope.USER, "officer_rank", "")
OFFICER_APPOINTMENT = TextOption(Scope.USER, "officer_appointment", "")
UI_LANGUAGE = ChoiceOption(Scope.USER, "ui_language", "en", choices=tuple(LANGUAGES))
#: Keep windows out of screen captures: "auto" (above UNCLASSIFIED), "always" or "allow".
SCREEN_CAPTURE = ChoiceOption(Scope.USER, "screen_capture", "auto",
                              choices=("auto", "always", "allow"))
LAST_DATABASE = TextOption(Scope.USER, "last_database", "")
RECENT_DATABASES = TextListOption(Scope.USER, "recent_databases", ())

WINDOW_GEOMETRY = BytesOption(Scope.UI_STATE, "window_geometry", b"")
WINDOW_STATE = BytesOption(Scope.UI_STATE, "window_state", b"")
NAVIGATION_SPLITTER = BytesOption(Scope.UI_STATE, "navigation_splitter", b"")
CURRENT_PAGE = TextOption(Scope.UI_STATE, "current_page", "")

_HEADER_GROUP = f"{Scope.UI_STATE}/headers"
#: The application's property naming its interface language (set by ``i18n.install_translators``).
LANGUAGE_PROPERTY = "acsa_language"


def _header_key(table: str) -> str:
    app = QCoreApplication.instance()
    language = app.property(LANGUAGE_PROPERTY) if app is not None else None
    if not language or language == "en":
        return f"{_HEADER_GROUP}/{table}"  # English: where every layout was kept before
    return f"{_HEADER_GROUP}/{language}/{table}"


def declared_options() -> dict[str, Option[Any]]:
    """Every declared option by key (a copy)."""
    return dict(_REGISTRY)


@dataclass(eq=False)
class Settings:
    """Typed access to one QSettings store. Create one per application and pass it around."""

    store: QSettings

    @classmethod
    def from_file(cls, path: Path | str) -> Settings:
        """Settings kept in the INI file ``path`` (tests use a temporary one)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    @classmethod
    def for_user(cls) -> Settings:
        """The user's own settings file (INI, in the platform's configuration folder).

        Needs the application's organisation and name set first (see app.create_app).
        """
        return cls(
            QSettings(
                QSettings.Format.IniFormat,
                QSettings.Scope.UserScope,
                "ACSA Desk",
                "ACSA Desk",
            )
        )

    def get(self, option: Option[T]) -> T:
        """The option's value; its default when unset or unreadable."""
        self._check_declared(option)
        if not self.store.contains(option.key):
            return option.default
        raw = self.store.value(option.key)
        try:
            return option.load(raw)
        except (TypeError, ValueError) as exc:
            log.warning("setting %s unreadable (%s); using its default", option.key, exc)
            return option.default

    def set(self, option: Option[T], value: T) -> None:
        self._check_declared(option)
        self.store.setValue(option.key, option.dump(value))

    def reset(self, option: Option[Any]) -> None:
        """Forgets the option's stored value: it reads back as the default."""
        self._check_declared(option)
        self.store.remove(option.key)

    def reset_ui_state(self) -> None:
        """Forgets window geometry and table layouts; user choices stay."""
        self.store.remove(str(Scope.UI_STATE))

    def sync(self) -> None:
        """Writes pending changes to disk now (QSettings also does it by itself)."""
        self.store.sync()

    # --- Table header layouts (one entry per named table) ---

    def header_state(self, table: str) -> bytes:
        """A table's header layout, kept per interface language: column widths made for one
        language's words do not fit another's."""
        raw = self.store.value(_header_key(table))
        return bytes(raw.data()) if isinstance(raw, QByteArray) else b""

    def set_header_state(self, table: str, state: bytes) -> None:
        self.store.setValue(_header_key(table), QByteArray(state))

    # --- Databases ---

    def remember_database(self, path: Path | str) -> None:
        """Records ``path`` as the last database and puts it first in the recent list."""
        text = str(Path(path).resolve())
        recent = [text, *(p for p in self.get(RECENT_DATABASES) if p != text)]
        self.set(RECENT_DATABASES, tuple(recent[:MAX_RECENT_DATABASES]))
        self.set(LAST_DATABASE, text)

    def officer_signature(self) -> str:
        """Rank and name as they appear on the status bar, e.g. "Capt Jane Doe" ("" if unset)."""
        return " ".join(p for p in (self.get(OFFICER_RANK), self.get(OFFICER_NAME)) if p).strip()

    @staticmethod
    def _check_declared(option: Option[Any]) -> None:
        if _REGISTRY.get(option.key) is not option:
            raise KeyError(f"option {option.key!r} is not declared in acsa_desk.ui.settings")


def bind_header_state(settings: Settings, header: QHeaderView, table: str,
                      ready: Callable[[], bool] | None = None) -> None:
    """Restores a table header's layout (widths, order, sort) and saves it whenever it changes.

    ``table`` names the table in the settings file, e.g. "orders". Call once, after the view
    has its model. With ``ready``, nothing is saved while it answers False (a table whose
    columns are fitted to its first rows keeps no layout made before them).
    """
    state = settings.header_state(table)
    if state:
        header.restoreState(QByteArray(state))

    def save(*_args: object) -> None:
        if ready is None or ready():  # before: initial widths, not a layout worth keeping
            settings.set_header_state(table, bytes(header.saveState().data()))

    header.sectionResized.connect(save)
    header.sectionMoved.connect(save)
    header.sortIndicatorChanged.connect(save)

"""The users of the open ledger as the window needs them (Qt-free; loaded in a worker).

``load_people`` makes the operating-system login the first user of a ledger without one,
and says how the window must establish who is working: nothing to ask on PostgreSQL (the
server login) or on a single-user SQLite ledger; a sign-in on a SQLite ledger with more
users. Certifying officers are offered from this list, never typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from acsa_desk.core.people import Ability, Role, can, normalize_login, shown_name
from acsa_desk.db import users_sql
from acsa_desk.db.engine import Ledger
from acsa_desk.services.identity import ONE_USER_HINT, who_may_sign_in


@dataclass(frozen=True)
class Person:
    login: str
    shown: str  # rank and display name
    role: str
    active: bool
    has_passphrase: bool


@dataclass(frozen=True)
class People:
    people: tuple[Person, ...] = ()
    default_login: str = ""
    is_sqlite: bool = True
    by_login: dict[str, Person] = field(default_factory=dict, compare=False)

    @property
    def active(self) -> list[Person]:
        return [p for p in self.people if p.active]

    @property
    def needs_sign_in(self) -> bool:
        """A SQLite ledger with more than one active user asks who is working (users get
        passphrases as they are added; a ledger whose users have none cannot ask)."""
        return (self.is_sqlite and len(self.active) > 1
                and any(p.has_passphrase for p in self.active))

    @property
    def single_user(self) -> bool:
        return self.is_sqlite and len(self.active) <= 1

    @property
    def one_user_hint(self) -> str:
        return ONE_USER_HINT

    def shown(self, login: str) -> str:
        """Rank and name of a recorded login (the login itself when not registered)."""
        person = self.by_login.get(normalize_login(login)) if login else None
        return person.shown if person is not None else login

    def role_of(self, login: str) -> str:
        person = self.by_login.get(normalize_login(login))
        return person.role if person is not None else ""

    def is_admin(self, login: str) -> bool:
        return self.role_of(login) == Role.ADMIN.value

    def certifiers(self, *, excluding: str = "") -> list[Person]:
        """Active officers (and admins) other than who entered the record."""
        skip = normalize_login(excluding) if excluding else None
        return [p for p in self.active if can(p.role, Ability.CERTIFY) and p.login != skip]

    @property
    def countersign_needs_passphrase(self) -> bool:
        return self.needs_sign_in


def load_people(ledger: Ledger, os_login: str) -> People:
    """(Plain SQL, no ORM model, no SQLAlchemy on a ledger opened deferred: read before the
    window's first paint.)"""
    default, _count = who_may_sign_in(ledger, os_login)
    with ledger.sql_reader() as run:
        rows = users_sql.user_rows(run)
        secret = users_sql.with_passphrase(run) if ledger.is_sqlite else set()
    found = [Person(u.login, shown_name(u.login, u.display_name, u.rank), u.role, u.active,
                    u.login in secret) for u in rows]
    return People(tuple(found), default, ledger.is_sqlite, {p.login: p for p in found})


def sign_in(ledger: Ledger, login: str, passphrase: str) -> str:
    """Checks the passphrase (a wrong one is counted); returns the normalised login."""
    from acsa_desk.services import auth

    return auth.authenticate(ledger, login, passphrase).login


def certify(ledger: Ledger, people: People, login: str, passphrase: str, what: str) -> str:
    """The officer certifying now: authenticated by passphrase on a multi-user SQLite ledger
    (role checked too); elsewhere the identity the window already has."""
    if people.countersign_needs_passphrase:
        from acsa_desk.services import auth

        return auth.authenticate(ledger, login, passphrase, Ability.CERTIFY, what).login
    return normalize_login(login)

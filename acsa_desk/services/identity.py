"""Who is working: proved, not declared.

- PostgreSQL: the server's ``session_user`` (each person logs in as their own role).
- SQLite with one active user: that user, when they are the operating-system login (the
  ledger is told that four eyes needs a second registered user, and how to add one).
- SQLite with more users: the person names their login and types their passphrase.

The first user of a ledger without active users is its admin (``users.ensure_first_user``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from acsa_desk.core.errors import RuleViolation
from acsa_desk.core.people import normalize_login
from acsa_desk.db.engine import Ledger
from acsa_desk.db.identity import current_user, now

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from acsa_desk.db.actor_guard import Run

__all__ = ["ONE_USER_HINT", "current_user", "now", "resolve", "server_login", "who_may_sign_in"]

ONE_USER_HINT = ("four eyes needs a second registered user: an admin adds one with "
                 "'acsa-desk user add LOGIN --role officer' or in Preferences > Users")


def server_login(session: Session) -> str | None:
    """The login the PostgreSQL server authenticated (None on SQLite)."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    from acsa_desk.db.actor_guard import session_run

    return _session_user(session_run(session))


def _session_user(run: Run) -> str:
    """The server's authenticated login, normalised (PostgreSQL)."""
    return normalize_login(str(run("SELECT session_user", {})[0][0]))


def who_may_sign_in(ledger: Ledger, os_login: str | None = None) -> tuple[str, int]:
    """(default login, number of active users): makes the OS login the first user of a
    ledger that has none. A PostgreSQL ledger answers the server login.

    Read in plain SQL (no ORM model, and no SQLAlchemy on a ledger opened deferred: the
    window asks before its first paint); a unit of work that writes is opened only for a
    ledger without an active user. The OS login is refused as a writing unit of work would
    refuse it (``db.actor_guard``)."""
    from acsa_desk.db.actor_guard import refuse
    from acsa_desk.db.users_sql import count_active

    login = normalize_login(os_login or current_user())
    with ledger.sql_reader() as run:
        refuse(run, login)
        server = (None if ledger.is_sqlite or ledger.engine.dialect.name != "postgresql"
                  else _session_user(run))
        count = count_active(run)
    if server is not None:
        return server, count
    if count > 0:
        return login, count
    from acsa_desk.services import users

    with ledger.session(actor=login) as session:
        users.ensure_first_user(session=session, login=login)
        return login, users.count_active(session=session)


def resolve(ledger: Ledger, *, as_login: str | None,
            read_passphrase: Callable[[str], str], os_login: str | None = None) -> str:
    """The authenticated login of whoever runs this unit of work (see the module text)."""
    from acsa_desk.services import auth, users

    default, count = who_may_sign_in(ledger, os_login)
    if not ledger.is_sqlite:
        if as_login and normalize_login(as_login) != default:
            raise RuleViolation("as", f"on PostgreSQL you act as your server login ({default}); "
                                      "connect as the other user instead of --as")
        return default
    if not as_login:
        with ledger.reader() as session:
            user = users.find_user(session=session, login=default)
            sole = count == 1 and user is not None and user.active
        if sole:
            return default
        many = (f"this ledger has {count} users" if count > 1
                else f"{default} is not this ledger's user")
        raise RuleViolation("as", f"{many}: say who you are with --as LOGIN (the passphrase "
                                  "is asked for)")
    login = normalize_login(as_login)
    with ledger.reader() as session:
        needs = count > 1 or auth.has_passphrase(session=session, login=login)
    if not needs and login == default:
        return default
    return auth.authenticate(ledger, login, read_passphrase(login)).login


def reading_login(ledger: Ledger, *, as_login: str | None,
                  read_passphrase: Callable[[str], str], os_login: str | None = None
                  ) -> str | None:
    """Who a reading command prints as (a document's home signature), without writing to
    the ledger: with ``as_login``, that user once authenticated as ``resolve`` does; on
    PostgreSQL the server login; on SQLite the sole active user when they are the
    operating-system login. Otherwise None: the document leaves the name to sign by hand."""
    from acsa_desk.services import auth, users

    with ledger.reader() as session:
        server = server_login(session)
        if server is not None:
            if as_login and normalize_login(as_login) != server:
                raise RuleViolation("as", f"on PostgreSQL you act as your server login "
                                          f"({server}); connect as the other user instead of "
                                          "--as")
            return server
        count = users.count_active(session=session)
        default = normalize_login(os_login or current_user())
        me = users.find_user(session=session, login=default)
        if not as_login:
            return default if count == 1 and me is not None and me.active else None
        login = normalize_login(as_login)
        needs = count > 1 or auth.has_passphrase(session=session, login=login)
    if not needs and login == default and me is not None and me.active:
        return default
    return auth.authenticate(ledger, login, read_passphrase(login)).login

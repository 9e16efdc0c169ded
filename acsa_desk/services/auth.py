"""Passphrases of a SQLite ledger's users: Argon2id hashes (argon2-cffi), never the
passphrase itself, and a lock-out after a number of wrong ones in a row, for a while (kept
in the ledger, so restarting the program does not reset it). The number and the while are
the ledger's lock-out policy, set by an admin (``acsa-desk user lockout --tries N
--minutes M``); by default ``MAX_TRIES`` and ``LOCK_MINUTES``.

On PostgreSQL the server authenticates each user as their own role (its password is set
through acsa_desk.db.pg_roles.manage_login; lock-out is the server's, e.g. auth_delay or
the site's PAM/LDAP policy).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from acsa_desk.core.errors import RuleViolation
from acsa_desk.core.people import Ability, can, normalize_login
from acsa_desk.db import audit, users_sql
from acsa_desk.db.engine import Ledger
from acsa_desk.db.identity import now
from acsa_desk.db.models import AppUser, UserSecret
from acsa_desk.db.replay import digest_text
from acsa_desk.services import users

MAX_TRIES = 5
LOCK_MINUTES = 15
TRIES_RANGE = (3, 20)
MINUTES_RANGE = (1, 24 * 60)
TRIES_KEY, MINUTES_KEY = "lockout_tries", "lockout_minutes"
MIN_LENGTH = 8
_HASHER = PasswordHasher()  # Argon2id, RFC 9106 low-memory profile (64 MiB, t=3, p=4)
_SECRET = UserSecret.__table__


def _secret(session: Session, login: str) -> UserSecret | None:
    row = session.execute(select(_SECRET).where(_SECRET.c.login == login)).first()  # type: ignore[attr-defined]
    if row is None:
        return None
    return UserSecret(login=row.login, passphrase_hash=row.passphrase_hash,
                      failed_attempts=row.failed_attempts, locked_until=row.locked_until)


def _write(session: Session, login: str, note: dict[str, object], **values: object) -> None:
    """Writes the secret row and audits the change without the hash."""
    table = _SECRET
    current = _secret(session, login)
    before = None if current is None else _logged_row(current)
    if current is None:
        base = {"login": login, "passphrase_hash": "", "failed_attempts": 0, "locked_until": None}
        row = {**base, **values}
        session.execute(insert(table).values(**row))  # type: ignore[arg-type]
    else:
        session.execute(update(table).where(table.c.login == login).values(**values))  # type: ignore[attr-defined]
        row = {**(before or {}), **values}
    after = {**_logged_row(UserSecret(**row)), "note": note}
    # the whole row before and after, the hash as its SHA-256, so verify's replay covers it
    audit.append(session, [audit.Change("user_secret", login,
                                        "insert" if before is None else "update", before, after)])


def _logged_row(secret: UserSecret) -> dict[str, object]:
    return {"login": secret.login, "passphrase_hash": digest_text(secret.passphrase_hash),
            "failed_attempts": secret.failed_attempts, "locked_until": secret.locked_until}


def lockout_policy(*, session: Session) -> tuple[int, int]:
    """(wrong tries in a row before a lock-out, minutes it lasts) of this ledger."""
    from acsa_desk.db.models import LedgerSetting

    values = []
    for key, default, (low, high) in ((TRIES_KEY, MAX_TRIES, TRIES_RANGE),
                                      (MINUTES_KEY, LOCK_MINUTES, MINUTES_RANGE)):
        row = session.get(LedgerSetting, key)
        try:
            value = int(row.value) if row is not None else default
        except ValueError:
            value = default
        values.append(min(max(value, low), high))  # a hand-edited value stays in bounds
    return values[0], values[1]


def set_lockout_policy(*, session: Session, by: str, tries: int | None = None,
                       minutes: int | None = None) -> tuple[int, int]:
    """An admin sets how many wrong passphrases in a row lock a user out, and for how long."""
    from acsa_desk.db.models import LedgerSetting

    users.require(session=session, login=by, ability=Ability.MANAGE,
                  what="set the lock-out policy")
    for key, value, (low, high), what in ((TRIES_KEY, tries, TRIES_RANGE, "tries"),
                                          (MINUTES_KEY, minutes, MINUTES_RANGE, "minutes")):
        if value is None:
            continue
        if not low <= value <= high:
            raise RuleViolation(what, f"the lock-out {what} must be from {low} to {high}, "
                                      f"not {value}")
        row = session.get(LedgerSetting, key)
        if row is None:
            session.add(LedgerSetting(key=key, value=str(value)))
        else:
            row.value = str(value)
    session.flush()
    return lockout_policy(session=session)


def has_passphrase(*, session: Session, login: str) -> bool:
    normal = normalize_login(login)
    return normal in users_sql.with_passphrase(users_sql.session_run(session), [normal])


def check_passphrase_rule(passphrase: str) -> None:
    if len(passphrase) < MIN_LENGTH:
        raise RuleViolation("passphrase", f"a passphrase has at least {MIN_LENGTH} characters")


def set_passphrase(*, session: Session, login: str, passphrase: str, by: str) -> None:
    """Sets a user's passphrase: their own (``by`` == ``login``), or any user's by an admin
    (a reset). Also clears a lock-out."""
    user = users.find_user(session=session, login=login)
    if user is None:
        raise RuleViolation("login", f"{login} is not a user of this ledger")
    if normalize_login(by) != user.login:
        users.require(session=session, login=by, ability=Ability.MANAGE,
                      what="reset another user's passphrase")
    check_passphrase_rule(passphrase)
    if session.get_bind().dialect.name == "postgresql":  # the server keeps it, as SCRAM
        from acsa_desk.db import pg_roles

        pg_roles.set_password(session, user.login, passphrase,
                              own=normalize_login(by) == user.login)
        return
    _write(session, user.login, {"passphrase": "set", "by": normalize_login(by)},
           passphrase_hash=_HASHER.hash(passphrase), failed_attempts=0, locked_until=None)


def _aware(moment: datetime | None) -> datetime | None:
    if moment is not None and moment.tzinfo is None:  # SQLite returns naive UTC
        from datetime import UTC

        return moment.replace(tzinfo=UTC)
    return moment


def check(*, session: Session, login: str, passphrase: str) -> tuple[AppUser | None, str]:
    """Checks a passphrase and records the try. Returns the user, or None and why not; a
    caller commits the session either way (the count of wrong tries is kept)."""
    normal = normalize_login(login)
    user = users.find_user(session=session, login=normal) if normal else None
    if user is None or not user.active:
        return None, (f"{login.strip() or '(no login)'} is not an active user of this ledger")
    secret = _secret(session, user.login)
    if secret is None or not secret.passphrase_hash:
        return None, (f"{user.login} has no passphrase yet: an admin sets one "
                      f"(acsa-desk user passphrase {user.login})")
    moment = now()
    max_tries, lock_minutes = lockout_policy(session=session)
    locked = _aware(secret.locked_until)
    if locked is not None and locked > moment:
        return None, (f"{user.login} is locked out after {max_tries} wrong passphrases until "
                      f"{locked:%H:%M} UTC")
    try:
        _HASHER.verify(secret.passphrase_hash, passphrase)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        tries = secret.failed_attempts + 1
        until = moment + timedelta(minutes=lock_minutes) if tries >= max_tries else None
        _write(session, user.login, {"failed_attempts": tries,
                                     "locked_until": until.isoformat() if until else None},
               failed_attempts=0 if until else tries, locked_until=until)
        if until is not None:
            return None, (f"wrong passphrase for {user.login}: locked out for {lock_minutes} "
                          "minutes")
        return None, (f"wrong passphrase for {user.login} ({max_tries - tries} tries left "
                      "before a lock-out)")
    if secret.failed_attempts or secret.locked_until is not None:
        _write(session, user.login, {"failed_attempts": 0}, failed_attempts=0, locked_until=None)
    if _HASHER.check_needs_rehash(secret.passphrase_hash):
        _write(session, user.login, {"passphrase": "rehashed"},
               passphrase_hash=_HASHER.hash(passphrase))
    return user, ""


def authenticate(ledger: Ledger, login: str, passphrase: str,
                 ability: Ability | None = None, what: str = "") -> AppUser:
    """The user whose passphrase this is, checked now in its own committed unit of work (a
    wrong try is counted even though the action is refused); optionally their role too."""
    with ledger.session(actor=normalize_login(login) or None, check_actor=False) as session:
        user, why = check(session=session, login=login, passphrase=passphrase)
    if user is None:
        raise RuleViolation("passphrase", why)
    if ability is not None and not can(user.role, ability):
        from acsa_desk.core.people import REFUSALS

        raise RuleViolation("role", REFUSALS[ability].format(what=what or "do this"))
    return user


def register(*, session: Session, login: str, role: str, by: str, passphrase: str | None,
             display_name: str = "", rank: str = "", appointment: str = "") -> AppUser:
    """An admin adds a user of a SQLite ledger with their passphrase (the window and the
    command line both call this). Once a ledger has two users each proves who they are, so
    the admin's own passphrase must be set first."""
    users.require(session=session, login=by, ability=Ability.MANAGE, what="add users")
    if session.get_bind().dialect.name == "postgresql":  # the server authenticates
        if passphrase is not None:
            check_passphrase_rule(passphrase)
        return users.add_user(session=session, login=login, role=role, by=by,
                              display_name=display_name, rank=rank, appointment=appointment,
                              server_password=passphrase)
    if passphrase is not None:
        if not has_passphrase(session=session, login=by):
            raise RuleViolation("passphrase", "set your own passphrase first: once a ledger has "
                                              "two users, each proves who they are with one")
        check_passphrase_rule(passphrase)
    user = users.add_user(session=session, login=login, role=role, by=by,
                          display_name=display_name, rank=rank, appointment=appointment)
    if passphrase is not None:
        set_passphrase(session=session, login=user.login, passphrase=passphrase, by=by)
    return user

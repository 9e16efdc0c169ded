"""Who may do what: the roles of a ledger's users and how logins compare.

Roles: ``clerk`` enters orders, deliveries, receipts, invoices and settlements; ``officer``
certifies for our side (signs orders, approves settlements) and may also enter; ``auditor``
reads everything and changes nothing; ``admin`` manages users and agreements, runs
migrations, and may do what an officer does. Logins compare after Unicode normalisation
(NFKC) and case folding, so ``Clerk``, ``clerk`` and ``ｃｌｅｒｋ`` are one user.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum

from acsa_desk.core.errors import RuleViolation

MAX_LOGIN = 100


class Role(StrEnum):
    CLERK = "clerk"
    OFFICER = "officer"
    AUDITOR = "auditor"
    ADMIN = "admin"


class Ability(StrEnum):
    ENTER = "enter"  # orders, deliveries, receipts, invoices, settlements
    CERTIFY = "certify"  # sign orders and approve settlements for our side
    MANAGE = "manage"  # users, agreements, markings, migrations
    READ = "read"


ABILITIES: dict[Role, frozenset[Ability]] = {
    Role.CLERK: frozenset({Ability.READ, Ability.ENTER}),
    Role.OFFICER: frozenset({Ability.READ, Ability.ENTER, Ability.CERTIFY}),
    Role.AUDITOR: frozenset({Ability.READ}),
    Role.ADMIN: frozenset(Ability),
}

# What a refusal says, naming who may do it.
REFUSALS: dict[Ability, str] = {
    Ability.ENTER: "an auditor reads the ledger and changes nothing",
    Ability.CERTIFY: "only an officer can {what}",
    Ability.MANAGE: "only an admin can {what}",
    Ability.READ: "{what} needs an active user of this ledger",
}


def normalize_login(text: str) -> str:
    """The one form a login is stored and compared in: NFKC, case-folded, trimmed."""
    return unicodedata.normalize("NFKC", text).casefold().strip()


def shown_name(login: str, display_name: str, rank: str) -> str:
    """How a user is named: rank and display name (the login when they have no name)."""
    return f"{rank} {display_name or login}".strip()


def check_login(text: str) -> str:
    """A normalised login, or a refusal naming what is wrong with it."""
    login = normalize_login(text)
    if not login:
        raise RuleViolation("login", "a user needs a login name")
    if len(login) > MAX_LOGIN:
        raise RuleViolation("login", f"a login has at most {MAX_LOGIN} characters")
    if any(ch.isspace() or unicodedata.category(ch).startswith("C") for ch in login):
        raise RuleViolation("login", f"the login '{login}' may not contain spaces or control "
                                     "characters")
    return login


def parse_role(text: str) -> Role:
    try:
        return Role(text.strip().lower())
    except ValueError:
        raise RuleViolation("role", f"the role must be one of {', '.join(r.value for r in Role)},"
                                    f" not '{text}'") from None


def can(role: str, ability: Ability) -> bool:
    try:
        return ability in ABILITIES[Role(role)]
    except ValueError:
        return False


def same_person(a: str | None, b: str | None) -> bool:
    """Whether two recorded logins name one person (any case or width)."""
    if not a or not b:
        return False
    return normalize_login(a) == normalize_login(b)

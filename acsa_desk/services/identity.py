"""Who is using the program (see acsa_desk.db.identity)."""

from acsa_desk.db.identity import current_user, now

__all__ = ["current_user", "now"]

"""The ledger key: a secret the ledger file does not hold, under which every audit entry
carries a MAC (HMAC-SHA-256), so that someone with the file but not the key cannot append,
rewrite or rechain entries that ``verify`` accepts.

The key lives in a file of its own in the user's config folder (``~/.config/acsa-desk/keys/
<key id>.key`` on Linux, 0600; ``ACSA_DESK_KEY_DIR`` names another folder), found by the key
id the ledger stores (``audit_head.key_id``). The id is derived from the secret, so an
imported key file proves itself. ``export_key``/``import_key`` back the key up and restore it
(``acsa-desk --db DB key export|import``); a lost key leaves the ledger readable and makes
``verify`` say that the MACs cannot be checked.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from acsa_desk.core.errors import DatabaseProblem

KEY_DIR_ENV = "ACSA_DESK_KEY_DIR"
_MAGIC = "acsa-desk ledger key v1"


def key_dir() -> Path:
    configured = os.environ.get(KEY_DIR_ENV, "").strip()
    if configured:
        return Path(configured).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir("acsa-desk", appauthor=False)) / "keys"


def key_id_of(secret: bytes) -> str:
    return "k" + hmac.new(secret, b"acsa-desk key id", hashlib.sha256).hexdigest()[:23]


def key_path(key_id: str) -> Path:
    return key_dir() / f"{key_id}.key"


def _text(secret: bytes) -> str:
    return f"{_MAGIC}\nid: {key_id_of(secret)}\nsecret: {secret.hex()}\n"


def _write_private(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(path, 0o600)


def create() -> tuple[str, bytes]:
    """A new random key, saved in the key folder; returns (key id, secret)."""
    secret = secrets.token_bytes(32)
    key_id = key_id_of(secret)
    _write_private(key_path(key_id), _text(secret))
    return key_id, secret


def _parse(text: str, where: str) -> bytes:
    fields = dict(line.split(": ", 1) for line in text.splitlines()[1:] if ": " in line)
    if not text.startswith(_MAGIC) or "secret" not in fields:
        raise DatabaseProblem(f"{where} is not an ACSA Desk ledger key")
    try:
        secret = bytes.fromhex(fields["secret"].strip())
    except ValueError as exc:
        raise DatabaseProblem(f"{where}: the key's secret is damaged") from exc
    if len(secret) != 32 or fields.get("id", "").strip() != key_id_of(secret):
        raise DatabaseProblem(f"{where}: the key's id does not match its secret (damaged file)")
    return secret


def load(key_id: str) -> bytes | None:
    """The secret of ``key_id`` if this machine holds it (None: not here)."""
    if not key_id:
        return None
    path = key_path(key_id)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise DatabaseProblem(f"cannot read the ledger key {path}: {exc.strerror}") from exc
    secret = _parse(text, str(path))
    if key_id_of(secret) != key_id:
        raise DatabaseProblem(f"{path} holds another ledger's key")
    return secret


def missing_message(key_id: str) -> str:
    return (f"this ledger's audit key {key_id} is not on this machine (looked in {key_dir()}); "
            "restore it with `acsa-desk --db DB key import FILE` (the ledger can be read "
            "without it, not changed)")


def require(key_id: str) -> bytes:
    secret = load(key_id)
    if secret is None:
        raise DatabaseProblem(missing_message(key_id))
    return secret


def export_key(key_id: str, out: Path) -> Path:
    """Writes a copy of the ledger's key to ``out`` (0600): keep it apart from the ledger."""
    secret = require(key_id)
    _write_private(out, _text(secret))
    return out


def import_key(path: Path, expected_id: str | None = None) -> str:
    """Restores a key file into the key folder; returns its id. With ``expected_id`` (the
    ledger's), a key of another ledger is refused."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DatabaseProblem(f"cannot read the key file {path}") from exc
    secret = _parse(text, str(path))
    key_id = key_id_of(secret)
    if expected_id is not None and expected_id and key_id != expected_id:
        raise DatabaseProblem(f"{path} is the key {key_id}, but this ledger's key is {expected_id}")
    _write_private(key_path(key_id), _text(secret))
    return key_id


def mac(secret: bytes, message: str) -> str:
    return hmac.digest(secret, message.encode("utf-8"), "sha256").hex()


def mac_function(secret: bytes) -> Callable[[str], str]:
    """``mac`` under one key, for many messages (verify's pass over every entry): the
    HMAC's inner and outer SHA-256 states are keyed once and copied per message."""
    block = secret.ljust(64, b"\0") if len(secret) <= 64 else hashlib.sha256(secret).digest()
    inner = hashlib.sha256(bytes(b ^ 0x36 for b in block.ljust(64, b"\0")))
    outer = hashlib.sha256(bytes(b ^ 0x5C for b in block.ljust(64, b"\0")))

    def of(message: str) -> str:
        step = inner.copy()
        step.update(message.encode("utf-8"))
        done = outer.copy()
        done.update(step.digest())
        return done.hexdigest()

    return of


def replay_key(secret: bytes | None) -> bytes:
    """The key of the replay's row digests (none without the ledger key: then they are
    plain hashes, which someone who rewrites many rows at once could balance)."""
    if secret is None:
        return b""
    return hmac.new(secret, b"acsa-desk replay", hashlib.sha256).digest()

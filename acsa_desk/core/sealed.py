"""Sealed files: what leaves the machine (backups, exports, exchange files), encrypted.

Format (version 1)::

    b"ACSA-SEALED\\n" | header length (4 bytes, big-endian) | header (UTF-8 JSON, in the clear)
    | chunks: AES-256-GCM of 1 MiB of plain data each, the last one flagged

The header says what the file is and how it is marked (``marking``: the handling marking,
readable without any key, so a file's marking is known before it is opened), and holds the
file key wrapped for each way of opening it:

- a passphrase: the key encrypted under a key derived from it by Argon2id (RFC 9106; 64 MiB,
  3 passes, 4 lanes, 16-byte random salt);
- a recipient's X25519 public key (a partner office): an ephemeral X25519 key agreement, HKDF-
  SHA256, the file key encrypted under the result; the recipient opens it with its private key.

Every chunk is authenticated with the whole header as associated data, and its nonce is a
random prefix, the chunk's number and a last-chunk flag (the STREAM construction): changing
the header (the marking included), any byte, the order of chunks, or cutting the file short
makes opening fail. Nothing is written in plain: :func:`seal_file` reads the plain file and
writes only ciphertext.
"""

from __future__ import annotations

import base64
import json
import os
import struct
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from acsa_desk.core.errors import LedgerError

MAGIC = b"ACSA-SEALED\n"
VERSION = 1
CHUNK = 1 << 20
TAG = 16
_KDF = {"kdf": "argon2id", "iterations": 3, "lanes": 4, "memory_kib": 65536}
_INFO = b"acsa-desk sealed v1"
PUBLIC_PREFIX = "acsa-x25519:"
PRIVATE_PREFIX = "acsa-x25519-private:"


class SealError(LedgerError):
    """A sealed file that cannot be opened: wrong key, changed, cut short, or not sealed."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def is_sealed(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


# --------------------------------------------------------------------------- keys


@dataclass(frozen=True, slots=True)
class KeyPair:
    private: str  # "acsa-x25519-private:<base64>": keep it secret, owner-only
    public: str  # "acsa-x25519:<base64>": give it to whoever sends you files


def generate_keypair() -> KeyPair:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    key = X25519PrivateKey.generate()
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                            serialization.NoEncryption())
    public = key.public_key().public_bytes(serialization.Encoding.Raw,
                                           serialization.PublicFormat.Raw)
    return KeyPair(PRIVATE_PREFIX + _b64(raw), PUBLIC_PREFIX + _b64(public))


def _key_bytes(text: str, prefix: str, what: str) -> bytes:
    text = text.strip()
    if not text.startswith(prefix):
        raise SealError(f"not an ACSA Desk {what} (it should start with {prefix})")
    try:
        raw = _unb64(text[len(prefix):])
    except ValueError:
        raise SealError(f"the {what} is damaged (not base64)") from None
    if len(raw) != 32:
        raise SealError(f"the {what} is damaged (not 32 bytes)")
    return raw


def check_public_key(text: str) -> str:
    _key_bytes(text, PUBLIC_PREFIX, "public key")
    return text.strip()


def _kek_from_passphrase(passphrase: str, salt: bytes, params: Mapping[str, Any]) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    if params.get("kdf") != "argon2id":
        raise SealError(f"unknown key derivation {params.get('kdf')!r}")
    return Argon2id(salt=salt, length=32, iterations=int(params["iterations"]),
                    lanes=int(params["lanes"]),
                    memory_cost=int(params["memory_kib"])).derive(passphrase.encode("utf-8"))


def _kek_from_agreement(shared: bytes, ephemeral: bytes, public: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + public,
                info=_INFO).derive(shared)


def _wrap(kek: bytes, key: bytes, label: bytes) -> str:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    return _b64(nonce + AESGCM(kek).encrypt(nonce, key, label))


def _unwrap(kek: bytes, wrapped: str, label: bytes) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    blob = _unb64(wrapped)
    try:
        return AESGCM(kek).decrypt(blob[:12], blob[12:], label)
    except InvalidTag:
        return None


# --------------------------------------------------------------------------- sealing


def _header(key: bytes, *, passphrase: str | None, recipients: Mapping[str, str],
            info: Mapping[str, Any]) -> dict[str, Any]:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

    if not passphrase and not recipients:
        raise SealError("a sealed file needs a passphrase or at least one recipient's public key")
    header: dict[str, Any] = {"format": "acsa-sealed", "version": VERSION,
                              "cipher": "AES-256-GCM-STREAM", "chunk": CHUNK,
                              "nonce_prefix": _b64(os.urandom(7)), **info,
                              "passphrase": None, "recipients": []}
    if passphrase:
        salt = os.urandom(16)
        kek = _kek_from_passphrase(passphrase, salt, _KDF)
        header["passphrase"] = {**_KDF, "salt": _b64(salt),
                                "wrapped": _wrap(kek, key, b"passphrase")}
    for name, text in recipients.items():
        public = _key_bytes(text, PUBLIC_PREFIX, "public key")
        ephemeral = X25519PrivateKey.generate()
        eph_pub = ephemeral.public_key().public_bytes(serialization.Encoding.Raw,
                                                      serialization.PublicFormat.Raw)
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
        kek = _kek_from_agreement(shared, eph_pub, public)
        header["recipients"].append({"name": name, "public": PUBLIC_PREFIX + _b64(public),
                                     "ephemeral": _b64(eph_pub),
                                     "wrapped": _wrap(kek, key, b"recipient")})
    return header


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", index) + (b"\x01" if last else b"\x00")


def _chunks(source: IO[bytes]) -> Iterator[tuple[bytes, bool]]:
    current = source.read(CHUNK)
    while True:
        following = source.read(CHUNK)
        yield current, not following
        if not following:
            return
        current = following


def seal_stream(source: IO[bytes], target: IO[bytes], *, passphrase: str | None = None,
                recipients: Mapping[str, str] | None = None,
                info: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Writes ``source`` sealed to ``target``; returns the header. ``info`` goes in the clear."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key = AESGCM.generate_key(bit_length=256)
    header = _header(key, passphrase=passphrase, recipients=dict(recipients or {}),
                     info=dict(info or {}))
    head = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    preamble = MAGIC + struct.pack(">I", len(head)) + head
    target.write(preamble)
    cipher, prefix = AESGCM(key), _unb64(header["nonce_prefix"])
    for index, (chunk, last) in enumerate(_chunks(source)):
        target.write(cipher.encrypt(_nonce(prefix, index, last), chunk, preamble))
    return header


def read_header(source: IO[bytes]) -> tuple[dict[str, Any], bytes]:
    """The clear header of a sealed file (and the bytes it authenticates)."""
    magic = source.read(len(MAGIC))
    if magic != MAGIC:
        raise SealError("not an ACSA Desk sealed file")
    raw_len = source.read(4)
    if len(raw_len) != 4:
        raise SealError("the sealed file is cut short")
    (length,) = struct.unpack(">I", raw_len)
    if length > 1 << 20:
        raise SealError("the sealed file's header is damaged")
    head = source.read(length)
    try:
        header = json.loads(head.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise SealError("the sealed file's header is damaged") from None
    if not isinstance(header, dict) or header.get("format") != "acsa-sealed":
        raise SealError("the sealed file's header is damaged")
    if header.get("version") != VERSION:
        raise SealError(f"sealed format version {header.get('version')} is not known here")
    return header, magic + raw_len + head


def _file_key(header: Mapping[str, Any], passphrase: str | None,
              private_keys: Sequence[str]) -> bytes:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

    try:
        if passphrase and header.get("passphrase"):
            p = header["passphrase"]
            found = _unwrap(_kek_from_passphrase(passphrase, _unb64(p["salt"]), p), p["wrapped"],
                            b"passphrase")
            if found is not None:
                return found
        for text in private_keys:
            private = X25519PrivateKey.from_private_bytes(
                _key_bytes(text, PRIVATE_PREFIX, "private key"))
            public = private.public_key().public_bytes(serialization.Encoding.Raw,
                                                       serialization.PublicFormat.Raw)
            for r in header.get("recipients", ()):
                if _key_bytes(r["public"], PUBLIC_PREFIX, "public key") != public:
                    continue
                eph = _unb64(r["ephemeral"])
                shared = private.exchange(X25519PublicKey.from_public_bytes(eph))
                found = _unwrap(_kek_from_agreement(shared, eph, public), r["wrapped"],
                                b"recipient")
                if found is not None:
                    return found
    except (KeyError, TypeError, ValueError):
        raise SealError("the sealed file's header is damaged") from None
    if header.get("passphrase") and not passphrase and not private_keys:
        raise SealError("this file is sealed: give its passphrase (or a recipient's private key)")
    raise SealError("wrong passphrase or key: the file cannot be opened with it")


def open_stream(source: IO[bytes], target: IO[bytes], *, passphrase: str | None = None,
                private_keys: Sequence[str] = ()) -> dict[str, Any]:
    """Writes the plain content of sealed ``source`` to ``target``; refuses anything changed.

    Raises SealError before writing anything when the key is wrong; a chunk that fails its
    check (the file was changed or cut short) raises SealError too, so callers write to a
    temporary file and keep it only when this returns.
    """
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header, preamble = read_header(source)
    cipher = AESGCM(_file_key(header, passphrase, private_keys))
    prefix = _unb64(header["nonce_prefix"])
    size = int(header["chunk"]) + TAG
    current = source.read(size)
    index = 0
    while True:
        following = source.read(size)
        last = not following
        try:
            target.write(cipher.decrypt(_nonce(prefix, index, last), current, preamble))
        except InvalidTag:
            raise SealError("the sealed file was changed or cut short: it is refused") from None
        if last:
            return header
        current, index = following, index + 1


def seal_file(source: Path, target: Path, **kwargs: Any) -> dict[str, Any]:
    """Seals a file into ``target`` (written under a temporary name, then renamed; 0600)."""
    partial = target.with_name(target.name + ".partial")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with source.open("rb") as plain, os.fdopen(fd, "wb") as out:
            header = seal_stream(plain, out, **kwargs)
            out.flush()
            os.fsync(out.fileno())
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return header


def open_file(source: Path, target: Path, **kwargs: Any) -> dict[str, Any]:
    """Opens sealed ``source`` into ``target`` (0600); nothing is left behind on a refusal."""
    partial = target.with_name(target.name + ".partial")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with source.open("rb") as sealed, os.fdopen(fd, "wb") as out:
            header = open_stream(sealed, out, **kwargs)
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return header


def seal_bytes(data: bytes, **kwargs: Any) -> bytes:
    import io

    out = io.BytesIO()
    seal_stream(io.BytesIO(data), out, **kwargs)
    return out.getvalue()


def open_bytes(data: bytes, **kwargs: Any) -> tuple[dict[str, Any], bytes]:
    import io

    out = io.BytesIO()
    header = open_stream(io.BytesIO(data), out, **kwargs)
    return header, out.getvalue()

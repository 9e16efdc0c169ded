"""Sealed files: round trips by passphrase and by partner key; anything changed is refused."""

from __future__ import annotations

import io
import os

import pytest

from acsa_desk.core import sealed as S

PASS = "correct horse battery staple"


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(S, "CHUNK", 1024)  # several chunks from a few KiB
    return 1024


def test_passphrase_round_trip_with_the_marking_in_the_clear(small_chunks):
    data = os.urandom(5 * small_chunks + 17)
    blob = S.seal_bytes(data, passphrase=PASS, info={"banner": "PROTECTED B//REL TO CAN, JPN"})
    assert data not in blob and data[:64] not in blob
    header, _ = S.read_header(io.BytesIO(blob))
    assert header["banner"] == "PROTECTED B//REL TO CAN, JPN"
    assert header["passphrase"]["kdf"] == "argon2id"
    assert S.open_bytes(blob, passphrase=PASS)[1] == data


@pytest.mark.parametrize("size", [0, 1, 1024, 2048])
def test_exact_chunk_multiples_and_empty_files(small_chunks, size):
    data = os.urandom(size)
    assert S.open_bytes(S.seal_bytes(data, passphrase=PASS), passphrase=PASS)[1] == data


def test_wrong_passphrase_and_no_key_are_refused(small_chunks):
    blob = S.seal_bytes(b"ledger", passphrase=PASS)
    with pytest.raises(S.SealError, match="wrong passphrase or key"):
        S.open_bytes(blob, passphrase=PASS + "!")
    with pytest.raises(S.SealError, match="give its passphrase"):
        S.open_bytes(blob)


def _body_start(blob: bytes) -> int:
    _, preamble = S.read_header(io.BytesIO(blob))
    return len(preamble)


def test_every_change_is_refused(small_chunks):
    data = os.urandom(3 * small_chunks + 5)
    blob = S.seal_bytes(data, passphrase=PASS, info={"banner": "SECRET"})
    start, size = _body_start(blob), small_chunks + S.TAG
    flipped = bytearray(blob)
    flipped[start + 10] ^= 0x01  # a byte of the first chunk
    header_changed = blob.replace(b'"banner":"SECRET"', b'"banner":"UNCLAS"')
    assert header_changed != blob
    truncated = blob[: start + 3 * size]  # the last (short) chunk cut off
    swapped = blob[:start] + blob[start + size:start + 2 * size] + blob[start:start + size] \
        + blob[start + 2 * size:]
    for changed in (bytes(flipped), header_changed, truncated, swapped, blob + b"\x00" * 40):
        with pytest.raises(S.SealError, match="changed or cut short"):
            S.open_bytes(changed, passphrase=PASS)
    with pytest.raises(S.SealError, match="not an ACSA Desk sealed file"):
        S.open_bytes(b"SQLite format 3\x00" + blob, passphrase=PASS)


def test_a_partner_office_opens_with_its_private_key_only(small_chunks):
    partner, other = S.generate_keypair(), S.generate_keypair()
    data = os.urandom(2 * small_chunks)
    blob = S.seal_bytes(data, recipients={"JPN-JMSDF": partner.public}, info={"kind": "export"})
    header, opened = S.open_bytes(blob, private_keys=[partner.private])
    assert opened == data and [r["name"] for r in header["recipients"]] == ["JPN-JMSDF"]
    assert header["passphrase"] is None
    with pytest.raises(S.SealError, match="wrong passphrase or key"):
        S.open_bytes(blob, private_keys=[other.private])
    with pytest.raises(S.SealError, match="wrong passphrase or key"):
        S.open_bytes(blob, passphrase=PASS)
    # sealed for both: either opens it
    both = S.seal_bytes(data, passphrase=PASS, recipients={"JPN": partner.public})
    assert S.open_bytes(both, passphrase=PASS)[1] == data
    assert S.open_bytes(both, private_keys=[partner.private])[1] == data


def test_keys_are_checked():
    with pytest.raises(S.SealError, match="should start with acsa-x25519:"):
        S.check_public_key("ssh-ed25519 AAAA")
    with pytest.raises(S.SealError, match="not 32 bytes"):
        S.check_public_key("acsa-x25519:AAAA")
    with pytest.raises(S.SealError, match="needs a passphrase or at least one recipient"):
        S.seal_bytes(b"x")


def test_a_refused_file_leaves_nothing_behind(small_chunks, tmp_path):
    plain = tmp_path / "plain.bin"
    plain.write_bytes(os.urandom(4000))
    target = tmp_path / "out" / "x.sealed"
    target.parent.mkdir()
    S.seal_file(plain, target, passphrase=PASS)
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert sorted(p.name for p in target.parent.iterdir()) == ["x.sealed"]
    out = tmp_path / "opened.bin"
    with pytest.raises(S.SealError):
        S.open_file(target, out, passphrase="wrong passphrase!!")
    assert not out.exists() and not list(tmp_path.glob("*.partial"))
    S.open_file(target, out, passphrase=PASS)
    assert out.read_bytes() == plain.read_bytes()

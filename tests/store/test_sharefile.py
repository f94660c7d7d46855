"""The .hjshare envelope: real AES-256-GCM under a key from the code, strict reading."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hj_journal.store import recovery, sharefile
from hj_journal.store.sharefile import (
    HEADER_BYTES,
    MAGIC,
    ShareCodeError,
    ShareCodeFormatError,
    ShareFileError,
)

CONTENT = b'{"a summary":"SHARED-words-in-the-clear"}'


def test_a_code_is_100_random_bits_in_the_recovery_alphabet_grouped_in_fours() -> None:
    code = sharefile.new_code()
    assert re.fullmatch(r"([0-9A-Z]{4}-){5}[0-9A-Z]{2}", code), code
    plain = code.replace("-", "")
    assert set(plain) <= set(recovery.ALPHABET)
    assert sharefile.CODE_BITS == 100 and len(plain) == sharefile.CODE_CHARS == 22
    assert len({sharefile.new_code() for _ in range(50)}) == 50
    assert sharefile.code_groups(code) == code.split("-")


def test_a_code_is_typed_the_way_a_recovery_key_is() -> None:
    code = sharefile.new_code()
    data = sharefile.canonical_code(code)
    loose = " ".join(code.lower().split("-")).replace("0", "o").replace("1", "l")
    assert sharefile.canonical_code(loose) == data
    assert sharefile.canonical_code(f"  {code.replace('-', '_')}\n") == data


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("", "Type the code"),
        ("UUUU-0000-0000-0000-0000-00", "cannot contain: U"),
        ("0000-0000", "should have 22 characters; this one has 8"),
    ],
)
def test_a_mistyped_code_says_what_is_wrong(typed: str, words: str) -> None:
    with pytest.raises(ShareCodeFormatError, match=words):
        sharefile.canonical_code(typed)


def test_a_typo_is_caught_by_the_checksum_before_any_decryption() -> None:
    code = sharefile.new_code()
    first = code[0]
    typo = ("1" if first != "1" else "2") + code[1:]
    with pytest.raises(ShareCodeFormatError, match="typo"):
        sharefile.canonical_code(typo)
    # A recovery key's checksum is not a code's: a code is never checked as one.
    assert sharefile._checksum("0" * 20) != recovery._checksum("0" * 20)


def test_a_round_trip_opens_the_content_and_the_file_holds_nothing_in_the_clear() -> None:
    code = sharefile.new_code()
    data = sharefile.seal(CONTENT, code)
    assert data.startswith(MAGIC + bytes([sharefile.VERSION]))
    assert len(data) == HEADER_BYTES + len(CONTENT) + sharefile.TAG_BYTES
    assert b"SHARED-words" not in data
    share_id, opened = sharefile.open_sealed(data, code)
    assert opened == CONTENT
    assert share_id == data[9:25].hex() == sharefile.share_id_of(data)
    # Each file has its own random id, so its own key and nonce.
    again = sharefile.seal(CONTENT, code)
    assert again[9:25] != data[9:25] and again[25:] != data[25:]


def test_the_key_comes_from_hkdf_over_the_code_with_the_id_as_salt() -> None:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    code = sharefile.new_code()
    share_id = bytes(range(16))
    data = sharefile.seal(CONTENT, code, share_id=share_id)
    okm = HKDF(
        algorithm=hashes.SHA256(), length=44, salt=share_id, info=b"hj-journal share v1"
    ).derive(sharefile.canonical_code(code).encode("ascii"))
    header = data[:HEADER_BYTES]
    assert AESGCM(okm[:32]).decrypt(okm[32:], data[HEADER_BYTES:], header) == CONTENT


def test_a_wrong_code_does_not_open_the_file() -> None:
    data = sharefile.seal(CONTENT, sharefile.new_code())
    with pytest.raises(ShareCodeError, match="does not open") as caught:
        sharefile.open_sealed(data, sharefile.new_code())
    assert not isinstance(caught.value, ShareCodeFormatError)


@pytest.mark.parametrize("where", [0, 8, 9, 20, 24, 25, 40, -1])
def test_any_flipped_byte_is_refused(where: int) -> None:
    code = sharefile.new_code()
    data = bytearray(sharefile.seal(CONTENT, code))
    data[where] ^= 0x01
    with pytest.raises(ShareFileError):
        sharefile.open_sealed(bytes(data), code)


@pytest.mark.parametrize("keep", [0, 3, 8, 9, 24, 25, 40, -1])
def test_a_file_cut_short_anywhere_is_refused(keep: int) -> None:
    code = sharefile.new_code()
    data = sharefile.seal(CONTENT, code)
    cut = data[:keep]
    with pytest.raises(ShareFileError) as caught:
        sharefile.open_sealed(cut, code)
    if not cut:
        assert str(caught.value) == sharefile.EMPTY
    elif len(cut) < HEADER_BYTES + sharefile.TAG_BYTES:
        assert str(caught.value) == sharefile.CUT_SHORT
    else:  # AES-GCM cannot tell a cut from a wrong code: the sentence says both
        assert isinstance(caught.value, ShareCodeError)


def test_other_files_and_versions_are_named_for_what_they_are() -> None:
    code = sharefile.new_code()
    data = sharefile.seal(CONTENT, code)
    for other in (
        b"%PDF-1.7\n" + bytes(100),
        b'{"format": "hj-journal"}',
        b"HJSHARX\x00" + data[8:],
    ):
        with pytest.raises(ShareFileError, match="not a summary shared"):
            sharefile.open_sealed(other, code)
    newer = data[:8] + bytes([sharefile.VERSION + 1]) + data[9:]
    with pytest.raises(ShareFileError, match="newer version"):
        sharefile.open_sealed(newer, code)


def test_reading_is_bounded(tmp_path: Path) -> None:
    big = tmp_path / "big.hjshare"
    with open(big, "wb") as handle:
        handle.truncate(sharefile.MAX_FILE_BYTES + 1)
    with pytest.raises(ShareFileError, match="far larger"):
        sharefile.read_share_file(big)
    with pytest.raises(ShareFileError, match="folder"):
        sharefile.read_share_file(tmp_path)
    with pytest.raises(ShareFileError, match="no file"):
        sharefile.read_share_file(tmp_path / "gone.hjshare")
    with pytest.raises(ShareFileError, match="too long"):
        sharefile.seal(bytes(sharefile.MAX_FILE_BYTES), sharefile.new_code())

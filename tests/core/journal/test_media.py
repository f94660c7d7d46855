"""Media kinds and metadata removal: canaries gone, pictures still readable, others untouched."""

from __future__ import annotations

import pytest

from hj_journal.core.journal import media
from tests.core.journal.sample_files import (
    encoded,
    jpeg_with_exif,
    png_with_text,
    readable,
    webp_with_exif,
)

CANARY = "CameraCanary7Q"


@pytest.mark.parametrize(
    ("data", "name", "kind"),
    [
        (b"\xff\xd8\xff\xe0rest", "x", "image/jpeg"),
        (b"\x89PNG\r\n\x1a\nrest", "x", "image/png"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "x", "image/webp"),
        (b"RIFF\x00\x00\x00\x00WAVEfmt ", "x", "audio/wav"),
        (b"\x00\x00\x00\x18ftypheic", "x", "image/heic"),
        (b"\x00\x00\x00\x18ftypM4A ", "x", "audio/mp4"),
        (b"ID3\x04rest", "x", "audio/mpeg"),
        (b"OggS", "x", "audio/ogg"),
        (b"%PDF-1.7", "x", "application/pdf"),
        (b"plain words", "notes.txt", "text/plain"),
        (b"\x00\x01\x02", "mystery", "application/octet-stream"),
    ],
)
def test_the_kind_comes_from_the_bytes_then_the_name(data: bytes, name: str, kind: str) -> None:
    assert media.sniff(data, name) == kind


def test_jpeg_loses_exif_xmp_and_comments_but_keeps_its_orientation() -> None:
    original = jpeg_with_exif(CANARY, orientation=6)
    assert CANARY.encode() in original and readable(original)
    result = media.strip_metadata(original, "image/jpeg")
    assert CANARY.encode() not in result.data
    assert readable(result.data)
    assert "Exif (camera, time and location)" in result.removed
    assert "XMP" in result.removed and "comments" in result.removed
    # The minimal Exif kept says "rotate 90°" (6) and nothing else.
    assert media._exif_orientation(result.data[result.data.index(b"Exif") + 6 :]) == 6


def test_jpeg_without_orientation_keeps_no_exif_at_all() -> None:
    result = media.strip_metadata(jpeg_with_exif(CANARY, orientation=1), "image/jpeg")
    assert b"Exif" not in result.data and readable(result.data)


def test_png_loses_its_text_and_exif_chunks() -> None:
    original = png_with_text(CANARY)
    assert CANARY.encode() in original and readable(original)
    result = media.strip_metadata(original, "image/png")
    assert CANARY.encode() not in result.data
    assert readable(result.data)
    assert result.removed


def test_webp_loses_its_exif_and_xmp_chunks_and_flags() -> None:
    original = webp_with_exif(CANARY)
    assert CANARY.encode() in original and readable(original)
    result = media.strip_metadata(original, "image/webp")
    assert CANARY.encode() not in result.data
    assert readable(result.data)
    assert set(result.removed) == {"Exif (camera, time and location)", "XMP"}
    assert result.data[20] & 0x0C == 0  # VP8X says there is no EXIF or XMP any more


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_an_image_without_metadata_is_kept_byte_for_byte(fmt: str) -> None:
    plain = encoded(fmt)
    kind = media.sniff(plain)
    result = media.strip_metadata(plain, kind)
    assert result.data == plain and result.removed == ()


@pytest.mark.parametrize("kind", ["image/jpeg", "image/png", "image/webp", "image/heic"])
def test_a_damaged_or_unknown_file_is_kept_as_it_came(kind: str) -> None:
    for data in (
        b"",
        b"\xff\xd8\xff\xe1\xff\xff",
        b"\x89PNG\r\n\x1a\n\x00\x00\xff\xffIHDR",
        b"RIFF\xff\xff\xff\xffWEBPEXIF\xff\xff\xff\xff",
        jpeg_with_exif(CANARY)[:40],
    ):
        assert media.strip_metadata(data, kind).data == data

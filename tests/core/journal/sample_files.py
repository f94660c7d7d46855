"""Small image files for the attachment tests, made in memory with Qt, with metadata added.

Each carries a canary in its metadata (the camera's make, a text chunk, an Exif chunk)
so a test can show it is gone after import, and that the picture still reads.
"""

from __future__ import annotations

import struct
import zlib

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage


def encoded(fmt: str, width: int = 12, height: int = 8) -> bytes:
    """A small image in ``fmt`` ("JPEG", "PNG", "WEBP") as Qt writes it."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(40, 120, 90))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt)
    return bytes(data.data())


def readable(data: bytes) -> bool:
    """True if Qt reads ``data`` as an image."""
    return not QImage.fromData(data).isNull()


def _exif(canary: str, orientation: int) -> bytes:
    make = canary.encode() + b"\x00"
    entries = 2
    ifd_end = 8 + 2 + 12 * entries + 4
    tiff = b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", entries)
    tiff += struct.pack("<HHII", 0x010F, 2, len(make), ifd_end)  # Make, at the end
    tiff += struct.pack("<HHIHH", 0x0112, 3, 1, orientation, 0)  # Orientation
    tiff += struct.pack("<I", 0) + make
    return b"Exif\x00\x00" + tiff


def jpeg_with_exif(canary: str, orientation: int = 6) -> bytes:
    """A JPEG with an Exif APP1 (make = canary, orientation), an XMP APP1 and a comment."""
    plain = encoded("JPEG")
    exif = _exif(canary, orientation)
    xmp = b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta>" + canary.encode() + b"</x:xmpmeta>"
    segments = b""
    for marker, body in ((0xE1, exif), (0xE1, xmp), (0xFE, canary.encode())):
        segments += bytes([0xFF, marker]) + struct.pack(">H", len(body) + 2) + body
    return plain[:2] + segments + plain[2:]


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_with_text(canary: str) -> bytes:
    """A PNG with tEXt, iTXt and eXIf chunks holding the canary."""
    plain = encoded("PNG")
    extra = _png_chunk(b"tEXt", b"Comment\x00" + canary.encode())
    extra += _png_chunk(b"iTXt", b"XML:com.adobe.xmp\x00\x00\x00\x00\x00" + canary.encode())
    extra += _png_chunk(b"eXIf", _exif(canary, 1)[6:])
    iend = plain.rindex(b"IEND") - 4
    return plain[:iend] + extra + plain[iend:]


def webp_with_exif(canary: str) -> bytes:
    """An extended (VP8X) WebP with EXIF and XMP chunks holding the canary."""
    plain = encoded("WEBP")
    assert plain[:4] == b"RIFF" and plain[8:12] == b"WEBP"
    image_chunks = plain[12:]
    width, height = 12, 8
    flags = 0x08 | 0x04
    vp8x = b"VP8X" + struct.pack("<I", 10) + bytes([flags, 0, 0, 0])
    vp8x += (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")

    def chunk(kind: bytes, body: bytes) -> bytes:
        return kind + struct.pack("<I", len(body)) + body + (b"\x00" if len(body) & 1 else b"")

    body = b"WEBP" + vp8x + image_chunks
    body += chunk(b"EXIF", _exif(canary, 1)[6:]) + chunk(b"XMP ", canary.encode())
    return b"RIFF" + struct.pack("<I", len(body)) + body

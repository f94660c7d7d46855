"""What kind of file a file is, and taking location and camera details out of images.

Everything here works on bytes in memory: nothing is written to disk, and nothing needs
a library beyond the standard one (re-encoding through Qt is for the desktop app only,
and would change every pixel). The containers are parsed and copied without the parts
that describe the photo rather than show it:

* JPEG: the APP1 segments (Exif: camera, lens, time, GPS location; XMP) and APP13
  (Photoshop IPTC: captions, places, names) are left out; so are comments (COM). The
  photo's orientation is kept in a minimal Exif of its own, so a photo taken on its side
  still shows the right way up.
* PNG: the ``eXIf`` chunk and the text chunks ``tEXt``, ``iTXt`` and ``zTXt`` (which
  carry XMP and free text) are left out.
* WebP: the ``EXIF`` and ``XMP `` chunks are left out and the header's flags cleared.

Other files (HEIC among them) are kept exactly as they are; :func:`strip_metadata` says
so by returning nothing removed. A file that does not parse as its kind is kept as it is
too: removing metadata never damages a file.
"""

from __future__ import annotations

import mimetypes
import struct
from dataclasses import dataclass

from hj_journal.core.common.i18n import QT_TRANSLATE_NOOP, translate

OCTET_STREAM = "application/octet-stream"

#: Image kinds the app shows itself (Qt reads them without extra plugins).
SHOWN_IMAGES = frozenset({"image/jpeg", "image/png", "image/webp", "image/gif", "image/bmp"})
#: What metadata removal handles.
STRIPPED_IMAGES = frozenset({"image/jpeg", "image/png", "image/webp"})


def sniff(data: bytes, name: str = "") -> str:
    """The media type of a file, from its first bytes, else from its name's ending."""
    head = data[:32]
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio/wav"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if head[:2] == b"BM":
        return "image/bmp"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"heic", b"heix", b"mif1", b"msf1", b"heim", b"heis"):
            return "image/heic"
        if brand in (b"M4A ", b"M4B "):
            return "audio/mp4"
        return "video/mp4"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"OggS"):
        return "audio/ogg"
    if head.startswith(b"fLaC"):
        return "audio/flac"
    if head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "audio/mpeg"
    guessed, _encoding = mimetypes.guess_type(name, strict=False)
    return guessed or OCTET_STREAM


def is_image(media_type: str) -> bool:
    """True for an image kind the app can show (in the strip and in Preview)."""
    return media_type in SHOWN_IMAGES or media_type == "image/heic"


def is_audio(media_type: str) -> bool:
    """True for a sound recording."""
    return media_type.startswith("audio/")


@dataclass(frozen=True)
class Stripped:
    """A file after metadata removal and what was taken out (empty: nothing)."""

    data: bytes
    removed: tuple[str, ...] = ()


def strip_metadata(data: bytes, media_type: str) -> Stripped:
    """``data`` without location, camera and text details, for JPEG, PNG and WebP."""
    try:
        if media_type == "image/jpeg":
            return _strip_jpeg(data)
        if media_type == "image/png":
            return _strip_png(data)
        if media_type == "image/webp":
            return _strip_webp(data)
    except (ValueError, struct.error, IndexError):
        pass  # not what it says it is: kept exactly as it came
    return Stripped(data)


# ---------------------------------------------------------------------- JPEG

_APP1, _APP13, _COM, _SOS, _EOI = 0xE1, 0xED, 0xFE, 0xDA, 0xD9
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})  # TEM and RSTn have no length


def _strip_jpeg(data: bytes) -> Stripped:
    if not data.startswith(b"\xff\xd8"):
        raise ValueError("no SOI")
    out = bytearray(b"\xff\xd8")
    removed: set[str] = set()
    orientation: int | None = None
    position = 2
    while True:
        if data[position] != 0xFF:
            raise ValueError("not a marker")
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker in _STANDALONE:
            out += data[position : position + 2]
            position += 2
            continue
        if marker == _EOI:
            out += data[position:]
            break
        (length,) = struct.unpack(">H", data[position + 2 : position + 4])
        end = position + 2 + length
        if length < 2 or end > len(data):
            raise ValueError("segment runs past the end")
        segment = data[position:end]
        body = segment[4:]
        if marker == _APP1 and body.startswith(b"Exif\x00\x00"):
            removed.add(translate("JournalMedia", "Exif (camera, time and location)"))
            orientation = orientation or _exif_orientation(body[6:])
        elif marker == _APP1:
            removed.add(translate("JournalMedia", "XMP"))
        elif marker == _APP13:
            removed.add(translate("JournalMedia", "IPTC (captions, places and names)"))
        elif marker == _COM:
            removed.add(translate("JournalMedia", "comments"))
        else:
            if marker == _SOS:  # the picture itself follows: copy the rest as it is
                if orientation not in (None, 1):
                    out += _orientation_exif(orientation)
                out += data[position:]
                break
            out += segment
        position = end
    if not removed:
        return Stripped(data)
    return Stripped(bytes(out), tuple(sorted(removed)))


def _exif_orientation(tiff: bytes) -> int | None:
    """The Orientation tag (0x0112) of the first image directory, if there is one."""
    order = {b"II": "<", b"MM": ">"}.get(tiff[:2])
    if order is None:
        return None
    (first,) = struct.unpack(order + "I", tiff[4:8])
    (count,) = struct.unpack(order + "H", tiff[first : first + 2])
    for index in range(count):
        at = first + 2 + 12 * index
        tag, kind = struct.unpack(order + "HH", tiff[at : at + 4])
        if tag == 0x0112 and kind == 3:
            (value,) = struct.unpack(order + "H", tiff[at + 8 : at + 10])
            return value if 1 <= value <= 8 else None
    return None


def _orientation_exif(orientation: int) -> bytes:
    """An APP1 Exif segment that holds the orientation and nothing else."""
    tiff = b"MM\x00\x2a" + struct.pack(">I", 8)
    tiff += struct.pack(">H", 1) + struct.pack(">HHIHH", 0x0112, 3, 1, orientation, 0)
    tiff += struct.pack(">I", 0)  # no next directory
    body = b"Exif\x00\x00" + tiff
    return b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body


# ---------------------------------------------------------------------- PNG

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_DROPPED = {
    b"eXIf": QT_TRANSLATE_NOOP("JournalMedia", "Exif (camera, time and location)"),
    b"tEXt": QT_TRANSLATE_NOOP("JournalMedia", "text details"),
    b"iTXt": QT_TRANSLATE_NOOP("JournalMedia", "text details (XMP)"),
    b"zTXt": QT_TRANSLATE_NOOP("JournalMedia", "text details"),
}


def _strip_png(data: bytes) -> Stripped:
    if not data.startswith(_PNG_SIGNATURE):
        raise ValueError("no signature")
    out = bytearray(_PNG_SIGNATURE)
    removed: set[str] = set()
    position = len(_PNG_SIGNATURE)
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        end = position + 12 + length  # length, type, data, CRC
        if end > len(data):
            raise ValueError("chunk runs past the end")
        if kind in _PNG_DROPPED:
            removed.add(translate("JournalMedia", _PNG_DROPPED[kind]))
        else:
            out += data[position:end]
        position = end
        if kind == b"IEND":
            break
    if not removed:
        return Stripped(data)
    return Stripped(bytes(out), tuple(sorted(removed)))


# ---------------------------------------------------------------------- WebP

_WEBP_DROPPED = {
    b"EXIF": QT_TRANSLATE_NOOP("JournalMedia", "Exif (camera, time and location)"),
    b"XMP ": QT_TRANSLATE_NOOP("JournalMedia", "XMP"),
}
_VP8X_EXIF, _VP8X_XMP = 0x08, 0x04


def _strip_webp(data: bytes) -> Stripped:
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise ValueError("not WebP")
    (riff_size,) = struct.unpack("<I", data[4:8])
    end_of_file = min(len(data), 8 + riff_size)
    chunks = bytearray()
    removed: set[str] = set()
    position = 12
    while position + 8 <= end_of_file:
        kind = data[position : position + 4]
        (length,) = struct.unpack("<I", data[position + 4 : position + 8])
        end = position + 8 + length + (length & 1)  # chunks are padded to even lengths
        if end > end_of_file:
            raise ValueError("chunk runs past the end")
        chunk = bytearray(data[position:end])
        if kind in _WEBP_DROPPED:
            removed.add(translate("JournalMedia", _WEBP_DROPPED[kind]))
        else:
            if kind == b"VP8X":
                chunk[8] &= ~(_VP8X_EXIF | _VP8X_XMP) & 0xFF
            chunks += chunk
        position = end
    if not removed:
        return Stripped(data)
    body = b"WEBP" + bytes(chunks)
    return Stripped(b"RIFF" + struct.pack("<I", len(body)) + body, tuple(sorted(removed)))

"""Recognise binary input by magic numbers, NUL bytes and control characters."""
from __future__ import annotations

import io
import re
import zipfile

MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\x7fELF", "executable (ELF)"),
    (b"\xfe\xed\xfa\xce", "executable (Mach-O)"),
    (b"\xfe\xed\xfa\xcf", "executable (Mach-O)"),
    (b"\xcf\xfa\xed\xfe", "executable (Mach-O)"),
    (b"\xca\xfe\xba\xbe", "Java class or Mach-O binary"),
    (b"\x00asm", "WebAssembly module"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh9", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office file (.doc/.xls); save it as .docx"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"ID3", "MP3 audio"),
    (b"OggS", "Ogg audio"),
    (b"fLaC", "FLAC audio"),
    (b"%!PS", "PostScript file"),
)
RIFF_KINDS = {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
PDF_MAGIC = b"%PDF-"
PDF_MAGIC_WINDOW = 1024  # the PDF spec allows junk before the header
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
CONTROL_SHARE = 0.05
MZ_MIN_NULS = 4


def binary_kind(data: bytes) -> str | None:
    """Name the kind of a known binary file (image, archive, executable), or None."""
    for magic, kind in MAGIC:
        if data.startswith(magic):
            return kind
    if data.startswith(b"RIFF") and data[8:12] in RIFF_KINDS:
        return RIFF_KINDS[data[8:12]]
    if data[4:8] == b"ftyp":
        return "MP4/QuickTime media"
    if data.startswith(b"MZ") and data[:256].count(0) >= MZ_MIN_NULS:
        return "executable (Windows)"
    return None


def is_pdf(data: bytes) -> bool:
    return PDF_MAGIC in data[:PDF_MAGIC_WINDOW]


def is_zip(data: bytes) -> bool:
    return data.startswith(ZIP_MAGIC)


def zip_is_docx(data: bytes) -> bool | None:
    """True for a docx package, False for another zip, None for a corrupt zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return None


def control_problem(text: str) -> str | None:
    """Describe why decoded ``text`` looks binary (NULs, many control characters), or None."""
    if "\x00" in text:
        return "contains NUL bytes"
    if not text:
        return None
    controls = len(CONTROL.findall(text))
    if controls and controls / len(text) > CONTROL_SHARE:
        return f"{controls} control characters in {len(text)}"
    return None

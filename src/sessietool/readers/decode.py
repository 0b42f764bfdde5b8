"""Turn raw bytes into text: BOMs, UTF-16 without BOM, cp1252, and repaired mojibake."""
from __future__ import annotations

import codecs
import re

from ..errors import DecodeFailed

BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)
# UTF-8 read as cp1252/latin-1: "Ã©" for é, "â€™" for ’, "Â " for a no-break space.
MOJIBAKE = re.compile(
    "Ã[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]"
    "|â€[\u0080-\u00bf\u0153\u0161\u017e\u2018-\u2122]|Â[\u00a0-\u00bf]"
)
NEWLINES = re.compile(r"\r\n?")
UTF16_NUL_SHARE = 0.3  # share of NULs at odd (LE) or even (BE) byte positions


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding_name)`` with newlines normalised to ``\\n``."""
    text, name = _decode(data)
    if name.startswith("utf-8") and MOJIBAKE.search(text):
        import ftfy  # slow to import; only needed for mojibake

        repaired = ftfy.fix_encoding(text)
        if repaired != text and repaired.count("\n") == text.count("\n"):
            text, name = repaired, f"{name} (mojibake repaired)"
    return NEWLINES.sub("\n", text), name


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when the NUL pattern says so, else None."""
    if len(data) < 2 or b"\x00" not in data:
        return None
    even, odd = data[0::2], data[1::2]
    even_nuls, odd_nuls = even.count(0) / len(even), odd.count(0) / max(len(odd), 1)
    if odd_nuls >= UTF16_NUL_SHARE and even_nuls < odd_nuls / 4:
        return "utf-16-le"
    if even_nuls >= UTF16_NUL_SHARE and odd_nuls < even_nuls / 4:
        return "utf-16-be"
    return None


def _decode(data: bytes) -> tuple[str, str]:
    for bom, codec, name in BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom):], codec, name)
    utf16 = utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, utf16)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _strict(data: bytes, codec: str, name: str) -> tuple[str, str]:
    try:
        return data.decode(codec), name
    except UnicodeDecodeError as exc:
        raise DecodeFailed(detail=f"invalid {name} at byte {exc.start}") from None

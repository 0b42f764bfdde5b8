"""Helpers shared by the reader tests: a minimal PDF writer (no extra dependencies)."""
from __future__ import annotations

import io


def _pdf_string(text: str) -> str:
    out = []
    for byte in text.encode("cp1252"):
        char = chr(byte)
        if char in "()\\":
            out.append("\\" + char)
        elif 32 <= byte < 127:
            out.append(char)
        else:
            out.append(f"\\{byte:03o}")
    return "(" + "".join(out) + ")"


def build_pdf(pages: list[list[str]]) -> bytes:
    """A minimal valid PDF whose pages show the given lines in Helvetica."""
    contents = []
    for lines in pages:
        ops = ["BT", "/F1 11 Tf", "14 TL", "72 760 Td"]
        ops += [f"{_pdf_string(line)} Tj T*" for line in lines]
        contents.append([*ops, "ET"] if lines else [])
    return _document(contents)


Placed = tuple[float, float, str]  # x, y (from the bottom), text
Box = tuple[float, float, float, float]  # x, y, width, height


def build_placed_pdf(pages: list[list[Placed]], boxes: list[list[Box]] | None = None) -> bytes:
    """A PDF whose pages show each text at its own position (10 pt Helvetica), and draw the
    given rectangles (table borders) on the page, as word processors write tables."""
    out: list[list[str]] = []
    for number, items in enumerate(pages):
        page_boxes = boxes[number] if boxes and number < len(boxes) else []
        ops = [f"{x} {y} {w} {h} re f" for x, y, w, h in page_boxes]
        for x, y, text in items:
            ops.append(f"BT /F1 10 Tf {x} {y} Td {_pdf_string(text)} Tj ET")
        out.append(ops)
    return _document(out)


def _document(contents: list[list[str]]) -> bytes:
    page_ids = []
    font_id = 3
    next_id = 4
    bodies: dict[int, bytes] = {}
    for ops in contents:
        page_id, content_id = next_id, next_id + 1
        next_id += 2
        page_ids.append(page_id)
        stream = "\n".join(ops).encode("latin-1")
        bodies[page_id] = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> /Contents {content_id} 0 R >>"
        ).encode()
        bodies[content_id] = (
            f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream"
        )
    kids = " ".join(f"{i} 0 R" for i in page_ids)
    bodies[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    bodies[2] = f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode()
    bodies[font_id] = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(bodies):
        offsets[number] = out.tell()
        out.write(f"{number} 0 obj\n".encode() + bodies[number] + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(bodies) + 1}\n0000000000 65535 f \n".encode())
    for number in sorted(bodies):
        out.write(f"{offsets[number]:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(bodies) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()

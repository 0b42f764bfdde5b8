"""Clock readings in transcripts and subtitles: ``0:03``, ``00:03:12``, ``0:0:5.320``."""
from __future__ import annotations

import re

CLOCK = re.compile(
    r"^\[?(?:(?P<h>\d{1,4}):)?(?P<m>\d{1,2}):(?P<s>\d{1,2})(?:[.,](?P<ms>\d{1,3}))?\]?$"
)


def parse_clock(value: str) -> float | None:
    """Seconds of ``[H:]M:SS[.mmm]`` (fields may be unpadded), or None when it is not a clock."""
    match = CLOCK.match(value.strip())
    if not match:
        return None
    minutes, seconds = int(match["m"]), int(match["s"])
    if seconds >= 60 or (match["h"] and minutes >= 60):
        return None
    millis = int((match["ms"] or "0").ljust(3, "0"))
    return int(match["h"] or 0) * 3600 + minutes * 60 + seconds + millis / 1000

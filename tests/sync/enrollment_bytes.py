"""An enrollment file taken apart from its bytes, as someone holding the stick would: the magic,
then four frames (an 8-byte big-endian length, then that many bytes): the header (JSON), the key
file payload, the sealed file key and the sealed replica. Written from the file format, not from
core's own reader, so tests that rearrange a file don't trust the code they attack."""

from __future__ import annotations

import json
import struct
from pathlib import Path
from typing import Any

MAGICS = (b"SHOPENROLL3\n", b"SHOPENROLL2\n")


def take_apart(path: Path) -> tuple[dict[str, Any], list[bytes]]:
    """(the header read, [header bytes, key file payload, sealed file key, sealed replica])."""
    data = path.read_bytes()
    magic = next(m for m in MAGICS if data.startswith(m))
    at, frames = len(magic), []
    for _ in range(4):
        (length,) = struct.unpack_from(">Q", data, at)
        at += 8
        frames.append(data[at : at + length])
        at += length
    assert at == len(data), "bytes after the last frame"
    return json.loads(frames[0]), frames

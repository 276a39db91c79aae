"""Cutting columns out of a changeset: the street copy of a client is its alias and code, not its phone.

APSW can drop whole changes from a changeset but not change a value inside one, so this reads and
writes SQLite's changeset format itself (sqlite3session.c, "changeset format"):

    table:  'T' | columns (varint) | one primary-key byte per column | name NUL | changes...
    change: op (INSERT 18, UPDATE 23, DELETE 9) | indirect | old record (UPDATE, DELETE) | new (UPDATE, INSERT)
    value:  type | 0 undefined, 1 integer (8 bytes), 2 real (8 bytes), 3 text and 4 blob (varint length
            | bytes), 5 NULL

A dropped column becomes its blank (NULL, or the default of a NOT NULL column) in an INSERT or a
DELETE, and undefined in both halves of an UPDATE, which then leaves that column alone wherever it
is applied: the centre keeps its phone when the laptop's alias edit arrives. An UPDATE left with
nothing but bookkeeping changed is dropped whole. The table header is copied as it came, so the
primary key's order survives.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

INSERT, UPDATE, DELETE = 18, 23, 9
UNDEFINED, INTEGER, REAL, TEXT, BLOB, NULL = 0, 1, 2, 3, 4, 5


@dataclass(frozen=True)
class Trim:
    """A table a profile carries only some columns of."""

    order: tuple[str, ...]  # the table's columns in the schema's order (tests/sync check it)
    kept: frozenset[str]  # everything else stays behind, including columns a later migration adds
    blanks: Mapping[str, bytes] = field(default_factory=dict)  # encoded value for a NOT NULL column
    bookkeeping: frozenset[str] = frozenset({"updated_at"})  # alone, not worth an UPDATE

    def dropped(self, position: int) -> bool:
        return position >= len(self.order) or self.order[position] not in self.kept

    def blank(self, position: int) -> bytes:
        name = self.order[position] if position < len(self.order) else ""
        return self.blanks.get(name, bytes([NULL]))


def integer(value: int) -> bytes:
    return bytes([INTEGER]) + struct.pack(">q", value)


def empty_text() -> bytes:
    return bytes([TEXT, 0])  # a text value of length 0


def literal(encoded: bytes) -> str:
    """A blank as SQL, for blanking a replica in place (enrollment.py): an integer, '' or NULL."""
    if encoded[:1] == bytes([INTEGER]):
        return str(struct.unpack(">q", encoded[1:9])[0])
    return "''" if encoded == empty_text() else "NULL"


def _varint(raw: bytes, at: int) -> tuple[int, int]:
    """SQLite's varint: up to 8 bytes of 7 bits (high bit: more follows), a 9th of 8 bits."""
    value = 0
    for i in range(9):
        byte = raw[at + i]
        if i == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, at + i + 1
    raise ValueError("varint")  # unreachable


def _value(raw: bytes, at: int) -> tuple[bytes, int]:
    """One value's bytes as they stand in the changeset, and where the next begins."""
    kind = raw[at]
    if kind in (UNDEFINED, NULL):
        return raw[at : at + 1], at + 1
    if kind in (INTEGER, REAL):
        return raw[at : at + 9], at + 9
    if kind in (TEXT, BLOB):
        length, start = _varint(raw, at + 1)
        if start + length > len(raw):
            raise ValueError("a value runs past the end of the changeset")
        return raw[at : start + length], start + length
    raise ValueError(f"unknown value type {kind}")


def _record(raw: bytes, at: int, count: int) -> tuple[list[bytes], int]:
    values = []
    for _ in range(count):
        value, at = _value(raw, at)
        values.append(value)
    return values, at


def _table_header(raw: bytes, at: int) -> tuple[str, int, bytes, int]:
    """(name, columns, primary-key bytes, where the changes begin); `at` is on the 'T'."""
    if raw[at : at + 1] != b"T":
        raise ValueError("not a changeset (a patchset, or damaged)")
    count, keys_at = _varint(raw, at + 1)
    name_end = raw.index(b"\x00", keys_at + count)
    return raw[keys_at + count : name_end].decode(), count, raw[keys_at : keys_at + count], name_end + 1


def _trim_change(op: int, old: list[bytes], new: list[bytes], keys: bytes, trim: Trim) -> bool:
    """Blank or undefine the dropped columns in place; False when nothing worth sending is left."""
    for i in range(len(old or new)):
        if not trim.dropped(i) or keys[i]:
            continue
        if op == UPDATE:
            old[i] = new[i] = bytes([UNDEFINED])
        else:
            for record in (old, new):
                if record:
                    record[i] = trim.blank(i)
    if op != UPDATE:
        return True
    worth = [
        i for i, v in enumerate(new) if v[0] != UNDEFINED and not keys[i] and trim.order[i] not in trim.bookkeeping
    ]
    return bool(worth)


def cut(changeset: bytes, carries: Callable[[str], bool], trims: Mapping[str, Trim]) -> bytes:
    """`changeset` with only the tables `carries` says yes to, and in `trims`' tables only the kept columns."""
    try:
        return _cut(changeset, carries, trims)
    except (IndexError, UnicodeDecodeError) as error:
        raise ValueError("the changeset is damaged") from error


def _cut(raw: bytes, carries: Callable[[str], bool], trims: Mapping[str, Trim]) -> bytes:
    out, at = bytearray(), 0
    while at < len(raw):
        header_at = at
        name, count, keys, at = _table_header(raw, at)
        header, body = raw[header_at:at], bytearray()
        trim = trims.get(name)
        while at < len(raw) and raw[at : at + 1] != b"T":
            op, indirect = raw[at], raw[at + 1]
            at += 2
            old, at = _record(raw, at, count) if op in (UPDATE, DELETE) else ([], at)
            new, at = _record(raw, at, count) if op in (UPDATE, INSERT) else ([], at)
            if op not in (INSERT, UPDATE, DELETE):
                raise ValueError(f"unknown change {op}")
            if trim is not None and not _trim_change(op, old, new, keys, trim):
                continue
            body += bytes([op, indirect]) + b"".join(old) + b"".join(new)
        if body and carries(name):
            out += header + body
    return bytes(out)

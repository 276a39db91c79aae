"""Applying another device's changeset: every change lands, and every clash is settled by a rule
that gives the same answer on both devices, then listed for review (SYNC.md "Merge rules").

- The same field of the same row changed on both: the later edit wins (the rows' `updated_at`;
  where a table has none, or the times are equal, the higher device number, so both sides agree).
  Fields only one side changed are kept from that side. The value not kept goes on the review list.
- Deleted on one device, edited on another: the edit wins. Here: the delete is not applied. There:
  the row comes back with the editor's next bundle (its base lost the row, so it is sent whole).
- Two check-ins for the same client on the same day: two visits with different ids; both kept.
- A unique clash (the same client code made on two devices): both kept; the row with the larger id
  (the later device's) gets "-<its device number>" on its code, the same rename on every device.
- A column the author's profile never holds (a laptop's client phone) is never written or compared:
  a laptop that lost its base sends its rows whole, blank there, and those blanks are not edits.
- A change this vault refuses (a signed note edited, a row whose parent is gone here): not applied
  and listed with its values, so nothing is lost.

Base (changes.py) follows what the vault took, never what it refused: a refused row in base would
go back to its author as a DELETE. An edit to a row deleted here leaves base as it was, so this
device's delete goes out with the old values, which the editor refuses (kept there, and sent whole).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import apsw

from shop_desktop.core.sync import ids, review
from shop_desktop.core.sync.changes import Key, Received, SyncConnection, apply_to_base, change_key, receiving
from shop_desktop.core.sync.profiles import left_at_the_centre, profile, profile_of_device
from shop_desktop.core.sync.review import Finding
from shop_desktop.core.text import search_key

OMIT, REPLACE = apsw.SQLITE_CHANGESET_OMIT, apsw.SQLITE_CHANGESET_REPLACE
NO_CHANGE = apsw.no_change
UPDATED = "updated_at"
# Columns that follow others and are never listed: the time of the last visit is the latest of
# both, the first visit the earliest, whoever edited the row last.
LATEST, EARLIEST = frozenset({"last_visit_at"}), frozenset({"first_visit"})
DERIVED = frozenset({UPDATED, "search_key"}) | LATEST | EARLIEST
THINGS = {
    "clients": "client",
    "visits": "check-in",
    "notes": "note",
    "referrals": "referral",
    "alerts": "alert",
    "outreach_shifts": "outreach shift",
    "suite_stays": "Safe Suite stay",
    "services": "service",
    "programs": "program",
    "agencies": "agency",
    "staff": "staff member",
}


@dataclass
class MergeResult:
    changes: int = 0  # rows the changeset carried
    listed: int = 0  # items put on the review list
    renamed: list[str] = field(default_factory=list)  # "clients.code KTP47 -> KTP47-2"
    base: Received = field(default_factory=Received)  # what base must know of this merge (changes.py)


@dataclass(frozen=True)
class _Table:
    name: str
    columns: tuple[str, ...]
    keys: tuple[int, ...]  # the primary key's columns
    updated: int | None  # updated_at's column
    unique: tuple[tuple[int, ...], ...]  # unique indexes other than the primary key
    # Columns the author's stream leaves out (a laptop's client phone): blanks there are not edits.
    unsent: frozenset[int] = frozenset()


def apply_changeset(
    conn: SyncConnection | apsw.Connection,
    changeset: bytes,
    author_device: int,
    *,
    profile_key: str | None = None,
    author_name: str | None = None,
    here_name: str = "here",
) -> MergeResult:
    """Apply `changeset` from `author_device` in one transaction (a savepoint inside the caller's).

    With a SyncConnection, base takes the changeset too. `profile_key` is this device's profile:
    tables it does not carry are never written, whatever a bundle holds."""
    sync, main = (conn, conn.main) if isinstance(conn, SyncConnection) else (None, conn)
    merger = _Merger(main, author_device, author_name or f"on device {author_device}", here_name)
    merger.without = (profile_of_device(main, author_device), profile_key or "")
    carried = profile(profile_key).carries if profile_key else (lambda _table: True)
    synced = set(ids.synced_tables(main))
    touched: set[str] = set()
    for change in apsw.Changeset.iter(changeset):
        touched.add(str(change.name))
        merger.arrived.add((str(change.name), change_key(change)))
        merger.result.changes += 1
    before = receiving(sync, changeset) if sync is not None else {}
    with main:
        apsw.Changeset.apply(changeset, main, filter=lambda t: t in synced and carried(t), conflict=merger.conflict)
        merger.finish(touched & synced)
    if sync is not None:
        apply_to_base(sync, changeset, carried, merger.result.base, before)
    return merger.result


class _Merger:
    def __init__(self, conn: apsw.Connection, author: int, author_name: str, here_name: str) -> None:
        self.conn, self.author, self.author_name, self.here_name = conn, author, author_name, here_name
        self.here = ids.this_device(conn)
        self.without: tuple[str, ...] = ()  # the author's profile and ours (columns either leaves out)
        self.tables: dict[str, _Table] = {}
        self.findings: list[Finding] = []
        self.later: list[Callable[[], None]] = []  # writes made once the changeset is in
        self.result = MergeResult()
        self.base = self.result.base
        self.arrived: set[tuple[str, Key]] = set()  # (table, key) of every change the changeset carries
        # Checking every key costs a scan of each table; needed when SQLite reported a broken one,
        # or when it could not (a connection without foreign keys enforced).
        self.key_trouble = conn.execute("PRAGMA foreign_keys").fetchall() != [(1,)]

    def conflict(self, reason: int, change: apsw.TableChange) -> int:
        if reason == apsw.SQLITE_CHANGESET_FOREIGN_KEY:
            self.key_trouble = True
            return OMIT  # the renamed rows go in afterwards; finish() checks every key then
        table = self.table(str(change.name))
        old = None if change.old is None else tuple(change.old)  # the change lives only during the call
        new = None if change.new is None else tuple(change.new)
        current = self.current(table, old if old is not None else new)
        if reason == apsw.SQLITE_CHANGESET_DATA:
            return self.changed_here(table, str(change.op), old, new, current)
        if reason == apsw.SQLITE_CHANGESET_NOTFOUND:
            return self.gone_here(table, str(change.op), old, new)
        if reason == apsw.SQLITE_CHANGESET_CONFLICT:
            return self.already_here(table, new, current)
        return self.refused(table, str(change.op), old, new)

    def changed_here(self, table: _Table, op: str, old: Any, new: Any, current: Any) -> int:
        """The row is here, but not as the author last saw it."""
        if op == "DELETE":
            self.note(
                review.DELETED_THERE,
                table,
                current,
                f"was deleted {self.author_name} and changed {self.here_name}; it is kept",
                _row(table, current),
                {},
            )
            return OMIT
        changed = [i for i, v in enumerate(new) if v is not NO_CHANGE]
        if all(_same(current[i], new[i]) for i in changed):
            return OMIT  # already here
        both = [
            i for i in changed if i != table.updated and not _same(current[i], old[i]) and not _same(current[i], new[i])
        ]
        theirs_win = self.theirs_later(table, new, current)
        if both:
            self.both_changed(table, current, both, new, theirs_win)
            self.keep_extremes(table, current, both, new)
        if theirs_win:
            return REPLACE
        only_theirs = [i for i in changed if i != table.updated and _same(current[i], old[i])]
        if only_theirs:
            self.later.append(lambda: self.write_fields(table, current, only_theirs, new))
        return OMIT

    def both_changed(self, table: _Table, current: Any, clashing: list[int], new: Any, theirs_win: bool) -> None:
        both = [i for i in clashing if table.columns[i] not in DERIVED]
        if not both:
            return  # only bookkeeping differs (a search key made from the fields): nothing to look at
        theirs = {table.columns[i]: new[i] for i in both}
        ours = {table.columns[i]: current[i] for i in both}
        fields = _words([table.columns[i] for i in both])
        self.findings.append(
            Finding(
                review.BOTH_CHANGED,
                table.name,
                _key_text(table, current),
                f"{fields} changed {self.author_name} and {self.here_name} ({_label(table, current)});"
                f" the later edit is kept",
                theirs if theirs_win else ours,
                ours if theirs_win else theirs,
            )
        )

    def keep_extremes(self, table: _Table, current: Any, both: list[int], new: Any) -> None:
        chosen = {}
        for i in both:
            pair = [v for v in (current[i], new[i]) if v is not None]
            if table.columns[i] in LATEST and pair:
                chosen[i] = max(pair)
            elif table.columns[i] in EARLIEST and pair:
                chosen[i] = min(pair)
        if chosen:
            self.later.append(lambda: self.write_fields(table, current, list(chosen), chosen))

    def gone_here(self, table: _Table, op: str, old: Any, new: Any) -> int:
        if op == "UPDATE":
            # Base keeps the row as it was (our delete, not yet sent, goes out as the delete of the
            # old values, which the editor refuses and answers with the row whole): the edit wins.
            self.base.add(self.base.left_out, table.name, _key(table, old))
            self.note(
                review.DELETED_HERE,
                table,
                old,
                f"was changed {self.author_name} but deleted"
                f" {self.here_name}; it comes back when that device next syncs",
                {},
                _row(table, new, skip_unchanged=True),
            )
        return OMIT  # a delete of a row already gone needs nothing

    def already_here(self, table: _Table, new: Any, current: Any) -> int:
        """An insert whose key is taken: a row restored, a composite key made on both sides, or a
        laptop that lost its base sending its rows whole (blank where its stream carries nothing)."""
        carried = [i for i in range(len(new)) if i not in table.unsent]
        differing = [i for i in carried if i != table.updated and not _same(current[i], new[i])]
        theirs_win = self.theirs_later(table, new, current)
        if differing:
            self.both_changed(table, current, differing, new, theirs_win)
        if not theirs_win or all(_same(current[i], new[i]) for i in carried):
            return OMIT
        if not table.unsent:
            return REPLACE
        wanted = [i for i in carried if not _same(current[i], new[i])]  # the row whole would blank the rest
        self.later.append(lambda: self.write_fields(table, current, wanted, new))
        return OMIT

    def refused(self, table: _Table, op: str, old: Any, new: Any) -> int:
        """A constraint refused the change: a unique clash (renamed afterwards) or a rule of this vault."""
        if op == "INSERT":
            clash = self.unique_clash(table, new)
            if clash is not None:
                self.later.append(lambda: self.rename(table, new, *clash))
                return OMIT
        values = _row(table, new if new is not None else old, skip_unchanged=True)
        self.base.add(self.base.left_out, table.name, _key(table, new if op == "INSERT" else old))
        self.note(
            review.NOT_APPLIED,
            table,
            new if op == "INSERT" else old,
            f"was changed {self.author_name} but this PC could not take the change; its values are kept here",
            {},
            values,
        )
        return OMIT

    def theirs_later(self, table: _Table, new: Any, current: Any) -> bool:
        """Is the incoming edit the later one? updated_at, then the higher device number."""
        if table.updated is not None:
            theirs, ours = new[table.updated], current[table.updated]
            if theirs is not NO_CHANGE and theirs is not None and ours is not None and theirs != ours:
                return bool(str(theirs) > str(ours))
        return self.author > self.here

    def note(self, kind: str, table: _Table, row: Any, what: str, kept: dict[str, Any], other: dict[str, Any]) -> None:
        thing = f"A {THINGS.get(table.name, table.name.replace('_', ' ') + ' row')} ({_label(table, row)})"
        self.findings.append(Finding(kind, table.name, _key_text(table, row), f"{thing} {what}.", kept, other))

    def table(self, name: str) -> _Table:
        if name not in self.tables:
            info: list[Any] = list(self.conn.execute(f"PRAGMA table_info('{name}')"))
            columns = tuple(str(r[1]) for r in info)
            keys = tuple(i for _, i in sorted((int(r[5]), n) for n, r in enumerate(info) if int(r[5])))
            unique = []
            indexes: list[Any] = self.conn.execute(f"PRAGMA index_list('{name}')").fetchall()
            for index in indexes:
                if int(index[2]) and str(index[3]) != "pk":
                    named = [str(r[2]) for r in self.conn.execute(f"PRAGMA index_info('{index[1]}')")]
                    unique.append(tuple(columns.index(n) for n in named))
            updated = columns.index(UPDATED) if UPDATED in columns else None
            left = frozenset().union(*(left_at_the_centre(p, name) for p in self.without))
            unsent = frozenset(i for i, c in enumerate(columns) if c in left and i not in keys)
            self.tables[name] = _Table(name, columns, keys, updated, tuple(unique), unsent)
        return self.tables[name]

    def current(self, table: _Table, key_source: Any) -> Any:
        where = " AND ".join(f'"{table.columns[i]}" = ?' for i in table.keys)
        listed = ", ".join(f'"{c}"' for c in table.columns)
        key = [key_source[i] for i in table.keys]
        return self.conn.execute(f'SELECT {listed} FROM "{table.name}" WHERE {where}', key).fetchone()

    def write_fields(self, table: _Table, row: Any, columns: list[int], values: Any) -> None:
        """The fields only the author changed, where our own edit to the row won."""
        setting = ", ".join(f'"{table.columns[i]}" = ?' for i in columns)
        where = " AND ".join(f'"{table.columns[i]}" = ?' for i in table.keys)
        params = [values[i] for i in columns] + [row[i] for i in table.keys]
        self.conn.execute(f'UPDATE "{table.name}" SET {setting} WHERE {where}', params)
        self.base.add(self.base.wrote, table.name, _key(table, row))

    def unique_clash(self, table: _Table, new: Any) -> tuple[tuple[int, ...], Any] | None:
        """(the unique columns, the key of our row holding the same values), if any."""
        for columns in table.unique:
            if any(new[i] is None for i in columns):
                continue  # NULLs never clash
            where = " AND ".join(f'"{table.columns[i]}" = ?' for i in columns)
            keys = ", ".join(f'"{table.columns[i]}"' for i in table.keys)
            found = self.conn.execute(
                f'SELECT {keys} FROM "{table.name}" WHERE {where}', [new[i] for i in columns]
            ).fetchone()
            if found is not None:
                return columns, tuple(found)
        return None

    def rename(self, table: _Table, new: Any, columns: tuple[int, ...], ours: tuple[Any, ...]) -> None:
        """Both rows kept; the one with the larger id (the later device's) takes a suffix."""
        # A code or a name alone (clients.code, services.name) can take a suffix; a unique pair such as
        # (program, day) names one thing made twice, so the two become one instead.
        text = columns[0] if len(columns) == 1 and isinstance(new[columns[0]], str) else None
        if len(table.keys) != 1:
            self.refuse_clash(table, new)
            return
        if text is None:
            self.one_of_two(table, new, ours)
            return
        theirs_id, our_id = int(new[table.keys[0]]), int(ours[0])
        renamed_id = max(theirs_id, our_id)
        value = self.free_value(table, text, str(new[text]), ids.device_of(renamed_id))
        if renamed_id == our_id:
            self.write_fields(table, _key_row(table, our_id), [text], {text: value})
        row = list(new)
        if renamed_id == theirs_id:
            row[text] = value
        self.insert(table, row)
        if table.name == "clients":
            self.client_search_key(renamed_id, value)
        column = table.columns[text]
        self.result.renamed.append(f"{table.name}.{column} {new[text]} -> {value}")
        self.note(
            review.RENAMED,
            table,
            row,
            f"had the same {column.replace('_', ' ')} {new[text]!r} as one made"
            f" {self.here_name}; both are kept, and the later one is now {value!r}",
            {column: value},
            {},
        )

    def client_search_key(self, client_id: int, code: str) -> None:
        """A client's search key ends with the code: search must find the new one."""
        row = self.conn.execute("SELECT alias FROM clients WHERE id = ?", (client_id,)).fetchone()
        fresh = f"{search_key(str(row[0] or '') if row else '')} {code.lower()}"
        self.conn.execute("UPDATE clients SET search_key = ? WHERE id = ?", (fresh, client_id))
        self.base.add(self.base.wrote, "clients", (client_id,))

    def refuse_clash(self, table: _Table, new: Any) -> None:
        self.base.add(self.base.left_out, table.name, _key(table, new))
        self.note(
            review.NOT_APPLIED,
            table,
            new,
            f"made {self.author_name} clashes with one made"
            f" {self.here_name}; it was not added, and its values are kept here",
            {},
            _row(table, new),
        )

    def free_value(self, table: _Table, column: int, value: str, device: int) -> str:
        name = table.columns[column]
        candidate, n = f"{value}-{device}", 1
        while self.conn.execute(f'SELECT 1 FROM "{table.name}" WHERE "{name}" = ?', (candidate,)).fetchone():
            n += 1
            candidate = f"{value}-{device}-{n}"
        return candidate

    def finish(self, touched: set[str]) -> None:
        for write in self.later:
            write()
        if self.key_trouble:
            self.repair_keys(touched)
        review.record(self.conn, self.findings, self.author)
        self.result.listed = len(self.findings)

    def one_of_two(self, table: _Table, new: Any, ours: tuple[Any, ...]) -> None:
        """The same thing made on both devices with nothing to rename (a program's session on one
        day): the row with the smaller id stays, and whatever pointed at the other points at it."""
        theirs_id, our_id = int(new[table.keys[0]]), int(ours[0])
        kept_id, gone_id = min(theirs_id, our_id), max(theirs_id, our_id)
        gone = new if gone_id == theirs_id else self.current(table, _key_row(table, our_id))
        self.conn.execute("PRAGMA defer_foreign_keys = ON")  # for the moment children point at neither
        self.key_trouble = True
        if kept_id == theirs_id:
            self.delete_row(table, gone)
            self.insert(table, new)
        for child, column, _ in self.referencing(table.name):
            self.conn.execute(f'UPDATE OR IGNORE "{child}" SET "{column}" = ? WHERE "{column}" = ?', (kept_id, gone_id))
            self.conn.execute(f'DELETE FROM "{child}" WHERE "{column}" = ?', (gone_id,))  # the same fact, twice
            self.base.rewrote.add(child)
        kept = self.current(table, _key_row(table, kept_id))
        self.note(
            review.JOINED,
            table,
            kept,
            f"was made {self.author_name} and {self.here_name}; they are now one, and the other's values are kept here",
            _row(table, kept),
            _row(table, gone),
        )

    def insert(self, table: _Table, row: Any) -> None:
        listed = ", ".join(f'"{c}"' for c in table.columns)
        self.conn.execute(f'INSERT INTO "{table.name}" ({listed}) VALUES ({", ".join("?" * len(row))})', list(row))
        self.base.add(self.base.wrote, table.name, _key(table, row))

    def delete_row(self, table: _Table, row: Any) -> None:
        where = " AND ".join(f'"{table.columns[i]}" = ?' for i in table.keys)
        self.conn.execute(f'DELETE FROM "{table.name}" WHERE {where}', [row[i] for i in table.keys])
        self.base.add(self.base.wrote, table.name, _key(table, row))

    def referencing(self, parent: str) -> list[tuple[str, str, str]]:
        """(table, column, parent's column) for every single-column foreign key pointing at `parent`."""
        found = []
        for child in ids.synced_tables(self.conn):
            keys: list[Any] = self.conn.execute(f"PRAGMA foreign_key_list('{child}')").fetchall()
            counts = {int(k[0]): sum(1 for other in keys if other[0] == k[0]) for k in keys}
            found += [(child, str(k[3]), str(k[4] or "id")) for k in keys if k[2] == parent and counts[int(k[0])] == 1]
        return found

    def repair_keys(self, touched: set[str]) -> None:
        """Rows whose parent isn't here go whole onto the review list (keys checked at COMMIT)."""
        self.conn.execute("PRAGMA defer_foreign_keys = ON")
        for _ in range(10):  # taking a parent out can orphan its own children: a few rounds at most
            broken = sorted(
                {str(r[0]) for t in sorted(touched) for r in self.conn.execute(f"PRAGMA foreign_key_check('{t}')")}
            )
            if not broken:
                return
            for name in broken:
                table = self.table(name)
                for row in self.orphans(table):
                    self.note(
                        review.NOT_APPLIED,
                        table,
                        row,
                        f"came {self.author_name} for a record not here;"
                        " it was not added, and its values are kept here",
                        {},
                        _row(table, row),
                    )
                    self.delete_row(table, row)
                    if (name, _key(table, row)) in self.arrived:  # it came in this bundle: base drops it too
                        self.base.add(self.base.taken_out, name, _key(table, row))
                touched |= {child for child, _, _ in self.referencing(name)}

    def orphans(self, table: _Table) -> list[Any]:
        keys: list[Any] = self.conn.execute(f"PRAGMA foreign_key_list('{table.name}')").fetchall()
        listed = ", ".join(f'c."{col}"' for col in table.columns)
        found: list[Any] = []
        for key in keys:
            parent, column, parent_column = str(key[2]), str(key[3]), str(key[4] or "id")
            found += self.conn.execute(
                f'SELECT {listed} FROM "{table.name}" AS c WHERE c."{column}" IS NOT NULL AND NOT EXISTS'
                f' (SELECT 1 FROM "{parent}" AS p WHERE p."{parent_column}" = c."{column}")'
            ).fetchall()
        return list({tuple(row[i] for i in table.keys): row for row in found}.values())


def _key_row(table: _Table, row_id: int) -> list[Any]:
    row: list[Any] = [None] * len(table.columns)
    row[table.keys[0]] = row_id
    return row


def _key(table: _Table, row: Any) -> Key:
    """A row's primary key as changes.Key has it (in the order of the table's columns)."""
    return tuple(row[i] for i in sorted(table.keys))


def _same(a: Any, b: Any) -> bool:
    return a is not NO_CHANGE and b is not NO_CHANGE and type(a) is type(b) and a == b or (a is None and b is None)


def _row(table: _Table, row: Any, *, skip_unchanged: bool = False) -> dict[str, Any]:
    if row is None:
        return {}
    return {c: v for c, v in zip(table.columns, row, strict=False) if not (skip_unchanged and v is NO_CHANGE)}


def _key_text(table: _Table, row: Any) -> str:
    if row is None:
        return ""
    return ",".join(str(row[i]) for i in table.keys)


def _label(table: _Table, row: Any) -> str:
    """How a person knows the row: its code, reference, number or name, else its id."""
    for name in ("code", "reference", "number", "name", "username"):
        if row is not None and name in table.columns:
            value = row[table.columns.index(name)]
            if isinstance(value, str) and value:
                return value
    return f"id {_key_text(table, row)}"


def _words(columns: list[str]) -> str:
    """["alias", "age_band"] -> "Alias and age band"."""
    words = [c.replace("_", " ") for c in columns]
    text = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
    return text[:1].upper() + text[1:]

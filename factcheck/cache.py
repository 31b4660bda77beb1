"""A persistent cache of what a check works out: each document read and segmented, the
words of its sentences, and each claim's judgement. CI re-runs a story's check on every
push, and an archive's documents rarely change between runs.

Entries are keyed by hashes of everything they are computed from: the document's
bytes and registry entry, the story's name table, the claim, and this copy of
factcheck's own code and word lists, so an edited source, claim or rule can never be
answered from an older run. One SQLite file per user (``FACTCHECK_CACHE_DIR``, else
``$XDG_CACHE_HOME/factcheck``, else ``~/.cache/factcheck``); runs that share it at the
same time wait for each other's writes. A cache that cannot be read is rebuilt, with a
warning, and a run that cannot use one at all goes on without it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from factcheck.model import Claim, ClaimResult, Stances, source_order
from factcheck.parallel import in_background

FILE_NAME = "cache.sqlite3"
# Entries no run has written for this long are dropped (an old factcheck's, a story
# long since published).
KEEP_SECONDS = 30 * 24 * 3600
_BUSY_MILLISECONDS = 60_000  # how long a run waits for another run's write


def default_folder() -> Path:
    chosen = os.environ.get("FACTCHECK_CACHE_DIR")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "factcheck"


@cache
def code_fingerprint() -> str:
    """A hash of the package's code and data: a judgement is only as current as the
    rules that made it."""
    digest = hashlib.sha256()
    package = resources.files("factcheck")
    for path in sorted(_files(Path(str(package))), key=lambda p: p.as_posix()):
        digest.update(path.relative_to(Path(str(package))).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _files(folder: Path) -> Iterable[Path]:
    for path in folder.rglob("*"):
        if path.suffix in (".py", ".txt", ".json") and path.is_file():
            yield path


def key(*parts: object) -> str:
    """A cache key from the reprs of its parts (plain data: strings, tuples, dates)."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(repr(part).encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


class Cache:
    """get/put of pickled values by (kind, key); writes are kept and made at ``close``,
    in one transaction. ``warnings`` says what went wrong with the file, if anything."""

    def __init__(self, folder: Path | None = None) -> None:
        self.path = (folder or default_folder()) / FILE_NAME
        self.warnings: list[str] = []
        self._pending: dict[tuple[str, str], bytes] = {}
        self._used: list[tuple[str, str]] = []  # read this run: kept another KEEP_SECONDS
        self._db: sqlite3.Connection | None = None
        try:
            self._db = self._open()
        except (sqlite3.Error, OSError) as error:
            self._rebuild(error)

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # pickles: yours alone
        # closed by another thread (closing): one thread at a time uses it
        db = sqlite3.connect(self.path, timeout=_BUSY_MILLISECONDS / 1000, check_same_thread=False)
        try:
            db.execute(f"PRAGMA busy_timeout = {_BUSY_MILLISECONDS}")
            db.execute("PRAGMA journal_mode = WAL")  # readers never wait for a writer
            db.execute(
                "CREATE TABLE IF NOT EXISTS entries (kind TEXT NOT NULL, key TEXT NOT NULL,"
                " value BLOB NOT NULL, stamp INTEGER NOT NULL, PRIMARY KEY (kind, key))"
            )
            db.execute("SELECT count(*) FROM entries WHERE 0").fetchone()  # it is a database
        except BaseException:
            db.close()
            raise
        return db

    def _rebuild(self, error: BaseException) -> None:
        self.warnings.append(f"the cache {self.path} could not be read ({error}); it was rebuilt")
        if self._db is not None:
            self._db.close()
        self._db = None
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(f"{self.path}{suffix}").unlink()
        try:
            self._db = self._open()
        except (sqlite3.Error, OSError) as again:
            self.warnings[-1] = (
                f"the cache {self.path} cannot be used ({again}); this run goes without it"
            )

    def get(self, kind: str, entry: str) -> Any | None:
        if self._db is None:
            return None
        try:
            row = self._db.execute(
                "SELECT value FROM entries WHERE kind = ? AND key = ?", (kind, entry)
            ).fetchone()
        except sqlite3.Error as error:
            self._rebuild(error)
            return None
        if row is None:
            return None
        try:
            value = pickle.loads(row[0])
        except Exception:  # a damaged entry: computed again, and written over
            return None
        self._used.append((kind, entry))
        return value

    def put(self, kind: str, entry: str, value: Any) -> None:
        if self._db is not None:
            self._pending[(kind, entry)] = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)

    def put_pickled(self, kind: str, entry: str, pickled: bytes) -> None:
        """``put`` of a value pickled already (by another process, as it sent it)."""
        if self._db is not None:
            self._pending[(kind, entry)] = pickled

    def closing(self) -> Callable[[], None]:
        """``close`` in another process, begun now; the call returned waits for it to
        end. An archive's entries take a second or more to write, and a run's report is
        written meanwhile. (Where a process cannot be forked, it is ``close``.)"""
        if self._db is None:
            return lambda: None
        self._db.close()  # no transaction is open: a connection is never forked
        self._db = None
        pending, used, path = self._pending, self._used, self.path
        self._pending, self._used = {}, []
        written = in_background(lambda: _write_entries(path, pending, used))

        def wait() -> None:
            self.warnings.extend(written())

        return wait

    def close(self) -> None:
        """Write what this run added, and drop what no run has used for long."""
        if self._db is None:
            return
        self._db.close()
        self._db = None
        self.warnings.extend(_write_entries(self.path, self._pending, self._used))
        self._pending.clear()
        self._used.clear()


def _write_entries(
    path: Path, pending: dict[tuple[str, str], bytes], used: list[tuple[str, str]]
) -> list[str]:
    """Write a run's new entries, stamp those it read, and drop what no run has used
    for long, in one transaction of a connection of its own; what went wrong, if
    anything."""
    now = int(time.time())
    try:
        db = sqlite3.connect(path, timeout=_BUSY_MILLISECONDS / 1000)
    except sqlite3.Error as error:
        return [f"the cache {path} could not be written ({error})"]
    try:
        db.execute(f"PRAGMA busy_timeout = {_BUSY_MILLISECONDS}")
        with db:
            db.executemany(
                "INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?)",
                [(kind, entry, value, now) for (kind, entry), value in pending.items()],
            )
            db.executemany(
                "UPDATE entries SET stamp = ? WHERE kind = ? AND key = ?",
                [(now, kind, entry) for kind, entry in used],
            )
            db.execute("DELETE FROM entries WHERE stamp < ?", (now - KEEP_SECONDS,))
    except sqlite3.Error as error:
        return [f"the cache {path} could not be written ({error})"]
    finally:
        db.close()
    return []


# A claim's judgement is stored as its judged stances and what all its other sources
# say alike (model.Stances): a claim over an archive is not a million objects.


def pack_result(result: ClaimResult, among: Sequence[str]) -> tuple[Any, ...]:
    """A judged claim as it is stored or sent between processes, without the claim
    (the registry has it); ``among``: the claim's sources, in the order of its stances."""
    stances = result.stances
    assert isinstance(stances, Stances) and stances.order.ids == tuple(among), "judge_claim's"
    return (result.verdict, result.severity, result.reason, result.attributions, result.expect,
            tuple(stances.judged.items()), stances.alike,
            tuple(stances.without_passage.items()))  # fmt: skip


def unpack_result(claim: Claim, among: Sequence[str], packed: tuple[Any, ...]) -> ClaimResult:
    verdict, severity, reason, attributions, expect, judged, alike, bare = packed
    return ClaimResult(
        claim=claim,
        verdict=verdict,
        severity=severity,
        reason=reason,
        stances=Stances(source_order(tuple(among)), dict(judged), alike, dict(bare)),
        attributions=attributions,
        expect=expect,
    )

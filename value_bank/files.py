"""Atomic writes: a crash or Ctrl-C mid-write never leaves a half-written file or folder.

Everything is written under a temporary name beside its destination, flushed, and then renamed
into place (``os.replace`` is atomic on POSIX within one filesystem). A process killed outright
(SIGKILL, a power cut) cannot clean up, so temporary folders carry their host and process id, and
the next ``atomic_directory`` for the same destination removes those whose process is gone.

>>> import tempfile, pathlib
>>> target = pathlib.Path(tempfile.mkdtemp()) / "note.txt"
>>> atomic_write_text(target, "hello")
>>> target.read_text()
'hello'
"""

from __future__ import annotations

import contextlib
import ctypes
import glob
import os
import re
import shutil
import socket
import tempfile
import time
from pathlib import Path
from typing import Iterator

STALE_UNTAGGED_S = 24 * 3600  # temporary folders from before the tags: removed once this old (no owner to ask)


def atomic_write_text(path: str | Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; a finished file gets the usual permissions
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def atomic_directory(path: str | Path, overwrite: bool = False) -> Iterator[Path]:
    """Yield a temporary folder to fill; on success it replaces ``path``, on error it is removed.

    With ``overwrite=False`` an existing ``path`` is an error (checked before and after the work).
    An existing folder is swapped with the new one in one step (``renameat2(RENAME_EXCHANGE)``
    on Linux), so at every instant ``path`` is either the old folder or the new one.
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise FileExistsError(f"{path} already exists; refusing to overwrite it")
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(path)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.{_host()}-{os.getpid()}-", suffix=".tmp", dir=path.parent))
    os.chmod(tmp, 0o777 & ~_umask())
    try:
        yield tmp
        if path.exists():
            if not overwrite:
                raise FileExistsError(f"{path} appeared while it was being written; refusing to overwrite it")
            _exchange(tmp, path)  # now tmp holds the old folder
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            os.replace(tmp, path)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def remove_stale_temporaries(path: str | Path) -> list[Path]:
    """Remove ``.NAME.*.tmp`` folders beside ``path`` whose writer is gone; returns what was removed.

    A folder tagged by this host is stale when its process no longer runs; one tagged by another
    host, or untagged (older code), only when it has not changed for a day, since its owner cannot
    be asked.
    """
    path = Path(path)
    removed = []
    for candidate in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        tag = re.match(r"(.+)-(\d+)-[^-]+$", candidate.name[len(path.name) + 2: -len(".tmp")])
        try:
            if not candidate.is_dir() or candidate.is_symlink():
                continue
            if tag and tag.group(1) == _host():
                stale = not _process_alive(int(tag.group(2)))
            else:
                stale = time.time() - candidate.stat().st_mtime > STALE_UNTAGGED_S
        except OSError:
            continue
        if stale:
            shutil.rmtree(candidate, ignore_errors=True)
            removed.append(candidate)
    return removed


def remove_stale_temporaries_in(folder: str | Path) -> list[Path]:
    """Remove every ``.*.tmp`` folder in ``folder`` that this host's dead processes left, whatever it was for.

    ``remove_stale_temporaries`` only looks beside one destination; a build whose stages are named
    by their settings may never write the same destination again, so it sweeps its whole folder.
    """
    folder, removed = Path(folder), []
    tag = re.compile(re.escape("." + _host() + "-") + r"(\d+)-[^-]+\.tmp$")
    for candidate in folder.glob(".*.tmp") if folder.is_dir() else []:
        match = tag.search(candidate.name)
        if match and candidate.is_dir() and not candidate.is_symlink() and not _process_alive(int(match.group(1))):
            shutil.rmtree(candidate, ignore_errors=True)
            removed.append(candidate)
    return removed


def _host() -> str:
    return re.sub(r"[^A-Za-z0-9_.]", "_", socket.gethostname()) or "host"  # no "-": it separates the tag's parts


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # someone else's process, or a number we cannot ask about: leave its folder alone
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _exchange(a: Path, b: Path) -> None:
    """Swap two paths atomically where the OS can (Linux renameat2); else two renames."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        renameat2 = None
    if renameat2 is not None:
        at_fdcwd, rename_exchange = -100, 2
        if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
            return
    # Fallback (other OSes, filesystems without exchange): a window of two renames.
    aside = a.with_name(a.name + ".old")
    os.replace(b, aside)
    os.replace(a, b)
    os.replace(aside, a)
